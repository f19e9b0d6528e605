"""Instrument mentions in Korean sentences (vocab/korean.toml).

Korean has no capitals to mark a title, so a name is read by its words: a word
ending in an instrument head ("...자유무역협정", "양해각서", "동반자 관계")
closes the name; the words before it that carry no particle, and the bridges
"...에 관한" / "...에 대한", open it ("핵심광물 공급망 협력에 관한 양해각서",
"한-캐나다 자유무역협정"). The predicate after the name gives the event
("...에 서명하였다": signed, "...을 출범시켰다": launched); none: referenced.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.korean import korean_countries
from transforms.records import DocContext, SentenceIn
from transforms.vocab import load

MAX_NAME_WORDS = 8
_ACRONYM = re.compile(r"\((?!(?:19|20)\d{2}\s*[-–~]\s*(?:19|20)?\d{2}\))[^()]{1,40}\)$")  # an acronym, or the
# signatories after a listed document's name (not the years a plan covers: "행동계획(2025-2029)")
_ANY_PAREN = re.compile(r"\([^()]{1,40}\)$")
_PROPER = re.compile(r"[A-Za-z0-9]|[가-힣]\s*[-–]\s*[가-힣A-Za-z]")
EVENT_REACH = 4  # words after the name searched for its predicate


@dataclass(frozen=True)
class _Vocab:
    heads: tuple[tuple[str, str], ...]  # (head without spaces, kind), longest first
    particles: tuple[str, ...]  # longest first
    bridges: frozenset[str]
    not_name: frozenset[str]
    not_heads: tuple[str, ...]
    generic_heads: tuple[str, ...]
    verb_endings: tuple[str, ...]
    adnominal_endings: tuple[str, ...]
    events: tuple[tuple[str, re.Pattern], ...]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = load("korean")
    heads = sorted(((h.replace(" ", ""), k) for h, k in data["instrument_heads"].items()), key=lambda x: -len(x[0]))
    words = data["instrument_words"]
    return _Vocab(
        heads=tuple(heads),
        particles=tuple(sorted(words["particles"], key=len, reverse=True)),
        bridges=frozenset(words["bridges"]),
        not_name=frozenset(words.get("not_name", ())),
        not_heads=tuple(words.get("not_heads", ())),
        generic_heads=tuple(words.get("generic_heads", ())),
        verb_endings=tuple(words.get("verb_endings", ())),
        adnominal_endings=tuple(words.get("adnominal_endings", ())),
        events=tuple((event, re.compile("|".join(patterns))) for event, patterns in data["instrument_events"].items()),
    )


def _without_particle(word: str, v: _Vocab) -> tuple[str, bool]:
    """(the word without a trailing particle, whether it had one). A one-syllable word before "도" is a noun
    ending so ("철도", "제도"), not a word with the particle "도" (also)."""
    for particle in v.particles:
        if word.endswith(particle) and len(word) > len(particle):
            if particle == "도" and len(word) <= 2:
                return word, False
            return word[: -len(particle)], True
    return word, False


def _head_at(words: list[str], i: int, v: _Vocab) -> tuple[int, str, str, bool] | None:
    """(first word of the head, kind, the last word without its particle, whether that word is the
    head and nothing more) when a head ends at word i."""
    last, _ = _without_particle(words[i], v)
    last = _ACRONYM.sub("", last)  # "자유무역협정(FTA)이": the name, its acronym after it
    for first in (i - 1, i):  # a head written in two words ("동반자 관계", "전략동반자 관계") or ending a word
        if first < 0:
            continue
        joined = _ANY_PAREN.sub("", "".join([*words[first:i], last]))  # (the years a plan covers kept in its name)
        if joined.endswith(v.not_heads):
            continue
        for head, kind in v.heads:
            if joined.endswith(head) and (first == i or len(head) > len(_ANY_PAREN.sub("", last))):
                return first, kind, last, joined == head
    return None


_FORMAT = re.compile(r"[‘'“\"]?\d\+\d[’'”\"]?")  # a meeting's format: "2+2"


def _name_start(words: list[str], head_first: int, v: _Vocab) -> int:
    """Where the name ending at ``head_first`` starts: back over words with no particle, and bridges."""
    start = head_first
    while start > 0 and head_first - start < MAX_NAME_WORDS:
        prev = words[start - 1]
        if prev in v.bridges and start >= 2 and words[start - 2].endswith("에"):
            start -= 2  # "...협력에 관한"
            continue
        stem, had_particle = _without_particle(prev, v)
        if had_particle or not stem or prev.endswith((".", ",", *v.verb_endings, *v.adnominal_endings)) \
                or prev in v.not_name or (any(c.isdigit() for c in prev)  # "2023년 9월 서명된": not the name
                                          and not (start == 1 and _YEARS.fullmatch(prev))
                                          and not _ARTICLE.fullmatch(prev)  # ("파리협정 제6조 이행 ...")
                                          and not _FORMAT.fullmatch(prev)):  # ("외교·국방 차관급 2+2 전략대화")
            break  # (a list item's years before its name are part of it: "2024-2026 ... 기본약정")
        start -= 1
    return _signatories_start(words, start, v)


_ARTICLE = re.compile(r"제\d+(?:\.\d+)?(?:조|항|장)")
_YEARS = re.compile(r"(?:19|20)\d{2}(?:[-–~](?:19|20)?\d{2})?")
_JOINED_BY = ("와", "과")
_SIGNATORY_REACH = 8  # words of the two signatories before "간"


def _signatories_start(words: list[str], start: int, v: _Vocab) -> int:
    """A name's signatories before it: "대한민국 산업통상자원부와 스페인 생태전환인구문제부 간 청정수소 협력에 관한
    양해각서" (A와 B 간: between A and B) is one name; ``start`` is where the name read so far starts."""
    if start < 2 or words[start - 1] != "간":
        return start
    j, joined = start - 1, False
    while j > 0 and start - j <= _SIGNATORY_REACH:
        prev = words[j - 1]
        if not joined and prev.endswith(_JOINED_BY) and len(prev) > 1:
            joined = True
            j -= 1
            continue
        stem, had_particle = _without_particle(prev, v)
        if (had_particle and not korean_countries(prev)) or prev.endswith((".", ",", *v.verb_endings)) \
                or prev in v.not_name:
            break  # (a country's name ending like a particle, "노르웨이", is a name)
        j -= 1
    return j if joined else start


