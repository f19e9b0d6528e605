"""Language-independent cues of a paragraph, for aligning it with its translation.

A paragraph is reduced to its length and a set of anchors that survive
translation between any two languages:

- numbers, with group separators removed ("12,000", "12 000" and "12 000" are
  all "12000"; "1,5" and "1.5" are both "1.5"), so years, ordinals ("60th",
  "60e", "60주년") and quantities match;
- cased tokens (acronyms and proper names: "ROK", "G7", "ST&I", "Trudeau"),
  accents and case folded ("Séoul" = "Seoul"), cut where a caseless script
  starts ("NATO와" gives "NATO");
- punctuation marks of a few kinds (quotes, colon, parentheses).

Which anchors count is decided per document pair (``anchor_evidence``): only
those found in both documents, weighted by how rare they are, so "OTAN" (only
in French) or "Canada" (in every paragraph) weigh nothing or little.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from transforms.vocab import load

_GROUPED = r"\d{1,3}(?:[,. ]\d{3})+(?!\d)"
_PLAIN = r"\d+(?:[.,]\d+)?"
_NUMBER = re.compile(rf"(?<!\d)(?:{_GROUPED}|{_PLAIN})")
_WORD = re.compile(r"[^\W\d_][\w&]*")
_PUNCT_PREFIX = "¶"


@dataclass(frozen=True)
class ParaCues:
    length: int  # characters, white space excluded
    anchors: frozenset[str]
    cut: bool  # the last paragraph of a document, ending without terminal punctuation: a truncated copy


@lru_cache(maxsize=None)
def settings() -> dict:
    return load("alignment")


def _is_cased(ch: str) -> bool:
    return ch.lower() != ch.upper()


def _fold(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def numbers(text: str) -> set[str]:
    """Numbers of a text, normalised; digits glued to a letter before them ("G7") are not numbers."""
    text = unicodedata.normalize("NFKC", text)
    out: set[str] = set()
    for m in _NUMBER.finditer(text):
        if m.start() > 0 and _is_cased(text[m.start() - 1]):
            continue
        raw = m.group(0)
        if re.fullmatch(_GROUPED, raw):
            out.add(str(int(re.sub(r"\D", "", raw))))
        else:
            whole, _, frac = raw.replace(",", ".").partition(".")
            out.add(str(int(whole)) + ("." + frac if frac else ""))
    return out


def cased_tokens(text: str) -> set[str]:
    """Tokens that start with a capital letter (names, acronyms), folded; hyphenated parts apart."""
    text = unicodedata.normalize("NFKC", text)
    min_chars = settings()["anchors"]["min_token_chars"]
    out: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group(0)
        if not word[0].isupper():
            continue
        end = 1
        while end < len(word) and (_is_cased(word[end]) or word[end].isdigit() or word[end] == "&"):
            end += 1
        token = word[:end]
        if len(token) >= min_chars:
            out.add(_fold(token))
    return out


def punctuation_marks(text: str) -> set[str]:
    return {_PUNCT_PREFIX + name for name, chars in settings()["punctuation"].items()
            if any(ch in text for ch in chars)}


def is_cut(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] not in settings()["truncation"]["terminal"]


def paragraph_cues(text: str, *, last: bool = False) -> ParaCues:
    """Cues of one paragraph; only the ``last`` of a document can be cut (a list item
    inside a document may end without punctuation)."""
    length = sum(1 for ch in text if not ch.isspace())
    anchors = frozenset(numbers(text) | cased_tokens(text) | punctuation_marks(text))
    return ParaCues(length, anchors, last and is_cut(text))


@dataclass(frozen=True)
class AnchorWeight:
    match: float  # log-likelihood ratio when the anchor is on both sides of a bead (>= 0)
    miss: float  # ... when it is on one side only (<= 0)


def anchor_evidence(side_a: list[ParaCues], side_b: list[ParaCues]) -> dict[str, AnchorWeight]:
    """Weights of the anchors found in both documents.

    An anchor on one side of an aligned pair is on the other with probability
    p_match; in a random paragraph with probability q (its document frequency).
    Matching is evidence log(p/q); missing is log((1-p)/(1-q)); both are clipped
    at 0 so a ubiquitous anchor is neutral, never evidence against.
    """
    cfg = settings()["anchors"]
    p, q_floor, punct_w = cfg["p_match"], cfg["q_floor"], cfg["punctuation_weight"]
    count_a = Counter(token for c in side_a for token in c.anchors)  # paragraphs with the token
    count_b = Counter(token for c in side_b for token in c.anchors)
    weights: dict[str, AnchorWeight] = {}
    for token in sorted(count_a.keys() & count_b.keys()):
        df_a = count_a[token] / len(side_a)
        df_b = count_b[token] / len(side_b)
        q = min(max((df_a + df_b) / 2, q_floor), 1 - q_floor)
        scale = punct_w if token.startswith(_PUNCT_PREFIX) else 1.0
        weights[token] = AnchorWeight(scale * max(0.0, math.log(p / q)),
                                      scale * min(0.0, math.log((1 - p) / (1 - q))))
    return weights
