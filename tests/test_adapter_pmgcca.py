"""pm.gc.ca adapter: the anchor against gold, every pm.gc.ca snapshot against its manifest, failures."""
from __future__ import annotations

import json
from datetime import date

import pytest

from extractors.adapters import parse_page
from extractors.errors import EmptyDocument, SelectorError
from tests.snapshot_pages import documents, expected_paragraphs, manifest, page_bytes

ANCHOR = manifest()[0]
PM_DOCS = documents("pmgcca")


@pytest.fixture(scope="module")
def anchor():
    return parse_page(page_bytes(ANCHOR), ANCHOR["url"], ANCHOR["content_type"])


@pytest.fixture
def gold(gold_dir):
    return json.loads((gold_dir / "rok-canada-2023-05-17-en.sentences.json").read_text(encoding="utf-8"))


def test_anchor_every_gold_sentence_is_in_the_body(anchor, gold):
    body = anchor.body_text
    missing = [s["text"] for s in gold["sentences"] if s["text"] not in body]
    assert missing == []


def test_anchor_chrome_lines_are_not_paragraphs(anchor, gold):
    texts = {p.text for p in anchor.paragraphs}
    assert not texts & set(gold["document"]["not_body"])
    assert not any(line in anchor.body_text for line in gold["document"]["not_body"])


def test_anchor_metadata_matches_gold(anchor, gold):
    meta = gold["document"]
    assert anchor.title == meta["title"]
    assert anchor.published_on == date(2023, 5, 17)
    assert anchor.location == "Seoul" == meta["location"]
    assert anchor.language == "en"
    assert list(anchor.headings) == meta["section_headings"]
    assert anchor.adapter == "pmgcca"


def test_anchor_sections_number_paragraphs_after_their_heading(anchor):
    sections = [p.section_no for p in anchor.paragraphs]
    assert sections == sorted(sections)
    assert sections[0] == 0 and sections[-1] == len(anchor.headings)
    first_of_section_1 = next(p for p in anchor.paragraphs if p.section_no == 1)
    assert first_of_section_1.text.startswith("We agreed to continue working together")


def test_anchor_language_toggle_is_a_link(anchor):
    assert ("https://pm.gc.ca/fr/node/46120", "Français") in {(l.href, l.text) for l in anchor.links}


@pytest.mark.parametrize("entry", PM_DOCS, ids=[e["id"] for e in PM_DOCS])
def test_snapshot_matches_manifest(entry):
    doc = parse_page(page_bytes(entry), entry["url"], entry["content_type"])
    assert doc.adapter == "pmgcca"
    assert doc.title == entry["title"]
    assert doc.published_on == date.fromisoformat(entry["published_date"])
    assert doc.location == entry["location"]
    assert doc.language == entry["language"]
    assert list(doc.headings) == entry["headings"]
    assert [(p.text, p.is_list_item) for p in doc.paragraphs] == expected_paragraphs(entry)


@pytest.mark.parametrize("entry", PM_DOCS, ids=[e["id"] for e in PM_DOCS])
def test_snapshot_chrome_stays_out_of_the_body(entry):
    doc = parse_page(page_bytes(entry), entry["url"], entry["content_type"])
    body = doc.body_text
    for chrome in (*entry["non_body_lines"], "Skip to main content", "Share this page", "Date modified",
                   "Associated Links", "Search form", "Français", "English"):
        assert chrome not in {p.text for p in doc.paragraphs}
    assert "Twitter" not in body and "Important Notices" not in body


def test_associated_links_inside_the_body_are_links_not_paragraphs():
    entry = next(e for e in PM_DOCS if e["id"] == "2023-05-17-pm-news-release-strengthens-ties-korea-en")
    doc = parse_page(page_bytes(entry), entry["url"], entry["content_type"])
    assert ANCHOR["url"] in {l.href for l in doc.links}
    assert not any("Canada’s Indo-Pacific Strategy" == p.text for p in doc.paragraphs)
    assert doc.headings == ()


def test_readout_2022_location_comes_from_the_date_line_not_the_body():
    entry = next(e for e in PM_DOCS if e["id"] == "2022-09-23-pm-readout-yoon-ottawa-en")
    doc = parse_page(page_bytes(entry), entry["url"], entry["content_type"])
    assert doc.location == "Ottawa"
    assert doc.paragraphs[0].text.startswith("Today, Prime Minister Justin Trudeau met")


def test_missing_title_selector_names_url_and_selector():
    page = page_bytes(ANCHOR).replace(b'class="title-header-inner"', b'class="page-heading"')
    with pytest.raises(SelectorError) as err:
        parse_page(page, ANCHOR["url"])
    assert err.value.selector == "div.title-header-inner h1"
    assert ANCHOR["url"] in str(err.value) and "div.title-header-inner h1" in str(err.value)


def test_missing_body_container_is_a_selector_error():
    page = page_bytes(ANCHOR).replace(b"field--name-body", b"field--name-summary")
    with pytest.raises(SelectorError, match="field--name-body"):
        parse_page(page, ANCHOR["url"])


def test_body_without_text_is_an_empty_document():
    page = (b'<html lang="en"><body><div class="title-header-inner"><h1>A statement</h1></div>'
            b'<article class="full-article"><div class="content-news-article">'
            b'<div class="field--name-body"><p>  </p><p>&nbsp;</p></div></div></article></body></html>')
    with pytest.raises(EmptyDocument) as err:
        parse_page(page, "https://www.pm.gc.ca/en/news/statements/2024/01/01/x")
    assert "pm.gc.ca/en/news/statements/2024/01/01/x" in str(err.value)
