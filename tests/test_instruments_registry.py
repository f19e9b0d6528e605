"""One instrument row however it is written, across documents and languages."""
from __future__ import annotations

from datetime import date

from transforms.instrument_registry import build_registry, instrument_id
from transforms.instruments import extract_mentions
from transforms.records import DocContext, SentenceIn

EN = DocContext("stmt-en", "joint_statement", "en", ("CAN", "KOR"))
FR = DocContext("stmt-fr", "joint_statement", "fr", ("CAN", "KOR"))
RELEASE = DocContext("release-en", "news_release", "en", ("CAN", "KOR"))


def _doc(ctx, *texts):
    return extract_mentions([SentenceIn(i, 1, t) for i, t in enumerate(texts, 1)], ctx)


def _docs():
    return {
        "stmt-en": _doc(EN, "We recalled the signing of the Canada-Korea Free Trade Agreement (CKFTA).",
                        "Building on the CKFTA, we will deepen trade.",
                        "We proudly announced the new youth mobility arrangement."),
        "stmt-fr": _doc(FR, "Nous avons rappelé la signature de l’Accord de libre-échange Canada-Corée.",
                        "On annonce un nouvel accord sur la mobilité des jeunes."),
        "release-en": _doc(RELEASE, "The Canada–Korea FTA is Canada’s first free trade agreement in Asia.",
                           "Canada signed a new Canada–South Korea Youth Mobility Arrangement."),
    }


def test_one_row_per_instrument_across_documents_and_languages():
    instruments, mentions = build_registry(_docs())
    assert len(instruments) == 2, [r["name"] for r in instruments]
    fta = next(r for r in instruments if r["kind"] == "free_trade_agreement")
    assert fta["name"] == "Canada-Korea Free Trade Agreement"
    assert fta["short_name"] == "CKFTA" and fta["parties"] == ["CAN", "KOR"]
    fta_docs = {m["doc_id"] for m in mentions if m["instrument_id"] == fta["instrument_id"]}
    assert fta_docs == {"stmt-en", "stmt-fr", "release-en"}
    youth = next(r for r in instruments if r["kind"] == "arrangement")
    assert youth["name"] == "Canada–South Korea Youth Mobility Arrangement"
    assert sum(m["instrument_id"] == youth["instrument_id"] for m in mentions) == 3


def test_rows_have_the_spec_columns_and_stable_ids():
    instruments, mentions = build_registry(_docs())
    assert set(instruments[0]) == {"instrument_id", "name", "short_name", "kind", "parties",
                                   "first_seen_doc_id", "latest_event", "latest_event_on"}
    assert set(mentions[0]) == {"instrument_id", "doc_id", "paragraph_no", "sentence_no", "event", "surface"}
    for row in instruments:
        assert row["instrument_id"].startswith("inst_") and len(row["instrument_id"]) == 17
        assert row["instrument_id"] == instrument_id(row["name"], tuple(row["parties"]))
    shuffled = dict(reversed(list(_docs().items())))
    assert build_registry(shuffled) == (instruments, mentions)


def test_dates_decide_first_seen_and_latest_event():
    dates = {"release-en": date(2023, 5, 23), "stmt-en": date(2023, 5, 17), "stmt-fr": date(2023, 5, 17)}
    instruments, _ = build_registry(_docs(), doc_dates=dates)
    youth = next(r for r in instruments if r["kind"] == "arrangement")
    assert youth["first_seen_doc_id"] == "stmt-en"
    assert youth["latest_event"] == "signed" and youth["latest_event_on"] == date(2023, 5, 23)
    fta = next(r for r in instruments if r["kind"] == "free_trade_agreement")
    assert fta["latest_event"] == "signed" and fta["latest_event_on"] == date(2023, 5, 17)
    undated, _ = build_registry(_docs())
    assert all(r["latest_event_on"] is None for r in undated)


def test_same_name_for_different_parties_stays_apart():
    a = _doc(DocContext("a", "joint_statement", "en", ("CAN", "KOR")),
             "We upgraded our relations to a Comprehensive Strategic Partnership.")
    b = _doc(DocContext("b", "joint_statement", "en", ("AUS", "IND")),
             "We upgraded our relations to a Comprehensive Strategic Partnership.")
    instruments, _ = build_registry({"a": a, "b": b})
    assert sorted(tuple(r["parties"]) for r in instruments) == [("AUS", "IND"), ("CAN", "KOR")]


# --- what a document says of an instrument: a bare later mention is no event of its own -------------------

def _settled(ctx, *texts):
    from transforms.instrument_registry import settle_events
    return [(m.surface or m.name, m.event) for m in settle_events(_doc(ctx, *texts))]


def test_a_bare_later_mention_takes_what_the_document_says_of_the_instrument():
    events = _settled(EN, "The ministers signed the Agreement on Cooperation in Fisheries on 3 June.",
                      "The Agreement on Cooperation in Fisheries will enter into force next year.")
    assert [e for _, e in events] == ["signed", "signed"]


def test_a_bare_mention_before_the_event_takes_the_first_one_after_it():
    events = _settled(EN, "The Green Growth Partnership has a long history.",
                      "The leaders launched the Green Growth Partnership in 2021 and renewed it today.")
    assert [e for _, e in events][0] == "launched"


def test_a_mention_cited_as_a_basis_stays_referenced():
    events = _settled(EN, "In 2019 the two sides signed the Digital Economy Agreement (DEA).",
                      "In line with the DEA, officials will open data flows.",
                      "On the basis of the Digital Economy Agreement they will also cooperate on AI.")
    assert [e for _, e in events] == ["signed", "referenced", "referenced"]


def test_a_basis_in_french_stays_referenced():
    events = _settled(FR, "Les deux pays ont signé l’Accord de coopération culturelle en 2015.",
                      "Conformément à l’Accord de coopération culturelle, ils organiseront une saison croisée.")
    assert [e for _, e in events] == ["signed", "referenced"]


def test_an_instrument_only_mentioned_is_referenced_throughout():
    events = _settled(EN, "Both leaders noted the Treaty of Amity and Cooperation.",
                      "The Treaty of Amity and Cooperation remains a cornerstone of regional order.")
    assert [e for _, e in events] == ["referenced", "referenced"]


def test_a_cue_of_citing_is_no_event_a_bare_description_needs():
    # "rappelé" cites; a description of a memorandum ("un partenariat stratégique") needs an event to count
    events = _settled(FR, "Les parties ont rappelé que l’Union européenne s’était engagée, au titre du mémorandum "
                          "d’entente sur un partenariat stratégique et global signé avec la Tunisie, à mobiliser "
                          "des fonds.")
    assert not any("partenariat" in surface for surface, _ in events), events


def test_work_under_an_instrument_the_document_itself_launches_is_no_implementation_of_its_own():
    ctx = DocContext("nz-kr", "joint_statement", "en", ("KOR", "NZL"), 2025)
    made_now = _settled(ctx, "The leaders launched the Korea-New Zealand Clean Energy Partnership.",
                        "Under the Clean Energy Partnership, officials will map joint hydrogen projects.")
    assert [e for _, e in made_now] == ["launched", "launched"]
    # launched in an earlier year: the work under it implements it
    made_before = _settled(ctx, "The Korea-New Zealand Clean Energy Partnership was launched in 2021.",
                           "Under the Clean Energy Partnership, officials have mapped joint hydrogen projects.")
    assert [e for _, e in made_before] == ["launched", "implementing"]
