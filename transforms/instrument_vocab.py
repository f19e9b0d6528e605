"""Loads the instrument vocabulary (``vocab/instruments.toml``) once, compiled."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from transforms.instrument_text import singular, tokenize
from transforms.regex_set import RegexSet

VOCAB_DIR = Path(__file__).parent / "vocab"


@dataclass(frozen=True)
class EventCue:
    event: str
    order: int
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class QuantityRule:
    pattern: re.Pattern[str]
    what: str
    unit: str
    unit_if_annual: str


@dataclass(frozen=True)
class HeadIndex:
    """A language's head phrases, indexed for the tests at each token and on each text."""
    reach: dict[str, int]  # first word -> most words of a head starting with it
    starters: frozenset[str]  # lower-case words a head (or a title's plural head) may start with
    plurals: frozenset[str]  # the starters that are only plurals
    acronyms: frozenset[str]  # acronym heads in lower case, unless also a starter
    hint: re.Pattern[str]  # in lower-case text: finds every head, plural and acronym head


@dataclass(frozen=True)
class InstrumentVocab:
    heads_en: dict[tuple[str, ...], str]  # head words (lower) -> kind
    heads_fr: dict[tuple[str, ...], str]
    acronym_heads: dict[str, tuple[str, str]]  # "MOU" -> (kind, expansion)
    kind_phrases: dict[str, str]
    kind_phrase_res: tuple[tuple[re.Pattern[str], str], ...]  # kind_phrases as whole words, in order
    any_kind_phrase: re.Pattern[str]  # finds a text where one of them is
    kind_phrase_names: frozenset[str]  # kind_phrases that are a whole title ("free trade agreement"), normalised
    lexicon: dict[str, frozenset[str]]
    anaphor_kinds: dict[str, tuple[str, ...]]
    coordination_gap: re.Pattern[str]
    year_after: re.Pattern[str]
    quantities: tuple[QuantityRule, ...]
    event_cues: tuple[EventCue, ...]
    event_cue_set: RegexSet  # the event cues' patterns, in order
    right_cues: tuple[re.Pattern[str], ...]
    right_verbs: dict[str, str]
    promotable: re.Pattern[str]
    promote_to: str
    commitment_markers: tuple[re.Pattern[str], ...]
    head_index_en: HeadIndex
    head_index_fr: HeadIndex
    # "CETA" -> (kind, name, parties or None: the statement's)
    known_acronyms: dict[str, tuple[str, str, tuple[str, ...] | None]] = field(default_factory=dict)
    known_acronym_re: re.Pattern[str] | None = None  # finds any of them as a word
    # their names spelled out, lower case: "regional comprehensive economic partnership" -> (kind, parties)
    known_names: dict[str, tuple[str, tuple[str, ...] | None]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        return self.lexicon[name]

    def head_kind(self, words: tuple[str, ...], language: str) -> str | None:
        table = self.heads_fr if language == "fr" else self.heads_en
        return table.get(words)

    def head_index(self, language: str) -> HeadIndex:
        return self.head_index_fr if language == "fr" else self.head_index_en


def _rx(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


def head_words(phrase: str) -> tuple[str, ...]:
    """Split a head phrase the way the tokenizer splits text ("d'entente" -> d', entente)."""
    return tuple(t.low for t in tokenize(phrase))


def _head_index(heads: dict[tuple[str, ...], str], acronym_heads: list[str],
                plurals: bool) -> HeadIndex:
    """``plurals``: titles may end in a plural head ("Lancaster House Treaties")."""
    reach: dict[str, int] = {}
    for words in heads:
        reach[words[0]] = max(reach.get(words[0], 0), len(words))
    plural = {form for words in heads if len(words) == 1
              for form in _forms(words[0], plurals)[1:]} - set(reach)
    acronyms = {a.lower() for a in acronym_heads} - set(reach) - plural
    # A head's tokens stand in the text apart from spaces; ASCII boundaries: a
    # token's neighbours are never ASCII letters or digits (nor lower-case to one).
    phrases = sorted(_phrase(words, plurals) for words in heads)
    alternation = "|".join(phrases + sorted(map(re.escape, acronyms)))
    hint = re.compile(rf"(?<![a-z0-9_])(?:{alternation})(?![a-z0-9_])")
    return HeadIndex(reach, frozenset(reach) | plural, frozenset(plural), frozenset(acronyms), hint)


def _phrase(words: tuple[str, ...], plurals: bool) -> str:
    """A regex for the head's words as written, spaces or none between them."""
    last = "|".join(map(re.escape, _forms(words[-1], plurals)))
    return r"\s*".join([*map(re.escape, words[:-1]), f"(?:{last})"])


def _forms(word: str, plurals: bool) -> list[str]:
    """The word, then (with ``plurals``) the plurals ``singular`` brings back to it."""
    return [word] + [form for form in (word + "s", word[:-1] + "ies")
                     if plurals and form.endswith("s") and singular(form) == word]


@lru_cache(maxsize=1)
def load_vocab() -> InstrumentVocab:
    data = tomllib.loads((VOCAB_DIR / "instruments.toml").read_text(encoding="utf-8"))
    lex = {k: frozenset(v) for k, v in data["lexicon"].items()}
    cues = []
    for order, entry in enumerate(data["events"]):
        cues.extend(EventCue(entry["event"], order, _rx(p)) for p in entry["left"])
    quantities = tuple(
        QuantityRule(_rx(q["pattern"]), q["what"], q["unit"], q["unit_if_annual"])
        for q in data["quantities"]
    )
    impl = data["implementation"]
    heads_en = {head_words(k): v for k, v in data["heads_en"].items()}
    heads_fr = {head_words(k): v for k, v in data["heads_fr"].items()}
    kind_phrases = dict(data["kind_phrases"])
    phrases = [re.escape(p) for p in kind_phrases]
    return InstrumentVocab(
        heads_en=heads_en,
        heads_fr=heads_fr,
        acronym_heads={k: (v["kind"], v["expansion"]) for k, v in data["acronym_heads"].items()},
        known_acronyms={k: (v["kind"], v["name"], tuple(sorted(v["parties"])) if "parties" in v else None)
                        for k, v in data.get("known_acronyms", {}).items()},
        known_names={v["name"].lower(): (v["kind"], tuple(sorted(v["parties"])) if "parties" in v else None)
                     for v in data.get("known_acronyms", {}).values()},
        known_acronym_re=re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, data["known_acronyms"])) + r")(?![\w-])")
        if data.get("known_acronyms") else None,
        kind_phrases=kind_phrases,
        kind_phrase_res=tuple((re.compile(rf"(?<!\w){p}(?!\w)"), k)
                              for p, k in zip(phrases, kind_phrases.values())),
        any_kind_phrase=re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})(?!\w)"),
        kind_phrase_names=frozenset(" ".join(re.split(r"[\s-]+", k.lower())) for k in kind_phrases),
        lexicon=lex,
        anaphor_kinds={k: tuple(v) for k, v in data["anaphor_kinds"].items()},
        coordination_gap=_rx(data["patterns"]["coordination_gap"]),
        year_after=_rx(data["patterns"]["year_after"]),
        quantities=quantities,
        event_cues=tuple(cues),
        event_cue_set=RegexSet(c.pattern for c in cues),
        right_cues=tuple(_rx(p) for p in data["right_cues"]["patterns"]),
        right_verbs=dict(data["right_cues"]["verbs"]),
        promotable=_rx(impl["promotable"]),
        promote_to=impl["promote_to"],
        commitment_markers=tuple(_rx(p) for p in impl["markers"]),
        head_index_en=_head_index(heads_en, list(data["acronym_heads"]), plurals=True),
        head_index_fr=_head_index(heads_fr, list(data["acronym_heads"]), plurals=False),
    )
