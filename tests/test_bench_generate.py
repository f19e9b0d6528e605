"""The benchmark's corpus generator, mutation, registry writer and report maths.
Fast and untimed: no assertion here depends on how quickly anything runs."""
from __future__ import annotations

import json
import os
import sys
import tomllib
from datetime import date
from pathlib import Path

import psutil
import pytest
import requests

from bench.baselines import AccordsExtractTransform, html_text, load_pages, lxml_floor, timed_pass
from bench.generate import generate, is_cached, load_family, mutate, page_path, vary_url
from bench.measure import printed_stage_seconds, run_and_poll, tree_rss
from bench.report import evaluate_targets, linear_pair, markdown, stage_rates, stage_seconds
from bench.tomlout import registry_toml, toml_value
from extractors.adapters import parse_page
from extractors.snapshot_transport import SnapshotTransport
from extractors.sources import load_registry
from transforms.ids import doc_id

REPO = Path(__file__).resolve().parents[1]
N = 40


@pytest.fixture(scope="module")
def family():
    return load_family()


@pytest.fixture(scope="module")
def corpus(family, tmp_path_factory) -> Path:
    return generate(N, tmp_path_factory.mktemp("bench") / "corpus", seed=0, family=family)


def _manifest(root: Path) -> list[dict]:
    return json.loads((root / "snapshots" / "manifest.json").read_text(encoding="utf-8"))


def _parse(root: Path, registry, entry: dict):
    body = (root / "snapshots" / entry["path"]).read_bytes()
    return parse_page(body, entry["url"], entry["content_type"], adapter=registry.publisher(entry["publisher"]).adapter)


def test_sources_have_the_project_publishers_and_settings_and_only_the_synthetic_documents(corpus):
    project = load_registry(REPO / "sources.toml")
    registry = load_registry(corpus / "sources.toml")
    assert registry.publishers == project.publishers
    assert registry.settings == project.settings
    assert registry.listings == ()
    assert [d.url for d in registry.documents] == [e["url"] for e in _manifest(corpus)]
    assert len(registry.documents) == N


def test_every_page_parses_with_its_site_adapter_as_the_manifest_says(corpus):
    registry = load_registry(corpus / "sources.toml")
    manifest = _manifest(corpus)
    ids, adapters, languages = set(), set(), set()
    for entry in manifest:
        parsed = _parse(corpus, registry, entry)
        assert parsed.title == entry["title"]
        assert parsed.published_on == date.fromisoformat(entry["published_date"])
        assert date(2019, 1, 1) <= parsed.published_on <= date(2025, 12, 31)
        assert len(parsed.paragraphs) >= 3
        if parsed.adapter != "mofa":  # MOFA renders section headings as bold paragraphs
            assert len(parsed.paragraphs) <= 60
        ids.add(doc_id(entry["publisher"], parsed.published_on, parsed.title, parsed.language, entry["url"]))
        adapters.add(parsed.adapter)
        languages.add(parsed.language)
    assert len(ids) == len(manifest)  # distinct titles give distinct doc_ids
    assert adapters == {"pmgcca", "canadaca", "mofa"}
    assert {"en", "fr"} <= languages
    assert len({e["url"] for e in manifest}) == len({e["path"] for e in manifest}) == N


def test_links_the_flow_would_follow_point_inside_the_corpus(corpus):
    registry = load_registry(corpus / "sources.toml")
    urls = {e["url"] for e in _manifest(corpus)}
    entry = next(e for e in _manifest(corpus) if e["publisher"] == "pmgcca")
    toggles = [link.href for link in _parse(corpus, registry, entry).links if link.text in ("Français", "English")]
    assert toggles and all(href in urls for href in toggles)


def test_generation_is_deterministic_and_a_smaller_corpus_is_a_prefix(family, corpus, tmp_path):
    small = generate(5, tmp_path / "small", seed=0, family=family)
    big_manifest, small_manifest = _manifest(corpus), _manifest(small)
    for a, b in zip(small_manifest[:4], big_manifest[:4]):  # the last page links to page 0
        assert a == b
        assert (small / "snapshots" / a["path"]).read_bytes() == (corpus / "snapshots" / b["path"]).read_bytes()
    other = generate(5, tmp_path / "other", seed=1, family=family)
    assert [e["url"] for e in _manifest(other)] != [e["url"] for e in small_manifest]
    assert is_cached(small, 5, 0) and not is_cached(small, 5, 1) and not is_cached(small, 6, 0)


