"""Score a published document's body and metadata against a gold ``*.sentences.json`` file
(SPEC §4, body extraction).

- ``title_exact``, ``date_exact``, ``location_exact``, ``language_exact``: 1.0 when the published
  value equals the gold ``document`` field (texts compared normalised, as sentences are), else 0.0;
  left out when the gold file does not give the field.
- ``chrome_free``: 1.0 when no published paragraph is one of the gold ``not_body`` lines, else 0.0
  (``chrome_lines`` lists the ones found).
- ``body_sentence_recall``: the share of gold sentences whose text is inside the published body
  (the paragraphs joined), so a sentence split differently still counts as present.
- ``headings_exact``: 1.0 when the section headings are the gold ``section_headings``, in order.
"""
from __future__ import annotations

from datetime import date

from transforms.scoring import normalise

BODY_SCORES = ("title_exact", "date_exact", "location_exact", "language_exact", "chrome_free",
               "body_sentence_recall")


def _same(value, wanted) -> float:
    if isinstance(value, date):
        value = value.isoformat()
    if isinstance(value, str) and isinstance(wanted, str):
        return float(normalise(value) == normalise(wanted))
    return float(value == wanted)


def score_body(document: dict, paragraphs: list[str], headings: list[str], gold: dict) -> dict:
    """``document``: the core.documents row (title, published_on, location, language)."""
    doc = gold.get("document") or {}
    scores: dict = {}
    for key, field in (("title_exact", "title"), ("date_exact", "published_date"),
                       ("location_exact", "location"), ("language_exact", "language")):
        if field in doc:
            column = "published_on" if field == "published_date" else field
            scores[key] = _same(document.get(column), doc[field])
    not_body = {normalise(line) for line in doc.get("not_body") or []}
    chrome = [p for p in paragraphs if normalise(p) in not_body]
    scores["chrome_free"] = float(not chrome)
    body = normalise("\n".join(paragraphs))
    texts = [normalise(s["text"]) for s in gold.get("sentences") or []]
    missing = [t for t in texts if t not in body]
    scores["body_sentence_recall"] = (len(texts) - len(missing)) / len(texts) if texts else 1.0
    if "section_headings" in doc:
        scores["headings_exact"] = float([normalise(h) for h in headings]
                                         == [normalise(h) for h in doc["section_headings"]])
    scores["chrome_lines"] = chrome
    scores["missing_from_body"] = missing
    return scores
