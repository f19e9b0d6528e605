"""mofa.go.kr — Ministry of Foreign Affairs of the Republic of Korea (board pages).

Press releases, speeches and remarks are board posts: ``.board_detail`` with
the title ``h2`` and posting date in ``.bo_head`` and the text in ``.bo_con``
(``.se-contents`` when the post comes from the smart editor). Pages are often
EUC-KR; the Korean site may carry English or French text, so the language is
read from the body when its script contradicts ``<html lang>``.
"""
from __future__ import annotations

from datetime import date

from lxml import etree

from extractors.adapters._body import walk_body
from extractors.adapters._common import collect_links, drop_hidden, page_language
from extractors.adapters._dateline import read_dateline
from extractors.adapters._edges import without_end_marks, without_notes
from extractors.adapters._tree import has_ancestor, node_text, strings
from extractors.dates import parse_date
from extractors.errors import ParseError
from extractors.records import ParsedDocument
from extractors.selectors import select_all, select_one, select_optional

DOMAINS = ("mofa.go.kr",)
TITLE = ".board_detail h2"
HEAD = ".board_detail .bo_head"
BODY = ".board_detail .bo_con"
EDITOR_BODY = ".board_detail .bo_con .se-contents"
LANGUAGE_TOGGLE = "a[lang][hreflang]"


def title(doc: etree._Element, url: str) -> str:
    text = node_text(select_one(doc, TITLE, url))
    if not text:
        raise ParseError(url, f"title selector {TITLE!r} matched an empty element")
    return text


def published_on(doc: etree._Element, url: str, language: str | None) -> date | None:
    """The posting date in the board head (text outside the title h2)."""
    head = select_one(doc, HEAD, url)
    texts = [text for text, parent in strings(head) if not has_ancestor(parent, "h2")]
    return parse_date(" ".join(texts), language)


def parse(doc: etree._Element, url: str) -> ParsedDocument:
    page_title = title(doc, url)
    published = published_on(doc, url, None)
    body = select_optional(doc, EDITOR_BODY)
    if body is None:
        body = select_one(doc, BODY, url)
    links = collect_links([body, *select_all(doc, LANGUAGE_TOGGLE)], url)
    headings, paragraphs = walk_body(drop_hidden(body))
    paragraphs = without_end_marks(without_notes(paragraphs))  # "* Unofficial translation", "붙임 ... 끝."
    language = page_language(doc, "\n".join(p.text for p in paragraphs), url)
    dateline = read_dateline(paragraphs[0].text, language) if paragraphs else None
    return ParsedDocument(
        url=url,
        title=page_title,
        published_on=published or (dateline.published_on if dateline else None),
        location=dateline.city if dateline else None,
        language=language,
        headings=headings,
        paragraphs=paragraphs,
        links=links,
    )
