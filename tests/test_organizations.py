"""Organisations: vocabulary aliases, defined acronyms, ministries; registry rows."""
from __future__ import annotations

from instruments_anchor_fixture import ANCHOR_CTX, anchor_sentences, gold_instruments
from transforms.instrument_names import normalize
from transforms.organizations import build_org_registry, extract_org_mentions
from transforms.records import DocContext, SentenceIn

CTX = DocContext("d", "joint_statement", "en", ("AUS", "JPN"))


def _orgs(*texts, ctx=CTX):
    return extract_org_mentions([SentenceIn(1, i, t) for i, t in enumerate(texts, 1)], ctx)


def test_aliases_longest_first_in_english_and_french():
    ms = _orgs("We condemned violations of UN Security Council resolutions at the UN and in the G7.",
               "Nous collaborons avec l’OTAN et l’Organisation mondiale du commerce.")
    assert [(m.name, m.surface) for m in ms] == [
        ("UN Security Council", "UN Security Council"), ("United Nations", "UN"), ("G7", "G7"),
        ("North Atlantic Treaty Organization", "OTAN"), ("World Trade Organization",
                                                         "Organisation mondiale du commerce"),
    ]


def test_ministries_carry_their_country():
    ms = _orgs("The ROK Ministry of National Defence and the Canadian Department of National Defence met.",
               "The Ministry of Trade, Industry and Energy of the Republic of Korea signed it.",
               "Japan's Ministry of Defense and the Department of Foreign Affairs and Trade of Australia agreed.")
    assert [(m.name, m.country) for m in ms] == [
        ("Ministry of National Defence (KOR)", "KOR"),
        ("Department of National Defence (CAN)", "CAN"),
        ("Ministry of Trade, Industry and Energy (KOR)", "KOR"),
        ("Ministry of Defense (JPN)", "JPN"),
        ("Department of Foreign Affairs and Trade (AUS)", "AUS"),
    ]


def test_defined_acronym_of_a_generic_organisation():
    ms = _orgs("Leaders welcomed the work of the Pacific Islands Development Council (PIDC).",
               "The PIDC will report next year.")
    assert [(m.name, m.acronym, m.surface) for m in ms] == [
        ("Pacific Islands Development Council", "PIDC", "Pacific Islands Development Council (PIDC)"),
        ("Pacific Islands Development Council", "PIDC", "PIDC"),
    ]


def test_registry_rows_are_stable_and_deduplicated():
    a = _orgs("We met at the UN and the United Nations General Assembly.")
    b = _orgs("NATO and the UN agreed.")
    orgs, rows = build_org_registry({"b": b, "a": a})
    assert {o["name"] for o in orgs} == {"United Nations", "UN General Assembly",
                                         "North Atlantic Treaty Organization"}
    assert all(o["org_id"].startswith("org_") for o in orgs)
    assert [r["doc_id"] for r in rows] == ["a", "a", "b", "b"]
    assert build_org_registry({"a": a, "b": b}) == (orgs, rows)


def test_anchor_gold_organisations_are_found():
    gold = gold_instruments()["organizations"]
    found = extract_org_mentions(anchor_sentences(), ANCHOR_CTX)
    forms = {normalize(m.name) for m in found} | {normalize(m.surface) for m in found} | {
        normalize(m.acronym) for m in found if m.acronym}
    missing = [g for g in gold if normalize(g) not in forms
               and not any(normalize(g.split(" (")[0]) in f for f in forms)]
    print(f"\nanchor organisations: {len(gold) - len(missing)}/{len(gold)} found; missing={missing}")
    assert not missing
