"""Discovery: candidate documents from listing pages and RSS/Atom feeds, and the
filters that decide which candidates belong to a family.

Pure: bytes in, candidates out. Listing rows are read generically (each link
with the date written in its row), so a new site's listing needs no code.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

from extractors.dates import parse_date
from extractors.encoding import decode_html

ROW_TAGS = ("li", "tr", "article", "div")
SKIP_ANCESTORS = {"nav", "header", "footer", "aside", "form"}


@dataclass(frozen=True)
class Candidate:
    url: str
    title: str
    published_on: date | None
    source: str  # the listing/feed/document it came from


def _text(node) -> str:
    return " ".join("".join(node.itertext()).split())


def parse_feed(content: bytes, url: str) -> list[Candidate]:
    """RSS 2.0 items or Atom entries."""
    root = etree.fromstring(content, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    out: list[Candidate] = []
    atom = "{http://www.w3.org/2005/Atom}"
    for item in root.iter("item", f"{atom}entry"):
        if item.tag == "item":
            link = (item.findtext("link") or "").strip()
            title = (item.findtext("title") or "").strip()
            when = item.findtext("pubDate") or item.findtext("{http://purl.org/dc/elements/1.1/}date")
        else:
            node = item.find(f"{atom}link[@rel='alternate']")
            if node is None:
                node = item.find(f"{atom}link")
            link = node.get("href", "").strip() if node is not None else ""
            title = (item.findtext(f"{atom}title") or "").strip()
            when = item.findtext(f"{atom}published") or item.findtext(f"{atom}updated")
        if link:
            out.append(Candidate(urljoin(url, link), " ".join(title.split()), parse_date(when), url))
    return out


def parse_listing(content: bytes, url: str, content_type: str | None = None) -> list[Candidate]:
    """Every content link of a listing page with the date written in its row."""
    doc = html.fromstring(decode_html(content, content_type).text, base_url=url)
    main = doc.xpath("//main") or doc.xpath("//*[@role='main']") or [doc]
    out: dict[str, Candidate] = {}
    for a in main[0].iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        if any(anc.tag in SKIP_ANCESTORS for anc in a.iterancestors()):
            continue
        title = _text(a)
        if len(title.split()) < 3:  # pagers, "more", language toggles
            continue
        row = next((anc for anc in a.iterancestors() if anc.tag in ROW_TAGS), a)
        time_el = row.xpath(".//time[@datetime]")
        when = parse_date(time_el[0].get("datetime")) if time_el else parse_date(_text(row))
        target = urljoin(url, href)
        out.setdefault(target, Candidate(target, title, when, url))
    return list(out.values())


def parse_candidates(content: bytes, url: str, kind: str, content_type: str | None = None) -> list[Candidate]:
    head = content.lstrip()[:500].lower()
    if kind == "feed" or (head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)):
        return parse_feed(content, url)
    return parse_listing(content, url, content_type)


def keep(candidate: Candidate, keywords: tuple[str, ...], date_from: date | None, date_to: date | None,
         allowed_domains: frozenset[str]) -> bool:
    """Family filter: an allowed domain, a keyword in the title, a date in the window."""
    host = (urlsplit(candidate.url).hostname or "").lower()
    if not any(host == d or host.endswith("." + d) for d in allowed_domains):
        return False
    title = candidate.title.casefold()
    if keywords and not any(k.casefold() in title for k in keywords):
        return False
    if candidate.published_on is not None:
        if date_from and candidate.published_on < date_from:
            return False
        if date_to and candidate.published_on > date_to:
            return False
    return True
