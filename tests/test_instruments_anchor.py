"""Instruments of the anchor statement, scored against the gold file (SPEC §4 targets)."""
from __future__ import annotations

import pytest

from instruments_anchor_fixture import ANCHOR_CTX, anchor_sentences, gold_instruments
from transforms.instrument_registry import build_registry
from transforms.instruments import extract_mentions
from transforms.scoring_instruments import score_instruments


@pytest.fixture(scope="module")
def anchor():
    mentions = extract_mentions(anchor_sentences(), ANCHOR_CTX)
    instruments, rows = build_registry({ANCHOR_CTX.doc_id: mentions})
    return mentions, instruments, rows


def test_anchor_instrument_precision_and_recall(anchor):
    _, instruments, rows = anchor
    score = score_instruments(instruments, rows, gold_instruments())
    print(f"\nanchor instruments: precision={score['instrument_precision']:.3f} "
          f"recall={score['instrument_recall']:.3f} "
          f"event_exact={score['event_exact_accuracy']:.3f} "
          f"misses={score['misses']} fps={score['false_positives'] + score['duplicates']} "
          f"event_mismatches={score['event_mismatches']}")
    assert score["instrument_precision"] >= 0.95
    assert score["instrument_recall"] >= 0.95
    assert score["event_exact_accuracy"] >= 0.85


def _by_name(instruments, fragment):
    found = [r for r in instruments if fragment.lower() in r["name"].lower()]
    assert len(found) == 1, (fragment, [r["name"] for r in instruments])
    return found[0]


def test_defined_acronym_later_use_is_the_same_instrument(anchor):
    _, instruments, rows = anchor
    fta = _by_name(instruments, "Free Trade Agreement")
    assert fta["short_name"] == "CKFTA" and fta["kind"] == "free_trade_agreement"
    surfaces = [r["surface"] for r in rows if r["instrument_id"] == fta["instrument_id"]]
    assert "CKFTA" in surfaces
    events = {r["event"] for r in rows if r["instrument_id"] == fta["instrument_id"]}
    assert events == {"signed", "referenced"}


def test_descriptive_arrangement_quota_and_dated_mou(anchor):
    mentions, _, _ = anchor
    ym = [m for m in mentions if m.kind == "arrangement" and m.mtype == "descriptive"]
    assert ym and ym[0].event == "announced"
    assert ym[0].quantities == ((12000, "people per year", "annual quota"),)
    mou_1995 = [m for m in mentions if m.year == 1995]
    assert len(mou_1995) == 1 and mou_1995[0].kind == "mou" and mou_1995[0].event == "referenced"
    this_arrangement = [m for m in mentions if m.surface == "This arrangement"]
    assert this_arrangement and this_arrangement[0].name == ym[0].name


def test_plural_and_generic_phrases_are_not_instruments(anchor):
    mentions, _, _ = anchor
    surfaces = {m.surface.lower() for m in mentions}
    assert "these arrangements" not in surfaces
    assert not any("governance frameworks" in s for s in surfaces)
    assert not any("global partnership on ai" in m.name.lower() for m in mentions)
    assert not any("coalition" in m.name.lower() for m in mentions)


def test_registry_is_deterministic(anchor):
    mentions, instruments, rows = anchor
    again = build_registry({ANCHOR_CTX.doc_id: list(reversed(mentions))})
    assert again == (instruments, rows)
