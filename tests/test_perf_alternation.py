"""Speed-ups that must not change a result: trie alternations (transforms/alternation.py), scans shared
by a ScanGroup (transforms/regex_set.py), and rewritten helpers in actors.py / subjects.py."""
import random
import re

import pytest

from transforms import actor_patterns as ap
from transforms.actors import _SEPARATOR
from transforms.alternation import longest_first, word_alternation
from transforms.cues import _compiled
from transforms.regex_set import RegexSet, ScanGroup
from transforms.subjects import _final_word, _WORD_MARKS
from transforms.themes import _topics
from transforms.vocab import load

_ODD = ["ſ", "ı", "İ", "K", "Σ", "ß", "’", "'", "-", " ", ", ", "  ", "\n", "\t", "(", ")", "é", "É", "2030", "à", "s"]


def _texts(words, seed, n=1500):
    rnd = random.Random(seed)
    words = sorted(words)
    for _ in range(n):
        parts = []
        for _ in range(rnd.randrange(1, 10)):
            word = rnd.choice(words) if rnd.random() < 0.7 else rnd.choice(_ODD)
            if rnd.random() < 0.5:
                word = rnd.choice([word.upper(), word.lower(), word.capitalize(), word[1:], word[:-1], word + "s"])
            parts.append(word + rnd.choice([" ", " ", "", ", ", "’s "]))
        yield "".join(parts)


def _outcome(regex, text):
    full = regex.fullmatch(text)
    return ([(m.span(), m.groups()) for m in regex.finditer(text)],
            full and (full.span(), full.groups()), [m and m.span() for m in (regex.match(text),)])


def _vocab_lists():
    vocab = load("actors")
    p = ap.patterns()
    coll = vocab["collective"]
    return {"names": (list(p.name_to_iso), False), "adjectives": (list(p.adjective_to_iso), False),
            "titles": (vocab["titles"]["words"], True), "bodies": (vocab["bodies"]["words"], True),
            "heads": (coll["heads"], True), "determiners": (coll["determiners"], True),
            "odd": (["a", "ab", "abc", "b", "ſt", "st", "İx", "ix", "Straße", "STRASSE", "ΣΟΦΙΑ", "k"], True)}


@pytest.mark.parametrize("name", sorted(_vocab_lists()))
def test_a_trie_alternation_matches_what_the_plain_one_matches(name):
    words, ignore_case = _vocab_lists()[name]
    wrap = (lambda body: "(?i:" + body + ")") if ignore_case else (lambda body: "(?:" + body + ")")
    shapes = ["({})", r"({})(?:['’]s)?\s+(\w+)?", r"(?:the\s+)?({})(?:\s+({}))?", r"(?<![\w])({})(?![\w])"]
    for shape in shapes:
        plain = re.compile(shape.format(*[wrap(longest_first(words))] * shape.count("{}")))
        trie = re.compile(shape.format(*[wrap(word_alternation(words, ignore_case))] * shape.count("{}")))
        for text in _texts(words, name + shape):
            assert _outcome(trie, text) == _outcome(plain, text), (shape, text)


def test_actor_patterns_with_tries_match_as_with_plain_alternations():
    p = ap.patterns()
    pairs = list(zip(ap.person_learners(), map(re.compile, ap._learner_sources(p.title_re, p.names_re, p.adjectives_re))))
    pairs.append((ap.title_of_country(), re.compile(ap._title_of_country_source(p.title_re, p.names_re))))
    pairs.append((ap.person_after_title().regexes[0], re.compile(ap._after_title_source(p.title_re))))
    words = [w for words, _ in _vocab_lists().values() for w in words] + ["Justin Trudeau", "Yoon Suk Yeol", "of"]
    for trie, plain in pairs:
        assert trie.pattern != plain.pattern
        for text in _texts(words, trie.pattern[:40], n=600):
            assert _outcome(trie, text) == _outcome(plain, text), text


def test_regex_sets_sharing_a_scan_plan_as_alone():
    members = [_compiled("en")[0], _compiled("fr")[0], _topics()[1], ap.person_after_title()]
    group = ScanGroup()
    shared = [RegexSet(members[0].regexes, group=group), RegexSet(members[1].regexes, group=group)]
    alone = [RegexSet(m.regexes) for m in members]
    words = [w for m in members for r in m.regexes for w in re.findall(r"[A-Za-zÀ-ÿ’']{2,}", r.pattern)]
    for n, text in enumerate(_texts(words, "group", n=800)):
        if n == 400:  # members may join after scans were made
            shared += [RegexSet(members[2].regexes, min_leading=2, group=group), RegexSet(members[3].regexes, group=group)]
            alone[2] = RegexSet(members[2].regexes, min_leading=2)
        for a, b in zip(shared, alone):
            assert a.plan(text) == b.plan(text), text
            assert [(i, m.span()) for i, m in a.matches(text)] == [(i, m.span()) for i, m in b.matches(text)]


def test_needles_from_must_pair_with_the_regexes():
    with pytest.raises(ValueError):
        RegexSet([re.compile("a"), re.compile("b")], needles_from=[re.compile("a")])


_OLD_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|as\s+well\s+as|along\s+with|together\s+with)\s+")


def test_the_separator_rewrite_finds_the_same_separators():
    pieces = [" ", "  ", ",", ", ", " and ", "and", " et ", "et", " as well as ", " along with", "together with ",
              "x", "Canada", "\t", "\u00a0", ", and ", ",and", "\n"]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 9)))
        assert [m.span() for m in _SEPARATOR.finditer(text)] == [m.span() for m in _OLD_SEPARATOR.finditer(text)]


def _old_final_word(text):
    end = start = len(text.rstrip())
    while start and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    return start, end


def test_final_word_as_the_character_loop_found_it():
    rnd = random.Random(3)
    chars = ["a", "Z", "é", "_", "’", "'", "-", " ", "\t", ",", ".", "2", "²", "٣", "ß", "\u00a0", "(", "中"]
    for _ in range(20000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randrange(0, 8)))
        assert _final_word(text) == _old_final_word(text), text


def test_any_atom_fullmatches_when_one_of_the_atoms_does():
    p = ap.patterns()
    atoms = [p.name_atom, p.body_atom, p.of_atom, p.collective, p.person_atom, p.bare_person, p.named_body]
    words = [w for words, _ in _vocab_lists().values() for w in words] + ["Justin Trudeau", "of", "the", "Ministry"]
    for text in _texts(words, "atoms", n=3000):
        assert bool(p.any_atom.fullmatch(text)) == any(a.fullmatch(text) for a in atoms), text
