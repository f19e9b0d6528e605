"""Find calendar dates in the ways official sites print them.

``find_date`` returns the first date in a text with its span (datelines,
bylines, ``<time>`` text); ``parse_date`` returns only the date. Month names
come from ``extractors/data/months.toml``. Times and time zones are ignored:
the date is the one written, never shifted.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

_MONTHS_FILE = Path(__file__).parent / "data" / "months.toml"
_ORDINAL = r"(?:st|nd|rd|th|er|e|\.)?"


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, int], dict[str, int]]:
    data = tomllib.loads(_MONTHS_FILE.read_text(encoding="utf-8"))
    eras = {name: int(year) for name, year in data.pop("eras", {}).items()}
    months: dict[str, int] = {}
    for table in data.values():
        for number, names in table.items():
            for name in names:
                months.setdefault(name.lower(), int(number))
    return months, eras


def month_names() -> frozenset[str]:
    """Every month name of every language, lower case (a month is never a place)."""
    return frozenset(_vocab()[0])


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    months, eras = _vocab()
    month = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    era = "|".join(re.escape(e) for e in eras)
    mon = rf"(?P<mon>{month})\.?"
    return [
        ("ymd", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
        ("ymd", re.compile(r"(?<!\d)(?P<y>\d{4})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})(?!\d)\.?")),
        ("ymd", re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)")),
        ("ymd", re.compile(r"(?P<y>\d{4})\s*[년年]\s*(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]")),
        ("era", re.compile(rf"(?P<era>{era})\s*(?P<y>\d{{1,2}}|元)\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日")),
        ("mdy", re.compile(rf"(?<!\w){mon}\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>\d{{4}})(?!\d)", re.I)),
        ("dmy", re.compile(
            rf"(?<![\w.])(?P<d>\d{{1,2}}){_ORDINAL}\s*(?:de\s+)?{mon}\s*,?\s*(?:de\s+|del\s+)?(?P<y>\d{{4}})(?!\d)",
            re.I)),
        # (a hyphen reads day first: "12-12-2023" on government.nl, as in most of Europe)
        ("num", re.compile(r"(?<![\d.-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")),
    ]


def _build(kind: str, match: re.Match[str], language: str | None) -> date | None:
    months, eras = _vocab()
    groups = match.groupdict()
    if kind == "era":
        offset = 1 if groups["y"] == "元" else int(groups["y"])
        year, month, day = eras[groups["era"]] + offset - 1, int(groups["m"]), int(groups["d"])
    elif kind == "num":
        a, b, year = int(groups["a"]), int(groups["b"]), int(groups["y"])
        month_first = groups["sep"] == "/" and (language or "en") == "en"
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        month, day = (a, b) if month_first else (b, a)
    else:
        year, day = int(groups["y"]), int(groups["d"])
        month = months[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    if 2443 <= year <= 2643:  # a year of the Buddhist Era (Thailand): 543 years ahead
        year -= 543
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str | None, language: str | None = None) -> FoundDate | None:
    """The earliest date written in ``text`` (with its character span), or None."""
    if not text:
        return None
    best: FoundDate | None = None
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            if best is not None and match.start() > best.start:
                break
            value = _build(kind, match, language)
            if value is None:
                continue
            found = FoundDate(value, match.start(), match.end())
            if best is None or (found.start, -found.end) < (best.start, -best.end):
                best = found
            break
    return best


def parse_date(text: str | None, language: str | None = None) -> date | None:
    """The first date in ``text``: "May 17, 2023", "17 mai 2023", "2023. 5. 17.", ISO..."""
    found = find_date(text, language)
    return found.value if found else None
