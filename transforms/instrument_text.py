"""Word tokens with character offsets, and the shape tests title finding needs."""
from __future__ import annotations

import re

# French elisions (l', d', qu') split off; words keep inner hyphens, dashes,
# ampersands and slashes ("Canada-Korea", "Canada–South", "ST&I", "ICT/AI"), and
# an acronym's last period before a hyphen ("U.S.-Japan").
# (an abbreviation keeps its last full stop: "U.S.", "ASEAN-U.S. Comprehensive Strategic Partnership")
_TOKEN_RE = re.compile(
    r"(?:[LlDdJjMmNnSsTtCc]|[Qq]u)['’](?=\w)|\w+(?:(?:\.[\-–]|[’'\-–&/.+])\w+)*(?:(?<=\.[A-Z])\.(?!\w))?|[^\w\s]"
)
_ACRONYM_RE = re.compile(r"^[A-Z0-9][A-Za-z0-9&/\-.+]*[A-Z0-9]s?$")
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»"}  # an opening quotation mark -> its closing one


def straighten(text: str) -> str:
    """Curly apostrophes read as straight ones (same length, offsets kept)."""
    return text.replace("’", "'").replace("‘", "'")


class Token:
    """A token with its offsets and its lower-case, straightened form."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int, low: str | None = None) -> None:
        self.text, self.start, self.end = text, start, end
        self.low = straighten(text).lower() if low is None else low

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """Capitalised word, acronym or number: may sit in a title."""
        first = self.text[0]
        return first.isalnum() and (first.isupper() or first.isdigit())

    @property
    def is_lower_word(self) -> bool:
        first = self.text[0]
        return first.isalnum() and first.islower()

    @property
    def is_possessive(self) -> bool:
        return self.text[0].isalnum() and self.text.endswith(_POSSESSIVE_ENDS)


def tokenize(text: str) -> list[Token]:
    lowered = straighten(text).lower()
    # Each token's lower-case form is cut from the text's, unless lower() there is not
    # one character for one, or depends on the neighbours (final sigma).
    if len(lowered) != len(text) or "Σ" in text:
        return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    return [Token(m.group(), s, e, lowered[s:e]) for m in _TOKEN_RE.finditer(text) for s, e in (m.span(),)]


def singular(word: str) -> str:
    """"strategies" -> "strategy", "agreements" -> "agreement"; "ss" words unchanged."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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
