"""The static HTML report: built from the warehouse, then opened in real headless Chromium."""
from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest
from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).parent))
import sample_warehouse as sw  # noqa: E402

from warehouse.publish import publish  # noqa: E402
from warehouse.report import build_report  # noqa: E402
from warehouse.schema import apply_schema  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed here (CI installs it with .ci/install-browser)")
BROWSER_OWN = "not an origin"  # net-log initiator of Chromium's own background requests, not the page's


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("report")
    db = sw.build(root)
    later = sw.sample_batch(run_id="run-2", started=datetime(2023, 5, 25, 6, 0, tzinfo=timezone.utc), docs=[])
    later.rows["quality.validation_results"][1]["success"] = True
    publish(db, later)  # the latest run: nothing changed, every expectation passed
    return build_report(db, root / "out" / "report.html")


def chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
           "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}", *extra, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


def page_requests(net_log: Path) -> list[str]:
    """URLs the page itself asked for (Chromium's own service calls carry no origin)."""
    log = json.loads(net_log.read_text())
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    begins = [e["params"] for e in log["events"] if e["type"] == start and "url" in e.get("params", {})]
    return [p["url"] for p in begins if p.get("initiator") != BROWSER_OWN]


def test_report_is_one_self_contained_file(report):
    page = report.read_text(encoding="utf-8")
    assert report.name == "report.html" and not list(report.parent.glob("*.partial"))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<script|<link|<iframe|<img|@import|url\(", page, re.I)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert page.count("<svg") == 2


def test_report_describes_the_latest_run(report):
    page = report.read_text(encoding="utf-8")
    assert "Run run-2 finished 2023-05-25" in page and "all 2 expectations passed" in page
    assert "run-1" not in page


def test_report_on_an_empty_warehouse_says_so(tmp_path):
    db = tmp_path / "empty.duckdb"
    with duckdb.connect(str(db)) as con:
        apply_schema(con)
    page = build_report(db, tmp_path / "r.html").read_text(encoding="utf-8")
    for text in ("No pipeline run recorded", "No documents published.", "No data for “Commitments by theme”",
                 "No instrument mentioned."):
        assert text in page


def test_report_shows_a_failed_critical_expectation(tmp_path):
    db = tmp_path / "w.duckdb"
    batch = sw.sample_batch()
    batch.rows["quality.validation_results"][0]["success"] = False
    publish(db, batch)
    page = build_report(db, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "1 critical expectation(s) failed" in page and 'class="status fail"' in page


def test_report_escapes_text_from_documents(tmp_path):
    db = tmp_path / "w.duckdb"
    doc = dict(sw.DOCS[0], title="<script>alert(1)</script> & Co")
    publish(db, sw.sample_batch(docs=[doc]))
    page = build_report(db, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page


@needs_chromium
def test_chromium_renders_titles_tables_and_chart_bars(report, tmp_path):
    net_log = tmp_path / "net.json"
    dom = chromium(tmp_path, report.as_uri(), f"--log-net-log={net_log}", "--dump-dom").stdout
    tree = lxml_html.fromstring(dom)
    assert tree.findtext(".//title") == "accords — warehouse report"
    assert tree.get_element_by_id("report-title").text_content() == "accords — warehouse report"

    titles = [td.text_content() for td in tree.xpath('//table[@id="documents-table"]/tbody/tr/td[2]')]
    assert sorted(titles) == sorted(d["title"] for d in sw.DOCS)

    bars = {g.get("data-label"): (int(g.get("data-value")), float(g.find("rect").get("width")))
            for g in tree.xpath('//*[@id="chart-themes"]//*[local-name()="g"][@class="bar"]')}
    assert set(bars) == {"Defense", "International Affairs", "Environment", "Immigration", "Energy",
                         "Foreign Trade"}
    assert bars["Defense"][0] == 4 and bars["Energy"][0] == 1
    assert bars["Defense"][1] == pytest.approx(4 * bars["Energy"][1], abs=1)  # bar length ∝ count
    actors = [g.get("data-label") for g in tree.xpath('//*[@id="chart-actors"]//*[local-name()="g"]')]
    assert actors == ["CAN", "KOR", "AUS", "JPN"]  # most commitments first

    timeline = tree.xpath('//table[@id="timeline-table"]/tbody/tr')
    assert len(timeline) == 11 and "Youth Mobility Arrangement" in timeline[-1].text_content()
    assert "all 2 expectations passed" in tree.get_element_by_id("validation-status").text_content()
    assert page_requests(net_log) == []  # the page fetched nothing


@needs_chromium
def test_chromium_screenshot_has_the_page_size(report, tmp_path):
    shot = tmp_path / "report.png"
    chromium(tmp_path, report.as_uri(), f"--screenshot={shot}", "--window-size=1200,1600")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 1600)
    assert len(data) > 50_000  # tables and bars drawn, not a blank page


@needs_chromium
def test_net_log_check_catches_a_page_that_fetches(tmp_path):
    """Control for page_requests(): a page with an external image is caught."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><title>leaky</title><img src="http://127.0.0.1:9/pixel.png">')
    net_log = tmp_path / "net.json"
    chromium(tmp_path, page.as_uri(), f"--log-net-log={net_log}", "--dump-dom")
    assert page_requests(net_log) == ["http://127.0.0.1:9/pixel.png"]
