"""Instrument mentions in the house styles of other governments (US, EU, Japan, Australia, UK...)."""
from __future__ import annotations

import pytest

from transforms.instruments import extract_mentions
from transforms.records import DocContext, SentenceIn

US_JP = DocContext("us-jp", "joint_statement", "en", ("JPN", "USA"))
EU_JP = DocContext("eu-jp", "joint_statement", "en", ("EUU", "JPN"))
AU_IN = DocContext("au-in", "joint_statement", "en", ("AUS", "IND"))
UK_FR = DocContext("uk-fr", "joint_statement", "en", ("FRA", "GBR"))

# (context, sentence, expected name, kind, event)
CASES = [
    (US_JP, "The two leaders welcomed the signing of the Reciprocal Access Agreement (RAA).",
     "Reciprocal Access Agreement", "agreement", "signed"),
    (EU_JP, "The EU-Japan Economic Partnership Agreement continues to deliver for businesses.",
     "EU-Japan Economic Partnership Agreement", "free_trade_agreement", "referenced"),
    (AU_IN, "The Prime Ministers welcomed progress in negotiations on a Comprehensive Economic "
            "Cooperation Agreement.",
     "Comprehensive Economic Cooperation Agreement", "free_trade_agreement", "negotiations_launched"),
    (US_JP, "Leaders launched the Quad Critical Minerals Initiative to strengthen supply chains.",
     "Quad Critical Minerals Initiative", "initiative", "launched"),
    (UK_FR, "The United Kingdom and France agreed to renew the Lancaster House Treaties.",
     "Lancaster House Treaties", "agreement", "renewed"),
    (US_JP, "Japan and the United States signed a Memorandum of Cooperation on Clean Energy and "
            "Energy Security.",
     "Memorandum of Cooperation on Clean Energy and Energy Security", "mou", "signed"),
    (AU_IN, "Australia and India announced the establishment of a Green Hydrogen Partnership.",
     "Green Hydrogen Partnership", "partnership", "established"),
    (EU_JP, "The EU and Japan held the first meeting of the High-Level Economic Dialogue in Brussels.",
     "High-Level Economic Dialogue", "dialogue", "held"),
    (US_JP, "The President welcomed Japan's decision to join the Global Methane Pledge.",
     "Global Methane Pledge", "initiative", "joined"),
    (UK_FR, "Both leaders reaffirmed their commitment to the Paris Agreement.",
     "Paris Agreement", "agreement", "reaffirmed"),
    (AU_IN, "Australia supports India's accession to the Asia Pacific Regional Comprehensive "
            "Economic Partnership.",
     "Asia Pacific Regional Comprehensive Economic Partnership", "partnership", "accession_supported"),
    (US_JP, "We will fully implement the Partnership for Global Infrastructure and Investment.",
     "Partnership for Global Infrastructure and Investment", "partnership", "committed_to_implement"),
    (EU_JP, "The leaders launched negotiations for a Security and Defence Partnership.",
     "Security and Defence Partnership", "partnership", "negotiations_launched"),
    (AU_IN, "Australia and India signed the Migration and Mobility Partnership Arrangement (MMPA).",
     "Migration and Mobility Partnership Arrangement", "arrangement", "signed"),
    (US_JP, "We welcomed the inaugural Economic 2+2 Dialogue held in Washington.",
     "Economic 2+2 Dialogue", "dialogue", "held"),
    (EU_JP, "The EU and Japan are implementing the Strategic Partnership Agreement.",
     "Strategic Partnership Agreement", "agreement", "implementing"),
    (US_JP, "The United States and Japan upgraded their alliance to a Global Strategic Partnership.",
     "Global Strategic Partnership", "partnership", "established"),
    (UK_FR, "The Leaders signed a Letter of Intent on nuclear energy cooperation.",
     "Letter of Intent on nuclear energy cooperation", "mou", "signed"),
    (UK_FR, "The UK and France signed a new migration arrangement.",
     "migration arrangement", "arrangement", "signed"),
    (AU_IN, "The leaders welcomed the entry into force of the Australia-India Economic Cooperation "
            "and Trade Agreement (ECTA).",
     "Australia-India Economic Cooperation and Trade Agreement", "free_trade_agreement", "referenced"),
    (EU_JP, "The leaders recalled the United Nations Convention on the Law of the Sea.",
     "United Nations Convention on the Law of the Sea", "convention", "referenced"),
    # labelled before the extraction was run on them: "in the field of" did not open a title then, and a
    # meeting "held" under a partnership gave the partnership the event "held"
    (AU_IN, "The two Prime Ministers welcomed the signing of the Memorandum of Cooperation in the field of "
            "Semiconductors.",
     "Memorandum of Cooperation in the field of Semiconductors", "mou", "signed"),
    (UK_FR, "They signed the Memorandum of Understanding in the area of Health and Medicine.",
     "Memorandum of Understanding in the area of Health and Medicine", "mou", "signed"),
    (AU_IN, "The Prime Ministers held the annual Leaders' Meeting under the Enhanced Partnership.",
     "Enhanced Partnership", "partnership", "implementing"),
    (EU_JP, "Work is under way on the EU-Japan Digital Partnership.",
     "EU-Japan Digital Partnership", "partnership", "referenced"),
    (UK_FR, "Canada and Germany signed a Joint Declaration of Intent on Hydrogen.",
     "Joint Declaration of Intent on Hydrogen", "mou", "signed"),
    (UK_FR, "They signed the Exchange of Notes on Visa Waiver.", "Exchange of Notes on Visa Waiver", "agreement", "signed"),
    (US_JP, "The President reaffirmed the commitment of the United States to the defense of Japan under Article V "
            "of the Treaty of Mutual Cooperation and Security.",
     "Treaty of Mutual Cooperation and Security", "agreement", "referenced"),  # cited, not worked under
]

