"""`accords sql` (warehouse.query) and `accords export --parquet` (warehouse.export)."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import sample_warehouse as sw  # noqa: E402

from warehouse.export import export_parquet  # noqa: E402
from warehouse.query import QueryError, run_query  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return sw.build(tmp_path_factory.mktemp("query"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


CANADA_ALONE = ("select commitment_id, actors, strength from core.commitments "
                "where actors = ['CAN'] order by commitment_id")


def test_table_format_aligns_columns_and_counts_rows(db):
    out = run_query(db, CANADA_ALONE).splitlines()
    assert out[0] == out[2] == out[-2] and out[0].startswith("+-")
    assert [c.strip() for c in out[1].strip("|").split("|")] == ["commitment_id", "actors", "strength"]
    assert len({len(line) for line in out[:-1]}) == 1  # every line of the grid has the same width
    assert '["CAN"]' in out[3] and out[-1] == "(2 rows)"


def test_csv_format_round_trips(db):
    parsed = list(csv.reader(io.StringIO(run_query(db, CANADA_ALONE, fmt="csv"))))
    assert parsed[0] == ["commitment_id", "actors", "strength"]
    assert [r[1:] for r in parsed[1:]] == [['["CAN"]', "firm"], ['["CAN"]', "soft"]]


def test_json_format_keeps_types(db):
    got = json.loads(run_query(db, "select doc_id, published_on, actors, n_sentences, commitment_share "
                                   "from marts.commitment_strength_by_document "
                                   "join (select doc_id, list_distinct(flatten(list(actors))) as actors "
                                   "      from core.commitments group by doc_id) using (doc_id) "
                                   f"where doc_id = '{sw.D23}'", fmt="json"))
    assert got == [{"doc_id": sw.D23, "published_on": "2023-05-17", "actors": got[0]["actors"],
                    "n_sentences": 11, "commitment_share": 0.455}]
    assert sorted(got[0]["actors"]) == ["CAN", "KOR"]


def test_missing_warehouse_is_one_clear_line(tmp_path):
    with pytest.raises(QueryError) as err:
        run_query(tmp_path / "absent.duckdb", "select 1")
    assert "no warehouse at" in str(err.value) and "absent.duckdb" in str(err.value)
    assert "\n" not in str(err.value)


def test_bad_query_is_one_clear_line(db):
    with pytest.raises(QueryError) as err:
        run_query(db, "select nope from core.documents")
    message = str(err.value)
    assert message.startswith("query failed:") and "nope" in message and "\n" not in message


def test_unknown_format_is_refused(db):
    with pytest.raises(QueryError, match="unknown format"):
        run_query(db, "select 1", fmt="xml")


def test_queries_cannot_change_the_warehouse_or_touch_files(db, tmp_path):
    before = sha(db)
    for sql in ("insert into core.cap_topics values (99, 'x')", "drop view marts.followthrough",
                "delete from core.documents"):
        with pytest.raises(QueryError, match="read-only"):
            run_query(db, sql)
    target = tmp_path / "leak.csv"
    for sql in (f"copy core.documents to '{target}'", "select * from read_csv('/etc/hostname')",
                f"attach '{tmp_path / 'other.duckdb'}' as other"):
        with pytest.raises(QueryError):
            run_query(db, sql)
    assert not target.exists() and not (tmp_path / "other.duckdb").exists()
    assert sha(db) == before


def test_consecutive_and_large_results_are_fetched_fully(db):
    many = run_query(db, "select range as n from range(5000)", fmt="csv").splitlines()
    assert len(many) == 5001 and many[-1] == "4999"
    assert run_query(db, "select count(*) as n from core.documents", fmt="json") == '[\n  {\n    "n": 5\n  }\n]'


def test_empty_result_keeps_the_header(db):
    out = run_query(db, "select doc_id, title from core.documents where false").splitlines()
    assert "doc_id" in out[1] and "title" in out[1] and out[-1] == "(0 rows)"
    assert run_query(db, "select doc_id from core.documents where false", fmt="json") == "[]"
    assert run_query(db, "select doc_id from core.documents where false", fmt="csv") == "doc_id"


def test_export_writes_every_core_table_and_marts_view(db, tmp_path):
    before = sha(db)
    counts = export_parquet(db, tmp_path / "out")
    with duckdb.connect(str(db), read_only=True) as con:
        expected = {f"{s}.{n}": con.execute(f"select count(*) from {s}.{n}").fetchone()[0]
                    for s, n in con.execute("select table_schema, table_name from information_schema.tables "
                                            "where table_schema in ('core', 'marts')").fetchall()}
    assert counts == expected
    assert {"core.documents", "core.commitments", "core.cap_topics", "marts.followthrough",
            "marts.instrument_timeline"} <= set(counts)
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == sorted(f"{name}.parquet" for name in expected)  # one file each, no partial left
    frame = pl.read_parquet(tmp_path / "out" / "core.commitments.parquet")
    assert frame.height == counts["core.commitments"] == 10
    assert frame["doc_id"].to_list() == sorted(frame["doc_id"].to_list())  # deterministic order
    follow = pl.read_parquet(tmp_path / "out" / "marts.followthrough.parquet")
    assert sorted(follow["status"].to_list()) == ["completed", "not yet reported", "underway", "underway"]
    assert sha(db) == before  # read-only


def test_export_is_byte_stable_across_runs(db, tmp_path):
    export_parquet(db, tmp_path / "a")
    export_parquet(db, tmp_path / "b")
    a = {p.name: sha(p) for p in (tmp_path / "a").iterdir()}
    assert a == {p.name: sha(p) for p in (tmp_path / "b").iterdir()}


def test_export_of_missing_warehouse_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="no warehouse"):
        export_parquet(tmp_path / "absent.duckdb", tmp_path / "out")
