"""English instrument titles: a capitalised run ending in an instrument noun.

"the Canada-Korea Free Trade Agreement (CKFTA)", "a Memorandum of Understanding
on Cooperation in Critical Mineral Supply Chains, the Clean Energy Transition
and Energy Security", "the Science, Technology, and Innovation (ST&I)
Cooperation Agreement", "the UN Convention on the Law of the Sea".
"""
from __future__ import annotations

import re
from functools import lru_cache

from transforms.instrument_candidates import (
    Candidate, acronym_matches, first_after_marker, match_head, name_text, refine_kind, trailing_paren)
from transforms.instrument_names import name_parties, normalize, split_parties
from transforms.instrument_text import QUOTE_PAIRS, Token, acronym_letters, is_acronym, singular
from transforms.instrument_vocab import InstrumentVocab


# Words that may join capitalised words left of a head: "Science, Technology, and
# Innovation ... Agreement", "General Security of Information Agreement". Only
# kept after a determiner (or, for a bare "and", when no country is joined).
LIST_JOINERS = {",", "and", "of", "for", "on"}


def english_titles(text: str, tokens: list[Token], vocab: InstrumentVocab,
                   starts: list[int]) -> list[Candidate]:
    """``starts``: the token indices where a head may start (``head_starts``)."""
    found = []
    for i in starts:
        if not tokens[i].is_cap:
            if cand := _appositive_title(text, tokens, i, vocab) or _named_before_kind(text, tokens, i, vocab):
                found.append(cand)
            continue
        head = match_head(tokens, i, vocab, "en", allow_plural=True)
        if head is None:
            continue
        size, kind = head
        if not tokens[i + size - 1].is_cap:
            continue
        if i + size < len(tokens) and tokens[i + size].text[0].isupper() \
                and tokens[i + size].low not in vocab.words("title_connectors_en") and tokens[i + size].low != "between":
            continue  # a head inside a longer name: "the Millennium Challenge Corporation", "FTA Joint Committee"
        cand = _title_at(text, tokens, i, i + size, kind, vocab)
        if cand and not _in_body_name(tokens, cand.tok_start):
            found.append(_whole_item(text, tokens, cand, vocab))
    return found


_BODY_HEADS = frozenset({"ministry", "department", "office", "agency", "secretariat", "directorate", "commission"})
_IN_NAME = frozenset({"of", "for", "the", "and", "&", ",", "on"})


def _in_body_name(tokens: list[Token], start: int) -> bool:
    """Whether a title would start inside a body's name: "the Ministry for the Ecological Transition and the
    Demographic Challenge" (a ministry's remit, capitalised), not an instrument."""
    j = start - 1
    while j >= 0 and start - j <= 10 and (tokens[j].low in _IN_NAME or tokens[j].is_cap):
        if tokens[j].low in _BODY_HEADS and tokens[j].is_cap and j + 1 < start and tokens[j + 1].low in ("of", "for"):
            return True
        j -= 1
    return False


_FINITE = frozenset({"is", "are", "was", "were", "will", "shall", "has", "have", "had", "would", "should", "can",
                     "may", "signed", "agreed", "welcomed", "noted"})


