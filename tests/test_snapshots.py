"""The snapshot set: manifest fields, files, verbatim texts, listings and feed."""
from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from extractors.encoding import decode_html
from tests.snapshot_pages import SNAPSHOTS, documents, manifest, page_bytes, text_lines

CORPUS = SNAPSHOTS.parents[1] / "shared" / "corpus" / "related"
ANCHOR_URL = ("https://www.pm.gc.ca/en/news/statements/2023/05/17/"
              "leaders-joint-statement-commemoration-60th-anniversary-diplomatic")
REQUIRED = ("url", "path", "content_type", "kind", "doc_type", "language", "title", "published_date",
            "reconstructed", "markup_source", "text_source", "url_reconstructed", "complete", "notes",
            "etag", "last_modified")
ENTRIES = manifest()


def test_anchor_is_the_first_entry():
    assert ENTRIES[0]["url"] == ANCHOR_URL and ENTRIES[0]["kind"] == "document"


def test_family_documents_listings_and_a_feed():
    kinds = [e["kind"] for e in ENTRIES]
    assert kinds.count("document") == 17 and kinds.count("feed") == 1 and kinds.count("listing") == 3
    assert len({e["url"] for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["path"] for e in ENTRIES])
def test_entry_fields_and_file(entry):
    assert all(key in entry for key in REQUIRED)
    assert entry["reconstructed"] is True and entry["markup_source"] and entry["text_source"]
    assert entry["kind"] in ("document", "listing", "feed")
    data = page_bytes(entry)
    assert entry["etag"] == '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
    assert re.fullmatch(r"\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT", entry["last_modified"])


@pytest.mark.parametrize("entry", documents(), ids=[e["id"] for e in documents()])
def test_every_line_of_the_published_text_is_on_the_page(entry):
    page = decode_html(page_bytes(entry), entry["content_type"]).text
    visible = " ".join(html.unescape(BeautifulSoup(page, "lxml").get_text(" ")).split())
    for line in text_lines(entry):
        line = line[2:] if line.startswith("- ") else line
        assert " ".join(line.split()) in visible


@pytest.mark.parametrize("entry", documents(), ids=[e["id"] for e in documents()])
def test_text_copy_is_byte_identical_to_the_corpus(entry):
    source = CORPUS / Path(entry["text_file"]).name
    if not source.exists():
        pytest.skip("../shared/corpus is not present on this machine")
    assert (SNAPSHOTS / entry["text_file"]).read_bytes() == source.read_bytes()


def test_reconstructed_urls_are_flagged():
    flagged = {e["id"] for e in documents() if e["url_reconstructed"]}
    assert "2023-05-17-rok-canada-joint-statement-en" not in flagged
    assert "2023-05-17-pm-news-release-strengthens-ties-korea-en" in flagged


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["kind"] == "listing"], ids=lambda e: e["url"])
def test_listing_links_family_documents_and_unrelated_items(entry):
    page = decode_html(page_bytes(entry), entry["content_type"]).text
    hrefs = {urljoin(entry["url"], a["href"]) for a in BeautifulSoup(page, "lxml").find_all("a", href=True)}
    assert set(entry["links_to"]) <= hrefs
    family = {e["url"] for e in documents()}
    assert 1 <= len(set(entry["links_to"]) & family) < len(entry["links_to"])
    assert len(set(entry["links_to"]) - family) >= 2


def test_feed_is_rss_with_family_items_and_others():
    entry = next(e for e in ENTRIES if e["kind"] == "feed")
    root = etree.fromstring(page_bytes(entry))
    links = [item.findtext("link") for item in root.iter("item")]
    assert links == entry["links_to"] and ANCHOR_URL in links
    assert len(set(links) - {e["url"] for e in documents()}) >= 2


def test_mofa_pages_are_served_as_euc_kr():
    for entry in (e for e in ENTRIES if "mofa.go.kr" in e["url"]):
        data = page_bytes(entry)
        assert b'<meta charset="euc-kr">' in data
        assert "외교부" in data.decode("cp949")


def test_language_toggles_point_at_each_other():
    en, fr = (next(e for e in documents() if e["id"] == f"2023-05-17-rok-canada-joint-statement-{lang}")
              for lang in ("en", "fr"))
    assert f'<a lang="fr" hreflang="fr" href="{fr["url"]}">Français</a>'.encode() in page_bytes(en)
    assert f'<a lang="en" hreflang="en" href="{en["url"]}">English</a>'.encode() in page_bytes(fr)
