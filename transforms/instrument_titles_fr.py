"""French instrument titles: a capitalised head noun followed by its complements.

"l'Accord de libre-échange Canada-Corée", "le Partenariat stratégique global",
"l'Accord de coopération en science, technologie et innovation".
"""
from __future__ import annotations

import re

from transforms.actor_patterns import patterns
from transforms.instrument_candidates import (
    Candidate, first_after_marker, match_head, name_text, refine_kind, trailing_paren,
)
from transforms.instrument_text import QUOTE_PAIRS, Token
from transforms.instrument_vocab import InstrumentVocab

MAX_WORDS = 32  # (a title naming its two signatories runs long)


def french_titles(text: str, tokens: list[Token], vocab: InstrumentVocab,
                  starts: list[int]) -> list[Candidate]:
    """``starts``: the token indices where a head may start (``head_starts``)."""
    found = []
    for i in starts:
        head = match_head(tokens, i, vocab, "fr", allow_plural=False)
        if head is None:
            continue
        size, kind = head
        if i > 0 and tokens[i - 1].low in _DEMONSTRATIVES:
            continue  # "cette Initiative en vue de ...": the one named before (transforms/instrument_refs.py)
        end = french_complement_end(tokens, i + size, vocab)
        if end == i + size or _to_a_country(text, tokens, i + size, end):
            continue
        end, inner = _past_inner_acronym(tokens, i, end, vocab)
        end = _to_closing_quote(tokens, i, end)
        paren_end, acronym, alias = trailing_paren(text, tokens, end)
        if not tokens[i].is_cap and (acronym is None or i == 0 or tokens[i - 1].low not in _DETERMINERS
                                     or owned_by_a_name(tokens, i + size, end)):
            continue  # a head in lower case names an instrument only after an article, an acronym defined for it
            # (not one of its owner's: "un programme de l’Agence coréenne de coopération internationale (KOICA)")
        name = name_text(text, tokens, i, end)
        found.append(Candidate(
            tok_start=i, tok_end=paren_end, mtype="title", kind=refine_kind(name, kind, vocab),
            name=name, short_name=acronym,
            # (an inner body's acronym names it with the head: "l'Accord-cadre EDCF")
            aliases=((alias,) if alias else ()) + tuple(f"{text[tokens[i].start:tokens[i + size - 1].end]} {a}" for a in inner),
        ))
    return found


def _to_closing_quote(tokens: list[Token], i: int, end: int) -> int:
    """A title opened by a quotation mark runs to its closing one: « Programme d’appui à la formation ... dans les
    métiers du numérique » (the words the complement rules would stop at are the quoted name's)."""
    close = QUOTE_PAIRS.get(tokens[i - 1].text) if i > 0 else None
    if close is None:
        return end
    j = next((k for k in range(end, min(len(tokens), i + MAX_WORDS)) if tokens[k].text == close), None)
    return j if j is not None and j >= end else end


_GOES_ON = frozenset({"pour", "relatif", "relative", "relatifs", "relatives", "portant"})


def _past_inner_acronym(tokens: list[Token], i: int, end: int, vocab: InstrumentVocab) -> tuple[int, list[str]]:
    """The end of a title that goes on past the acronym of a body it names ("Accord-cadre relatif aux prêts du
    Fonds de Coopération pour le Développement Économique (EDCF) pour la période 2024-2028"): the acronym is
    the body's (it does not start with the title's first letter, as "APE" for "Accord de partenariat
    économique" does), the title's complement continues."""
    n, inner = len(tokens), []
    while end + 3 < n and tokens[end].text == "(" and tokens[end + 1].text.isupper() and tokens[end + 2].text == ")" \
            and tokens[end + 3].low in _GOES_ON and tokens[end + 1].text[:1] != tokens[i].text[:1].upper():
        further = french_complement_end(tokens, end + 3, vocab)
        if further <= end + 4:
            break
        inner.append(tokens[end + 1].text)
        end = further
    return end, inner


_TO_WHOM = re.compile(r"(?:à|au|aux)\s+(?:l['’]\s?|la\s+|le\s+|les\s+)?(?P<name>.+)")


