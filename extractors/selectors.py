"""CSS selection that states its layout assumption and fails loudly.

``select_one`` expects exactly one match and ``select_many`` at least N; a
miss raises ``SelectorError`` naming the page url and the selector, so a site
redesign shows up as a named failure instead of silently empty rows.
"""
from __future__ import annotations

from functools import lru_cache

import soupsieve
from bs4 import Tag

from extractors.errors import SelectorError


@lru_cache(maxsize=None)
def compiled(css: str) -> soupsieve.SoupSieve:
    """A selector compiled once per process (bs4's ``select`` compiles on every call)."""
    return soupsieve.compile(css)


def select_all(root: Tag, css: str) -> list[Tag]:
    """Every node matching ``css`` under ``root``, in document order (may be empty)."""
    return compiled(css).select(root)


def select_one(root: Tag, css: str, url: str) -> Tag:
    """The single node matching ``css`` under ``root``; SelectorError otherwise."""
    found = select_all(root, css)
    if len(found) != 1:
        raise SelectorError(url, css, "exactly 1", len(found))
    return found[0]


def select_many(root: Tag, css: str, url: str, at_least: int = 1) -> list[Tag]:
    """All nodes matching ``css`` (document order); SelectorError if fewer than ``at_least``."""
    found = select_all(root, css)
    if len(found) < at_least:
        raise SelectorError(url, css, f"at least {at_least}", len(found))
    return found


def select_optional(root: Tag, css: str) -> Tag | None:
    """The first node matching ``css``, or None: for page parts a site may omit."""
    return compiled(css).select_one(root)
