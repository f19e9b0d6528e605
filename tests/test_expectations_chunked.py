"""A table larger than the chunk size is validated chunk by chunk: the outcome is the one
a single whole-table run gives (successes, counts, samples, failing rows)."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest

from expectations.runner import chunk_safe, run_suites
from expectations.suite_files import ExpectationSpec, SuiteSpec

ROWS = 5000  # read as runs of whole documents of about 2,048 rows, then the rows with no document


def _spec(type_: str, **kwargs) -> ExpectationSpec:
    return ExpectationSpec(type_, "critical", kwargs, why="test")


SUITE = SuiteSpec(
    table="main.t", doc_column="doc_id", frame_sql="select t.*, t.n > 0 as positive from main.t as t order by id",
    expectations=[
        _spec("expect_column_values_to_not_be_null", column="text"),
        _spec("expect_column_values_to_not_be_null", column="doc_id"),
        _spec("expect_column_values_to_be_in_set", column="kind", value_set=["a", "b"]),
        _spec("expect_column_list_items_to_be_in_set", column="items", value_set=["x", "y"]),
        _spec("expect_column_value_lengths_to_be_between", column="text", min_value=1),
        _spec("expect_column_values_to_be_in_set", column="positive", value_set=[True]),
        _spec("expect_column_values_to_be_unique", column="id"),
        _spec("expect_compound_columns_to_be_unique", column_list=["doc_id", "no"]),
        _spec("expect_table_row_count_to_be_between", min_value=1, max_value=ROWS + 10),
    ],
)


@pytest.fixture()
def con():
    con = duckdb.connect()
    con.execute(f"""
        create table t as
        select i as id, 'doc-' || (i // 10) as doc_id, i % 10 as no,
               case when i in (17, 2500, 4999) then 'z' else 'a' end as kind,
               case when i = 3000 then ['x', 'q'] else ['x', 'y'] end as items,
               case when i = 4100 then null when i = 1500 then '' else 'sentence ' || i end as text,
               case when i = 2049 then 0 else 1 end as n
        from range({ROWS}) r(i)""")
    con.execute("insert into t values (42, 'doc-dup', 1, 'a', ['x'], 'dup', 1), (4200, 'doc-dup', 1, 'a', ['x'], 'd', 1)")
    con.execute("insert into t values (9000, null, 3, 'z', ['x'], 'no document', 1)")  # read in a last chunk
    yield con
    con.close()


def _summary(outcome):
    return [(r.expectation, r.success, r.observed, sorted(str(f.doc_id) for f in r.failing_rows)) for r in outcome.results]


def test_chunked_outcome_equals_the_whole_table_outcome(con):
    whole = run_suites(con, "whole", None, [SUITE], chunk_rows=10**9)
    chunked = run_suites(con, "chunked", None, [SUITE], chunk_rows=2048)
    assert _summary(chunked) == _summary(whole)
    no_doc = next(r for r in chunked.results if r.expectation == "expect_column_values_to_not_be_null(doc_id)")
    assert not no_doc.success and '"text": "no document"' in no_doc.failing_rows[0].row_json
    failed = {r.expectation: r for r in chunked.results if not r.success}
    assert set(failed) == {
        "expect_column_values_to_not_be_null(text)", "expect_column_values_to_not_be_null(doc_id)",
        "expect_column_values_to_be_in_set(kind)",
        "expect_column_list_items_to_be_in_set(items)", "expect_column_value_lengths_to_be_between(text)",
        "expect_column_values_to_be_in_set(positive)", "expect_column_values_to_be_unique(id)",
        "expect_compound_columns_to_be_unique(doc_id,no)",
    }
    kind = failed["expect_column_values_to_be_in_set(kind)"]
    assert kind.observed.startswith(f"4 unexpected of {ROWS + 3}")  # counted over all chunks
    assert [f.doc_id for f in kind.failing_rows] == ["doc-1", "doc-250", "doc-499", None]  # the frame's order
    assert '"text": "sentence 2500"' in next(f.row_json for f in kind.failing_rows if f.doc_id == "doc-250")
    assert len(failed["expect_column_values_to_be_unique(id)"].failing_rows) == 4  # 42 and 4200 twice each


def test_whole_table_checks_hold_only_their_columns_in_failing_rows(con):
    chunked = run_suites(con, "chunked", None, [SUITE], chunk_rows=2048)
    unique = next(r for r in chunked.results if r.expectation == "expect_compound_columns_to_be_unique(doc_id,no)")
    assert [f.doc_id for f in unique.failing_rows] == ["doc-dup", "doc-dup"]
    assert all('"text"' not in f.row_json and '"doc_id"' in f.row_json for f in unique.failing_rows)


def test_which_expectations_are_judged_chunk_by_chunk():
    assert [chunk_safe(s) for s in SUITE.expectations] == [True] * 6 + [False] * 3
    assert not chunk_safe(_spec("expect_column_values_to_be_in_set", column="kind", value_set=["a"], mostly=0.9))


def test_a_table_without_a_document_column_is_read_in_vectors_of_one_result(con):
    no_doc = dataclasses.replace(SUITE, doc_column=None)
    whole = run_suites(con, "whole", None, [no_doc], chunk_rows=10**9)
    chunked = run_suites(con, "chunked", None, [no_doc], chunk_rows=2048)
    assert _summary(chunked) == _summary(whole)
    kind = next(r for r in chunked.results if r.expectation == "expect_column_values_to_be_in_set(kind)")
    assert kind.observed.startswith(f"4 unexpected of {ROWS + 3}") and len(kind.failing_rows) == 4


def test_key_checks_read_pieces_split_by_a_hash_of_the_key(con):
    from expectations.runner import _key_pieces

    unique_id = SUITE.expectations[6]
    pieces = list(_key_pieces(con, SUITE, unique_id, parts=3))
    assert len(pieces) == 3 and sum(len(p) for p in pieces) == ROWS + 3
    assert all(list(p.columns) == ["id", "doc_id"] for p in pieces)  # the key and the document only
    holder = [k for k, p in enumerate(pieces) if (p["id"] == 42).any()]
    assert len(holder) == 1 and (pieces[holder[0]]["id"] == 42).sum() == 2  # both rows of a duplicate together
    assert not set(pieces[0]["id"]) & set(pieces[1]["id"])


def test_duplicate_keys_are_listed_by_key_value_whatever_the_piece_size(con):
    outcomes = [run_suites(con, str(size), None, [SUITE], chunk_rows=size) for size in (10**9, 2048, 700)]
    unique = [next(r for r in o.results if r.expectation == "expect_column_values_to_be_unique(id)") for o in outcomes]
    assert unique[0].observed == "4 unexpected of 5003: 42, 42, 4200, 4200"
    assert [f.value for f in unique[0].failing_rows] == ["id=42", "id=42", "id=4200", "id=4200"]
    assert all(u.observed == unique[0].observed for u in unique)
    assert all([(f.doc_id, f.value) for f in u.failing_rows] == [(f.doc_id, f.value) for f in unique[0].failing_rows]
               for u in unique)
    assert unique[1].failing_rows == unique[2].failing_rows  # pieces hold the key and document columns


def test_list_columns_reach_gx_as_tuples_it_can_fingerprint(con):
    import pandas as pd

    from expectations.runner import hashable

    raw = con.execute("select id, items, text from t order by id").df()
    with pytest.raises(TypeError):  # DuckDB's list values: GX would pickle the whole frame instead
        pd.util.hash_pandas_object(raw)
    frame = hashable(raw)
    items = dict(zip(frame["id"], frame["items"]))
    assert items[0] == ("x", "y") and items[3000] == ("x", "q")
    assert frame["text"].iloc[0] == "sentence 0"  # other columns as they were
    assert len(pd.util.hash_pandas_object(frame)) == ROWS + 3
