"""Organisations named in a document (SPEC §2 ``core.organizations``).

Three sources: the aliases in ``vocab/organizations.toml`` ("the UN", "OTAN"),
names the text defines with an acronym ("the Pacific Islands Development
Council (PIDC)", then "PIDC"), and ministries/departments ("the ROK Ministry of
National Defence"), which carry their country.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from transforms.instrument_names import name_parties, normalize
from transforms.instrument_text import acronym_letters, initials
from transforms.instrument_vocab import VOCAB_DIR
from transforms.records import DocContext, SentenceIn


@dataclass(frozen=True)
class OrgMention:
    paragraph_no: int
    sentence_no: int
    name: str
    acronym: str | None
    surface: str
    country: str | None = None  # ISO3, for ministries and departments
    start: int = 0


@dataclass(frozen=True)
class _OrgVocab:
    by_alias: dict[str, tuple[str, str | None]]  # alias -> (name, acronym)
    alias_re: re.Pattern[str]  # an alias not followed by a word character or hyphen
    generic_heads: frozenset[str]
    ministry_re: re.Pattern[str]
    ministry_hint: re.Pattern[str]  # found in every text ministry_re matches


@lru_cache(maxsize=1)
def _vocab() -> _OrgVocab:
    data = tomllib.loads((VOCAB_DIR / "organizations.toml").read_text(encoding="utf-8"))
    by_alias: dict[str, tuple[str, str | None]] = {}
    for org in data["organizations"]:
        for alias in [org["name"], *org["aliases"]] + ([org["acronym"]] if org["acronym"] else []):
            by_alias[alias.replace("’", "'")] = (org["name"], org["acronym"] or None)
    alternation = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    heads = "|".join(data["ministries"]["heads"])
    cap = r"[A-Z][\w-]*"
    ministry = (
        rf"(?:(?P<owner>\b[A-Z][\w'.-]*)\s+)?(?P<head>\b(?:{heads}))\s+(?P<body>(?:of|for)\s+"
        rf"{cap}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+){cap})*)"
        rf"(?:\s+of\s+(?:the\s+)?(?P<country>{cap}(?:\s+(?:of\s+)?{cap}){{0,2}}))?"
    )
    return _OrgVocab(
        by_alias=by_alias,
        alias_re=re.compile(rf"(?:{alternation})(?![\w-])"),
        generic_heads=frozenset(data["generic"]["heads_en"] + data["generic"]["heads_fr"]),
        ministry_re=re.compile(ministry),
        ministry_hint=re.compile(rf"(?:{heads})\s+(?:of|for)\s+[A-Z]"),
    )


@lru_cache(maxsize=1)
def known_org_names() -> frozenset[str]:
    """Normalised names and aliases of known organisations (instruments skip these)."""
    return frozenset(normalize(a) for a in _vocab().by_alias)


_WORDISH = re.compile(r"[\w-]")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z&]*[A-Z]s?)\)")


def _alias_matches(text: str, vocab: _OrgVocab) -> list[re.Match[str]]:
    """Known aliases standing alone (no word character or hyphen either side), left to right.

    Same as finditer with a leading ``(?<![\\w-])``, but lets the regex skip ahead
    to the capitals aliases start with.
    """
    out, pos = [], 0
    while m := vocab.alias_re.search(text, pos):
        start = m.start()
        if start and _WORDISH.match(text, start - 1):
            pos = start + 1
            continue
        out.append(m)
        pos = m.end()
    return out


def org_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of known organisation names in a text."""
    return [(m.start(), m.end()) for m in _alias_matches(text.replace("’", "'"), _vocab())]


def extract_org_mentions(sentences: list[SentenceIn], ctx: DocContext) -> list[OrgMention]:
    vocab = _vocab()
    defined: dict[str, str] = {}  # acronym defined in this document -> name
    out = []
    for s in sentences:
        text = s.text.replace("’", "'")
        spans = _alias_spans(text, vocab) + _ministry_spans(text, vocab)
        spans += _defined_spans(text, vocab, defined)
        chosen: list[tuple[int, int, str, str | None, str | None]] = []
        for span in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
            if all(span[1] <= c[0] or c[1] <= span[0] for c in chosen):
                chosen.append(span)
        for start, end, name, acronym, country in sorted(chosen):
            out.append(OrgMention(s.paragraph_no, s.sentence_no, name, acronym,
                                  s.text[start:end], country, start))
    return out


