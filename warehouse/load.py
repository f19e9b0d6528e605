"""Bulk loading: rows in memory (Arrow through polars) or staged rows from batch
files (DuckDB to DuckDB), inserted by column name."""
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
    total = 0
    for path, count in staged.parts:
        if not count:
            continue
        con.execute("attach '{}' as _staged (read_only)".format(str(path).replace("'", "''")))
        try:
            con.execute(f"insert into {table} by name select * from _staged.{table}")
        except duckdb.Error as exc:  # the transaction is aborted: nothing more can run on it
            raise duckdb.Error(f"[publish] {table} from {path}: {exc}") from exc
        con.execute("detach _staged")
        total += count
    return total
