"""The same page files through three extractors, in this process, one page at a time:

- ``lxml``: ``lxml.html.fromstring(bytes).text_content()``, a floor (no boilerplate removal);
- ``trafilatura``: ``trafilatura.extract(html)``, what a user might pick instead;
- ``accords``: the flow's own per-document functions, ``parse_page`` (site adapter) then
  ``transform_document`` (segmentation, classification, instruments), single process.

Each is warmed up on one page (vocabulary loading, imports) before its timed pass.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from extractors.adapters import parse_page
from extractors.encoding import charset_from_content_type, normalize_charset, sniff_declared_charset
from extractors.sources import Registry, load_registry
from transforms.document import SourceMeta, transform_document


@dataclass(frozen=True)
class Page:
    url: str
    publisher: str
    doc_type: str
    content_type: str | None
    body: bytes


def load_pages(snapshots_dir: str | Path) -> list[Page]:
    """The document pages of a snapshot folder, bytes in memory (reading is not timed)."""
    root = Path(snapshots_dir)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    return [Page(e["url"], e["publisher"], e["doc_type"], e.get("content_type"), (root / e["path"]).read_bytes())
            for e in manifest if e.get("kind") == "document"]


def html_text(page: Page) -> str:
    """The page as a string for libraries that take one: declared charset, else UTF-8."""
    codec = normalize_charset(charset_from_content_type(page.content_type)) or normalize_charset(
        sniff_declared_charset(page.body)) or "utf-8"
    return page.body.decode(codec, errors="replace")


def lxml_floor(page: Page) -> int:
    return len(lxml.html.fromstring(page.body).text_content())


def trafilatura_extract(page: Page) -> int:
    import trafilatura

    return len(trafilatura.extract(html_text(page)) or "")


class AccordsExtractTransform:
    """parse_page + transform_document as flows.stages.process_document calls them; keeps
    the extract and transform seconds apart to show where the time goes."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.extract_seconds = 0.0
        self.transform_seconds = 0.0

    def __call__(self, page: Page) -> int:
        pub = self.registry.publisher(page.publisher)
        t0 = time.perf_counter()
        parsed = parse_page(page.body, page.url, page.content_type, adapter=pub.adapter)
        t1 = time.perf_counter()
        rows = transform_document(parsed, SourceMeta(page.url, pub.id, pub.country, page.doc_type),
                                  content_sha256=hashlib.sha256(page.body).hexdigest())
        self.extract_seconds += t1 - t0
        self.transform_seconds += time.perf_counter() - t1
        return len(rows.tables["core.sentences"])


def warm_up(fn: Callable[[Page], int], pages: list[Page]) -> None:
    if pages:
        try:
            fn(pages[0])
        except Exception:  # counted in the timed pass
            pass


def timed_pass(fn: Callable[[Page], int], pages: list[Page]) -> dict:
    """Pages per second of ``fn`` over ``pages``; failures counted, not raised."""
    failures = 0
    t0 = time.perf_counter()
    for page in pages:
        try:
            fn(page)
        except Exception:
            failures += 1
    seconds = time.perf_counter() - t0
    return {"pages": len(pages), "seconds": round(seconds, 3), "failures": failures,
            "pages_per_s": round(len(pages) / seconds, 2) if seconds > 0 else None}


def run_baselines(snapshots_dir: str | Path, sources: str | Path) -> dict:
    """All three on the corpus' document pages; accords ÷ trafilatura and ÷ lxml ratios."""
    pages = load_pages(snapshots_dir)
    accords = AccordsExtractTransform(load_registry(sources))
    out = {}
    for name, fn in (("lxml", lxml_floor), ("trafilatura", trafilatura_extract), ("accords", accords)):
        warm_up(fn, pages)
        accords.extract_seconds = accords.transform_seconds = 0.0
        out[name] = timed_pass(fn, pages)
    out["accords"]["extract_seconds"] = round(accords.extract_seconds, 3)
    out["accords"]["transform_seconds"] = round(accords.transform_seconds, 3)
    out["ratios"] = {
        "accords_over_trafilatura": ratio(out["accords"]["pages_per_s"], out["trafilatura"]["pages_per_s"]),
        "accords_over_lxml": ratio(out["accords"]["pages_per_s"], out["lxml"]["pages_per_s"]),
    }
    return out


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None
