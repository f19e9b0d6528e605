"""Data files of vocabularies; ``load(name)`` reads ``<name>.toml`` beside this file."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    with (VOCAB_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)
