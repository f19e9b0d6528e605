"""Markdown and plain-text documents (extractors/adapters/text.py), e.g. a scraper's .md archive."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.adapters import parse_page
from extractors.adapters.text import front_matter, looks_like_text
from extractors.errors import EmptyDocument, ParseError
from extractors.records import Link

STATEMENT = """---
date: '2023-04-26'
published_time: 2023-04-26 16:05:00-04:00
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2023/04/26/x/
title: "Leaders' Joint Statement of the United States and the Republic of Korea"
---
 
President Joseph R. Biden, Jr. welcomed President Yoon Suk Yeol of the
Republic of Korea (ROK) to Washington for a State Visit.  
   
**A Global Alliance**
   
The two Presidents committed to expanding the Alliance's cooperation into
space, under the [Treaty on the Non-Proliferation of Nuclear
Weapons](https://example.org/npt) (NPT), and will *deepen* \\*all\\* ties.
   
## Economic Security

They also agreed to:

- deepen cooperation on
  semiconductors;
- strengthen supply chains for critical minerals.

Related links
-------------

- [Fact sheet](https://example.org/fact-sheet)
"""


def test_front_matter_body_headings_lists_and_links():
    doc = parse_page(STATEMENT.encode(), "file:///tmp/us-kr.md")
    assert doc.adapter == "text"
    assert doc.title == "Leaders' Joint Statement of the United States and the Republic of Korea"
    # no place in the front matter: the one the opening welcomes the guest to
    assert (doc.published_on, doc.language, doc.location) == (date(2023, 4, 26), "en", "Washington")
    assert doc.headings == ("A Global Alliance", "Economic Security")
    assert [(p.section_no, p.is_list_item, p.text) for p in doc.paragraphs] == [
        (0, False, "President Joseph R. Biden, Jr. welcomed President Yoon Suk Yeol of the Republic of Korea (ROK) "
                   "to Washington for a State Visit."),
        (1, False, "The two Presidents committed to expanding the Alliance's cooperation into space, under the "
                   "Treaty on the Non-Proliferation of Nuclear Weapons (NPT), and will deepen *all* ties."),
        (2, False, "They also agreed to:"),
        (2, True, "deepen cooperation on semiconductors;"),
        (2, True, "strengthen supply chains for critical minerals."),
    ]  # the "Related links" block is chrome, as on a web page
    assert Link("https://example.org/npt", "Treaty on the Non-Proliferation of Nuclear Weapons") in doc.links


def test_plain_text_takes_its_title_from_the_first_line_and_its_place_from_the_dateline():
    text = ("India-Japan Joint Statement\n\nMarch 19, 2022\n\n"
            "NEW DELHI, March 19, 2022 - The two Prime Ministers met today.\n\n"
            "Both sides agreed to further strengthen cooperation.\n")
    doc = parse_page(text.encode(), "file:///tmp/in-jp.txt", "text/plain")
    assert (doc.title, doc.published_on, doc.location) == ("India-Japan Joint Statement", date(2022, 3, 19), "New Delhi")
    assert [p.text for p in doc.paragraphs][-1] == "Both sides agreed to further strengthen cooperation."


def test_a_markdown_title_heading_and_a_closing_sign_off():
    text = ("# EU-Japan Summit Joint Statement\n\nWe, the leaders, met in Brussels.\n\n"
            "We will launch a Security and Defence Partnership.\n\nBrussels\n\n13 July 2023\n")
    doc = parse_page(text.encode(), "file:///tmp/eu-jp.md")
    assert (doc.title, doc.published_on, doc.location, doc.headings) == (
        "EU-Japan Summit Joint Statement", date(2023, 7, 13), "Brussels", ())
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize("content, content_type, expected", [
    (b"---\ntitle: x\n---\nText.", None, True),
    (b"Just a line of text.", None, True),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", None, False),
    (b"<p>x</p>", "text/markdown", True),
    (b"No tags here", "text/html", False),
])
def test_text_or_html(content, content_type, expected):
    assert looks_like_text(content, content_type) is expected


def test_front_matter_pairs_lose_their_quotes():
    pairs, rest = front_matter("---\ntitle: 'A: B'\nurl: \"https://x.org/a\"\n---\nBody\n")
    assert pairs == {"title": "A: B", "url": "https://x.org/a"} and rest == "Body\n"


def test_empty_and_titleless_text_fail_by_name():
    with pytest.raises(EmptyDocument):
        parse_page(b"---\ntitle: Only a title\n---\n\n", "file:///tmp/a.md")
    with pytest.raises(ParseError, match="no title"):
        parse_page(("x" * 300).encode(), "file:///tmp/b.txt")


@pytest.mark.parametrize("fragment", [b"<section><h1>T</h1><p>x</p></section>", b"<!-- saved page --><table>",
                                      b"<span>Joint statement</span>", b"<h2>T</h2>Text"])
def test_html_fragments_are_markup(fragment):
    assert looks_like_text(fragment) is False


@pytest.mark.parametrize("mark", ["###", "\\###", "-30-", "* * *", "END"])
def test_a_closing_end_mark_is_not_body(mark):
    doc = parse_page(f"# Joint Statement\n\nWe will meet.\n\nWe agreed to talk.\n\n{mark}\n".encode(), "file:///tmp/x.md")
    assert [p.text for p in doc.paragraphs] == ["We will meet.", "We agreed to talk."]


def test_front_matter_quoted_quotes():
    pairs, _ = front_matter("---\ntitle: 'Leaders'' Joint Statement'\nalt: \"A \\\"B\\\" C\"\n---\nx")
    assert pairs == {"title": "Leaders' Joint Statement", "alt": 'A "B" C'}


def test_a_line_break_ends_a_paragraph_and_a_bold_line_before_it_is_a_heading():
    md = ("---\ntitle: \"Canada-Mexico Joint Leaders\\u2019 Statement\"\n---\n \n"
          "The leaders met today in Ottawa, where they\nagreed to deepen cooperation.   \n   \n"
          "**<u>Cooperation for Prosperity</u>**  \n The two leaders will expand trade in critical minerals and\n"
          "clean energy.  \nBoth countries intend to hold a ministerial meeting.\\\nThe end.\n")
    doc = parse_page(md.encode(), "file:///tmp/ca-mx.md")
    assert doc.title == "Canada-Mexico Joint Leaders’ Statement"  # the YAML escape read
    assert doc.headings == ("Cooperation for Prosperity",)
    assert [(p.section_no, p.text) for p in doc.paragraphs] == [
        (0, "The leaders met today in Ottawa, where they agreed to deepen cooperation."),
        (1, "The two leaders will expand trade in critical minerals and clean energy."),
        (1, "Both countries intend to hold a ministerial meeting."),
        (1, "The end."),
    ]


def test_list_items_carry_the_list_they_belong_to():
    text = ("---\ntitle: Joint Statement\n---\n\n1. The leaders met in New Delhi.\n\n"
            "2. The two sides agreed to:\n\n- deepen defence ties;\n- expand trade.\n\n"
            "3. They welcomed the visit.\n\nA closing paragraph.\n\n- a new list\n")
    doc = parse_page(text.encode(), "https://example.gov.in/statement.md", "text/markdown")
    assert [(p.is_list_item, p.list_id) for p in doc.paragraphs] == [
        (True, 1), (True, 1), (True, 2), (True, 2), (True, 3), (False, 0), (True, 4)]
