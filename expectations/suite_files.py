"""Expectation suites as reviewed data files: ``suites/<schema>.<table>.toml``.

A suite file names its table, the column that names the document a row belongs to
(``doc_column``, used in quarantine rows and failure lines), an optional frame query
in ``frames/`` (the table plus derived columns for relationship and cross-column
checks), and a list of ``[[expect]]`` entries. Each entry has a GX expectation
``type``, a ``severity`` (critical blocks publishing, warning is reported), a ``why``,
and the expectation's own arguments; ``value_set_from = "<name>"`` fills
``value_set`` from ``value_sets/<name>.toml``.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from expectations.value_sets import load_value_set

PACKAGE_DIR = Path(__file__).parent
SUITES_DIR = PACKAGE_DIR / "suites"
FRAMES_DIR = PACKAGE_DIR / "frames"
SEVERITIES = ("critical", "warning")
_RESERVED = {"type", "severity", "why", "value_set_from"}


class SuiteFileError(ValueError):
    pass


@dataclass(frozen=True)
class ExpectationSpec:
    type: str
    severity: str
    kwargs: dict
    why: str = ""
    value_set_name: str | None = None

    @property
    def columns(self) -> list[str]:
        """The columns the expectation checks, in argument order."""
        cols = [self.kwargs[k] for k in ("column", "column_A", "column_B") if k in self.kwargs]
        return cols + list(self.kwargs.get("column_list", []))

    @property
    def label(self) -> str:
        """``type(columns)``: how failure lines and result rows name the expectation."""
        return f"{self.type}({','.join(self.columns)})" if self.columns else self.type


@dataclass(frozen=True)
class SuiteSpec:
    table: str
    doc_column: str | None
    frame_sql: str
    expectations: list[ExpectationSpec] = field(default_factory=list)
    path: Path | None = None

    @property
    def name(self) -> str:
        return self.table


def _spec(entry: dict, where: str) -> ExpectationSpec:
    missing = {"type", "severity"} - entry.keys()
    if missing:
        raise SuiteFileError(f"{where}: expectation missing {sorted(missing)}")
    if entry["severity"] not in SEVERITIES:
        raise SuiteFileError(f"{where}: severity {entry['severity']!r} is not one of {SEVERITIES}")
    kwargs = {k: v for k, v in entry.items() if k not in _RESERVED}
    if "value_set_from" in entry:
        kwargs["value_set"] = list(load_value_set(entry["value_set_from"]))
    return ExpectationSpec(entry["type"], entry["severity"], kwargs, entry.get("why", ""), entry.get("value_set_from"))


def load_suite(path: Path) -> SuiteSpec:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    table = data.get("table")
    if table != path.stem:
        raise SuiteFileError(f"{path}: table {table!r} must match the file name {path.stem!r}")
    frame = data.get("frame")
    frame_sql = (FRAMES_DIR / frame).read_text(encoding="utf-8") if frame else f"select * from {table}"
    specs = [_spec(e, f"{path.name} expect #{i}") for i, e in enumerate(data.get("expect", []), start=1)]
    if not specs:
        raise SuiteFileError(f"{path}: no [[expect]] entries")
    return SuiteSpec(table, data.get("doc_column"), frame_sql, specs, path)


def load_suites(directory: Path = SUITES_DIR) -> list[SuiteSpec]:
    """Every suite file in ``directory``, sorted by table name."""
    suites = [load_suite(p) for p in sorted(directory.glob("*.toml"))]
    if not suites:
        raise SuiteFileError(f"no suite files in {directory}")
    return suites
