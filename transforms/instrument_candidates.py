"""A phrase that may name an instrument, before events and coreference."""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.instrument_text import Token, acronym_letters, initials, is_acronym, singular
from transforms.instrument_vocab import InstrumentVocab
from transforms.segment import PARAGRAPH_MARKER


@dataclass(frozen=True)
class Candidate:
    tok_start: int
    tok_end: int  # exclusive; covers a trailing "(ACRONYM)" too
    mtype: str  # title | acronym | descriptive | anaphor
    kind: str
    name: str | None  # None for anaphors until resolved
    short_name: str | None = None
    aliases: tuple[str, ...] = ()
    possessor: str | None = None  # "Canada's" in "Canada's Indo-Pacific Strategy"
    year: int | None = None
    needs_event: bool = False  # descriptive: only kept with an event cue

    def overlaps(self, other: "Candidate") -> bool:
        return self.tok_start < other.tok_end and other.tok_start < self.tok_end

    @property
    def size(self) -> int:
        return self.tok_end - self.tok_start


def match_head(tokens: list[Token], i: int, vocab: InstrumentVocab, language: str,
               allow_plural: bool) -> tuple[int, str] | None:
    """Longest head phrase starting at token i: (number of tokens, kind)."""
    low = tokens[i].low
    table = vocab.heads_fr if language == "fr" else vocab.heads_en
    for size in range(min(vocab.head_index(language).reach.get(low, 0), len(tokens) - i), 1, -1):
        words = [t.low for t in tokens[i : i + size]]
        kind = table.get(tuple(words))
        if kind is None and allow_plural:
            words[-1] = singular(words[-1])
            kind = table.get(tuple(words))
        if kind:
            return size, kind
    kind = table.get((low,))
    if kind is None and allow_plural and low.endswith("s"):
        kind = table.get((singular(low),))
    if kind:
        return 1, kind
    acr = vocab.acronym_heads.get(tokens[i].text)
    if acr:
        return 1, acr[0]
    return None


def head_starts(tokens: list[Token], vocab: InstrumentVocab, language: str) -> list[int]:
    """Indices where ``match_head`` may find a head, plurals allowed or not (every index where it does)."""
    starters, acronyms = vocab.head_index(language).starters, vocab.acronym_heads
    return [i for i, t in enumerate(tokens) if t.low in starters or t.text in acronyms]


def is_plural_head(tokens: list[Token], i: int, size: int, vocab: InstrumentVocab,
                   language: str) -> bool:
    words = tuple(t.low for t in tokens[i : i + size])
    return vocab.head_kind(words, language) is None and tokens[i].text not in vocab.acronym_heads


def refine_kind(name: str, kind: str, vocab: InstrumentVocab) -> str:
    low = name.lower().replace("’", "'")
    if not vocab.any_kind_phrase.search(low):
        return kind
    for pattern, phrase_kind in vocab.kind_phrase_res:
        if pattern.search(low):
            return phrase_kind
    return kind


def trailing_paren(text: str, tokens: list[Token], i: int) -> tuple[int, str | None, str | None]:
    """A "( ... )" at token i right after a name: (new end, acronym, alias)."""
    if i >= len(tokens) or tokens[i].text != "(":
        return i, None, None
    for j in range(i + 1, min(len(tokens), i + 10)):
        if tokens[j].text == ")":
            inner = text[tokens[i].end : tokens[j].start].strip()
            if not inner:
                return i, None, None
            if is_acronym(inner):
                return j + 1, inner, None
            if all(t.is_cap or t.low in {"of", "and", "for", "on", "the", "de", "-"}
                   for t in tokens[i + 1 : j]) and tokens[i + 1].is_cap:
                return j + 1, None, inner
            return i, None, None
        if tokens[j].text in {"(", ".", ";"}:
            break
    return i, None, None


def name_text(text: str, tokens: list[Token], start: int, end: int) -> str:
    """The written name between two tokens, inner parentheses removed."""
    raw = text[tokens[start].start : tokens[end - 1].end]
    return re.sub(r"\s*\([^)]*\)", "", raw).strip(" ,")


def acronym_matches(acronym: str, words: list[str]) -> bool:
    letters = acronym_letters(acronym)
    got = initials(words)
    return bool(letters) and (got == letters or got.replace("&", "") == letters)


def first_after_marker(text: str, tokens: list[Token]) -> int:
    """The index of a list item's first token after its bullet or number ("- ", "(3) ", "b) ")."""
    marker = PARAGRAPH_MARKER.match(text)
    return next((k for k, t in enumerate(tokens) if t.start >= (marker.end() if marker else 0)), len(tokens))

