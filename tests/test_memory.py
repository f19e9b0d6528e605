"""Freed memory goes back to the OS between the big steps of a run."""
from __future__ import annotations

import sys

import pytest

from flows.memory import release_freed_memory


def _rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc malloc_trim")
def test_freed_heap_pages_are_returned():
    keep = [b"k" * 2000]
    blocks = [bytes([i % 251]) * 2000 for i in range(60_000)]  # ~120 MB of malloc'd (not pymalloc) blocks
    keep.append(b"pin" * 700)  # allocated after them: the heap's top stays in use
    grown = _rss_bytes()
    del blocks
    assert release_freed_memory() is True
    assert _rss_bytes() < grown - 80_000_000
    assert keep[1].startswith(b"pin")