# consultations, corridors and mechanisms named as instruments; a known acronym gives the kind of the
# name it stands for when the text spells the name out
DI = DocContext("de-in", "joint_statement", "en", ("DEU", "IND"))
CASES += [
    (DI, "Chancellor Scholz and Prime Minister Modi co-chaired the seventh round of German-Indian "
         "Intergovernmental Consultations (IGC) today.",
     "German-Indian Intergovernmental Consultations", "dialogue", "held"),
    (DI, "Both sides committed to implementing the India-Middle East-Europe Economic Corridor (IMEC).",
     "India-Middle East-Europe Economic Corridor", "initiative", "committed_to_implement"),
    (US_JP, "The two leaders welcomed projects under the Joint Crediting Mechanism (JCM).",
     "Joint Crediting Mechanism", "arrangement", "implementing"),
    (UK_FR, "The UK welcomed its accession to the Comprehensive and Progressive Agreement for Trans-Pacific "
            "Partnership (CPTPP).",
     "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "free_trade_agreement", "joined"),
    (EU_JP, "We welcomed the signature today of the Agreement on Canada's Association to Horizon Europe.",
     "Agreement on Canada's Association to Horizon Europe", "agreement", "signed"),  # a possessive in the name
]


@pytest.mark.parametrize("ctx, text, name, kind, event", CASES, ids=[c[2][:40] for c in CASES])
def test_one_mention_per_style_sentence(ctx, text, name, kind, event):
    mentions = extract_mentions([SentenceIn(1, 1, text)], ctx)
    assert [(m.name, m.kind, m.event) for m in mentions] == [(name, kind, event)]


@pytest.mark.parametrize("ctx, text, name, kind, parties", [
    # labelled before the run: "Free Trade Area" did not give the trade kind, a regional name kept the
    # two parties, a widely known instrument spelled out did not take its known kind and parties, and
    # "protocole d'accord" (the French MOU of Switzerland, Belgium, Africa) was an agreement
    (DocContext("za-ke", "joint_statement", "en", ("KEN", "ZAF")),
     "The two countries committed to fully implement the African Continental Free Trade Area Agreement.",
     "African Continental Free Trade Area Agreement", "free_trade_agreement", ()),
    (AU_IN, "Both countries will implement the Regional Comprehensive Economic Partnership.",
     "Regional Comprehensive Economic Partnership", "free_trade_agreement", ()),  # RCEP's name, spelled out
    (DocContext("kr-ca", "joint_statement", "en", ("CAN", "KOR")),
     "Both sides support the modernisation of the Comprehensive Economic and Trade Agreement.",
     "Comprehensive Economic and Trade Agreement", "free_trade_agreement", ("CAN", "EUU")),
    (DocContext("ch-jp", "joint_statement", "fr", ("CHE", "JPN")),
     "Les deux parties ont signé un protocole d'accord sur la coopération scientifique.",
     "protocole d'accord sur la coopération scientifique", "mou", ("CHE", "JPN")),
    (AU_IN, "The leaders launched the Australia-India Innovation Partnership.",
     "Australia-India Innovation Partnership", "partnership", ("AUS", "IND")),
])
def test_regional_names_are_open_to_many_and_trade_areas_are_trade_agreements(ctx, text, name, kind, parties):
    (m,) = extract_mentions([SentenceIn(1, 1, text)], ctx)
    assert (m.name, m.kind, m.parties) == (name, kind, parties)


def test_parties_from_name_prefix_owner_or_context():
    text = ("The EU-Japan Economic Partnership Agreement, Canada's Indo-Pacific Strategy, "
            "the Quad Critical Minerals Initiative and the Green Hydrogen Partnership were discussed.")
    got = {m.name: m.parties for m in extract_mentions([SentenceIn(1, 1, text)], AU_IN)}
    assert got == {
        "EU-Japan Economic Partnership Agreement": ("EUU", "JPN"),
        "Indo-Pacific Strategy": ("CAN",),
        "Quad Critical Minerals Initiative": (),
        "Green Hydrogen Partnership": ("AUS", "IND"),
    }


def test_acronym_head_is_expanded_and_keeps_written_form():
    text = "Both sides will work to upgrade the Canada-Korea FTA."
    (m,) = extract_mentions([SentenceIn(1, 1, text)], DocContext("d", "statement", "en", ("CAN", "KOR")))
    assert m.name == "Canada-Korea Free Trade Agreement" and "Canada-Korea FTA" in m.aliases
    assert m.kind == "free_trade_agreement" and m.parties == ("CAN", "KOR")


def test_funding_quantity():
    text = "The Australia-India Critical Minerals Investment Partnership, with A$ 10 million, was announced."
    (m,) = extract_mentions([SentenceIn(1, 1, text)], AU_IN)
    assert m.quantities == ((10_000_000, "A$", "funding"),)


@pytest.mark.parametrize("text", [
    "We support a free, open and rules-based international order.",
    "The two countries will cooperate through multilateral governance frameworks.",
    "We will work together in the G7, NATO and the UN Security Council.",
    "They agreed on a plan to expand trade and signed an agreement on reciprocal access, they said.",
    "The leaders discussed the Strategy.",
    "President Yoon's agreement to join was welcomed.",
    "These arrangements will serve as mechanisms for dialogue.",
])
def test_generic_phrases_yield_no_instrument(text):
    assert extract_mentions([SentenceIn(1, 1, text)], US_JP) == []


def test_widely_known_acronyms_name_their_instrument_and_a_defined_one_wins():
    ctx = DocContext("eu-ca", "joint_statement", "en", ("CAN", "EUU"))
    texts = ["We welcome the provisional application of CETA since 2017.",
             "Canada supports the United Kingdom's accession to the CPTPP.",
             "We support the Indo-Pacific Economic Framework for Prosperity (IPEF).",
             "IPEF partners will meet in Singapore."]
    got = [(m.name, m.short_name, m.kind, m.event, m.parties)
           for m in extract_mentions([SentenceIn(i, 1, t) for i, t in enumerate(texts, 1)], ctx)]
    assert got == [
        ("Comprehensive Economic and Trade Agreement", "CETA", "free_trade_agreement", "referenced", ("CAN", "EUU")),
        ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP", "free_trade_agreement",
         "accession_supported", ()),
        ("Indo-Pacific Economic Framework for Prosperity", "IPEF", "framework", "referenced", ()),
        ("Indo-Pacific Economic Framework for Prosperity", "IPEF", "framework", "referenced", ()),
    ]


