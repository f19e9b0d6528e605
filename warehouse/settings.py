"""Warehouse settings checked where the configuration is read (standard library only:
the registry loader and batch workers import this without DuckDB)."""
from __future__ import annotations

import re

# the sizes DuckDB's memory_limit accepts: "256MB", "1.5GiB", "2GB", "500000B"
MEMORY_LIMIT = re.compile(r"\d+(\.\d+)?\s*([KMGT]i?B|B)?", re.I)


def check_memory_limit(value: str) -> str:
    """``value`` stripped, if it is a size DuckDB's memory_limit accepts; else ValueError."""
    if not isinstance(value, str) or not MEMORY_LIMIT.fullmatch(value.strip()):
        raise ValueError(f"warehouse_memory_limit: not a memory size: {value!r} (e.g. '256MB', '1GB')")
    return value.strip()