def _alias_spans(text: str, vocab: _OrgVocab) -> list:
    return [(m.start(), m.end(), *vocab.by_alias[m.group()], None) for m in _alias_matches(text, vocab)]


def _ministry_spans(text: str, vocab: _OrgVocab) -> list:
    spans: list = []
    if not vocab.ministry_hint.search(text):
        return spans
    for m in vocab.ministry_re.finditer(text):
        owner, country = m.group("owner"), m.group("country")
        codes = name_parties(owner) if owner else ()
        start = m.start() if codes else m.start("head")
        end = m.end()
        if country and name_parties(country):
            codes = codes or name_parties(country)
        elif country:
            end = m.end("body")
        name = f"{m.group('head')} {m.group('body')}"
        code = codes[0] if len(codes) == 1 else None
        spans.append((start, end, f"{name} ({code})" if code else name, None, code))
    return spans


def _defined_spans(text: str, vocab: _OrgVocab, defined: dict[str, str]) -> list:
    """"X Council (XC)" defines XC for the rest of the document; later "XC" is a mention."""
    spans = []
    for m in _ACRONYM_DEF.finditer(text):
        acronym = m.group(1)
        if acronym in vocab.by_alias:
            continue
        words = text[: m.start()].split()[-10:]
        heads = [i for i, w in enumerate(words) if w.strip(",") in vocab.generic_heads]
        if not heads:
            continue
        head = heads[-1]
        name_words = _name_before(words[: head + 1]) if head == len(words) - 1 else words[head:]
        if not name_words or not name_words[0][0].isupper():
            continue
        name = " ".join(name_words)
        if head == len(words) - 1 and acronym_letters(acronym) != initials(name_words):
            continue
        defined[acronym] = name
        start = text.rfind(name, 0, m.start())
        spans.append((start, m.end(), name, acronym, None))
    for acronym, name in defined.items():
        if acronym not in text:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if text[max(0, m.start() - 1)] != "(":
                spans.append((m.start(), m.end(), name, acronym, None))
    return spans


def _name_before(words: list[str]) -> list[str]:
    """Capitalised words (and joiners) ending a word list: the English name."""
    out: list[str] = []
    for word in reversed(words):
        if word[0].isupper() or (out and word in {"of", "for", "and", "on", "the", "&"}):
            out.insert(0, word)
        else:
            break
    while out and not out[0][0].isupper():
        out.pop(0)
    return out


def org_id(name: str) -> str:
    return "org_" + hashlib.sha256(normalize(name).encode("utf-8")).hexdigest()[:12]


def build_org_registry(mentions_by_doc: dict[str, list[OrgMention]]) -> tuple[list[dict], list[dict]]:
    """Rows for core.organizations and core.organization_mentions, in a stable order."""
    orgs: dict[str, dict] = {}
    rows = []
    for doc_id in sorted(mentions_by_doc):
        for m in mentions_by_doc[doc_id]:
            oid = org_id(m.name)
            orgs.setdefault(oid, {"org_id": oid, "name": m.name, "acronym": m.acronym})
            if orgs[oid]["acronym"] is None and m.acronym:
                orgs[oid]["acronym"] = m.acronym
            rows.append({"org_id": oid, "doc_id": doc_id, "paragraph_no": m.paragraph_no,
                         "sentence_no": m.sentence_no, "surface": m.surface, "_start": m.start})
    rows.sort(key=lambda r: (r["doc_id"], r["paragraph_no"], r["sentence_no"], r["_start"]))
    for row in rows:
        del row["_start"]
    return sorted(orgs.values(), key=lambda r: r["org_id"]), rows
