"""Page templates: a real snapshot page whose variable parts are replaced by tokens.

The site's markup (head, chrome, body container) is kept as the snapshot serves it;
the url, title, description, dates, body content and the links the flow would follow
become ``@@NAME@@`` tokens, so a synthetic page is its template with the tokens filled.
The body items of the page (headings, paragraphs, list items) are read with the site
adapter itself, so the pool of texts is exactly what accords extracts from the family.
"""
from __future__ import annotations

import html
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from extractors.adapters import canadaca, mofa, parse_page, pmgcca
from extractors.adapters._common import chrome_vocab, make_soup
from extractors.encoding import decode_html, sniff_declared_charset
from extractors.records import ParsedDocument

TOKENS = ("URL", "TITLE", "DESC", "ISO", "DATE_TEXT", "PARTNER", "BODY")
DESCRIPTION_META = ("description", "og:description", "dcterms.description", "twitter:description")
MONTHS_FILE = Path(__file__).resolve().parents[1] / "extractors" / "data" / "months.toml"
DATE_FORMATS = {"en": "{month} {day}, {year}", "fr": "{day} {month} {year}"}
# How each site wraps body blocks inside its body container (markup, not vocabulary).
PARAGRAPH_MARKUP = {
    "mofa": '<p style="line-height: 1.8;"><span style="font-size: 12pt;">{}</span></p>\n'
            '<p style="line-height: 1.8;">&nbsp;</p>',
}
# MOFA board posts carry no <h2> in the body (the page title is the board's h2): bold lines.
HEADING_MARKUP = {
    "mofa": '<p style="line-height: 1.8;"><span style="font-size: 12pt;"><b>{}</b></span></p>',
}
BODY_WRAP = {"canadaca": ('<div class="cmp-text">\n', "\n</div>")}


def token(name: str) -> str:
    return f"@@{name}@@"


@dataclass(frozen=True)
class Item:
    kind: str  # "h" (section heading) | "p" (paragraph) | "li" (list item)
    text: str


@dataclass(frozen=True)
class Template:
    id: str
    adapter: str
    publisher: str
    doc_type: str
    language: str
    url: str
    title: str
    content_type: str
    codec: str  # Python codec the page bytes are written in
    markup: str  # the page with tokens
    items: tuple[Item, ...]  # the page's own body, as the adapter reads it


@dataclass(frozen=True)
class LinkPolicy:
    """Which anchors the flow would follow one hop (mirror of flows.discover.followed_links)."""
    domains: frozenset[str]
    keywords: tuple[str, ...]
    toggles: frozenset[str]

    def followed(self, href: str, text: str) -> bool:
        host = (urlsplit(href).hostname or "").lower()
        if not any(host == d or host.endswith("." + d) for d in self.domains):
            return False
        low = text.casefold().strip()
        return low in self.toggles or any(k.casefold() in low for k in self.keywords)


@lru_cache(maxsize=1)
def _month_names() -> dict[str, list[str]]:
    data = tomllib.loads(MONTHS_FILE.read_text(encoding="utf-8"))
    return {lang: [data[lang][str(m)][0] for m in range(1, 13)] for lang in DATE_FORMATS if lang in data}


def display_date(day: date, language: str) -> str:
    """The date as the site prints it above the body ("May 17, 2023" / "17 mai 2023")."""
    lang = language if language in _month_names() else "en"
    month = _month_names()[lang][day.month - 1]
    return DATE_FORMATS[lang].format(month=month.capitalize() if lang == "en" else month,
                                     day=day.day, year=day.year)


def body_items(parsed: ParsedDocument) -> tuple[Item, ...]:
    """Headings and paragraphs of a parsed page in document order."""
    out: list[Item] = []
    section = 0
    for p in parsed.paragraphs:
        while section < p.section_no:
            out.append(Item("h", parsed.headings[section]))
            section += 1
        out.append(Item("li" if p.is_list_item else "p", p.text))
    out += [Item("h", h) for h in parsed.headings[section:]]
    return tuple(out)


def _chrome_section(section: Tag) -> bool:
    head = section.find(["h2", "h3"])
    return head is not None and chrome_vocab().is_chrome_heading(head.get_text())


def body_container(soup: BeautifulSoup, adapter: str) -> Tag | None:
    """The element whose content is the page body, emptied of sibling body blocks."""
    if adapter == "pmgcca":
        return soup.select_one(pmgcca.BODY)
    if adapter == "mofa":
        return soup.select_one(mofa.EDITOR_BODY) or soup.select_one(mofa.BODY)
    if adapter == "canadaca":
        main = soup.select_one(canadaca.MAIN)
        sections = [s for s in main.select("div.mwsbodytext")
                    if s.select_one(canadaca.BODY_BLOCK) is not None and not _chrome_section(s)]
        for extra in sections[1:]:
            extra.decompose()
        return sections[0] if sections else None
    raise ValueError(f"no body rule for adapter {adapter!r}")