def listed_item(text: str, tokens: list[Token], vocab: InstrumentVocab) -> Candidate | None:
    """A list item after a lead-in that names one document in lower case ("A memorandum of understanding on
    cooperation in the field of clean hydrogen between the Ministry of Energy of ... and ...;", "An
    executive program for cultural cooperation for the years 2024-2026 between ..."): the name runs from
    its first word to the signatories ("between" after the topic) or the closing mark; with "between"
    right after the head, the signatories open the title and it runs to the closing mark."""
    n = len(tokens)
    last = n - 1
    while last >= 0 and (not tokens[last].is_word and tokens[last].text != ")" or (
            tokens[last].low in ("and", "or") and last > 0 and tokens[last - 1].text == ";")):
        last -= 1  # (the closing mark, and the "; and" before a list's last item)
    f = first_after_marker(text, tokens)
    if f < n and tokens[f].low in ("a", "an", "the"):
        f += 1
    if f >= n:
        return None
    head = next(((j, h) for j in range(f, min(f + 4, n)) if (h := match_head(tokens, j, vocab, "en", False))), None)
    if head is None or last < 0 or not all(t.is_lower_word for t in tokens[f + 1 : head[0]]) \
            or (head[0] > f and not (f > 0 and tokens[f - 1].low in ("a", "an", "the"))):
        return None  # (words before the head only after an article: not "- hold annual consultations ...")
    he = head[0] + head[1][0]
    if he >= n or tokens[he].low not in ("between", *vocab.words("title_openers_en")) and not _opener_phrase(
            tokens, he, vocab):
        return None
    end = last + 1
    if tokens[he].low != "between":
        end = next((k for k in range(he, last + 1) if tokens[k].low == "between"), end)
    if end - he < 2 or any(t.low in _FINITE for t in tokens[f:end]):
        return None
    name = name_text(text, tokens, f, end)
    return Candidate(tok_start=f, tok_end=end, mtype="title", kind=refine_kind(name, head[1][1], vocab),
                     name=name[0].upper() + name[1:])


def _named_before_kind(text: str, tokens: list[Token], i: int, vocab: InstrumentVocab) -> Candidate | None:
    """A name and its acronym, then the kind in lower case: "the Circular Carbon Economy (CCE) framework",
    "the Blue Pacific (BP) initiative" (token i: the head). The name is the capitalised words the acronym
    spells."""
    if i < 4 or tokens[i - 1].text != ")" or tokens[i - 3].text != "(" or not is_acronym(tokens[i - 2].text):
        return None
    head = match_head(tokens, i, vocab, "en", allow_plural=False)
    if head is None:
        return None
    start, _ = _extend_left(tokens, i - 3, vocab)
    words = [t.text for t in tokens[start : i - 3] if t.is_cap]
    if len(words) < 2 or not acronym_matches(tokens[i - 2].text, words):
        return None
    name = name_text(text, tokens, start, i - 3)
    return Candidate(tok_start=start, tok_end=i + head[0], mtype="title", kind=head[1], name=name,
                     short_name=tokens[i - 2].text, aliases=(f"{tokens[i - 2].text} {tokens[i].text}",))


_APPOSITIVE_DETERMINERS = frozenset({"the", "a", "an", "our", "its", "their", "this", "new"})


def _appositive_title(text: str, tokens: list[Token], i: int, vocab: InstrumentVocab) -> Candidate | None:
    """A name whose kind an appositive gives, its own last word no head: "the Quad Cancer Moonshot, an
    initiative to ...", "the Blue Economy Compass, a new framework for ..." (token i: the lower-case head)."""
    j = i - 1
    while j > 0 and i - j <= 2 and tokens[j].is_lower_word and tokens[j].low not in ("a", "an"):
        j -= 1  # "a new initiative", "a flagship programme"
    if j < 2 or tokens[j].low not in ("a", "an") or tokens[j - 1].text != ",":
        return None
    head = match_head(tokens, i, vocab, "en", allow_plural=False)
    if head is None:
        return None
    comma = j - 1
    if not _is_title_word(tokens[comma - 1], vocab) or match_head(tokens, comma - 1, vocab, "en", True):
        return None  # (a title with its own head is read as one)
    start, _ = _extend_left(tokens, comma, vocab)
    words = [t for t in tokens[start:comma] if t.is_cap]
    before = tokens[start - 1].low if start > 0 else ""
    if len(words) < 2 or (before and before not in _APPOSITIVE_DETERMINERS):
        return None
    name = name_text(text, tokens, start, comma)
    if name_parties(name) and all(name_parties(t.text) for t in words):
        return None  # "the United Kingdom, a partner ..."
    return Candidate(tok_start=start, tok_end=comma, mtype="title", kind=head[1], name=name)


