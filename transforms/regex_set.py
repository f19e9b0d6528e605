"""Many regexes over one text, with the regexes that cannot match skipped.

A ``RegexSet`` scans a text once for the needles (transforms/needles.py) of
all its regexes. A regex whose needles are absent is skipped; a regex whose
matches must start with a needle is tried only where one starts. Every
result is the one the plain regex gives: ``matches`` lists what each
regex's ``finditer`` yields, ``which`` which regexes ``search`` finds.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from transforms.needles import needles, plain_lower


class RegexSet:
    def __init__(self, regexes: Iterable[re.Pattern], min_leading: int = 3, group: ScanGroup | None = None,
                 needles_from: Iterable[re.Pattern] | None = None):
        """``min_leading``: shorter leading needles ("is", "a") occur too often to be worth looking for.
        ``group``: other RegexSets that read the same texts, to share one scan of each (``ScanGroup``).
        ``needles_from``: one pattern per regex with exactly its matches, written so that ``needles`` finds
        more in it (a plain alternation of words for a trie of them); by default the regexes themselves."""
        self.regexes = tuple(regexes)
        sources = self.regexes if needles_from is None else tuple(needles_from)
        if len(sources) != len(self.regexes):
            raise ValueError("needles_from needs one pattern per regex")
        needed: dict[tuple[str, bool], set[int]] = {}  # needle -> the regexes that need it (or another of theirs)
        leading: dict[tuple[str, bool], set[int]] = {}  # needle -> the regexes whose matches may start with it
        self._unfiltered: list[int] = []
        self._anchored: list[bool] = []
        for i, regex in enumerate(sources):
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
        self._all = [(i, None) for i in range(len(self.regexes))]
        self._group = group if group is not None else ScanGroup()
        self._member = self._group.join(needed, leading, len(self.regexes))

    def plan(self, text: str) -> list[tuple[int, list[int] | None]]:
        """The regexes that may match ``text``, by index, each with the places its matches may start
        (ascending; None: anywhere)."""
        found = self._group.scan(text)
        if found is None:
            return self._all
        maybe, starts = found[self._member]
        maybe = maybe.union(self._unfiltered)
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


class ScanGroup:
    """RegexSets that read the same texts in turn (each sentence's cues, themes, people) share one scan for
    their needles: one trie of all their needles, run once per text.

    Members' regexes are numbered one after another in the shared trie; a scan's findings are handed out
    per member (``join`` gives each its member number). What a scan finds depends on the text alone, so
    the result for the last text scanned is kept and handed to every member that asks about the same text
    (unless a member joined since: that scan lacks its needles); inside ``document()`` every scan of the
    thread is kept until the block ends.
    """

    def __init__(self) -> None:
        self._local = threading.local()  # .memo: the scans of the texts of the document read in this thread
        self._needed: dict[tuple[str, bool], set[int]] = {}
        self._leading: dict[tuple[str, bool], set[int]] = {}
        self._owner: list[tuple[int, int]] = []  # regex number -> (member, the regex's index there)
        self._members = 0
        self._scanners: tuple[int, _Scanner, _Scanner] | None = None  # (members covered, folded, exact)
        self._last: tuple[str, int, list | None] | None = None  # (text, members covered, its scan)
        self._lock = threading.Lock()

    def join(self, needed: dict, leading: dict, size: int) -> int:
        """Add a member's needles (by its regex indices); returns its member number."""
        with self._lock:
            member, offset = self._members, len(self._owner)
            self._owner.extend((member, i) for i in range(size))
            for table, mine in ((self._needed, needed), (self._leading, leading)):
                for needle, ids in mine.items():
                    table.setdefault(needle, set()).update(offset + i for i in ids)
            self._scanners, self._members = None, member + 1
            return member

    def scan(self, text: str) -> list[tuple[set[int], dict[int, list[int]]]] | None:
        """For each member, its regexes whose needles occur in ``text`` and, for those led by needles, the
        places where these start (unsorted, maybe repeated); None when ``text`` has no plain lower case.
        The result is shared: callers must not change it."""
        members = self._members
        last = self._last  # (a scan made before a member joined does not count: it lacks its needles)
        if last is not None and last[1] == members and last[0] == text:
            return last[2]
        memo = getattr(self._local, "memo", None)
        if memo is not None and (kept := memo.get(text)) is not None and kept[0] == members:
            return kept[1]
        covered, folded, exact = self._scanners or self._build()
        lower = plain_lower(text)
        found = None
        if lower is not None:
            maybe: set[int] = set()
            starts: dict[int, list[int]] = {}
            folded.scan(lower, maybe, starts)
            exact.scan(text, maybe, starts)
            found = [(set(), {}) for _ in range(covered)]
            owner = self._owner
            for i in maybe:
                member, local = owner[i]
                found[member][0].add(local)
            for i, places in starts.items():
                member, local = owner[i]
                found[member][1][local] = places
        self._last = (text, covered, found)
        if memo is not None:
            memo[text] = (covered, found)
        return found

    @contextmanager
    def document(self) -> Iterator[None]:
        """Keep every scan made in this thread until the block ends: the texts of one document are read
        by several members in turn (people first, then cues and themes), each scan is then made once.
        Nothing is kept across documents."""
        outer = getattr(self._local, "memo", None)
        self._local.memo = {} if outer is None else outer
        try:
            yield
        finally:
            self._local.memo = outer

    def _build(self) -> tuple[int, _Scanner, _Scanner]:
        with self._lock:
            needed, leading = self._needed, self._leading
            owners = {n: (needed.get(n, ()), leading.get(n, ())) for n in {*needed, *leading}}
            scanners = (self._members, _Scanner({n[0]: v for n, v in owners.items() if n[1]}),
                        _Scanner({n[0]: v for n, v in owners.items() if not n[1]}))
            self._scanners = scanners
            return scanners


# The RegexSets that classification runs on every sentence in turn (transforms/cues.py, themes.py, and
# actor_patterns.person_after_title): one needle scan per sentence serves them all.
SENTENCES = ScanGroup()


class _Scanner:
    """Finds many strings in a text with one regex (a trie of the strings) tried at each place, and adds
    up what their occurrences tell: the regexes that need them, and where the regexes they lead may start."""

    def __init__(self, owners: dict[str, tuple[Iterable[int], Iterable[int]]]):
        self._search = re.compile(trie(sorted(owners))).search if owners else None
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


def trie(strings: Iterable[str]) -> str:
    """A regex matching any of ``strings``, the longest one at a place, with one branch per next character
    (branches exclusive: distinct literal characters; a string ending at a node makes the rest optional and
    greedy, so longer strings are tried first)."""
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
