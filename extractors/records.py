"""Record types produced by the extract stage.

A site adapter turns one page into one ``ParsedDocument``; nothing here
knows about sentences, commitments or the warehouse.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph. ``section_no`` 0 is the text before the first heading."""

    section_no: int
    text: str
    is_list_item: bool = False
    list_id: int = 0  # the list an item belongs to (numbered in document order); 0 for other paragraphs


@dataclass(frozen=True)
class Link:
    """A link found inside the document body or its "associated links" box."""

    href: str
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    """What a site adapter reads off one page: metadata, headings, body."""

    url: str
    title: str
    published_on: date | None
    location: str | None
    language: str
    headings: tuple[str, ...]  # section_no = index + 1
    paragraphs: tuple[Paragraph, ...]
    links: tuple[Link, ...] = field(default_factory=tuple)
    adapter: str = ""
    type_label: str | None = None  # the page's own label of what it is, beside the title ("Joint Statement")

    @property
    def body_text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)
