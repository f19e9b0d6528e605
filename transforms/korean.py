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
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.records import DocContext, SentenceLabel
from transforms.vocab import load

_VERB_STEM_ENDS = tuple("하있되없않였했같많맞높좋넓깊낮")  # "강화하는", "있는", "걸맞은", "높은": a verb or adjective
# before 는/은, not a subject
# every Hangul syllable ending in ㄹ (the future adnominal of any verb: "할", "늘릴", "이룰"), as a class
_FUTURE_SYLLABLE = "[" + "".join(chr(0xAC00 + i * 28 + 8) for i in range(19 * 21)) + "]"
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
    collective_prefixes: frozenset[str]
    collective_heads: tuple[str, ...]
    body_ends: tuple[str, ...]
    own_government: frozenset[str]
    body_suffixes: tuple[str, ...]
    bodies: frozenset[str]
    titles: tuple[str, ...]
    leaders: dict[str, str]
    cues: tuple[tuple[str, str | None, re.Pattern], ...]  # (kind, strength, pattern)
    negation: re.Pattern
    not_subjects: frozenset[str]  # adverbs ending like a subject particle ("같이")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = load("korean")
    named = [(name, iso) for table in (data["countries"], data.get("bodies", {})) for iso, names in table.items()
             for name in names]  # ("산업통상자원부": Korea's body, named without its country)
    countries = sorted(named, key=lambda item: -len(item[0]))
    kinds = (("commitment_firm", "commitment", "firm"), ("commitment_soft", "commitment", "soft"),
             ("reaffirmation", "reaffirmation", None), ("position", "position", None), ("outcome", "outcome", None))
    cues = tuple((kind, strength, re.compile("(?:" + pattern.replace("{ㄹ}", _FUTURE_SYLLABLE) + ")" + _CLAUSE_END))
                 for key, kind, strength in kinds for pattern in data["cues"][key])
    return _Vocab(
        particles=tuple(sorted(data["topic_particles"], key=len, reverse=True)),
        conjunctions=frozenset(data["conjunctions"]),
        openers=frozenset(data["openers"]),
        countries=tuple(countries),
        not_countries=tuple(data["actors"].get("not_countries", ())),
        short_forms=tuple((re.compile(r"(?<![가-힣])" + short + r"\s*[-–·]\s*[가-힣]|[가-힣]\s*[-–·]\s*" + short
                                      + r"(?![가-힣])"), iso)
                          for short, iso in data["actors"].get("hyphen_prefix", {}).items()),
        compounds=tuple((c, re.compile(r"(?<![가-힣])" + c + r"(?![가-힣]{2})"), frozenset(isos))
                        for c, isos in sorted(data["actors"].get("compounds", {}).items(), key=lambda c: -len(c[0]))),
        collective=frozenset(data["actors"]["collective"]),
        collective_prefixes=frozenset(data["actors"]["collective_prefixes"]),
        collective_heads=tuple(data["actors"]["collective_heads"]),
        body_ends=tuple(data["actors"].get("body_ends", ())),
        own_government=frozenset(data["actors"]["own_government"]),
        body_suffixes=tuple(data["actors"]["body_suffixes"]),
        bodies=frozenset(name for names in data.get("bodies", {}).values() for name in names),
        titles=tuple(data["actors"]["titles"]),
        leaders=dict(data["leaders"]),
        cues=cues,
        negation=re.compile("|".join(data["cues"]["negations"])),
        not_subjects=frozenset(data["cues"]["not_subjects"]),
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


@dataclass(frozen=True)
class KoreanReader:
    """What a Korean sentence's subject may stand for in one document: ``collective`` for "우리", "양측",
    "양 장관" (the parties; in a one-government release also the country met); ``people`` for a
    minister named by surname and title ("조 장관", "썬 장관", learned by ``learn_korean_people``);
    ``publisher`` for a bare "정부" (the government)."""

    collective: tuple[str, ...]
    people: dict[str, str] | None = None
    publisher: str | None = None


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_DEFINED_ACRONYM = re.compile(r"(?<![가-힣])([가-힣]+)\s+[가-힣]+\(([A-Z]{2,8})\)")
# a body with its head and its short name in parentheses, as a release introduces them: "산업통상자원부(장관 방문규,
# 이하 ‘산업부’)", "사우디아라비아 투자부(장관 칼리드 알팔리)"
_BODY_HEAD = re.compile(r"(?:(?<![가-힣])([가-힣]+)\s+)?([가-힣]+)\((?:([가-힣]+)\s+([가-힣]+(?:\s+[가-힣]+){0,3}?))?"
                        r"(?:\s*,\s*)?(?:이하\s*[‘'\"“]([가-힣A-Za-z]+)[’'\"”])?\)")


def learn_korean_people(texts: list[str]) -> dict[str, str]:
    """Names tied to a country where the text gives both: "조태열 외교부 장관" (a Korean ministry: KOR),
    "부이 타잉 썬(Bui Thanh Son) 베트남 외교부 장관" (VNM). Each name word is kept, and the surname of a
    three-syllable Korean name ("조"), as later references use them ("썬 장관", "조 장관")."""
    v = _vocab()
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for text in texts:
        for m in _DEFINED_ACRONYM.finditer(text):  # "한국 국방과학연구소(ADD)": ADD is Korea's
            if iso := _country_of(m.group(1), v):
                _learn(found, clashes, m.group(2), iso)
        for m in _BODY_HEAD.finditer(text):
            before, body, title, name, alias = m.groups()
            iso = _country_of(before or "", v) or (_country_of(body, v) if body not in v.bodies else "KOR")
            if not iso or not (body.endswith(v.body_ends) or body in v.bodies or title or alias):
                continue
            keys = ([*name.split(), *([name[0]] if len(name) == 3 else [])]
                    if title in v.titles and name else []) + ([alias] if alias else [])
            for key in keys:  # (the head's name words and the body's short name: "방 장관", "산업부는")
                _learn(found, clashes, key, iso)
        words = _PARENTHESES.sub("", text).split()
        for j, word in enumerate(words):
            if j == 0:
                continue
            # a title, or a body and its title in one word ("신원식 국방부장관은": Korea's own ministry)
            stem = next((word[: -len(p)] for p in _TITLE_PARTICLES if word.endswith(p) and len(word) > len(p)), word)
            own_body = any(stem.endswith(t) and stem[: -len(t)] in v.bodies for t in v.titles)
            if not own_body and not any(word.startswith(t) for t in v.titles):
                continue
            if own_body and re.fullmatch(r"[가-힣]{2,4}", name := words[j - 1]):
                for key in (name, name[0]) if len(name) == 3 else (name,):
                    _learn(found, clashes, key, "KOR")
                continue
            iso, k = None, j - 1
            while k >= 0 and (words[k] in v.bodies or _country_of(words[k], v)
                              or iso is None and k == j - 1 and words[k].endswith(v.body_ends)):
                iso = _country_of(words[k], v) or iso or ("KOR" if words[k] in v.bodies else None)
                k -= 1  # "베트남 외교부": the country named wins over the body's own; "사우디 에너지부 장관": a body
                # the vocabulary does not know takes the country before it
            if iso is None or k == j - 1:
                continue
            names = []  # the name's words right before the country (not a title: "대통령은")
            for w in reversed(words[max(0, k - 2) : k + 1]):
                if not re.fullmatch(r"[가-힣]{1,6}(?:-[가-힣]{1,6})?", w) or any(w.startswith(t) for t in v.titles) \
                        or w.endswith(("중인", "하는", "있는", "된")):  # ("방한 중인 ...": visiting, no name)
                    break
                names.insert(0, w)
            keys = names + ([names[-1][0]] if len(names) == 1 and len(names[0]) == 3 else [])
            for key in keys:
                _learn(found, clashes, key, iso)
    return found


_TITLE_PARTICLES = ("은", "는", "이", "가", "과", "와")  # after a title ending a word: "국방부장관은", "국방부장관과"


def _learn(found: dict[str, str], clashes: set[str], key: str, iso: str) -> None:
    """Tie ``key`` to ``iso``, unless the text ties it to another country too (then to none)."""
    if key in clashes:
        return
    if found.setdefault(key, iso) != iso:
        clashes.add(key)
        del found[key]


def _country_of(word: str, v: _Vocab) -> str | None:
    """The country a word names ("우즈베키스탄", and its formal name in one word: "우즈베키스탄공화국")."""
    for suffix in _STATE_FORMS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            word = word[: -len(suffix)]
            break
    return next((iso for name, iso in v.countries if word == name and name not in v.bodies), None)


_STATE_FORMS = ("연방민주공화국", "사회주의공화국", "연방공화국", "민주공화국", "인민공화국", "공화국", "왕국", "연방")  # longest first


def _actor(part: str, reader: KoreanReader, v: _Vocab) -> tuple[str, ...] | None:
    part = _PARENTHESES.sub("", part).strip(" ,")  # "한국국제협력단(KOICA)"
    if not part:
        return None
    if part in v.collective or any(part.endswith(" " + c) for c in v.collective):
        return reader.collective  # "우리", "양국", "한미 양국", "한-캐나다 양국"
    words = part.split()
    if len(words) >= 2 and words[0] in v.collective_prefixes and (
            " ".join(words[1:]) in v.collective_heads
            or (rest := " ".join(words[1:]).removesuffix("들")).endswith(v.body_ends) and len(words) == 2
            or any(rest.endswith(t) for t in v.titles)
            or (len(words) <= 5 and words[-1].removesuffix("들") in ("부처", "당국", "기관", "관계기관"))):
        # ("양국 과학기술 담당 부처": both countries' ministries in charge of science)
        return reader.collective  # "양 장관", "두 외교장관", "양국 관계 부처", "양국 외교부", "양국 국방장관들"
    if part in (reader.people or {}) and (part.isascii() and part.isupper() or part.endswith(v.body_ends)):
        return (reader.people[part],)  # an acronym or short name the text defined for a body ("ADD", "산업부")
    if part in v.own_government and reader.publisher:
        return (reader.publisher,)  # "정부는": the publishing government
    for name, iso in v.countries:  # "캐나다", "캐나다 정부", "한국 외교부"
        if part == name or part.startswith(name + " "):
            return (iso,)
    if len(words) == 1 and part.endswith(v.body_suffixes):  # "한국국제교류재단": a body of its country
        iso = next((c for n, c in v.countries if part.startswith(n) and len(part) > len(n) + 1), None)
        if iso:
            return (iso,)
    if words and words[-1] in v.titles:  # "윤석열 대통령", "트뤼도 총리", "조 장관"
        name = " ".join(words[:-1])
        known = {**(reader.people or {}), **v.leaders}
        iso = known.get(name) or next((known[w] for w in words[:-1] if w in known), None)
        if iso is None and name:
            iso = next((c for n, c in v.countries if name.startswith(n)), None)  # "캐나다 총리"
        return (iso,) if iso else None
    return None


def _paired_bodies(split: list[str], parts: list, reader: KoreanReader, v: _Vocab) -> tuple[str, ...] | None:
    """Two bodies as one subject of a statement of two parties, one a party's and the other a body the
    vocabulary does not know ("산업통상자원부와 광업중공업부는"): one of each party."""
    if len(split) != 2 or len(reader.collective) != 2:
        return None
    known = [p for p in parts if p is not None]
    unknown = [_PARENTHESES.sub("", w).strip() for w, p in zip(split, parts) if p is None]  # ("...공사(KOTRA)")
    if len(known) != 1 or len(known[0]) != 1 or known[0][0] not in reader.collective or len(unknown[0].split()) > 2 \
            or not unknown[0].endswith(v.body_ends):
        return None
    return tuple(sorted(reader.collective))


def _split_conjoined(phrase: str, v: _Vocab, people: dict[str, str] | None = None) -> list[str]:
    """"한국과 캐나다" -> ["한국", "캐나다"]; "윤석열 대통령과 트뤼도 총리" -> two people."""
    parts, current = [], []
    for word in phrase.split():
        if word in v.conjunctions:
            parts.append(" ".join(current))
            current = []
            continue
        joined = next((word[: -len(c)] for c in v.conjunctions if word.endswith(c) and len(word) > len(c)), None)
        if joined is not None and (_actor(" ".join([*current, joined]), KoreanReader(("X",), people or {}), v) is not None
                                   or not current and _PARENTHESES.sub("", joined).endswith(v.body_ends)):
            # (a body the vocabulary does not know ends a conjunct too: "대한무역투자진흥공사(KOTRA)와 사우디 투자부")
            parts.append(" ".join([*current, joined]))
            current = []
        else:
            current.append(word)
    parts.append(" ".join(current))
    return [p for p in parts if p]


# a comma after a connective ending joins clauses ("표명하였고, 썬 장관은"); one between nouns lists them
_CLAUSE_JOINT = re.compile(r"(?:고|며|면서|지만|는데|으나|하여|하고)\s*,\s+")
_NO_TOPIC = ("",)  # korean_subject's answer for a clause with no topic of its own, when asked for it


def korean_subject(text: str, reader: KoreanReader, default: tuple[str, ...] | None = None
                   ) -> tuple[str, ...] | None:
    """The actors of the sentence's subject; ``default`` (else the collective) when it has none; None when
    it is not an actor."""
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
            split = _split_conjoined(phrase, v, reader.people)
            parts = [_actor(part, reader, v) for part in split]
            if parts and all(p is not None for p in parts):
                return tuple(sorted({iso for p in parts for iso in p})) or None
            if (paired := _paired_bodies(split, parts, reader, v)) is not None:
                return paired
            if len(split) == 2 and len(reader.collective) == 2 and all(len(p.split()) == 2 for p in split) \
                    and split[0].split()[1] == split[1].split()[1] and split[0].split()[1] in v.titles:
                return tuple(sorted(reader.collective))  # "윤석열 대통령과 미르지요예프 대통령은": one of each party
        if particle != "도":  # "도" also ends names ("트뤼도"): read on; a topic that is no actor is no party
            return None
    return default or reader.collective or None


def _clause_actors(text: str, start: int, actors: tuple[str, ...], reader: KoreanReader, v: _Vocab
                   ) -> tuple[str, ...] | None:
    """Who makes the commitment ending at ``start``: the topic of its own clause when it has one ("조 장관은
    ... 표명하였고, 썬 장관은 ... 협력하겠다고 하였다": Son); none when a reported future has a subject that
    is no actor ("베트남 측은 ... 표명하고, 한-아세안 협력이 ... 기여할 것이라고 하였다"); else the sentence's."""
    comma = next((m.end() for m in reversed(list(_CLAUSE_JOINT.finditer(text, 0, start)))), -1)
    clause = text[comma:start] if comma >= 0 else ""
    if clause:
        own = korean_subject(clause, reader, default=_NO_TOPIC)
        if own != _NO_TOPIC:
            return own
    if "것이라" in text[start : start + 12]:
        for word in reversed((clause or text[:start]).split()):
            if word.endswith(("도록", "위해", "위하여")):
                break  # a purpose clause's subject is its own ("한국 기업들이 참여할 수 있도록 ... 지원해 나갈 것이라고")
            if word.endswith(("이", "가")) and len(word) > 2 and word not in v.not_subjects:
                return actors if _actor(word[:-1], reader, v) is not None else None
    return actors


# verbs of acceptance: refused, a stance ("현상 변경을 인정하지 않을 것이다"); any other verb refused is a promise to refrain
_STANCE_REFUSED = re.compile(r"(?:인정|용인|용납|수용|묵인|묵과|좌시|승인|지지)하지")


# a clause ending in a past verb before its connective has its own predicate ("조 장관은 ... 요청했으며, 바르세나
# 장관은 ... 협조하겠다고 답했다": Cho asked, Bárcena promised)
_OWN_PREDICATE = ("했으며", "하였으며", "였으며", "었으며", "았으며", "했고", "하였고", "였고", "었고", "았고")


def _shared_topics(text: str, start: int, hits: list, reader: KoreanReader) -> set[str]:
    """The topics of earlier clauses that end in a connective and have no predicate of their own: the last
    predicate is theirs too ("우리 측은 ... 확대하고, 일본 측은 ... 신설하기로 하였다": both)."""
    bounds = [m for m in _CLAUSE_JOINT.finditer(text, 0, start)]
    found: set[str] = set()
    begin = 0
    for m in bounds:
        if not any(begin <= h[0] < m.start() for h in hits) and not text[: m.end()].rstrip(", ").endswith(_OWN_PREDICATE):
            topic = korean_subject(text[begin : m.start()], reader, default=_NO_TOPIC)
            if topic and topic != _NO_TOPIC and (not reader.collective or set(topic) <= set(reader.collective)):
                found |= set(topic)
        begin = m.end()
    return found


def korean_label(text: str, ctx: DocContext, reader: KoreanReader | None = None) -> SentenceLabel:
    """The label of one Korean sentence (see the module docstring); ``reader``: what the document tells of
    its subjects (by default its parties only)."""
    v = _vocab()
    hits = sorted(((m.start(), m.end(), kind, strength, m.group()) for kind, strength, rx in v.cues
                   for m in rx.finditer(text)), key=lambda h: (h[1], h[0]))
    if not hits:
        return SentenceLabel(kind="none")
    reader = reader or KoreanReader(ctx.parties, publisher=ctx.publisher_country)
    actors = korean_subject(text, reader)
    if not actors or (reader.collective and not set(actors) & set(reader.collective)):
        return SentenceLabel(kind="none")
    refused, first = False, None
    for start, _end, kind, strength, surface in hits:
        if kind != "commitment":
            continue
        if v.negation.search(text, max(0, start - 8), start + len(surface)):
            if _STANCE_REFUSED.search(text, max(0, start - 12), start + len(surface)):
                refused = True  # "인정하지 않을 것이다": a stance
                continue
            own = _clause_actors(text, start, actors, reader, v)  # "관여하지 않을 것이라고 하였다": a promise to refrain
            if own and (not reader.collective or set(own) & set(reader.collective)):
                return SentenceLabel(kind="commitment", actors=own, verb=surface, strength="firm")
            continue
        own = _clause_actors(text, start, actors, reader, v)
        if not own or (reader.collective and not set(own) & set(reader.collective)):
            continue
        own = tuple(sorted(set(own) | _shared_topics(text, start, hits, reader)))
        if first is None:
            first = SentenceLabel(kind="commitment", actors=own, verb=surface, strength=strength)
        else:  # a later clause's own promise ("우리 측은 ... 주최할 것이며, 영국 측은 ... 협력하기로 하였다"): its actors too
            first = replace(first, actors=tuple(sorted(set(first.actors) | set(own))))
    if first is not None:
        return first
    if refused:
        return SentenceLabel(kind="position", actors=actors)
    last = next((h[2] for h in reversed(hits) if h[2] != "commitment"), None)  # the main predicate
    return SentenceLabel(kind=last, actors=actors) if last else SentenceLabel(kind="none")
