"""Anaphors, defined acronyms, descriptive names, coordination and quantities."""
from __future__ import annotations

from transforms.instruments import extract_mentions
from transforms.records import DocContext, SentenceIn

CTX = DocContext("d", "joint_statement", "en", ("AUS", "JPN"))


def _mentions(*paragraphs: list[str]):
    sentences = [SentenceIn(p, s, text) for p, para in enumerate(paragraphs, 1)
                 for s, text in enumerate(para, 1)]
    return extract_mentions(sentences, CTX)


def test_defined_acronym_resolves_later_bare_use():
    ms = _mentions(["Leaders welcomed the signing of the Japan-Australia Reciprocal Access Agreement (RAA)."],
                   ["The RAA will facilitate joint exercises."])
    assert [(m.mtype, m.name, m.event) for m in ms] == [
        ("title", "Japan-Australia Reciprocal Access Agreement", "signed"),
        ("acronym", "Japan-Australia Reciprocal Access Agreement", "referenced"),
    ]
    assert ms[1].short_name == "RAA" and ms[1].surface == "RAA"


def test_anaphor_takes_last_instrument_of_its_kind_and_its_event():
    ms = _mentions(["We announced the launch of the Clean Energy Dialogue and signed the Hydrogen "
                    "Supply Chain Agreement.", "This dialogue will meet twice a year."])
    assert ms[-1].mtype == "anaphor" and ms[-1].surface == "This dialogue"
    assert ms[-1].name == "Clean Energy Dialogue" and ms[-1].event == "launched"


def test_anaphor_with_own_cue_keeps_it():
    ms = _mentions(["Leaders witnessed the signing of a Memorandum of Understanding on Space Cooperation.",
                    "They will review the implementation of this MOU next year."])
    assert [(m.mtype, m.event) for m in ms] == [("title", "signed"), ("anaphor", "committed_to_implement")]


def test_anaphor_without_nearby_antecedent_is_dropped():
    ms = _mentions(["Leaders launched the Global Clean Power Initiative."], ["Other text."], ["More."],
                   ["This initiative will enable cultural exchanges."])
    assert [m.mtype for m in ms] == ["title"]


def test_coordinated_mentions_share_the_cue():
    ms = _mentions(["The anniversary recalls the signing of the Tokyo Convention and the Osaka Trade "
                    "Agreement."])
    assert [(m.name, m.event) for m in ms] == [("Tokyo Convention", "signed"),
                                              ("Osaka Trade Agreement", "signed")]


def test_descriptive_name_needs_an_event():
    kept = _mentions(["Today we announced the new working holiday arrangement."])
    assert [(m.mtype, m.name, m.event) for m in kept] == [
        ("descriptive", "working holiday arrangement", "announced")]
    assert _mentions(["It is a working holiday arrangement of long standing."]) == []


def test_dated_instrument_without_a_name():
    (m,) = _mentions(["The program builds on the existing memorandum of understanding signed in 1998."])
    assert m.year == 1998 and m.kind == "mou" and m.name == "memorandum of understanding (1998)"


def test_annual_quota():
    (m,) = _mentions(["We announced the new seasonal worker arrangement, with an annual quota of 3,500 "
                      "participants, which starts next year."])
    assert m.quantities == ((3500, "people per year", "annual quota"),)


def test_commas_and_the_inside_a_title():
    text = ("Ministers signed a Memorandum of Understanding on Cooperation in Semiconductors, the "
            "Digital Transition and Data Flows.")
    (m,) = _mentions([text])
    assert m.name == ("Memorandum of Understanding on Cooperation in Semiconductors, the Digital "
                      "Transition and Data Flows")


def test_title_stops_before_a_new_clause():
    (m,) = _mentions(["We signed the Agreement on Trade, and Japan will ratify it soon."])
    assert m.name == "Agreement on Trade"


def test_inner_acronym_gives_an_alias():
    (m,) = _mentions(["We recalled the signing of the Research, Science and Technology (RS&T) "
                      "Cooperation Agreement."])
    assert m.name == "Research, Science and Technology Cooperation Agreement"
    assert "RS&T Cooperation Agreement" in m.aliases


def test_organisation_names_are_not_instruments():
    ms = _mentions(["We work through the Global Partnership on AI and the Minerals Security "
                    "Partnership, and signed the Digital Partnership."])
    assert [m.name for m in ms] == ["Digital Partnership"]
