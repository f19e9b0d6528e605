"""Body and metadata scores of `accords eval` (SPEC §4 body extraction)."""
from __future__ import annotations

from datetime import date

from transforms.scoring_body import score_body

GOLD = {
    "document": {"title": "Leaders’ Joint Statement", "published_date": "2023-05-17", "location": "Seoul",
                 "language": "en", "section_headings": ["Stronger Together"], "not_body": ["Main Content", "Share"]},
    "sentences": [{"text": "We will deepen cooperation."}, {"text": "The leaders met in Seoul."}],
}
DOC = {"title": "Leaders' Joint Statement", "published_on": date(2023, 5, 17), "location": "Seoul", "language": "en"}


def test_a_faithful_body_scores_one_everywhere():
    s = score_body(DOC, ["The leaders met in Seoul. We will deepen cooperation."], ["Stronger Together"], GOLD)
    assert {k: s[k] for k in ("title_exact", "date_exact", "location_exact", "language_exact", "chrome_free",
                              "body_sentence_recall", "headings_exact")} == dict.fromkeys(
        ("title_exact", "date_exact", "location_exact", "language_exact", "chrome_free", "body_sentence_recall",
         "headings_exact"), 1.0)
    assert s["chrome_lines"] == [] and s["missing_from_body"] == []


def test_chrome_a_missing_sentence_and_wrong_metadata_each_count():
    doc = dict(DOC, location=None, published_on=date(2023, 5, 18))
    s = score_body(doc, ["Main Content", "We will deepen cooperation."], [], GOLD)
    assert (s["location_exact"], s["date_exact"], s["title_exact"]) == (0.0, 0.0, 1.0)
    assert s["chrome_free"] == 0.0 and s["chrome_lines"] == ["Main Content"]
    assert s["body_sentence_recall"] == 0.5 and s["missing_from_body"] == ["The leaders met in Seoul."]
    assert s["headings_exact"] == 0.0


def test_fields_the_gold_file_leaves_out_are_not_scored():
    s = score_body(DOC, ["We will deepen cooperation."], [], {"document": {"title": "Leaders' Joint Statement"},
                                                                "sentences": [{"text": "We will deepen cooperation."}]})
    assert s["title_exact"] == 1.0
    assert not {"date_exact", "location_exact", "language_exact", "headings_exact"} & set(s)
