"""Score predicted sentence labels against a gold ``*.sentences.json`` file (SPEC §4).

Sentences are matched by normalised text (Unicode NFKC, curly quotes and
apostrophes made straight, dashes unified, white space collapsed, and a
leading paragraph number or bullet left out: "1. We will" is "We will"); a
text that occurs several times is matched in order.

Commitment detection, per gold sentence (gold kind ``g``, its
``also_acceptable`` set ``A``, predicted kind ``p``):

- p = commitment, g = commitment                   -> true positive
- p = commitment, g != commitment, commitment in A -> acceptable (neither hit nor error)
- p = commitment, g != commitment, commitment not in A -> false positive
- p != commitment, g = commitment, p in A          -> acceptable (neither hit nor error)
- p != commitment (or no prediction), g = commitment, p not in A -> false negative

A predicted commitment whose text matches no gold sentence is a false
positive too. precision = tp / (tp + fp), recall = tp / (tp + fn); both are
1.0 when there is nothing to find and nothing was found.

Actor and strength accuracy are exact-match rates over the true positives
(gold commitments predicted as commitments): actors compared as sets of ISO3
codes, strength as strings; a gold commitment without actors (or strength)
is left out of that denominator.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from transforms.segment import without_marker

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "‚": "'", "‛": "'", "′": "'", "`": "'", "–": "-", "—": "-", "‑": "-", "\u00a0": " "})


def normalise(text: str) -> str:
    """The form two texts are compared in."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def match_key(text: str) -> str:
    """``normalise(text)`` without a leading paragraph number or bullet: how sentences are matched."""
    return without_marker(normalise(text))


def _ratio(hits: int, total: int, empty: float = 1.0) -> float:
    return hits / total if total else empty


def _outcome(pred_kind: str | None, gold: dict) -> str:
    acceptable = set(gold.get("also_acceptable") or [])
    if pred_kind == "commitment":
        if gold["kind"] == "commitment":
            return "tp"
        return "acceptable" if "commitment" in acceptable else "fp"
    if gold["kind"] == "commitment":
        return "acceptable" if pred_kind in acceptable else "fn"
    return "tn"


def _match(predicted: list[dict], gold_sentences: list[dict]) -> tuple[list[dict | None], list[dict]]:
    pool: dict[str, list[dict]] = defaultdict(list)
    for row in predicted:
        pool[match_key(row["text"])].append(row)
    matched = [pool[match_key(g["text"])].pop(0) if pool.get(match_key(g["text"])) else None for g in gold_sentences]
    leftover = [row for rows in pool.values() for row in rows]
    return matched, leftover


def score_sentences(predicted: list[dict], gold: dict) -> dict:
    """Precision/recall/F1 of commitments, actor and strength accuracy, counts and a diff of misses."""
    gold_sentences = gold["sentences"]
    matched, leftover = _match(predicted, gold_sentences)
    counts = defaultdict(int)
    actors_ok = actors_n = strength_ok = strength_n = kind_ok = 0
    misses, missing = [], []
    for g, p in zip(gold_sentences, matched):
        if p is None:
            missing.append(g["text"])
        pred_kind = p["kind"] if p else None
        result = _outcome(pred_kind, g)
        counts[result] += 1
        kind_ok += pred_kind in {g["kind"], *(g.get("also_acceptable") or [])}
        if result in ("fp", "fn"):
            misses.append({"text": g["text"], "error": "false_positive" if result == "fp" else "false_negative",
                           "gold_kind": g["kind"], "predicted_kind": pred_kind})
        if result != "tp":
            continue
        if g.get("actors"):
            actors_n += 1
            same = set(p.get("actors") or []) == set(g["actors"])
            actors_ok += same
            if not same:
                misses.append({"text": g["text"], "error": "actors", "gold_kind": g["kind"], "predicted_kind": pred_kind,
                               "gold": sorted(g["actors"]), "predicted": sorted(p.get("actors") or [])})
        if g.get("strength"):
            strength_n += 1
            same = p.get("strength") == g["strength"]
            strength_ok += same
            if not same:
                misses.append({"text": g["text"], "error": "strength", "gold_kind": g["kind"], "predicted_kind": pred_kind,
                               "gold": g["strength"], "predicted": p.get("strength")})
    extra_commitments = [row for row in leftover if row.get("kind") == "commitment"]
    for row in extra_commitments:
        misses.append({"text": row["text"], "error": "false_positive", "gold_kind": None, "predicted_kind": "commitment"})
    tp, fp, fn = counts["tp"], counts["fp"] + len(extra_commitments), counts["fn"]
    precision = _ratio(tp, tp + fp, 1.0 if tp + fn == 0 else 0.0)
    recall = _ratio(tp, tp + fn, 1.0 if tp + fp == 0 else 0.0)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "actor_accuracy": _ratio(actors_ok, actors_n),
        "strength_accuracy": _ratio(strength_ok, strength_n),
        "kind_accuracy": _ratio(kind_ok, len(gold_sentences)),
        "counts": {
            "gold_sentences": len(gold_sentences),
            "predicted_sentences": len(predicted),
            "matched": sum(p is not None for p in matched),
            "unmatched_predictions": len(leftover),
            "gold_commitments": sum(g["kind"] == "commitment" for g in gold_sentences),
            "predicted_commitments": sum(row.get("kind") == "commitment" for row in predicted),
            "tp": tp, "fp": fp, "fn": fn, "acceptable": counts["acceptable"],
            "actors_checked": actors_n, "actors_correct": actors_ok,
            "strength_checked": strength_n, "strength_correct": strength_ok,
        },
        "missing": missing,
        "misses": misses,
    }
