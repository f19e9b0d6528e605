"""Many regexes over one text, with the regexes that cannot match skipped.

A ``RegexSet`` scans a text once for the needles (transforms/needles.py) of
all its regexes. A regex whose needles are absent is skipped; a regex whose
matches must start with a needle is tried only where one starts. Every
result is the one the plain regex gives: ``matches`` lists what each
regex's ``finditer`` yields, ``which`` which regexes ``search`` finds.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from transforms.needles import needles, plain_lower


class RegexSet:
    def __init__(self, regexes: Iterable[re.Pattern], min_leading: int = 3):
        """``min_leading``: shorter leading needles ("is", "a") occur too often to be worth looking for."""
        self.regexes = tuple(regexes)
        needed: dict[tuple[str, bool], set[int]] = {}  # needle -> the regexes that need it (or another of theirs)
        leading: dict[tuple[str, bool], set[int]] = {}  # needle -> the regexes whose matches may start with it
        self._unfiltered: list[int] = []
        self._anchored: list[bool] = []
        for i, regex in enumerate(self.regexes):
            need, lead = needles(regex.pattern, regex.flags)
            if lead and min(len(s) for s, _ in lead) < min_leading:
                lead = None
            for needle in need or lead or ():
                needed.setdefault(needle, set()).add(i)
            for needle in lead or ():
                leading.setdefault(needle, set()).add(i)
            if not (need or lead):
                self._unfiltered.append(i)
            self._anchored.append(lead is not None)
        self._folded = _Scanner({n[0]: (needed.get(n, ()), leading.get(n, ())) for n in {*needed, *leading} if n[1]})
        self._exact = _Scanner({n[0]: (needed.get(n, ()), leading.get(n, ())) for n in {*needed, *leading} if not n[1]})
        self._all = [(i, None) for i in range(len(self.regexes))]

    def plan(self, text: str) -> list[tuple[int, list[int] | None]]:
        """The regexes that may match ``text``, by index, each with the places its matches may start
        (ascending; None: anywhere)."""
        lower = plain_lower(text)
        if lower is None:
            return self._all
        maybe, starts = set(self._unfiltered), {}
        self._folded.scan(lower, maybe, starts)
        self._exact.scan(text, maybe, starts)
        anchored = self._anchored  # (two scans may give a regex the same place, or places out of order)
        return [(i, sorted(set(starts[i])) if anchored[i] else None)
                for i in sorted(maybe) if not anchored[i] or i in starts]

    def matches(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """``(index, match)`` for each regex in order and each match its ``finditer(text)`` yields."""
        for i, places in self.plan(text):
            regex = self.regexes[i]
            if places is None:
                for m in regex.finditer(text):
                    yield i, m
                continue
            free = 0  # matches do not overlap; a leading needle makes each one non-empty
            for place in places:
                if place >= free and (m := regex.match(text, place)):
                    yield i, m
                    free = m.end()

    def which(self, text: str) -> set[int]:
        """Indices of the regexes that ``search`` finds in ``text``."""
        out = set()
        for i, places in self.plan(text):
            regex = self.regexes[i]
            if regex.search(text) if places is None else any(regex.match(text, p) for p in places):
                out.add(i)
        return out


class _Scanner:
    """Finds many strings in a text with one regex (a trie of the strings) tried at each place, and adds
    up what their occurrences tell: the regexes that need them, and where the regexes they lead may start."""

    def __init__(self, owners: dict[str, tuple[Iterable[int], Iterable[int]]]):
        self._search = re.compile(_trie(sorted(owners))).search if owners else None
        # the regex reports the longest string at a place; the shorter ones there are its prefixes
        self._owners = {}
        for s in owners:
            prefixes = [owners[s[:k]] for k in range(1, len(s) + 1) if s[:k] in owners]
            self._owners[s] = (
                frozenset().union(*(need for need, _ in prefixes)), sorted(set().union(*(lead for _, lead in prefixes)))
            )

    def scan(self, text: str, maybe: set[int], starts: dict[int, list[int]]) -> None:
        """Add to ``maybe`` the regexes whose needles occur in ``text``, to ``starts`` the places where the
        needles that lead regexes start."""
        search, pos = self._search, 0
        while search and (m := search(text, pos)):
            pos = m.start()
            need, lead = self._owners[m.group()]
            maybe.update(need)
            for i in lead:
                starts.setdefault(i, []).append(pos)
            pos += 1


def _trie(strings: list[str]) -> str:
    """A regex matching any of ``strings``, the longest one at a place, with one branch per next character."""
    root: dict = {}
    for s in strings:
        node = root
        for char in s:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)
