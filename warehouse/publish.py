"""Atomic publishing.

A run never writes the live file. It copies the last good warehouse to a
temporary file, writes the batch there in one transaction, lets the gate
(validation) look at the complete new state, checkpoints, and only then swaps
the new file in with ``os.replace``. Readers holding the old file keep reading
it; a crash at any step leaves the last good warehouse in place. One writer at
a time: a second run waits for the lock, then gives up with a clear message.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import duckdb

from warehouse.load import insert_rows
from warehouse.schema import apply_schema
from warehouse.settings import check_memory_limit
from warehouse.tables import APPEND_TABLES, GLOBAL_TABLES, PER_DOC_TABLES

STEPS = ("locked", "copied", "written", "gated", "checkpointed", "backed_up", "swapped")


class WarehouseBusy(RuntimeError):
    pass


class PublishBlocked(RuntimeError):
    """The gate refused the new state; the live warehouse is unchanged."""

    def __init__(self, reason: str, outcome: object = None):
        super().__init__(reason)
        self.outcome = outcome


@dataclass
class Batch:
    """Everything one run wants to publish."""

    changed_doc_ids: set[str] = field(default_factory=set)
    rows: dict[str, list[dict]] = field(default_factory=dict)  # per-doc and append tables
    global_rows: dict[str, list[dict]] = field(default_factory=dict)  # full contents of global tables


@dataclass
class PublishResult:
    rows_published: int
    tables_changed: list[str]
    gate_outcome: object = None


def _replace_global(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    """Replace a global table whole; returns how many distinct rows are new (0 when unchanged)."""
    con.execute(f"create temp table _prev as select * from {table}")
    con.execute(f"delete from {table}")
    insert_rows(con, table, rows)
    new = con.execute(f"select count(*) from (select * from {table} except select * from _prev)").fetchone()[0]
    con.execute("drop table _prev")
    return new


def write_batch(con: duckdb.DuckDBPyConnection, batch: Batch) -> PublishResult:
    """Write a batch inside the caller's transaction; counts rows that are new."""
    published = 0
    changed: list[str] = []
    misplaced = set(batch.rows) - set(PER_DOC_TABLES) - set(APPEND_TABLES)
    if misplaced:
        raise ValueError(f"[publish] rows for {sorted(misplaced)} belong in Batch.global_rows (written whole)")
    ids = sorted(batch.changed_doc_ids)
    for table, key in PER_DOC_TABLES.items():
        if ids:
            con.execute(f"delete from {table} where {key} in (select unnest(?::varchar[]))", [ids])
        n = insert_rows(con, table, batch.rows.get(table, []))
        if n:
            published += n
            changed.append(table)
    for table in GLOBAL_TABLES:
        if table in batch.global_rows:
            n = _replace_global(con, table, batch.global_rows[table])
            if n:
                published += n
                changed.append(table)
    for row in batch.rows.get("meta.pipeline_runs", []):
        row["rows_published"] = published  # the run row records what this batch published
    for table in APPEND_TABLES:
        insert_rows(con, table, batch.rows.get(table, []))
    return PublishResult(published, changed)


def changes_nothing(db_path: str | Path, batch: Batch) -> bool:
    """True when publishing ``batch`` would leave every per-document and global table of
    the live warehouse as it is (only history would be appended): no changed document and
    each global table's new rows equal, as a multiset, to its published rows."""
    db_path = Path(db_path)
    if batch.changed_doc_ids or any(batch.rows.get(t) for t in PER_DOC_TABLES) or not db_path.exists():
        return False
    con = duckdb.connect()
    try:
        con.execute("attach '{}' as live (read_only)".format(str(db_path).replace("'", "''")))
        for table, rows in batch.global_rows.items():
            con.execute(f"create or replace temp table _new as select * from live.{table} limit 0")
            insert_rows(con, "_new", rows)
            differs = con.execute(f"""select exists (select * from _new except all select * from live.{table})
                                      or exists (select * from live.{table} except all select * from _new)""").fetchone()[0]
            if differs:
                return False
        return True
    except duckdb.CatalogException:  # a table the live warehouse does not have yet
        return False
    finally:
        con.close()


def _paths(db_path: Path) -> tuple[Path, Path, Path]:
    return (db_path.with_name(db_path.name + ".lock"), db_path.with_name(db_path.name + ".next"),
            db_path.with_name(db_path.name + ".bak"))


def acquire_lock(db_path: Path, wait_seconds: float = 30.0):
    lock_path, _, _ = _paths(db_path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fh = lock_path.open("a+")
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fh
        except BlockingIOError:
            if time.monotonic() >= deadline:
                fh.close()
                raise WarehouseBusy(
                    f"[publish] {db_path}: another accords run is publishing (lock {lock_path}); try again later"
                ) from None
            time.sleep(0.2)


def publish(db_path: str | Path, batch: Batch, *,
            gate: Callable[[duckdb.DuckDBPyConnection], object] | None = None,
            on_step: Callable[[str], None] | None = None, lock_wait: float = 30.0,
            memory_limit: str | None = None) -> PublishResult:
    """Publish ``batch`` atomically. ``gate(con)`` sees the complete new state before the
    swap and raises PublishBlocked to refuse it. ``on_step`` is called after each step.
    ``memory_limit`` caps DuckDB's memory on the new state's connection (loading and the
    gate's reads spill to a temporary file beside it past that)."""
    db_path = Path(db_path)
    step = on_step or (lambda _name: None)
    lock = acquire_lock(db_path, lock_wait)
    _, next_path, bak_path = _paths(db_path)
    try:
        step("locked")
        for leftover in (next_path, next_path.with_name(next_path.name + ".wal")):
            leftover.unlink(missing_ok=True)
        if db_path.exists():
            shutil.copyfile(db_path, next_path)
        step("copied")
        con = duckdb.connect(str(next_path))
        try:
            if memory_limit:
                con.execute(f"set memory_limit = '{check_memory_limit(memory_limit)}'")
            apply_schema(con)
            con.execute("begin transaction")
            result = write_batch(con, batch)
            con.execute("commit")
            step("written")
            if gate is not None:
                result.gate_outcome = gate(con)
            step("gated")
            con.execute("checkpoint")
        finally:
            con.close()
        with next_path.open("rb") as fh:
            os.fsync(fh.fileno())
        step("checkpointed")
        if db_path.exists():
            tmp_bak = bak_path.with_name(bak_path.name + ".tmp")
            tmp_bak.unlink(missing_ok=True)
            os.link(db_path, tmp_bak)
            os.replace(tmp_bak, bak_path)
            # rename() between two links of one file does nothing: after a crash at "backed_up"
            # .bak already is the live file, and the temporary link would stay behind.
            tmp_bak.unlink(missing_ok=True)
        step("backed_up")
        os.replace(next_path, db_path)
        _fsync_dir(db_path.parent)
        step("swapped")
        return result
    except BaseException:
        next_path.unlink(missing_ok=True)
        raise
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
