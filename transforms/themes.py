"""Comparative Agendas Project major-topic codes for a sentence (vocab/themes.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from transforms.vocab import load


def _keyword_regex(keyword: str) -> str:
    stem = keyword[:-1] if keyword.endswith("*") else keyword
    body = re.escape(stem).replace(r"\ ", r"\s+")
    tail = r"[\w-]*" if keyword.endswith("*") else ""
    acronym = sum(c.isupper() for c in stem) >= 2 and not any(c.islower() for c in stem)
    pattern = r"(?<![\w-])" + body + tail + r"(?![\w])"
    return pattern if acronym else "(?i:" + pattern + ")"


@lru_cache(maxsize=None)
def _topics() -> tuple[tuple[int, re.Pattern], ...]:
    vocab = load("themes")
    return tuple(
        (int(code), re.compile("|".join(_keyword_regex(k) for k in entry["keywords"])))
        for code, entry in sorted(vocab["topics"].items(), key=lambda kv: int(kv[0]))
    )


def fallback_theme() -> int:
    return int(load("themes")["fallback"])


def themes_for(text: str) -> tuple[int, ...]:
    """CAP major-topic codes whose keywords occur in ``text``, ascending; never empty (fallback 19)."""
    found = tuple(code for code, regex in _topics() if regex.search(text))
    return found or (fallback_theme(),)
