from __future__ import annotations

import pytest

from extractors.archive import RawArchive
from extractors.errors import AccordsError
from extractors.sources import load_registry
from flows.ingest import ensure_publisher, ingest_files, page_url


def test_page_url_prefers_the_canonical_link():
    html = b'<html><head><link rel="canonical" href="https://www.whitehouse.gov/briefing-room/x/"></head></html>'
    assert page_url(html, "file:///tmp/x.html") == "https://www.whitehouse.gov/briefing-room/x/"
    assert page_url(b"<html></html>", "file:///tmp/x.html") == "file:///tmp/x.html"


def test_unknown_site_gets_a_generic_publisher():
    reg = load_registry("sources.toml")
    reg2, pid = ensure_publisher(reg, "https://www.mofa.go.jp/a/b.html", None)
    assert pid == "mofa-go-jp"
    assert reg2.publisher(pid).adapter == "generic" and reg2.publisher(pid).country == "JPN"  # a .go.jp site
    reg3, other = ensure_publisher(reg, "https://news.example.org/x.html", None)
    assert reg3.publisher(other).country is None
    _, known = ensure_publisher(reg, "https://pm.gc.ca/en/node/1", None)
    assert known == "pmgcca"


def test_ingest_errors_name_the_path_and_stage(tmp_path):
    reg = load_registry("sources.toml")
    arc = RawArchive(tmp_path / "raw")
    with pytest.raises(AccordsError, match=r"\[ingest\] .*no such file"):
        ingest_files(reg, arc, tmp_path / "absent.html")
    (tmp_path / "empty").mkdir()
    with pytest.raises(AccordsError, match="no .html/.htm/.md/.txt files"):
        ingest_files(reg, arc, tmp_path / "empty")
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>x</p></body></html>")
    with pytest.raises(AccordsError, match="unknown publisher 'nope'"):
        ingest_files(reg, arc, page, publisher="nope")


def test_ingest_archives_each_page_under_its_url(tmp_path):
    reg = load_registry("sources.toml")
    arc = RawArchive(tmp_path / "raw")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(b'<html><head><link rel="canonical" href="https://www.beehive.govt.nz/s/a"></head></html>')
    (folder / "b.htm").write_bytes(b"<html><body>b</body></html>")
    reg2, items = ingest_files(reg, arc, folder)
    urls = [i.source.url for i in items]
    assert urls[0] == "https://www.beehive.govt.nz/s/a" and urls[1].startswith("file://")
    assert all(arc.get(i.entry.content_sha256) for i in items)
    assert items[0].source.publisher == "beehive-govt-nz" and items[0].source.doc_type == "auto"


def test_a_markdown_page_is_archived_under_its_front_matter_url(tmp_path):
    page = tmp_path / "statement.md"
    page.write_text("---\ntitle: Joint Statement\nsource_url: https://www.whitehouse.gov/briefings/x/\n---\n\nWe will meet.\n")
    (tmp_path / "notes.txt").write_text("Joint Readout\n\nThey agreed to meet.\n")
    reg = load_registry("sources.toml")
    _, items = ingest_files(reg, RawArchive(tmp_path / "raw"), tmp_path)
    assert sorted(i.source.url for i in items) == sorted(
        ["https://www.whitehouse.gov/briefings/x/", (tmp_path / "notes.txt").resolve().as_uri()])


@pytest.mark.parametrize("host, iso", [
    ("www.whitehouse.gov", "USA"), ("www.state.gov", "USA"), ("www.gov.uk", "GBR"), ("www.pm.gov.au", "AUS"),
    ("www.mofa.go.jp", "JPN"), ("eng.president.go.kr", "KOR"), ("www.mea.gov.in", "IND"),
    ("www.consilium.europa.eu", "EUU"), ("www.elysee.fr", "FRA"), ("www.diplomatie.gouv.fr", "FRA"),
    ("www.beehive.govt.nz", "NZL"), ("www.example.org", None), ("gov.example.com", None),
    # no entry of their own: a site word under a country's code domain
    ("www.presidence.ga", "GAB"), ("gouvernement.lu", "LUX"), ("www.vlada.cz", "CZE"), ("www.gob.cl", "CHL"),
    ("www.gov.kz", "KAZ"), ("www.primeminister.gov.gr", "GRC"), ("www.mfa.gov.eg", "EGY"),
    ("presidence.example.org", None), ("www.lemonde.fr", None), ("news.gov.example", None),
    # the country's code joined to "gov" under a generic domain
    ("govmu.org", "MUS"), ("www.govmu.org", "MUS"), ("www.govzz.org", None), ("www.government.org", None),
])
def test_the_government_a_site_speaks_for(host, iso):
    from extractors.sources import government_of

    assert government_of(host) == iso