# (not "between", "by": "... on Green Hydrogen between the Ministry of X and the Ministry of Y" names the
# signatories after the title; a "Between ..." before the topic is read by _between_end)
_ITEM_WORDS = frozenset({"of", "on", "for", "in", "and", "the", "&", ",", "to", "at", "against", "with", "from",
                         "under", "regarding", "concerning"})


def _whole_item(text: str, tokens: list[Token], cand: Candidate, vocab: InstrumentVocab) -> Candidate:
    """A title that is the whole of its sentence, as in a list of documents signed ("Cooperation Plan
    Between ... on Synergizing the Belt and Road Initiative with Brazilian Development Strategies;"): the
    name runs to the closing mark when only capitalised words and connectors stand before it."""
    last = len(tokens) - 1
    while last >= 0 and tokens[last].text in (";", ".", ",", ":"):
        last -= 1
    first = next((k for k, t in enumerate(tokens) if t.is_word), 0)
    if cand.tok_start != first or cand.short_name or cand.tok_end > last or not all(
            t.is_cap or t.low in _ITEM_WORDS or t.text in ("'", "’", "-") for t in tokens[cand.tok_end : last + 1]):
        return cand
    name = name_text(text, tokens, cand.tok_start, last + 1)
    return Candidate(tok_start=cand.tok_start, tok_end=last + 1, mtype="title", kind=cand.kind, name=name,
                     short_name=None, aliases=cand.aliases, possessor=cand.possessor)


def _title_at(text: str, tokens: list[Token], hs: int, he: int, kind: str,
              vocab: InstrumentVocab) -> Candidate | None:
    start, inner = _extend_left(tokens, hs, vocab)
    opens_sentence = start <= 3 and all(not t.is_word or t.low in ("the", "a", "an") for t in tokens[:start])
    end = _extend_right(tokens, he, vocab, kind, opens_sentence)
    end = _lower_complement(tokens, end, vocab)
    if end == he:
        end = _mixed_complement(tokens, end, vocab)
    end = _extend_to_paren(text, tokens, start, end, vocab)
    end = _years_covered(tokens, _past_inner_acronym(tokens, start, end, kind, vocab))
    paren_end, acronym, alias = trailing_paren(text, tokens, end)
    if acronym:
        start = _extend_to_acronym(tokens, start, end, acronym, vocab)
    if paren_end == end and (quoted := _quoted_after(tokens, end)) is not None:
        end = paren_end = quoted  # the Korea-Central Asia Cooperation Initiative "K-Silk Road"
    if paren_end < len(tokens) and tokens[paren_end].low == "between" \
            and normalize(name_text(text, tokens, start, end)) in vocab.kind_phrase_names \
            and (states := _between_states_end(tokens, paren_end, vocab)) is not None:
        end = paren_end = states  # "the Free Trade Agreement between the Republic of Korea and the GCC"
    has_modifier = any(t.is_cap for t in tokens[start:hs]) or end > he
    if not has_modifier:
        return None
    generic = vocab.words("generic_title_words")
    if all(t.text in generic or not t.is_cap for t in tokens[start:end]):
        return None  # "this Joint Declaration", "the Leaders' Declaration": the kind of a document
    acr_head = vocab.acronym_heads.get(tokens[he - 1].text) if end == he else None
    name = name_text(text, tokens, start, end)
    aliases = []
    if acr_head:  # "Canada-Korea FTA": keep the written form, name the long one
        aliases.append(name)
        name = name[: len(name) - len(tokens[he - 1].text)] + acr_head[1]
    if inner is not None:  # "Science, Technology, and Innovation (ST&I) Cooperation Agreement"
        aliases.append(tokens[inner + 1].text + text[tokens[inner + 2].end : tokens[end - 1].end])
    if alias:
        aliases.append(alias)
    possessor = tokens[start - 1].text if start > 0 and tokens[start - 1].is_possessive else None
    known = vocab.known_acronyms.get(acronym) if acronym else None  # "... (CPTPP)": a free trade agreement
    return Candidate(
        tok_start=start, tok_end=paren_end, mtype="title", kind=known[0] if known else refine_kind(name, kind, vocab),
        name=name, short_name=acronym, aliases=tuple(aliases), possessor=possessor,
    )


