"""Stable, readable identifiers.

Ids are a function of content and place only, so re-running the pipeline on
the same archive yields the same ids.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

_STOP = frozenset(
    "a an the of and in on for to with by at from between de la le les des du et en au aux d l un une".split()
)


def slugify(text: str, max_words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text) if w not in _STOP]
    return "-".join(words[:max_words]) or "untitled"


def doc_id(publisher_id: str, published_on: date | None, title: str, language: str, url: str = "") -> str:
    """``<publisher>-<yyyy-mm-dd>-<short-title>-<lang>``; a title with no latin letters
    (e.g. Korean) falls back to a short hash of the url."""
    day = published_on.isoformat() if published_on else "undated"
    short = slugify(title)
    if short == "untitled" and url:
        short = "doc-" + hashlib.sha256(url.encode()).hexdigest()[:8]
    return f"{slugify(publisher_id, 3)}-{day}-{short}-{language or 'und'}"


def short_hash(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def commitment_id(doc_id_: str, paragraph_no: int, sentence_no: int, text: str) -> str:
    return "cmt_" + short_hash(doc_id_, paragraph_no, sentence_no, text)


def text_fingerprint(title: str, paragraphs: list[str]) -> str:
    """Hash of the normalised document text: white space and case folded, so that
    re-serialised markup or white-space edits are not new versions."""
    norm = "\n".join(" ".join(t.split()).casefold() for t in [title, *paragraphs])
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
