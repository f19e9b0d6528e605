"""Word tokens with character offsets, and the shape tests title finding needs."""
from __future__ import annotations

import re
from dataclasses import dataclass

# French elisions (l', d', qu') split off; words keep inner hyphens, dashes,
# ampersands and slashes ("Canada-Korea", "Canada–South", "ST&I", "ICT/AI").
_TOKEN_RE = re.compile(
    r"(?:[LlDdJjMmNnSsTtCc]|[Qq]u)['’](?=\w)|\w+(?:[’'\-–&/.+]\w+)*|[^\w\s]"
)
_ACRONYM_RE = re.compile(r"^[A-Z0-9][A-Za-z0-9&/\-.+]*[A-Z0-9]s?$")
_POSSESSIVE_RE = re.compile(r"(?:['’]s|s['’])$")


def straighten(text: str) -> str:
    """Curly apostrophes read as straight ones (same length, offsets kept)."""
    return text.replace("’", "'").replace("‘", "'")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return straighten(self.text).lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """Capitalised word, acronym or number: may sit in a title."""
        return self.is_word and (self.text[0].isupper() or self.text[0].isdigit())

    @property
    def is_lower_word(self) -> bool:
        return self.is_word and self.text[0].islower()

    @property
    def is_possessive(self) -> bool:
        return self.is_word and bool(_POSSESSIVE_RE.search(self.text))


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def is_acronym(text: str) -> bool:
    """"CKFTA", "ST&I", "NBSAPs", "G7", "ICT/AI": two or more capitals, no spaces."""
    caps = sum(1 for c in text if c.isupper())
    return caps >= 2 and bool(_ACRONYM_RE.match(text))


def acronym_letters(acronym: str) -> str:
    """The capitals an acronym stands for ("NBSAPs" -> "NBSAP", "ST&I" -> "STI")."""
    return "".join(c for c in acronym if c.isupper())


def initials(words: list[str]) -> str:
    """Initials of capitalised words, hyphen parts apart ("Canada-Korea" -> "CK")."""
    out = []
    for word in words:
        for part in re.split(r"[-–]", word):
            if part and part[0].isupper():
                out.append(part[0])
    return "".join(out)