def _is_title_word(tok: Token, vocab: InstrumentVocab) -> bool:
    return tok.is_cap and not tok.is_possessive and tok.text not in vocab.words("non_title_caps")


def _extend_left(tokens: list[Token], hs: int, vocab: InstrumentVocab) -> tuple[int, int | None]:
    """Leftmost token of the title, and the index of an inner "(" if any."""
    start, j, inner, list_at, other_joiner = hs, hs - 1, None, None, False
    while j >= 0:
        tok = tokens[j]
        if tok.text == ")" and inner is None and j >= 2 and tokens[j - 2].text == "(" \
                and is_acronym(tokens[j - 1].text) and j >= 3 and _is_title_word(tokens[j - 3], vocab):
            inner, start, j = j - 2, j - 2, j - 3
            continue
        if _is_title_word(tok, vocab):
            start, j = j, j - 1
            continue
        if tok.text == "&" and j > 0 and _is_title_word(tokens[j - 1], vocab):
            j -= 1
            continue
        if tok.text in ("–", "-", "—") and j > 0 and _is_title_word(tokens[j - 1], vocab) \
                and name_parties(tokens[j + 1].text) and tokens[j - 1].end < tok.start:
            j -= 1  # a compound of countries with spaces around its dash: "Viet Nam – Australia Energy Dialogue"
            continue
        if tok.text in ("'", "’") and j > 0 and tokens[j - 1].end == tok.start and tokens[j - 1].text.endswith("s") \
                and _is_title_word(tokens[j - 1], vocab):
            start, j = j - 1, j - 2  # a plural possessive inside the name: "Foreign Ministers' Global Strategic Dialogue"
            continue
        if tok.low == "the" and j + 2 == hs and j >= 2 and tokens[j - 1].low == "of" \
                and _is_title_word(tokens[j - 2], vocab) and _is_title_word(tokens[j + 1], vocab):
            list_at = list_at if list_at is not None else start  # "Ports of the Future Partnership"
            other_joiner, j = True, j - 2
            continue
        if tok.low in LIST_JOINERS:
            k = j
            while k >= 0 and tokens[k].low in LIST_JOINERS and j - k < 2:
                k -= 1
            if k >= 0 and _is_title_word(tokens[k], vocab):
                list_at = list_at if list_at is not None else start
                other_joiner = other_joiner or any(t.low != "and" for t in tokens[k + 1 : j + 1])
                j = k
                continue
        break
    if list_at is not None:
        before = tokens[start - 1].low if start > 0 else ""
        # (a country right before the "and" joins two parties' names: "Canada and Korea Partnership"; a country
        # inside the first conjunct does not: "Indonesia Infrastructure and Finance Compact")
        bare_and = not other_joiner and not name_parties(tokens[list_at - 2].text if list_at >= 2 else "")
        if before not in vocab.words("list_title_determiners") and not bare_and:
            start = list_at
            if inner is not None and inner < start:
                inner = None
    if start < hs - 1 and re.fullmatch(r"1[6-9]\d\d", tokens[start].text):
        start += 1  # the year an old treaty was made, before its name: "the 1953 Mutual Defense Treaty"
    return start, inner


def _opener_phrase(tokens: list[Token], k: int, vocab: InstrumentVocab) -> int:
    """How many tokens an opener phrase ("in the field of") takes at ``k``; 0 when none starts there."""
    phrases = _opener_phrases(vocab.words("title_opener_phrases_en"))
    for words in phrases.get(tokens[k].low, ()):
        if [t.low for t in tokens[k : k + len(words)]] == words:
            return len(words)
    return 0


