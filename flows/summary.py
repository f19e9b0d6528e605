"""The run tally: seen, changed, unchanged, failed with reasons; rendered for
the terminal, the Prefect artifact and meta.pipeline_runs."""
from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class RunSummary:
    run_id: str
    mode: str
    db_path: str
    started_at: str
    finished_at: str | None = None
    flow_run_id: str | None = None
    status: str = "running"  # succeeded | partial | blocked | failed
    docs_seen: int = 0
    docs_changed: int = 0
    docs_unchanged: int = 0
    docs_reextracted: int = 0  # of the changed: same bytes, extracted again under changed rules
    docs_failed: int = 0
    rows_published: int = 0
    table_counts: dict[str, int] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    validation: dict = field(default_factory=dict)
    data_docs: str | None = None

    @property
    def exit_code(self) -> int:
        return 0 if self.status == "succeeded" else 1

    def run_row(self) -> dict:
        return {
            "run_id": self.run_id, "flow_run_id": self.flow_run_id, "started_at": self.started_at,
            "finished_at": self.finished_at, "mode": self.mode, "docs_seen": self.docs_seen,
            "docs_changed": self.docs_changed, "docs_failed": self.docs_failed,
            "rows_published": self.rows_published, "status": self.status,
            "stage_seconds": json.dumps(self.stage_seconds, sort_keys=True),
            "errors": "\n".join(self.failures) or None,
        }

    def _reextracted_text(self) -> str:
        return f" ({self.docs_reextracted} re-extracted: extraction rules changed)" if self.docs_reextracted else ""

    def _validation_text(self) -> str:
        v = self.validation
        if "skipped" in v:
            return f"skipped ({v['skipped']})"
        return f"{v.get('passed', 0)} passed, {v.get('failed', 0)} failed, {v.get('warnings', 0)} warnings"

    def markdown(self) -> str:
        lines = [
            f"# accords run `{self.run_id}` — {self.status}",
            "",
            "| measure | value |", "|---|---|",
            f"| mode | {self.mode} |", f"| documents seen | {self.docs_seen} |",
            f"| changed | {self.docs_changed}{self._reextracted_text()} |", f"| unchanged | {self.docs_unchanged} |",
            f"| failed | {self.docs_failed} |", f"| rows published | {self.rows_published} |",
            f"| warehouse | `{self.db_path}` |",
        ]
        if self.validation:
            lines.append(f"| expectations | {self._validation_text()} |")
        if self.data_docs:
            lines.append(f"| Data Docs | `{self.data_docs}` |")
        if self.stage_seconds:
            lines += ["", "| stage | seconds |", "|---|---|"]
            lines += [f"| {k} | {v:.2f} |" for k, v in self.stage_seconds.items()]
        if self.table_counts:
            lines += ["", "| table | rows |", "|---|---|"]
            lines += [f"| {k} | {v} |" for k, v in sorted(self.table_counts.items())]
        if self.failures:
            lines += ["", "## Failures", ""] + [f"- {f}" for f in self.failures]
        if self.skipped:
            lines += ["", "## Skipped", ""] + [f"- {f}" for f in self.skipped]
        return "\n".join(lines) + "\n"

    def text(self) -> str:
        out = [
            f"accords run {self.run_id}: {self.status}",
            f"  documents: {self.docs_seen} seen, {self.docs_changed} changed{self._reextracted_text()}, "
            f"{self.docs_unchanged} unchanged, "
            f"{self.docs_failed} failed, {len(self.skipped)} linked pages skipped",
            f"  rows published: {self.rows_published} -> {self.db_path}",
        ]
        if self.table_counts:
            out.append("  tables: " + ", ".join(f"{k}={v}" for k, v in sorted(self.table_counts.items())))
        if self.validation:
            out.append(f"  expectations: {self._validation_text()}")
        if self.data_docs:
            out.append(f"  data docs: {self.data_docs}")
        if self.stage_seconds:
            out.append("  seconds: " + ", ".join(f"{k}={v:.2f}" for k, v in self.stage_seconds.items()))
        out += [f"  FAILED {f}" for f in self.failures]
        out += [f"  skipped {f}" for f in self.skipped]
        return "\n".join(out)
