"""Regular expressions built from the actor vocabulary (vocab/actors.toml).

Country names are matched case-sensitively ("US" is not "us"); determiners,
government bodies, titles and collective phrases case-insensitively. Nothing
here decides anything: transforms/actors.py uses these patterns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.alternation import longest_first, word_alternation
from transforms.regex_set import SENTENCES, RegexSet
from transforms.vocab import load

DET = r"(?:(?:[Tt]he|THE|[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’]\s?)?"
OF = r"(?:of|du|des|de\s+la|de\s+l['’]\s?|de|d['’]\s?)"
CAP = r"[A-ZÀ-ÖØ-Ý][\w’'&.\-]*"
NAME_TOKENS = CAP + r"(?:\s+(?:" + CAP + r"|von|van|der|den|bin))" + "{0,4}"
_PLURAL_TITLES = "Ministers|Presidents|Prime\\s+Ministers|Leaders|Secretaries|Ministres"
_EN_TAIL = r"\s+(?:of|for|on|de|du|des)\s+(?:the\s+|la\s+|l['’])?" + CAP + r"(?:,?\s+(?:" + CAP + r"|and|&|of|the|for|on|et|de|du|des|la))*"
# French writes the remit in lower case after the body ("Département fédéral de la défense, de la protection
# de la population et des sports", "Agence des ressources naturelles et de l’énergie")
# (each word read one way only: a tail that does not fit must fail fast, not by trying every split)
_FR_TAIL = r"\s+(?:(?:de|du|des|pour|à|chargée?\s+de)\s+|d['’]\s?)[\w’'-]+(?:,?\s+[\w’'-]+)*?"
_OF_TAIL = r"(?:" + _EN_TAIL + "|" + _FR_TAIL + r")?"
PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)")


def _alt(words) -> str:
    return longest_first(words)


def _ci(words) -> str:
    return "(?i:" + _alt(words) + ")"


def _trie(words) -> str:
    """``_alt(words)`` as a trie (transforms/alternation.py): the same matches, found faster. Used in the
    patterns that are only matched; the exported alternations stay plain, as RegexSet draws its needles
    (whole words) from them."""
    return word_alternation(words)


def _trie_ci(words) -> str:
    """``_ci(words)`` as a trie."""
    return "(?i:" + word_alternation(words, ignore_case=True) + ")"


@dataclass(frozen=True)
class ActorPatterns:
    name_to_iso: dict[str, str]
    adjective_to_iso: dict[str, str]
    leaders: dict[str, str]
    leader_titles: dict[str, frozenset[str]]  # ISO3 -> the titles its leaders go by (lower case)
    title_synonyms: dict[str, str]  # a title written another way -> the way it is learned and looked up
    company_suffixes: dict[str, str]  # the legal form closing a company's name ("Berhad") -> its country
    company_suffix_ends: tuple[str, ...]  # " Berhad", " Oyj", ...: a test before the lookup
    name_search: re.Pattern  # a country name anywhere
    name_atom: re.Pattern  # "the Republic of Korea"
    body_atom: re.Pattern  # "the Canadian Department of National Defence"
    of_atom: re.Pattern  # "the Government of Canada"
    body_adjective_atom: re.Pattern  # "l’Agence suisse pour ..."
    federal_body: re.Pattern  # "l’Office fédéral de l’énergie": the publisher's
    own_body: re.Pattern  # "the Department of Trade, Industry and Competition": the publisher's
    named_of_atom: re.Pattern  # "the Natural Sciences and Engineering Research Council of Canada"
    plural_titles: re.Pattern  # "Foreign Ministers Mauro Vieira and Mélanie Joly": every party
    of_collective: re.Pattern  # "the defense authorities of the two countries": every party
    own_body_stems: tuple[str, ...]  # their first six letters, a test before the regex ("depart", "minist")
    person_atom: re.Pattern  # "Japanese Prime Minister Kishida", "President Yoon"
    bare_person: re.Pattern  # "Yoon Suk Yeol"
    collective: re.Pattern  # "our two countries", "we"
    named_body: re.Pattern  # "Natural Resources Canada", "Emploi et Développement social Canada"
    publisher_body: re.Pattern  # "the Federal Government": the publishing government's, named by no country
    publisher_body_ends: tuple[str, ...]  # their last words, lower case (a test before the regex)
    agencies: dict[str, str]  # "NASA" -> "USA": national agencies whose names name no country
    # the eight atoms above (federal, own and named bodies, plural titles and of-collectives aside) as
    # alternatives: fullmatches exactly the phrases one of them does
    any_atom: re.Pattern
    title_re: str  # alternation of titles, case-insensitive
    names_re: str  # alternation of names, case-sensitive
    adjectives_re: str
    title_trie: str  # the same three as tries: the same matches, found faster (transforms/alternation.py)
    names_trie: str
    adjectives_trie: str


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
    titles = _ci(vocab["titles"]["words"])
    # the same alternations as tries, for the atoms (fullmatched once per candidate subject phrase)
    names_t = "(?:" + _trie(name_to_iso) + ")"
    adjectives_t = "(?:" + _trie(adjective_to_iso) + ")"
    bodies_t = _trie_ci(vocab["bodies"]["words"])
    titles_t = _trie_ci(vocab["titles"]["words"])
    coll = vocab["collective"]
    numbered = [d for d in coll["determiners"] if re.search(r"two|three|four|both|deux|trois", d)]
    # a portfolio: "of Foreign Affairs", "responsible for Trade", "des Affaires étrangères" (a capitalised
    # word first; French keeps the adjectives after it in lower case)
    portfolio = (
        r"(?:\s+(?:(?i:of|for|on|responsible\s+for|in\s+charge\s+of|de|du|des|de\s+la|de\s+l['’]\s?"
        r"|chargée?s?\s+(?:de|du|des))\s+)(?:(?i:the|la|le|les|l['’])\s?\s*)?" + CAP
        + r"(?:,?\s+(?:" + CAP + r"|(?i:and|&|of|the|for|et|de|du|des|la)|[a-zà-ÿ][\w’'-]*))" + "{0,5}"
        # "responsible for international relations": a remit in lower case
        + r"|\s+(?i:responsible\s+for|in\s+charge\s+of)\s+[a-z][\w’'-]*(?:,?\s+[a-z][\w’'-]*){0,4})"
    )
    collective = (
        r"(?:" + _trie_ci(coll["determiners"]) + r"\s+(?:(?i:respective)\s+)?(?:[A-Z][\w-]*\s+){0,2}"
        + _trie_ci(coll["heads"]) + r")"
        + r"|(?:(?:" + _trie_ci(coll["determiners"]) + r"\s+)?" + _trie_ci(coll["portfolio_heads"]) + portfolio + r")"
        + r"|(?:" + _trie_ci(numbered) + r"\s+" + _trie_ci(coll["numbered_heads"])
        + r"|" + _trie_ci(coll["bare"]) + r"|" + _trie_ci(coll["pronouns"]) + r")"
        # "each side", "neither country", "each of the two countries", "neither of us", "chacune des parties"
        + r"|(?:" + _trie_ci(coll["distributives"]) + r"\s+(?:" + _trie_ci(coll["singular_heads"])
        + r"|(?i:of\s+(?:us|them)|d['’]\s?entre\s+(?:nous|eux|elles))"
        + r"|(?i:(?:of|des|d['’]\s?entre)\s+(?:(?:the|our|their|les|nos|leurs)\s+)?"
        + r"(?:(?:two|three|four|deux|trois|quatre)\s+)?)"
        + _trie_ci(coll["heads"] + coll["numbered_heads"]) + r"))"
    )
    edge_l, edge_r = r"(?<![\w])", r"(?![\w])"
    fields = dict(
        name_to_iso=name_to_iso,
        adjective_to_iso=adjective_to_iso,
        leaders=dict(vocab.get("leaders", {})),
        leader_titles={iso: frozenset(t.lower() for t in titles)
                       for iso, titles in vocab.get("leader_titles", {}).items()},
        title_synonyms={k.lower(): v.lower() for k, v in vocab.get("title_synonyms", {}).items()},
        company_suffixes=dict(vocab.get("company_suffixes", {})),
        company_suffix_ends=tuple(" " + k for k in vocab.get("company_suffixes", {})),
        name_search=re.compile(edge_l + "(" + names_t[3:-1] + ")" + edge_r),
        name_atom=re.compile(DET + "(" + names_t + ")"),
        body_atom=re.compile(
            DET + r"(?:(" + names_t + r")(?:['’]s|(?<=s)['’])?|(" + adjectives_t + r"))\s+(?:" + CAP + r"\s+(?:(?:and|&)\s+)?){0,5}?"
            # "Sweden's innovation agency", "Korean financial institutions": lower case after a possessive or
            # an adjective
            + r"(?:(?<=['’]s\s)(?:[a-z][\w-]*\s+){1,2}?|(?<=[a-z]\s)(?:[a-z][\w-]*\s+){1,2}?)?"
            + bodies_t + _OF_TAIL
        ),
        # (capitalised words may name the body before its head: "the Natural Sciences and Engineering Research
        # Council of Canada")
        of_atom=re.compile(DET + bodies_t + _OF_TAIL + r",?\s+" + OF + r"\s*" + DET + "(" + names_t + ")"),
        named_of_atom=re.compile(DET + r"(?:" + CAP + r"\s+(?:(?:and|&)\s+)?){1,4}?" + bodies_t + _OF_TAIL + r",?\s+"
                                 + OF + r"\s*" + DET + "(" + names_t + ")"),
        # "the defense authorities of the two countries", "the relevant ministries of both sides"
        # (with their remit: "the ministries responsible for trade of both countries", "les ministères chargés de
        # l'enseignement supérieur des deux pays")
        of_collective=re.compile(r"(?:(?i:the)\s+)?(?:[a-z][\w-]*\s+){0,2}" + _trie_ci(coll["heads"])
                                 + r"(?:\s+(?:in\s+charge\s+of|responsible\s+for)(?:\s+[a-z][\w'’-]*){1,5}?)?"
                                 + r"\s+of\s+(?i:the\s+two|the\s+three|the\s+four|both|our\s+two|our)\s+"
                                 + _trie_ci(["countries", "nations", "sides", "governments", "parties"])
                                 # "les services compétents des deux pays"
                                 + r"|(?:(?i:les)\s+)?" + _trie_ci(coll["heads"]) + r"(?:\s+[a-zà-ÿ]+)?"
                                 + r"(?:\s+(?:chargée?s?|en\s+charge|responsables?)\s+(?:de\s+l['’]\s?|de\s+la|de|d['’]|du|des)"
                                 + r"(?:\s*[a-zà-ÿ][\w'’-]*){1,6}?)?\s+(?i:des|de\s+nos)\s+"
                                 r"(?i:deux|trois|quatre)\s+" + _trie_ci(["pays", "parties", "gouvernements", "États"])),
        # "Foreign Ministers Mauro Vieira and Mélanie Joly": a plural title, then a name for each party
        plural_titles=re.compile(r"(?:" + CAP + r"\s+){0,2}(?:" + _PLURAL_TITLES + r")\s+" + NAME_TOKENS
                                 + r"\s*(?:,|\s(?:and|et))\s+" + NAME_TOKENS),
        # French puts the country's adjective after the body: "l’Agence suisse pour l’encouragement de
        # l’innovation", "le Ministère japonais des Affaires étrangères"
        # (maybe after another adjective: "l’Agence spatiale luxembourgeoise", "l’Institut supérieur coréen ...")
        body_adjective_atom=re.compile(DET + bodies_t + r"(?:\s+[a-zà-ÿ][\w’'-]*){0,2}?\s+(" + adjectives_t + r")" + _OF_TAIL),
        # a federal body is the publishing federation's: "the Federal Ministry for Economic Affairs" (DEU on
        # the Chancellery's page), "l’Office fédéral de l’énergie", "le Département fédéral des affaires
        # étrangères"
        federal_body=re.compile(DET + r"(?:(?i:federal)\s+(?:(?:" + CAP + r")\s+){0,2}?" + bodies_t + "|" + bodies_t
                                + r"\s+(?i:fédéral|fédérale|fédéraux))" + _OF_TAIL),
        person_atom=re.compile(
            DET + r"(?:(?:(" + adjectives_t + r")|(" + names_t + r")(?:['’]s|(?<=s)['’])?)\s+)?" + titles_t
            + r"(?:\s+(" + NAME_TOKENS + r"))?(?:,?\s+" + OF + r"\s*" + DET + "(" + names_t + r"))?"
        ),
        bare_person=re.compile(NAME_TOKENS),
        # a body named by its remit and then its country (Canada's departments: "Global Affairs Canada")
        # (not "Le Canada appuie les efforts du Mexique": no article first, no "of/du" before the country)
        # (lower-case words as French writes them, "Emploi et Développement social Canada"; no verb, and no
        # country first: "Korea remain committed to supporting Ukraine", "China supports Brazil" are clauses)
        named_body=re.compile(r"(?!(?:The|Le|La|Les|L['’]|[A-Z]\w*['’]s)\b)(?!" + names_t + r"\s)" + CAP + r"(?:\s+(?:" + CAP
                              + r"|(?!(?:to|will|shall|would|remain|remains|is|are|was|were|has|have|had|be|been)\b)"
                              r"(?![a-zà-ÿ][\w’'-]*(?:ing|ed)\b)[a-zà-ÿ][\w’'-]*|&|,)){0,5}?(?<!\sof)(?<!\sdu)(?<!\sde)(?<!\sdes)(?<!\sfor)(?<!\sd['’])"
                              r"(?<!\sthe)(?<!\sbetween)(?<!\swith)(?<!\sand)(?<!\sin)(?<!\sto)(?<!\sby)\s+("
                              + names_t + r")"),
        collective=re.compile(collective),
        # a ministry named by its remit alone, on a government's page its own: "The Department of Trade,
        # Industry and Competition" (South Africa's Presidency), "the Ministry of Foreign Affairs"
        own_body=re.compile(DET + _trie_ci(vocab["own_bodies"]["words"]) + _OF_TAIL),
        own_body_stems=tuple(sorted({w.lower()[:6] for w in vocab["own_bodies"]["words"]})),
        publisher_body=re.compile(DET + _trie_ci(vocab["publisher_bodies"]["words"])),
        publisher_body_ends=tuple(sorted({w.split()[-1].lower() for w in vocab["publisher_bodies"]["words"]})),
        agencies=dict(vocab.get("agencies", {})),
        title_re=titles,
        names_re=names,
        adjectives_re=adjectives,
        title_trie=titles_t,
        names_trie=names_t,
        adjectives_trie=adjectives_t,
    )
    atoms = ("name_atom", "body_atom", "of_atom", "body_adjective_atom", "collective", "person_atom", "bare_person",
             "named_body")
    return ActorPatterns(**fields, any_atom=re.compile("|".join("(?:" + fields[a].pattern + ")" for a in atoms)))


# an article and a courtesy title before a name: "le Dr", "M.", "Mme", "Mr.", "H.E.", "S.E. M."
HONORIFICS = (r"(?:(?:le|la|the)\s+)?(?:(?:H\.E\.|S\.E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Mlle|Shri|Smt\.?|Sheikh)\s+){0,2}")


def _learner_sources(title: str, names: str, adjectives: str) -> tuple[str, ...]:
    """The sources of ``person_learners()``, given the alternations of titles, country names, adjectives."""
    t = "(?P<title>" + title + ")"
    person = r"(?P<person>" + NAME_TOKENS + r")"
    country = r"(?P<country>" + names + r")"
    return (
        # "Prime Minister Justin Trudeau of Canada", "le président Yoon Suk Yeol de la République de Corée"
        t + r"\s+" + person + r"(?:\s*\([^()]{1,20}\))?,?\s+" + OF + r"\s*" + DET + country + r"(?![\w])",
        # "Japanese Prime Minister Kishida Fumio", "India's Prime Minister Narendra Modi"
        r"(?<![\w])(?:(?P<adj>" + adjectives + r")|" + country + r"(?:['’]s|(?<=s)['’])?)\s+" + t + r"\s+" + person,
        # "the President of the Republic of Korea, Yoon Suk Yeol"; "le Premier ministre de la République de Maurice,
        # le Dr Navinchandra Ramgoolam", "..., M. Narendra Modi", "..., H.E. Mr. Lee Jae-myung"
        t + r"\s+" + OF + r"\s*" + DET + country + r"(?![\w]),\s+" + HONORIFICS + person,
        # "Anthony Albanese, Prime Minister of Australia" (not when a name follows: "At the invitation of Prime
        # Minister Lawrence Wong, President of the Republic of Korea (ROK) Yoon Suk Yeol made ...": Yoon's title)
        person + r",\s+" + t + r"\s+" + OF + r"\s*" + DET + country + r"(?![\w])"
        + r"(?!\s*(?:\([^()]{1,20}\)\s*)?\s(?-i:[A-ZÀ-Ý])[\w’'-]*[a-zà-ÿ])",
    )


def _title_of_country_source(title: str, names: str) -> str:
    return r"(?<![\w])(?P<title>" + title + r")\s+" + OF + r"\s*" + DET + r"(?P<country>" + names + r")(?![\w])"


def _after_title_source(title: str) -> str:
    return title + r"\s+(" + r"[A-ZÀ-Ý][\w’'\-]*(?:\s+[A-ZÀ-Ý][\w’'\-]*){0,3})"


@lru_cache(maxsize=None)
def person_learners() -> tuple[re.Pattern, ...]:
    """Patterns that tie a person's name to a country; groups ``person``, ``title``, ``country``/``adj``."""
    p = patterns()
    return tuple(map(re.compile, _learner_sources(p.title_trie, p.names_trie, p.adjectives_trie)))