@lru_cache(maxsize=4)
def _opener_phrases(phrases: frozenset[str]) -> dict[str, list[list[str]]]:
    """The opener phrases as word lists, by their first word."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        words = phrase.split()
        by_first.setdefault(words[0], []).append(words)
    return by_first


_INNER_COMPLEMENT_WORDS = frozenset({"and", "in", "of", "for"})  # "on cooperation in geoscience"
_YEARS = re.compile(r"(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?")
_DATED_KINDS = frozenset({"plan", "strategy", "initiative", "framework"})
_BETWEEN_WORDS = frozenset({"the", "of", "and", ",", "for", "&"})


def _between_end(tokens: list[Token], k: int, vocab: InstrumentVocab, opener_after: bool = True) -> int | None:
    """"between the Government of X and the Government of Y" from token k, when a title goes on after it
    ("... on Cooperation in Artificial Intelligence"; or whatever follows, ``opener_after`` False): the
    index after its last name, else None."""
    n, j, last, joined = len(tokens), k + 1, None, False
    while j < n:
        if tokens[j].text == "(" and j + 2 < n and tokens[j + 2].text == ")" and is_acronym(tokens[j + 1].text):
            last, j = j + 2, j + 3  # "the Commonwealth Scientific and Industrial Research Organisation (CSIRO)"
            continue
        if not (tokens[j].is_cap or tokens[j].low in _BETWEEN_WORDS):
            break
        if tokens[j].is_cap:
            last = j
        joined = joined or tokens[j].low == "and"
        j += 1
    if last is None or not joined:
        return None
    if not opener_after:
        return last + 1
    if last + 1 >= n:
        return None
    after = tokens[last + 1]
    return last + 1 if after.low in vocab.words("title_openers_en") or _opener_phrase(tokens, last + 1, vocab) else None


def _quoted_after(tokens: list[Token], k: int) -> int | None:
    """A name in quotes right after a title, its capitalised words only (a nickname that is part of the
    name: 'Cooperation Initiative "K-Silk Road"'): the index after the closing quote, else None."""
    n = len(tokens)
    if k >= n or (close := QUOTE_PAIRS.get(tokens[k].text)) is None or tokens[k].start != tokens[k - 1].end + 1:
        return None
    j = k + 1
    while j < n and j - k <= 6 and tokens[j].text != close and (tokens[j].is_cap or tokens[j].low in ("of", "the", "and", "-")):
        j += 1
    return j + 1 if j < n and j > k + 1 and tokens[j].text == close else None


def _between_states_end(tokens: list[Token], k: int, vocab: InstrumentVocab) -> int | None:
    """"between the Republic of Korea and the Cooperation Council for the Arab States of the Gulf" at token k,
    after a title that is only the name of its kind ("the Free Trade Agreement"): the states (or a group of
    them) party to it belong to its name; signatory bodies ("between the Ministry of Energy of ... and ...")
    do not. The index after the phrase, else None. (A title of its own keeps its short name: "Strategic
    Cooperative Partnership between New Zealand and Japan" is written both ways.)"""
    n = len(tokens)
    if k >= n or tokens[k].low != "between":
        return None
    end = _between_end(tokens, k, vocab, opener_after=False)
    if end is None or (end < n and tokens[end].is_word and tokens[end].low not in vocab.words("function_words_en")):
        return None
    bodies = vocab.words("signatory_body_words")
    return None if any(t.low in bodies or singular(t.low) in bodies for t in tokens[k:end]) else end


def _extend_right(tokens: list[Token], he: int, vocab: InstrumentVocab, kind: str = "",
                  opens_sentence: bool = False) -> int:
    """End (exclusive) of the title after its head: "on the Law of the Sea", "in the field of Health",
    "between the Government of X and the Government of Y on ...", a plan's years ("Action Plan 2024-2027").
    ``opens_sentence``: the title is the sentence's subject, so a lower-case word after it is its verb
    ("The Partnership for Cable Connectivity and Resilience continues ...")."""
    n, end, k = len(tokens), he, he
    if k < n and kind in _DATED_KINDS and _YEARS.fullmatch(tokens[k].text):
        return k + 1
    if k < n and tokens[k].low == "between" and (after := _between_end(tokens, k, vocab)) is not None:
        end = k = after
    lead = _opener_phrase(tokens, k, vocab) if k < n else 0
    if k >= n or (tokens[k].low not in vocab.words("title_openers_en") and not lead):
        return end
    connectors, listed = vocab.words("title_connectors_en"), False
    while k < n:
        c, lead = k + lead, 0
        while c < n and tokens[c].low in connectors and c - k < 3:
            c += 1
        if c == k or c >= n:
            break
        d = c
        while d < n and (_is_title_word(tokens[d], vocab) or (  # "on Canada's Association to Horizon Europe"
                tokens[d].is_cap and tokens[d].is_possessive and d + 1 < n and _is_title_word(tokens[d + 1], vocab))
                or (tokens[d].low in _PLACE_PARTICLES and d > c and tokens[d - 1].is_cap and d + 1 < n
                    and _is_title_word(tokens[d + 1], vocab))):  # "... for the Davao del Norte Flood ... Project"
            d += 1
        if d == c or (d == c + 1 and tokens[c - 1].low in ("in", "from", "since") and _YEARS.fullmatch(tokens[c].text)) \
                or _is_date(tokens, c):
            break  # (not "... Cooperation in 2025", "the EPA on 1 February 2019": a date after it dates the sentence)
        joined = {t.low for t in tokens[k:c]} & {",", "and"}
        if joined and match_head(tokens, d - 1, vocab, "en", allow_plural=True):
            break  # "... on AI and the Minerals Security Partnership": a second title
        if "and" in joined and tokens[d - 1].low in _BODY_ENDS:
            break  # "... Facility for the Pacific and the Japan International Cooperation Agency": a body after it
        if "and" in joined and not split_parties(normalize(_words_of(tokens, c, d)).split())[1]:
            break  # "... on Trade and India will ...": a country after "and" starts a clause
        if d < n and tokens[d].low in vocab.words("title_tail_nouns_en") and tokens[d - 1].is_cap:
            d += 1  # "... on the Specified Skilled Worker system"
        # (the last of three or more, ", and Prosperous Indo-Pacific Region", ends like any title)
        last_listed = listed and joined == {",", "and"} and not any(name_parties(t.text) for t in tokens[c:d])
        if not _may_end_title(tokens, d, "," in joined and not last_listed, vocab) and not (
                opens_sentence and joined == {"and"} and tokens[d].is_lower_word and d - c <= 3
                and not any(name_parties(t.text) for t in tokens[c:d])):
            break
        listed = joined == {","}
        end = k = d
    return end


_BODY_ENDS = frozenset({"agency", "ministry", "department", "corporation", "bank", "institute", "council", "commission",
                        "authority", "office", "organization", "organisation", "administration", "secretariat"})
_PLACE_PARTICLES = frozenset({"del", "de", "da", "do", "dos", "das", "di", "la", "las", "los", "von", "van", "der"})
_PAREN_GAP_WORDS = frozenset({"in", "the", "for", "of", "on", "and", "&", "to", "at"})


def _extend_to_paren(text: str, tokens: list[Token], start: int, end: int, vocab: InstrumentVocab) -> int:
    """Run a title on to the acronym defined right after it when the words between are capitalised or
    joiners and the acronym spells the whole run: "Elimination Partnership in the Indo-Pacific for
    Cervical Cancer (EPICC)" (a hyphened word may give one initial or one per part)."""
    n = len(tokens)
    if end >= n or tokens[end].low not in _PAREN_GAP_WORDS:
        return end
    k = end
    while k < n and k - end <= 8 and (tokens[k].low in _PAREN_GAP_WORDS or _is_title_word(tokens[k], vocab)):
        k += 1
    if k == end or k + 2 >= n or tokens[k].text != "(" or tokens[k + 2].text != ")" \
            or not is_acronym(tokens[k + 1].text) or not tokens[k - 1].is_cap:
        return end
    words = [t.text for t in tokens[start:k] if t.is_cap]
    return k if _spells(acronym_letters(tokens[k + 1].text), words) else end


def _past_inner_acronym(tokens: list[Token], start: int, end: int, kind: str, vocab: InstrumentVocab) -> int:
    """A title that goes on past the acronym of a body it names, capitalised: "Framework Arrangement on
    Economic Development Cooperation Fund (EDCF) Loans for the years 2024 to 2028" (the acronym spells the
    words right before it, not the whole title)."""
    n = len(tokens)
    if not (end + 3 < n and tokens[end].text == "(" and tokens[end + 2].text == ")" and is_acronym(tokens[end + 1].text)
            and (_is_title_word(tokens[end + 3], vocab) and tokens[end + 3].is_cap or tokens[end + 3].low == "for")):
        return end
    letters = acronym_letters(tokens[end + 1].text)
    words = [t.text for t in tokens[start:end] if t.is_cap]
    if _spells(letters, words) or not any(_spells(letters, words[k:]) for k in range(1, len(words))):
        return end  # the title's own acronym, or none of its words'
    if tokens[end + 3].low == "for":  # "... Cooperation Fund (EDCF) for the years 2025-2029"
        covered = _years_covered(tokens, end + 3)
        return covered if covered > end + 3 else end
    k = end + 3
    while k < n and _is_title_word(tokens[k], vocab):
        k += 1
    return _years_covered(tokens, _lower_complement(tokens, _extend_right(tokens, k, vocab, kind), vocab))


def _years_covered(tokens: list[Token], end: int) -> int:
    """The years a title covers, written after it: "... Fund (EDCF) Loans for the years 2024 to 2028", "Plan of Action
    ... for the period 2024-2028" (four labellers of five keep them in the name; one left "for the years 2024-2027"
    out of a Joint Action Plan's)."""
    n, k = len(tokens), end
    if k + 2 >= n or tokens[k].low != "for":
        return end
    k += 1
    if tokens[k].low == "the" and k + 1 < n and tokens[k + 1].low in ("years", "period"):
        k += 2
    if k < n and re.fullmatch(r"(?:19|20)\d\d[-–](?:19|20)?\d\d", tokens[k].text):
        return k + 1
    if k + 2 < n and re.fullmatch(r"(?:19|20)\d\d", tokens[k].text) and tokens[k + 1].low in ("to", "-", "–") \
            and re.fullmatch(r"(?:19|20)\d\d", tokens[k + 2].text):
        return k + 3
    return end


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the words' initials in order, a hyphened word giving its first part's
    initial and optionally its other parts' ("Indo-Pacific": "I" or "IP")."""
    options = {0}
    for word in words:
        parts = [p for p in re.split(r"[-–]", word) if p and p[0].isupper()]
        if not parts:
            continue
        nxt = set()
        for at in options:
            for take in range(1, len(parts) + 1):
                if take not in (1, len(parts)):
                    continue
                got = "".join(p[0] for p in parts[:take])
                if letters.startswith(got, at):
                    nxt.add(at + len(got))
        options = nxt
        if not options:
            return False
    return len(letters) in options


def _words_of(tokens: list[Token], start: int, end: int) -> str:
    return " ".join(t.text for t in tokens[start:end])


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})


