"""Data Docs are built offline: every page loads only files of the site itself."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import duckdb
import pytest

from expectations.data_docs import external_references, load_asset_map, make_offline, rewrite_html
from expectations.suite_files import load_suites
from warehouse.publish import publish

try:
    from tests.gate_samples import batch
except ImportError:  # tests/ on sys.path instead of the repository root
    from gate_samples import batch

_LOCAL_REF = re.compile(r"""(?:src|href)\s*=\s*"([^"#?]+)""")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    from expectations.runner import run_suites

    root = tmp_path_factory.mktemp("docs")
    publish(root / "accords.duckdb", batch())
    con = duckdb.connect(str(root / "accords.duckdb"), read_only=True)
    try:
        outcome = run_suites(con, "docs-run", root / "data_docs")
    finally:
        con.close()
    assert outcome.data_docs == root / "data_docs" / "index.html"
    return root / "data_docs"


def test_index_and_pages_exist(site):
    assert (site / "index.html").is_file()
    pages = list(site.rglob("*.html"))
    assert any("validations" in p.parts for p in pages) and any("expectations" in p.parts for p in pages)
    assert "core.commitments" in (site / "index.html").read_text(encoding="utf-8")


def test_no_page_references_anything_outside_the_site(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 1 + 2 * len(load_suites())  # index + a suite page and a validation page per table
    offenders = {str(p.relative_to(site)): refs for p in pages if (refs := external_references(p.read_text("utf-8")))}
    assert offenders == {}
    for sheet in (site / "static" / "styles").glob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", sheet.read_text("utf-8")), sheet.name


def test_every_local_asset_a_page_loads_exists(site):
    missing = set()
    for page in site.rglob("*.html"):
        text = page.read_text("utf-8")
        for ref in _LOCAL_REF.findall(text):
            if ref.startswith(("javascript:", "data:", "mailto:")) or not ref.strip():
                continue
            if not (page.parent / unquote(ref)).resolve().exists():
                missing.add(ref)
    assert missing == set()
    index = (site / "index.html").read_text("utf-8")
    for file in load_asset_map().files.values():
        assert (site / "static" / "vendor" / file).is_file(), file
    assert "static/vendor/jquery/jquery.min.js" in index and "integrity=" not in index


def test_rewrite_points_cdn_files_at_vendored_copies_and_unlinks_the_rest(tmp_path):
    amap = load_asset_map()
    (tmp_path / "static" / "images").mkdir(parents=True)
    (tmp_path / "static" / "images" / "logo-long.png").write_bytes(b"png")
    page = (
        '<html><head><link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>'
        '<script src="https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js" '
        'integrity="sha384-x" crossorigin="anonymous"></script>'
        '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>'
        "<style>.logo { background: url('https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
        "full_logo_dark.png') }</style></head><body>"
        '<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=1&amp;id=ctx">'
        '<a href="https://greatexpectations.io/newsletter?utm_source=datadocs&amp;x=1">Subscribe</a>'
        '<a href="../index.html">Home</a><script>if (a<b && c>d) { go("https://example.org"); }</script>'
        "</body></html>")
    out = rewrite_html(page, "../", tmp_path, amap)
    assert external_references(out) == []
    assert 'href="../static/vendor/bootstrap/css/bootstrap.min.css"' in out
    assert '<script src="../static/vendor/bootstrap/js/bootstrap.min.js"></script>' in out
    assert "<script></script>" in out  # vega dropped
    assert 'src="../static/images/logo-long.png"' in out and "url('../static/images/logo-long.png')" in out
    assert "<a>Subscribe</a>" in out and '<a href="../index.html">Home</a>' in out
    assert 'go("https://example.org")' in out  # script text is not markup: left as written


@pytest.mark.parametrize("snippet", [
    '<script src="//cdn.example.org/x.js"></script>',
    '<img srcset="a.png 1x, https://cdn.example.org/b.png 2x">',
    '<div style="background: url(https://cdn.example.org/y.png)"></div>',
    '<style>@import "https://fonts.example.org/f.css";</style>',
    '<form action="https://example.org/subscribe"></form>',
])
def test_external_reference_checker_sees_every_kind_of_reference(snippet):
    assert len(external_references(snippet)) == 1


def test_make_offline_is_idempotent(site, tmp_path):
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    before = {p: p.read_bytes() for p in copy.rglob("*.html")}
    make_offline(copy)
    assert {p: p.read_bytes() for p in copy.rglob("*.html")} == before


def test_a_rebuild_replaces_the_previous_site(tmp_path):
    from expectations.runner import run_suites

    suites = [s for s in load_suites() if s.table == "core.organizations"]
    con = duckdb.connect()
    con.execute("create schema core")
    con.execute("create table core.organizations (org_id varchar, name varchar, acronym varchar)")
    con.execute("insert into core.organizations values ('org_g7', 'Group of Seven', 'G7')")
    run_suites(con, "first-build", tmp_path / "data_docs", suites)
    run_suites(con, "second-build", tmp_path / "data_docs", suites)
    runs = {p.name for p in (tmp_path / "data_docs" / "validations" / "core" / "organizations").iterdir()}
    assert runs == {"second-build"}
    assert not any(p.name.startswith(".data_docs") for p in tmp_path.iterdir())  # no staging left behind
