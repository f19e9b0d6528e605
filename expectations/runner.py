"""Run the suite files against a DuckDB connection: one pandas frame per table (the
table plus the derived columns of its frame query), one GX suite per table, one
ephemeral GX context per run. Returns a GateOutcome; writes nothing to the database."""
from __future__ import annotations

from datetime import datetime, timezone

import json
import math
import shutil
import time
from collections.abc import Iterator
from numbers import Integral
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from expectations.gx_context import DATASOURCE, SITE_NAME, expectation_class, make_context
from expectations.results import ExpectationResult, FailingRow, GateOutcome
from expectations.suite_files import ExpectationSpec, SuiteSpec, load_suites

RESULT_FORMAT = {"result_format": "COMPLETE"}
MAX_SAMPLE = 5
CHUNK_ROWS = 20_000  # a larger table is validated this many frame rows at a time
_VECTOR = 2048  # rows in a DuckDB vector: fetch_df_chunk counts in vectors
# expectations that compare rows with each other: all rows of one key value must be judged
# together, so a large table is split by a hash of the key instead of by document
KEY_TYPES = frozenset({"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"})
# expectations that compare rows with each other or count the table: not judged chunk by chunk
WHOLE_TABLE_TYPES = KEY_TYPES | {"expect_table_row_count_to_be_between"}


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [d[0] for d in con.execute(f"select * from {table} limit 0").description]


