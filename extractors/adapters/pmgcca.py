"""pm.gc.ca — Prime Minister of Canada (Drupal theme in use since 2019).

Statements, news releases, readouts, speeches and video transcripts share one
article layout: title in the page's title header, body in the news article's
body field, release date and dateline place just above the body.
"""
from __future__ import annotations

from datetime import date

from lxml import etree

from extractors.adapters._body import walk_body
from extractors.adapters._common import collect_links, drop_hidden, meta_content, page_language
from extractors.adapters._dateline import city_of, read_dateline
from extractors.adapters._tree import get_text, has_ancestor, node_text, strings
from extractors.dates import parse_date
from extractors.errors import ParseError
from extractors.records import Paragraph, ParsedDocument
from extractors.selectors import select_all, select_one, select_optional

DOMAINS = ("pm.gc.ca",)
TITLE = "div.title-header-inner h1"
BODY = "article.full-article div.content-news-article div.field--name-body"
DATE = "div.field--name-field-date-released time[datetime]"
LOCATION = "span.inline-date"
RELATED = "article.full-article div.field--name-field-related-links"
LANGUAGE_TOGGLE = "div.language-switcher a[lang]"


def title(doc: etree._Element, url: str) -> str:
    text = node_text(select_one(doc, TITLE, url))
    if not text:
        raise ParseError(url, f"title selector {TITLE!r} matched an empty element")
    return text


def published_on(doc: etree._Element, paragraphs: tuple[Paragraph, ...], language: str) -> date | None:
    """Visible release date, then its datetime attribute, then meta tags, then the dateline."""
    node = select_optional(doc, DATE)
    if node is not None:
        found = parse_date(get_text(node), language) or parse_date(node.get("datetime"), language)
        if found:
            return found
    meta = meta_content(doc, "article:published_time", "dcterms.issued", "dcterms.date")
    if meta and parse_date(meta, language):
        return parse_date(meta, language)
    dateline = read_dateline(paragraphs[0].text, language) if paragraphs else None
    return dateline.published_on if dateline else None


def location(doc: etree._Element, paragraphs: tuple[Paragraph, ...], language: str) -> str | None:
    """The place printed after the release date (last text of span.inline-date), else the dateline."""
    node = select_optional(doc, LOCATION)
    if node is not None:
        texts = [text for text, parent in strings(node) if not has_ancestor(parent, "time")]
        place = " ".join("".join(texts).split()).strip(" -–—|,")
        if place:
            return city_of(place)
    dateline = read_dateline(paragraphs[0].text, language) if paragraphs else None
    return dateline.city if dateline else None


def parse(doc: etree._Element, url: str) -> ParsedDocument:
    page_title = title(doc, url)
    body = select_one(doc, BODY, url)
    links = collect_links([body, *select_all(doc, RELATED), *select_all(doc, LANGUAGE_TOGGLE)], url)
    headings, paragraphs = walk_body(drop_hidden(body))
    language = page_language(doc, "\n".join(p.text for p in paragraphs), url)
    return ParsedDocument(
        url=url,
        title=page_title,
        published_on=published_on(doc, paragraphs, language),
        location=location(doc, paragraphs, language),
        language=language,
        headings=headings,
        paragraphs=paragraphs,
        links=links,
    )
