"""Read-only access to the published warehouse."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import duckdb


@contextmanager
def connect_readonly(db_path: str | Path):
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        yield con
    finally:
        con.close()


def document_state(db_path: str | Path) -> dict[str, dict]:
    """doc_id → {url, content_sha256, text_sha256, version, rules_sha256} of the published documents
    (rules_sha256 None in a warehouse made before the column existed)."""
    if not Path(db_path).exists():
        return {}
    with connect_readonly(db_path) as con:
        columns = {r[0] for r in con.execute("select column_name from information_schema.columns where "
                                              "table_schema = 'core' and table_name = 'documents'").fetchall()}
        rules = "rules_sha256" if "rules_sha256" in columns else "null"
        rows = con.execute(
            f"select doc_id, url, content_sha256, text_sha256, version, {rules} from core.documents"
        ).fetchall()
    return {r[0]: {"url": r[1], "content_sha256": r[2], "text_sha256": r[3], "version": r[4], "rules_sha256": r[5]}
            for r in rows}


def table_rows(db_path: str | Path, table: str, doc_ids: list[str] | None = None) -> list[dict]:
    """All rows of a table as dicts (optionally only the given documents')."""
    if not Path(db_path).exists():
        return []
    with connect_readonly(db_path) as con:
        exists = con.execute(
            "select count(*) from information_schema.tables where table_schema || '.' || table_name = ?", [table]
        ).fetchone()[0]
        if not exists:
            return []
        if doc_ids is None:
            cur = con.execute(f"select * from {table}")
        else:
            cur = con.execute(f"select * from {table} where doc_id in (select unnest(?::varchar[]))", [doc_ids])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


def table_counts(db_path: str | Path, schemas: tuple[str, ...] = ("core", "quality", "meta")) -> dict[str, int]:
    if not Path(db_path).exists():
        return {}
    with connect_readonly(db_path) as con:
        names = con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' and table_schema in (select unnest(?::varchar[])) order by 1",
            [list(schemas)],
        ).fetchall()
        return {n: con.execute(f"select count(*) from {n}").fetchone()[0] for (n,) in names}
