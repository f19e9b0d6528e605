"""Instrument mentions in one document (SPEC §2 ``core.instrument_mentions``).

Titles headed by an instrument noun, acronyms the text defines (or that are
widely known: vocab ``known_acronyms``, "CETA", "CPTPP"), descriptive
phrases ("the new youth mobility arrangement") and anaphors ("This MOU") are
found per sentence; anaphors and acronyms resolve to the last instrument of
their kind; each mention gets an event from the words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms.cues import grammar
from transforms.instrument_candidates import Candidate, head_starts, refine_kind
from transforms.instrument_events import (
    REFERENCED, is_coordinated, left_cue, read_quantities, right_cue)
from transforms.instrument_names import identity_words, is_short_form, name_parties, normalize
from transforms.instrument_refs import acronym_mentions, unnamed_mentions
from transforms.instrument_text import Token, straighten, tokenize
from transforms.instrument_titles_en import english_titles, listed_item
from transforms.instrument_titles_fr import french_titles, listed_item_fr
from transforms.instrument_vocab import InstrumentVocab, load_vocab
from transforms.korean_instruments import defined_acronym, korean_acronym_mentions, korean_lead_event, korean_mentions
from transforms.lists import lead_in_text, lead_ins
from transforms.organizations import known_org_names, org_spans
from transforms.records import DocContext, SentenceIn

_MEETING_KINDS = frozenset({"dialogue", "arrangement"})  # kinds that meet: a session of them is held
ANAPHOR_REACH = 1  # an anaphor looks back to the previous paragraph at most
QUANTITY_REACH = 160  # characters after a mention searched for its quantities
_PRIORITY = {"title": 0, "acronym": 1, "descriptive": 2, "anaphor": 3}


@dataclass(frozen=True)
class InstrumentMention:
    paragraph_no: int
    sentence_no: int
    name: str  # best full name known in the document
    short_name: str | None  # acronym, if any
    kind: str
    event: str
    surface: str  # the words as written
    parties: tuple[str, ...] = ()  # ISO3; empty for multilateral instruments
    quantities: tuple[tuple[float, str, str], ...] = ()  # (value, unit, what)
    year: int | None = None
    aliases: tuple[str, ...] = ()
    mtype: str = "title"  # title | acronym | descriptive | anaphor
    language: str = "en"
    start: int = 0  # character offset in the sentence
    basis: bool = False  # "referenced" read from words that cite it as a basis ("building on the X"), not for want
    # of a cue (transforms/instrument_registry.settle_events)
    dated: bool = False  # its sentence places what it tells earlier than the document ("in 2019", "last September")


def extract_mentions(sentences: list[SentenceIn], ctx: DocContext) -> list[InstrumentMention]:
    if ctx.language == "ko":  # no capitals to mark a title: names read by their words (korean_instruments.py)
        return _korean_document_mentions(sentences, ctx)
    vocab = load_vocab()
    defined: dict[str, InstrumentMention] = {}
    history: list[InstrumentMention] = []
    leads = lead_ins(sentences)  # (transforms/lists.py)
    for sentence, lead in zip(sentences, leads):
        found = _sentence_mentions(sentence, ctx, vocab, defined, history, listed=lead is not None)
        event = _lead_in_event(lead_in_text(sentences, leads, lead), vocab) if lead is not None and found else None
        if event:  # "the following documents were exchanged:" then "- Memorandum of Understanding on ...;"
            found = [replace(m, event=event, basis=event == REFERENCED)
                     if m.event == REFERENCED and m.mtype != "anaphor" else m for m in found]
        history.extend(found)
    return history


# a Korean lead-in names what follows: "다음과 같은 양해각서가", "다음 문서들의 서명식에", "아래 협력 문서들이"
_KOREAN_LEAD = re.compile(r"(?:^|\s)(?:다음|아래)(?:과|와|의)?\s")


def _korean_document_mentions(sentences: list[SentenceIn], ctx: DocContext) -> list[InstrumentMention]:
    """The Korean sentences' mentions; a short form of an earlier name ("전략대화" after "한-베트남 외교장관
    전략대화") is that instrument (Korean compounds give too few identity words for ``_fuller_name``)."""
    found: list[InstrumentMention] = []
    acronyms: dict[str, InstrumentMention] = {}  # defined for a name ("자유무역협정(FTA)"): "FTA" alone is it
    lead_event = None  # "다음과 같은 양해각서(MOU)가 서명되었다." then the documents, one per line, with no predicate
    for s in sentences:
        ends_clause = s.text.rstrip().endswith(("다.", "다", "다:"))  # ("... 서명되었다:" leads a list)
        if ends_clause:  # (a sentence with its predicate ends the list, or leads a new one)
            lead_event = korean_lead_event(s.text) if _KOREAN_LEAD.search(s.text) else None
        named = korean_mentions(s, ctx)
        taken = [(m["start"], s.text.find(m["name"], m["start"]) + len(m["name"])) for m in named]
        for a in korean_acronym_mentions(s, {k: i.name for k, i in acronyms.items()}, taken) if acronyms else ():
            base = acronyms[a["name"]]
            found.append(replace(base, paragraph_no=s.paragraph_no, sentence_no=s.sentence_no,
                                 event=_event_of_kind(a["event"], base.kind),
                                 surface=a["name"], start=a["start"], mtype="acronym", basis=False))
        for m in named:
            if not ends_clause and lead_event and m["event"] == REFERENCED:
                m = {**m, "event": lead_event}
            name, parties = m["name"], m["parties"]
            short = re.sub(r"\([^()]*\)$", "", name).replace(" ", "")  # (a plan's years after it: "기본약정(2024-2028)")
            fuller = next((f for f in reversed(found) if f.kind == m["kind"] and f.name != name
                           and len(f.name.replace(" ", "")) >= len(short) and f.name.replace(" ", "").endswith(short)),
                          None)
            if fuller is not None:
                name, parties = fuller.name, fuller.parties
            found.append(InstrumentMention(
                paragraph_no=s.paragraph_no, sentence_no=s.sentence_no, name=name, short_name=None,
                kind=m["kind"], event=m["event"], surface=m["name"], parties=parties, language="ko",
                start=m["start"]))
            if (acronym := defined_acronym(s.text, m)) is not None:
                acronyms[acronym] = found[-1]
    return sorted(found, key=lambda m: (m.paragraph_no, m.sentence_no, m.start))