@lru_cache(maxsize=None)
def title_of_country() -> re.Pattern:
    """A title tied to a country without a name: "the Prime Minister of the United Kingdom"."""
    p = patterns()
    return re.compile(_title_of_country_source(p.title_trie, p.names_trie))


@lru_cache(maxsize=None)
def people_finders() -> RegexSet:
    """``person_learners()``, then ``title_of_country()``. (They run with trie alternations; RegexSet reads
    its needles, whole titles and names, from the same patterns with plain ones.)"""
    p = patterns()
    plain = (*_learner_sources(p.title_re, p.names_re, p.adjectives_re), _title_of_country_source(p.title_re, p.names_re))
    return RegexSet((*person_learners(), title_of_country()), needles_from=[re.compile(s) for s in plain],
                    group=SENTENCES)


@lru_cache(maxsize=None)
def person_after_title() -> RegexSet:
    """A title and the capitalised name after it ("Prime Minister Trudeau"); group 1 is the name."""
    p = patterns()
    return RegexSet([re.compile(_after_title_source(p.title_trie))], group=SENTENCES,
                    needles_from=[re.compile(_after_title_source(p.title_re))])


@lru_cache(maxsize=None)
def leader_names() -> tuple[RegexSet, tuple[str, ...]]:
    """The regexes of the fallback leaders' names (any case) and, in the same order, their countries."""
    leaders = patterns().leaders
    regexes = [re.compile(r"(?<![\w])(?i:" + re.escape(name) + r")(?![\w])") for name in leaders]
    return RegexSet(regexes), tuple(leaders.values())


def strip_parentheses(text: str) -> str:
    """Drop short parentheticals such as acronyms: "the Republic of Korea (ROK)"."""
    return PARENTHESIS.sub("", text) if "(" in text else text
