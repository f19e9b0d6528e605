"""Test helper: the snapshot manifest, page bytes and the paragraphs each page must yield."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parents[1] / "snapshots"
_SPACE = re.compile(r"[ \t\n\r\f]+")


@lru_cache(maxsize=1)
def manifest() -> tuple[dict, ...]:
    return tuple(json.loads((SNAPSHOTS / "manifest.json").read_text(encoding="utf-8")))


def documents(adapter_publisher: str | None = None) -> list[dict]:
    return [e for e in manifest() if e["kind"] == "document"
            and (adapter_publisher is None or e["publisher"] == adapter_publisher)]


def page_bytes(entry: dict) -> bytes:
    return (SNAPSHOTS / entry["path"]).read_bytes()


def text_lines(entry: dict) -> list[str]:
    text = (SNAPSHOTS / entry["text_file"]).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip()]


def expected_paragraphs(entry: dict) -> list[tuple[str, bool]]:
    """(text, is_list_item) of every body line: text lines minus title/chrome lines and headings."""
    lines = text_lines(entry)
    for chrome in entry["non_body_lines"]:
        lines.remove(next(line for line in lines if line.rstrip() == chrome))
    out = []
    for line in lines:
        if line in entry["headings"]:
            continue
        bullet = line.startswith("- ")
        out.append((_SPACE.sub(" ", line[2:] if bullet else line).strip(), bullet or line in entry["list_item_lines"]))
    return out
