"""The anchor gold: every gold sentence is its own paragraph (SPEC §4 targets)."""
import json

import pytest

from transforms.classify import label_sentences
from transforms.records import DocContext, SentenceIn
from transforms.scoring import score_sentences

ANCHOR = "rok-canada-2023-05-17-en.sentences.json"


@pytest.fixture
def anchor_scores(gold_dir):
    path = gold_dir / ANCHOR
    if not path.exists():
        pytest.skip(f"{ANCHOR} is not present")
    gold = json.loads(path.read_text(encoding="utf-8"))
    sentences = [SentenceIn(i, 1, s["text"]) for i, s in enumerate(gold["sentences"], 1)]
    ctx = DocContext("anchor", "joint_statement", "en", ("CAN", "KOR"), 2023, "CAN")
    labels = label_sentences(sentences, ctx)
    predicted = [{"text": s.text, "kind": l.kind, "actors": list(l.actors), "strength": l.strength}
                 for s, l in zip(sentences, labels)]
    return score_sentences(predicted, gold), labels


def test_anchor_commitment_scores(anchor_scores):
    scores, _ = anchor_scores
    print("anchor scores:", {k: scores[k] for k in ("precision", "recall", "actor_accuracy", "strength_accuracy",
                                                    "kind_accuracy")}, scores["counts"])
    assert scores["precision"] >= 0.95
    assert scores["recall"] >= 0.95
    assert scores["actor_accuracy"] >= 0.95
    assert scores["counts"]["matched"] == scores["counts"]["gold_sentences"]


def test_anchor_commitments_are_complete(anchor_scores):
    _, labels = anchor_scores
    for label in labels:
        if label.kind == "commitment":
            assert label.actors and label.verb and label.strength in ("firm", "soft") and label.themes