def test_an_acronym_with_periods_before_a_hyphen_stays_in_the_title():
    ctx = DocContext("us-jp", "joint_statement", "en", ("JPN", "USA"))
    got = extract_mentions([SentenceIn(1, 1, "The leaders welcomed the U.S.-Japan Critical Minerals Agreement.")], ctx)
    assert [(m.name, m.parties) for m in got] == [("U.S.-Japan Critical Minerals Agreement", ("JPN", "USA"))]


DE_IN = DocContext("de-in", "joint_statement", "en", ("DEU", "IND"))


@pytest.mark.parametrize("text, name, events", [
    ("The two leaders reaffirmed the Strategic Partnership between Germany and India, established in 2000.",
     "Strategic Partnership", ["established", "reaffirmed"]),
    ("Both sides reviewed progress under the Green and Sustainable Development Partnership, launched in May 2022.",
     "Green and Sustainable Development Partnership", ["launched", "implementing"]),
    ("The Migration and Mobility Partnership Agreement, signed in 2022, will be implemented in full.",
     "Migration and Mobility Partnership Agreement", ["signed"]),  # no cue before it: the one after
])
def test_what_was_done_to_an_instrument_earlier_is_an_event_of_its_own(text, name, events):
    """A verb after the name ("..., established in 2000") tells an earlier event, listed before what the
    sentence itself does with the instrument (so the registry's latest event stays the sentence's)."""
    found = [(m.name, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], DE_IN)]
    assert found == [(name, e) for e in events]


@pytest.mark.parametrize("text, found", [
    ("The two Presidents issued the Washington Declaration, which sets out new steps.",
     [("Washington Declaration", "agreement", "announced")]),
    ("The UK and Japan will co-lead the Global Combat Air Programme (GCAP) with Italy.",
     [("Global Combat Air Programme", "initiative", "referenced")]),
    ("In this Joint Declaration, the leaders set out their vision.", []),  # the document itself
    ("The leaders adopted a Joint Programme of Work.", []),
    ("Most youth will be able to participate twice in the program.", []),  # no instrument of its own
    ("Both sides renewed the Youth Mobility Arrangement (Working Holiday Program).",
     [("Youth Mobility Arrangement", "arrangement", "renewed")]),
])
def test_declarations_and_programmes_only_by_name(text, found):
    ms = extract_mentions([SentenceIn(1, 1, text)], US_JP)
    assert [(m.name, m.kind, m.event) for m in ms] == found