def _lead_in_event(text: str, vocab: InstrumentVocab) -> str | None:
    """The event a lead-in names for the instruments listed after it: its cue nearest the end, in its last
    clause or else anywhere in it ("the two sides signed more than 30 documents in areas including trade,
    investment and space, including:")."""
    plain = straighten(text.rstrip().rstrip(":"))
    found = left_cue(plain, len(plain), 0, vocab)
    if found is None:
        hits = [(m.end(), -vocab.event_cues[i].order, vocab.event_cues[i].event)
                for i, m in vocab.event_cue_set.matches(plain)]
        found = max(hits)[2] if hits else None
    return found


def _candidates(text: str, tokens: list[Token], language: str, vocab: InstrumentVocab,
                defined: dict[str, InstrumentMention], heads: bool, known: bool = False,
                listed: bool = False) -> list[Candidate]:
    """The sentence's candidates, in order; of overlapping ones the largest wins.

    ``heads`` False: no token of the text can start a head (``_may_hold_head``). ``known``: the text
    holds a widely known acronym (vocab ``known_acronyms``). ``listed``: the sentence is an item of a
    list after a lead-in (one that names a document in lower case is that document: ``listed_item``).
    """
    acronyms = {k: entry[0] for k, entry in vocab.known_acronyms.items()} if known else {}
    acronyms.update((k, m.kind) for k, m in defined.items())
    found = acronym_mentions(tokens, acronyms) if acronyms else []
    starts = head_starts(tokens, vocab, language) if heads else []
    if starts:
        titles = (french_titles(text, tokens, vocab, starts) if language == "fr"
                  else english_titles(text, tokens, vocab, starts))
        if titles:
            orgs, spans = known_org_names(), org_spans(text)
            titles = [c for c in titles
                      if normalize(c.name) not in orgs and not _inside_org(c, tokens, spans)]
        found = titles + found + unnamed_mentions(text, tokens, vocab, language, starts)
        if listed and (item := (listed_item_fr if language == "fr" else listed_item)(text, tokens, vocab)) is not None:
            found.append(item)
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-c.size, _PRIORITY[c.mtype], c.tok_start)):
        if not any(cand.overlaps(other) for other in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.tok_start)


def _may_hold_head(plain: str, language: str, vocab: InstrumentVocab) -> bool:
    """False only when no token of the (straightened) text can start an instrument head.

    A plural head only ends a title, so it needs a capital; an acronym head is
    written in capitals.
    """
    index = vocab.head_index(language)
    lower = plain.lower()
    if len(lower) != len(plain):  # offsets in lower differ from the text's
        return bool(index.hint.search(lower))
    for m in index.hint.finditer(lower):
        word, written = m.group(), plain[m.start() : m.end()]
        if word in index.plurals:
            if written[0].isupper():
                return True
        elif word not in index.acronyms or written in vocab.acronym_heads:
            return True
    return False


