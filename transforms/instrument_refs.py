"""Unnamed instrument phrases: anaphors, descriptive names, defined acronyms.

- anaphor: "This MOU", "this ambitious framework", "The Agreement", "cet accord";
  resolved later to the last instrument of that kind.
- descriptive: "the new youth mobility arrangement" (kept only with an event
  cue), "the memorandum of understanding from 1995" (kept for its year).
- acronym: "the CKFTA" once "(CKFTA)" was defined in the document.
"""
from __future__ import annotations

import re

from transforms.instrument_candidates import Candidate, is_plural_head, match_head
from transforms.instrument_text import QUOTE_PAIRS, Token, straighten
from transforms.instrument_titles_fr import YEAR, french_complement_end, owned_by_a_name
from transforms.instrument_vocab import InstrumentVocab

MAX_MODIFIERS = 4
_RELATIONAL = frozenset({"relatif", "relative", "relatifs", "relatives", "tendant", "portant", "concernant"})
NEW_WORDS = ("new", "nouvel", "nouveau", "nouvelle")


def acronym_mentions(tokens: list[Token], defined: dict[str, str]) -> list[Candidate]:
    """Uses of acronyms defined earlier in the document (acronym -> kind)."""
    out = []
    for i, tok in enumerate(tokens):
        text = tok.text[:-2] if tok.is_possessive else tok.text
        if text in defined:
            out.append(Candidate(i, i + 1, "acronym", defined[text], None, short_name=text))
    return out


def unnamed_mentions(text: str, tokens: list[Token], vocab: InstrumentVocab,
                     language: str, starts: list[int]) -> list[Candidate]:
    """``starts``: the token indices where a head may start (``head_starts``)."""
    out = []
    for i in starts:
        if not tokens[i].is_word:
            continue
        head = match_head(tokens, i, vocab, language, allow_plural=False)
        if head is None:
            continue
        size, kind = head
        if is_plural_head(tokens, i, size, vocab, language):
            continue
        if language == "fr":
            cand = _french_unnamed(text, tokens, i, size, kind, vocab)
        else:
            cand = _english_unnamed(text, tokens, i, size, kind, vocab)
        if cand:
            out.append(cand)
    return out


def _determiner(tokens: list[Token], j: int) -> tuple[str, int]:
    """The determiner ending at token j (lower-case) and its first token index."""
    if j < 0:
        return "", j + 1
    one = tokens[j].low
    if j >= 1 and one in {"new", "nouvel", "nouveau", "nouvelle"}:
        return f"{tokens[j - 1].low} {one}", j - 1
    return one, j


def _english_unnamed(text: str, tokens: list[Token], i: int, size: int, kind: str,
                     vocab: InstrumentVocab) -> Candidate | None:
    he = i + size
    if he < len(tokens) and tokens[he].low == "to":  # "agreement to join"
        return None
    if tokens[he - 1].low in vocab.words("title_only_heads"):  # "the program"
        return None
    m = i
    function_words = vocab.words("function_words_en") | vocab.words("anaphor_determiners") \
        | vocab.words("descriptive_determiners") | set(NEW_WORDS)
    while m > 0 and i - m < MAX_MODIFIERS and tokens[m - 1].is_lower_word \
            and tokens[m - 1].low not in function_words:
        m -= 1
    det, det_start = _determiner(tokens, m - 1)
    mods = [t.low for t in tokens[m:i] if t.low not in vocab.words("generic_modifiers")]
    year = _year(text, tokens, he, vocab)
    head_text = text[tokens[i].start : tokens[he - 1].end]
    if year is not None and det in vocab.words("anaphor_determiners") | vocab.words(
            "descriptive_determiners"):
        name = " ".join(mods + [head_text]) + f" ({year[0]})"
        end = _end_token(tokens, year[1])
        return Candidate(det_start, end, "descriptive", kind, name, year=year[0])
    if tokens[i].is_cap and tokens[i].text not in vocab.acronym_heads and m == i \
            and det not in vocab.words("anaphor_determiners"):
        return None
    return _classify(det, det_start, he, kind, mods, head_text, vocab)


def _classify(det, det_start, he, kind, mods, head_text, vocab) -> Candidate | None:
    first = det.split()[0] if det else ""
    if det in vocab.words("descriptive_determiners") and mods and (
            first not in {"the", "le", "la"} or det.endswith(NEW_WORDS)):
        return Candidate(det_start, he, "descriptive", kind, " ".join(mods + [head_text]),
                         needs_event=True)
    if first in vocab.words("anaphor_determiners"):
        return Candidate(det_start, he, "anaphor", kind, None)
    return None