def test_instruments_listed_after_a_lead_in_take_its_event():
    """"the following documents were exchanged:" then the documents, as items of another list than the
    numbered paragraph holding the lead-in; the next numbered paragraph is no item."""
    sentences = [
        SentenceIn(1, 1, "In the presence of the two leaders, the following documents were exchanged:", True, 1),
        SentenceIn(2, 1, "Memorandum of Understanding on Cooperation in Green Hydrogen;", True, 2),
        SentenceIn(3, 1, "Agreement on Interlinking of Domestic Card Schemes; and", True, 2),
        SentenceIn(4, 1, "The leaders recalled the Paris Agreement.", True, 1),
    ]
    found = [(m.name, m.event) for m in extract_mentions(sentences, DE_IN)]
    assert found == [("Memorandum of Understanding on Cooperation in Green Hydrogen", "signed"),
                     ("Agreement on Interlinking of Domestic Card Schemes", "signed"),
                     ("Paris Agreement", "referenced")]


@pytest.mark.parametrize("text, name, event", [
    ("The leaders agreed to make full use of the Comprehensive Economic Partnership Agreement.",
     "Comprehensive Economic Partnership Agreement", "implementing"),
    ("The two leaders witnessed the exchange of a Memorandum of Cooperation in the Field of Disaster Risk Reduction.",
     "Memorandum of Cooperation in the Field of Disaster Risk Reduction", "signed"),
    ("They praised the growth of the Comprehensive Strategic Partnership since it was established in 2017.",
     "Comprehensive Strategic Partnership", "established"),
    ("They exchanged views on the Digital Partnership.", "Digital Partnership", "referenced"),
])
def test_more_event_cues(text, name, event):
    assert [(m.name, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], DE_IN)] == [(name, event)]


CN_BR = DocContext("cn-br", "joint_statement", "en", ("BRA", "CHN"))


@pytest.mark.parametrize("text, found", [
    # found by a held-out statement in the style of China's MFA: "Between the Government of X and the
    # Government of Y" inside a title, a plan's years, a plural possessive, "Facility"
    ("The two sides signed the Protocol Between the General Administration of Customs of the People's Republic of "
     "China and the Ministry of Agriculture of the Federative Republic of Brazil on Phytosanitary Requirements.",
     [("Protocol Between the General Administration of Customs of the People's Republic of China and the Ministry "
       "of Agriculture of the Federative Republic of Brazil on Phytosanitary Requirements", "agreement", "signed")]),
    ("They will implement the Strategic Plan 2022-2031 and the Executive Plan 2022-2026.",
     [("Strategic Plan 2022-2031", "plan", "committed_to_implement"),
      ("Executive Plan 2022-2026", "plan", "committed_to_implement")]),
    ("The Foreign Ministers' Global Strategic Dialogue shall be held annually.",
     [("Foreign Ministers' Global Strategic Dialogue", "dialogue", "referenced")]),
    ("China takes note of the Tropical Forests Forever Facility proposed by Brazil.",
     [("Tropical Forests Forever Facility", "initiative", "referenced")]),
    # signatories named after the title are not the name (a "between" after the topic)
    ("Memorandum of Understanding on Cooperation in Green Hydrogen between the Ministry of Energy of Brazil and "
     "the National Energy Administration of China;",
     [("Memorandum of Understanding on Cooperation in Green Hydrogen", "mou", "referenced")]),
    # a list item that is a title runs to its closing mark
    ("Cooperation Plan Between the Government of China and the Government of Brazil on Synergizing the Belt and "
     "Road Initiative with Brazilian Development Strategies;",
     [("Cooperation Plan Between the Government of China and the Government of Brazil on Synergizing the Belt and "
       "Road Initiative with Brazilian Development Strategies", "plan", "referenced")]),
])
def test_titles_in_the_style_of_a_foreign_ministry(text, found):
    assert [(m.name, m.kind, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], CN_BR)] == found


def test_a_second_name_known_as_and_a_short_form_are_the_same_instrument():
    ctx = DocContext("nz-jp", "joint_statement", "en", ("JPN", "NZL"))
    sentences = [
        SentenceIn(1, 1, "They signed the Agreement between the Government of New Zealand and the Government of Japan "
                         "on the Security of Information, known as the Information Security Agreement (ISA)."),
        SentenceIn(2, 1, "This year marks the anniversary of the Agreement between the Government of New Zealand and "
                         "the Government of Japan on Cooperation in Science and Technology."),
        SentenceIn(3, 1, "Under the Science and Technology Agreement, the two agencies will co-fund research."),
        SentenceIn(4, 1, "The ISA will provide the legal framework."),
    ]
    mentions = extract_mentions(sentences, ctx)
    security = "Agreement between the Government of New Zealand and the Government of Japan on the Security of Information"
    science = ("Agreement between the Government of New Zealand and the Government of Japan on Cooperation in "
               "Science and Technology")
    assert [m.name for m in mentions] == [security, science, science, security]
    assert mentions[0].aliases == ("Information Security Agreement",) and mentions[0].short_name == "ISA"


def test_an_earlier_short_form_joins_the_full_title_in_the_registry():
    from transforms.instrument_registry import build_registry
    sentences = [SentenceIn(1, 1, "The two sides will align their strategies through the Cooperation Plan."),
                 SentenceIn(2, 1, "They signed the Cooperation Plan Between the Government of China and the Government "
                                  "of Brazil on Synergizing Development Strategies.")]
    instruments, mentions = build_registry({"d": extract_mentions(sentences, CN_BR)})
    assert len(instruments) == 1 and len(mentions) == 2
    assert instruments[0]["name"].startswith("Cooperation Plan Between the Government of China")


