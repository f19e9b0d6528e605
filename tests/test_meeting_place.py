"""A page that prints no place: the place is where its opening says the leaders met."""
from __future__ import annotations

import pytest

from extractors.adapters import parse_page
from extractors.adapters._dateline import meeting_place


@pytest.mark.parametrize("text, place", [
    ("We, President Yoon Suk Yeol of the Republic of Korea and Prime Minister Justin Trudeau of Canada, "
     "met today in Seoul.", "Seoul"),
    ("Prime Minister Ishiba and President Marcos met in Tokyo on April 9, 2025 for a summit meeting.", "Tokyo"),
    ("The leaders met on the sidelines of the NATO Summit in Vilnius, Lithuania, on July 12.", "Vilnius"),
    ("The leaders met at the White House in Washington, D.C. today.", "Washington"),
    ("The Prime Minister met with the President in New York on the margins of UNGA.", "New York"),
    ("The two leaders held talks in Canberra.", "Canberra"),
    ("Le président et le premier ministre se sont réunis aujourd’hui à Paris.", "Paris"),
    ("Chancellor Scholz and Prime Minister Modi gathered in Berlin for the seventh consultations.", "Berlin"),
])
def test_the_place_of_the_meeting_is_read_off_the_opening(text, place):
    assert meeting_place([text]) == place


@pytest.mark.parametrize("text", [
    "Since they met in Hiroshima in May 2023, the two leaders have spoken often.",  # an earlier meeting
    "When the leaders last met in Ottawa, they agreed to a roadmap.",
    "The leaders met in June.",  # a month
    "The two leaders met in person for the first time.",
    "They met virtually on Monday.",
    "President Biden welcomed President Yoon to the White House for a State Visit.",  # no verb of meeting
    "The leaders will meet in Ottawa next year.",  # a meeting to come
    "Canada and Korea signed the agreement in Seoul. The ministers discussed trade.",
])
def test_no_place_without_a_meeting_here_and_now(text):
    assert meeting_place([text]) is None


def test_only_the_first_place_counts_and_later_paragraphs_are_read_when_the_first_has_none():
    assert meeting_place(["Joint Statement", "The leaders met in Manila, then travelled to Cebu."]) == "Manila"


def _page(dateline: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Joint Statement | Ministry</title></head><body>
<main><h1>Joint Statement</h1><p>{dateline}</p>
<p>The leaders will deepen cooperation on clean energy and critical minerals supply chains.</p>
<p>They agreed to hold the next summit in 2026 and will task ministers to prepare it.</p></main></body></html>""".encode()


def test_a_printed_place_wins_over_the_meeting_place():
    doc = parse_page(_page("Manila, 9 April 2025 – President Marcos and Prime Minister Ishiba met today in Tokyo."),
                     "https://example.gov.ph/statement")
    assert doc.location == "Manila"


def test_a_page_without_a_printed_place_takes_the_meeting_place():
    doc = parse_page(_page("President Marcos and Prime Minister Ishiba met today in Tokyo."),
                     "https://example.gov.ph/statement")
    assert doc.location == "Tokyo"


def test_markdown_without_a_place_in_its_front_matter_takes_the_meeting_place():
    text = ("---\ntitle: Joint Statement\ndate: 2025-04-09\n---\n\n"
            "President Marcos and Prime Minister Ishiba met in Tokyo today.\n\n"
            "The leaders will expand maritime security cooperation.\n")
    doc = parse_page(text.encode(), "https://example.gov.ph/statement.md", "text/markdown")
    assert (doc.adapter, doc.location) == ("text", "Tokyo")


@pytest.mark.parametrize("text, place", [
    ("Today, President Joseph R. Biden, Jr. hosted President Yoon Suk Yeol of the Republic of Korea in Washington "
     "for a State Visit.", "Washington"),
    ("Prime Minister Keir Starmer welcomed Prime Minister Ishiba Shigeru to London today for his first official "
     "visit to the United Kingdom.", "London"),
    ("Le premier ministre a accueilli le président Yoon à Ottawa.", "Ottawa"),
])
def test_the_place_a_host_received_the_guest_in(text, place):
    assert meeting_place([text]) == place


@pytest.mark.parametrize("text", [
    "The leaders welcomed Korea's accession to Horizon Europe.",  # no visit
    "The leaders welcomed the visit of the Korean Navy to Halifax.",  # welcomed no guest
])
def test_welcoming_something_to_a_place_is_no_visit(text):
    assert meeting_place([text]) is None


def test_french_talks_give_the_place():
    assert meeting_place(["Le Président et le Premier ministre se sont entretenus à Paris le 10 février."]) == "Paris"
