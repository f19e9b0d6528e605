"""Korean sentences: kind, actors and strength (vocab/korean.toml).

Korean is head-final, so the rules of transforms/classify.py (a cue, then the
actor phrase right before it) do not carry over. Here:
- a cue is a predicate ending a clause ("...협력해 나갈 것이다", "...하기로
  합의하였다", "...을 환영하였다"); a negation just before it ("...하지 않을
  것이다") makes a commitment cue a refusal, a position;
- the subject is the phrase that opens the sentence up to its topic particle
  ("양 정상은", "한국과 캐나다는", "윤석열 대통령과 트뤼도 총리는"), after
  adverbial openers; every part of it must be an actor (a country, a leader by
  name, a collective such as "우리" or "양국"), else the subject is not a party
  ("이 협정은 ... 기여할 것이다" is no promise). With no subject phrase (Korean
  leaves "we" out), the speakers are the subject;
- a sentence holding a commitment cue is a commitment; otherwise the last
  cue, the main predicate, gives the kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.records import DocContext, SentenceLabel
from transforms.vocab import load

_VERB_STEM_ENDS = tuple("하있되없않였했같많")  # "강화하는", "있는": a verb before 는, not a subject
_CLAUSE_END = r"(?=다|습니다|으며|며|고|음|[\s.,;]|$)"


@dataclass(frozen=True)
class _Vocab:
    particles: tuple[str, ...]
    conjunctions: frozenset[str]
    openers: frozenset[str]
    countries: tuple[tuple[str, str], ...]  # (name, ISO3), longest name first
    not_countries: tuple[str, ...]  # "인도-태평양": holds "인도" but names no country
    short_forms: tuple[tuple[re.Pattern, str], ...]  # "한-": Korea's short form before a hyphen
    compounds: tuple[tuple[str, re.Pattern, frozenset[str]], ...]  # "한미" (longest first)
    collective: frozenset[str]
    titles: tuple[str, ...]
    leaders: dict[str, str]
    cues: tuple[tuple[str, str | None, re.Pattern], ...]  # (kind, strength, pattern)
    negation: re.Pattern


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = load("korean")
    named = [(name, iso) for table in (data["countries"], data.get("bodies", {})) for iso, names in table.items()
             for name in names]  # ("산업통상자원부": Korea's body, named without its country)
    countries = sorted(named, key=lambda item: -len(item[0]))
    kinds = (("commitment_firm", "commitment", "firm"), ("commitment_soft", "commitment", "soft"),
             ("reaffirmation", "reaffirmation", None), ("position", "position", None), ("outcome", "outcome", None))
    cues = tuple((kind, strength, re.compile("(?:" + pattern + ")" + _CLAUSE_END))
                 for key, kind, strength in kinds for pattern in data["cues"][key])
    return _Vocab(
        particles=tuple(sorted(data["topic_particles"], key=len, reverse=True)),
        conjunctions=frozenset(data["conjunctions"]),
        openers=frozenset(data["openers"]),
        countries=tuple(countries),
        not_countries=tuple(data["actors"].get("not_countries", ())),
        short_forms=tuple((re.compile(r"(?<![가-힣])" + short + r"\s*[-–·]\s*[가-힣]"), iso)
                          for short, iso in data["actors"].get("hyphen_prefix", {}).items()),
        compounds=tuple((c, re.compile(r"(?<![가-힣])" + c + r"(?![가-힣]{2})"), frozenset(isos))
                        for c, isos in sorted(data["actors"].get("compounds", {}).items(), key=lambda c: -len(c[0]))),
        collective=frozenset(data["actors"]["collective"]),
        titles=tuple(data["actors"]["titles"]),
        leaders=dict(data["leaders"]),
        cues=cues,
        negation=re.compile("|".join(data["cues"]["negations"])),
    )


def korean_countries(text: str) -> set[str]:
    """Countries a Korean text names ("대한민국과 캐나다 정상 공동성명" -> KOR, CAN; "한미 동맹" -> KOR,
    USA; "한-캐나다" -> KOR, CAN; "인도-태평양" names none)."""
    v = _vocab()
    found, rest = set(), text
    for phrase in v.not_countries:
        rest = rest.replace(phrase, " ")
    found |= {iso for short, iso in v.short_forms if short.search(rest)}  # "한-캐나다"
    for compound, pattern, isos in v.compounds:  # "한미", "한미일" (not inside a longer word)
        if pattern.search(rest):
            found |= isos
            rest = rest.replace(compound, " ")
    for name, iso in v.countries:  # longest first: "미합중국" before "미국"
        if name in rest:
            found.add(iso)
            rest = rest.replace(name, " ")
    return found


def _strip_particle(word: str, v: _Vocab) -> tuple[str, str] | None:
    """(the word without its topic particle, the particle), or None when it has none (or is a verb form)."""
    for particle in v.particles:
        if word.endswith(particle) and len(word) > len(particle):
            stem = word[: -len(particle)]
            return None if stem.endswith(_VERB_STEM_ENDS) else (stem, particle)
    return None


def _actor(part: str, parties: tuple[str, ...], v: _Vocab) -> tuple[str, ...] | None:
    part = part.strip(" ,")
    if not part:
        return None
    if part in v.collective or any(part.endswith(" " + c) for c in v.collective):
        return parties  # "우리", "양국", "한미 양국", "한-캐나다 양국"
    for name, iso in v.countries:  # "캐나다", "캐나다 정부", "한국 외교부"
        if part == name or part.startswith(name + " "):
            return (iso,)
    words = part.split()
    if words and words[-1] in v.titles:  # "윤석열 대통령", "트뤼도 총리"
        name = " ".join(words[:-1])
        iso = v.leaders.get(name) or next((v.leaders[w] for w in words[:-1] if w in v.leaders), None)
        if iso is None and name:
            iso = next((c for n, c in v.countries if name.startswith(n)), None)  # "캐나다 총리"
        return (iso,) if iso else None
    return None


def _split_conjoined(phrase: str, v: _Vocab) -> list[str]:
    """"한국과 캐나다" -> ["한국", "캐나다"]; "윤석열 대통령과 트뤼도 총리" -> two people."""
    parts, current = [], []
    for word in phrase.split():
        if word in v.conjunctions:
            parts.append(" ".join(current))
            current = []
            continue
        joined = next((word[: -len(c)] for c in v.conjunctions if word.endswith(c) and len(word) > len(c)), None)
        if joined is not None and _actor(" ".join([*current, joined]), ("X",), v) is not None:
            parts.append(" ".join([*current, joined]))
            current = []
        else:
            current.append(word)
    parts.append(" ".join(current))
    return [p for p in parts if p]


def korean_subject(text: str, parties: tuple[str, ...]) -> tuple[str, ...] | None:
    """The actors of the sentence's subject; ``parties`` when it has none; None when it is not an actor."""
    v = _vocab()
    words = text.split()
    start = 0
    while start < len(words) and (words[start] in v.openers or words[start].rstrip(",") in v.openers):
        start += 1
    for end in range(start, min(len(words), start + 8)):
        stripped = _strip_particle(words[end].rstrip(","), v)
        if stripped is None:
            continue
        stem, particle = stripped
        for first in range(start, end + 1):  # the longest phrase ending at the topic: "이 이니셔티브에 따라 한국은"
            phrase = " ".join([*words[first:end], stem])
            parts = [_actor(part, parties, v) for part in _split_conjoined(phrase, v)]
            if parts and all(p is not None for p in parts):
                return tuple(sorted({iso for p in parts for iso in p})) or None
        if particle != "도":  # "도" also ends names ("트뤼도"): read on; a topic that is no actor is no party
            return None
    return parties or None


def korean_label(text: str, ctx: DocContext) -> SentenceLabel:
    """The label of one Korean sentence (see the module docstring)."""
    v = _vocab()
    hits = sorted(((m.start(), m.end(), kind, strength, m.group()) for kind, strength, rx in v.cues
                   for m in rx.finditer(text)), key=lambda h: (h[1], h[0]))
    if not hits:
        return SentenceLabel(kind="none")
    actors = korean_subject(text, ctx.parties)
    if not actors or (ctx.parties and not set(actors) & set(ctx.parties)):
        return SentenceLabel(kind="none")
    refused = False
    for start, _end, kind, strength, surface in hits:
        if kind != "commitment":
            continue
        if v.negation.search(text, max(0, start - 8), start + len(surface)):
            refused = True
            continue
        return SentenceLabel(kind="commitment", actors=actors, verb=surface, strength=strength)
    if refused:
        return SentenceLabel(kind="position", actors=actors)
    return SentenceLabel(kind=hits[-1][2], actors=actors)