def test_a_lead_in_names_the_event_of_its_listed_documents_anywhere_in_it():
    sentences = [SentenceIn(1, 1, "During the visit, the two sides signed more than 30 documents in areas including "
                                  "trade, investment and space, including:"),
                 SentenceIn(2, 1, "Memorandum of Understanding on Cooperation in Artificial Intelligence;"),
                 SentenceIn(3, 1, "Protocol on Phytosanitary Requirements for the Export of Sorghum.")]
    assert [(m.name, m.event) for m in extract_mentions(sentences, CN_BR)] == [
        ("Memorandum of Understanding on Cooperation in Artificial Intelligence", "signed"),
        ("Protocol on Phytosanitary Requirements for the Export of Sorghum", "signed")]


def test_titles_opened_by_establishing_amending_relating_to():
    ctx = DocContext("za-ke", "joint_statement", "en", ("KEN", "ZAF"))
    text = ("They will implement the Agreement Establishing the African Continental Free Trade Area and the "
            "Protocol Amending the Convention on Double Taxation.")
    assert [(m.name, m.kind, m.parties) for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        ("Agreement Establishing the African Continental Free Trade Area", "free_trade_agreement", ()),
        ("Protocol Amending the Convention on Double Taxation", "agreement", ("KEN", "ZAF"))]


def test_a_name_with_its_own_parties_is_no_short_form_of_a_longer_one():
    from transforms.instrument_registry import build_registry
    ctx = DocContext("sg-vn", "joint_statement", "en", ("SGP", "VNM"))
    sentences = [SentenceIn(1, 1, "They launched negotiations on a Singapore-Viet Nam Digital Economy Agreement (DEA)."),
                 SentenceIn(2, 1, "They will work with ASEAN Member States to conclude the ASEAN Digital Economy "
                                  "Framework Agreement (DEFA) in 2025.")]
    instruments, _ = build_registry({"d": extract_mentions(sentences, ctx)})
    assert sorted(i["name"] for i in instruments) == [
        "ASEAN Digital Economy Framework Agreement", "Singapore-Viet Nam Digital Economy Agreement"]


@pytest.mark.parametrize("text, name", [
    ("They signed a Memorandum of Understanding between the Indian Space Research Organisation (ISRO) and the "
     "Australian Space Agency on cooperation in space research.",
     "Memorandum of Understanding between the Indian Space Research Organisation and the Australian Space Agency "
     "on cooperation in space research"),
    ("They agreed to renew the Joint Declaration on Security Cooperation in 2025.",
     "Joint Declaration on Security Cooperation"),  # "in 2025" dates the renewal
])
def test_an_acronym_inside_the_parties_and_a_year_after_in(text, name):
    mentions = extract_mentions([SentenceIn(1, 1, text)], AU_IN)
    assert [m.name for m in mentions] == [name]


def test_a_head_inside_a_longer_name_and_a_quoted_korean_title_with_its_acronym():
    from transforms.korean_instruments import korean_mentions
    text = "The Millennium Challenge Corporation signed the Indonesia Infrastructure and Finance Compact."
    ctx = DocContext("us-id", "joint_statement", "en", ("IDN", "USA"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "Indonesia Infrastructure and Finance Compact"]  # "Millennium Challenge" heads a corporation's name
    ko = DocContext("ko-pl", "joint_statement", "ko", ("KOR", "POL"))
    found = korean_mentions(SentenceIn(1, 1, "양국은 「한-폴란드 재건 협력 플랫폼(KPRP)」을 출범시켰다."), ko)
    assert [(m["name"], m["kind"], m["event"]) for m in found] == [("한-폴란드 재건 협력 플랫폼", "initiative", "launched")]


def test_an_abbreviation_ends_with_its_stop_and_a_country_inside_a_first_conjunct_joins_no_parties():
    ctx = DocContext("us-id", "joint_statement", "en", ("IDN", "USA"))
    sentences = [SentenceIn(1, 1, "They will advance the ASEAN-U.S. Comprehensive Strategic Partnership."),
                 SentenceIn(2, 1, "The $649 million Indonesia Infrastructure and Finance Compact will support transport.")]
    assert [m.name for m in extract_mentions(sentences, ctx)] == [
        "ASEAN-U.S. Comprehensive Strategic Partnership", "Indonesia Infrastructure and Finance Compact"]


NO_IN = DocContext("no-in", "joint_statement", "en", ("IND", "NOR"))


@pytest.mark.parametrize("text, names", [
    # a defined acronym that spells the words up to it carries the title over "in the" (a hyphened word
    # gives one initial or one per part)
    ("Norway will fund the Partnership in the Arctic for Marine Research (PAMR) for five more years.",
     ["Partnership in the Arctic for Marine Research"]),
    ("India will extend the Elimination Partnership in the Indo-Pacific for Cervical Cancer (EPICC).",
     ["Elimination Partnership in the Indo-Pacific for Cervical Cancer"]),
    ("The leaders welcomed the Green Partnership in the Arctic (GSP).", ["Green Partnership"]),  # does not spell
    # "of the" inside a name before its head
    ("We launched the Nordic Ports of the Future Partnership.", ["Nordic Ports of the Future Partnership"]),
    ("It was adopted by the Federal Cabinet of the Skilled Labour Strategy.", ["Skilled Labour Strategy"]),
    # "on a ..." opens a title's topic
    ("They signed a Memorandum of Cooperation on a Fisheries Data Exchange Network.",
     ["Memorandum of Cooperation on a Fisheries Data Exchange Network"]),
    # the last of a list of three ends like any title
    ("Norway supports the Strategy for a Free, Open, and Inclusive Indo-Pacific Region with its own plan.",
     ["Strategy for a Free, Open, and Inclusive Indo-Pacific Region"]),
    ("They signed the Agreement on Fisheries, and India will host the next round.", ["Agreement on Fisheries"]),
    # a title that is the subject: the lower-case word after "and X" is its verb
    ("The Partnership for Offshore Wind and Hydrogen continues to grow.",
     ["Partnership for Offshore Wind and Hydrogen"]),
    ("Norway welcomed the Agreement on Trade and India agreed to review it.", ["Agreement on Trade"]),
    ("The Agreement on Trade and India signed it in 2020.", ["Agreement on Trade"]),
    # a date after a title dates the sentence; an acronym head after it is expanded only when it ends the name
    ("Trade has grown since the entry into force of the Japan-EU EPA on 1 February 2019.",
     ["Japan-EU Economic Partnership Agreement"]),
    ("Exports grew since the Agreement on Fisheries from 2021 took effect.", ["Agreement on Fisheries"]),
    ("They signed an Agreement on Mutual Exemption from Visa Requirements.",
     ["Agreement on Mutual Exemption from Visa Requirements"]),
])
def test_titles_run_to_their_acronym_over_of_the_a_and_a_list_end(text, names):
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], NO_IN)] == names