def _inside_org(cand: Candidate, tokens: list[Token], spans: list[tuple[int, int]]) -> bool:
    """"Traité de l'Atlantique-Nord" inside "Organisation du Traité de l'Atlantique-Nord"."""
    start = tokens[cand.tok_start].start
    return any(a <= start and b >= start + len(cand.name) for a, b in spans)


def _sentence_mentions(sentence: SentenceIn, ctx: DocContext, vocab: InstrumentVocab,
                       defined: dict[str, InstrumentMention],
                       history: list[InstrumentMention], listed: bool = False) -> list[InstrumentMention]:
    text = sentence.text
    plain = straighten(text)
    heads = _may_hold_head(plain, ctx.language, vocab)
    known = vocab.known_acronym_re is not None and any(a in text for a in vocab.known_acronyms) and \
        vocab.known_acronym_re.search(text) is not None  # (the substring test first: half the cost)
    if not heads and not known and not any(acronym in text for acronym in defined):
        return []
    tokens = tokenize(text)
    cands = _candidates(text, tokens, ctx.language, vocab, defined, heads, known, listed)
    out: list[InstrumentMention] = []
    floor, dated = 0, _dated(text, ctx) if cands else False
    for n, cand in enumerate(cands):
        start, end = tokens[cand.tok_start].start, tokens[cand.tok_end - 1].end
        after_end = tokens[cands[n + 1].tok_start].start if n + 1 < len(cands) else len(text)
        after = plain[end:after_end]
        if out and cand.mtype == "title" and _ALIAS_GAP.fullmatch(plain[floor:start]):
            # "the Agreement between ... on the Security of Information, known as the Information Security
            # Agreement (ISA)": one instrument, its second name an alias
            first = out[-1]
            out[-1] = replace(first, aliases=(*first.aliases, cand.name, *cand.aliases),
                              short_name=first.short_name or cand.short_name)
            if cand.short_name:
                defined[cand.short_name] = out[-1]
            floor = end
            continue
        if out and is_coordinated(plain[floor:start], vocab):
            event, cited = out[-1].event, out[-1].basis
        else:  # ("referenced" from a cue cites it: "Building on the success of the CKFTA")
            event = left_cue(plain, start, floor, vocab)
            cited = event == REFERENCED
        earlier = right_cue(after, vocab) if cand.mtype != "anaphor" else None
        if event is None:
            event, earlier = earlier, None
        base = _resolve(cand, sentence, ctx, vocab, defined, history + out)
        if base is None or (cand.needs_event and event in (None, REFERENCED)):  # (citing it is no event)
            continue
        if event is None:
            event, cited = (base.event, base.basis) if cand.mtype == "anaphor" else (REFERENCED, False)
        event = _event_of_kind(event, base.kind)
        aliases = base.aliases
        if cand.mtype == "title" and defined and (spelled := _spelled_out(base.name, defined)) != base.name:
            aliases = (*aliases, spelled)  # "Framework Agreement on the IMEC" is "... on the India-Middle East-..."
        mention = InstrumentMention(
            paragraph_no=sentence.paragraph_no, sentence_no=sentence.sentence_no,
            name=base.name, short_name=base.short_name, kind=base.kind, event=event,
            surface=text[start:end], parties=base.parties,
            quantities=read_quantities(after[:QUANTITY_REACH], vocab),
            year=base.year, aliases=aliases, mtype=cand.mtype, language=ctx.language,
            start=start, basis=cited, dated=dated,
        )
        if earlier is not None and earlier != event:
            # "reaffirmed the Strategic Partnership, established in 2000": what the sentence does with it
            # and, first (earlier in time), what the verb after the name says was done to it
            out.append(replace(mention, event=earlier))
        if cand.mtype == "title" and cand.short_name:
            defined[cand.short_name] = mention
        out.append(mention)
        floor = end
    return out


def _event_of_kind(event: str, kind: str) -> str:
    """A session is held only of what meets; of anything else it is work done under it ("les résultats de
    l'Initiative": implementing)."""
    return "implementing" if event == "held" and kind not in _MEETING_KINDS else event


_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Z0-9&-]{1,11}\b")


