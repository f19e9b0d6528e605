"""canada.ca (GCWeb) adapter: snapshots against the manifest, chrome, datelines, failures."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.adapters import parse_page
from extractors.errors import SelectorError
from tests.snapshot_pages import documents, expected_paragraphs, page_bytes

CANADA_DOCS = documents("canadaca")


def _page(body: str, *, issued: str | None = "2023-05-23", lang: str = "en") -> bytes:
    meta = f'<meta name="dcterms.issued" title="W3CDTF" content="{issued}">' if issued else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{meta}
<title>T - Canada.ca</title></head><body>
<section id="wb-lng"><h2 class="wb-inv">Language selection</h2><a lang="fr" hreflang="fr" href="/fr/x.html">Français</a></section>
<main property="mainContentOfPage" class="container">
<h1 property="name headline" id="wb-cont">Canada and Japan sign a youth mobility arrangement</h1>
<p class="gc-byline"><strong>From: <a href="/en/immigration-refugees-citizenship.html">Immigration, Refugees and Citizenship Canada</a></strong></p>
<h2 class="h5">News release</h2>
{body}
<section class="lnkbx"><h2>Associated links</h2><ul><li><a href="/en/iec.html">International Experience Canada</a></li></ul></section>
<div class="mwsbodytext"><h2>Contacts</h2><div class="cmp-text"><p>Media Relations: 613-952-1650</p></div></div>
<section class="pagedetails"><dl id="wb-dtmd"><dt>Date modified: </dt><dd><time property="dateModified">2023-06-02</time></dd></dl></section>
</main></body></html>""".encode()


@pytest.mark.parametrize("entry", CANADA_DOCS, ids=[e["id"] for e in CANADA_DOCS])
def test_snapshot_matches_manifest(entry):
    doc = parse_page(page_bytes(entry), entry["url"], entry["content_type"])
    assert doc.adapter == "canadaca"
    assert (doc.title, doc.published_on, doc.location, doc.language) == (
        entry["title"], date.fromisoformat(entry["published_date"]), entry["location"], entry["language"])
    assert list(doc.headings) == entry["headings"]
    assert [(p.text, p.is_list_item) for p in doc.paragraphs] == expected_paragraphs(entry)


@pytest.mark.parametrize("entry", CANADA_DOCS, ids=[e["id"] for e in CANADA_DOCS])
def test_snapshot_chrome_stays_out(entry):
    doc = parse_page(page_bytes(entry), entry["url"], entry["content_type"])
    body = doc.body_text
    for chrome in ("From:", "Associated links", "Contacts", "Media Relations", "Date modified",
                   "Search for related information", "Report a problem", "Share this page", "Language selection"):
        assert chrome not in body
    assert "News release" not in doc.headings and "Contacts" not in doc.headings


def test_gcweb_strong_dateline_gives_date_and_city():
    body = ('<div class="mwsbodytext"><div class="cmp-text"><p><strong>May 23, 2023</strong>—<strong>Ottawa, '
            'Ontario</strong>—Today, the Minister announced a new arrangement.</p>'
            '<h2>Quick facts</h2><ul><li>The age limit rises to 35.</li><li>Two new streams are added.</li></ul>'
            '</div></div>')
    doc = parse_page(_page(body, issued=None), "https://www.canada.ca/en/ircc/news/2023/05/x.html")
    assert doc.published_on == date(2023, 5, 23)
    assert doc.location == "Ottawa"
    assert doc.headings == ("Quick facts",)
    assert doc.paragraphs[0].text == "May 23, 2023—Ottawa, Ontario—Today, the Minister announced a new arrangement."
    assert [(p.section_no, p.is_list_item) for p in doc.paragraphs[1:]] == [(1, True), (1, True)]
    assert "https://www.canada.ca/en/iec.html" in {l.href for l in doc.links}


def test_french_release_dateline_and_language():
    body = ('<div class="cmp-text"><p>Le 23 mai 2023 — Ottawa (Ontario) — Le Canada et le Japon ont signé '
            'aujourd’hui un nouvel accord sur la mobilité des jeunes.</p></div>')
    doc = parse_page(_page(body, issued=None, lang="fr"), "https://www.canada.ca/fr/ircc/nouvelles/2023/05/x.html")
    assert (doc.language, doc.location, doc.published_on) == ("fr", "Ottawa", date(2023, 5, 23))


def test_date_modified_is_the_last_resort_for_the_date():
    body = '<div class="cmp-text"><p>The Government of Canada today announced funding.</p></div>'
    doc = parse_page(_page(body, issued=None), "https://www.canada.ca/en/x.html")
    assert doc.published_on == date(2023, 6, 2)
    assert doc.location is None


def test_page_without_text_blocks_is_a_selector_error():
    page = _page("<p>Loose text outside any cmp-text block.</p>").replace(b'class="cmp-text"', b'class="other"')
    with pytest.raises(SelectorError, match="div.cmp-text"):
        parse_page(page, "https://www.canada.ca/en/x.html")


def test_missing_h1_names_the_selector():
    page = _page('<div class="cmp-text"><p>Text.</p></div>').replace(b'id="wb-cont"', b'id="title"')
    with pytest.raises(SelectorError, match="h1#wb-cont"):
        parse_page(page, "https://www.canada.ca/en/x.html")
