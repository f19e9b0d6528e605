"""One row per instrument across documents and languages (SPEC §2 ``core.instruments``).

Mentions are grouped when they share an identity key (name words glossed to
English, heads as families, plus parties) or an acronym with the same parties:
"Canada-Korea Free Trade Agreement", "the Canada–Korea FTA", "CKFTA" and
"l'Accord de libre-échange Canada-Corée" make one instrument. Within one
document, a title whose identity words (two or more) all stand in a longer
title of the kind is its short form ("the Cooperation Plan" before "Cooperation
Plan Between the Government of ... on Synergizing ...").
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from datetime import date

from transforms.instrument_events import REFERENCED
from transforms.instrument_names import identity_key, identity_words, is_short_form, name_parties
from transforms.instruments import InstrumentMention

_Item = tuple[str, InstrumentMention]


def instrument_id(name: str, parties: tuple[str, ...]) -> str:
    return "inst_" + hashlib.sha256(identity_key(name, parties).encode("utf-8")).hexdigest()[:12]


def build_registry(mentions_by_doc: dict[str, list[InstrumentMention]],
                   doc_dates: dict[str, date] | None = None) -> tuple[list[dict], list[dict]]:
    """(instrument rows, mention rows), both in a stable order."""
    dates = doc_dates or {}
    docs = sorted(mentions_by_doc, key=lambda d: (dates.get(d) or date.max, d))
    items: list[_Item] = [
        (doc_id, m) for doc_id in docs
        for m in sorted(mentions_by_doc[doc_id], key=lambda m: (m.paragraph_no, m.sentence_no, m.start))
    ]
    groups = _group(items)
    instruments, mention_rows = [], []
    for members in groups:
        row = _instrument_row([items[i] for i in members], dates)
        instruments.append(row)
        for i in members:
            doc_id, m = items[i]
            mention_rows.append({
                "instrument_id": row["instrument_id"], "doc_id": doc_id,
                "paragraph_no": m.paragraph_no, "sentence_no": m.sentence_no,
                "event": m.event, "surface": m.surface, "_order": (doc_id, m.paragraph_no,
                                                                   m.sentence_no, m.start),
            })
    mention_rows.sort(key=lambda r: r.pop("_order"))
    return instruments, mention_rows


def settle_events(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """One document's mentions (in reading order), with what the document says of each instrument: a mention
    that is "referenced" for want of a cue, of an instrument the document says something else of ("signed the
    X" ... "under the X, ..."), takes that event (the nearest one before it, else the first after), as an
    anaphor does ("the Agreement"). A mention cited as a basis ("Building on the success of the CKFTA") stays
    "referenced"; an instrument the document says nothing else of is "referenced" throughout. An instrument the
    document itself launches, establishes, announces or signs is not "implementing" in it as well."""
    if not any(m.event == "implementing" or m.event == REFERENCED and not m.basis for m in mentions) \
            or all(m.event == REFERENCED for m in mentions):
        return list(mentions)  # (nothing to settle: the grouping is the cost)
    items: list[_Item] = [("", m) for m in mentions]
    settled = list(mentions)
    for members in _group(items):
        events = [(i, mentions[i].event) for i in members if mentions[i].event != REFERENCED]
        if not events:
            continue
        # an instrument the document itself creates (launched, established, announced, signed, and not told of
        # an earlier time): work under it is what that act starts, no implementation of its own yet
        made = next((e for i, e in events if e in _MADE and not mentions[i].dated), None)
        for i in members:
            m = mentions[i]
            if m.event == REFERENCED and not m.basis:
                before = [e for j, e in events if j < i]
                settled[i] = replace(m, event=before[-1] if before else events[0][1])
            elif m.event == "implementing" and made is not None:
                settled[i] = replace(m, event=made)
    return settled


_MADE = frozenset({"launched", "established", "announced", "signed"})


def _keys(m: InstrumentMention) -> set[str]:
    keys = {identity_key(name, m.parties) for name in (m.name, *m.aliases)}
    if m.short_name:
        keys.add(f"acronym:{m.short_name}#{','.join(m.parties)}")
    return keys


def _group(items: list[_Item]) -> list[list[int]]:
    """Union of items sharing any key; groups in order of first appearance."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        parent[max(a, b)] = min(a, b)

    owner: dict[str, int] = {}
    for i, (_, m) in enumerate(items):
        for key in sorted(_keys(m)):
            if key in owner:
                union(owner[key], i)
            else:
                owner[key] = i
    titles: dict[tuple[str, str], list[tuple[int, frozenset[str]]]] = {}
    for i, (doc_id, m) in enumerate(items):
        if m.mtype == "title":
            titles.setdefault((doc_id, m.kind), []).append((i, identity_words(m.name)))
    for group in titles.values():  # short forms inside one document (a name of its own parties or
        for i, words in group:     # acronym is no short form: "Singapore-Viet Nam Digital Economy Agreement")
            short = items[i][1]
            if len(words) >= 2 and not name_parties(short.name):
                for j, longer in group:
                    other = items[j][1]
                    if j != i and is_short_form(words, longer) and not (short.short_name and other.short_name
                                                           and short.short_name != other.short_name):
                        union(i, j)
                        break
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    return [groups[root] for root in sorted(groups)]


def _best(members: list[_Item]) -> InstrumentMention:
    """The fullest name: English, written out in full, capitalised, longest, first seen."""
    ranked = sorted(
        enumerate(m for _, m in members),
        key=lambda p: (p[1].language != "en", p[1].name not in p[1].surface,
                       not p[1].name[:1].isupper(), -len(p[1].name), p[0]),
    )
    return ranked[0][1]


def _instrument_row(members: list[_Item], dates: dict[str, date]) -> dict:
    best = _best(members)
    kinds = Counter(m.kind for _, m in members)
    kind = max(kinds, key=lambda k: (kinds[k], -[m.kind for _, m in members].index(k)))
    short = next((m.short_name for _, m in members if m.short_name), None)
    latest_doc, latest_event = None, REFERENCED
    for doc_id, m in members:
        if m.event != REFERENCED:
            latest_doc, latest_event = doc_id, m.event
    if latest_doc is None:
        latest_doc = members[-1][0]
    return {
        "instrument_id": instrument_id(best.name, best.parties),
        "name": best.name,
        "short_name": short,
        "kind": kind,
        "parties": list(best.parties),
        "first_seen_doc_id": members[0][0],
        "latest_event": latest_event,
        "latest_event_on": dates.get(latest_doc),
    }
