"""Publishing under stress: a concurrent reader, a kill at every step, two writers, re-publishing.

Each scenario runs real processes against a real DuckDB file; a "state" is the sorted content of
every table, so "old or new, never half" is checked row for row.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
import sample_warehouse as sw  # noqa: E402

from warehouse.publish import STEPS, PublishBlocked, WarehouseBusy, publish  # noqa: E402
from warehouse.tables import APPEND_TABLES, GLOBAL_TABLES, PER_DOC_TABLES  # noqa: E402

PRELUDE = f"import sys\nsys.path[:0] = [{str(ROOT)!r}, {str(TESTS)!r}]\n"

KILL_AT_STEP = PRELUDE + """
import os
import sample_warehouse as sw
from warehouse.publish import publish

db, at = sys.argv[1], sys.argv[2]

def on_step(name):
    if name == at:
        os._exit(9)  # no cleanup, no finally: as good as kill -9 for the files

publish(db, sw.later_batch("run-2"), on_step=on_step)
"""

HOLD_LOCK = PRELUDE + """
import time
from pathlib import Path
import sample_warehouse as sw
from warehouse.publish import publish

db, holding, release = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])

def on_step(name):
    if name == "written":  # hold the lock with the batch written to the temporary copy
        holding.touch()
        deadline = time.monotonic() + 60
        while not release.exists() and time.monotonic() < deadline:
            time.sleep(0.05)

publish(db, sw.later_batch("run-2"), on_step=on_step)
"""

READER_QUERY = ("select (select count(*) from core.documents), (select count(*) from core.sentences), "
                "(select count(*) from core.commitments), (select count(*) from marts.followthrough), "
                "(select list(run_id order by run_id) from meta.pipeline_runs)")

READER = """
import json, sys, duckdb
from pathlib import Path

db, mode, stop, out, QUERY = sys.argv[1], sys.argv[2], Path(sys.argv[3]), open(sys.argv[4], "w"), sys.argv[5]
held = duckdb.connect(db, read_only=True) if mode == "hold" else None
seen = 0
while seen == 0 or not stop.exists():
    con = held or duckdb.connect(db, read_only=True)
    print(json.dumps(con.execute(QUERY).fetchone()), file=out, flush=True)
    if held is None:
        con.close()
    seen += 1
"""


def state(db: Path) -> dict[str, list]:
    """Every table's rows, sorted: the complete observable content of the warehouse."""
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' order by 1").fetchall()]
        return {n: sorted(map(repr, con.execute(f"select * from {n}").fetchall())) for n in names}


def run_ids(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("select run_id from meta.pipeline_runs order by run_id").fetchall()]


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name not in (db.name, db.name + ".lock", db.name + ".bak"))


def publish_on_copy(db: Path, *batches) -> dict[str, list]:
    """The state that publishing ``batches`` in order onto a copy of ``db`` gives."""
    other = db.parent.parent / f"expected-{db.parent.name}"
    other.mkdir()
    copy = other / db.name
    shutil.copyfile(db, copy)
    for batch in batches:
        publish(copy, batch)
    return state(copy)


def python(script: str, *args: object, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT, **kw)


@pytest.fixture
def live(tmp_path) -> Path:
    folder = tmp_path / "wh"
    folder.mkdir()
    return sw.build(folder)


def wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_reader_sees_old_or_new_state_never_a_half_one(live, tmp_path):
    def observed_state() -> list:
        with duckdb.connect(str(live), read_only=True) as con:
            return json.loads(json.dumps(con.execute(READER_QUERY).fetchone()))

    stop = tmp_path / "stop"
    outs = {mode: tmp_path / f"{mode}.jsonl" for mode in ("hold", "reopen")}
    readers = {mode: python(READER, live, mode, stop, out, READER_QUERY) for mode, out in outs.items()}
    try:
        wait_for(lambda: all(o.exists() and o.read_text().count("\n") >= 1 for o in outs.values()))
        states = [observed_state()]
        for run_id in ("run-2", "run-3"):
            publish(live, sw.later_batch(run_id))
            states.append(observed_state())
            time.sleep(0.3)
        stop.touch()
        assert all(r.wait(timeout=60) == 0 for r in readers.values())
    finally:
        stop.touch()
        for r in readers.values():
            r.kill() if r.poll() is None else None
    assert len({json.dumps(s) for s in states}) == 3  # each publish changed what a reader sees
    seen = {mode: [json.loads(line) for line in out.read_text().splitlines()] for mode, out in outs.items()}
    for mode, rows in seen.items():
        assert rows and all(row in states for row in rows), f"{mode} reader saw a state never published"
    assert all(row == states[0] for row in seen["hold"])  # a held connection keeps its snapshot
    assert seen["reopen"][0] == states[0] and seen["reopen"][-1] == states[-1]


