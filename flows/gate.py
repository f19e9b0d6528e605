"""The validate step of the flow: the gate ``publish()`` calls on the new warehouse
state before swapping it in, and what a blocked run leaves in the live warehouse.

The gate runs the expectation suites, inserts their results (and, on a critical
failure, the quarantined rows) into the new state, reports counts and the Data Docs
index on the run summary, and raises PublishBlocked on any critical failure. Warnings
publish and are reported.
"""
from __future__ import annotations

import logging
from typing import Callable

import duckdb

import expectations
from flows.config import Paths
from flows.memory import release_freed_memory
from flows.summary import RunSummary
from warehouse.publish import Batch, PublishBlocked, PublishResult, changes_nothing, publish, write_batch

log = logging.getLogger("accords.gate")


def outcome_rows(outcome) -> dict[str, list[dict]]:
    """The append-table rows a validation outcome contributes."""
    return {"quality.validation_results": outcome.result_rows(), "quality.quarantine": outcome.quarantine_rows()}


def make_gate(paths: Paths, summary: RunSummary) -> Callable[[duckdb.DuckDBPyConnection], object]:
    def gate(con: duckdb.DuckDBPyConnection):
        try:
            outcome = expectations.run_gate_checks(con, summary.run_id, paths.data_docs)
        except Exception as exc:  # fail closed: data nobody could check is not published
            first_line = (str(exc).strip().splitlines() or [""])[0]
            raise PublishBlocked(f"[validate] {summary.run_id}: the gate could not run: "
                                 f"{type(exc).__name__}: {first_line}") from exc
        summary.validation = outcome.counts()
        summary.data_docs = str(outcome.data_docs) if outcome.data_docs else None
        summary.stage_seconds["validate"] = outcome.seconds
        write_batch(con, Batch(rows=outcome_rows(outcome)))
        for line in outcome.failure_lines():
            log.warning(line)
        if not outcome.success:
            raise PublishBlocked(outcome.reason(), outcome)
        return outcome

    return gate


def validate_and_publish(paths: Paths, batch: Batch, summary: RunSummary,
                         memory_limit: str | None = None) -> PublishResult:
    """Publish behind the gate; when no table would change, only the run's history is
    appended (the live tables passed the gate when they were published). ``memory_limit``
    caps DuckDB while the new state is loaded and validated."""
    if changes_nothing(paths.db, batch):
        summary.validation = {"skipped": "no table changes since the last validated publish"}
        batch.global_rows = {}  # equal to the published tables: nothing to rewrite
        return publish(paths.db, batch)
    gate = make_gate(paths, summary)

    def release_then_gate(con: duckdb.DuckDBPyConnection):
        release_written(batch)
        return gate(con)

    return publish(paths.db, batch, gate=release_then_gate, memory_limit=memory_limit)


def release_written(batch: Batch) -> None:
    """Once the batch is written into the new warehouse state, the gate reads the tables
    from there: drop the rows held in memory before it runs, keeping only the fetch
    attempts, which a blocked run still appends to the live warehouse."""
    fetches = batch.rows.get("raw.fetches")
    batch.rows.clear()
    batch.global_rows.clear()
    if fetches is not None:
        batch.rows["raw.fetches"] = fetches
    release_freed_memory()


def record_blocked_run(paths: Paths, summary: RunSummary, blocked: PublishBlocked,
                       fetches: list[dict] | None = None) -> None:
    """Append the blocked run's fetch attempts, validation results, quarantine rows and
    run row to the LIVE warehouse; its per-document and global tables stay as they were."""
    rows: dict[str, list[dict]] = {"meta.pipeline_runs": [summary.run_row()], "raw.fetches": fetches or []}
    if blocked.outcome is not None:
        rows.update(outcome_rows(blocked.outcome))
    publish(paths.db, Batch(rows=rows))
