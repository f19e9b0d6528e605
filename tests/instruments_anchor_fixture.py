"""The anchor statement, segmented with the gold sentence texts, for instrument tests.

Reads /work/shared (or ``ACCORDS_SHARED``) only from tests; skips cleanly when absent.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from transforms.records import DocContext, SentenceIn

SHARED = Path(os.environ.get("ACCORDS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
ANCHOR_TEXT = SHARED / "corpus/related/2023-05-17-rok-canada-joint-statement-en.txt"
GOLD_SENTENCES = SHARED / "gold/rok-canada-2023-05-17-en.sentences.json"
GOLD_INSTRUMENTS = SHARED / "gold/rok-canada-2023-05-17-en.instruments.json"
ANCHOR_CTX = DocContext(doc_id="pmgcca-2023-05-17-rok-canada-joint-statement-en",
                        doc_type="joint_statement", language="en", parties=("CAN", "KOR"),
                        published_year=2023, publisher_country="CAN")


def _require(*paths: Path) -> None:
    for path in paths:
        if not path.exists():
            pytest.skip(f"shared gold/corpus not available: {path}")


def gold_instruments() -> dict:
    _require(GOLD_INSTRUMENTS)
    return json.loads(GOLD_INSTRUMENTS.read_text(encoding="utf-8"))


def anchor_sentences() -> list[SentenceIn]:
    """Body paragraphs (chrome, title and headings dropped), split on the gold sentences."""
    _require(ANCHOR_TEXT, GOLD_SENTENCES)
    gold = json.loads(GOLD_SENTENCES.read_text(encoding="utf-8"))
    doc = gold["document"]
    skip = set(doc["not_body"]) | set(doc["section_headings"]) | {doc["title"]}
    lines = [ln.strip() for ln in ANCHOR_TEXT.read_text(encoding="utf-8").splitlines()]
    paragraphs = [ln for ln in lines if ln and ln not in skip]
    texts = [s["text"] for s in gold["sentences"]]
    out, k = [], 0
    for p_no, para in enumerate(paragraphs, start=1):
        s_no, pos = 0, 0
        while k < len(texts) and texts[k] in para[pos:]:
            pos = para.index(texts[k], pos) + len(texts[k])
            s_no += 1
            out.append(SentenceIn(paragraph_no=p_no, sentence_no=s_no, text=texts[k]))
            k += 1
    assert k == len(texts), f"gold sentence not found in the anchor text: {texts[k]!r}"
    return out
