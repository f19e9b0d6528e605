from __future__ import annotations

import duckdb
import pytest

from warehouse.publish import Batch, PublishBlocked, WarehouseBusy, acquire_lock, changes_nothing, publish


def doc_batch(text: str = "We will act.", sha: str = "c1", run: str = "r1") -> Batch:
    doc = {"doc_id": "pmgcca-2023-05-17-x-en", "url": "https://www.pm.gc.ca/x", "publisher": "pmgcca",
           "doc_type": "joint_statement", "title": "X", "published_on": "2023-05-17", "location": "Seoul",
           "language": "en", "content_sha256": sha, "version": 1, "text_sha256": "t-" + text,
           "parties": ["CAN", "KOR"], "adapter": "pmgcca", "fetched_at": "2023-05-17T00:00:00+00:00"}
    return Batch(
        changed_doc_ids={doc["doc_id"]},
        rows={
            "core.documents": [doc],
            "core.paragraphs": [{"doc_id": doc["doc_id"], "paragraph_no": 1, "section_no": 0, "text": text,
                                 "is_list_item": False}],
            "meta.pipeline_runs": [{"run_id": run, "started_at": "2023-05-17T00:00:00+00:00",
                                    "mode": "test", "docs_seen": 1, "docs_changed": 1, "docs_failed": 0,
                                    "rows_published": 0, "status": "succeeded"}],
        },
        global_rows={"core.organizations": [{"org_id": "org_un", "name": "United Nations", "acronym": "UN"}]},
    )


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_publish_creates_the_warehouse_and_rerun_adds_nothing(tmp_path):
    db = tmp_path / "w.duckdb"
    first = publish(db, doc_batch())
    assert first.rows_published == 3  # document, paragraph, organisation
    second = publish(db, doc_batch(run="r2"))
    assert second.rows_published == 2  # the document's rows are rewritten identically; no global change
    assert rows(db, "select count(*) from core.paragraphs") == [(1,)]
    assert rows(db, "select count(*) from core.organizations") == [(1,)]
    assert rows(db, "select rows_published from meta.pipeline_runs order by rows_published") == [(2,), (3,)]
    assert (tmp_path / "w.duckdb.bak").exists()


def test_changed_document_replaces_its_rows(tmp_path):
    db = tmp_path / "w.duckdb"
    publish(db, doc_batch("We will act."))
    publish(db, doc_batch("We shall act.", sha="c2", run="r2"))
    assert rows(db, "select text from core.paragraphs") == [("We shall act.",)]


def test_blocked_gate_leaves_the_live_warehouse_unchanged(tmp_path):
    db = tmp_path / "w.duckdb"
    publish(db, doc_batch("Old text."))

    def gate(con):
        assert con.execute("select text from core.paragraphs").fetchall() == [("New text.",)]
        raise PublishBlocked("[validate] doc: core.paragraphs failed")

    with pytest.raises(PublishBlocked):
        publish(db, doc_batch("New text.", sha="c2", run="r2"), gate=gate)
    assert rows(db, "select text from core.paragraphs") == [("Old text.",)]
    assert not (tmp_path / "w.duckdb.next").exists()


def test_second_writer_gets_a_clear_busy_error(tmp_path):
    db = tmp_path / "w.duckdb"
    held = acquire_lock(db)
    try:
        with pytest.raises(WarehouseBusy, match="another accords run is publishing"):
            publish(db, doc_batch(), lock_wait=0.3)
    finally:
        held.close()
    assert not db.exists()


def _history_only(orgs: list[dict], run: str = "r2") -> Batch:
    """A re-run's batch: no changed document, the global tables recomputed whole."""
    return Batch(rows={"meta.pipeline_runs": doc_batch(run=run).rows["meta.pipeline_runs"]},
                 global_rows={"core.organizations": orgs})


def test_changes_nothing_only_when_every_table_would_stay_as_published(tmp_path):
    db = tmp_path / "w.duckdb"
    un = {"org_id": "org_un", "name": "United Nations", "acronym": "UN"}
    assert not changes_nothing(db, _history_only([un]))  # no warehouse yet
    publish(db, doc_batch())
    assert changes_nothing(db, _history_only([un]))
    assert not changes_nothing(db, _history_only([un, un]))  # a duplicated row is a change
    assert not changes_nothing(db, _history_only([{**un, "name": "UN"}]))
    assert not changes_nothing(db, _history_only([]))
    assert not changes_nothing(db, doc_batch())  # a changed document
    publish(db, _history_only([un]))  # history is still appended
    assert rows(db, "select count(*) from meta.pipeline_runs") == [(2,)]


def test_the_memory_limit_holds_while_the_new_state_is_loaded_and_gated(tmp_path):
    seen = []
    publish(tmp_path / "w.duckdb", doc_batch(), memory_limit="64MB",
            gate=lambda con: seen.append(con.execute("select current_setting('memory_limit')").fetchone()[0]))
    assert seen == ["61.0 MiB"]  # DuckDB reports 64 MB in MiB
    assert rows(tmp_path / "w.duckdb", "select count(*) from core.documents") == [(1,)]


@pytest.mark.parametrize("value", ["256MB", "1.5GiB", " 2 GB ", "500000"])
def test_memory_sizes_duckdb_accepts(value):
    from warehouse.settings import check_memory_limit

    assert check_memory_limit(value) == value.strip()


@pytest.mark.parametrize("value", ["lots", "256 MB; drop table x", "", "-1GB", 256])
def test_other_memory_limits_are_refused_before_duckdb_sees_them(value):
    from warehouse.settings import check_memory_limit

    with pytest.raises(ValueError, match="warehouse_memory_limit: not a memory size"):
        check_memory_limit(value)
