"""Deadline and horizon years a sentence names ("by 2030", "until 2027", "2024-2025").

A year is kept when it is not before the publication year and no past-event
word (vocab/years.toml: "launched", "since", "from" ...) stands before it in
the same stretch of clause, unless a deadline word ("by", "until") is closer. "from 2025 to 2030" is a horizon: both count.
"""
from __future__ import annotations

import re
from functools import lru_cache

from transforms.vocab import load

_YEAR = r"(?:19|20|21)\d{2}"
_YEARS = re.compile(
    r"(?<![\w-])(?P<a>" + _YEAR + r")(?:\s*(?:[-–—/]|to|until|through|à)\s*(?P<b>" + _YEAR + r"|\d{2})(?![\w-]))?"
    r"(?:년|年|(?![\w]))"  # Korean and Japanese write the year with its counter: "2030년까지", "2030年まで"
)
_LOOKBACK_WORDS = 8
_DEADLINE_WORDS = 4


@lru_cache(maxsize=None)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    vocab = load("years")

    def alt(words):
        return r"(?i:(?<![\w])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w]))"

    return tuple(re.compile(alt(vocab[k])) for k in ("past_event", "clause_breaks", "deadlines"))


def _is_past_event(before: str) -> bool:
    past, breaks, deadlines = _cues()
    clause = re.split(r"[;,.:()]", before)[-1].split()
    if deadlines.search(" ".join(clause[-_DEADLINE_WORDS:])):
        return False
    window = " ".join(clause[-_LOOKBACK_WORDS:])
    last_past = max((m.end() for m in past.finditer(window)), default=-1)
    if last_past < 0:
        return False
    return not any(m.start() >= last_past for m in breaks.finditer(window))


def target_years(text: str, published_year: int | None) -> tuple[int, ...]:
    """Years named as a deadline or horizon, ascending, none before ``published_year``."""
    years: set[int] = set()
    for m in _YEARS.finditer(text):
        first = int(m.group("a"))
        span = [first]
        if m.group("b"):
            second = m.group("b")
            span.append(int(second) if len(second) == 4 else first // 100 * 100 + int(second))
        before = text[: m.start()]
        if not m.group("b") and _is_past_event(before):
            continue
        if m.group("b") and _is_past_event(before) and not re.search(r"(?i)\bfrom\s*$", before):
            continue
        years.update(y for y in span if published_year is None or y >= published_year)
    return tuple(sorted(years))
