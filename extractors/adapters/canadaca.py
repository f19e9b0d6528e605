"""canada.ca — Government of Canada departments (GCWeb theme).

News releases, statements, backgrounders and content pages: title in
``h1#wb-cont``, body text in ``div.cmp-text`` blocks inside the main content,
section headings (h2/h3) between or inside them; byline, "Associated links",
"Contacts", keyword search and "Date modified" are chrome. Date from
``dcterms.issued``, else the body dateline, else "Date modified".
"""
from __future__ import annotations

from datetime import date

from lxml import etree

from extractors.adapters._body import walk_body
from extractors.adapters._common import collect_links, drop_hidden, meta_content, page_language
from extractors.adapters._dateline import read_dateline
from extractors.adapters._tree import node_text, remove
from extractors.dates import parse_date
from extractors.errors import ParseError
from extractors.records import Paragraph, ParsedDocument
from extractors.selectors import select_all, select_many, select_one, select_optional

DOMAINS = ("canada.ca",)
TITLE = "h1#wb-cont"
MAIN = 'main[property="mainContentOfPage"]'
BODY_BLOCK = "div.cmp-text"
RELATED = "section.lnkbx"
LANGUAGE_TOGGLE = "#wb-lng a[lang]"
DATE_MODIFIED = "dl#wb-dtmd time"
CHROME_ZONES = ("section.lnkbx, section.pagedetails, dl#wb-dtmd, p.gc-byline, nav, aside, .wb-share, "
                ".gc-followus, .gc-features, h1")
DATE_META = ("dcterms.issued", "article:published_time", "dcterms.date", "date")


def title(doc: etree._Element, url: str) -> str:
    text = node_text(select_one(doc, TITLE, url))
    if not text:
        raise ParseError(url, f"title selector {TITLE!r} matched an empty element")
    return text


def _in_body_block(node: etree._Element) -> bool:
    return "cmp-text" in (node.get("class") or "").split()


def published_on(doc: etree._Element, paragraphs: tuple[Paragraph, ...], language: str,
                 modified: str = "") -> date | None:
    """dcterms.issued (or another date meta), else the body dateline, else "Date modified"."""
    meta = meta_content(doc, *DATE_META)
    if meta and parse_date(meta, language):
        return parse_date(meta, language)
    dateline = read_dateline(paragraphs[0].text, language) if paragraphs else None
    if dateline and dateline.published_on:
        return dateline.published_on
    return parse_date(modified, language)


def location(paragraphs: tuple[Paragraph, ...], language: str) -> str | None:
    dateline = read_dateline(paragraphs[0].text, language) if paragraphs else None
    return dateline.city if dateline else None


def parse(doc: etree._Element, url: str) -> ParsedDocument:
    page_title = title(doc, url)
    main = select_one(doc, MAIN, url)
    blocks = select_many(main, BODY_BLOCK, url, at_least=1)
    links = collect_links([*blocks, *select_all(main, RELATED), *select_all(doc, LANGUAGE_TOGGLE)], url)
    modified = select_optional(doc, DATE_MODIFIED)
    modified_text = node_text(modified) if modified is not None else ""
    remove(main, select_all(main, CHROME_ZONES))
    headings, paragraphs = walk_body(drop_hidden(main), in_scope=_in_body_block)
    language = page_language(doc, "\n".join(p.text for p in paragraphs), url)
    published = published_on(doc, paragraphs, language, modified_text)
    return ParsedDocument(
        url=url,
        title=page_title,
        published_on=published,
        location=location(paragraphs, language),
        language=language,
        headings=headings,
        paragraphs=paragraphs,
        links=links,
    )
