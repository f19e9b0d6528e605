from __future__ import annotations

import json
from datetime import date

import pytest

from transforms.ids import commitment_id, doc_id, slugify, text_fingerprint
from transforms.segment import split_sentences
from transforms.versioning import CHANGED, NEW, RESTYLED, UNCHANGED, decide_version


@pytest.mark.parametrize("text,expected", [
    ("We met. We agreed.", ["We met.", "We agreed."]),
    ("Mr. Smith and Dr. Jones met on Jan. 5. They spoke.", ["Mr. Smith and Dr. Jones met on Jan. 5.", "They spoke."]),
    ("The U.S. and Japan will act. Both agreed.", ["The U.S. and Japan will act.", "Both agreed."]),
    ("Science, Technology and Innovation (ST&I) matters. R&D too.", ["Science, Technology and Innovation (ST&I) matters.", "R&D too."]),
    ("We affirmed that we are “Stronger Together”. Today we met.", ["We affirmed that we are “Stronger Together”.", "Today we met."]),
    ("He said “we will act.” Then he left.", ["He said “we will act.”", "Then he left."]),
    ("Il a dit « oui ». M. Macron est venu.", ["Il a dit « oui ».", "M. Macron est venu."]),
    ("Growth was 2.5 per cent. It rose.", ["Growth was 2.5 per cent.", "It rose."]),
    ("President Joseph R. Biden met Prime Minister Kishida. They agreed.", ["President Joseph R. Biden met Prime Minister Kishida.", "They agreed."]),
    ("양국은 협력하기로 했다. 정상들은 만났다.", ["양국은 협력하기로 했다.", "정상들은 만났다."]),
])
def test_split_sentences_patterns(text, expected):
    assert split_sentences(text) == expected


def test_segmentation_matches_every_gold_sentence_of_the_anchor(gold_dir):
    gold = json.loads((gold_dir / "rok-canada-2023-05-17-en.sentences.json").read_text())
    texts = [s["text"] for s in gold["sentences"]]
    # re-join gold sentences into paragraph-sized chunks and split again
    joined = " ".join(texts)
    assert split_sentences(joined) == texts


def test_doc_id_is_a_readable_stable_slug():
    a = doc_id("pmgcca", date(2023, 5, 17), "Leaders’ Joint Statement in Commemoration of the 60th Anniversary", "en")
    assert a == "pmgcca-2023-05-17-leaders-joint-statement-commemoration-60th-anniversary-en"
    assert doc_id("mofa-kr", None, "한국어 제목", "ko", "https://www.mofa.go.kr/x").startswith("mofa-kr-undated-doc-")
    assert slugify("Déclaration commune des dirigeants") == "declaration-commune-dirigeants"


def test_commitment_id_depends_on_content_and_place_only():
    assert commitment_id("d", 1, 2, "We will.") == commitment_id("d", 1, 2, "We will.")
    assert commitment_id("d", 1, 2, "We will.") != commitment_id("d", 1, 3, "We will.")


def test_text_fingerprint_ignores_whitespace_and_case_only():
    assert text_fingerprint("T", ["a  b", "c"]) == text_fingerprint("t", ["a b", "c "])
    assert text_fingerprint("T", ["a b"]) != text_fingerprint("T", ["a c"])


def test_version_decisions():
    prev = {"content_sha256": "c1", "text_sha256": "t1", "version": 2}
    assert decide_version(None, "c1", "t1").status == NEW
    assert decide_version(prev, "c1", "t1").status == UNCHANGED
    d = decide_version(prev, "c2", "t1")
    assert d.status == RESTYLED and d.version == 2 and not d.new_version
    d = decide_version(prev, "c3", "t9")
    assert d.status == CHANGED and d.version == 3 and d.new_version


@pytest.mark.parametrize("paragraph, sentences", [
    ("1. Prime Minister of Japan, H.E. Mr. KISHIDA Fumio, paid an official visit to India. It went well.",
     ["1. Prime Minister of Japan, H.E. Mr. KISHIDA Fumio, paid an official visit to India.", "It went well."]),
    ("2. Both sides agreed. Officials will meet.", ["2. Both sides agreed.", "Officials will meet."]),
    ("(iv) expand trade; and", ["(iv) expand trade; and"]),
    ("1. PURPOSE", ["1. PURPOSE"]),
    ("3.5 per cent growth is expected. It is.", ["3.5 per cent growth is expected.", "It is."]),
])
def test_a_paragraph_number_heads_its_first_sentence(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize("title, doc_type", [
    ("United States-Japan Joint Leaders’ Statement", "joint_statement"),
    ("Joint Fact Sheet: The United States and Japan", "joint_statement"),
    ("Joint Press Statement by the Leaders of Australia and New Zealand", "joint_statement"),
    ("한미 정상 공동선언", "joint_statement"),
    ("Readout of President Trump’s Call with Prime Minister Modi", "readout"),
    ("Prime Minister announces new funding", "news_release"),
    ("Remarks by the President", "statement"),
])
def test_document_type_from_the_title_of_a_page_with_no_registry_entry(title, doc_type):
    from transforms.document import infer_doc_type

    assert infer_doc_type(title) == doc_type


def test_korean_item_marks_and_dates_in_a_press_release():
    from transforms.scoring import match_key
    from transforms.segment import without_marker
    # "ㅇ" opens an item (NFKC turns it into the conjoining "ᄋ" before matching); a date "10.6.-11." ends no sentence
    assert without_marker("ㅇ 양측은 협력을 강화하기로 하였다.") == "양측은 협력을 강화하기로 하였다."
    assert match_key("ㅇ 양측은 협력을 강화하기로 하였다.") == "양측은 협력을 강화하기로 하였다."
    assert split_sentences("라오스는 10.6.-11. 비엔티안에서 회의를 주최할 예정이다. 양측은 이를 환영하였다.") == [
        "라오스는 10.6.-11. 비엔티안에서 회의를 주최할 예정이다.", "양측은 이를 환영하였다."]


def test_numbers_typed_with_a_dash_and_korean_letter_items_are_markers():
    from transforms.lists import marker_style
    from transforms.segment import without_marker
    assert without_marker("3- Les deux parties ont décidé d'élargir la coopération.") == \
        "Les deux parties ont décidé d'élargir la coopération."
    assert without_marker("가. 양측은 협력을 강화하기로 하였다.") == "양측은 협력을 강화하기로 하였다."
    assert without_marker("2024-2025 sera une année charnière.") == "2024-2025 sera une année charnière."
    assert marker_style("가. 양측은") == marker_style("나. 양국은") == "가."
    assert marker_style("3- Les") == marker_style("10- La") == "9-"


def test_a_philippine_given_name_abbreviated_ends_no_sentence():
    from transforms.segment import split_sentences
    assert split_sentences("They tasked Secretary Ma. Theresa P. Lazaro to draw up a plan. It will run to 2030.") == [
        "They tasked Secretary Ma. Theresa P. Lazaro to draw up a plan.", "It will run to 2030."]