@pytest.mark.parametrize("url, expected", [
    ("https://www.pm.gc.ca/en/news/statements/2023/05/17/leaders-joint-statement",
     "https://www.pm.gc.ca/en/news/statements/2020/02/03/leaders-joint-statement-b00007"),
    ("https://pm.gc.ca/fr/node/46120", "https://pm.gc.ca/fr/node/900007"),
    ("https://www.canada.ca/en/global-affairs/news/2023/04/minister-joly.html",
     "https://www.canada.ca/en/global-affairs/news/2020/02/minister-joly-b00007.html"),
    ("https://www.mofa.go.kr/minister/brd/m_20033/view.do?seq=302709",
     "https://www.mofa.go.kr/minister/brd/m_20033/view.do?seq=900007"),
])
def test_urls_keep_host_and_pattern(url, expected):
    assert vary_url(url, date(2020, 2, 3), "B00007", 7) == expected


def test_page_paths_encode_the_query():
    assert page_path("https://www.mofa.go.kr/minister/brd/m_20033/view.do?seq=900007") == \
        "pages/www.mofa.go.kr/minister/brd/m_20033/view.do__seq-900007.html"


def test_mutate_changes_text_and_etag_of_the_fraction_only(family, tmp_path):
    root = generate(12, tmp_path / "c", seed=0, family=family)
    before = _manifest(root)
    bodies = {e["url"]: (root / "snapshots" / e["path"]).read_bytes() for e in before}
    changed = mutate(root, 0.25, seed=0, family=family)
    after = _manifest(root)
    assert len(changed) == 3
    registry = load_registry(root / "sources.toml")
    for old, new in zip(before, after):
        body = (root / "snapshots" / new["path"]).read_bytes()
        if new["url"] in changed:
            assert body != bodies[new["url"]] and new["etag"] != old["etag"]
            old_paras = len(parse_page(bodies[new["url"]], new["url"], new["content_type"],
                                       adapter=registry.publisher(new["publisher"]).adapter).paragraphs)
            assert len(_parse(root, registry, new).paragraphs) == old_paras + 1
        else:
            assert body == bodies[new["url"]] and new == old
    assert not is_cached(root, 12, 0)
    session = requests.Session()
    session.mount("https://", SnapshotTransport(root / "snapshots"))
    statuses = {e["url"]: session.get(e["url"], headers={"If-None-Match": e["etag"]}).status_code for e in before}
    assert {u for u, s in statuses.items() if s == 200} == set(changed)
    assert {s for u, s in statuses.items() if u not in changed} == {304}


def test_registry_toml_round_trips():
    registry = {"settings": {"retries": 3, "interval": 1.5, "on": True, "keywords": ["Corée", 'a "b"']},
                "publishers": [{"id": "x", "domains": ["x.org"]}], "listings": [{"url": "https://x.org/l"}]}
    docs = [{"url": "https://x.org/1", "publisher": "x"}]
    back = tomllib.loads(registry_toml(registry, docs))
    assert back == {"settings": registry["settings"], "publishers": registry["publishers"], "documents": docs}
    with pytest.raises(TypeError):
        toml_value(object())


def test_stage_maths_split_publish_from_validate():
    raw = {"fetch": 2.0, "extract_transform": 40.0, "derive": 4.0, "validate": 6.0, "validate_publish": 10.0}
    assert stage_seconds(raw)["publish"] == 4.0
    rates = stage_rates(raw, docs=200, wall=70.0)
    assert rates["stages"]["extract_transform"] == {"seconds": 40.0, "docs_per_s": 5.0}
    assert rates["stages"]["publish"]["docs_per_s"] == 50.0
    assert rates["overhead_seconds"] == 14.0  # 70 − (2 + 40 + 4 + 10)
    assert rates["docs_per_s"] == round(200 / 70, 2)


