"""Who speaks in a document, and who a sentence's subject stands for (ISO3 codes).

- ``document_parties`` reads the parties off the document itself: the leaders
  named in the opening ("We, President Yoon Suk Yeol of the Republic of Korea
  and Prime Minister Justin Trudeau of Canada, met today"), the countries in
  the title ("... Between the Republic of Korea and Canada", "U.S.-Japan
  Joint Statement"), else the publishing government.
- ``learn_people`` ties people to countries from the text ("Prime Minister
  Justin Trudeau of Canada" makes a later "Prime Minister Trudeau" CAN).
- ``ActorResolver.resolve`` turns a subject phrase into ISO3 codes, or None
  when the phrase is not an actor ("This MOU", "Our joint efforts").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from transforms.actor_patterns import (
    HONORIFICS, NAME_TOKENS, leader_names, patterns, people_finders, person_after_title, person_learners,
    strip_parentheses,
)
from transforms.instrument_names import normalize as normalize_name
from transforms.korean import korean_countries
from transforms.vocab import load

# r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|as\s+well\s+as|along\s+with|together\s+with)\s+", written to start
# with the character class every match starts with, so that the regex engine skips ahead to those characters
_SEPARATOR = re.compile(
    r"[\s,](?:(?<=,)\s*(?:and\s+|et\s+)?|(?<=\s)\s*,\s*(?:and\s+|et\s+)?"
    r"|(?<=\s)\s*(?:and|et|nor|ni|as\s+well\s+as|along\s+with|together\s+with)\s+)"
)
# the city a body stands in, after its name and before "and", a comma or the end ("the Instituto Cervantes in Seoul and
# the Korean Cultural Centre in Madrid will jointly organise")
_LOCATED = re.compile(r"(?<=[A-Za-zÀ-ÿ)])\s+(?:in|à)\s+(?-i:[A-ZÀ-Ý])[\w’'-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w’'-]+)?"
                      r"(?=\s*(?:,|\s(?:and|et)\s|$))")
# a description set off by commas after the first of two actors, before "and": "Canada, the world's largest producer
# of potash, and Morocco"
_APPOSED = re.compile(r",\s+(?:(?:the|le|la|les|l['’]|un|une|a|an)\s*)?(?:[a-zà-ÿ][\w’'-]*|world['’]s)[^,]{0,80},(?=\s+(?:and|et)\s)")
_NEITHER = re.compile(r"(?:[Nn]either|[Nn]i)\s+(?=\S)")  # "Neither Canada nor Korea", "Ni Maurice ni l'Inde"
_THIRD_PERSON = frozenset({"he", "she", "il", "elle"})
_FIRST_SINGULAR = frozenset({"i", "je"})
_THEY = frozenset({"they", "ils", "elles"})
_OWN_HEAD_OF_STATE = frozenset({"le chef de l'état", "the head of state", "le président de la république",
                                 "le président de la république, chef de l'état"})
# a state by the form of its formal name: "the Kingdom affirmed that it will remain a reliable supplier"
_STATE_FORMS = frozenset({"the kingdom", "the sultanate", "the principality", "the grand duchy", "the emirates",
                          "le royaume", "le sultanat", "la principauté"})
_WE = frozenset({"we", "nous"})
_SKIP_TOKENS = frozenset({
    "Jr", "Sr", "The", "Le", "La", "Honourable", "Honorable", "Right", "Excellency", "Mr", "Mrs", "Ms", "Dr", "Sir",
    "H.E", "HE", "Madame", "Monsieur", "M", "Mme", "Son", "Sa", "Excellence", "His", "Her", "S.E",
})
# an honorific opening a person's name: "Son Excellence Monsieur Patrice TALON, Président de ..." is someone new, not
# the name of the title before it ("Président de la République de Corée, Son Excellence ...")
_HONORIFIC = re.compile(r"(?:Son|Sa|His|Her|S\.E\.|H\.E\.)\s")
_UNKNOWN = object()  # not yet in a resolver's cache
# "X thanked Y and noted that he ...": a reporting verb of the sentence's subject, joined by "and", then
# "that" right before the pronoun (French "et a indiqué qu'il")
_REPORTED_BY_SUBJECT = re.compile(r"\b(?:and|et)\s+(?:also\s+)?(?:noted|said|stated|added|indicated|explained|"
                                  r"confirmed|a\s+indiqué|a\s+précisé|a\s+ajouté)\s+(?:that|qu['’]?)\s*$")
_REPORTED_IT = re.compile(r"(?:^|[,;]\s*(?:and\s+|et\s+)?)(?P<subject>[^,;]{1,80}?\s+)??(?:also\s+)?(?:affirmed|"
                          r"reaffirmed|said|stated|noted|confirmed|indicated|stressed|emphasi[sz]ed|underlined|"
                          r"assured|added|announced|pledged|(?:a|ont)\s+(?:\w+\s+)?(?:affirmé|indiqué|confirmé|annoncé|assuré|"
                          r"déclaré|précisé|souligné|réaffirmé))\s+(?:that|qu['’]?)"
                          r"\s*$")
_ARTICLES = ("the ", "le ", "la ", "les ", "l'", "l’")
_LEADING_ARTICLE = re.compile(r"^(?:(?i:the|le|la|les)\s+|(?i:l)['’]\s?)")
# an appositive: a name of one to five capitalised words (an agency, a person), maybe with its acronym
# ("Vinnova", "Enterprise Ireland", "Japan External Trade Organization (JETRO)"), then what it is
# ("the ...", "Sweden's ...")
_PROPER_NAME = re.compile(r"(?-i:[A-Z][\w.&-]*)(?:\s+(?:(?-i:[A-Z][\w.&-]*)|of|for|and|the|de|du|des)){0,4}"
                          r"(?:\s+\([A-Z][\w.&-]*\))?")
# a body's name the vocabulary does not know: up to seven capitalised words (and "of", "for", "and"), an
# acronym after it or alone ("the Public Investment Fund (PIF)", "Gassnova", "KOPRI")
# a name and the acronym it defines: up to ten capitalised words (and "of", "for", "and", "the"), then "(ACR)"
# (maybe with its country after the acronym: "the Electronics and Telecommunications Research Institute (ETRI) of Korea")
_NAME_OPENERS = frozenset({"the", "la", "le", "les"})
_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "du", "bin", "al", "el", "le", "la"})
_DEFINED_ACRONYM = re.compile(r"(?<=\S\s)\((?P<acronym>(?-i:[A-Z])[A-Za-z&]{1,9})\)"
                              r"(?P<of>\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})?")
# a name closed by its acronym ends there: "The Korea Institute of ... (KIGAM) and the State Department for
# Mining" is two bodies
_BODY_NAME = re.compile(r"(?:(?:the|The|[Ll][ae]s?)\s+|[Ll]['’]\s?)?[A-ZÀ-Ý][\w’'.&-]*(?:\s+[\w’'.&-]+){0,7}")
_BODY_WORD = re.compile(r"\b(?:Institute|Institut|Foundation|Fondation|Agency|Agence|Office|Corporation|Bank|Banque|Centre|"
                        r"Center|Authority|Autorité|Administration|University|Université|Academy|Académie)\b")
# a body named, then what it belongs to: "Proparco, filiale de l’AFD ...", "X, a subsidiary of KEPCO, ..."
SUBSIDIARY = re.compile(r"[A-ZÀ-Ý][\w’'.&-]*(?:\s+[A-ZÀ-Ý][\w’'.&-]*){0,3},\s+(?:(?:la|une|the|a|an)\s+)?"
                         r"(?:filiale|subsidiary|branche|branch|arm|bras)\s+(?:de\s+l['’]\s?|de\s+la\s+|de\s+|du\s+|of\s+(?:the\s+)?)"
                         r"(?P<owner>[A-ZÀ-Ý][\w’'.&-]*(?:\s+[A-ZÀ-Ý][\w’'.&-]*){0,5})")
_CLOSED_BY_ACRONYM = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)\s+(?:and|et)\s")
_ACRONYM_NAME = re.compile(r"(?:(?:the|The|[Ll][ae])\s+|[Ll]['’]\s?)?[A-Z]{3,}")
_NAME_START = re.compile(r"(?:(?:the|The|[Ll][ae]s?)\s+|[Ll]['’]\s?)?[A-Z]")
_PAIRED_NAME = re.compile(r"(?:(?:the|The|[Ll][ae])\s+|[Ll]['’]\s?)?(?-i:[A-Z][\w.&-]*)(?:\s+(?:(?-i:[A-Z][\w.&-]*)|of|for|and"
                          r"|on|&|de|du|des|et|d['’]\s?\w+|l['’]\s?\w+)){0,7}(?:\s+\([A-Z][\w.&-]*\))?")


@lru_cache(maxsize=1)
def _title_start() -> re.Pattern:
    return re.compile(r"(?:(?:the|The)\s+)?(?:" + patterns().title_trie + r")\b")


def _remit_goes_on(phrase: str, sep: re.Match) -> bool:
    """"The Ministry of Expatriates’ Welfare and Overseas Employment": after a ministry's "of", an "and" that
    is followed by no body of its own goes on with its remit."""
    other = _LEADING_ARTICLE.sub("", phrase[sep.end():].strip())
    return "," not in phrase and _MINISTRY_OF.match(phrase) is not None \
        and " and " not in phrase[: sep.start()].split(" of ", 1)[-1] \
        and not _ACRONYM_NAME.fullmatch(other) and not _BODY_WORD.search(other) and "Ministry" not in other


_MINISTRY_OF = re.compile(r"(?:[Tt]he\s+)?(?:Ministry|Department|Secretariat)\s+(?:of|for)\s")


def _paired_refused(name: str) -> bool:
    """A known organisation ("ASEAN", "the European Union"), a person's title or an instrument is no body
    of the other party."""
    from transforms.organizations import known_org_names  # (organizations imports the name vocabulary)
    bare = _LEADING_ARTICLE.sub("", name)
    words = bare.split()
    return normalize_name(bare) in known_org_names() or bool(patterns().person_atom.fullmatch(name)) \
        or words[-1].lower() in _NOT_BODIES


_NOT_BODIES = frozenset({"agreement", "partnership", "initiative", "dialogue", "plan", "strategy", "framework",
                         "declaration", "statement", "summit", "forum", "programme", "program", "meeting",
                         "committee", "union", "alliance", "group", "organization", "organisation", "league",
                         "council", "community", "nations", "states", "conference", "court"})
_DESCRIPTION = re.compile(r"\s*(?:the\s|l[ae]s?\s|l['’]|\S+['’]s\s)")
_JOINT_TITLE = re.compile(r"\bjoint\b|\bcommune\b|\bconjointe\b|\bdeclaration\b|\bcommuniqu", re.I)


def _is_appositive(phrase: str, sep: re.Match) -> bool:
    """A name before the comma ``sep``, and after it what one body it is (not a plural collective: "the
    ISA, the leaders" is no appositive)."""
    return bool(_DESCRIPTION.match(phrase, sep.end()) and _PROPER_NAME.fullmatch(phrase[: sep.start()])
                and not patterns().collective.fullmatch(phrase[sep.end():].strip()))


@dataclass
class People:
    """Name tokens and titles learned from a document, each tied to one country."""

    names: dict[str, str] = field(default_factory=dict)  # "Trudeau" -> "CAN"
    titles: dict[str, str] = field(default_factory=dict)  # "prime minister" -> "CAN"

    def countries(self) -> set[str]:
        return set(self.names.values())


def _add_unique(table: dict[str, str], key: str, iso: str, clashes: set[str]) -> None:
    if key in clashes:
        return
    if table.get(key, iso) != iso:
        clashes.add(key)
        del table[key]
        return
    table[key] = iso


def _name_key(token: str) -> str:
    """"KISHIDA" and "Kishida" are one name."""
    token = token.strip(".,’'")
    return token.title() if token.isupper() and len(token) > 3 else token


_TITLE_THEN_NAME = 2  # person_learners(): "the President of the Republic of Korea, Yoon Suk Yeol"


def learn_people(texts: list[str]) -> People:
    """Learn person -> country (and title -> country) from phrases that say both."""
    p = patterns()
    people, name_clash, title_clash = People(), set(), set()
    of_country = len(person_learners())  # people_finders(): the learners, then title_of_country()
    for text in texts:
        for i, m in people_finders().matches(text):
            if i == _TITLE_THEN_NAME and _HONORIFIC.match(m.group("person")):
                continue
            if i == of_country:  # "the Prime Minister of the United Kingdom"
                title = m.group("title").lower()
                _add_unique(people.titles, p.title_synonyms.get(title, title), p.name_to_iso[m.group("country")],
                            title_clash)
                continue
            groups = m.groupdict()
            iso = p.name_to_iso.get(groups.get("country") or "") or p.adjective_to_iso.get(groups.get("adj") or "")
            if not iso:
                continue
            for token in m.group("person").split():
                token = _name_key(token)
                if len(token) > 1 and token not in _SKIP_TOKENS and token not in p.name_to_iso:
                    _add_unique(people.names, token, iso, name_clash)
            title = m.group("title").lower()
            _add_unique(people.titles, p.title_synonyms.get(title, title), iso, title_clash)
    return people


# the publishing presidency's own head of state by title alone, then a name: "le Président de la République, M.
# Abdelmadjid Tebboune," on the Algerian Presidency's page (no country after the title)
_OWN_HEAD_NAMED = re.compile(r"(?:[Ll]e|[Tt]he)\s+(?:Président|President)\s+(?:de\s+la\s+République|of\s+the\s+Republic)"
                             r"\s*,\s+" + HONORIFICS + r"(" + NAME_TOKENS + r")\s*,")


def own_head_names(texts: list[str]) -> set[str]:
    """The name words of the head of state a page calls "the President of the Republic" with no country."""
    texts = [t for t in texts if "sident" in t and "publi" in t]  # ("Président"/"President", "République"/"Republic")
    return {_name_key(w) for t in texts for m in _OWN_HEAD_NAMED.finditer(t) for w in m.group(1).split()
            if len(w) > 2 and w not in _SKIP_TOKENS}


def _leaders_in(text: str) -> set[str]:
    names, isos = leader_names()
    return {isos[i] for i in names.which(text)}


_COMBINED = re.compile(r"(?<![\w-])((?:[A-Za-zÀ-ÿ]+o-)+)([A-Za-zÀ-ÿ]+)(?![\w-])")


def combined_adjective_countries(text: str) -> set[str]:
    """Countries a compound adjective names, its first parts in their combining forms (vocab
    ``combining_forms``): "algéro-italienne", "franco-germano-italien", "Sino-Brazilian"; empty for any other
    ("Indo-Pacific", "socio-économique")."""
    if "o-" not in text:
        return set()
    forms, adjectives = _combining_forms()
    found: set[str] = set()
    for m in _COMBINED.finditer(text):
        firsts = [forms.get(w.lower()) for w in m.group(1).split("-")[:-1]]
        last = m.group(2)
        iso = adjectives.get(last.lower()) or adjectives.get(last.lower().removesuffix("s"))
        if iso and all(firsts):
            found |= {iso, *firsts}
    return found


@lru_cache(maxsize=1)
def _combining_forms() -> tuple[dict[str, str], dict[str, str]]:
    forms = {k.lower(): v for k, v in load("actors").get("combining_forms", {}).items()}
    return forms, {a.lower(): iso for a, iso in patterns().adjective_to_iso.items()}


def _title_compound(title: str) -> set[str]:
    """The countries of a compound in a title ("ROK-Canada", "Korea-Netherlands"); empty without one."""
    p = patterns()
    names = p.names_re
    compound = re.search(r"(?<![\w])(" + names + r")(?:\s*[-–/]\s*(" + names + r"))+(?![\w])", title)
    return {p.name_to_iso[m.group(1)] for m in p.name_search.finditer(compound.group(0))} if compound else set()


def title_countries(title: str) -> set[str]:
    """Countries a title names; a compound ("ROK-Canada") or "between X and Y" wins over loose mentions."""
    p = patterns()
    if compound := _title_compound(title) or combined_adjective_countries(title):
        return compound
    between = re.search(r"\b(?:between|entre)\s+(.+)", title)
    if between and len(found := {p.name_to_iso[m.group(1)] for m in p.name_search.finditer(between.group(1))}) >= 2:
        return found
    return {p.name_to_iso[m.group(1)] for m in p.name_search.finditer(title)}


def _opening_countries(opening: str) -> set[str]:
    p = patterns()
    people = learn_people([opening])
    found = people.countries() | set(people.titles.values()) | _leaders_in(opening) \
        | combined_adjective_countries(opening)  # ("le 4e Sommet intergouvernemental algéro-italien")
    # (a list of countries runs on over its commas: "We, the leaders of Australia, India, Japan, and the
    # United States, ..." ends at the comma before a word in lower case)
    appositive = re.match(r"\s*(?:We|Nous)\s*,(.+?),(?!\s+(?:(?:and|et)\s+)?(?:the\s+|l[ae]s?\s+|l['’])?[A-ZÀ-Ý])",
                          opening)
    leaders_of = re.search(r"(?i:leaders?|dirigeants?)\s+(?:of|de|du|des)\s+(.+?)(?:[.;:]|,(?!\s+(?:(?:and|et)\s+)?"
                           r"(?:the\s+|l[ae]s?\s+|l['’])?[A-ZÀ-Ý])|\s+(?:met|have|are|issue)\b)", opening)
    for span in (appositive, leaders_of):
        if span:
            found |= {p.name_to_iso[m.group(1)] for m in p.name_search.finditer(span.group(1))}
    return found


def document_parties(
    title: str, paragraphs: list[str], doc_type: str, publisher_country: str | None, language: str = "en"
) -> tuple[str, ...]:
    """ISO3 codes (sorted) of the governments that make the statement. In Korean, whose names carry
    particles ("캐나다는"), the countries the title and opening name (transforms/korean.py) make a joint
    statement's parties, and any document's when nothing else does."""
    parties = _parties_read(title, paragraphs, doc_type, publisher_country)
    if language == "ko":
        named = korean_countries(" ".join([title, *paragraphs[:1]]))
        if (doc_type == "joint_statement" and len(named) >= 2) or not parties:
            return tuple(sorted(named))
    return parties


def _parties_read(title: str, paragraphs: list[str], doc_type: str, publisher_country: str | None
                  ) -> tuple[str, ...]:
    opening = strip_parentheses(next((p for p in paragraphs if len(p.split()) >= 8), paragraphs[0] if paragraphs else ""))
    from_opening = _opening_countries(opening)
    from_title = title_countries(title)
    publisher = {publisher_country} if publisher_country else set()
    if doc_type == "joint_statement" or _JOINT_TITLE.search(title):
        for candidate in (from_opening, from_title, from_opening | from_title, from_opening | from_title | publisher):
            if len(candidate) >= 2:
                return tuple(sorted(candidate))
        return tuple(sorted(from_opening | from_title | publisher))
    if publisher and len(pair := _title_compound(title)) == 2 and publisher <= pair:
        return tuple(sorted(pair))  # "Korea-Netherlands Foreign Ministers' Strategic Dialogue": a meeting of two
    if publisher:
        return tuple(sorted(publisher))
    return tuple(sorted(from_opening or from_title))


@dataclass
class ActorResolver:
    """Resolves subject phrases in one document."""

    parties: tuple[str, ...]
    people: People = field(default_factory=People)
    doc_type: str = "joint_statement"
    publisher_country: str | None = None
    last_person: str | None = None  # country of the latest person mentioned (for "he"/"she")
    last_subject: str | None = None  # the one actor of the sentence before, if it had one ("La France
    # réaffirme ... . À cette fin, elle étendra ...": "elle" is France; "il"/"elle" stand for countries too)
    # atoms and phrases resolved so far without "he"/"she": they depend only on the fields above, which stay
    # fixed (last_person aside); _pronouns counts the "he"/"she" resolved, which depend on where they stand
    _atoms: dict[str, tuple[str, ...] | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    _resolved: dict[str, tuple[str, ...] | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    _pronouns: int = field(default=0, init=False, repr=False, compare=False)

    def collective(self) -> tuple[str, ...]:
        """"We", "the two leaders": every party; in a one-government release, every country whose leader is named."""
        if len(self.parties) >= 2 or self.doc_type == "joint_statement":
            return self.parties
        return tuple(sorted(set(self.parties) | self.people.countries()))

    def learn_acronyms(self, texts: list[str]) -> None:
        """Acronyms the document defines for bodies of one country ("the Korea Electric Power Corporation
        (KEPCO)", "the Electronics and Telecommunications Research Institute (ETRI) of Korea"): later "KEPCO",
        "the KEPCO" are that country. Only the words before the acronym that name a country are read."""
        p = patterns()
        for text in texts:
            if "(" not in text:
                continue
            for m in _DEFINED_ACRONYM.finditer(text):
                acronym, of = m.group("acronym"), m.group("of") or ""
                if acronym in self._atoms or p.name_search.fullmatch(acronym):
                    continue  # (a country's own acronym, "ROK", is read as its name)
                words = text[: m.start()].split()[-12:]
                if not (p.name_search.search(" ".join(words) + of)
                        or any(w.strip(",.;:’'") in p.adjective_to_iso for w in words)):
                    continue  # (no country named: no body of one)
                # the longest run of those words that names one country's body (not "the Ministry of Energy
                # of Türkiye and Korea Electric Power Corporation (KEPCO)": two)
                for k in range(len(words)):
                    if not (words[k][:1].isupper() or words[k].lower() in _NAME_OPENERS
                            or words[k][:2].lower() in ("l'", "l’")):
                        continue
                    found = self.resolve(" ".join(words[k:]) + of)
                    if found is not None and len(found) == 1:
                        self._atoms[acronym] = self._atoms["the " + acronym] = found
                        break

    def resolve(self, phrase: str, context: str = "") -> tuple[str, ...] | None:
        """ISO3 codes of an actor phrase (a coordination of actors), or None if it is not one."""
        if phrase in self._resolved:
            return self._resolved[phrase]
        pronouns = self._pronouns
        found = self._resolve(phrase, context)
        if self._pronouns == pronouns:
            self._resolved[phrase] = found
        return found

    def _resolve(self, phrase: str, context: str, listed: bool = False) -> tuple[str, ...] | None:
        closed = "(" in phrase and _CLOSED_BY_ACRONYM.search(phrase) is not None
        phrase = strip_parentheses(phrase).strip(" ,;:\"“”")
        if not phrase:
            return None
        if phrase.count(",") >= 2 and (bare := _APPOSED.sub("", phrase, count=1)) != phrase:
            found = self._resolve(bare, context, listed)  # "Le Canada, premier producteur mondial de potasse, et le Maroc"
            if found is not None and len(found) >= 2:
                return found
        if " in " in phrase or " à " in phrase:  # a body with its city: "the Korean Cultural Centre in Madrid"
            phrase = _LOCATED.sub("", phrase).strip()
        if phrase[:1] in "Nn" and (neither := _NEITHER.match(phrase)) and _SEPARATOR.search(phrase, neither.end()):
            phrase = phrase[neither.end():]  # (each one of a "neither ... nor": "Ni Maurice ni l'Inde ne permettront")
        if "," in phrase and (sub := SUBSIDIARY.match(phrase)) is not None \
                and (owner := self._atom(sub.group("owner"), context)) is not None:
            return owner  # "Proparco, filiale de l’AFD dédiée au secteur privé": the owner's country
        # ``listed``: an "and" stands further right, so a bare comma joins a list ("A, B and C")
        top = not listed  # (the whole phrase, not a conjunct of it: two bodies may pair here)
        paired = None  # two bodies, one of each party: read when no coordination of known actors is found
        for sep in reversed(list(_SEPARATOR.finditer(phrase))):  # a coordination first:
            bare = sep.group().strip() == ","
            right = self._atom(phrase[sep.end():].strip(), context)  # "the ROK Ministry of X and
            if right is not None:  # the Canadian Department of Y" is two actors, not one long name
                if bare and not listed and _is_appositive(phrase, sep):
                    return right  # a name, then what one body it is: "Vinnova, Sweden's innovation agency"
                left = self._resolve(phrase[: sep.start()], context, listed=True)
                if left is not None and (not bare or listed):
                    return tuple(sorted(set(left) | set(right)))
                if left is not None and set(left) == set(right):  # "The Taoiseach, Simon Harris": one person
                    return right  # (but not "In Palau, the United States": an opening phrase, no list)
                if paired is None and left is None and not bare and top \
                        and self._pairable(phrase, sep, phrase[: sep.start()]):
                    paired, other = self._pair(right, phrase[: sep.start()]), phrase[: sep.start()]
            elif paired is None and not bare and top and self._pairable(phrase, sep, phrase[sep.end():]) \
                    and self._pairs_possible(phrase[sep.end():]) and not _remit_goes_on(phrase, sep):
                left = self._resolve(phrase[: sep.start()], context, listed=True)
                if left is not None:
                    paired, other = self._pair(left, phrase[sep.end():]), phrase[sep.end():]
            listed = listed or not bare
        if paired is not None:  # (unless the whole is one name: "The Natural Sciences and Engineering Research
            # Council of Kenya"; not a ministry of the publisher's; an acronym is a name of its own: "VIGINUM et
            # Affaires mondiales Canada")
            return paired if closed or _ACRONYM_NAME.fullmatch(strip_parentheses(other).strip(" ,")) \
                else self._fixed_atom(phrase) or paired
        if top and (pair := self._same_titles(phrase) or self._two_bodies(phrase)):
            return pair
        return self._atom(phrase, context)

    def _two_bodies(self, phrase: str) -> tuple[str, ...] | None:
        """Two bodies the vocabulary does not know, each an acronym or a name with a body's word, joined as the
        subject of a bilateral statement ("L'ONCF et la SNCF renforceront", "The Yunus Emre Institute and the
        King Sejong Institute Foundation will"): one of each party."""
        if len(self.parties) != 2:
            return None
        seps = list(_SEPARATOR.finditer(phrase))
        if len(seps) != 1 or seps[0].group().strip() not in ("and", "et"):
            return None
        from transforms.organizations import known_org_names  # (organizations imports the name vocabulary)
        sides = [phrase[: seps[0].start()].strip(), phrase[seps[0].end():].strip()]
        for side in sides:
            bare = _LEADING_ARTICLE.sub("", side)
            if not _BODY_NAME.fullmatch(side) or normalize_name(bare) in known_org_names() \
                    or bare.split()[-1].lower() in _NOT_BODIES or self._atom(side, "") is not None \
                    or patterns().name_search.search(side) or not (
                        _ACRONYM_NAME.fullmatch(bare) or _BODY_WORD.search(bare)):
                return None
        return self.parties

    def _same_titles(self, phrase: str) -> tuple[str, ...] | None:
        """"Minister of Foreign Affairs Hakan Fidan and Minister of Foreign Affairs Cho Tae-yul": one title
        twice, each with a name the text does not tie to a country, in a bilateral statement: one of each party."""
        if len(self.parties) != 2 or " and " not in phrase:
            return None
        left, right = (part.strip().split() for part in phrase.split(" and ", 1))
        common = 0  # the words both begin with: the title and its portfolio ("Minister of Trade")
        while common < min(len(left), len(right)) - 1 and left[common] == right[common]:
            common += 1
        names = (left[common:], right[common:])
        if not common or not all(1 <= len(n) <= 5 and n[0][:1].isupper()
                                 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in n) for n in names) \
                or not _title_start().match(" ".join(left[:common])):
            return None
        return self.parties

    def _state_form(self, word: str) -> str | None:
        """"the Kingdom": the one party whose formal name is a kingdom ("Kingdom of Saudi Arabia")."""
        names = patterns().name_to_iso
        found = {iso for iso in self.parties for name, code in names.items()
                 if code == iso and f" {word} " in f" {name.lower()} "}
        return found.pop() if len(found) == 1 else None

    def _pairs_possible(self, other: str) -> bool:
        return len(self.parties) == 2 and bool(_PAIRED_NAME.fullmatch(other.strip(" ,")))

    def _pairable(self, phrase: str, sep: re.Match, unknown: str) -> bool:
        """Two names joined by a bare "and" (not ", and" closing a list of a remit: "Ministry of Education,
        Culture, Research, and Technology"), the first capitalised, in a bilateral statement; the name the
        vocabulary does not know holds no comma (the other may: "the Ministry of Land, Infrastructure and
        Transport of the ROK and the Nusantara Capital City Authority")."""
        return len(self.parties) == 2 and "," not in sep.group() and "," not in unknown \
            and bool(_NAME_START.match(phrase))

    def _pair(self, resolved: tuple[str, ...], other: str) -> tuple[str, ...] | None:
        """Two bodies joined as the subject of a bilateral statement, one a party's and the other a name
        the vocabulary does not know ("The Korea National Oil Corporation and Gassnova will", "KOPRI and the
        Norwegian Polar Institute"): one body of each party. Not a known organisation, a country's own
        name or a title."""
        if len(self.parties) != 2 or len(resolved) != 1 or resolved[0] not in self.parties:
            return None
        other = strip_parentheses(other).strip(" ,")
        if not _PAIRED_NAME.fullmatch(other) or _paired_refused(other):
            return None
        p = patterns()  # (a name may hold the other party's country: "L’Université du Luxembourg"; no other)
        named = {p.name_to_iso[m.group(1)] for m in p.name_search.finditer(other)}
        if named and named != set(self.parties) - set(resolved):
            return None
        return self.parties

    def _atom(self, phrase: str, context: str) -> tuple[str, ...] | None:
        if phrase[:2] in ("qu", "Qu") and phrase[2:3] in ("'", "’") and len(phrase) <= 8:  # "a indiqué qu'elle"
            return self._atom(phrase[3:], context + phrase[:3])
        if len(phrase) <= 4 and phrase.lower() in ("it", "elle"):  # (never kept: "it" depends on the sentence)
            self._pronouns += 1
            if m := _REPORTED_IT.search(context):  # "the Kingdom affirmed that it will remain": a state of itself
                # (the clause's subject: "La France a salué ... et a indiqué"; none of its own after ", and": the
                # sentence's, "The Korean side commended ..., and announced that it would")
                words = (m.group("subject") or context).split()
                for k in range(min(len(words), 8), 0, -1):
                    found = self._resolve(" ".join(words[:k]), "")
                    if found is not None:
                        if len(found) == 1:
                            return found
                        break
            if phrase.lower() == "it":
                return None
        known = self._atoms.get(phrase, _UNKNOWN)  # never a "he"/"she": those are not kept
        if known is not _UNKNOWN:
            return known
        if phrase.lower() in _THIRD_PERSON:  # the person named last
            self._pronouns += 1
            if _REPORTED_BY_SUBJECT.search(context) and (first := self.person_first(context)):
                return (first,)  # "Kishida thanked Marcos and noted that he would": the speaker, who leads
            iso = self.person_before(context) or self.last_subject or self.last_person
            return (iso,) if iso else None
        found = self._atoms[phrase] = self._fixed_atom(phrase) or self._own_body(phrase)
        return found

    def _fixed_atom(self, phrase: str) -> tuple[str, ...] | None:
        p, low = patterns(), phrase.lower()
        if low in _FIRST_SINGULAR:
            iso = self.publisher_country or (self.parties[0] if len(self.parties) == 1 else None)
            return (iso,) if iso else None
        if low.replace("’", "'") in _OWN_HEAD_OF_STATE and self.publisher_country in self.parties:
            return (self.publisher_country,)  # "Le Chef de l'État" on a presidency's page: its own president
        if low in _THEY:
            return self.collective()
        if low in _WE:  # the speakers: in a one-government release, that government only
            return self.parties or self.collective()
        if low in _STATE_FORMS and (state := self._state_form(low.split()[-1])):
            return (state,)
        agency = p.agencies.get(phrase)  # "JETRO"; "the JETRO", "le Secrétariat d’État à l’économie":
        if agency is None and low.startswith(_ARTICLES) and (m := _LEADING_ARTICLE.match(phrase)):
            agency = p.agencies.get(phrase[m.end():])
        if agency:
            return (agency,)
        if phrase.endswith(p.company_suffix_ends) and phrase[:1].isupper() \
                and (suffix := p.company_suffixes.get(phrase.rsplit(None, 1)[-1])) and suffix in self.parties:
            return (suffix,)  # "Halal Development Corporation Berhad": a company by the form its country gives it
        if self.publisher_country and low.endswith(p.publisher_body_ends) and p.publisher_body.fullmatch(phrase):
            return (self.publisher_country,)  # "the Federal Government" on the Chancellery's page
        if not p.any_atom.fullmatch(phrase):  # one test rules out all eight patterns below
            # (rarer, tried apart:) "l’Office fédéral de l’énergie" on the Swiss government's page
            if self.publisher_country and ("federal" in low or "fédér" in low) and p.federal_body.fullmatch(phrase):
                return (self.publisher_country,)
            if " of " in phrase and (m := p.named_of_atom.fullmatch(phrase)):
                return (p.name_to_iso[m.group(1)],)
            if ("Minist" in phrase or "Presidents" in phrase or "Leaders" in phrase or "Secretaries" in phrase) \
                    and p.plural_titles.fullmatch(phrase):
                return self.collective()
            if (" of the " in low or " of both " in low or " of our " in low or " des deux " in low
                    or " de nos " in low) and p.of_collective.fullmatch(phrase):
                return self.collective()
            return None
        if m := p.name_atom.fullmatch(phrase):
            return (p.name_to_iso[m.group(1)],)
        if m := p.body_atom.fullmatch(phrase):
            return (p.name_to_iso.get(m.group(1) or "") or p.adjective_to_iso[m.group(2)],)
        if m := p.of_atom.fullmatch(phrase):
            return (p.name_to_iso[m.group(1)],)
        if m := p.body_adjective_atom.fullmatch(phrase):
            return (p.adjective_to_iso[m.group(1)],)
        if p.collective.fullmatch(phrase):
            return self.collective()
        if m := p.person_atom.fullmatch(phrase):
            return self._person(m, phrase)
        if p.bare_person.fullmatch(phrase) and (iso := self.person_iso(phrase)):
            return (iso,)
        if m := p.named_body.fullmatch(phrase):  # "Global Affairs Canada"
            return (p.name_to_iso[m.group(1)],)
        return None

    def _own_body(self, phrase: str) -> tuple[str, ...] | None:
        """A ministry named by its remit alone: the publishing government's."""
        if not self.publisher_country or " " not in phrase:
            return None
        p, low = patterns(), phrase.lower()
        if any(stem in low for stem in p.own_body_stems) and p.own_body.fullmatch(phrase):
            return (self.publisher_country,)
        return None

    def _person(self, m: re.Match, phrase: str) -> tuple[str, ...] | None:
        p = patterns()
        adj, name, person, of_name = m.group(1), m.group(2), m.group(3), m.group(4)
        iso = p.name_to_iso.get(of_name or "") or p.name_to_iso.get(name or "") or p.adjective_to_iso.get(adj or "")
        if not iso and person:
            iso = self.person_iso(person)
        if not iso:  # (a name the text ties to no country: the one party whose office the title is, "Foreign
            # Secretary Yvette Cooper" in a UK–India statement)
            title = re.search(p.title_trie, phrase)
            iso = self._bare_title(title.group(0).lower(), only_holder=bool(person)) if title else None
        return (iso,) if iso else None

    def _bare_title(self, title: str, only_holder: bool = False) -> str | None:
        """Whose "the President" is: the one party whose leaders go by that title (vocab
        ``leader_titles``); among several, the publishing government's; else the title as the text
        tied it to a country ("President Yoon ... of the Republic of Korea"); in a one-government
        release, that government's."""
        titles = patterns().leader_titles
        holders = [iso for iso in self.parties if title in titles.get(iso, ())]
        if only_holder and not all(iso in titles for iso in self.parties):
            return None  # (a party whose titles the vocabulary lacks may hold it too: "President Milei")
        if len(holders) == 1:
            return holders[0]
        if only_holder:  # (``only_holder``: a named person's title: no guess beyond its one holder)
            return None
        if len(holders) > 1 and self.publisher_country in holders:
            return self.publisher_country
        iso = self.people.titles.get(patterns().title_synonyms.get(title, title))
        if not iso:  # "the Secretary" after "Secretary of State Antony Blinken of the United States"
            longer = {c for t, c in self.people.titles.items() if t.startswith(title + " ")}
            iso = longer.pop() if len(longer) == 1 else None
        if not iso and len(self.parties) == 1 and self.doc_type != "joint_statement":
            iso = self.parties[0]  # "the Prime Minister" in a one-government release is its own
        return iso

    def person_iso(self, name: str) -> str | None:
        """Country of a person named by some of their name tokens (learned first, vocab fallback)."""
        for token in name.split():
            iso = self.people.names.get(_name_key(token))
            if iso:
                return iso
        fallback = _leaders_in(name)
        return next(iter(fallback)) if len(fallback) == 1 else None

    def person_first(self, text: str) -> str | None:
        """Country of the first person named in ``text`` when the text opens with them (the sentence's
        subject: "Prime Minister Kishida thanked President Marcos ...")."""
        for _, m in person_after_title().matches(text):
            if m.start() > 40:
                return None
            return self.person_iso(m.group(1))
        return None

    def person_before(self, text: str) -> str | None:
        """Country of the last person named in ``text`` ("Prime Minister Trudeau said that he ...")."""
        last = None
        for _, m in person_after_title().matches(text):
            last = self.person_iso(m.group(1)) or last
        return last

    def note_sentence(self, text: str, actors: tuple[str, ...] = ()) -> None:
        """Remember, for a later "he"/"she"/"il"/"elle", the latest person a sentence names and its one
        actor (``actors``: those the sentence was labelled with)."""
        self.last_person = self.person_before(text) or self.last_person
        self.last_subject = actors[0] if len(actors) == 1 else None