def _url_variants(url: str) -> list[str]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    bare = host[4:] if host.startswith("www.") else host
    rest = url.split(host, 1)[1]
    out = {f"{scheme}://{h}{rest}" for scheme in ("https", "http") for h in (bare, "www." + bare)}
    return sorted(out, key=len, reverse=True)


def _substitute(soup: BeautifulSoup, pairs: list[tuple[str, str]]) -> None:
    def apply(value: str) -> str:
        for old, new in pairs:
            value = value.replace(old, new)
        return value

    for node in list(soup.find_all(string=True)):
        if isinstance(node, Comment) or node.parent is None or node.parent.name in ("script", "style"):
            continue
        new = apply(str(node))
        if new != str(node):
            node.replace_with(NavigableString(new))
    for tag in soup.find_all(True):
        for key, value in list(tag.attrs.items()):
            if isinstance(value, str):
                tag[key] = apply(value)


def make_template(page: bytes, entry: dict, adapter: str, policy: LinkPolicy) -> Template:
    """A template from one snapshot page and its manifest entry."""
    parsed = parse_page(page, entry["url"], entry.get("content_type"), adapter=adapter)
    decoded = decode_html(page, entry.get("content_type"))
    soup = make_soup(decoded.text)
    container = body_container(soup, adapter)
    if container is None:
        raise ValueError(f"{entry['url']}: body container not found")
    container.clear()
    container.append(NavigableString(token("BODY")))
    for a in soup.find_all("a", href=True):
        href = urljoin(entry["url"], a["href"])
        if policy.followed(href, a.get_text()):
            a["href"] = token("PARTNER")
    for node in soup.find_all("meta"):
        if (node.get("name") or node.get("property") or "").lower() in DESCRIPTION_META:
            node["content"] = token("DESC")
    day = parsed.published_on or date.fromisoformat(entry["published_date"])
    pairs = [(u, token("URL")) for u in _url_variants(entry["url"])]
    pairs.append((parsed.title, token("TITLE")))
    pairs += [(display_date(day, lang), token("DATE_TEXT")) for lang in DATE_FORMATS]
    pairs.append((day.isoformat(), token("ISO")))
    _substitute(soup, pairs)
    declared = sniff_declared_charset(page) or "utf-8"
    return Template(
        id=entry["id"], adapter=adapter, publisher=entry["publisher"], doc_type=entry["doc_type"],
        language=parsed.language, url=entry["url"], title=parsed.title,
        content_type=entry.get("content_type") or "text/html", codec=decoded.encoding,
        markup=soup.decode(eventual_encoding=declared), items=body_items(parsed),
    )


def body_html(template: Template, items: list[Item]) -> str:
    """Body markup in the template's site style: <h2>, <p>, <ul><li>."""
    p_markup = PARAGRAPH_MARKUP.get(template.adapter, "<p>{}</p>")
    h_markup = HEADING_MARKUP.get(template.adapter, "<h2>{}</h2>")
    out: list[str] = []
    in_list = False
    for item in items:
        if item.kind == "li" and not in_list:
            out.append("<ul>")
            in_list = True
        elif item.kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        text = html.escape(item.text, quote=False)
        if item.kind == "h":
            out.append(h_markup.format(text))
        elif item.kind == "li":
            out.append(f"  <li>{text}</li>")
        else:
            out.append(p_markup.format(text))
    if in_list:
        out.append("</ul>")
    head, tail = BODY_WRAP.get(template.adapter, ("", ""))
    return head + "\n".join(out) + tail


def first_sentence(items: list[Item], limit: int = 200) -> str:
    text = next((i.text for i in items if i.kind != "h"), "")
    cut = text.find(". ")
    return (text[: cut + 1] if 0 < cut < limit else text[:limit]).strip()


def render(template: Template, *, url: str, title: str, day: date, items: list[Item],
           partner_url: str) -> bytes:
    """The synthetic page's bytes, in the template's encoding."""
    values = {
        "URL": url, "TITLE": title, "DESC": first_sentence(items), "ISO": day.isoformat(),
        "DATE_TEXT": display_date(day, template.language), "PARTNER": partner_url,
    }
    page = template.markup
    for name, value in values.items():
        page = page.replace(token(name), html.escape(value, quote=True))
    page = page.replace(token("BODY"), body_html(template, items))
    return page.encode(template.codec, errors="xmlcharrefreplace")
