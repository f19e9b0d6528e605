"""Record types shared by the transform stage."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SentenceIn:
    """One segmented sentence, in document order, with its place."""

    paragraph_no: int
    sentence_no: int  # 1-based within its paragraph
    text: str
    is_list_item: bool = False
    list_id: int = 0  # the list (ul/ol, or a Markdown list) an item belongs to; 0 for other paragraphs


@dataclass(frozen=True)
class DocContext:
    """What the classifiers may know about the document a sentence sits in."""

    doc_id: str
    doc_type: str  # joint_statement | statement | news_release | readout | ...
    language: str  # ISO 639-1
    parties: tuple[str, ...]  # ISO3 of the countries whose leaders/governments speak
    published_year: int | None = None
    publisher_country: str | None = None  # ISO3 of the publishing government


@dataclass(frozen=True)
class SentenceLabel:
    """The classification of one sentence (SPEC §3)."""

    kind: str  # commitment | reaffirmation | position | outcome | none
    actors: tuple[str, ...] = ()
    verb: str | None = None  # commitment verb phrase, e.g. "agreed to explore"
    strength: str | None = None  # firm | soft (commitments only)
    themes: tuple[int, ...] = ()  # CAP major-topic codes
    target_years: tuple[int, ...] = field(default_factory=tuple)
