"""A static, single-file HTML report of the latest run: documents, commitments by theme and by
actor (inline SVG), the instrument timeline, follow-through and validation status.

The page carries no script and loads nothing: styles are inline and a Content-Security-Policy
forbids any fetch, so it works offline and sends nothing out. It shows the run's own finish time,
not the clock, so the same warehouse always gives the same file.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from html import escape
from pathlib import Path
from string import Template

from warehouse.report_data import ReportData, load_report_data
from warehouse.report_svg import bar_chart

TEMPLATE = Path(__file__).with_name("report_template.html")
TITLE = "accords — warehouse report"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date) and not isinstance(value, datetime):
        return f'<span class="date">{value.isoformat()}</span>'
    if isinstance(value, (list, tuple)):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


def html_table(table_id: str, rows: list[dict], columns: list[tuple[str, str]], empty: str) -> str:
    """``columns`` are (key, header); numeric cells are right-aligned."""
    if not rows:
        return f'<p class="empty" id="{table_id}">{escape(empty)}</p>'
    numeric = {k for k, _ in columns if all(isinstance(r.get(k), (int, float)) for r in rows)}
    head = "".join(f'<th class="num">{escape(h)}</th>' if k in numeric else f"<th>{escape(h)}</th>"
                   for k, h in columns)
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{_cell(r.get(k))}</td>' if k in numeric else f"<td>{_cell(r.get(k))}</td>"
                         for k, _ in columns) + "</tr>"
        for r in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _badge(text: str, good: bool | None) -> str:
    css = "ok" if good else "warn" if good is None else "fail"
    return f'<span class="status {css}">{escape(text)}</span>'


def run_section(data: ReportData) -> str:
    run = data.run
    if run is None:
        return '<p class="empty" id="run-none">No pipeline run recorded in meta.pipeline_runs.</p>'
    fields = [("Run", run["run_id"]), ("Mode", run["mode"]), ("Started", run["started_at"]),
              ("Finished", run["finished_at"]), ("Documents seen", run["docs_seen"]),
              ("Documents changed", run["docs_changed"]), ("Documents failed", run["docs_failed"]),
              ("Rows published", run["rows_published"])]
    items = "".join(f"<dt>{escape(k)}</dt><dd>{_cell(v)}</dd>" for k, v in fields)
    status = _badge(str(run["status"]), str(run["status"]).lower() in ("succeeded", "success", "ok", "completed"))
    errors = f'<p class="fail">{escape(str(run["errors"]))}</p>' if run.get("errors") else ""
    return f'<p id="run-status">Status: {status}</p><dl class="run">{items}</dl>{errors}'


def validation_section(data: ReportData) -> str:
    if data.run is None:
        return '<p class="empty">No run, so no validation results.</p>'
    rows = data.validations
    failed = [r for r in rows if not r["success"]]
    critical = [r for r in failed if str(r["severity"]).lower() == "critical"]
    if not rows:
        summary = _badge("no expectations recorded for this run", None)
    elif critical:
        summary = _badge(f"{len(critical)} critical expectation(s) failed", False)
    elif failed:
        summary = _badge(f"passed with {len(failed)} warning(s)", None)
    else:
        summary = _badge(f"all {len(rows)} expectations passed", True)
    shown = [{**r, "result": "pass" if r["success"] else "FAIL"} for r in rows]
    table = html_table("validation-table", shown, [("suite", "Suite"), ("expectation", "Expectation"),
                                                    ("severity", "Severity"), ("result", "Result"),
                                                    ("observed", "Observed")], "")
    return f'<p id="validation-status">{summary}</p>{table}'


def render(data: ReportData) -> str:
    run = data.run
    subtitle = (f"Run {run['run_id']} finished {run['finished_at'] or 'not finished'}" if run
                else "No pipeline run recorded yet")
    values = {
        "page_title": escape(TITLE),
        "subtitle": escape(subtitle),
        "run": run_section(data),
        "validation": validation_section(data),
        "documents": html_table("documents-table", data.documents, [
            ("published_on", "Published"), ("title", "Title"), ("language", "Lang"), ("doc_type", "Type"),
            ("n_sentences", "Sentences"), ("n_commitments", "Commitments"), ("n_firm", "Firm"),
            ("n_soft", "Soft"), ("doc_id", "doc_id")], "No documents published."),
        "theme_chart": bar_chart("chart-themes", "Commitments by theme",
                                 [(r["label"], r["n"]) for r in data.by_theme]),
        "actor_chart": bar_chart("chart-actors", "Commitments by actor",
                                 [(r["label"], r["n"]) for r in data.by_actor]),
        "timeline": html_table("timeline-table", data.timeline, [
            ("event_on", "Date"), ("name", "Instrument"), ("kind", "Kind"), ("event", "Event"),
            ("title", "Document")], "No instrument mentioned."),
        "followthrough": html_table("followthrough-table", data.followthrough, [
            ("promised_on", "Promised"), ("instrument_name", "Instrument"), ("status", "Status"),
            ("evidence_event", "Later event"), ("evidence_on", "On"), ("promise_text", "Promise")],
            "No commitment names an instrument."),
    }
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(values)


def build_report(db_path: str | Path, out_path: str | Path) -> Path:
    """Write the report of the warehouse at ``db_path`` to ``out_path`` (atomically); returns it."""
    db_path, out_path = Path(db_path), Path(out_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"[report] {db_path}: no warehouse; run `accords run` first")
    page = render(load_report_data(db_path))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    partial = out_path.with_name(out_path.name + ".partial")
    partial.write_text(page, encoding="utf-8")
    os.replace(partial, out_path)
    return out_path
