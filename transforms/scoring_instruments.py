"""Scores predicted instruments against a ``*.instruments.json`` gold file (SPEC §4).

A predicted instrument matches a gold one by normalised name or any alias or
acronym, or fuzzily (same identity words, or nearly the same normalised
string). Predictions matching an ``optional_instruments`` entry count neither
way; a second prediction matching an already matched gold instrument is a
duplicate and counts as a false positive.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from transforms.instrument_names import identity_words, normalize

FUZZY_RATIO = 0.9


def _forms(names: list[str]) -> tuple[set[str], set[frozenset[str]]]:
    strings = {normalize(n) for n in names if n}
    bags = {identity_words(n, drop_parties=False) for n in names if n}
    return strings, {b for b in bags if b}


def _matches(pred: dict, entry: dict) -> bool:
    names = [entry["name"], *entry.get("aliases", [])]
    strings, bags = _forms(names)
    p_strings, p_bags = _forms([pred.get("name") or ""])
    if pred.get("short_name") and pred["short_name"] in names:
        return True
    if p_strings & strings or p_bags & bags:
        return True
    return any(SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO for a in p_strings for b in strings)


def _events_by_instrument(mentions: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in mentions:
        out.setdefault(row["instrument_id"], set()).add(row["event"])
    return out


def score_instruments(predicted_instruments: list[dict], predicted_mentions: list[dict],
                      gold: dict) -> dict:
    gold_items = gold.get("instruments", [])
    optional = gold.get("optional_instruments", [])
    matched: dict[int, list[dict]] = {}
    false_positives, duplicates, ignored = [], [], []
    for pred in predicted_instruments:
        hit = next((i for i, g in enumerate(gold_items) if _matches(pred, g)), None)
        if hit is None:
            if any(_matches(pred, o) for o in optional):
                ignored.append(pred["name"])
            else:
                false_positives.append(pred["name"])
        elif hit in matched:
            duplicates.append(pred["name"])
            matched[hit].append(pred)
        else:
            matched[hit] = [pred]
    tp = len(matched)
    fp = len(false_positives) + len(duplicates)
    events = _events_by_instrument(predicted_mentions)
    exact, mismatches = 0, []
    per_event: dict[str, list[int]] = {}
    for i, g in enumerate(gold_items):
        want = set(g.get("events", []))
        got = set().union(*(events.get(p["instrument_id"], set()) for p in matched.get(i, [])))
        for event in want:
            counts = per_event.setdefault(event, [0, 0])
            counts[0] += event in got
            counts[1] += 1
        if i in matched and got == want:
            exact += 1
        elif i in matched:
            mismatches.append({"name": g["name"], "gold": sorted(want), "predicted": sorted(got)})
    return {
        "instrument_precision": tp / (tp + fp) if tp + fp else 1.0,
        "instrument_recall": tp / len(gold_items) if gold_items else 1.0,
        "true_positives": tp,
        "false_positive_count": fp,
        "event_exact_accuracy": exact / tp if tp else 0.0,
        "event_exact_accuracy_all_gold": exact / len(gold_items) if gold_items else 1.0,
        "per_event_recall": {e: c[0] / c[1] for e, c in sorted(per_event.items())},
        "misses": [g["name"] for i, g in enumerate(gold_items) if i not in matched],
        "false_positives": false_positives,
        "duplicates": duplicates,
        "optional_matched": ignored,
        "event_mismatches": mismatches,
    }
