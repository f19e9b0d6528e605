"""Run the suite files against a DuckDB connection: one pandas frame per table (the
table plus the derived columns of its frame query), one GX suite per table, one
ephemeral GX context per run. Returns a GateOutcome; writes nothing to the database."""
from __future__ import annotations

import json
import math
import shutil
import time
from numbers import Integral
from pathlib import Path

import duckdb
import pandas as pd

from expectations.gx_context import DATASOURCE, SITE_NAME, expectation_class, make_context
from expectations.results import ExpectationResult, FailingRow, GateOutcome
from expectations.suite_files import ExpectationSpec, SuiteSpec, load_suites

RESULT_FORMAT = {"result_format": "COMPLETE"}
MAX_SAMPLE = 5


def read_frame(con: duckdb.DuckDBPyConnection, suite: SuiteSpec) -> tuple[pd.DataFrame, list[str]]:
    """The suite's frame, with a fresh 0..n-1 index, and the table's own column names."""
    columns = [d[0] for d in con.execute(f"select * from {suite.table} limit 0").description]
    frame = con.execute(suite.frame_sql).df().reset_index(drop=True)
    return frame, columns


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
    checked = [c for c in (spec.kwargs.get("column"), spec.kwargs.get("column_A"), spec.kwargs.get("column_B"),
                           *spec.kwargs.get("column_list", [])) if c and c in frame.columns]
    records = json.loads(frame.loc[index, table_columns].to_json(orient="records", date_format="iso"))
    rows = []
    for i, record in zip(index, records):
        doc = record.get(suite.doc_column) if suite.doc_column else None
        value = ", ".join(f"{c}={_short(frame.at[i, c], 80)}" for c in checked)
        rows.append(FailingRow(doc_id=doc, row_json=json.dumps(record, ensure_ascii=False), value=value))
    return rows


def _convert(suite: SuiteSpec, spec: ExpectationSpec, gx_result, frame: pd.DataFrame,
             table_columns: list[str]) -> ExpectationResult:
    error = _exception(gx_result.exception_info)
    result = gx_result.result or {}
    success = bool(gx_result.success) and not error
    observed = f"error: {error}" if error else _observed(result, success)
    failing = [] if success or error else _failing_rows(result, spec, suite, frame, table_columns)
    return ExpectationResult(suite.table, spec.label, spec.severity, success, observed, spec.why, failing)


def _configure(index: int, spec: ExpectationSpec):
    from expectations import list_items

    extra = {}
    if spec.type == list_items.TYPE:
        extra["description"] = list_items.describe(spec.kwargs["column"], spec.kwargs["value_set"],
                                                   spec.value_set_name)
    return expectation_class(spec.type)(
        **spec.kwargs, **extra, meta={"accords_index": index, "severity": spec.severity},
        notes=f"{spec.severity}: {spec.why}" if spec.why else spec.severity)


def _validate(context, datasource, suite: SuiteSpec, frame: pd.DataFrame, table_columns: list[str],
              run_id: str) -> list[ExpectationResult]:
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier

    asset = datasource.add_dataframe_asset(suite.table)
    batch = asset.add_batch_definition_whole_dataframe("whole table")
    # built before the suite is stored: GX re-serialises a stored suite on every add
    configured = [_configure(i, spec) for i, spec in enumerate(suite.expectations)]
    gx_suite = context.suites.add(gx.ExpectationSuite(name=suite.table, expectations=configured))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=suite.table, data=batch, suite=gx_suite))
    run = definition.run(batch_parameters={"dataframe": frame}, result_format=RESULT_FORMAT,
                         run_id=RunIdentifier(run_name=run_id))
    by_index = {r.expectation_config.meta["accords_index"]: r for r in run.results}
    return [_convert(suite, spec, by_index[i], frame, table_columns) for i, spec in enumerate(suite.expectations)]


def run_suites(con: duckdb.DuckDBPyConnection, run_id: str, data_docs_dir: Path | None = None,
               suites: list[SuiteSpec] | None = None) -> GateOutcome:
    """Validate every table that has a suite; build Data Docs into ``data_docs_dir``."""
    from expectations.data_docs import build_site, staging_dir

    t0 = time.perf_counter()
    suites = suites if suites is not None else load_suites()
    frames = {s.table: read_frame(con, s) for s in suites}
    staging = staging_dir(Path(data_docs_dir)) if data_docs_dir else None
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)
    context = make_context(staging)
    datasource = context.data_sources.add_pandas(DATASOURCE)
    results: list[ExpectationResult] = []
    try:
        for suite in suites:
            frame, columns = frames[suite.table]
            results += _validate(context, datasource, suite, frame, columns, run_id)
        index = build_site(context, SITE_NAME, staging, Path(data_docs_dir)) if staging is not None else None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return GateOutcome(run_id, results, index, round(time.perf_counter() - t0, 3))
