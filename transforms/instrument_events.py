"""What happened to an instrument, read from the words around its mention.

Cues come from ``vocab/instruments.toml``: left cues in the few words before
the mention (same clause, not past the previous mention), right cues ("was
signed", ", launched in") after a named mention. No cue: "referenced".
"""
from __future__ import annotations

import re

from transforms.instrument_vocab import InstrumentVocab

WINDOW_WORDS = 12
REFERENCED = "referenced"
_CLAUSE_BREAK = re.compile(r"[;:]")
_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}


def left_window(text: str, mention_start: int, floor: int) -> tuple[int, str]:
    """(offset, text) of the words before a mention that may hold its cue."""
    lo = floor
    for m in _CLAUSE_BREAK.finditer(text, floor, mention_start):
        lo = m.end()
    words = list(re.finditer(r"\S+", text[lo:mention_start]))
    if len(words) > WINDOW_WORDS:
        lo += words[-WINDOW_WORDS].start()
    return lo, text[lo:mention_start]


def left_cue(text: str, mention_start: int, floor: int, vocab: InstrumentVocab) -> str | None:
    """The event whose cue ends nearest before the mention, or None."""
    lo, window = left_window(text, mention_start, floor)
    best, best_key, best_match = None, None, None
    for i, m in vocab.event_cue_set.matches(window):
        cue = vocab.event_cues[i]
        key = (m.end(), -cue.order)
        if best_key is None or key > best_key:
            best, best_key, best_match = cue.event, key, m
    if best == "implementing" and vocab.promotable.search(best_match.group()):
        before = text[: lo + best_match.start()]
        # (a marker before the cue, or the cue itself in the future: "mettront en œuvre")
        if any(p.search(before) or p.match(best_match.group()) for p in vocab.commitment_markers):
            return vocab.promote_to
    return best


def right_cue(after: str, vocab: InstrumentVocab) -> str | None:
    """Event named by a verb right after the mention ("X was signed", "X, launched in")."""
    for pattern in vocab.right_cues:
        m = pattern.match(after)
        if m:
            event = vocab.right_verbs.get(m.group("verb").lower())
            if event:
                return event
    return None


def is_coordinated(gap: str, vocab: InstrumentVocab) -> bool:
    """True when two mentions are joined by "and the" and share one cue."""
    return bool(vocab.coordination_gap.match(gap))


def read_quantities(after: str, vocab: InstrumentVocab) -> tuple[tuple[float, str, str], ...]:
    """Quantities stated right after a mention: "with an annual quota of 12,000 people"."""
    found = []
    for rule in vocab.quantities:
        m = rule.pattern.search(after)
        if not m:
            continue
        groups = {k: (v or "") for k, v in m.groupdict().items()}
        value = _number(groups["value"]) * _SCALES.get(groups.get("scale", "").lower(), 1)
        annual = bool(groups.get("annual"))
        unit = (rule.unit_if_annual if annual else rule.unit).format(**groups).strip()
        what = rule.what.format(**groups).strip()
        found.append((value, unit, what))
    return tuple(found)


def _number(text: str) -> float | int:
    clean = text.rstrip(".,").replace(",", "")
    value = float(clean)
    return int(value) if value.is_integer() else value
