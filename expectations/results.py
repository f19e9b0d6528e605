"""What a validation run found, in the shapes the warehouse and the terminal want:
rows for ``quality.validation_results`` and ``quality.quarantine``, one-line
failure reasons naming the document(s), table and expectation, and a short text."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

MAX_DOCS_IN_LINE = 3


@dataclass(frozen=True)
class FailingRow:
    doc_id: str | None
    row_json: str | None
    value: str  # the checked column(s) of the row, e.g. "actors=['CAN', 'XXX']"


@dataclass
class ExpectationResult:
    suite: str  # the table, e.g. core.commitments
    expectation: str  # type(columns), e.g. expect_column_values_to_be_unique(doc_id)
    severity: str  # critical | warning
    success: bool
    observed: str
    why: str = ""
    failing_rows: list[FailingRow] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        return not self.success and self.severity == "critical"

    def doc_ids(self) -> list[str]:
        return sorted({r.doc_id for r in self.failing_rows if r.doc_id})

    def subject(self) -> str:
        docs = self.doc_ids()
        if not docs:
            return self.suite
        shown = ", ".join(docs[:MAX_DOCS_IN_LINE])
        return shown + (f" (+{len(docs) - MAX_DOCS_IN_LINE} more)" if len(docs) > MAX_DOCS_IN_LINE else "")

    def line(self) -> str:
        """One line naming document(s), table and expectation."""
        n = len(self.failing_rows)
        if self.severity == "critical":
            what = f"{n} row(s) quarantined" if n else f"observed {self.observed}"
            return f"[validate] {self.subject()}: {self.suite} {self.expectation} failed: {what}"
        what = f"{n} row(s)" if n else f"observed {self.observed}"
        return f"[validate] warning {self.subject()}: {self.suite} {self.expectation} failed: {what}"

    def quarantine_reason(self, row: FailingRow | None) -> str:
        reason = f"{self.expectation} failed"
        if self.why:
            reason += f" ({self.why})"
        return reason + (f": {row.value}" if row else f": observed {self.observed}")


@dataclass
class GateOutcome:
    run_id: str
    results: list[ExpectationResult]
    data_docs: Path | None = None
    seconds: float = 0.0
    checked_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def passed(self) -> int:
        return sum(r.success for r in self.results)

    @property
    def failed(self) -> int:
        return sum(r.blocking for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(not r.success and r.severity == "warning" for r in self.results)

    @property
    def success(self) -> bool:
        return self.failed == 0

    def counts(self) -> dict[str, int]:
        return {"passed": self.passed, "failed": self.failed, "warnings": self.warnings}

    def blocking_results(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.blocking]

    def failure_lines(self) -> list[str]:
        """Critical failures first, then warnings, each in one line."""
        failing = [r for r in self.results if not r.success]
        return [r.line() for r in sorted(failing, key=lambda r: r.severity != "critical")]

    def reason(self) -> str:
        """One line for PublishBlocked: the first critical failure, and how many more."""
        blocking = self.blocking_results()
        if not blocking:
            return ""
        line = blocking[0].line()
        others = blocking[1:]
        if others:
            named = "; ".join(f"{r.suite} {r.expectation}" for r in others[:MAX_DOCS_IN_LINE])
            more = len(others) - MAX_DOCS_IN_LINE
            line += f"; {len(others)} more critical failure(s): {named}" + (f"; +{more} more" if more > 0 else "")
        return line

    def result_rows(self) -> list[dict]:
        return [
            {"run_id": self.run_id, "suite": r.suite, "expectation": r.expectation, "severity": r.severity,
             "success": r.success, "observed": r.observed, "checked_at": self.checked_at}
            for r in self.results
        ]

    def quarantine_rows(self) -> list[dict]:
        """The rows that failed a critical expectation (one row with no data for a
        table-level failure such as a row count)."""
        rows: list[dict] = []
        for r in self.blocking_results():
            base = {"run_id": self.run_id, "table_name": r.suite, "expectation": r.expectation,
                    "quarantined_at": self.checked_at}
            if not r.failing_rows:
                rows.append({**base, "reason": r.quarantine_reason(None), "doc_id": None, "row_json": None})
            for fr in r.failing_rows:
                rows.append({**base, "reason": r.quarantine_reason(fr), "doc_id": fr.doc_id, "row_json": fr.row_json})
        return rows

    def text(self) -> str:
        head = (f"accords validate {self.run_id}: {self.passed} passed, {self.failed} failed, "
                f"{self.warnings} warnings ({len(self.results)} expectations, {self.seconds:.2f}s)")
        lines = [head] + [f"  {line}" for line in self.failure_lines()]
        if self.data_docs:
            lines.append(f"  data docs: {self.data_docs}")
        return "\n".join(lines)
