"""The grammatical subject of a cue: who will, who agreed, who welcomed.

``subject_before(text, pos, ...)`` looks at the words before a cue:
- an actor phrase right before it, after a clause opener ("..., and we will",
  "... announced today that Canada and the ROK will") -> those actors;
- nothing but a relative pronoun ("..., which will contribute") -> not a
  party: a relative clause describes something else;
- nothing but a coordinator or a comma ("We condemned X and will continue")
  -> the subject of the sentence (``main_subject``);
- anything else ("This MOU will", "Our joint efforts will") -> not a party.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from transforms.actors import SUBSIDIARY, ActorResolver
from transforms.cues import Grammar
from transforms.segment import PARAGRAPH_MARKER

_PUNCT_BOUNDARY = tuple(",;:(—–\"“‘")
_CHUNK = re.compile(r"[,;:]\s*")
_MAX_WORDS = 30
_NAME_CHUNK = re.compile(r"(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+")
_CLAUSE_JOINED = re.compile(r",\s+(?:and|but|et|mais)\s+$")  # ", and" right before a phrase: a new clause opens
_CLAUSE_JOIN = re.compile(r",\s+(?:and|et|but|mais)\s")
_JOINED = re.compile(r"\s(?:and|et|as\s+well\s+as|along\s+with|together\s+with)\s")
_WORD_MARKS = "_’'-"  # with letters and digits, the characters of a word
_WORD_RUN = re.compile("[" + re.escape(_WORD_MARKS) + r"\w]*")  # \w: what str.isalnum() accepts, and "_"


@dataclass(frozen=True)
class Subject:
    actors: tuple[str, ...] | None  # None: not an actor (or none found)
    how: str  # explicit | inherited | relative | other | none
    negated: bool = False
    opener: str = ""  # the word before an explicit subject ("that" in "agreed that we will")


def _strip_between(pre: str, g: Grammar) -> tuple[str, bool]:
    """Drop auxiliaries and adverbs between a subject and its verb; report a negation among them."""
    negated = False
    while True:
        start, end = _final_word(pre)
        if start == end:
            return pre, negated
        word = pre[start:end].lower()
        if word in g.negations or word.endswith("n't") or word.endswith("n’t"):
            negated = True
        elif word not in g.between and not (word.endswith("ly") and pre[start].islower() and word not in g.openers):
            return pre, negated
        pre = pre[:start]


def _before(before: str, g: Grammar) -> str:
    """What stands before a candidate subject: start | comma | punct | coordinator | blocked | word."""
    before = before.rstrip()
    if not before:
        return "start"
    if before.endswith(","):
        return "comma"
    if before.endswith(_PUNCT_BOUNDARY):
        return "punct"
    last = _last_word(before)
    if last.endswith(("'s", "’s")) or last in g.prepositions:
        return "blocked"  # "cooperation with Canada will": Canada is not the subject
    return "coordinator" if last in g.coordinators else "word"


def _last_word(text: str) -> str:
    """The last word, or else the last mark, before trailing white space; lower-cased."""
    start, end = _final_word(text)
    return text[start:end].lower() if start < end else text[end - 1 : end].lower()


def _final_word(text: str) -> tuple[int, int]:
    """Where the word (letters, digits, _WORD_MARKS) ending the text before trailing white space starts
    and ends; start == end when there is none."""
    end = len(text.rstrip())
    if not end:
        return 0, 0
    return end - _WORD_RUN.match(text[end - 1 :: -1]).end(), end  # the run read backwards from ``end``


def _word_starts(text: str, limit: int) -> list[int]:
    """Where the last ``limit`` white-space-separated words of ``text`` start, in order."""
    starts, end = [], len(text)
    for word in reversed(text.split()[-limit:]):
        end = text.rfind(word, 0, end)  # the word is the last one before ``end`` and holds no space
        starts.append(end)
    return starts[::-1]


def subject_before(text: str, pos: int, resolver: ActorResolver, g: Grammar) -> Subject:
    """Who is the subject of the verb starting at ``pos`` in ``text``."""
    pre, negated = _strip_between(text[:pos], g)
    stripped = pre.rstrip()
    if not stripped:
        inherited = main_subject(text, resolver, g)
        return Subject(inherited.actors, "inherited" if inherited.actors else inherited.how, negated)
    last = _last_word(stripped)
    if last in g.relatives:
        return Subject(None, "relative", negated)
    if stripped.endswith(",") and (owned := _owned_body(stripped, resolver)) is not None:
        return Subject(owned, "explicit", negated)  # "Proparco, filiale de l’AFD dédiée au secteur privé, étudiera"
    if stripped.endswith(",") and (opening := stripped.rfind(",", 0, len(stripped) - 1)) > 0 and \
            _is_insertion(stripped[opening + 1 : -1], g):
        # "the Alliance, built on shared sacrifice, will": an insertion between commas; the subject is
        # what stands before it (possibly no party: the Alliance is not the leaders who "affirmed that")
        inner = subject_before(text, opening, resolver, g)
        return replace(inner, negated=inner.negated or negated)
    if stripped.endswith(",") and (opening := stripped.rfind(",", 0, len(stripped) - 1)) > 0 and \
            _NAME_CHUNK.fullmatch(chunk := stripped[opening + 1 : -1].strip()) and \
            chunk.split()[0].lower() not in g.prepositions and not _is_adverbial(chunk, g):
        # "..., Ahn Duk-geun, will": a person's name closes the subject (else it is read as below)
        named = _named_subject(text, stripped[:-1].rstrip(), resolver, g, negated)
        if named.actors is not None:
            return named
    if stripped.endswith(_PUNCT_BOUNDARY) or last in g.coordinators:
        inherited = main_subject(text[: len(stripped)], resolver, g)
        return Subject(inherited.actors, "inherited" if inherited.actors else inherited.how, negated)
    return _named_subject(text, stripped, resolver, g, negated)


def _owned_body(stripped: str, resolver: ActorResolver) -> tuple[str, ...] | None:
    """A body named, then whose it is, between commas before the verb: the owner's country."""
    if not any(w in stripped for w in ("filiale", "subsidiary", "branch", "branche", " arm ", "bras")):
        return None
    found = None
    for found in SUBSIDIARY.finditer(stripped):
        pass
    if found is None or "," in stripped[found.end() : -1]:
        return None
    return resolver.resolve(found.group(0))


