"""Sentence segmentation that knows abbreviations, acronyms ("ST&I", "R&D"),
initials, decimals and closing quotes.

A boundary is end punctuation (. ! ? or the CJK full stop), optionally
followed by closing quotes/brackets, then white space and something that can
start a sentence. The token before a period vetoes the boundary when it is a
known abbreviation (vocabulary file) or a single-letter initial. A paragraph's
number ("1.", "(a)", "iv)") is not a sentence of its own: it stays at the head
of the first one, as printed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from transforms.vocab import load

_CLOSERS = "\"'”’»)]"
_BOUNDARY = re.compile(
    r"(?P<end>[.!?。]+|다\.)(?P<close>[" + re.escape(_CLOSERS) + r"]*)(?P<space>\s+)(?=(?P<next>[\"'“‘«(\[「『〈《]?\s*[\w]))"
)


# a paragraph's number and the space after it ("1. ", "(a) ", "iv) ")
# ("3- Les deux parties", as some sites type it; "가. ", "나. " in Korean)
PARAGRAPH_NUMBER = re.compile(r"(?:\d{1,3}[.)]|[a-z][.)]|[ivxlc]{1,5}[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})\)"
                              r"|[가나다라마바사아자차카타파하][.)])\s+(?=\S)|\d{1,3}\s?[-–]\s+(?=[A-ZÀ-Ý])")
# a paragraph's number or bullet ("1. ", "(a) ", "• ", "- ")
# (Korean documents open items with "ㅇ" (ᄋ once NFKC-normalised), "○", "□", "❍"; "ㅇ" alone, a letter and
# no syllable, is no word)
PARAGRAPH_MARKER = re.compile(PARAGRAPH_NUMBER.pattern + r"|[•▪◦·●*\-–—ㅇᄋ○□■❍◇◆▶►➢]\s+(?=\S)")


def without_marker(text: str) -> str:
    """The text without the number or bullet opening it."""
    m = PARAGRAPH_MARKER.match(text)
    return text[m.end():] if m else text


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    vocab = load("abbreviations")
    return frozenset(tok for lang in vocab.values() for tok in lang)


def _last_token(text: str) -> str:
    """The run of non-space characters that ends ``text`` (or its last line, before a final newline), or ""."""
    body = text[:-1] if text.endswith("\n") else text
    return "" if not body or body[-1].isspace() else body.rsplit(None, 1)[-1]


def _is_abbreviation(text_before: str) -> bool:
    token = _last_token(text_before)
    if not token:
        return False
    token = token.lstrip("\"'“‘«([")
    if token in _abbreviations() or token.rsplit("-", 1)[-1] in _abbreviations():
        return True  # ("ASEAN-U.S. Comprehensive Strategic Partnership": the last part of a compound)
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. Trudeau"
    return False


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences; white space inside is normalised."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    number = PARAGRAPH_NUMBER.match(text)
    for m in _BOUNDARY.finditer(text, number.end() if number else 0):
        nxt = m.group("next")
        if m.group("end") == "." and not m.group("close"):
            if _is_abbreviation(text[start:m.start()]):
                continue
            if nxt and nxt[-1].islower() and not nxt[-1].isdigit():
                continue  # "approx. five", lowercase continuation
            if nxt and "가" <= nxt[-1] <= "힣" and text[m.start() - 1 : m.start()].isdigit():
                continue  # a Korean date, "10.6.-11. 비엔티안에서": Korean sentences end with a syllable
        elif nxt and nxt[-1].islower():
            continue
        sentences.append(text[start:m.end("close")].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
