"""Commitment scoring against the gold sentences format."""
import json

from transforms.scoring import normalise, score_sentences


def _gold(*rows):
    return {"document": {}, "sentences": [dict(r) for r in rows]}


def _pred(text, kind, actors=(), strength=None):
    return {"text": text, "kind": kind, "actors": list(actors), "strength": strength}


def test_normalise_quotes_apostrophes_and_space():
    assert normalise("President Yoon’s  “visit”\u00a0– today ") == "President Yoon's \"visit\" - today"


def test_true_false_positive_and_negative():
    gold = _gold(
        {"text": "We will act.", "kind": "commitment", "actors": ["CAN", "KOR"], "strength": "firm"},
        {"text": "We welcomed it.", "kind": "position", "actors": ["CAN", "KOR"]},
        {"text": "We agreed to go.", "kind": "commitment", "actors": ["CAN", "KOR"], "strength": "firm"},
    )
    predicted = [
        _pred("We will act.", "commitment", ["KOR", "CAN"], "firm"),
        _pred("We welcomed it.", "commitment", ["CAN", "KOR"], "firm"),
        _pred("We agreed to go.", "outcome"),
    ]
    scores = score_sentences(predicted, gold)
    assert scores["counts"]["tp"] == 1 and scores["counts"]["fp"] == 1 and scores["counts"]["fn"] == 1
    assert scores["precision"] == 0.5 and scores["recall"] == 0.5 and scores["f1"] == 0.5
    assert scores["actor_accuracy"] == 1.0  # actors compared as sets
    errors = sorted(m["error"] for m in scores["misses"])
    assert errors == ["false_negative", "false_positive"]


def test_also_acceptable_is_neither_hit_nor_error():
    gold = _gold(
        {"text": "This MOU will help.", "kind": "none", "also_acceptable": ["commitment"]},
        {"text": "We look forward to 2025.", "kind": "commitment", "also_acceptable": ["none"],
         "actors": ["CAN", "KOR"], "strength": "soft"},
        {"text": "We will act.", "kind": "commitment", "actors": ["CAN", "KOR"], "strength": "firm"},
    )
    predicted = [
        _pred("This MOU will help.", "commitment", ["CAN"], "firm"),
        _pred("We look forward to 2025.", "none"),
        _pred("We will act.", "commitment", ["CAN"], "soft"),
    ]
    scores = score_sentences(predicted, gold)
    assert scores["counts"]["acceptable"] == 2
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0
    assert scores["actor_accuracy"] == 0.0 and scores["strength_accuracy"] == 0.0
    assert {m["error"] for m in scores["misses"]} == {"actors", "strength"}


def test_missing_sentences_are_reported_and_count_as_misses():
    gold = _gold({"text": "We will act.", "kind": "commitment", "actors": ["CAN"], "strength": "firm"},
                 {"text": "It rained.", "kind": "none"})
    scores = score_sentences([_pred("It rained.", "none"), _pred("Extra chrome.", "commitment", ["CAN"])], gold)
    assert scores["missing"] == ["We will act."]
    assert scores["counts"]["fn"] == 1 and scores["counts"]["fp"] == 1
    assert scores["counts"]["unmatched_predictions"] == 1
    assert scores["recall"] == 0.0


def test_matching_ignores_typography():
    gold = _gold({"text": "Canada’s “plan” will  work.", "kind": "commitment", "actors": ["CAN"], "strength": "firm"})
    scores = score_sentences([_pred("Canada's \"plan\" will work.", "commitment", ["CAN"], "firm")], gold)
    assert scores["counts"]["matched"] == 1 and scores["counts"]["tp"] == 1


def test_nothing_to_find_and_nothing_found_is_perfect():
    scores = score_sentences([_pred("It rained.", "none")], _gold({"text": "It rained.", "kind": "none"}))
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0


def test_real_gold_file_scores_itself_perfectly(gold_dir):
    gold = json.loads((gold_dir / "rok-canada-2023-05-17-en.sentences.json").read_text(encoding="utf-8"))
    predicted = [_pred(s["text"], s["kind"], s.get("actors", []), s.get("strength")) for s in gold["sentences"]]
    scores = score_sentences(predicted, gold)
    assert scores["precision"] == scores["recall"] == scores["actor_accuracy"] == 1.0
    assert scores["misses"] == [] and scores["missing"] == []


def test_a_leading_paragraph_number_does_not_stop_a_match():
    gold = {"sentences": [{"text": "We will deepen cooperation.", "kind": "commitment", "actors": ["JPN"]},
                          {"text": "(b) The leaders agreed to meet.", "kind": "commitment", "actors": ["JPN"]}]}
    predicted = [{"text": "1. We will deepen cooperation.", "kind": "commitment", "actors": ["JPN"], "strength": "firm"},
                 {"text": "The leaders agreed to meet.", "kind": "commitment", "actors": ["JPN"], "strength": "firm"}]
    scores = score_sentences(predicted, gold)
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)
