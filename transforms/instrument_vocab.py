"""Loads the instrument vocabulary (``vocab/instruments.toml``) once, compiled."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from transforms.instrument_text import tokenize

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
class InstrumentVocab:
    heads_en: dict[tuple[str, ...], str]  # head words (lower) -> kind
    heads_fr: dict[tuple[str, ...], str]
    acronym_heads: dict[str, tuple[str, str]]  # "MOU" -> (kind, expansion)
    kind_phrases: dict[str, str]
    lexicon: dict[str, frozenset[str]]
    anaphor_kinds: dict[str, tuple[str, ...]]
    coordination_gap: re.Pattern[str]
    year_after: re.Pattern[str]
    quantities: tuple[QuantityRule, ...]
    event_cues: tuple[EventCue, ...]
    right_cues: tuple[re.Pattern[str], ...]
    right_verbs: dict[str, str]
    promotable: re.Pattern[str]
    promote_to: str
    commitment_markers: tuple[re.Pattern[str], ...]

    def words(self, name: str) -> frozenset[str]:
        return self.lexicon[name]

    def head_kind(self, words: tuple[str, ...], language: str) -> str | None:
        table = self.heads_fr if language == "fr" else self.heads_en
        return table.get(words)

    def max_head_len(self, language: str) -> int:
        table = self.heads_fr if language == "fr" else self.heads_en
        return max(len(k) for k in table)


def _rx(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


def head_words(phrase: str) -> tuple[str, ...]:
    """Split a head phrase the way the tokenizer splits text ("d'entente" -> d', entente)."""
    return tuple(t.low for t in tokenize(phrase))


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
    return InstrumentVocab(
        heads_en={head_words(k): v for k, v in data["heads_en"].items()},
        heads_fr={head_words(k): v for k, v in data["heads_fr"].items()},
        acronym_heads={k: (v["kind"], v["expansion"]) for k, v in data["acronym_heads"].items()},
        kind_phrases=dict(data["kind_phrases"]),
        lexicon=lex,
        anaphor_kinds={k: tuple(v) for k, v in data["anaphor_kinds"].items()},
        coordination_gap=_rx(data["patterns"]["coordination_gap"]),
        year_after=_rx(data["patterns"]["year_after"]),
        quantities=quantities,
        event_cues=tuple(cues),
        right_cues=tuple(_rx(p) for p in data["right_cues"]["patterns"]),
        right_verbs=dict(data["right_cues"]["verbs"]),
        promotable=_rx(impl["promotable"]),
        promote_to=impl["promote_to"],
        commitment_markers=tuple(_rx(p) for p in impl["markers"]),
    )