def hashable(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its list columns (DuckDB gives each value as a numpy array) as tuples.

    GX fingerprints every batch with pandas' row hash and, when a value is unhashable, by
    pickling the whole frame instead: that fallback took 6.7 of 29 s of validation on a
    10,000-page warehouse (profiled). Tuples hash; expectations and failing rows see the
    same items."""
    for column in frame.columns:
        values = frame[column]
        if values.dtype != object:
            continue
        first = next((v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))), None)
        if isinstance(first, (np.ndarray, list)):
            frame[column] = values.map(
                lambda v: tuple(v.tolist()) if isinstance(v, np.ndarray) else tuple(v) if isinstance(v, list) else v)
    return frame


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    """The result of ``sql`` as a frame GX can fingerprint (see ``hashable``)."""
    return hashable(con.execute(sql, params).df())


def read_frame(con: duckdb.DuckDBPyConnection, suite: SuiteSpec) -> tuple[pd.DataFrame, list[str]]:
    """The suite's frame, with a fresh 0..n-1 index, and the table's own column names."""
    return _df(con, suite.frame_sql).reset_index(drop=True), table_columns(con, suite.table)


def _short(value: object, limit: int = 120) -> str:
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, float) and math.isnan(value):
        value = None
    if isinstance(value, tuple):
        value = [v.tolist() if hasattr(v, "tolist") else v for v in value]
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _exception(info: dict | None) -> str | None:
    """GX reports expectation errors either flat or keyed by metric."""
    if not info:
        return None
    if "raised_exception" in info:
        return info.get("exception_message") if info.get("raised_exception") else None
    for sub in info.values():
        if isinstance(sub, dict) and sub.get("raised_exception"):
            return sub.get("exception_message")
    return None


def _observed(result: dict, success: bool) -> str:
    if "unexpected_count" in result:
        text = f"{result['unexpected_count']} unexpected of {result.get('element_count')}"
        if not success:
            sample = (result.get("partial_unexpected_list") or [])[:MAX_SAMPLE]
            text += ": " + ", ".join(_short(v, 60) for v in sample)
        return text
    return _short(result.get("observed_value"))


def _failing_rows(result: dict, spec: ExpectationSpec, suite: SuiteSpec, frame: pd.DataFrame,
                  table_columns: list[str]) -> list[FailingRow]:
    index = [int(i) for i in dict.fromkeys(result.get("unexpected_index_list") or []) if isinstance(i, Integral)]
    if not index:
        return []
    checked = [c for c in spec.columns if c in frame.columns]
    records = json.loads(frame.loc[index, table_columns].to_json(orient="records", date_format="iso"))
    rows = []
    for i, record in zip(index, records):
        doc = record.get(suite.doc_column) if suite.doc_column else None
        value = ", ".join(f"{c}={_short(frame.at[i, c], 80)}" for c in checked)
        rows.append(FailingRow(doc_id=doc, row_json=json.dumps(record, ensure_ascii=False), value=value))
    return rows


def _result_parts(gx_result) -> tuple[bool, str | None, dict]:
    """(success, exception message, result dict) of one GX expectation result."""
    error = _exception(gx_result.exception_info)
    return bool(gx_result.success) and not error, error, dict(gx_result.result or {})


def _finish(suite: SuiteSpec, spec: ExpectationSpec, success: bool, error: str | None, result: dict,
            failing: list[FailingRow]) -> ExpectationResult:
    if spec.type in KEY_TYPES:  # by key value, whatever order the rows were read in
        values = result.get("unexpected_list") or result.get("partial_unexpected_list") or []
        result = {**result, "partial_unexpected_list": sorted(values, key=_short)[:MAX_SAMPLE]}
        failing = sorted(failing, key=lambda f: (f.value, f.row_json))
    observed = f"error: {error}" if error else _observed(result, success)
    return ExpectationResult(suite.table, spec.label, spec.severity, success, observed, spec.why,
                             [] if success or error else failing)


def _convert(suite: SuiteSpec, spec: ExpectationSpec, gx_result, frame: pd.DataFrame,
             table_columns: list[str]) -> ExpectationResult:
    success, error, result = _result_parts(gx_result)
    failing = [] if success or error else _failing_rows(result, spec, suite, frame, table_columns)
    return _finish(suite, spec, success, error, result, failing)


def _configure(index: int, spec: ExpectationSpec):
    from expectations import list_items

    extra = {}
    if spec.type == list_items.TYPE:
        extra["description"] = list_items.describe(spec.kwargs["column"], spec.kwargs["value_set"],
                                                   spec.value_set_name)
    return expectation_class(spec.type)(
        **spec.kwargs, **extra, meta={"accords_index": index, "severity": spec.severity},
        notes=f"{spec.severity}: {spec.why}" if spec.why else spec.severity)


class _Definition:
    """One GX suite + validation definition over a dataframe asset, run on one frame or on
    several (the chunks of a large table)."""

    def __init__(self, context, datasource, name: str, specs: list[tuple[int, ExpectationSpec]]):
        import great_expectations as gx

        asset = datasource.add_dataframe_asset(name)
        batch = asset.add_batch_definition_whole_dataframe("whole table")
        # built before the suite is stored: GX re-serialises a stored suite on every add
        configured = [_configure(i, spec) for i, spec in specs]
        gx_suite = context.suites.add(gx.ExpectationSuite(name=name, expectations=configured))
        self.definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=name, data=batch, suite=gx_suite))

    def run(self, frame: pd.DataFrame, run_name: str) -> dict[int, object]:
        run = self.definition.run(batch_parameters={"dataframe": frame}, result_format=RESULT_FORMAT,
                                  run_id=run_identifier(run_name))
        return {r.expectation_config.meta["accords_index"]: r for r in run.results}


def run_identifier(run_name: str):
    """GX's run identifier for ``run_name``, with its time given. Without one GX reads the name as a date: a
    run id such as "20261129T164905Z-5217ad" (four digits, then "ad" read as an era) parses with an offset of
    -52:17, and every later use of the time raises ValueError, which blocked the run: 14 of 30,000 random run
    ids, about one run in 2,000."""
    from great_expectations.core.run_identifier import RunIdentifier

    return RunIdentifier(run_name=run_name, run_time=datetime.now(timezone.utc))


def _validate(context, datasource, suite: SuiteSpec, frame: pd.DataFrame, table_columns: list[str],
              run_id: str) -> list[ExpectationResult]:
    """The whole suite on one frame."""
    specs = list(enumerate(suite.expectations))
    by_index = _Definition(context, datasource, suite.table, specs).run(frame, run_id)
    return [_convert(suite, spec, by_index[i], frame, table_columns) for i, spec in specs]


def chunk_safe(spec: ExpectationSpec) -> bool:
    """Whether the expectation judges each row on its own (a map expectation without
    ``mostly``), so that a table passes it when every chunk of its rows does."""
    return spec.type not in WHOLE_TABLE_TYPES and "mostly" not in spec.kwargs


class _Merged:
    """One row-wise expectation's results over the chunks of a table, added up."""

    def __init__(self):
        self.success, self.error, self.result, self.failing = True, None, {}, []

    def add(self, suite: SuiteSpec, spec: ExpectationSpec, gx_result, frame: pd.DataFrame,
            table_columns: list[str]) -> None:
        success, error, result = _result_parts(gx_result)
        self.error = self.error or error
        self.success = self.success and success
        for key in ("element_count", "unexpected_count", "missing_count"):
            if key in result:
                self.result[key] = self.result.get(key, 0) + (result[key] or 0)
        sample = (self.result.get("partial_unexpected_list") or []) + (result.get("partial_unexpected_list") or [])
        self.result["partial_unexpected_list"] = sample[:MAX_SAMPLE]
        if spec.type in KEY_TYPES:  # every duplicate value: _finish samples them by value
            self.result["unexpected_list"] = [*self.result.get("unexpected_list", []),
                                              *(result.get("unexpected_list") or [])]
        if not (success or error):
            self.failing += _failing_rows(result, spec, suite, frame, table_columns)


def _validate_chunked(context, datasource, con: duckdb.DuckDBPyConnection, suite: SuiteSpec,
                      table_columns: list[str], run_id: str, chunk_rows: int, rows: int) -> list[ExpectationResult]:
    """A large table: its row-wise expectations chunk by chunk of the frame query (runs of
    whole documents); each key (uniqueness) expectation on pieces split by a hash of its key;
    any other (row counts, ``mostly``) on one frame. Key and other checks read just the
    columns they check and the document column; their failing rows hold those columns."""
    specs = list(enumerate(suite.expectations))
    row_wise = [(i, s) for i, s in specs if chunk_safe(s)]
    keyed = [(i, s) for i, s in specs if s.type in KEY_TYPES and "mostly" not in s.kwargs]
    whole = [(i, s) for i, s in specs if not chunk_safe(s) and (i, s) not in keyed]  # row counts, mostly
    out: dict[int, ExpectationResult] = {}
    if row_wise:
        out.update(_run_merged(context, datasource, suite, row_wise, _chunks(con, suite, chunk_rows),
                               table_columns, run_id, suite.table))
    parts = math.ceil(rows / chunk_rows)
    for i, spec in keyed:
        pieces = _key_pieces(con, suite, spec, parts)
        out.update(_run_merged(context, datasource, suite, [(i, spec)], pieces, table_columns, run_id,
                               f"{suite.table} ({spec.label})"))
    if whole:
        frame = _df(con, f"select {_checked_columns(suite, whole)} from (\n{suite.frame_sql}\n)")
        kept = [c for c in table_columns if c in frame.columns]
        by_index = _Definition(context, datasource, f"{suite.table} (whole table)", whole).run(frame, run_id)
        for i, spec in whole:
            out[i] = _convert(suite, spec, by_index[i], frame, kept)
        del frame
    return [out[i] for i, _ in specs]


def _run_merged(context, datasource, suite: SuiteSpec, specs: list[tuple[int, ExpectationSpec]],
                pieces: Iterator[pd.DataFrame], table_columns: list[str], run_id: str,
                name: str) -> dict[int, ExpectationResult]:
    """``specs`` judged on each piece of a table in turn, their results added up; failing
    rows hold the table's columns that the pieces have."""
    merged = {i: _Merged() for i, _ in specs}
    definition = _Definition(context, datasource, name, specs)
    first = 0
    for piece in pieces:
        by_index = definition.run(piece, f"{run_id} rows {first}-{first + len(piece) - 1}")
        kept = [c for c in table_columns if c in piece.columns]
        for i, spec in specs:
            merged[i].add(suite, spec, by_index[i], piece, kept)
        first += len(piece)
        del piece, by_index
    return {i: _finish(suite, spec, merged[i].success and not merged[i].error, merged[i].error,
                       merged[i].result, merged[i].failing) for i, spec in specs}


def _checked_columns(suite: SuiteSpec, specs: list[tuple[int, ExpectationSpec]]) -> str:
    """The select list of the columns ``specs`` check plus the document column ("*" if none)."""
    wanted = list(dict.fromkeys([*(c for _, s in specs for c in s.columns),
                                 *([suite.doc_column] if suite.doc_column else [])]))
    return ", ".join(f'"{c}"' for c in wanted) or "*"


def _key_pieces(con: duckdb.DuckDBPyConnection, suite: SuiteSpec, spec: ExpectationSpec,
                parts: int) -> Iterator[pd.DataFrame]:
    """The key columns (and document column) of the suite's frame in ``parts`` pieces split by a
    hash of the key: all rows of one key value are in one piece, so the key is unique over the
    table exactly when it is unique within every piece."""
    select = f"select {_checked_columns(suite, [(0, spec)])} from (\n{suite.frame_sql}\n) as frame"
    key = ", ".join(f'"{c}"' for c in spec.columns)
    for part in range(parts):
        yield _df(con, f"{select} where hash({key}) % {parts} = {part}")


def _chunks(con: duckdb.DuckDBPyConnection, suite: SuiteSpec, chunk_rows: int) -> Iterator[pd.DataFrame]:
    """The suite's frame in pieces of about ``chunk_rows`` rows, in the frame's order. With a
    document column, each piece is a run of whole documents (every frame query orders by its
    document column first), rows with no document last: filtered by document, DuckDB sorts one
    piece at a time instead of holding the whole sorted table. Otherwise, vectors of one result."""
    doc = suite.doc_column
    if not doc:
        cursor = con.cursor()
        try:
            cursor.execute(suite.frame_sql)
            while not (chunk := cursor.fetch_df_chunk(max(1, chunk_rows // _VECTOR))).empty:
                yield hashable(chunk)
        finally:
            cursor.close()
        return
    counts = con.execute(f'select "{doc}", count(*) from {suite.table} where "{doc}" is not null '
                         f"group by 1 order by 1").fetchall()
    ranges, low, rows = [], None, 0
    for value, count in counts:
        low = value if low is None else low
        rows += count
        if rows >= chunk_rows:
            ranges.append((low, value))
            low, rows = None, 0
    if low is not None:
        ranges.append((low, counts[-1][0]))
    piece = f"select * from (\n{suite.frame_sql}\n) as frame where "
    for low, high in ranges:
        yield _df(con, piece + f'"{doc}" between ? and ?', [low, high])
    if len(nulls := _df(con, piece + f'"{doc}" is null')):
        yield nulls


def frame_rows(con: duckdb.DuckDBPyConnection, suite: SuiteSpec) -> int:
    return con.execute(f"select count(*) from {suite.table}").fetchone()[0]


def run_suites(con: duckdb.DuckDBPyConnection, run_id: str, data_docs_dir: Path | None = None,
               suites: list[SuiteSpec] | None = None, chunk_rows: int = CHUNK_ROWS) -> GateOutcome:
    """Validate every table that has a suite; build Data Docs into ``data_docs_dir``. One
    table's frame is in memory at a time; a table of more than ``chunk_rows`` rows is read
    and validated in chunks (see ``_validate_chunked``)."""
    from expectations.data_docs import build_site, staging_dir

    t0 = time.perf_counter()
    suites = suites if suites is not None else load_suites()
    staging = staging_dir(Path(data_docs_dir)) if data_docs_dir else None
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)
    context = make_context(staging)
    datasource = context.data_sources.add_pandas(DATASOURCE)
    results: list[ExpectationResult] = []
    try:
        for suite in suites:
            if (rows := frame_rows(con, suite)) > chunk_rows:
                results += _validate_chunked(context, datasource, con, suite, table_columns(con, suite.table),
                                             run_id, chunk_rows, rows)
                continue
            frame, columns = read_frame(con, suite)
            results += _validate(context, datasource, suite, frame, columns, run_id)
            del frame
        index = build_site(context, SITE_NAME, staging, Path(data_docs_dir)) if staging is not None else None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return GateOutcome(run_id, results, index, round(time.perf_counter() - t0, 3))