def _to_a_country(text: str, tokens: list[Token], k: int, end: int) -> bool:
    """Whether the complement from token k only says to which country ("le soutien de l’Alliance à l’Ukraine"):
    a recipient, no title."""
    m = _TO_WHOM.fullmatch(text[tokens[k].start : tokens[end - 1].end])
    return m is not None and patterns().name_search.fullmatch(m.group("name")) is not None


def owned_by_a_name(tokens: list[Token], k: int, end: int) -> bool:
    """Whether the complement from token k names an owner ("de l’Agence ...", "du Japon"), not a topic."""
    if end <= k + 1 or tokens[k].low not in ("de", "du", "des", "d'"):
        return False
    nxt = tokens[k + 1]
    return nxt.is_cap or (nxt.low in ("l'", "la", "le") and end > k + 2 and tokens[k + 2].is_cap)


def french_complement_end(tokens: list[Token], k: int, vocab: InstrumentVocab) -> int:
    """End (exclusive) of the words completing a French head noun; k if none."""
    preps, arts = vocab.words("fr_prepositions"), vocab.words("fr_articles")
    stops = vocab.words("fr_stop_words")
    n, last, start = len(tokens), None, k
    while k < n and k - start < MAX_WORDS:
        tok = tokens[k]
        if tok.text == ",":
            enum_end = _enumeration_end(tokens, k, preps | arts | stops)
            if enum_end is None:
                break
            last, k = enum_end - 1, enum_end
            continue
        if tok.text in ("«", "“") and last is not None:  # a quoted phrase inside it: "... d’un « corridor maritime vert »"
            close = next((j for j in range(k + 1, min(n, k + 10)) if tokens[j].text in ("»", "”")), None)
            if close is not None:
                last, k = close, close + 1
                continue
        if not tok.is_word:
            break
        low = tok.low
        if low == "entre" and (pair_end := _between_pair_end(tokens, k, arts)) is not None:
            last, k = pair_end - 1, pair_end  # "... entre la Suisse et le Japon"
            continue
        if low in ("en", "à") and " ".join(t.low for t in tokens[k : k + 3]) in _GENERIC_ENDS:
            break  # "une déclaration d’intention en la matière": the matter already named
        if low in ("en", "depuis", "dès") and k + 1 < n and YEAR.fullmatch(tokens[k + 1].text):
            break  # "leur Partenariat stratégique en 2013": a year dates the sentence
        if low == "et" and k + 2 < n and tokens[k + 1].low in arts and _is_content(tokens[k + 2], preps | arts | stops) \
                and not tokens[k + 2].is_cap:
            last, k = k + 2, k + 3  # "Partenariat stratégique pour l’innovation et la durabilité"
            continue
        if low == "et" and k + 1 < n and _is_content(tokens[k + 1], preps | arts | stops):
            last, k = k + 1, k + 2
            continue
        if low == "et" and k + 2 < n and tokens[k + 1].low in _GENITIVES and _is_content(tokens[k + 2], preps | arts | stops):
            last, k = k + 2, k + 3  # "Accord de migration et de mobilité" (not "Accord de Paris et à atteindre")
            continue
        if low == "et" and k + 3 < n and tokens[k + 1].low in ("de", "d'") and tokens[k + 2].low in arts \
                and _is_content(tokens[k + 3], preps | arts | stops) and not tokens[k + 3].is_cap:
            last, k = k + 3, k + 4  # "... de promotion du commerce et de l'investissement"
            continue
        if low == "en" and k + 1 < n and tokens[k + 1].low in ("un", "une", "des"):
            break  # "élever leur partenariat en une feuille de route": into something else
        if low in ("dans", "pour") and k + 2 < n and tokens[k + 1].low in arts and tokens[k + 2].is_cap:
            last, k = k + 2, k + 3  # "... résilience climatique dans l'Indo-Pacifique": a place names it
            continue
        if low == "dans" and [t.low for t in tokens[k + 1 : k + 4]] in (["le", "domaine", "de"], ["le", "domaine", "des"],
                                                                       ["le", "domaine", "du"], ["les", "domaines", "de"]):
            k += 3  # "... relatif à la coopération dans le domaine de l'hydrogène propre"
            continue
        if low in stops or (_FUTURE.fullmatch(low) and low not in _NOT_FUTURE):
            break  # (a verb in the future ends it: "le protocole d’accord relatif aux monnaies locales permettra")
        if low in arts:
            # (after a preposition, or as the object of an infinitive: "tendant à éviter les doubles impositions")
            if k == start or (tokens[k - 1].low not in preps and not (
                    k >= 2 and tokens[k - 2].low in ("à", "de", "d'") and tokens[k - 1].low.endswith(("er", "ir", "re")))):
                break
        elif low not in preps:
            last = k
        k += 1
    return start if last is None else last + 1


