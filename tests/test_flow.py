"""End-to-end runs of the Prefect flow on the bundled snapshots (one harness per session)."""
from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from flows.config import PROJECT_ROOT

ANCHOR = ("https://www.pm.gc.ca/en/news/statements/2023/05/17/"
          "leaders-joint-statement-commemoration-60th-anniversary-diplomatic")


@pytest.fixture(scope="session")
def harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def first_run(harness, tmp_path_factory):
    from flows.pipeline import accords_flow

    db = tmp_path_factory.mktemp("run") / "accords.duckdb"
    summary = accords_flow(db=str(db))
    return db, summary


def q(db, sql, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_run_publishes_every_manifest_document(first_run):
    db, summary = first_run
    assert summary.status == "succeeded", summary.failures
    manifest = [e for e in json.loads((PROJECT_ROOT / "snapshots/manifest.json").read_text()) if e["kind"] == "document"]
    published = {r[0]: r[1:] for r in q(db, "select url, title, published_on::varchar, language from core.documents")}
    for entry in manifest:
        assert entry["url"] in published, entry["url"]
        title, day, lang = published[entry["url"]]
        assert (title, day, lang) == (entry["title"], entry["published_date"], entry["language"])
    assert summary.docs_changed == len(manifest) and summary.rows_published > 0


def test_anchor_document_row_and_body(first_run, gold_dir):
    db, _ = first_run
    gold = json.loads((gold_dir / "rok-canada-2023-05-17-en.sentences.json").read_text())
    row = q(db, "select doc_id, title, published_on::varchar, location, language from core.documents where url = ?",
            [ANCHOR])[0]
    assert row[1:] == (gold["document"]["title"], "2023-05-17", "Seoul", "en")
    paragraphs = [r[0] for r in q(db, "select text from core.paragraphs where doc_id = ? order by paragraph_no", [row[0]])]
    body = "\n".join(paragraphs)
    assert all(s["text"] in body for s in gold["sentences"])
    assert not any(p in gold["document"]["not_body"] for p in paragraphs)


def test_family_relations_commitments_and_validation(first_run):
    db, _ = first_run
    rel = q(db, """select f.language, t.language, l.relation from core.document_links l
                   join core.documents f on f.doc_id = l.from_doc_id join core.documents t on t.doc_id = l.to_doc_id
                   where t.url = ? and l.relation = 'translation_of'""", [ANCHOR])
    assert ("fr", "en", "translation_of") in rel
    aligned = q(db, """select a.paragraph_no, a.other_paragraph_no, a.score from core.paragraph_alignments a
                       join core.documents t on t.doc_id = a.other_doc_id
                       join core.documents f on f.doc_id = a.doc_id
                       where t.url = ? and f.language = 'fr' order by 1, 2""", [ANCHOR])
    # the French copy of the anchor holds its opening paragraphs, in order
    assert [(p, o) for p, o, _ in aligned][:3] == [(1, 1), (2, 2), (3, 3)]
    assert all(0.5 <= s <= 1 for _, _, s in aligned)
    assert q(db, "select count(*) from core.commitments c join core.documents d using (doc_id) where d.url = ?",
             [ANCHOR])[0][0] >= 39
    assert q(db, "select count(*) from quality.validation_results where not success and severity = 'critical'")[0][0] == 0
    assert q(db, "select status, docs_changed from meta.pipeline_runs")[0] == ("succeeded", 17)


def test_rerun_with_unchanged_input_changes_nothing(first_run):
    from flows.pipeline import accords_flow

    db, _ = first_run
    before = q(db, "select * from core.sentences order by all")
    alignments = q(db, "select * from core.paragraph_alignments order by all")
    versions = q(db, "select count(*) from core.document_versions")[0][0]
    again = accords_flow(db=str(db))
    assert again.status == "succeeded"
    assert again.docs_changed == 0 and again.rows_published == 0
    assert "skipped" in again.validation  # nothing to gate: the live tables passed when published
    assert q(db, "select * from core.sentences order by all") == before
    assert alignments and q(db, "select * from core.paragraph_alignments order by all") == alignments
    assert q(db, "select count(*) from core.document_versions")[0][0] == versions



def test_pages_published_under_other_rules_are_extracted_again(first_run, tmp_path):
    """Same bytes, other extraction rules (an upgrade, an edited vocabulary): every page is extracted
    again and its rows replaced; versions stay, as the pages did not change."""
    from flows.pipeline import accords_flow
    from transforms.rules import rules_sha256

    db = tmp_path / "accords.duckdb"
    shutil.copy(first_run[0], db)
    sentences = q(db, "select * from core.sentences order by all")
    versions = q(db, "select * from core.document_versions order by all")
    con = duckdb.connect(str(db))
    con.execute("update core.documents set rules_sha256 = 'older-rules' where url = ?", [ANCHOR])
    con.execute("update core.documents set rules_sha256 = null where url <> ?", [ANCHOR])  # made before the column
    con.close()
    again = accords_flow(db=str(db))
    assert again.status == "succeeded", again.failures
    assert again.docs_changed == again.docs_reextracted == 17 and again.docs_unchanged == 0
    assert "17 re-extracted: extraction rules changed" in again.text()
    assert q(db, "select distinct rules_sha256 from core.documents") == [(rules_sha256(),)]
    assert q(db, "select * from core.sentences order by all") == sentences
    assert q(db, "select * from core.document_versions order by all") == versions
    assert accords_flow(db=str(db)).docs_changed == 0  # and now they are current

def _copy_snapshots(tmp_path):
    snap = tmp_path / "snapshots"
    shutil.copytree(PROJECT_ROOT / "snapshots", snap)
    manifest = json.loads((snap / "manifest.json").read_text())
    return snap, manifest


def _edit_anchor(snap, manifest, edit, etag):
    entry = manifest[0]
    page = snap / entry["path"]
    page.write_text(edit(page.read_text(encoding="utf-8")), encoding="utf-8")
    entry["etag"] = etag
    (snap / "manifest.json").write_text(json.dumps(manifest))


def test_changed_page_is_a_new_version_and_whitespace_is_not(harness, tmp_path):
    from flows.pipeline import accords_flow

    snap, manifest = _copy_snapshots(tmp_path)
    db = tmp_path / "w" / "accords.duckdb"
    accords_flow(db=str(db), snapshots=str(snap))
    # white space only: new bytes, same text → no new version
    _edit_anchor(snap, manifest, lambda h: h.replace("met today in Seoul.", "met today   in\n Seoul."), '"ws"')
    s2 = accords_flow(db=str(db), snapshots=str(snap))
    assert s2.status == "succeeded"
    assert q(db, "select max(dv.version) from core.document_versions dv join core.documents d using (doc_id) "
                 "where d.url = ?", [ANCHOR])[0][0] == 1
    # a real edit → version 2, tables show the latest text, the archive keeps both
    _edit_anchor(snap, manifest, lambda h: h.replace("met today   in\n Seoul.", "met today in Seoul, Korea."), '"v2"')
    s3 = accords_flow(db=str(db), snapshots=str(snap))
    assert s3.docs_changed == 1
    rows = q(db, "select d.version, dv.version from core.documents d join core.document_versions dv using (doc_id) "
                 "where d.url = ? order by dv.version", [ANCHOR])
    assert rows == [(2, 1), (2, 2)]
    assert q(db, "select count(*) from core.sentences s join core.documents d using (doc_id) "
                 "where d.url = ? and s.text like '%Seoul, Korea.%'", [ANCHOR])[0][0] == 1
    archived = (tmp_path / "w" / "raw" / "index.jsonl").read_text().count(ANCHOR)
    assert archived == 3


def test_a_broken_page_fails_alone_and_the_rest_publishes(harness, tmp_path):
    from flows.pipeline import accords_flow

    snap, manifest = _copy_snapshots(tmp_path)
    _edit_anchor(snap, manifest, lambda h: "<html><body><nav>menu</nav></body></html>", '"broken"')
    db = tmp_path / "w" / "accords.duckdb"
    summary = accords_flow(db=str(db), snapshots=str(snap))
    assert summary.status == "partial" and summary.exit_code == 1
    assert any(f.startswith("[extract] " + ANCHOR) for f in summary.failures), summary.failures
    assert q(db, "select count(*) from core.documents")[0][0] == 16


def test_ingest_a_page_from_an_unseen_site(harness, tmp_path):
    from flows.pipeline import accords_flow

    page = tmp_path / "statement.html"
    page.write_text("""<html lang="en"><head><title>Joint Statement of the United States and Japan | The White House</title>
<link rel="canonical" href="https://www.whitehouse.gov/briefing-room/statements/2024/04/10/joint-statement/">
<meta property="article:published_time" content="2024-04-10T12:00:00-04:00"></head><body>
<header><nav><a href="/">Home</a></nav></header><main><article><h1>Joint Statement of the United States and Japan</h1>
<div class="entry-content"><p>President Joseph R. Biden, Jr. of the United States and Prime Minister Kishida Fumio of Japan
met today in Washington.</p><p>The United States and Japan will strengthen defense cooperation by 2027.
We welcomed the signing of the Reciprocal Access Agreement (RAA).</p></div></article></main>
<footer>Footer links</footer></body></html>""", encoding="utf-8")
    db = tmp_path / "w" / "accords.duckdb"
    summary = accords_flow(db=str(db), ingest=str(page))
    assert summary.status == "succeeded", summary.failures
    doc = q(db, "select doc_id, publisher, doc_type, language, published_on::varchar, parties from core.documents")
    assert doc[0][1:] == ("whitehouse-gov", "joint_statement", "en", "2024-04-10", ["JPN", "USA"])
    commitments = q(db, "select actors, target_years from core.commitments")
    assert (["JPN", "USA"], [2027]) in commitments


@pytest.mark.parametrize("runner", ["process", "dask"])
def test_batches_on_other_task_runners_give_the_same_tables(first_run, tmp_path, runner):
    """The task runner is configuration: batches spread over processes or a local Dask
    cluster publish exactly what the in-process run published."""
    from extractors.sources import load_registry
    from flows.pipeline import configured_flow

    sources = tmp_path / "sources.toml"
    text = (PROJECT_ROOT / "sources.toml").read_text(encoding="utf-8")
    sources.write_text(text.replace("batch_size = 250", "batch_size = 6"), encoding="utf-8")
    settings = load_registry(sources).settings
    assert settings.batch_size == 6
    flow = configured_flow(settings, runner)
    db = tmp_path / "w" / "accords.duckdb"
    summary = flow(db=str(db), sources=str(sources))
    assert summary.status == "succeeded", summary.failures
    reference, _ = first_run
    for table in ("core.documents", "core.sentences", "core.commitments", "core.instruments"):
        cols = "* exclude (fetched_at)" if table == "core.documents" else "*"
        assert q(db, f"select {cols} from {table} order by all") == q(reference, f"select {cols} from {table} order by all")


def test_cli_commands_on_the_published_warehouse(first_run, gold_dir, tmp_path, capsys):
    from flows.cli import main

    db, _ = first_run
    assert main(["sql", "select count(*) as n from core.documents", "--db", str(db), "--csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "17"]
    assert main(["sql", "select nonsense from nowhere", "--db", str(db)]) == 2
    assert "[sql]" in capsys.readouterr().err
    gold = [str(gold_dir / "rok-canada-2023-05-17-en.sentences.json"),
            str(gold_dir / "rok-canada-2023-05-17-en.instruments.json")]
    assert main(["eval", *gold, "--db", str(db), "--min-score", "0.95"]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "actor_accuracy" in out and "instrument_recall" in out
    assert "body_sentence_recall         1.000" in out and "location_exact               1.000" in out
    assert main(["eval", *gold, "--db", str(db), "--min-score", "1.01"]) == 1
    capsys.readouterr()
    assert main(["export", "--parquet", str(tmp_path / "pq"), "--db", str(db)]) == 0
    assert (tmp_path / "pq" / "core.commitments.parquet").exists()
    assert main(["report", "--db", str(db), "--out", str(tmp_path / "r.html")]) == 0
    assert "<svg" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert main(["sql", "select 1", "--db", str(tmp_path / "absent.duckdb")]) == 2
    assert "no warehouse" in capsys.readouterr().err
