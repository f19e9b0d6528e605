"""Give freed memory back to the operating system between the big steps of a run.

CPython frees objects into its allocators, and glibc keeps freed heap pages mapped:
after derive has aligned every translation pair, the process would carry that
high-water mark into validation, where pandas allocates its frames anew.
``release_freed_memory`` collects garbage and asks glibc to return free pages
(``malloc_trim``); elsewhere (no glibc) it only collects garbage.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import lru_cache


@lru_cache(maxsize=1)
def _malloc_trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> bool:
    """Collect garbage, then return free heap pages to the OS; True when glibc did so."""
    gc.collect()
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
