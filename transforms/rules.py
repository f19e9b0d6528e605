"""The fingerprint of the extraction rules: every file of ``extractors/`` and ``transforms/``
(code, vocabularies, adapter data) that turns a page into rows.

A document's row in core.documents carries the fingerprint it was extracted under. A run
skips a page only when both its bytes and this fingerprint match what is published, so
upgrading accords (or editing a vocabulary) re-extracts the pages already published instead
of leaving their rows as the old rules made them.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parents[1]
RULE_DIRS = (_PACKAGE_ROOT / "extractors", _PACKAGE_ROOT / "transforms")


def _rule_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"))


def fingerprint(roots: Iterable[Path]) -> str:
    """sha256 over the files under ``roots``: each one's path below its root's parent, then its bytes."""
    digest = hashlib.sha256()
    for root in roots:
        for path in _rule_files(root):
            digest.update(path.relative_to(root.parent).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=None)
def rules_sha256() -> str:
    """The fingerprint of this installation's extraction rules (read once per process)."""
    return fingerprint(RULE_DIRS)
