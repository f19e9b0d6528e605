"""Run an analyst's SQL against the published warehouse, read-only, and render the result.

The connection is opened with ``read_only=True`` and external access disabled, so a query can
neither change the warehouse nor read or write other files (COPY, ATTACH, read_csv...). The
result is fetched fully before rendering (DuckDB refuses a new query on a connection that still
holds a partly fetched result).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import duckdb

FORMATS = ("table", "csv", "json")
SANDBOX = {"enable_external_access": False, "autoinstall_known_extensions": False,
           "autoload_known_extensions": False}
MAX_CELL = 80  # table format only: longer cells are cut with an ellipsis


class QueryError(RuntimeError):
    """A missing warehouse or a query DuckDB refused; the message is one line."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple]


def fetch(db_path: str | Path, sql: str) -> QueryResult:
    """Execute ``sql`` on a sandboxed read-only connection and fetch every row."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise QueryError(f"no warehouse at {db_path}; run `accords run` first")
    if not sql.strip():
        raise QueryError("empty query")
    try:
        con = duckdb.connect(str(db_path), read_only=True, config=SANDBOX)
    except duckdb.Error as err:
        raise QueryError(f"cannot open {db_path} read-only: {_first_line(err)}") from None
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return QueryResult([], [])
        columns = [d[0] for d in cur.description]
        return QueryResult(columns, cur.fetchall())
    except duckdb.Error as err:
        raise QueryError(f"query failed: {_first_line(err)}") from None
    finally:
        con.close()


def run_query(db_path: str | Path, sql: str, fmt: str = "table") -> str:
    """Run ``sql`` read-only and return it rendered as ``table``, ``csv`` or ``json``."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    result = fetch(db_path, sql)
    return {"table": render_table, "csv": render_csv, "json": render_json}[fmt](result)


def _first_line(err: Exception) -> str:
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    return lines[0] if lines else type(err).__name__


def plain(value: object) -> object:
    """A JSON-ready form of a DuckDB value."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(plain(value), ensure_ascii=False)
    return str(plain(value))


def render_json(result: QueryResult) -> str:
    records = [{c: plain(v) for c, v in zip(result.columns, row)} for row in result.rows]
    return json.dumps(records, ensure_ascii=False, indent=2)


def render_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([_text(v) for v in row] for row in result.rows)
    return buf.getvalue().rstrip("\n")


def _cell(value: object) -> str:
    text = "NULL" if value is None else " ".join(_text(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def render_table(result: QueryResult) -> str:
    if not result.columns:
        return "(statement returned no result set)"
    cells = [[_cell(v) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    numeric = [bool(result.rows) and all(isinstance(row[i], (int, float, Decimal)) or row[i] is None
                                         for row in result.rows) for i in range(len(result.columns))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def fmt_row(values: list[str], header: bool = False) -> str:
        return "| " + " | ".join(v.rjust(w) if num and not header else v.ljust(w)
                                 for v, w, num in zip(values, widths, numeric)) + " |"

    out = [line, fmt_row(result.columns, header=True), line, *(fmt_row(r) for r in cells), line]
    n = len(result.rows)
    out.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(out)