def _french_unnamed(text: str, tokens: list[Token], i: int, size: int, kind: str,
                    vocab: InstrumentVocab) -> Candidate | None:
    if tokens[i].low in vocab.words("title_only_heads"):
        return None
    if tokens[i].is_cap and i > 0 and tokens[i - 1].low in ("ce", "cet", "cette", "ces"):
        return Candidate(i - 1, i + size, "anaphor", kind, None)  # "cette Initiative": the one named before
    if tokens[i].is_cap and i > 0:  # capitalised heads are titles, not descriptions
        end = french_complement_end(tokens, i + size, vocab)
        if end > i + size:
            return None
    det, det_start = _determiner(tokens, i - 1)
    det = straighten(det)
    if (quoted := _quoted_name(text, tokens, i + size)) is not None:  # "l’initiative « K-Ricebelt »"
        name, end = quoted
        return Candidate(det_start, end, "title", kind, name, aliases=(text[tokens[i].start : tokens[end - 1].end],))
    if det in ("l'", "le", "la", "du", "au") and (proper := _proper_after(tokens, i + size)) is not None:
        # a name right after the head: "à travers l’initiative K-Ricebelt, qui vise ..."
        name = text[tokens[i].start : tokens[proper - 1].end]
        return Candidate(det_start, proper, "title", kind, name,
                         aliases=(text[tokens[i + size].start : tokens[proper - 1].end],))
    he = i + size  # (its year may follow the head: "le protocole d’accord de 2015 sur l’amélioration des ...")
    dated = he + 1 < len(tokens) and tokens[he].low in ("de", "d'") and YEAR.fullmatch(tokens[he + 1].text) is not None
    end = french_complement_end(tokens, he + 2 if dated else he, vocab)
    if dated and end == he + 2:
        dated, end = False, french_complement_end(tokens, he, vocab)
    if owned_by_a_name(tokens, he + 2 if dated else he, end):
        return None  # "un programme de l’Agence coréenne de coopération internationale": whose, not what
    if det in vocab.words("descriptive_determiners") and end > i + size \
            and not all(t.low in vocab.words("generic_modifiers") for t in tokens[i + size:end]):
        # (not a quality alone: "bâtir un partenariat renouvelé, équilibré et respectueux de ...")
        name = text[tokens[i].start : tokens[end - 1].end]
        return Candidate(det_start, end, "descriptive", kind, name, needs_event=True)
    if det in ("le", "la", "l'", "les", "du", "au") and end > i + size + 1 and (
            dated or tokens[i + size].low in _RELATIONAL or any(t.low == "entre" for t in tokens[i + size:end])):
        # French writes names in lower case: "la convention tendant à éviter les doubles impositions",
        # "l’accord relatif au programme vacances-travail", "l'accord de sécurité sociale entre la Belgique et le
        # Japon" name one instrument; so does one dated ("en application du protocole d’accord de 2015 sur ...")
        name = text[tokens[i].start : tokens[end - 1].end]
        return Candidate(det_start, end, "descriptive", kind, name,
                         year=int(tokens[he + 1].text) if dated else None)
    if det and det.split()[0] in vocab.words("anaphor_determiners"):
        return Candidate(det_start, i + size, "anaphor", kind, None)
    return None


_NOT_PROPER = re.compile(r"(?:19|20)\d{2}|(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                         r"décembre)")


def _proper_after(tokens: list[Token], k: int) -> int | None:
    """The index after a proper name (capitalised words, one with a hyphen or a capital inside: "K-Ricebelt",
    "NextGen") standing right after a head in lower case, then a comma, a full stop or the end; else None."""
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].is_cap and not _NOT_PROPER.fullmatch(tokens[j].text):
        j += 1
    if j == k or (j < len(tokens) and tokens[j].text not in (",", ".", ";", ")")):
        return None
    coined = any("-" in t.text or any(c.isupper() for c in t.text[1:]) for t in tokens[k:j])
    return j if coined else None


def _quoted_name(text: str, tokens: list[Token], k: int) -> tuple[str, int] | None:
    """A name in quotation marks right after a head in lower case: (the name, the index after the closing
    mark), else None."""
    if k >= len(tokens) or (close := QUOTE_PAIRS.get(tokens[k].text)) is None:
        return None
    for j in range(k + 1, min(len(tokens), k + 8)):
        if tokens[j].text == close:
            inner = text[tokens[k].end : tokens[j].start].strip(" \u00a0")
            return (inner, j + 1) if inner and inner[0].isupper() else None
    return None


def _year(text: str, tokens: list[Token], he: int,
          vocab: InstrumentVocab) -> tuple[int, int] | None:
    """(year, character offset where its phrase ends) for "... from 1995"."""
    offset = tokens[he - 1].end
    m = vocab.year_after.match(straighten(text[offset:]))
    return (int(m.group(1)), offset + m.end()) if m else None


def _end_token(tokens: list[Token], char_end: int) -> int:
    """Index after the last token ending at or before char_end."""
    return max(i + 1 for i, t in enumerate(tokens) if t.end <= char_end)