@pytest.mark.parametrize("text, found", [
    ("Today, we launched the Quad Cancer Moonshot, an initiative to reduce the burden of cancer.",
     [("Quad Cancer Moonshot", "initiative", "launched")]),
    ("Norway and India unveiled the Blue Ocean Compass, a new framework for sustainable fisheries.",
     [("Blue Ocean Compass", "framework", None)]),
    # a country, a person or a name with a head of its own is no such title
    ("They thanked the Republic of India, a partner in the initiative.", []),
    ("They met Prime Minister Modi, a champion of the partnership.", []),
    ("They launched the Green Hydrogen Partnership, an initiative of both sides.",
     [("Green Hydrogen Partnership", "partnership", "launched")]),
])
def test_an_appositive_gives_a_name_its_kind(text, found):
    got = [(m.name, m.kind, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], NO_IN)]
    assert [(n, k) for n, k, _ in got] == [(n, k) for n, k, _ in found]
    assert all(e is None or g[2] == e for g, (_, _, e) in zip(got, found))


KZ_KR = DocContext("kz-kr", "joint_statement", "en", ("KAZ", "KOR"))


def test_documents_listed_in_lower_case_after_a_lead_in():
    texts = ["During the visit, the following documents were signed:",
             "- A memorandum of understanding on cooperation in the field of fisheries between the Ministry of "
             "Agriculture of Kazakhstan and the Ministry of Oceans and Fisheries of Korea;",
             "- An executive programme for cultural cooperation for the years 2025-2027;",
             "- An agreement between the Government of Kazakhstan and the Government of Korea on the mutual "
             "recognition of driving licences.",
             "The two sides will:",
             "- hold annual consultations between their foreign ministries;",
             "- a memorandum of understanding was signed on trade."]
    sentences = [SentenceIn(i + 1, 1, t, is_list_item=i not in (0, 4), list_id=1 if i < 4 else 2)
                 for i, t in enumerate(texts)]
    assert [(m.name, m.kind, m.event) for m in extract_mentions(sentences, KZ_KR)] == [
        ("Memorandum of understanding on cooperation in the field of fisheries", "mou", "signed"),
        ("Executive programme for cultural cooperation for the years 2025-2027", "initiative", "signed"),
        ("Agreement between the Government of Kazakhstan and the Government of Korea on the mutual recognition of "
         "driving licences", "agreement", "signed")]
    # outside a list, a lower-case phrase is no title
    alone = "A memorandum of understanding on cooperation in the field of fisheries was discussed."
    assert extract_mentions([SentenceIn(1, 1, alone)], KZ_KR) == []


