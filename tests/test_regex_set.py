"""Needle prefilters (transforms/needles.py, transforms/regex_set.py) never change what a regex finds."""
import random
import re

import pytest

from transforms.actor_patterns import leader_names, people_finders, person_after_title
from transforms.cues import _compiled
from transforms.needles import needles, plain_lower
from transforms.regex_set import RegexSet
from transforms.themes import _topics


@pytest.mark.parametrize("pattern, flags, anywhere, leading", [
    ("will", re.I, {("will", True)}, {("will", True)}),
    (r"(?<![\w-])(?:are|is)\s+going\s+to", re.I, {("going", True)}, {("are", True), ("is", True)}),
    (r"(?:re)?affirm\w*", re.I, {("affirm", True)}, None),
    (r"(?i:interest\s+rate[\w-]*)|(?<![\w-])SMR(?![\w])", 0,
     {("interest", True), ("SMR", False)}, {("interest", True), ("SMR", False)}),
    (r"\w+", 0, None, None),
    (r"(?:x|\w)yz", 0, {("yz", False)}, None),
])
def test_needles_of_a_pattern(pattern, flags, anywhere, leading):
    found, lead = needles(pattern, flags)
    assert found == (frozenset(anywhere) if anywhere else None)
    assert lead == (frozenset(leading) if leading else None)


def test_texts_with_folding_characters_have_no_plain_lower_case():
    assert plain_lower("Réaffirme ÉTÉ’s") == "réaffirme été’s"
    assert plain_lower("\u212a") == "k"  # the Kelvin sign lower-cases to "k", as re.I reads it
    for text in ("ſtrong", "İstanbul", "ΣΟΦΙΑ", "µs"):
        assert plain_lower(text) is None


_PEOPLE = ["Prime Minister", "President", "Justin Trudeau", "Yoon Suk Yeol", "of", "de la", "the", "Canada",
           "Republic of Korea", "République de Corée", "Japanese", "Kishida", "India's", ",", "le président"]


def _texts(regexes, seed, n=1000):
    """Random texts built from pieces of the patterns' own words (and of phrases about people), with case
    changes and odd characters."""
    rnd = random.Random(seed)
    words = sorted({w for r in regexes for w in re.findall(r"[A-Za-zÀ-ÿ’']{2,}", r.pattern)}) + _PEOPLE * 20
    odd = ["ſ", "ı", "İ", "K", "Σ", "ß", "’", "-", " ", ", ", "  ", "\n", "(", ")", "é", "2030", "à"]
    for _ in range(n):
        parts = []
        for _ in range(rnd.randrange(1, 14)):
            word = rnd.choice(words) if rnd.random() < 0.7 else rnd.choice(odd)
            if rnd.random() < 0.5:
                word = rnd.choice([word.upper(), word.capitalize(), word[1:], word + "s"])
            parts.append(word + rnd.choice([" ", " ", " ", "", ", "]))
        yield "".join(parts)


SETS = {
    "cues en": lambda: _compiled("en")[0], "cues fr": lambda: _compiled("fr")[0], "themes": lambda: _topics()[1],
    "people": people_finders, "person after title": person_after_title, "leaders": lambda: leader_names()[0],
}


def test_places_from_case_sensitive_and_insensitive_needles_come_in_order():
    codes, topics = _topics()
    text = "the UN and multilateral fora"  # "multilateral" is found first, then "UN"
    assert [m.group() for _, m in topics.matches(text)] == ["UN", "multilateral"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_a_regex_set_finds_what_each_regex_finds(name):
    regex_set = SETS[name]()
    anchored = RegexSet(regex_set.regexes, min_leading=1)  # every leading needle, however short
    for text in _texts(regex_set.regexes, name):
        expected = [(i, m.span(), m.group()) for i, r in enumerate(regex_set.regexes) for m in r.finditer(text)]
        for candidate in (regex_set, anchored):
            assert [(i, m.span(), m.group()) for i, m in candidate.matches(text)] == expected, text
            assert candidate.which(text) == {i for i, r in enumerate(regex_set.regexes) if r.search(text)}, text


def test_a_document_block_scans_each_text_once_and_keeps_nothing_after():
    from transforms.regex_set import ScanGroup

    group = ScanGroup()
    a = RegexSet([re.compile(r"\bwill\b"), re.compile(r"agreed to")], group=group)
    b = RegexSet([re.compile(r"Prime Minister \w+")], group=group)
    texts = ["We will meet.", "Prime Minister Trudeau agreed to visit.", "Nothing here."]
    calls = []
    original = group._build()[1].scan  # the case-folded scanner: called once per scan made

    def counted(text, maybe, starts):
        calls.append(text)
        original(text, maybe, starts)

    group._scanners[1].scan = counted
    with group.document():
        first = [(sorted(i for i, _ in a.matches(t)), sorted(i for i, _ in b.matches(t))) for t in texts]
        again = [(sorted(i for i, _ in a.matches(t)), sorted(i for i, _ in b.matches(t))) for t in texts]
    assert first == again == [([0], []), ([1], [0]), ([], [])]
    assert calls == [t.lower() for t in texts]  # each text scanned once, whichever member asked
    list(a.matches(texts[0]))  # after the block: scanned again (only the last text scanned is kept)
    list(a.matches(texts[1]))
    assert calls[3:] == [texts[0].lower(), texts[1].lower()]
    assert getattr(group._local, "memo", None) is None