def _is_date(tokens: list[Token], c: int) -> bool:
    """"1 February 2019", "February 1, 2019", "May 2024" from token c."""
    words = [t.low for t in tokens[c : c + 2]]
    return bool(words) and (words[0] in _MONTHS or (words[0].isdigit() and len(words) > 1 and words[1] in _MONTHS))


def _lower_complement(tokens: list[Token], end: int, vocab: InstrumentVocab) -> int:
    """Extend over "on industrial security and defence" when it runs to a punctuation mark."""
    n = len(tokens)
    lead = _opener_phrase(tokens, end, vocab) if end < n else 0
    if end >= n or (tokens[end].low not in vocab.words("lower_complement_openers") and not lead):
        return end
    k, function_words = end + max(lead, 1), vocab.words("function_words_en")
    if any(t.low in _CIRCUMSTANCES for t in tokens[k : k + 3]):
        return end  # "on the sidelines of the visit", "on the occasion of", "on an annual basis": when, not what
    while k < n and k - end <= 7 and tokens[k].is_lower_word and (
            tokens[k].low not in function_words or tokens[k].low in _INNER_COMPLEMENT_WORDS):
        k += 1
    if k == end + 1 or tokens[k - 1].low in _INNER_COMPLEMENT_WORDS or (
            k < n and tokens[k].is_word and tokens[k].low != "between"):
        return end  # (the signatories after it are no part of it: "... on hydrogen energy cooperation between ...")
    return k


