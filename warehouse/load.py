"""Bulk loading: rows in memory (Arrow through polars) or staged rows from batch
files (DuckDB's JSON reader, typed by the table's columns), inserted by column name."""
from __future__ import annotations

import duckdb
import polars as pl

from warehouse.staging import StagedRows


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict] | StagedRows) -> int:
    """Insert ``rows`` into ``table``; returns how many were inserted."""
    if isinstance(rows, StagedRows):
        return _insert_staged(con, table, rows)
    if not rows:
        return 0
    frame = pl.DataFrame(rows, infer_schema_length=None).to_arrow()
    con.register("_incoming", frame)
    try:
        con.execute(f"insert into {table} by name select * from _incoming")
    except duckdb.Error as exc:  # the transaction is aborted: nothing more can run on it
        raise duckdb.Error(f"[publish] {table}: {exc}") from exc
    con.unregister("_incoming")
    return len(rows)


def _insert_staged(con: duckdb.DuckDBPyConnection, table: str, staged: StagedRows) -> int:
    paths = staged.paths()
    if not paths:
        return 0
    schema, name = table.split(".")
    columns = con.execute("""select column_name, data_type from information_schema.columns
                             where table_schema = ? and table_name = ? order by ordinal_position""",
                          [schema, name]).fetchall()
    spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in columns) + "}"
    try:
        con.execute(f"insert into {table} by name select * from read_json(?, format = 'newline_delimited', "
                    f"columns = {spec})", [paths])
    except duckdb.Error as exc:  # the transaction is aborted: nothing more can run on it
        raise duckdb.Error(f"[publish] {table} from {len(paths)} staging file(s): {exc}") from exc
    return len(staged)