# an official title, as Korean texts quote one: 「...」, or a name in quotation marks (‘한-스페인 전략대화’)
_QUOTED = re.compile(r"「([^「」]{2,80})」|‘([^‘’]{2,80})’|“([^“”]{2,80})”")


def _inside(m: re.Match) -> str:
    return next(g for g in m.groups() if g is not None)


def _quoted_kind(name: str, v: _Vocab) -> str | None:
    joined = _ANY_PAREN.sub("", name.replace(" ", ""))  # "「개별 맞춤형 파트너십 프로그램(ITPP)」", "행동계획(2025-2029)"
    return next((kind for head, kind in v.heads if joined.endswith(head)), None)


def _event(after: str, before: str, v: _Vocab, rest: str = "") -> str:
    """The event of a name: the predicate after it ("...에 서명하였다"), else a qualifying verb before it
    ("서명된 ... 협정", "체결된 「...」"), else referenced. Its implementation in a sentence that promises
    (``rest``, the sentence after the name, ends in a commitment: "파리협정의 충실한 이행을 위해 ... 강화해
    나가기로 하였다") is committed to."""
    if _UNDER.match(after):  # "X에 따라": acted on under it, promised or not; cited as a basis otherwise
        promised = _PROMISED.search(rest.split(",")[0]) is not None  # ("UNCLOS에 따라 보장되어야 한다")
        return "committed_to_implement" if promised else "referenced"
    event = next((e for e, rx in v.events if rx.search(after)), None)
    if event is None:
        event = _qualifier_event(before, v)
    if event == "implementing" and _PROMISED.search(rest.split(",")[0]):  # (in its own clause)
        return "committed_to_implement"
    return event or "referenced"


def _qualifier_event(before: str, v: _Vocab) -> str | None:
    """The event a verb qualifying the name tells ("지난해 체결된 「...」": signed), or None."""
    return next((e for e, rx in v.events if rx.search(before)), None) if before.endswith(v.adnominal_endings) else None


def _with_earlier(mention: dict, before: str, v: _Vocab) -> list[dict]:
    """The mention, and before it the same name with what a verb qualifying it tells, when that is another
    event (earlier in time): "지난해 체결된 「...양해각서」를 충실히 이행하기로 하였다" is signed, then promised."""
    earlier = _qualifier_event(before, v)
    return [{**mention, "event": earlier}, mention] if earlier and earlier != mention["event"] else [mention]