@pytest.mark.parametrize("text, names", [
    # a title that is only its kind's name takes the states party to it; signatory bodies and a title of its
    # own do not
    ("They will conclude the Free Trade Agreement between Korea and the Eurasian Economic Union (EAEU) by 2026.",
     ["Free Trade Agreement between Korea and the Eurasian Economic Union"]),
    ("They recalled the Agreement on Investment between Kazakhstan and Korea.", ["Agreement on Investment"]),
    ("They noted the Free Trade Agreement between the Ministry of Trade of Korea and the Ministry of Trade of "
     "Kazakhstan.", ["Free Trade Agreement"]),
    # a nickname in quotes right after a title is part of it
    ('Kazakhstan welcomed the Korea-Central Asia Cooperation Initiative "K-Silk Road" put forward by Korea.',
     ['Korea-Central Asia Cooperation Initiative "K-Silk Road"']),
    ('They launched the Green Initiative, "a new start" in their relations.', ["Green Initiative"]),
    # a compound of countries with spaces around its dash
    ("They held the first Kazakhstan – Korea Energy Dialogue in Astana.", ["Kazakhstan – Korea Energy Dialogue"]),
    ("The Memorandum on Critical Minerals will guide their work.", ["Memorandum on Critical Minerals"]),
])
def test_parties_quotes_and_dashes_inside_titles(text, names):
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], KZ_KR)] == names


def test_an_upgraded_partnership_is_another_instrument_than_the_first():
    from transforms.instrument_registry import build_registry
    sentences = [SentenceIn(1, 1, "Building on the Strategic Partnership established in 2009, the leaders elevated "
                                  "their relations to an Enhanced Strategic Partnership."),
                 SentenceIn(2, 1, "The Enhanced Strategic Partnership will guide their cooperation."),
                 SentenceIn(3, 1, "They signed the Cooperation Plan Between the Government of Kazakhstan and the "
                                  "Government of Korea on Digital Trade."),
                 SentenceIn(4, 1, "The Cooperation Plan will run until 2030.")]
    instruments, mentions = build_registry({"d": extract_mentions(sentences, KZ_KR)})
    assert sorted(i["name"] for i in instruments) == [
        "Cooperation Plan Between the Government of Kazakhstan and the Government of Korea on Digital Trade",
        "Enhanced Strategic Partnership", "Strategic Partnership"]
    # the first partnership twice in its sentence: established in 2009, then cited as the basis ("Building on")
    assert [m["event"] for m in mentions][:2] == ["established", "referenced"]
    assert len(mentions) == 6


def test_a_name_and_its_acronym_before_the_kind_in_lower_case():
    sentences = [SentenceIn(1, 1, "Korea praised the Circular Carbon Economy (CCE) framework launched by the Kingdom."),
                 SentenceIn(2, 1, "The two sides will cooperate under the CCE framework."),
                 SentenceIn(3, 1, "They discussed the Economic Cooperation (XYZ) framework.")]  # the acronym spells nothing
    ctx = DocContext("sa-kr", "joint_statement", "en", ("KOR", "SAU"))
    assert [(m.name, m.kind, m.event, m.short_name) for m in extract_mentions(sentences, ctx)] == [
        ("Circular Carbon Economy", "framework", "launched", "CCE"),
        ("Circular Carbon Economy", "framework", "implementing", "CCE")]


def test_concerning_continues_a_title_after_its_parties():
    ctx = DocContext("th-jp", "joint_statement", "en", ("JPN", "THA"))
    text = ("They signed the Agreement between the Government of the Kingdom of Thailand and the Government of Japan "
            "concerning the Transfer of Defense Equipment and Technology.")
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "Agreement between the Government of the Kingdom of Thailand and the Government of Japan concerning the "
        "Transfer of Defense Equipment and Technology"]


@pytest.mark.parametrize("text, names", [
    ("They will implement the Action Programme for the implementation of the Viet Nam-RoK Comprehensive Strategic "
     "Partnership for the 2023–2027 period.",
     ["Action Programme for the implementation of the Viet Nam-RoK Comprehensive Strategic Partnership for the "
      "2023–2027 period"]),
    ("They welcomed the Framework Arrangement on EDCF loans for the 2024–2030 period, which will support roads.",
     ["Framework Arrangement on EDCF loans for the 2024–2030 period"]),
    ("Implementing Arrangement on hydrogen energy cooperation between the Ministry of Industry and Trade of Viet Nam "
     "and the Ministry of Trade of the RoK.", ["Implementing Arrangement on hydrogen energy cooperation"]),
    # not a topic in lower case
    ("They signed the Memorandum of Understanding on Defence Cooperation on the sidelines of the visit.",
     ["Memorandum of Understanding on Defence Cooperation"]),
    ("They upgraded ties to a Comprehensive Strategic Partnership for the 2024-2027 period.",
     ["Comprehensive Strategic Partnership"]),
])
def test_a_topic_in_lower_case_that_names_something_capitalised(text, names):
    ctx = DocContext("vn-kr", "joint_statement", "en", ("KOR", "VNM"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text, is_list_item=text.startswith("Impl"), list_id=1)],
                                             ctx)] == names


