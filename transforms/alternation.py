"""A regex alternation of literal words, laid out as a trie.

``"a|b|c"`` over hundreds of words makes the regex engine try every word at
every place; a trie (``"K(?:orea|enya)"``) tries only the words that share
the characters read so far. ``word_alternation(words)`` matches what
``"|".join(sorted(words, key=len, reverse=True))`` (escaped) matches, with
the same preference: at a place, the words that match there are prefixes of
one another, and both forms try them longest first. So a pattern embedding
either form gives the same matches and the same groups.
"""
from __future__ import annotations

import re

from transforms.needles import _FOLDED
from transforms.regex_set import trie


def longest_first(words) -> str:
    """The plain alternation, longest word first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def word_alternation(words, ignore_case: bool = False) -> str:
    """``longest_first(words)`` as a trie; under ``ignore_case`` (the caller wraps it in ``(?i:...)``) the
    words are lower-cased first, where that leaves the case-insensitive match the same."""
    words = set(words)
    if ignore_case:
        if not _FOLDED or not all(_lowers_plainly(w) for w in words):
            return longest_first(words)  # branches could overlap (or folding unknown): keep the plain form
        words = {w.lower() for w in words}
    if "" in words:
        return longest_first(words)
    return trie(words)


def _lowers_plainly(word: str) -> bool:
    """Each character lower-cases to one character outside the special case-folding classes, so under
    IGNORECASE two different lower-case characters never match the same text character."""
    for char in word:
        low = char.lower()
        if len(low) != 1 or low.lower() != low or low in _FOLDED or char in _FOLDED:
            return False
    return True