YEAR = re.compile(r"(?:19|20)\d{2}")
_FUTURE = re.compile(r"\w{2,}(?:ra|ront)")  # "permettra", "renforceront"
_NOT_FUTURE = frozenset({"front", "extra", "ultra", "opéra", "caméra", "choléra", "mantra", "contra"})
_GENITIVES = frozenset({"de", "d'", "du", "des", "en", "au", "aux"})  # ("... flux migratoires et au codéveloppement")
_SIDE_ENDS = frozenset({"relatif", "relative", "relatifs", "relatives", "sur", "concernant", "portant", "pour"})
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_DETERMINERS = frozenset({"l'", "le", "la", "les", "un", "une", "cet", "cette", "ce", "du", "au"})
_GENERIC_ENDS = frozenset({"en la matière", "à cet égard", "en ce sens", "à cette fin", "à ce titre"})


def _between_pair_end(tokens: list[Token], k: int, arts: frozenset[str]) -> int | None:
    """"entre la Suisse et le Japon", "entre l'Agence française de développement et la République du
    Sénégal" (two names, each opened by a capital) from token k: index after it, else None. A name runs
    to "et" (the first) or to what completes the title ("relative à", "sur", a mark: the second)."""
    n, j, paired = len(tokens), k + 1, False
    for side in (1, 2):
        if j < n and tokens[j].low in arts:
            j += 1
        if j >= n or not tokens[j].is_cap:
            return None
        start = j
        if side == 1:
            # a name with its acronym runs to the "et" after it ("entre l'École Nationale des Eaux et Forêts
            # (ENEF) et l'Office National des Forêts (ONF)"), and so does the second
            close = next((m for m in range(j, min(n - 1, j + 12)) if tokens[m].text == ")"), None)
            if close is not None and close >= j + 3 and tokens[close - 2].text == "(" and tokens[close + 1].low == "et" \
                    and tokens[close - 1].text.isupper() and all(t.is_word for t in tokens[j:close - 2]):
                j, paired = close + 1, True
            while j < n and tokens[j].low != "et" and tokens[j].is_word and j - start < 7:
                j += 1
            if j >= n or tokens[j].low != "et":
                return None
            j += 1
        else:
            while j < n and tokens[j].is_word and tokens[j].low not in _SIDE_ENDS and j - start < 8 \
                    and (tokens[j].is_cap or tokens[j].low in ("de", "du", "des", "d'", "la", "le", "l'")):
                j += 1
            while j > start + 1 and tokens[j - 1].low in ("de", "du", "des", "d'", "la", "le", "l'"):
                j -= 1  # (not ending on a connector)
            if paired and j + 2 < n and tokens[j].text == "(" and tokens[j + 1].text.isupper() and tokens[j + 2].text == ")":
                j += 3
    return j


def _is_content(tok: Token, function_words: frozenset[str]) -> bool:
    return tok.is_word and tok.low not in function_words


_VERB_AFTER = frozenset({"est", "sont", "sera", "seront", "a", "ont", "fut", "était", "qui", "que", "dont"})
_LIST_ARTICLES = frozenset({"des", "du", "de", "la", "le", "les", "l'", "d'"})


