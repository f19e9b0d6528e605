"""Site adapters: bytes of one page in, one ``ParsedDocument`` out.

Pure functions: no network, no clock. ``parse_page`` decodes the bytes, picks
the adapter (explicit name, else by the url's domain, else ``generic``) and
returns its record with ``ParsedDocument.adapter`` set. Whatever the adapter, a
document whose page prints no place takes the one its opening says the leaders
met in (``_dateline.meeting_place``: "met today in Seoul"; in Korean
``korean_meeting_place``: "서울 외교부 청사에서 ... 개최하였다"). A document that is
Markdown or plain text (declared so, or with no HTML element near its start)
is read by ``text`` whatever the site: markup adapters have no markup to read.
"""
from __future__ import annotations

import importlib
from dataclasses import replace
from types import ModuleType
from urllib.parse import urlsplit

from extractors.adapters._dateline import done_at, korean_meeting_place, meeting_place, visit_capital
from extractors.adapters._tree import first, parse_document
from extractors.adapters.text import looks_like_text, parse_text
from extractors.encoding import decode_html
from extractors.errors import EmptyDocument, ParseError
from extractors.records import ParsedDocument

# adapter name -> module under extractors.adapters; each module declares DOMAINS and parse().
ADAPTERS = ("pmgcca", "canadaca", "mofa", "generic")


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"extractors.adapters.{name}")


def adapter_for_url(url: str) -> str:
    """The adapter whose DOMAINS cover the url's host; ``generic`` otherwise."""
    host = (urlsplit(url).hostname or "").lower()
    for name in ADAPTERS:
        for domain in getattr(_module(name), "DOMAINS", ()):
            if host == domain or host.endswith("." + domain):
                return name
    return "generic"


def parse_page(content: bytes, url: str, content_type: str | None = None,
               adapter: str | None = None) -> ParsedDocument:
    """Parse one fetched page with its site adapter; named errors on any layout surprise."""
    name = adapter or adapter_for_url(url)
    if name not in ADAPTERS:
        raise ParseError(url, f"unknown adapter {name!r} (known: {', '.join(ADAPTERS)})")
    if not content or not content.strip():
        raise EmptyDocument(url, "empty response body")
    if looks_like_text(content, content_type):
        document = parse_text(decode_html(content, content_type).text, url)
        if not document.paragraphs:
            raise EmptyDocument(url)
        return _with_place(replace(document, adapter="text"))
    doc = parse_document(decode_html(content, content_type).text)
    if doc is None or (first(doc, "body") is None and first(doc, "html") is None):
        raise ParseError(url, "content is not an HTML document")
    document = _module(name).parse(doc, url)
    if not document.paragraphs:
        raise EmptyDocument(url)
    return _with_place(replace(document, adapter=name))


def _with_place(document: ParsedDocument) -> ParsedDocument:
    """The place the opening says the leaders met in, when the page printed none."""
    if document.location:
        return document
    opening = [p.text for p in document.paragraphs[:2]]
    find = korean_meeting_place if document.language == "ko" else meeting_place
    return replace(document, location=find(opening) or done_at([p.text for p in document.paragraphs[-2:]])
                   or (visit_capital(opening) if document.language != "ko" else None))
