"""Sentence kinds (SPEC §3): commitment | reaffirmation | position | outcome | none.

A cue (transforms/cues.py) counts only when its subject is a party to the
statement (transforms/subjects.py): "We will" is a commitment, "This MOU
will", "It will" or "..., which will" are not. A sentence holding a
commitment is a commitment whatever else it holds; otherwise the first
counted cue decides. A negated modal or future ("will not", "ne reconnaîtrons
jamais") is a position, other negated cues count for nothing; "could", "may"
are not cues, "would" only as a reported "will" ("agreed that the two sides
would"). A past-tense cue in a sentence about an earlier occasion ("Last
September ... we agreed to") is an outcome. A list item after a lead-in ending
with ":" is read as the end of the lead-in, so it inherits the lead-in's
commitment, actors and strength. Korean sentences, head-final, have rules of
their own (transforms/korean.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from transforms.actors import ActorResolver, People, learn_people, own_head_names
from transforms.cues import Cue, Grammar, find_cues, grammar, looks_like_verb, words_after
from transforms.korean import KoreanReader, korean_label, learn_korean_people
from transforms.records import DocContext, SentenceIn, SentenceLabel
from transforms.regex_set import SENTENCES
from transforms.segment import without_marker
from transforms.lists import lead_in_text, lead_ins
from transforms.subjects import Subject, subject_before
from transforms.themes import themes_for
from transforms.years import target_years

_PAST_FORM = ("ed", "took", "é", "és")
_ADVERBS = frozenset({"also", "further", "jointly", "together", "both", "all", "each", "now", "again", "également", "aussi"})
_NOT_ACTIONS = _ADVERBS | {"to", "continue", "à", "de"}  # skipped on the way to the action verb
# a joint act done with another party: "will co-host with Canada", "coorganisera avec la France"
_CO_WITH = re.compile(r"(?i:\bco-?(?:host|chair|organi[sz]|sponsor|lead|fund|financ|présid|organis)\w*)\s+(?:[\w’'-]+\s+){0,3}?"
                      r"(?i:with|avec)\s+(?P<who>(?:(?:the|la|le|les)\s+|l['’])?[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,4})")
# an event someone else holds: "look forward to the next Quad Leaders' Summit to be hosted by Australia"
_HELD_BY = re.compile(r"[^.;]{0,120}?\b(?:(?:to\s+be\s+|being\s+)?(?:hosted|organi[sz]ed|held|convened)\s+by|which\s+"
                      r"(?P<host>[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,3})\s+will\s+host)\s+"
                      r"(?P<who>(?:the\s+)?[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,3})?")
_WHOSE = re.compile(r"\s*(?i:whose|dont)\s")  # a relative clause set off by a comma (not "..., which Japan will equip", a
# promise of its own subject for most labels)
# another clause that may have a subject of its own: ", and the ROK will", "; Korea will" (not ", and advice")
# (a relative clause with a subject of its own is one: ", which Japan will equip with ..."; not French "que",
# which also opens what is said: "a indiqué que")
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:(?:and|but|while|whereas|et|tandis\s+que|which|where|whereby|(?:under|through)\s+which"
                         r")\s+)?"
                         r"(?:(?-i:[A-ZÀ-Ý])|(?:the|our|their|both|each|we|they|le|la|les|nous|ils)\b)", re.I)


@dataclass(frozen=True)
class _Hit:
    kind: str
    actors: tuple[str, ...]
    verb: str | None = None
    strength: str | None = None
    explicit: bool = True  # the subject stands right before the cue (not inherited)
    end: int = 0  # where the cue ends


def _complement_ok(nxt: list[str], cue: Cue, g: Grammar) -> bool:
    """``nxt``: the six tokens after the cue (``words_after(text, cue.end, 6)``, shared by the tests below)."""
    if cue.takes == "object" or (nxt and nxt[0] in (",", ":", "–", "—")):  # "will, with partners, ..." / "will:"
        return True
    words = [w for w in nxt if not (w.lower().endswith("ly") and len(w) > 4)]
    if not words or not words[0][:1].isalnum():
        return False
    first = words[0].lower()
    if cue.takes == "verb":
        if cue.present and first in g.stance_verbs:
            return False  # "continue to be concerned" is a stance
        if first in ("be", "être"):  # "we will be working" acts; "Canada will be a partner" describes
            return len(words) > 1 and words[1].lower().endswith(("ing", "ant"))
        return first not in g.noun_starters or first in g.negations
    if cue.takes == "action":
        return looks_like_verb(words[0], g)
    # gerund: "look forward to continuing" / "to 2024-2025", not "to President Yoon's attendance"
    if first in g.possessives or first in g.wishes or (first in ("the", "a") and len(words) > 1
                                                       and words[1].lower() in g.wishes):
        return False  # (another's act; a hope for a success)
    if first.endswith("ing"):
        return True  # "look forward to hosting the next Quad Leaders' Summit"
    return not any(w in ("’s", "'s", "’", "'") or w.endswith(("’s", "'s")) for w in nxt[:5]) and not any(
        w.endswith(("s’", "s'")) for w in nxt[:2])  # "the Philippines’ participation": another's act


def _refuses(cue: Cue, nxt: list[str], g: Grammar) -> bool:
    """A negated future of a verb of acceptance is a stance ("will not recognise any change by force", "ne
    reconnaîtrons jamais"); of any other verb, a promise to refrain ("will not impose restrictions")."""
    words = [w.lower() for w in nxt if w.lower() not in g.negations and w.lower() not in ("only", "ever")]
    verb = words[0] if words else ""
    surface = cue.surface.split()[-1].lower()
    return any(verb.startswith(s) or surface.startswith(s) for s in g.stances_refused)


def _negated_after(after: list[str], g: Grammar) -> bool:
    nxt = [w.lower() for w in after[:2]]  # the first two of the tokens words_after() reads
    if " ".join(nxt) in ("not only", "non seulement"):
        return False  # "will not only deepen ... but also ..."
    return bool(nxt) and (nxt[0] in g.negations or " ".join(nxt) in g.negations)


def _action_verb(nxt: list[str]) -> str | None:
    """The first word after the cue that is not an adverb or a "continue to"/"to"."""
    for word in nxt:
        if word.lower() in _NOT_ACTIONS or _is_ly(word):
            continue
        return word if word[:1].isalpha() else None
    return None


def _restrictive_that(text: str, pos: int, g: Grammar) -> bool:
    """Whether the last "that" before ``pos`` follows a noun ("the summit that Canada will host"), not a verb
    of saying or agreeing ("agreed that Canada will host") nor a comma."""
    at = text.rfind(" that ", 0, pos)
    if at < 0 or text[:at].rstrip().endswith(","):
        return False
    before = [w.lower().strip("“”\"',") for w in text[:at].split()[-3:]]
    if before and (before[-1] in _THAT_VERBS or any(w.endswith(("ed", "es")) or w in _THAT_VERBS for w in before[-2:])
                   and before[-1] not in ("the", "a", "an")):
        return False  # (a verb's clause: "confirmed that they will", "agree that", "announced today that")
    return not _reported_at(text, at, len(" that"), g)


def _reported_at(text: str, at: int, width: int, g: Grammar) -> bool:
    """Whether a phrase of reporting ("agreed that", "a indiqué que") ends at the conjunction found at ``at``."""
    return bool(g.reported_by) and any(m.end() >= at + width for m in g.reported_by.finditer(text, max(0, at - 80), at + 5))


def _relative_que(text: str, pos: int, g: Grammar) -> bool:
    """Whether the last "que"/"qu'" before ``pos`` opens a relative clause (after a noun, "du Sommet, que la
    France accueillera"), not what is said or agreed ("a indiqué que", "ont convenu que")."""
    at = max(text.rfind(" que ", 0, pos), text.rfind(" qu'", 0, pos), text.rfind(" qu’", 0, pos))
    if at < 0:
        return False
    before = [w.lower().strip(",") for w in text[:at].split()[-3:]]
    if any(w.endswith(("é", "és", "ée", "ées", "u", "us")) or w in _QUE_VERBS for w in before[-2:]):
        return False  # (after a participle or a verb: "a annoncé aujourd'hui que", "estiment que")
    return not _reported_at(text, at, len(" qu"), g)


_QUE_VERBS = frozenset({"et", "ou", "mais", "ainsi", "estiment", "considèrent", "soulignent", "rappellent", "notent",
                        "conviennent", "affirment", "réaffirment", "déclarent", "annoncent", "indiquent", "précisent",
                        "veillent", "savent", "pensent", "jugent", "reconnaissent", "espèrent", "souhaitent", "afin",
                        "pour", "tandis", "alors", "bien", "dès", "lors", "parce", "puisque", "sorte", "façon"})


_THAT_VERBS = frozenset({"agree", "say", "says", "ensure", "note", "stress", "recognise", "recognize", "believe",
                         "emphasise", "emphasize", "underline", "confirm", "decide", "acknowledge", "expect", "hope",
                         "reaffirm", "affirm", "recall", "welcome", "so", "such", "said", "told", "made", "felt",
                         "held", "saw", "knew", "understood", "thought", "undertook", "reiterate", "state", "and", "or",
                         "but", "also", "further", "moreover", "now", "given", "provided", "considering"})


def _word_after(words: list[str], word: str) -> str:
    k = words.index(word)
    return words[k + 1].lower() if k + 1 < len(words) else ""


def _is_ly(word: str) -> bool:
    return word.lower().endswith("ly") and len(word) > 4 and word[:1].islower()


def _commitment_hit(nxt: list[str], cue: Cue, subject_actors: tuple[str, ...], g: Grammar, explicit: bool) -> _Hit:
    action = _action_verb(nxt)
    if action and action.lower() == "look" and _word_after(nxt, action) == "after":
        action = "look after"  # (to take care of, not to look into)
    strength = cue.strength or "firm"
    if strength == "firm" and (action and action.lower() in g.soft_verbs or _soft_future(cue.surface, g) or (
            action and action.lower() in g.light_verbs and any(w.lower() in g.weighed_objects for w in nxt))):
        strength = "soft"  # ("will explore", "would give the invitation positive consideration")
    verb = " ".join(cue.surface.split())
    if cue.takes == "verb":
        after = [w for w in nxt if w.lower() not in _ADVERBS | {"only"} and not _is_ly(w)]
        after = after[1:] if after[:1] == ["not"] else after  # "will not only deepen"
        following = after[0] if after else ""
        if following[:1].isalpha():
            verb = f"{verb} {following}"
    return _Hit("commitment", subject_actors, verb, strength, explicit, cue.end)


def _soft_future(surface: str, g: Grammar) -> bool:
    """A future tense of a soft verb ("examinerons": "examiner" + "ons")."""
    if not g.future_endings:
        return False
    word = surface.split()[-1].lower()
    return any(word.startswith(v) and word[len(v):] in g.future_endings for v in g.soft_verbs)


def _is_past_form(cue: Cue) -> bool:
    return any(w.lower().endswith(_PAST_FORM) for w in cue.surface.split())


def _is_party(actors: tuple[str, ...] | None, parties: tuple[str, ...]) -> bool:
    return bool(actors) and (not parties or bool(set(actors) & set(parties)))


def _hits(text: str, ctx: DocContext, resolver: ActorResolver) -> Iterator[_Hit]:
    """The counted cues of ``text``, in order of position (made as they are asked for)."""
    g = grammar(ctx.language)
    for cue in find_cues(text, ctx.language):
        if cue.reported and not (g.reported_by and g.reported_by.search(text, 0, cue.start)):
            continue  # "would" is a cue only as a reported "will" ("agreed that we would")
        if cue.impersonal:  # "It was agreed to ...": what the parties agreed
            subject = Subject(resolver.collective(), "explicit")
        else:
            subject = subject_before(text, cue.start, resolver, g)
        if not _is_party(subject.actors, resolver.parties):
            continue
        if cue.kind != "commitment":
            if not subject.negated:
                yield _Hit(cue.kind, subject.actors)
            continue
        nxt = words_after(text, cue.end, 6)
        negated_after = _negated_after(nxt, g)
        if subject.negated or negated_after:
            if cue.refusal and _refuses(cue, nxt, g):  # "we will not tolerate", "neither side will recognise"
                yield _Hit("position", subject.actors)
            elif cue.refusal:  # "will not impose restrictions", "n'entreprendra d'action unilatérale": a promise
                yield _Hit("commitment", subject.actors, " ".join(cue.surface.split()), "firm",  # to refrain
                           subject.how == "explicit", cue.end)
            continue
        own = nxt[:1] == ["their"] and set(subject.actors) == set(resolver.parties) and len(resolver.parties) > 1
        if not _complement_ok(nxt[1:] if own else nxt, cue, g):  # ("look forward to their next meeting": theirs)
            if cue.takes == "action":  # "expressed their commitment to an open Indo-Pacific": a stance restated
                yield _Hit("reaffirmation", subject.actors)
            continue
        if cue.takes == "gerund" and nxt and not nxt[0].lower().endswith("ing") and _held_by_another(text, cue.end, resolver):
            continue  # "look forward to the next Quad Leaders' Summit to be hosted by Australia": another's event
        if cue.present and subject.opener in g.relatives:
            continue  # "... demands that the US and Japan continue to build": not a promise
        if _WHOSE.match(text, text.rfind(",", 0, cue.start) + 1):
            continue  # "Mercosur, whose pro tempore presidency Argentina will assume in December, ...": a description
        if subject.opener == "that" and _restrictive_that(text, cue.start, g):
            continue  # "the G7 summit that Canada will host": which summit, no promise of the sentence's
        if subject.opener in ("que", "qu'", "qu’") and subject.actors and set(subject.actors) != set(resolver.parties) \
                and _relative_que(text, cue.start, g):
            continue  # "la tenue du Sommet, que la France accueillera": which summit (French "que" after a noun);
            # not all the parties together: "la coopération ..., que les deux pays s’efforceront de développer"
        if subject.opener in g.subordinators:
            continue  # "..., when Canada will hold the G7 Presidency": a time clause
        if cue.past and _is_past_form(cue) and g.earlier_occasion.search(text):
            yield _Hit("outcome", subject.actors)  # "Last September, ... we agreed to": narrated
            continue
        yield _commitment_hit(nxt, cue, subject.actors, g, subject.how == "explicit")


def _held_by_another(text: str, start: int, resolver: ActorResolver) -> bool:
    """Whether what is looked forward to is an event a government other than the parties hosts."""
    m = _HELD_BY.match(text, start)
    who = m and (m.group("host") or m.group("who"))
    if not who:
        return False
    actors = resolver.resolve(who)
    return bool(actors) and not set(actors) & set(resolver.parties)


def _label(text: str, ctx: DocContext, resolver: ActorResolver) -> SentenceLabel:
    if ctx.language == "ko":  # head-final: its own rules (transforms/korean.py)
        # ("우리 정부", our government, in a Korean text from a site of no known government: Korea's, when a party)
        own = ctx.publisher_country or ("KOR" if "KOR" in ctx.parties else None)
        reader = KoreanReader(resolver.collective(), resolver.people.names, own)
        label = korean_label(text, ctx, reader)
        if label.kind != "commitment":
            return label
        return replace(label, themes=themes_for(text), target_years=target_years(text, ctx.published_year))
    # the first commitment whose subject stands right before its cue wins, else the first commitment,
    # else the first counted cue; the actors are those of every commitment with its own subject ("The
    # United States will expand ..., and the ROK will contribute ...": both)
    first, commitment, commitments, actors = None, None, [], set()
    for hit in _hits(text, ctx, resolver):
        first = first or hit
        if hit.kind == "commitment":
            if hit.explicit:
                commitment = commitment or hit
                actors.update(hit.actors)
                if not _NEW_CLAUSE.search(text, hit.end):
                    break  # no other clause after it: no other subject to read
            commitments.append(hit)
    commitment = commitment or (commitments[0] if commitments else None)
    themes = themes_for(text)
    if commitment and (m := _CO_WITH.search(text, commitment.end)) \
            and (partner := resolver.resolve(m.group("who").rstrip("."))) and set(partner) <= set(ctx.parties):
        actors.update(commitment.actors, partner)  # "The Philippines will co-host with Canada a workshop"
    if commitment:
        return SentenceLabel(
            kind="commitment", actors=tuple(sorted(actors)) if actors else commitment.actors,
            verb=commitment.verb, strength=commitment.strength,
            themes=themes, target_years=target_years(text, ctx.published_year),
        )
    if first:
        return SentenceLabel(kind=first.kind, actors=first.actors, themes=themes)
    return SentenceLabel(kind="none", themes=themes)


def _item_label(item: str, lead_in: str, ctx: DocContext, resolver: ActorResolver) -> SentenceLabel:
    """A list item reads as the end of its lead-in ("The two countries will work together to:" + "expand
    trade;"): it takes the lead-in's commitment, actors and strength, or its stance. An item that makes its
    own commitment ("Canada will provide $5 million;") keeps it."""
    own = _label(item, ctx, resolver)
    if own.kind == "commitment":
        return own
    joined = _label(lead_in.rstrip().rstrip(":").rstrip() + " " + without_marker(item), ctx, resolver)
    if joined.kind == "none":
        return own
    years = target_years(item, ctx.published_year) if joined.kind == "commitment" else ()
    return replace(joined, themes=own.themes, target_years=years)


def _resolver(ctx: DocContext, texts: list[str]) -> ActorResolver:
    people = People(names=learn_korean_people(texts)) if ctx.language == "ko" else learn_people(texts)
    if ctx.publisher_country in ctx.parties and ctx.language != "ko":  # "le Président de la République, M. X,"
        for word in own_head_names(texts):
            people.names.setdefault(word, ctx.publisher_country)
    resolver = ActorResolver(
        parties=tuple(ctx.parties), people=people, doc_type=ctx.doc_type, publisher_country=ctx.publisher_country,
    )
    resolver.learn_acronyms(texts)
    return resolver


def classify_sentence(text: str, ctx: DocContext, lead_in: str | None = None) -> SentenceLabel:
    """Label one sentence; ``lead_in`` is the sentence ending with ":" that introduces it as a list item."""
    resolver = _resolver(ctx, [t for t in (lead_in, text) if t])
    if lead_in is None:
        return _label(text, ctx, resolver)
    resolver.note_sentence(lead_in)
    return _item_label(text, lead_in, ctx, resolver)


def label_sentences(sentences: list[SentenceIn], ctx: DocContext) -> list[SentenceLabel]:
    """One label per sentence, in order; people named anywhere in the document help resolve subjects."""
    with SENTENCES.document():  # each sentence's needle scan serves the people, cue and theme regexes
        return _label_all(sentences, ctx)


def _label_all(sentences: list[SentenceIn], ctx: DocContext) -> list[SentenceLabel]:
    resolver = _resolver(ctx, [s.text for s in sentences])
    labels: list[SentenceLabel] = []
    leads = lead_ins(sentences)  # (transforms/lists.py)
    for sentence, lead in zip(sentences, leads):
        if lead is not None:
            labels.append(_item_label(sentence.text, lead_in_text(sentences, leads, lead), ctx, resolver))
        else:
            labels.append(_label(sentence.text, ctx, resolver))
        resolver.note_sentence(sentence.text, labels[-1].actors)
    return labels
