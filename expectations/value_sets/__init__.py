"""Allowed-value lists the suites check against, kept as data files (one TOML per list).

Each file has ``name``, ``type`` ("string" or "integer") and a ``[codes]`` table whose
keys are the allowed values and whose values say what each one means.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

VALUE_SETS_DIR = Path(__file__).parent
_CASTS = {"string": str, "integer": int}


class UnknownValueSet(KeyError):
    pass


@lru_cache(maxsize=None)
def load_value_set(name: str) -> tuple:
    """The allowed values of ``<name>.toml``, in file order."""
    path = VALUE_SETS_DIR / f"{name}.toml"
    if not path.exists():
        raise UnknownValueSet(f"no value set {name!r} in {VALUE_SETS_DIR}")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    cast = _CASTS[data.get("type", "string")]
    return tuple(cast(code) for code in data["codes"])


def value_set_names() -> list[str]:
    return sorted(p.stem for p in VALUE_SETS_DIR.glob("*.toml"))
