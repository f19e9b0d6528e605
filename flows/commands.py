"""Subcommand bodies for the CLI. Heavy imports (Prefect, GX) stay inside the
functions so `accords --help` is instant."""
from __future__ import annotations

import sys
from pathlib import Path

from flows.config import default_paths


def _flow(sources: str | None, task_runner: str | None):
    from flows.config import load_checked_registry
    from flows.pipeline import configured_flow

    return configured_flow(load_checked_registry(default_paths(sources=sources).sources).settings, task_runner)


def cmd_run(args) -> int:
    from flows.api import run_api

    with run_api() as api_ready:  # PREFECT_API_URL is set before Prefect is imported
        flow = _flow(args.sources, args.task_runner)
        api_ready()
        summary = flow(db=args.db, live=args.live, sources=args.sources, snapshots=args.snapshots)
    print(summary.text())
    return summary.exit_code


def cmd_ingest(args) -> int:
    from flows.api import run_api

    with run_api() as api_ready:
        flow = _flow(None, "thread")
        api_ready()
        summary = flow(db=args.db, ingest=args.path, ingest_url=args.url, ingest_publisher=args.publisher)
    print(summary.text())
    return summary.exit_code


def cmd_serve(args) -> int:
    from flows.serve import deployment_spec, local_server

    spec = deployment_spec()
    params = dict(spec["parameters"])
    if args.db:
        params["db"] = args.db
    with local_server() as api:
        from flows.pipeline import accords_flow

        print(f"accords serve: {spec['name']} on cron '{spec['cron']}' ({spec['timezone']}) via {api}; Ctrl-C stops")
        accords_flow.serve(name=spec["name"], cron=spec["cron"], parameters=params)
    return 0


def cmd_record(args) -> int:
    from extractors.record import record_snapshots
    from extractors.sources import load_registry

    paths = default_paths(snapshots=args.snapshots)
    report = record_snapshots(load_registry(paths.sources), paths.snapshots)
    for line in report.lines():
        print(line)
    return 0 if not report.failed else 1


def cmd_eval(args) -> int:
    from flows.evaluate import evaluate

    paths = default_paths(db=args.db)
    report = evaluate(paths.db, [Path(g) for g in args.gold], doc_id=args.doc_id)
    print(report.text())
    return 0 if report.min_score() >= args.min_score else 1


def cmd_validate(args) -> int:
    from expectations import validate_warehouse

    paths = default_paths(db=args.db)
    if not paths.db.exists():
        print(f"accords: [validate] {paths.db}: no warehouse; run `accords run` first", file=sys.stderr)
        return 2
    outcome = validate_warehouse(paths.db, paths.data_docs)
    print(outcome.text())
    return 0 if outcome.success else 1


def _require_db(db, stage: str) -> Path | None:
    paths = default_paths(db=db)
    if not paths.db.exists():
        print(f"accords: [{stage}] {paths.db}: no warehouse; run `accords run` first", file=sys.stderr)
        return None
    return paths.db


def cmd_sql(args) -> int:
    from warehouse.query import QueryError, run_query

    db = _require_db(args.db, "sql")
    if db is None:
        return 2
    fmt = "csv" if args.csv else "json" if args.json else "table"
    try:
        print(run_query(db, args.query, fmt=fmt))
    except QueryError as err:
        print(f"accords: [sql] {db}: {err}", file=sys.stderr)
        return 2
    return 0


def cmd_export(args) -> int:
    from warehouse.export import export_parquet

    db = _require_db(args.db, "export")
    if db is None:
        return 2
    counts = export_parquet(db, Path(args.parquet))
    for table, n in counts.items():
        print(f"{table}: {n} rows")
    return 0


def cmd_report(args) -> int:
    from warehouse.report import build_report

    db = _require_db(args.db, "report")
    if db is None:
        return 2
    out = Path(args.out) if args.out else db.parent / "report.html"
    print(build_report(db, out))
    return 0
