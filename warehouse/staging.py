"""Staging files for the heavy per-document tables.

Each batch of transformed documents writes its sections, paragraphs, sentences
and commitments to a DuckDB file of its own (same DDL as the warehouse, so
types are settled once) and keeps only the light rows in memory: a run over
thousands of documents holds one batch of text at a time, and worker processes
send back file names instead of pickled rows. ``publish`` loads the files in
bulk; the flow deletes them after the run.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

# Tables whose rows go to staging files; the rest stay in memory for the
# cross-document steps (documents, hrefs) or are small.
STAGED_TABLES = ("core.sections", "core.paragraphs", "core.sentences", "core.commitments")


@dataclass(frozen=True)
class StagedRows:
    """The rows of one table held in staging files: ((path, row count), ...)."""

    table: str
    parts: tuple[tuple[str, int], ...]

    def __len__(self) -> int:
        return sum(count for _, count in self.parts)

    def select(self, doc_ids: list[str]) -> list[dict]:
        """The staged rows of the given documents, as dicts."""
        out: list[dict] = []
        for path, count in self.parts:
            if not count or not doc_ids:
                continue
            con = duckdb.connect(path, read_only=True)
            try:
                cur = con.execute(f"select * from {self.table} where doc_id in (select unnest(?::varchar[]))",
                                  [doc_ids])
                cols = [d[0] for d in cur.description]
                out += [dict(zip(cols, r)) for r in cur.fetchall()]
            finally:
                con.close()
        return out


def stage_tables(tables: dict[str, list[dict]], path: str | Path) -> dict[str, int]:
    """Write the staged tables of ``tables`` to a new staging file; returns row counts."""
    from warehouse.load import insert_rows
    from warehouse.schema import apply_schema

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    try:
        apply_schema(con)
        counts = {t: insert_rows(con, t, tables.get(t, [])) for t in STAGED_TABLES}
        con.execute("checkpoint")
    finally:
        con.close()
    return counts


def merge_staged(parts: list[tuple[str, dict[str, int]]]) -> dict[str, StagedRows]:
    """One StagedRows per staged table over every staging file, in file order."""
    return {t: StagedRows(t, tuple((path, counts.get(t, 0)) for path, counts in parts)) for t in STAGED_TABLES}
