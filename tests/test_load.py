"""Rows held in memory load through the same typed JSON reader as staged rows."""
from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from warehouse.load import insert_rows
from warehouse.schema import apply_schema


def _mention(i: int, **over) -> dict:
    row = {"instrument_id": f"i{i % 3}", "doc_id": f"d{i // 4}", "paragraph_no": i, "sentence_no": 1,
           "event": "referenced", "surface": f"Accord {i}", "name": f"Accord «{i}»", "short_name": None,
           "kind": "agreement", "parties": [], "aliases": [], "mention_type": "title", "language": "en",
           "char_start": 0, "year": None, "quantity_value": None, "quantity_unit": None, "quantity_what": None}
    return {**row, **over}


@pytest.fixture()
def con():
    con = duckdb.connect()
    apply_schema(con)
    yield con
    con.close()


def test_rows_of_mixed_python_types_load_typed_by_the_table(con):
    rows = [_mention(i) for i in range(4)]
    rows += [_mention(i, year=2023, parties=["CAN", "KOR"], quantity_value=2.5, quantity_unit="CAD",
                      quantity_what="funding") for i in range(4, 9)]
    rows += [_mention(9, quantity_value=3)]  # an int where other rows have a float
    assert insert_rows(con, "core.instrument_mentions", rows) == 10
    got = con.execute("""select count(*), count(year), count(quantity_value), sum(quantity_value),
                                sum(len(parties)) from core.instrument_mentions""").fetchone()
    assert got == (10, 5, 6, 2.5 * 5 + 3, 10)
    assert con.execute("select parties, name from core.instrument_mentions where paragraph_no = 0").fetchone() == \
        ([], "Accord «0»")


def test_dates_and_timestamps_keep_their_values(con):
    doc = {"doc_id": "d", "url": "https://x/d", "publisher": "p", "doc_type": "statement", "title": "T",
           "published_on": dt.date(2023, 5, 17), "location": None, "language": "en", "content_sha256": "c",
           "version": 1, "text_sha256": "t", "parties": ["CAN"], "adapter": "generic",
           "fetched_at": "2023-05-17T01:02:03+00:00"}
    assert insert_rows(con, "core.documents", [doc]) == 1
    published, fetched = con.execute("select published_on, fetched_at from core.documents").fetchone()
    assert published == dt.date(2023, 5, 17)
    assert fetched.astimezone(dt.timezone.utc) == dt.datetime(2023, 5, 17, 1, 2, 3, tzinfo=dt.timezone.utc)


def test_a_temporary_table_is_typed_from_its_own_columns(con):
    con.execute("create temp table _new as select * from core.instrument_mentions limit 0")
    assert insert_rows(con, "_new", [_mention(1, year=2020)]) == 1
    assert con.execute("select year from _new").fetchone() == (2020,)


def test_a_bad_value_names_the_table_and_keeps_the_database_error(con):
    rows = [_mention(i) for i in range(6)] + [_mention(6, paragraph_no="not a number")]
    con.execute("begin transaction")
    with pytest.raises(duckdb.Error, match=r"\[publish\] core.instrument_mentions: .*not a number"):
        insert_rows(con, "core.instrument_mentions", rows)
    con.execute("rollback")
    assert con.execute("select count(*) from core.instrument_mentions").fetchone() == (0,)


def test_no_rows_insert_nothing(con):
    assert insert_rows(con, "core.instrument_mentions", []) == 0
