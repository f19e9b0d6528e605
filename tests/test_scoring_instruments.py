"""The instrument scorer on a small hand-made gold file."""
from __future__ import annotations

import pytest

from transforms.scoring_instruments import score_instruments

GOLD = {
    "instruments": [
        {"name": "United Nations Convention on the Law of the Sea", "aliases": ["UNCLOS"],
         "kind": "convention", "events": ["referenced"]},
        {"name": "Reciprocal Access Agreement", "aliases": ["RAA"], "kind": "agreement",
         "events": ["signed", "referenced"]},
        {"name": "Memorandum of Understanding on youth mobility (1995)",
         "aliases": ["memorandum of understanding from 1995"], "kind": "mou", "events": ["referenced"]},
        {"name": "Clean Energy Dialogue", "aliases": [], "kind": "dialogue", "events": ["launched"]},
    ],
    "optional_instruments": [{"name": "Action Plan", "aliases": [], "kind": "plan"}],
}


def _inst(iid, name, short=None):
    return {"instrument_id": iid, "name": name, "short_name": short}


def _mention(iid, event):
    return {"instrument_id": iid, "event": event}


def test_matching_by_expansion_acronym_alias_and_optional():
    preds = [
        _inst("a", "UN Convention on the Law of the Sea"),  # "UN" spelled out
        _inst("b", "Japan Reciprocal Access Deal", "RAA"),  # by acronym
        _inst("c", "memorandum of understanding (1995)"),  # alias, punctuation aside
        _inst("d", "Action Plans"),  # optional: neither hit nor miss
        _inst("e", "Quad Vaccine Partnership"),  # false positive
    ]
    mentions = [_mention("a", "referenced"), _mention("b", "signed"), _mention("b", "referenced"),
                _mention("c", "referenced"), _mention("e", "launched")]
    score = score_instruments(preds, mentions, GOLD)
    assert score["true_positives"] == 3
    assert score["instrument_precision"] == pytest.approx(3 / 4)
    assert score["instrument_recall"] == pytest.approx(3 / 4)
    assert score["misses"] == ["Clean Energy Dialogue"]
    assert score["false_positives"] == ["Quad Vaccine Partnership"]
    assert score["optional_matched"] == ["Action Plans"]
    assert score["event_exact_accuracy"] == 1.0
    assert score["event_exact_accuracy_all_gold"] == pytest.approx(3 / 4)
    assert score["per_event_recall"]["launched"] == 0.0
    assert score["per_event_recall"]["signed"] == 1.0


def test_duplicates_count_as_false_positives_and_events_pool():
    preds = [_inst("a", "Clean Energy Dialogue"), _inst("b", "Clean Energy Dialog")]
    mentions = [_mention("a", "launched"), _mention("b", "held")]
    score = score_instruments(preds, mentions, GOLD)
    assert score["true_positives"] == 1 and score["duplicates"] == ["Clean Energy Dialog"]
    assert score["instrument_precision"] == pytest.approx(1 / 2)
    assert score["event_mismatches"] == [
        {"name": "Clean Energy Dialogue", "gold": ["launched"], "predicted": ["held", "launched"]}]
    assert score["event_exact_accuracy"] == 0.0


def test_empty_prediction():
    score = score_instruments([], [], GOLD)
    assert score["instrument_recall"] == 0.0 and len(score["misses"]) == 4
