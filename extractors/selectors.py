"""CSS selection that states its layout assumption and fails loudly.

``select_one`` expects exactly one match and ``select_many`` at least N; a
miss raises ``SelectorError`` naming the page url and the selector, so a site
redesign shows up as a named failure instead of silently empty rows.

Selectors are the subset the adapters use: compounds of a type, ``#id``,
``.class``, ``[attr]`` and ``[attr=value]`` joined by descendant combinators,
in comma lists. Each is compiled once to an XPath over the root's descendants
that tests classes by substring; the candidates it returns are then checked
against the whitespace-separated class lists (``str.split()``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from extractors.errors import SelectorError

_TOKEN = re.compile(r"""(?P<comma>\s*,\s*)|(?P<space>\s+)|(?P<tag>[a-zA-Z][\w-]*|\*)
                        |\#(?P<id>[\w-]+)|\.(?P<cls>[\w-]+)
                        |\[\s*(?P<attr>[\w-]+)\s*(?:=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[\w-]+))\s*)?\]""",
                    re.X)


@dataclass(frozen=True)
class Compound:
    """One compound selector: every part must hold for an element."""

    tag: str | None = None
    id: str | None = None
    classes: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str | None], ...] = ()  # (name, exact value or None for presence)

    def matches(self, node: etree._Element) -> bool:
        if self.tag is not None and node.tag != self.tag:
            return False
        if self.id is not None and node.get("id") != self.id:
            return False
        if self.classes:
            present = (node.get("class") or "").split()
            if not all(cls in present for cls in self.classes):
                return False
        for name, value in self.attributes:
            found = node.get(name)
            if found is None or (value is not None and found != value):
                return False
        return True

    def xpath(self) -> str:
        """Name test and predicates; classes by substring (a superset of the matches)."""
        preds = [] if self.id is None else [f"[@id={_literal(self.id)}]"]
        preds += [f"[contains(@class, {_literal(cls)})]" for cls in self.classes]
        preds += [f"[@{name}]" if value is None else f"[@{name}={_literal(value)}]" for name, value in self.attributes]
        return (self.tag or "*") + "".join(preds)


@dataclass(frozen=True)
class Compiled:
    """A selector list: its candidate XPath and, per selector, the compounds from outermost to target."""

    candidates: etree.XPath
    selectors: tuple[tuple[Compound, ...], ...]
    exact: bool  # no class test: the XPath alone decides

    def matches(self, node: etree._Element) -> bool:
        return any(_chain_matches(node, chain) for chain in self.selectors)


def _chain_matches(node: etree._Element, chain: tuple[Compound, ...]) -> bool:
    if not chain[-1].matches(node):
        return False
    wanted = len(chain) - 2
    for ancestor in node.iterancestors():
        if wanted < 0:
            break
        if isinstance(ancestor.tag, str) and ancestor.tag[:1] != "{" and chain[wanted].matches(ancestor):
            wanted -= 1
    return wanted < 0


def _literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ", \"'\", ".join(f"'{part}'" for part in value.split("'")) + ")"


def _compound(parts: list[tuple[str, str]]) -> Compound:
    tag, ident, classes, attributes = None, None, [], []
    for kind, value in parts:
        if kind == "tag":
            tag = None if value == "*" else value.lower()
        elif kind == "id":
            ident = value
        elif kind == "cls":
            classes.append(value)
        else:
            name, _, wanted = value.partition("\0")
            if kind == "attr=" and name in ("class", "type"):
                raise ValueError(f"unsupported attribute value test on {name!r}")
            attributes.append((name, wanted if kind == "attr=" else None))
    return Compound(tag, ident, tuple(classes), tuple(attributes))


def parse_selector(css: str) -> tuple[tuple[Compound, ...], ...]:
    """``css`` as a tuple of selectors, each a tuple of compounds from outermost to target."""
    selectors: list[list[list[tuple[str, str]]]] = [[[]]]
    text, pos = css.strip(), 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ValueError(f"unsupported CSS selector {css!r} at {text[pos:]!r}")
        pos = match.end()
        kind = match.lastgroup
        compounds = selectors[-1]
        if kind == "comma":
            selectors.append([[]])
        elif kind == "space":
            compounds.append([])
        elif kind in ("dq", "sq", "bare"):
            compounds[-1].append(("attr=", match.group("attr").lower() + "\0" + match.group(kind)))
        elif kind == "attr":
            compounds[-1].append(("attr", match.group("attr").lower()))
        else:
            compounds[-1].append((kind, match.group(kind)))
    if any(not compound for selector in selectors for compound in selector):
        raise ValueError(f"unsupported CSS selector {css!r}")
    return tuple(tuple(_compound(parts) for parts in selector) for selector in selectors)


def _xpath(chain: tuple[Compound, ...]) -> str:
    path = f"descendant::{chain[-1].xpath()}"
    for compound in reversed(chain[:-1]):
        path += f"[ancestor::{compound.xpath()}"
    return path + "]" * (len(chain) - 1)


@lru_cache(maxsize=None)
def compiled(css: str) -> Compiled:
    """``css`` compiled once per process."""
    selectors = parse_selector(css)
    exact = not any(compound.classes for chain in selectors for compound in chain)
    return Compiled(etree.XPath(" | ".join(map(_xpath, selectors))), selectors, exact)


def select_all(root: etree._Element, css: str) -> list[etree._Element]:
    """Every element matching ``css`` under ``root``, in document order (may be empty)."""
    selector = compiled(css)
    found = selector.candidates(root)
    return found if selector.exact else [node for node in found if selector.matches(node)]


def select_one(root: etree._Element, css: str, url: str) -> etree._Element:
    """The single element matching ``css`` under ``root``; SelectorError otherwise."""
    found = select_all(root, css)
    if len(found) != 1:
        raise SelectorError(url, css, "exactly 1", len(found))
    return found[0]


def select_many(root: etree._Element, css: str, url: str, at_least: int = 1) -> list[etree._Element]:
    """All elements matching ``css`` (document order); SelectorError if fewer than ``at_least``."""
    found = select_all(root, css)
    if len(found) < at_least:
        raise SelectorError(url, css, f"at least {at_least}", len(found))
    return found


def select_optional(root: etree._Element, css: str) -> etree._Element | None:
    """The first element matching ``css``, or None: for page parts a site may omit."""
    found = select_all(root, css)
    return found[0] if found else None
