"""Comparing instrument names across documents, languages and house styles.

"Canada-Korea Free Trade Agreement", "the Canada–Korea FTA" and "l'Accord de
libre-échange Canada-Corée" all reduce to the same key: the set of their
identity words (French glossed into English, heads grouped into families,
parties taken out) plus the set of parties.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from transforms.instrument_vocab import VOCAB_DIR
from transforms.vocab import load

_SPLIT = re.compile(r"[^\w&.]+|(?<=\w)\.(?=\s|$)")
_ELISION = re.compile(r"\b[ldj]'")


@dataclass(frozen=True)
class NameVocab:
    parties: dict[str, str]
    party_reach: dict[str, int]  # first word -> most words of a party name starting with it
    abbreviations: dict[str, str]
    stopwords: frozenset[str]
    head_families: dict[str, str]
    glossary_fr: dict[str, str]
    levels: frozenset[str]


@lru_cache(maxsize=1)
def name_vocab() -> NameVocab:
    data = tomllib.loads((VOCAB_DIR / "instrument_names.toml").read_text(encoding="utf-8"))
    parties = {normalize(name): iso for iso, entry in load("actors")["countries"].items()
               for name in entry.get("names", [])}
    parties.update((k.lower(), v) for k, v in data["parties"].items())
    reach: dict[str, int] = {}
    for words in (k.split() for k in parties):
        reach[words[0]] = max(reach.get(words[0], 0), len(words))
    return NameVocab(
        parties=parties,
        party_reach=reach,
        abbreviations=dict(data["abbreviations"]),
        stopwords=frozenset(data["stopwords"]["words"]),
        head_families=dict(data["head_families"]),
        glossary_fr=dict(data["glossary_fr"]),
        levels=frozenset(data["levels"]["words"]),
    )


def normalize(name: str) -> str:
    """Lower case, straight apostrophes, words split on punctuation and dashes."""
    text = unicodedata.normalize("NFC", name).replace("’", "'").lower()
    text = _ELISION.sub(" ", text)
    words = [w.strip(".") for w in _SPLIT.split(text.replace("-", " ").replace("–", " "))]
    return " ".join(w for w in words if w)


def split_parties(words: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """Take country names out of a word list: (sorted ISO3 codes, remaining words)."""
    vocab = name_vocab()
    codes, rest, i = set(), [], 0
    while i < len(words):
        for size in range(min(vocab.party_reach.get(words[i], 0), len(words) - i), 0, -1):
            code = vocab.parties.get(" ".join(words[i : i + size]))
            if code:
                codes.add(code)
                i += size
                break
        else:
            rest.append(words[i])
            i += 1
    return tuple(sorted(codes)), rest


def name_parties(name: str) -> tuple[str, ...]:
    return split_parties(normalize(name).split())[0]


@lru_cache(maxsize=8192)  # (a document's titles are compared with each other: each name is read once)
def identity_words(name: str, drop_parties: bool = True) -> frozenset[str]:
    """The words that identify an instrument, in English, heads as families."""
    vocab = name_vocab()
    words = []
    for word in normalize(name).split():
        expanded = vocab.abbreviations.get(word)
        # (an abbreviation is written in capitals: "UN" is the United Nations, the French article "un" is not)
        if expanded and (not word.isalpha() or re.search(r"(?<!\w)" + re.escape(word.upper()) + r"(?!\w)", name)):
            words.extend(expanded.split())
        else:
            words.append(word)
    if drop_parties:
        words = split_parties(words)[1]
    out = set()
    for word in words:
        for glossed in vocab.glossary_fr.get(word, word).split():
            if glossed in vocab.stopwords:
                continue
            out.add(vocab.head_families.get(_singular(glossed), _singular(glossed)))
    return frozenset(out)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_short_form(short: frozenset[str], longer: frozenset[str]) -> bool:
    """Whether identity words ``short`` are a short form of ``longer``'s: all of them stand in it, two or
    more, and what it adds is no new level ("Strategic Partnership" is no short form of "Enhanced Strategic
    Partnership")."""
    return len(short) >= 2 and short <= longer and not (longer - short) & name_vocab().levels


def identity_key(name: str, parties: tuple[str, ...]) -> str:
    """One string per instrument: sorted identity words, then parties."""
    return " ".join(sorted(identity_words(name))) + "#" + ",".join(sorted(parties))