@pytest.mark.parametrize("text, names", [
    # a title that goes on past the acronym of a body it names; not past its own
    ("The two sides signed the Framework Arrangement on Economic Development Cooperation Fund (EDCF) Loans for the "
     "years 2024 to 2028.", ["Framework Arrangement on Economic Development Cooperation Fund Loans for the years 2024 to "
                             "2028"]),
    ("They welcomed the Economic Partnership Agreement (EPA) Joint Committee.", ["Economic Partnership Agreement"]),
    ("They signed the Framework Arrangement concerning Loans from the Economic Development Cooperation Fund (EDCF) for "
     "the years 2025-2029.", ["Framework Arrangement concerning Loans from the Economic Development Cooperation Fund for "
                              "the years 2025-2029"]),  # (the years it covers, after the inner acronym)
    # a free trade area is a free trade agreement
    ("Korea supports the African Continental Free Trade Area.", ["African Continental Free Trade Area"]),
])
def test_titles_past_an_inner_acronym_and_free_trade_areas(text, names):
    ctx = DocContext("ke-kr", "joint_statement", "en", ("KEN", "KOR"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == names


@pytest.mark.parametrize("text, names", [
    # the year an old treaty was made is no part of its name; a year to come is ("2050 Strategy")
    ("Both sides reaffirmed that the Alliance, founded on the 1953 Mutual Defense Treaty, remains strong.",
     ["Mutual Defense Treaty"]),
    ("They endorsed the 2050 Strategy for the Blue Pacific Continent.", ["2050 Strategy for the Blue Pacific Continent"]),
    # guidelines are a framework
    ("They reviewed the Guidelines for Nuclear Deterrence and Nuclear Operations on the Korean Peninsula.",
     ["Guidelines for Nuclear Deterrence and Nuclear Operations on the Korean Peninsula"]),
])
def test_years_before_a_name_and_guidelines(text, names):
    ctx = DocContext("us-kr", "joint_statement", "en", ("KOR", "USA"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == names


def test_a_time_after_a_title_and_a_quoted_title_then_its_history():
    ctx = DocContext("mn-jp", "joint_statement", "en", ("JPN", "MNG"))
    texts = ["The Prime Ministers instructed their Ministers to hold the Strategic Dialogue on an annual basis.",
             "The two sides reaffirmed that the “Special Strategic Partnership for Peace and Prosperity” established in "
             "2022 continues to serve as the foundation of relations."]
    mentions = extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert [m.name for m in mentions][0] == "Strategic Dialogue"
    assert {m.event for m in mentions if m.paragraph_no == 2} == {"established", "reaffirmed"}


def test_a_dialogue_to_be_held():
    ctx = DocContext("mn-jp", "joint_statement", "en", ("JPN", "MNG"))
    text = "The Prime Ministers instructed their Ministers to hold the Strategic Dialogue every year."
    assert [m.event for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == ["held"]


def test_an_ordinal_before_a_compound_with_a_long_country_name():
    ctx = DocContext("eu-kr", "joint_statement", "en", ("EUU", "KOR"))
    text = "The High Representative and the Minister held the fourth EU-Republic of Korea Strategic Dialogue in Brussels."
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == ["EU-Republic of Korea Strategic Dialogue"]


def test_the_period_a_plan_covers_is_part_of_its_name():
    ctx = DocContext("ph-vn", "joint_statement", "en", ("PHL", "VNM"))
    text = ("They adopted the Plan of Action for the Implementation of the Philippines-Viet Nam Strategic Partnership for "
            "the period 2024-2028.")
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "Plan of Action for the Implementation of the Philippines-Viet Nam Strategic Partnership for the period 2024-2028"]



def test_a_title_whose_topic_ends_with_a_lower_case_system_or_programme():
    from transforms.instruments import extract_mentions
    ctx = DocContext("vn-jp", "joint_statement", "en", ("JPN", "VNM"))
    text = ("The two ministries decided to review the Memorandum of Cooperation on the Technical Intern Training "
            "programme, signed in 2017, to protect workers.")
    assert [(m.name, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        ("Memorandum of Cooperation on the Technical Intern Training programme", "signed")]


def test_a_head_inside_a_ministrys_remit_is_no_instrument():
    ctx = DocContext("es-kr", "joint_statement", "en", ("ESP", "KOR"))
    sentences = [SentenceIn(1, 1, "The Ministry for Social Rights and the Youth Initiative will lead the work."),
                 SentenceIn(2, 1, "The Ministry of Culture welcomed the Youth Initiative launched in 2023.")]
    assert [(m.paragraph_no, m.name) for m in extract_mentions(sentences, ctx)] == [(2, "Youth Initiative")]


def test_a_project_named_by_a_place_with_a_particle():
    ctx = DocContext("ph-kr", "joint_statement", "en", ("KOR", "PHL"))
    text = ("They exchanged the Loan Agreement for the Cagayan de Oro Bridge Construction Project, amounting to "
            "USD 90 million.")
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "Loan Agreement for the Cagayan de Oro Bridge Construction Project"]


def test_an_acronym_the_document_defined_written_out_in_another_name():
    ctx = DocContext("ae-in", "joint_statement", "en", ("ARE", "IND"))
    sentences = [SentenceIn(1, 1, "They welcomed the Blue Ocean Corridor (BOC)."),
                 SentenceIn(2, 1, "They also noted the Framework Agreement on the BOC.")]
    framework = extract_mentions(sentences, ctx)[-1]
    assert "Framework Agreement on the Blue Ocean Corridor" in framework.aliases
