"""The gate inside publish(): good data publishes with its validation results; each
corrupt input is blocked, leaves the live warehouse as it was, and is quarantined
there by record_blocked_run with a one-line reason; a warning-only failure publishes."""
from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest

from flows.config import default_paths
from flows.gate import make_gate, record_blocked_run
from flows.summary import RunSummary
from warehouse.publish import PublishBlocked, publish

try:
    from tests.gate_samples import JP_US, KR_CA, RELEASE, batch, good_rows, snapshot
except ImportError:  # tests/ on sys.path instead of the repository root
    from gate_samples import JP_US, KR_CA, RELEASE, batch, good_rows, snapshot

GHOST = "pm-2023-05-18-statement-nobody-published-en"


def _summary(db: Path, run_id: str) -> RunSummary:
    return RunSummary(run_id=run_id, mode="snapshots", db_path=str(db),
                      started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def _query(db: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> tuple:
    """A live warehouse holding the good rows, published through the gate (run-1)."""
    paths = default_paths(db=tmp_path_factory.mktemp("first") / "accords.duckdb")
    summary = _summary(paths.db, "run-1")
    result = publish(paths.db, batch(), gate=make_gate(paths, summary))
    return paths, summary, result


@pytest.fixture
def live(first_run, tmp_path) -> tuple:
    """A private copy of the first run's warehouse for a test to publish on."""
    paths, summary, result = first_run
    shutil.copyfile(paths.db, tmp_path / "accords.duckdb")
    return default_paths(db=tmp_path / "accords.duckdb"), summary, result


def test_good_data_publishes_with_its_validation_results(first_run):
    paths, summary, result = first_run
    assert result.gate_outcome.success
    assert summary.validation == {"passed": len(result.gate_outcome.results), "failed": 0, "warnings": 0}
    assert summary.data_docs == str(paths.data_docs / "index.html") and Path(summary.data_docs).is_file()
    rows = _query(paths.db, "select suite, severity, success from quality.validation_results where run_id = 'run-1'")
    assert len(rows) == len(result.gate_outcome.results) and all(success for _, _, success in rows)
    assert {severity for _, severity, _ in rows} == {"critical", "warning"}
    assert _query(paths.db, "select count(*) from quality.quarantine") == [(0,)]
    assert _query(paths.db, "select count(*) from core.documents") == [(3,)]


def _unknown_actor(rows, _):
    rows["core.commitments"][0]["actors"] = ["CAN", "XKR"]


def _empty_body(rows, _):
    for table in ("core.paragraphs", "core.sentences"):
        rows[table] = [r for r in rows[table] if r["doc_id"] != RELEASE]


def _missing_document(rows, _):
    rows["core.commitments"].append({
        "commitment_id": "cmt_ghost", "doc_id": GHOST, "paragraph_no": 1, "sentence_no": 1,
        "text": "We will meet again.", "actors": ["CAN"], "verb": "will", "strength": "firm", "themes": [19],
        "target_years": []})


def _duplicated_commitment(rows, _):
    twin = dict(rows["core.commitments"][1], commitment_id="cmt_jp_us_1_1_twin")
    rows["core.commitments"].append(twin)  # a second commitment on the same sentence


CASES = {
    "unknown actor code": (_unknown_actor, [KR_CA], "core.commitments",
                           "expect_column_list_items_to_be_in_set(actors)", 1),
    "empty body": (_empty_body, [RELEASE], "core.documents",
                   "expect_column_values_to_be_between(paragraph_count)", 1),
    "commitment of a missing document": (_missing_document, [GHOST], "core.commitments",
                                         "expect_column_values_to_be_in_set(doc_exists)", 1),
    "duplicated id": (_duplicated_commitment, [JP_US], "core.commitments",
                      "expect_compound_columns_to_be_unique(doc_id,paragraph_no,sentence_no)", 2),
}


@pytest.mark.parametrize("case", list(CASES))
def test_corrupt_input_is_blocked_and_quarantined(live, case):
    paths, _, _ = live
    edit, docs, table, expectation, n_rows = CASES[case]
    rows, global_rows = good_rows()
    edit(rows, global_rows)
    before = snapshot(paths.db)
    summary = _summary(paths.db, "run-2")

    with pytest.raises(PublishBlocked) as blocked:
        publish(paths.db, batch(rows, global_rows, first=False), gate=make_gate(paths, summary))

    reason = str(blocked.value)
    assert "\n" not in reason and reason.startswith("[validate] ")
    assert all(doc in reason for doc in docs) and table in reason and expectation in reason
    assert f"{n_rows} row(s) quarantined" in reason
    assert snapshot(paths.db) == before  # the live warehouse is unchanged
    assert summary.validation["failed"] >= 1

    summary.status = "blocked"
    summary.failures.append(reason)
    record_blocked_run(paths, summary, blocked.value)

    assert snapshot(paths.db) == before  # still: only quality and meta rows were appended
    quarantined = _query(paths.db, "select doc_id, reason, row_json from quality.quarantine "
                                   "where run_id = 'run-2' and table_name = ? and expectation = ?",
                         [table, expectation])
    assert len(quarantined) == n_rows
    assert {doc for doc, _, _ in quarantined} == set(docs)
    assert all(r.startswith(expectation + " failed") and js and docs[0] in js for _, r, js in quarantined)
    assert _query(paths.db, "select status, rows_published from meta.pipeline_runs where run_id = 'run-2'") == [
        ("blocked", 0)]
    failed = _query(paths.db, "select count(*) from quality.validation_results "
                              "where run_id = 'run-2' and not success and severity = 'critical'")
    assert failed[0][0] == summary.validation["failed"]


def test_duplicated_commitment_id_reaches_the_gate_and_is_quarantined(live):
    """Keys are expectations, not constraints: a duplicated commitment_id is written to the
    new state, refused by the gate, and the live warehouse keeps its tables."""
    paths, _, _ = live
    rows, global_rows = good_rows()
    rows["core.commitments"].append(dict(rows["core.commitments"][0]))
    before = snapshot(paths.db)
    with pytest.raises(PublishBlocked) as blocked:
        publish(paths.db, batch(rows, global_rows, first=False), gate=make_gate(paths, _summary(paths.db, "run-3")))
    assert "expect_column_values_to_be_unique(commitment_id)" in str(blocked.value)
    assert KR_CA in str(blocked.value)
    assert snapshot(paths.db) == before


def test_warning_only_failure_publishes_and_is_reported(live):
    paths, _, _ = live
    rows, global_rows = good_rows()
    rows["core.commitments"][0]["target_years"] = [2019]  # before the 2023 statement: suspicious, not broken
    summary = _summary(paths.db, "run-4")

    result = publish(paths.db, batch(rows, global_rows, first=False), gate=make_gate(paths, summary))

    assert result.gate_outcome.success and summary.validation["warnings"] == 1 and summary.validation["failed"] == 0
    assert _query(paths.db, "select target_years from core.commitments where doc_id = ?", [KR_CA]) == [([2019],)]
    warned = _query(paths.db, "select suite, expectation from quality.validation_results "
                              "where run_id = 'run-4' and not success")
    assert warned == [("core.commitments",
                       "expect_column_pair_values_a_to_be_greater_than_b(earliest_target_year,doc_year)")]
    assert _query(paths.db, "select count(*) from quality.quarantine where run_id = 'run-4'") == [(0,)]
    assert any(line.startswith("[validate] warning " + KR_CA) for line in result.gate_outcome.failure_lines())


def test_validate_warehouse_reads_the_live_file_only(live):
    from expectations import validate_warehouse

    paths, _, _ = live
    before = snapshot(paths.db, ("core", "quality", "meta"))
    outcome = validate_warehouse(paths.db, paths.data_docs)
    assert outcome.success and outcome.failed == 0 and outcome.passed == len(outcome.results)
    assert outcome.text().splitlines()[0].startswith(f"accords validate {outcome.run_id}: {outcome.passed} passed")
    assert snapshot(paths.db, ("core", "quality", "meta")) == before
    assert outcome.data_docs == paths.data_docs / "index.html" and outcome.data_docs.is_file()


def test_validate_warehouse_lists_failures_of_a_corrupt_live_file(tmp_path):
    rows, global_rows = good_rows()
    _unknown_actor(rows, global_rows)
    db = tmp_path / "accords.duckdb"
    publish(db, batch(rows, global_rows))  # published without a gate
    from expectations import validate_warehouse

    outcome = validate_warehouse(db)
    assert not outcome.success and outcome.failed == 1
    assert outcome.failure_lines() == [
        f"[validate] {KR_CA}: core.commitments expect_column_list_items_to_be_in_set(actors) failed: "
        "1 row(s) quarantined"]


def test_a_gate_that_cannot_run_blocks_publishing(live, monkeypatch):
    import expectations

    def broken(*_args, **_kwargs):
        raise RuntimeError("suite file core.commitments.toml: no [[expect]] entries\nsecond line")

    monkeypatch.setattr(expectations, "run_gate_checks", broken)
    paths, _, _ = live
    before = snapshot(paths.db)
    summary = _summary(paths.db, "run-5")
    with pytest.raises(PublishBlocked) as blocked:
        publish(paths.db, batch(first=False), gate=make_gate(paths, summary))
    assert str(blocked.value) == ("[validate] run-5: the gate could not run: RuntimeError: "
                                  "suite file core.commitments.toml: no [[expect]] entries")
    assert blocked.value.outcome is None
    summary.status = "blocked"
    record_blocked_run(paths, summary, blocked.value)
    assert snapshot(paths.db) == before
    assert _query(paths.db, "select status from meta.pipeline_runs where run_id = 'run-5'") == [("blocked",)]


def test_validate_and_publish_frees_the_written_rows_before_the_gate_and_keeps_the_fetches(live):
    from flows.gate import validate_and_publish

    paths, _, _ = live
    rows, global_rows = good_rows()
    rows["core.documents"] = [dict(r, title=r["title"] + " (revised)") for r in rows["core.documents"]]
    new = batch(rows, global_rows, first=False)
    fetches = [{"run_id": "run-3", "url": "https://pm.gc.ca/x", "status": 200, "fetched_at": "2026-11-29T00:00:00Z"}]
    new.rows["raw.fetches"] = fetches
    summary = _summary(paths.db, "run-3")
    result = validate_and_publish(paths, new, summary)
    assert result.rows_published > 0 and summary.validation["failed"] == 0
    assert new.rows == {"raw.fetches": fetches} and new.global_rows == {}
    assert _query(paths.db, "select count(*) from raw.fetches where run_id = 'run-3'") == [(1,)]
