"""Literal strings a regular expression cannot match without.

``needles(pattern, flags)`` reads the parsed pattern and returns a set of
strings at least one of which occurs in any text the pattern matches
anywhere in, and a set one of which every match starts with; each is None
when the pattern offers no such set. A needle is
``(string, ignore_case)``: a case-insensitive one is lower-cased, to be
looked up in ``plain_lower(text)``.

The needles only rule a regex out, never in (transforms/regex_set.py): a
text without them cannot match. Case-insensitive needles are sound on texts
whose characters lower-case one to one and have no special case-folding
equivalents (as "ſ" ~ "s"); ``plain_lower`` returns None for other texts.
"""
from __future__ import annotations

import re

try:  # CPython's pattern parser (3.11+); without it no regex gets a prefilter, all still run
    from re import _casefix, _constants as sre, _parser
    _EXTRA_CASES = _casefix._EXTRA_CASES
    _ASSERTS = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)  # zero-width: they neither need nor break a literal run
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _parser = None
    _EXTRA_CASES = {}

Needle = tuple[str, bool]
_FOLDED = frozenset(chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v) if c > 127)
_FOLDED_CHAR = re.compile("[" + "".join(map(re.escape, sorted(_FOLDED))) + "]") if _FOLDED else None


def plain_lower(text: str) -> str | None:
    """``text.lower()`` when each character lower-cases to one character with no folding equivalents."""
    lower = text.lower()
    if text.isascii():
        return lower
    if len(lower) != len(text) or _FOLDED_CHAR is None or _FOLDED_CHAR.search(lower) or _FOLDED_CHAR.search(text):
        return None
    return lower


def needles(pattern: str, flags: int = 0) -> tuple[frozenset[Needle] | None, frozenset[Needle] | None]:
    """Strings one of which any match of ``pattern`` holds (the most selective such set found), and
    strings one of which any match starts with; each None when unknown."""
    if _parser is None:
        return None, None
    try:
        parsed = _parser.parse(pattern, flags)
        ignore_case = bool(parsed.state.flags & re.I)
        return _anywhere(parsed, ignore_case), _leading(parsed, ignore_case)
    except Exception:  # noqa: BLE001 - a pattern it cannot read simply has no needles
        return None, None


def _plain(char: str, ignore_case: bool) -> str | None:
    """``char`` as it stands in a needle, or None when case folding makes it unsafe."""
    if not ignore_case:
        return char
    low = char.lower()
    return low if len(low) == 1 and low not in _FOLDED and char not in _FOLDED else None


def _anywhere(items, ignore_case: bool) -> frozenset[Needle] | None:
    options: list[frozenset[Needle]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # a sentinel closes the last run
        if op is sre.LITERAL and (char := _plain(chr(av), ignore_case)) is not None:
            run.append(char)
            continue
        if op in _ASSERTS:
            continue
        if run:
            options.append(frozenset({("".join(run), ignore_case)}))
            run = []
        if op is not None and (found := _inner(op, av, ignore_case, _anywhere)):
            options.append(found)
    # the most selective option: the longest shortest needle, then the fewest needles
    return max(options, key=lambda o: (min(len(s) for s, _ in o), -len(o)), default=None)


def _leading(items, ignore_case: bool) -> frozenset[Needle] | None:
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and (char := _plain(chr(av), ignore_case)) is not None:
            run.append(char)
        elif op not in _ASSERTS:
            if run:
                break
            return _inner(op, av, ignore_case, _leading)
    return frozenset({("".join(run), ignore_case)}) if run else None


def _inner(op, av, ignore_case: bool, of) -> frozenset[Needle] | None:
    """The needles that ``of`` (_anywhere or _leading) finds in one consuming item: a group, a repeat, or
    alternatives (those of every alternative)."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return of(sub, bool((ignore_case or add_flags & re.I) and not del_flags & re.I))
    if op is sre.ATOMIC_GROUP:
        return of(av, ignore_case)
    if op in _REPEATS and av[0] >= 1:
        return of(av[2], ignore_case)
    if op is sre.BRANCH:
        found = [of(alt, ignore_case) for alt in av[1]]
        return None if any(f is None for f in found) else frozenset().union(*found)
    return None
