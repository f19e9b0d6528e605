"""Regular expressions built from the actor vocabulary (vocab/actors.toml).

Country names are matched case-sensitively ("US" is not "us"); determiners,
government bodies, titles and collective phrases case-insensitively. Nothing
here decides anything: transforms/actors.py uses these patterns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.regex_set import RegexSet
from transforms.vocab import load

DET = r"(?:(?:[Tt]he|THE|[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’]\s?)?"
OF = r"(?:of|du|des|de\s+la|de\s+l['’]\s?|de|d['’]\s?)"
CAP = r"[A-ZÀ-ÖØ-Ý][\w’'&.\-]*"
NAME_TOKENS = CAP + r"(?:\s+(?:" + CAP + r"|von|van|der|den|bin))" + "{0,4}"
_OF_TAIL = r"(?:\s+(?:of|for|on|de|du|des)\s+(?:the\s+|la\s+|l['’])?" + CAP + r"(?:,?\s+(?:" + CAP + r"|and|&|of|the|for|on|et|de|du|des|la))*)?"
PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _ci(words) -> str:
    return "(?i:" + _alt(words) + ")"


@dataclass(frozen=True)
class ActorPatterns:
    name_to_iso: dict[str, str]
    adjective_to_iso: dict[str, str]
    leaders: dict[str, str]
    name_search: re.Pattern  # a country name anywhere
    name_atom: re.Pattern  # "the Republic of Korea"
    body_atom: re.Pattern  # "the Canadian Department of National Defence"
    of_atom: re.Pattern  # "the Government of Canada"
    person_atom: re.Pattern  # "Japanese Prime Minister Kishida", "President Yoon"
    bare_person: re.Pattern  # "Yoon Suk Yeol"
    collective: re.Pattern  # "our two countries", "we"
    title_re: str  # alternation of titles, case-insensitive
    names_re: str  # alternation of names, case-sensitive
    adjectives_re: str


@lru_cache(maxsize=None)
def patterns() -> ActorPatterns:
    vocab = load("actors")
    name_to_iso: dict[str, str] = {}
    adjective_to_iso: dict[str, str] = {}
    for iso, entry in vocab["countries"].items():
        for name in entry.get("names", []):
            name_to_iso[name] = iso
        for adj in entry.get("adjectives", []):
            adjective_to_iso[adj] = iso
    names = "(?:" + _alt(name_to_iso) + ")"
    adjectives = "(?:" + _alt(adjective_to_iso) + ")"
    bodies = _ci(vocab["bodies"]["words"])
    titles = _ci(vocab["titles"]["words"])
    coll = vocab["collective"]
    numbered = [d for d in coll["determiners"] if re.search(r"two|three|four|both|deux|trois", d)]
    collective = (
        r"(?:(?i:" + _alt(coll["determiners"]) + r")\s+(?:(?i:respective)\s+)?(?:[A-Z][\w-]*\s+){0,2}(?i:" + _alt(coll["heads"]) + r"))"
        + r"|(?i:(?:" + _alt(numbered) + r")\s+(?:" + _alt(coll["numbered_heads"]) + r")"
        + r"|" + _alt(coll["bare"]) + r"|" + _alt(coll["pronouns"]) + r")"
    )
    edge_l, edge_r = r"(?<![\w])", r"(?![\w])"
    return ActorPatterns(
        name_to_iso=name_to_iso,
        adjective_to_iso=adjective_to_iso,
        leaders=dict(vocab.get("leaders", {})),
        name_search=re.compile(edge_l + "(" + names[3:-1] + ")" + edge_r),
        name_atom=re.compile(DET + "(" + names + ")"),
        body_atom=re.compile(
            DET + r"(?:(" + names + r")(?:['’]s)?|(" + adjectives + r"))\s+(?:" + CAP + r"\s+){0,2}?"
            + bodies + _OF_TAIL
        ),
        of_atom=re.compile(DET + bodies + _OF_TAIL + r",?\s+" + OF + r"\s*" + DET + "(" + names + ")"),
        person_atom=re.compile(
            DET + r"(?:(?:(" + adjectives + r")|(" + names + r")(?:['’]s)?)\s+)?" + titles
            + r"(?:\s+(" + NAME_TOKENS + r"))?(?:,?\s+" + OF + r"\s*" + DET + "(" + names + r"))?"
        ),
        bare_person=re.compile(NAME_TOKENS),
        collective=re.compile(collective),
        title_re=titles,
        names_re=names,
        adjectives_re=adjectives,
    )


@lru_cache(maxsize=None)
def person_learners() -> tuple[re.Pattern, ...]:
    """Patterns that tie a person's name to a country; groups ``person``, ``title``, ``country``/``adj``."""
    p = patterns()
    t, n, a = "(?P<title>" + p.title_re + ")", p.names_re, p.adjectives_re
    person = r"(?P<person>" + NAME_TOKENS + r")"
    country = r"(?P<country>" + n + r")"
    return (
        # "Prime Minister Justin Trudeau of Canada", "le président Yoon Suk Yeol de la République de Corée"
        re.compile(t + r"\s+" + person + r"(?:\s*\([^()]{1,20}\))?,?\s+" + OF + r"\s*" + DET + country + r"(?![\w])"),
        # "Japanese Prime Minister Kishida Fumio", "India's Prime Minister Narendra Modi"
        re.compile(r"(?<![\w])(?:(?P<adj>" + a + r")|" + country + r"(?:['’]s)?)\s+" + t + r"\s+" + person),
        # "the President of the Republic of Korea, Yoon Suk Yeol"
        re.compile(t + r"\s+" + OF + r"\s*" + DET + country + r"(?![\w]),\s+" + person),
        # "Anthony Albanese, Prime Minister of Australia"
        re.compile(person + r",\s+" + t + r"\s+" + OF + r"\s*" + DET + country + r"(?![\w])"),
    )


@lru_cache(maxsize=None)
def title_of_country() -> re.Pattern:
    """A title tied to a country without a name: "the Prime Minister of the United Kingdom"."""
    p = patterns()
    return re.compile(
        r"(?<![\w])(?P<title>" + p.title_re + r")\s+" + OF + r"\s*" + DET + r"(?P<country>" + p.names_re + r")(?![\w])"
    )


@lru_cache(maxsize=None)
def people_finders() -> RegexSet:
    """``person_learners()``, then ``title_of_country()``."""
    return RegexSet((*person_learners(), title_of_country()))


@lru_cache(maxsize=None)
def person_after_title() -> RegexSet:
    """A title and the capitalised name after it ("Prime Minister Trudeau"); group 1 is the name."""
    return RegexSet([re.compile(patterns().title_re + r"\s+(" + r"[A-ZÀ-Ý][\w’'\-]*(?:\s+[A-ZÀ-Ý][\w’'\-]*){0,3})")])


@lru_cache(maxsize=None)
def leader_names() -> tuple[RegexSet, tuple[str, ...]]:
    """The regexes of the fallback leaders' names (any case) and, in the same order, their countries."""
    leaders = patterns().leaders
    regexes = [re.compile(r"(?<![\w])(?i:" + re.escape(name) + r")(?![\w])") for name in leaders]
    return RegexSet(regexes), tuple(leaders.values())


def strip_parentheses(text: str) -> str:
    """Drop short parentheticals such as acronyms: "the Republic of Korea (ROK)"."""
    return PARENTHESIS.sub("", text) if "(" in text else text