def _spelled_out(name: str, defined: dict[str, InstrumentMention]) -> str:
    """A name with the acronyms the document defined for other instruments written out."""
    return _ACRONYM_WORD.sub(lambda m: defined[m.group()].name if m.group() in defined
                             and defined[m.group()].name != name else m.group(), name)


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _dated(text: str, ctx: DocContext) -> bool:
    """Whether a sentence tells of an earlier time than its document's: a year before the document's, or an
    earlier occasion ("last September", "previously")."""
    if ctx.published_year and any(int(y) < ctx.published_year for y in _YEAR_IN_TEXT.findall(text)):
        return True
    return grammar(ctx.language).earlier_occasion.search(text) is not None


def _resolve(cand: Candidate, sentence: SentenceIn, ctx: DocContext, vocab: InstrumentVocab,
             defined: dict[str, InstrumentMention],
             history: list[InstrumentMention]) -> InstrumentMention | None:
    """What the candidate stands for: itself, or the instrument it points back to."""
    if cand.mtype == "acronym":
        if cand.short_name not in defined and cand.short_name in vocab.known_acronyms:
            kind, name, parties = vocab.known_acronyms[cand.short_name]  # first use of a widely known acronym
            defined[cand.short_name] = InstrumentMention(
                paragraph_no=sentence.paragraph_no, sentence_no=sentence.sentence_no, name=name,
                short_name=cand.short_name, kind=kind, event=REFERENCED, surface="",
                parties=parties if parties is not None else _parties(Candidate(0, 0, "title", kind, name), kind,
                                                                     ctx, vocab))
        return defined.get(cand.short_name)
    if cand.mtype == "anaphor":
        return _antecedent(cand.kind, sentence.paragraph_no, vocab, history)
    kind, parties = refine_kind(cand.name, cand.kind, vocab), None
    if (known := vocab.known_names.get(cand.name.lower())) is not None:  # a widely known one, spelled out
        kind, parties = known
    elif (fuller := _fuller_name(cand.name, kind, history)) is not None:
        return fuller  # "le Partenariat stratégique" after "un Partenariat stratégique pour l’innovation ..."
    return InstrumentMention(
        paragraph_no=sentence.paragraph_no, sentence_no=sentence.sentence_no, name=cand.name,
        short_name=cand.short_name, kind=kind, event=REFERENCED, surface="",
        parties=parties if parties is not None else _parties(cand, kind, ctx, vocab), year=cand.year,
        aliases=cand.aliases,
    )


_ALIAS_GAP = re.compile(r"\s*,?\s*(?:(?:also\s+|commonly\s+)?known\s+as|hereinafter(?:\s+referred\s+to\s+as)?|"
                        r"ci-après(?:\s+dénommée?)?|dit(?:e)?)\s+(?:the\s+|l['’]\s?|le\s+|la\s+)?")


def _fuller_name(name: str, kind: str, history: list[InstrumentMention]) -> InstrumentMention | None:
    """An earlier instrument of the kind whose identity words (parties left out) hold all of this name's, two
    or more: its short form ("Partenariat stratégique" for "Partenariat stratégique pour l’innovation et la durabilité",
    "Science and Technology Agreement" for "Agreement between the Government of New Zealand and the
    Government of Japan on Cooperation in Science and Technology")."""
    short, words = identity_words(name), len(normalize(name).split())
    if len(short) < 2 or name_parties(name):
        return None  # (a name with its own parties is a full name: "Singapore-Viet Nam Digital Economy Agreement")
    for mention in reversed(history):
        if mention.kind == kind and mention.mtype == "title" and len(normalize(mention.name).split()) > words and \
                is_short_form(short, identity_words(mention.name)):
            return mention
    return None


def _antecedent(kind: str, paragraph_no: int, vocab: InstrumentVocab,
                history: list[InstrumentMention]) -> InstrumentMention | None:
    reachable = [m for m in reversed(history) if paragraph_no - m.paragraph_no <= ANAPHOR_REACH]
    for kinds in ((kind,), vocab.anaphor_kinds.get(kind, ())):
        for mention in reachable:
            if mention.kind in kinds:
                return mention
    return None


def _parties(cand: Candidate, kind: str, ctx: DocContext, vocab: InstrumentVocab) -> tuple[str, ...]:
    named = set(name_parties(cand.name))
    if cand.possessor:
        named |= set(name_parties(cand.possessor))
    if named:
        return tuple(sorted(named))
    words = f" {normalize(cand.name)} "
    if kind in vocab.words("multilateral_kinds") or kind not in vocab.words("bilateral_kinds") and any(
            f" {w} " in words for w in vocab.words("multilateral_words")) or any(
            f" {w} " in words for w in vocab.words("regional_words")):
        return ()
    return tuple(sorted(ctx.parties))