def _named_subject(text: str, stripped: str, resolver: ActorResolver, g: Grammar, negated: bool) -> Subject:
    """The actor phrase that ends ``stripped`` (the words before the verb), longest first."""
    starts = _word_starts(stripped, _MAX_WORDS)
    asked = _requests(g).search(stripped) is not None  # (a verb of asking somewhere before the verb)
    commas = [i for i, ch in enumerate(stripped) if ch == ","] if "," in stripped else []
    joins = [m.start() for m in _CLAUSE_JOIN.finditer(stripped)] if commas else []
    blocked = False  # a longer actor phrase stood after a preposition: its conjuncts are no subject either
    for start in starts:  # longest phrase first
        before = _before(stripped[:start], g)
        if before == "word" and asked and _last_word(stripped[:start]) in g.requests \
                and resolver.resolve(stripped[start:], context=stripped[:start]) is not None:
            return Subject(None, "other", negated)  # "asked the Vietnamese side to continue": the one asked
        if before == "word" and joins and joins[-1] >= start and len(commas) - bisect_left(commas, start) == 1 \
                and _last_word(stripped[:start]).endswith("ing"):
            continue  # "committed to supporting Ukraine, and Norway will": a verb's object, then a new clause
        if before == "blocked" or (blocked and before in ("comma", "coordinator")
                                   and not _CLAUSE_JOINED.search(stripped, 0, start)):
            # (conjuncts, not an appositive: "in Palau, the United States intends" has a subject)
            blocked = blocked or (_JOINED.search(stripped, start) is not None
                                  and resolver.resolve(stripped[start:]) is not None)
            continue
        actors = resolver.resolve(stripped[start:], context=stripped[:start])
        if actors is not None:  # "Neither side will recognise": every party, negated
            negated = negated or stripped[start:].split(None, 1)[0].lower() in g.negations
            return Subject(actors, "explicit", negated, _last_word(stripped[:start]))
    return Subject(None, "other", negated)


_REQUESTS: dict[frozenset[str], re.Pattern] = {}


def _requests(g: Grammar) -> re.Pattern:
    """The language's verbs of asking as one pattern (a test before the per-word one)."""
    if (found := _REQUESTS.get(g.requests)) is None:
        words = "|".join(map(re.escape, sorted(g.requests))) or "(?!)"
        found = _REQUESTS[g.requests] = re.compile(r"\b(?:" + words + r")\b", re.I)
    return found


def _is_adverbial(chunk: str, g: Grammar) -> bool:
    words = chunk.split()
    if not words:
        return True
    first = words[0].lower().strip("\"“(")
    two = " ".join(w.lower() for w in words[:2])
    if first in g.adverbials or two in g.adverbials or first in g.participles:
        return True
    return first.endswith(("ing", "ed", "ly")) and len(first) > 4 and first not in g.openers


def _is_insertion(chunk: str, g: Grammar) -> bool:
    """A phrase set off by commas between a subject and its verb: opened by a preposition, an adverb, a
    participle ("built on ...", "in this anniversary year") or a relative pronoun ("which ...")."""
    words = chunk.split()
    return bool(words) and words[0][:1].islower() and (_is_adverbial(chunk, g) or words[0].lower() in g.relatives)


def main_subject(text: str, resolver: ActorResolver, g: Grammar) -> Subject:
    """The subject of the sentence's first clause, skipping introductory phrases ("To that end, we ...")."""
    marker = PARAGRAPH_MARKER.match(text)  # "- Both sides shared ... and agreed to": the subject after the bullet
    bounds = [marker.end() if marker else 0, *(m.end() for m in _CHUNK.finditer(text, marker.end() if marker else 0))]
    for here, nxt in zip(bounds, [*bounds[1:], len(text)]):
        words = text[here:nxt].strip(" ,;:").split()
        if not words:
            continue
        for k in range(min(len(words), 14), 0, -1):
            actors = resolver.resolve(" ".join(words[:k]), context=text[:here])
            if actors is not None:
                return Subject(actors, "explicit")
        if not _is_adverbial(" ".join(words), g):
            return Subject(None, "other")  # "This MOU, ..., will": the first real clause is not an actor's
    return Subject(None, "none")