_UNDER = re.compile(r"\S*에\s*따라|\S*에\s+따른\b")  # "FTA에 따라", "협정에 따른"
_PROMISED = re.compile(r"(?:기로\s*(?:합의)?(?:하였|했)|(?:갈|할)\s*것(?:이다|입니다|이라고)|의지를|공약을|다짐)")


def korean_lead_event(text: str) -> str | None:
    """The event a lead-in names for the documents listed after it ("... 다음과 같은 양해각서(MOU)가
    서명되었다."): its first event word."""
    return next((e for e, rx in _vocab().events if rx.search(text)), None)


def _parties(name: str, ctx: DocContext) -> tuple[str, ...]:
    named = korean_countries(name)
    return tuple(sorted(named)) if named else tuple(sorted(ctx.parties))


def korean_mentions(sentence: SentenceIn, ctx: DocContext) -> list[dict]:
    """The instruments one Korean sentence names: name, kind, event, parties, where the name starts.
    A title in 「」 ending with a head is a name whatever its words; the heads inside it are not read again."""
    v = _vocab()
    text = sentence.text
    found = []
    quoted = [(m, kind) for m in _QUOTED.finditer(text) if (kind := _quoted_kind(_inside(m), v))]
    for m, kind in quoted:
        before = text[: m.start()].split()[-1:]
        found.extend(_with_earlier(
            {"name": _ACRONYM.sub("", _inside(m)).strip(), "kind": kind, "start": m.start(),
             "event": _event(" ".join(text[m.end():].split()[:EVENT_REACH]), before[0] if before else "", v,
                             text[m.end():]),
             "parties": _parties(_inside(m), ctx)}, before[0] if before else "", v))
    inside = [(m.start(), m.end()) for m, _ in quoted]
    quoted_found = list(found)
    words = text.split()
    offsets, pos = [], 0
    for word in words:
        pos = text.find(word, pos)
        offsets.append(pos)
        pos += len(word)
    taken = -1
    for i in range(len(words)):
        if any(a <= offsets[i] < b for a, b in inside):
            continue
        head = _head_at(words, i, v)
        if head is None or head[0] <= taken:
            continue
        first, kind, last, bare = head
        start = _name_start(words, first, v)
        name_words = [*words[start:i], last]
        if start == first and bare:
            continue  # a bare head ("협정을", "대화를"): a common noun, not a name
        name = " ".join(name_words).strip(" ,")
        if name.endswith(v.generic_heads) and not (korean_countries(name) or _PROPER.search(name)):
            continue  # ("외교관 연수 프로그램": a common noun phrase)
        found = [f for f in found if f["start"] < offsets[start] or f in quoted_found]  # (a name inside this one)
        before = words[start - 1] if start > 0 else ""
        found.extend(_with_earlier({"name": name, "kind": kind, "start": offsets[start],
                                    "event": _event(" ".join(words[i:i + EVENT_REACH]), before, v, " ".join(words[i:])),
                                    "parties": _parties(name, ctx)}, before, v))
        taken = i
    return sorted(found, key=lambda f: f["start"])


_DEFINED = r"\s*[」’”]?\s*\(([A-Z][A-Za-z0-9-]{1,11})\)"  # the acronym in parentheses right after a name


def defined_acronym(text: str, mention: dict) -> str | None:
    """The acronym a sentence defines for a name it holds: "한-필리핀 자유무역협정(FTA)", "「...협정(FTA)」"."""
    m = re.compile(re.escape(mention["name"]) + _DEFINED).search(text, mention["start"])
    return m.group(1) if m else None


def korean_acronym_mentions(sentence: SentenceIn, acronyms: dict[str, str], taken: list[tuple[int, int]]) -> list[dict]:
    """Uses of acronyms defined earlier for instruments (acronym -> its name) standing alone in a Korean
    sentence ("FTA 활용도를 높이기 위해", "FTA에 따라"), outside the names already found (``taken``: their
    spans); each with the event the words around it tell, as a name's."""
    v = _vocab()
    text, found = sentence.text, []
    for acronym in acronyms:
        for m in re.finditer(r"(?<![A-Za-z0-9(-])" + re.escape(acronym) + r"(?![A-Za-z0-9)-])", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            words_after = text[m.start():].split()
            before = text[: m.start()].split()[-1:]
            found.append({"name": acronym, "start": m.start(),
                          "event": _event(" ".join(words_after[:EVENT_REACH]), before[0] if before else "", v,
                                          text[m.end():])})
    return found

