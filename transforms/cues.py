"""Find the verb-phrase cues of sentence kinds (vocab/sentence_cues.toml).

``find_cues`` only reports where each cue occurs; whether it counts (its
subject, its complement, negation) is decided in transforms/classify.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from transforms.regex_set import SENTENCES, RegexSet
from transforms.vocab import load

KINDS = ("commitment", "reaffirmation", "position", "outcome")
_EDGE_L = r"(?<![\w’'-])"
# in French a cue may also follow an elision ("n’introduiront pas", "s’engagent", "qu’ils"); only French
# cues carry this edge (it keeps the regex engine from skipping ahead to a cue's first letters)
_EDGE_L_FR = r"(?:(?<![\w’'-])|(?<=(?<![\w’'-])[nlsdjmtcNLSDJMTC][’'])|(?<=(?<![\w’'-])[Qq]u[’']))"
_EDGE_R = r"(?:(?<=[’'])|(?![\w-]))"  # a cue may end on an apostrophe: "convenu d’"
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int
    surface: str
    strength: str | None = None  # commitments: firm | soft
    takes: str = "object"  # verb | object | action | gerund
    past: bool = False
    present: bool = False
    reported: bool = False  # counts only after a reporting phrase ("agreed that ... would")
    refusal: bool = False  # a modal or a future tense: negated, a position ("will not", "ne ... jamais")
    impersonal: bool = False  # "It was agreed to": the parties, with no subject of their own


@dataclass(frozen=True)
class Grammar:
    """Function-word lists of one language ([<lang>.grammar])."""

    between: frozenset[str]
    negations: frozenset[str]
    relatives: frozenset[str]
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    openers: frozenset[str]
    adverbials: frozenset[str]
    stance_verbs: frozenset[str]
    soft_verbs: frozenset[str]
    noun_starters: frozenset[str]
    possessives: frozenset[str]
    adjective_suffixes: frozenset[str]
    long_adjective_suffixes: frozenset[str]
    verbs_like_adjectives: frozenset[str]
    earlier_occasion: re.Pattern
    reported_by: re.Pattern | None = None  # "agreed that": a later "would" reports a "will"
    future_endings: frozenset[str] = frozenset()  # "examiner" + "ons": a future tense of a soft verb is soft
    participles: frozenset[str] = frozenset()  # irregular past participles ("built", "held")
    subordinators: frozenset[str] = frozenset()  # "..., when Canada will hold the G7": a time, not a promise
    wishes: frozenset[str] = frozenset()  # "look forward to the success of ...": a hope, no act
    stances_refused: frozenset[str] = frozenset()  # "will not recognise", "ne reconnaîtrons": a stance, not a restraint
    requests: frozenset[str] = frozenset()  # "asked the Vietnamese side to continue": asked, no promise
    light_verbs: frozenset[str] = frozenset()  # "give ... consideration": weighing, not doing
    weighed_objects: frozenset[str] = frozenset()


def _language(language: str) -> str:
    return language if language in load("sentence_cues") else "en"


@lru_cache(maxsize=None)
def grammar(language: str) -> Grammar:
    g = load("sentence_cues")[_language(language)]["grammar"]
    patterns = ("earlier_occasion", "reported_by")
    words = {k: frozenset(w.lower() for w in v) for k, v in g.items() if k not in patterns}
    compiled = {k: re.compile(_EDGE_L + "(?:" + "|".join(g[k]) + ")" + _EDGE_R, re.I) for k in patterns if g.get(k)}
    return Grammar(**compiled, **words)


_FLAGS = ("past", "present", "reported", "refusal", "impersonal")  # the Cue fields a vocabulary entry may set


@lru_cache(maxsize=None)
def _compiled(language: str) -> tuple[RegexSet, tuple[dict, ...]]:
    """The cues' regexes and, in the same order, the fields of their Cues."""
    table = load("sentence_cues")[_language(language)]
    regexes, needles, fields = [], [], []
    edge = _EDGE_L_FR if _language(language) == "fr" else _EDGE_L
    for kind in KINDS:
        for entry in table[kind]:
            spec = entry if isinstance(entry, dict) else {"pattern": entry}
            regexes.append(re.compile(edge + "(?:" + spec["pattern"] + ")" + _EDGE_R, re.I))
            needles.append(re.compile(_EDGE_L + "(?:" + spec.get("needles", spec["pattern"]) + ")" + _EDGE_R, re.I))
            fields.append({"kind": kind, "strength": spec.get("strength"), "takes": spec.get("takes", "object"),
                           **{flag: bool(spec.get(flag)) for flag in _FLAGS}})
    return RegexSet(regexes, group=SENTENCES, needles_from=needles), tuple(fields)


def find_cues(text: str, language: str = "en") -> list[Cue]:
    """Every cue occurrence in ``text``, in order of position (commitments first on ties)."""
    regexes, fields = _compiled(language)
    found = [Cue(start=m.start(), end=m.end(), surface=m.group(0), **fields[i]) for i, m in regexes.matches(text)]
    return sorted(found, key=lambda c: (c.start, KINDS.index(c.kind), -c.end))


def words_after(text: str, pos: int, limit: int = 8) -> list[str]:
    """The next tokens after ``pos`` (words and punctuation marks)."""
    return [m.group() for m in islice(_WORD.finditer(text, pos), limit)]


_NOUN_SUFFIX = re.compile(r"(?:ism|tion|sion|ment|ity|ness|ance|ence|ship|cy|ics|ies)$")


def looks_like_verb(word: str, g: Grammar) -> bool:
    """A cheap test: is ``word`` (after "to") a verb or a gerund rather than a noun?"""
    low = word.lower()
    if not word[:1].isalpha() or word[:1].isupper() or low in g.noun_starters or low in g.possessives:
        return False
    if low.endswith("ing"):
        return True
    if low not in g.verbs_like_adjectives and (
        low.endswith(tuple(g.adjective_suffixes)) or (len(low) >= 8 and low.endswith(tuple(g.long_adjective_suffixes)))
    ):
        return False  # "commitment to global peace", "... to inclusive growth"
    return not _NOUN_SUFFIX.search(low)
