"""Staging files for the heavy per-document tables.

Each batch of transformed documents writes its sections, paragraphs, sentences
and commitments as JSON lines, one file per table, and keeps only the light rows
in memory: a run over thousands of documents holds one batch of text at a time,
and worker processes send back file names instead of pickled rows. Writing
needs only the standard library, so a worker does not load DuckDB or Arrow;
``publish`` loads the files in bulk with DuckDB's JSON reader, typed by the
target table's columns. The flow deletes the files after the run.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

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

    def paths(self) -> list[str]:
        return [path for path, count in self.parts if count]

    def select(self, doc_ids: list[str], fields: tuple[str, ...] | None = None) -> list[dict]:
        """The staged rows of the given documents, as dicts (JSON types); with ``fields``,
        only those keys of each row are kept."""
        wanted = set(doc_ids)
        out: list[dict] = []
        for path in self.paths() if wanted else []:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    if row["doc_id"] in wanted:
                        out.append(row if fields is None else {f: row.get(f) for f in fields})
        return out


def stage_tables(tables: dict[str, list[dict]], directory: str | Path) -> dict[str, int]:
    """Write the staged tables of ``tables`` under ``directory`` (one JSON-lines file per
    table, replaced if present); returns the row count of each."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in STAGED_TABLES:
        rows = tables.get(table, [])
        write_jsonl(rows, directory / f"{table}.jsonl")
        counts[table] = len(rows)
    return counts


def write_jsonl(rows: list[dict], path: str | Path) -> None:
    """``rows`` as JSON lines (dates and other values JSON lacks as their text)."""
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=str))
            fh.write("\n")


def merge_staged(parts: list[tuple[str, dict[str, int]]]) -> dict[str, StagedRows]:
    """One StagedRows per staged table over every batch directory, in batch order."""
    return {t: StagedRows(t, tuple((str(Path(d) / f"{t}.jsonl"), counts.get(t, 0)) for d, counts in parts))
            for t in STAGED_TABLES}
