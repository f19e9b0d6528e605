"""Comparative Agendas Project major-topic codes for a sentence (vocab/themes.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from transforms.regex_set import SENTENCES, RegexSet
from transforms.vocab import load


def _keyword_regex(keyword: str) -> str:
    stem = keyword[:-1] if keyword.endswith("*") else keyword
    body = re.escape(stem).replace(r"\ ", r"\s+")
    tail = r"[\w-]*" if keyword.endswith("*") else ""
    acronym = sum(c.isupper() for c in stem) >= 2 and not any(c.islower() for c in stem)
    pattern = r"(?<![\w-])" + body + tail + r"(?![\w])"
    return pattern if acronym else "(?i:" + pattern + ")"


@lru_cache(maxsize=None)
def _topics() -> tuple[tuple[int, ...], RegexSet]:
    """The topic codes, ascending, and in the same order a regex per topic: any of its keywords."""
    topics = sorted(load("themes")["topics"].items(), key=lambda kv: int(kv[0]))
    regexes = [re.compile("|".join(_keyword_regex(k) for k in entry["keywords"])) for _, entry in topics]
    return tuple(int(code) for code, _ in topics), RegexSet(regexes, min_leading=2, group=SENTENCES)  # acronyms: "EV", "UN"


def fallback_theme() -> int:
    return int(load("themes")["fallback"])


def themes_for(text: str) -> tuple[int, ...]:
    """CAP major-topic codes whose keywords occur in ``text``, ascending; never empty (fallback 19)."""
    codes, topics = _topics()
    return tuple(codes[i] for i in sorted(topics.which(text))) or (fallback_theme(),)