_MIXED_OPENERS = frozenset({"on", "for", "concerning", "regarding"})
_SPANS = frozenset({"period", "years", "year", "term"})  # ("for the 2024-2027 period" names no topic)
_CIRCUMSTANCES = frozenset({"sidelines", "margins", "margin", "occasion", "eve", "basis", "sides"})
_MIXED_WORDS = frozenset({"the", "of", "and", "in", "for", "on", "to", "from", "–", "-"})
# what may follow such a complement: a participle or relative pronoun opening what is said of the instrument
_MIXED_ENDS = frozenset({"signed", "which", "that", "between", "adopted", "concluded", "entered", "launched",
                         "established", "agreed", "reached"})


def _mixed_complement(tokens: list[Token], end: int, vocab: InstrumentVocab) -> int:
    """A topic in lower case that names something capitalised: "the Action Programme for the implementation of
    the Viet Nam-RoK Comprehensive Strategic Partnership for the 2023–2027 period", "the Memorandum of
    Understanding on the establishment of the ... Centre signed in June", "the Framework Arrangement on EDCF
    loans for the 2024–2030 period, which ...". The title runs to a mark or to a participle or relative
    pronoun after it, sixteen words at most, its words lower case, capitalised or years."""
    n = len(tokens)
    if end + 2 >= n or tokens[end].low not in _MIXED_OPENERS:
        return end
    first = end + 2 if tokens[end + 1].low == "the" else end + 1  # a topic in lower case ("the establishment",
    if tokens[first].low in _CIRCUMSTANCES:
        return end
    if first + 1 >= n or not (tokens[first].is_lower_word or (  # "EDCF loans"): not "Defence Cooperation"
            is_acronym(tokens[first].text) and tokens[first + 1].is_lower_word)):
        return end
    function_words = vocab.words("function_words_en")
    k = end + 1
    while k < n and k - end <= 16:
        tok = tokens[k]
        if tok.low in _MIXED_ENDS or not (tok.is_word or tok.text in ("–", "-")):
            break
        if not (tok.is_cap or tok.low in _MIXED_WORDS or (tok.is_lower_word and tok.low not in function_words)):
            return end
        k += 1
    words = [t for t in tokens[end + 1 : k] if t.is_lower_word and t.low not in _MIXED_WORDS | _SPANS]
    if k >= n or k - end > 16 or tokens[k - 1].low in _MIXED_WORDS or not words \
            or not any(t.is_cap for t in tokens[end + 1 : k]):
        return end
    return k


def _may_end_title(tokens: list[Token], d: int, after_comma: bool, vocab: InstrumentVocab) -> bool:
    if d >= len(tokens):
        return True
    nxt = tokens[d]
    if not nxt.is_word:
        return True
    if after_comma:
        return nxt.low in {"and", "&"}
    return nxt.low in vocab.words("function_words_en")


def _extend_to_acronym(tokens: list[Token], start: int, end: int, acronym: str,
                       vocab: InstrumentVocab) -> int:
    """Widen a title leftwards until its initials spell the acronym after it (NBSAPs)."""
    words = [t.text for t in tokens[start:end] if t.is_cap]
    if acronym_matches(acronym, words):
        return start
    j, best = start - 1, start
    joiners = {",", "and", "&", "of", "for", "on", "the"}
    while j >= 0 and start - j <= 8:
        tok = tokens[j]
        if _is_title_word(tok, vocab):
            words.insert(0, tok.text)
            if acronym_matches(acronym, words):
                best = j
                break
        elif tok.low not in joiners:
            break
        j -= 1
    return best