def _enumeration_end(tokens: list[Token], k: int, function_words: frozenset[str]) -> int | None:
    """", technologie et innovation" closing a title: index after its last word, else None. The items may
    repeat their article, if the first did ("des étudiants, des chercheurs et des talents")."""
    n = len(tokens)
    article = tokens[k - 2].low if k >= 2 and tokens[k - 2].low in _LIST_ARTICLES else None
    if article in ("de", "d'"):  # "Traité d'amitié, de bon voisinage et de coopération": "de" again, items of
        article = "de"           # a word or two

    def item(j: int) -> int | None:  # index of the item's (last) word after position j, else None
        if article is not None and j < n and (tokens[j].low == article or article == "de" and tokens[j].low == "d'"):
            j += 1
        if not (j < n and _is_content(tokens[j], function_words)):
            return None
        if article == "de" and j + 1 < n and tokens[j + 1].is_lower_word and _is_content(tokens[j + 1], function_words):
            j += 1
        return j

    while k < n and tokens[k].text == ",":
        if (j := item(k + 1)) is None:
            return None
        k = j + 1
    if k + 1 < n and tokens[k].low == "et" and (j := item(k + 1)) is not None:
        after = j + 1  # (then the sentence goes on with a verb: "... et de coopération signé à Alger", "... sera")
        if after >= n or not tokens[after].is_word or tokens[after].low in _VERB_AFTER \
                or tokens[after].low.endswith(("é", "ée", "és", "ées")) and tokens[after].low in function_words:
            return after
    return None


# what may follow the head of a document listed in lower case, opening what it is about or who signs it
_ITEM_OPENERS = frozenset({"entre", "sur", "relatif", "relative", "concernant", "portant", "établissant", "en", "dans",
                           "pour", "de", "du", "des", "d'", "visant", "instituant", "créant", "modifiant"})
# a verb in the item: a sentence of its own ("un protocole d'accord sera signé ..."), not a name
_FINITE_FR = frozenset({"est", "sont", "sera", "seront", "a", "ont", "était", "étaient", "fut", "signé", "signée",
                        "signés", "signées", "permettra", "permettront", "vise", "prévoit"})
_LIST_CLOSERS = frozenset({";", ".", ",", ":"})
_APPOSITION = frozenset({"un", "une", "signé", "signée", "conclu", "conclue", "qui", "dont", "pour"})


def listed_item_fr(text: str, tokens: list[Token], vocab: InstrumentVocab) -> Candidate | None:
    """A list item after a lead-in that names one document in lower case, as a French list of documents signed
    does ("un protocole d’accord entre la Banque de Maurice et la Banque de réserve de l’Inde établissant un
    cadre pour ...;", "un accord technique entre ... sur ..."): the name is the whole item but its article
    and closing mark."""
    n, first = len(tokens), first_after_marker(text, tokens)
    last = n - 1
    while last >= 0 and (tokens[last].text in _LIST_CLOSERS or tokens[last].low in ("et", "ou")):
        last -= 1  # (the closing mark, and "; et" before a list's last item)
    f = first + 1 if first < n and tokens[first].low in ("un", "une", "le", "la", "l'") else first
    if f >= n or last <= f:
        return None
    head = match_head(tokens, f, vocab, "fr", False)
    if head is None or tokens[f].is_cap:  # (a capitalised one is a title, read as titles are)
        return None
    k = f + head[0]
    while k <= last and k - (f + head[0]) < 2 and tokens[k].is_lower_word and tokens[k].low not in _ITEM_OPENERS:
        k += 1  # adjectives of the head ("un accord technique", "un accord-cadre global")
    if k > last or tokens[k].low not in _ITEM_OPENERS or last - k < 2 \
            or any(t.low in _FINITE_FR for t in tokens[f : last + 1]):
        return None
    end = last + 1  # (as in English: signatories right after the head open the name, which runs to the closing
    if tokens[k].low != "entre":  # mark; after the topic they close it, as an amount after a comma does)
        end = next((j for j in range(k, last + 1) if tokens[j].low == "entre" or tokens[j].text == "," and (
            tokens[j + 1].low in _APPOSITION or tokens[j + 1].low == "d'" and tokens[j + 2].low in ("un", "une"))), end)
        function_words = vocab.words("fr_prepositions") | vocab.words("fr_articles")
        if end <= last and tokens[end].low == "entre" and sum(
                t.is_word and t.low not in function_words for t in tokens[k:end]) <= 2:
            end = last + 1  # (no topic before them: "la Convention de partenariat entre l’Institut ... et ...")
    while end > k and tokens[end - 1].text in _LIST_CLOSERS:
        end -= 1
    name = name_text(text, tokens, f, end)
    return Candidate(tok_start=first, tok_end=last + 1, mtype="title", kind=refine_kind(name, head[1], vocab),
                     name=name[0].upper() + name[1:])  # (its span is the whole item: no part of it is another name)