def _size(n: int, wall: float, peak: int, ratio: float | None = None) -> dict:
    cold = {"wall_seconds": wall, "peak_rss_bytes": peak, "returncode": 0, "run_row": {"status": "succeeded"},
            "stage_seconds": {"extract_transform": wall / 2}}
    base = None if ratio is None else {
        "lxml": {"pages_per_s": 1000.0}, "trafilatura": {"pages_per_s": 100.0},
        "accords": {"pages": n, "pages_per_s": 100.0 * ratio, "extract_seconds": 1.0, "transform_seconds": 2.0},
        "ratios": {"accords_over_trafilatura": ratio, "accords_over_lxml": ratio / 10}}
    return {"n": n, "cold": cold, "rates": stage_rates(cold["stage_seconds"], n, wall), "baselines": base}


def test_targets_pass_and_fail_on_the_largest_size():
    results = {"machine": {"cpu": "x", "logical_cores": 2, "ram_bytes": 8 * 10**9, "os": "os", "python": "3.11",
                           "packages": {"duckdb": "2"}},
               "sizes": [_size(1000, 100.0, 5 * 10**8), _size(10000, 1300.0, 9 * 10**8, ratio=2.5)],
               "reruns": {"n": 10000, "changed_pages": 100, "ratios": {"no_change": 0.05, "changed": 0.2},
                          "runs": {"no_change": {"wall_seconds": 65.0, "peak_rss_bytes": 11 * 10**8, "run_row": {},
                                                 "stage_seconds": {}},
                                   "changed": {"wall_seconds": 260.0, "peak_rss_bytes": 10**8, "run_row": {},
                                               "stage_seconds": {}}}}}
    verdicts = {t["name"]: t["passed"] for t in evaluate_targets(results)}
    assert verdicts == {"throughput": True, "peak memory": False, "no-change re-run": True, "linear cost": False}
    results["targets"] = evaluate_targets(results)
    text = markdown(results)
    assert "| 10,000 | 1,300.0 |" in text
    assert "- FAIL linear cost: 13.0 (target ≤ 12×" in text and "- PASS throughput: 2.5" in text


def test_linear_pair_prefers_1000_and_10000_else_the_two_largest():
    sizes = [{"n": 100}, {"n": 1000}, {"n": 10000}]
    assert [s["n"] for s in linear_pair(sizes)] == [1000, 10000]
    assert [s["n"] for s in linear_pair(sizes[:2])] == [100, 1000]
    assert linear_pair(sizes[:1]) is None


def test_printed_stage_seconds_reads_the_cli_tally(tmp_path):
    log = tmp_path / "run.log"
    log.write_text("accords run x: succeeded\n  seconds: fetch=0.27, extract_transform=19.49, "
                   "validate=7.63, validate_publish=11.10\n", encoding="utf-8")
    assert printed_stage_seconds(log) == {"fetch": 0.27, "extract_transform": 19.49, "validate": 7.63,
                                          "validate_publish": 11.1}
    assert printed_stage_seconds(tmp_path / "missing.log") == {}


def test_tree_rss_counts_this_process():
    assert tree_rss(psutil.Process(os.getpid())) >= psutil.Process(os.getpid()).memory_info().rss


def test_run_and_poll_reports_exit_code_memory_and_output(tmp_path):
    log = tmp_path / "out.log"
    cmd = [sys.executable, "-c", "import time; print('hello'); time.sleep(0.5)"]
    wall, peak, code, at_peak = run_and_poll(cmd, dict(os.environ), tmp_path, log)
    assert code == 0 and wall > 0
    assert peak > 0 and set(at_peak) == {"pipeline"} and at_peak["pipeline"] == peak
    assert log.read_text(encoding="utf-8").strip() == "hello"


def test_baselines_extract_text_from_the_same_pages(corpus):
    pages = load_pages(corpus / "snapshots")[:3]
    assert all(lxml_floor(p) > 0 for p in pages)
    mofa = next(p for p in load_pages(corpus / "snapshots") if p.publisher == "mofa-kr")
    assert "외교부" in html_text(mofa)  # declared EUC-KR decoded
    accords = AccordsExtractTransform(load_registry(corpus / "sources.toml"))
    assert all(accords(p) > 0 for p in pages)
    result = timed_pass(lambda p: 1 // 0 if p is pages[1] else 1, pages)
    assert result["pages"] == 3 and result["failures"] == 1