@pytest.mark.parametrize("step", STEPS)
def test_kill_at_each_step_keeps_a_whole_warehouse(live, step):
    before = state(live)
    after_swap = publish_on_copy(live, sw.later_batch("run-2"))
    killed = python(KILL_AT_STEP, live, step)
    assert killed.wait(timeout=120) == 9
    now = state(live)  # the live file opens and is whole
    if step == "swapped":
        assert now == after_swap
    else:
        assert now == before
    result = publish(live, sw.later_batch("run-3"), lock_wait=5)  # the lock died with the process
    assert result.rows_published > 0
    assert leftovers(live) == []  # .next, .next.wal and .bak.tmp cleaned
    expected_runs = ["run-1", "run-2", "run-3"] if step == "swapped" else ["run-1", "run-3"]
    assert run_ids(live) == expected_runs


def test_second_writer_waits_or_gives_up_busy(live, tmp_path):
    before = state(live)
    expected = publish_on_copy(live, sw.later_batch("run-2"), sw.later_batch("run-3"))
    holding, release = tmp_path / "holding", tmp_path / "release"
    holder = python(HOLD_LOCK, live, holding, release)
    try:
        wait_for(holding.exists, timeout=60)
        started = time.monotonic()
        with pytest.raises(WarehouseBusy, match="another accords run is publishing"):
            publish(live, sw.later_batch("run-3"), lock_wait=0.3)
        assert time.monotonic() - started >= 0.3
        assert state(live) == before

        outcome: dict = {}

        def patient() -> None:
            try:
                outcome["result"] = publish(live, sw.later_batch("run-3"), lock_wait=60)
            except BaseException as err:  # reported below
                outcome["error"] = err

        waiter = threading.Thread(target=patient)
        waiter.start()
        time.sleep(0.5)
        assert waiter.is_alive() and state(live) == before  # waiting for the lock, nothing written
        release.touch()
        assert holder.wait(timeout=60) == 0
        waiter.join(timeout=60)
    finally:
        release.touch()
        if holder.poll() is None:
            holder.kill()
    assert "error" not in outcome, outcome.get("error")
    assert state(live) == expected and run_ids(live) == ["run-1", "run-2", "run-3"]
    assert leftovers(live) == []


def _without_history(batch: sw.Batch) -> sw.Batch:
    batch.rows = {t: rows for t, rows in batch.rows.items() if t not in APPEND_TABLES}
    return batch


def test_publishing_the_same_batch_twice_is_idempotent(tmp_path):
    db = tmp_path / "w.duckdb"
    per_doc = sum(len(sw.sample_batch().rows.get(t, [])) for t in PER_DOC_TABLES)
    global_rows = sum(len(rows) for rows in sw.sample_batch().global_rows.values())
    first = publish(db, _without_history(sw.sample_batch()))
    once = state(db)
    second = publish(db, _without_history(sw.sample_batch()))
    assert state(db) == once
    assert first.rows_published == per_doc + global_rows
    assert not set(second.tables_changed) & set(GLOBAL_TABLES)  # global tables: 0 rows
    assert second.rows_published == per_doc  # per-doc tables: the same rows replaced in place
    unchanged = sw.Batch(changed_doc_ids=set(), rows={}, global_rows=sw.sample_batch().global_rows)
    third = publish(db, unchanged)  # what a re-run with no source change sends
    assert (third.rows_published, third.tables_changed) == (0, []) and state(db) == once


def test_a_failing_publish_leaves_the_live_file_untouched(live):
    before = state(live)
    with pytest.raises(duckdb.Error, match="Duplicate key"):
        publish(live, sw.sample_batch())  # the same run again: its history rows' keys are taken
    assert state(live) == before and leftovers(live) == []

    def refuse(con):
        assert con.execute("select count(*) from meta.pipeline_runs").fetchone()[0] == 2  # sees the new state
        raise PublishBlocked("critical expectation failed")

    with pytest.raises(PublishBlocked):
        publish(live, sw.later_batch("run-2"), gate=refuse)
    assert state(live) == before and leftovers(live) == []
    assert os.access(live, os.R_OK)
