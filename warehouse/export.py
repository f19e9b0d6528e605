"""Export every ``core`` table and ``marts`` view of the published warehouse to Parquet.

One file per relation, named ``<schema>.<name>.parquet``, rows in the deterministic order of
``warehouse.tables.ORDER_BY`` (else every column). Each file is written beside its final name
and renamed into place, so a reader of ``out_dir`` never sees a half-written file.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from warehouse.tables import ORDER_BY

EXPORTED_SCHEMAS = ("core", "marts")


def exported_relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """``schema.name`` of every core table and marts view, in name order."""
    rows = con.execute(
        "select table_schema || '.' || table_name from information_schema.tables "
        "where table_schema in (select unnest(?::varchar[])) "
        "and ((table_schema = 'core' and table_type = 'BASE TABLE') or (table_schema = 'marts' and table_type = 'VIEW')) "
        "order by table_schema, table_name",
        [list(EXPORTED_SCHEMAS)],
    ).fetchall()
    return [r[0] for r in rows]


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export_parquet(db_path: str | Path, out_dir: str | Path) -> dict[str, int]:
    """Write one Parquet file per core table and marts view; returns ``{relation: rows}``."""
    db_path, out_dir = Path(db_path), Path(out_dir)
    if not db_path.is_file():
        raise FileNotFoundError(f"[export] {db_path}: no warehouse; run `accords run` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        for relation in exported_relations(con):
            final = out_dir / f"{relation}.parquet"
            partial = final.with_name(final.name + ".partial")
            order = ORDER_BY.get(relation, "all")
            con.execute(f"copy (select * from {relation} order by {order}) to {_quote_path(partial)} "
                        "(format parquet, compression zstd)")
            os.replace(partial, final)
            counts[relation] = con.execute(
                f"select count(*) from read_parquet({_quote_path(final)})").fetchone()[0]
    finally:
        con.close()
    return counts
