"""One hand-written case per sentence pattern (SPEC §3), in a neutral two-party statement."""
import pytest

from transforms.classify import classify_sentence, label_sentences
from transforms.records import DocContext, SentenceIn, SentenceLabel

CTX = DocContext("test", "joint_statement", "en", ("CAN", "KOR"), 2023, "CAN")
BOTH = ("CAN", "KOR")


@pytest.mark.parametrize("text, kind, actors, strength, verb", [
    # modal future and its relatives
    ("We will strengthen cooperation on energy security.", "commitment", BOTH, "firm", "will strengthen"),
    ("The two countries shall consult each other regularly.", "commitment", BOTH, "firm", "shall consult"),
    ("We will continue to support Ukraine.", "commitment", BOTH, "firm", "will continue"),
    ("We will be working with partners on this.", "commitment", BOTH, "firm", "will be"),
    ("Canada will also deepen its cooperation with the ROK.", "commitment", ("CAN",), "firm", "will deepen"),
    ("Our governments intend to open a new dialogue.", "commitment", BOTH, "soft", "intend to open"),
    ("The ROK and Canada plan to hold a trade mission in the fall.", "commitment", BOTH, "soft", "plan to hold"),
    # agreement, resolution, decision, tasking
    ("We agreed to explore a joint research fund.", "commitment", BOTH, "soft", "agreed to explore"),
    ("We agree to continue working together.", "commitment", BOTH, "firm", "agree to continue"),
    ("We are committed to advancing shared interests.", "commitment", BOTH, "firm", "are committed to"),
    ("Korea remains committed to working closely with Canada.", "commitment", ("KOR",), "firm", "remains committed to"),
    ("The ROK and Canada further commit to dialogue on agriculture.", "commitment", BOTH, "firm", "commit to"),
    ("The Canadian Department of National Defence and the ROK Ministry of National Defence have decided to "
     "increase their collaboration.", "commitment", BOTH, "firm", "decided to increase"),
    ("We are resolved to take bold action.", "commitment", BOTH, "firm", "are resolved to take"),
    ("We are determined to end plastic pollution.", "commitment", BOTH, "firm", "are determined to end"),
    ("We have tasked our ministers to draft an action plan.", "commitment", BOTH, "firm", "tasked"),
    ("We reiterated our commitment to working together on AI.", "commitment", BOTH, "firm",
     "reiterated our commitment to"),
    ("We remain steadfast in our commitment to protect Ukraine's sovereignty.", "commitment", BOTH, "firm",
     "remain steadfast in our commitment to"),
    # soft cues
    ("The ROK and Canada will explore ways to cooperate on fisheries.", "commitment", BOTH, "soft", "will explore"),
    ("Both countries look forward to continuing this momentum.", "commitment", BOTH, "soft", "look forward to"),
    ("We are eager to advance our shared values.", "commitment", BOTH, "soft", "are eager to advance"),
    ("Together, we can advance the implementation of this framework.", "commitment", BOTH, "soft", "can advance"),
    ("We aim to double two-way trade.", "commitment", BOTH, "soft", "aim to double"),
    ("Canada seeks to expand its presence in the region.", "commitment", ("CAN",), "soft", "seeks to expand"),
    ("Korea expressed its intention to join the initiative.", "commitment", ("KOR",), "soft",
     "expressed its intention to"),
    ("We will not only deepen trade but also expand research.", "commitment", BOTH, "firm", "will deepen"),
    ("The two countries continue to work closely on migration.", "commitment", BOTH, "firm", "continue to work"),
    # a commitment wins over everything else in the sentence
    ("We condemned the attack and will continue working with partners.", "commitment", BOTH, "firm",
     "will continue"),
    ("We share the conviction that trade matters and we will continue working in the WTO.", "commitment", BOTH,
     "firm", "will continue"),
    ("We announced today that Canada and the ROK will work together on human rights.", "commitment", BOTH, "firm",
     "will work"),
    ("We express opposition to coercion and remain committed to upholding the rules.", "commitment", BOTH, "firm",
     "remain committed to"),
])
def test_commitment_patterns(text, kind, actors, strength, verb):
    label = classify_sentence(text, CTX)
    assert (label.kind, label.actors, label.strength, label.verb) == (kind, actors, strength, verb)


@pytest.mark.parametrize("text", [
    "This MOU will further cooperation on critical minerals.",
    "It will mark a milestone for our relations.",
    "Our joint efforts will result in more resilient economies.",
    "This initiative will enable artists to meet.",
    "We believe that growth and protection can go hand in hand.",
    "His presence would exemplify the ROK's vision.",
    "The new centre could be opened if funding allows.",
    "The ROK is the first country in Asia to join, and ROK’s participation will demonstrate leadership.",
    "This leader-driven initiative, launched by Prime Minister Trudeau at COP26 in 2021, sets a target.",
    "The Prime Minister concluded by saying that he looks forward to President Yoon’s attendance at the summit.",
    "Canada does not intend to impose new tariffs.",
    "Russia will face consequences.",
    "We met today in Seoul.",
    "Canada will be a reliable partner.",
])
def test_not_commitments(text):
    assert classify_sentence(text, CTX).kind != "commitment"


@pytest.mark.parametrize("text, kind, actors", [
    ("We welcomed the outcomes of the dialogue, which will contribute to security.", "position", BOTH),
    ("We condemned the missile launches and called on the DPRK to return to talks.", "position", BOTH),
    ("The ROK and Canada are also deeply concerned about the human rights situation.", "position", BOTH),
    ("We oppose any unilateral change to the status quo.", "position", BOTH),
    ("We will not accept any attempt to change borders by force.", "position", BOTH),
    ("The two countries continue to be concerned about the situation.", "position", BOTH),
    ("We reaffirmed the depth of our friendship.", "reaffirmation", BOTH),
    ("We reiterated our unwavering support for Ukraine.", "reaffirmation", BOTH),
    ("We reaffirmed our commitment to the rules-based order.", "reaffirmation", BOTH),
    ("Canada welcomes Korea's announcement of its intention to host a summit.", "position", ("CAN",)),
    ("Both sides reiterated their firm commitment to global peace and security.", "reaffirmation", BOTH),
    ("The Prime Minister and the President held an extended bilateral meeting.", "none", ()),
    ("We also recently signed a Memorandum of Understanding on defence.", "outcome", BOTH),
    ("We also witnessed the signing of a memorandum on critical minerals.", "outcome", BOTH),
    ("Today, we proudly announced the new youth mobility arrangement.", "outcome", BOTH),
    ("Last September, during the visit to Ottawa, we agreed to upgrade our relations.", "outcome", BOTH),
    ("Our relations have grown closer over six decades.", "none", ()),
])
def test_other_kinds(text, kind, actors):
    label = classify_sentence(text, CTX)
    assert (label.kind, label.actors) == (kind, actors)
    assert label.strength is None and label.verb is None


def test_look_forward_to_a_noun_phrase_of_the_parties_is_soft():
    label = classify_sentence("We also look forward to 2024-2025 as the Year of Cultural Exchanges.", CTX)
    assert (label.kind, label.strength, label.target_years) == ("commitment", "soft", (2024, 2025))


def test_commitment_carries_themes_and_target_years():
    label = classify_sentence("We have both committed to halting biodiversity loss by 2030 and to revise our "
                              "plans by COP16 in 2024.", CTX)
    assert label.kind == "commitment"
    assert label.target_years == (2024, 2030)
    assert 7 in label.themes


def test_list_items_take_the_lead_in_commitment():
    lead = "The two countries will work together to:"
    item = classify_sentence("strengthen supply chains for critical minerals;", CTX, lead_in=lead)
    assert (item.kind, item.actors, item.strength, item.verb) == ("commitment", BOTH, "firm", "will work")
    soft = classify_sentence("joint research on batteries.", CTX, lead_in="Canada and the ROK intend to explore:")
    assert (soft.kind, soft.strength) == ("commitment", "soft")
    own = classify_sentence("Canada will provide $5 million by 2025;", CTX, lead_in="The leaders welcomed:")
    assert (own.kind, own.actors, own.target_years) == ("commitment", ("CAN",), (2025,))
    subject_only = classify_sentence("welcomed the launch of a new dialogue;", CTX, lead_in="The two leaders:")
    assert (subject_only.kind, subject_only.actors) == ("position", BOTH)
    enumerated = classify_sentence("(i) ending the pandemic;", CTX, lead_in="We commit to work together on:")
    assert (enumerated.kind, enumerated.verb, enumerated.themes) == ("commitment", "commit to", (3,))


def test_label_sentences_keeps_order_and_list_context():
    sentences = [
        SentenceIn(1, 1, "We, President Yoon Suk Yeol of the Republic of Korea and Prime Minister Justin Trudeau "
                         "of Canada, met today in Seoul."),
        SentenceIn(2, 1, "The leaders welcomed the following outcomes:"),
        SentenceIn(3, 1, "the launch of an economic security dialogue;", is_list_item=True),
        SentenceIn(4, 1, "Our two countries will:"),
        SentenceIn(5, 1, "expand youth mobility;", is_list_item=True),
        SentenceIn(6, 1, "Prime Minister Trudeau will visit Busan in 2024."),
        SentenceIn(7, 1, "President Yoon welcomes Canada's participation in the framework."),
    ]
    labels = label_sentences(sentences, CTX)
    assert len(labels) == len(sentences) and all(isinstance(x, SentenceLabel) for x in labels)
    assert [x.kind for x in labels] == ["none", "position", "position", "commitment", "commitment", "commitment",
                                        "position"]
    assert labels[4].actors == BOTH
    assert labels[5].actors == ("CAN",) and labels[5].target_years == (2024,)
    assert labels[6].actors == ("KOR",)


def test_every_commitment_has_actors_and_a_theme():
    texts = ["We will act.", "Canada will help.", "They agreed to meet again."]
    for label in label_sentences([SentenceIn(i, 1, t) for i, t in enumerate(texts, 1)], CTX):
        assert label.kind == "commitment" and label.actors and label.themes


@pytest.mark.parametrize("text, kind, actors, strength", [
    ("Nous continuerons de travailler ensemble pour défendre la démocratie.", "commitment", BOTH, "firm"),
    ("Nous avons convenu d’explorer une coopération accrue dans le Pacifique Nord.", "commitment", BOTH, "soft"),
    ("Le Canada et la République de Corée travailleront ensemble.", "commitment", BOTH, "firm"),
    ("Ce protocole d’entente renforcera la coopération.", "none", (), None),
    ("Le Canada salue l’annonce de la République de Corée.", "position", ("CAN",), None),
    ("Nous avons réaffirmé la vigueur de notre amitié.", "reaffirmation", BOTH, None),
    ("Nous réitérons notre objectif commun de dénucléarisation.", "reaffirmation", BOTH, None),
    ("Nous collaborons déjà étroitement.", "none", (), None),
])
def test_french_sentences(text, kind, actors, strength):
    ctx = DocContext("fr", "joint_statement", "fr", BOTH, 2023, "CAN")
    label = classify_sentence(text, ctx)
    assert (label.kind, label.actors, label.strength) == (kind, actors, strength)


def _labels(texts: list[str], ctx=CTX):
    sentences = [SentenceIn(p, 1, t) for p, t in enumerate(texts, 1)]
    return [(lab.kind, lab.strength) for lab in label_sentences(sentences, ctx)]


def test_numbered_paragraphs_after_a_lead_in_are_its_items():
    """Items written as paragraphs with their own kind of number ("(1)" under "7."), not as <li>."""
    assert _labels([
        "7. To deepen economic ties further, the two leaders agreed to:",
        "(1) launch a general review of the Economic Partnership Agreement;",
        "(2) explore cooperation on critical minerals; and",
        "(3) strengthen cooperation between their investment agencies.",
        "8. The two leaders welcomed the outcome of the ministerial meeting.",  # the paragraph numbers again
    ]) == [("commitment", "firm"), ("commitment", "firm"), ("commitment", "soft"), ("commitment", "firm"),
           ("position", None)]


def test_bulleted_and_lettered_paragraphs_after_a_lead_in_are_its_items():
    assert _labels(["Canada and the ROK will:", "• expand youth mobility;", "• deepen defence ties."])[1:] == [
        ("commitment", "firm"), ("commitment", "firm")]
    assert _labels(["The leaders decided to:", "a) hold annual summits;", "b) review progress in 2026."])[1:] == [
        ("commitment", "firm"), ("commitment", "firm")]


def test_a_paragraph_numbered_as_the_lead_in_is_no_item():
    """"9. ... as follows:" then "10. ...": siblings, not a list under the lead-in."""
    assert _labels(["9. The leaders agreed as follows:", "10. The situation in the region remains tense."])[1] == (
        "none", None)


def test_numbered_paragraphs_without_a_lead_in_stand_alone():
    assert _labels(["1. The two countries share a long history.", "(a) trade has doubled since 2015."]) == [
        ("none", None), ("none", None)]


@pytest.mark.parametrize("text, actors", [
    ("Canada will expand scholarships for Korean students, and the ROK will contribute $6 million to the fund.",
     ("CAN", "KOR")),
    ("Canada will host the next meeting; Korea will chair the working group.", ("CAN", "KOR")),
    ("Canada will provide $5 million, and this funding will support clean energy projects.", ("CAN",)),
    ("Canada will provide training, equipment, and advice to the ROK Coast Guard.", ("CAN",)),
])
def test_a_commitment_holds_the_actors_of_each_of_its_clauses(text, actors):
    label = classify_sentence(text, CTX)
    assert (label.kind, label.actors) == ("commitment", actors)


@pytest.mark.parametrize("text, kind, actors", [
    # the subject stands before the insertion; here it is not a party, so only "affirmed" counts
    ("The two leaders affirmed that the partnership, built on shared values, will grow stronger.", "reaffirmation",
     ("CAN", "KOR")),
    ("Canada and the Republic of Korea, in this year of the 60th anniversary, reaffirm their friendship.",
     "reaffirmation", ("CAN", "KOR")),
    ("Canada, building on its Indo-Pacific Strategy, will open a new office in Seoul.", "commitment", ("CAN",)),
    ("The ROK, which chairs the forum this year, will host the next meeting.", "commitment", ("KOR",)),
    # a series of verbs is no insertion: "support" has the initiative as subject, not the leaders
    ("This initiative, launched in 2021, offers a forum to bring leaders together, spotlight initiatives, support "
     "new systems, and track progress.", "none", ()),
])
def test_an_insertion_between_commas_stands_between_a_subject_and_its_verb(text, kind, actors):
    label = classify_sentence(text, CTX)
    assert (label.kind, label.actors) == (kind, actors)


@pytest.mark.parametrize("text, kind", [
    ("It was agreed to hold the next meeting in Ottawa.", "commitment"),
    ("In this context, it was also agreed to set up a working group.", "commitment"),
    ("It was not agreed to extend the deadline.", "none"),
])
def test_an_impersonal_agreement_is_the_parties(text, kind):
    label = classify_sentence(text, CTX)
    assert (label.kind, label.actors) == (kind, ("CAN", "KOR") if kind == "commitment" else ())


def test_a_nested_list_under_a_numbered_item_reads_with_it():
    """"6. ... agreed to:" is itself an item of the numbered list; the bullets under it are another list."""
    sentences = [SentenceIn(1, 1, "To take defence ties further, the two sides agreed to:", True, 1),
                 SentenceIn(2, 1, "Deepen cooperation in the defence industry;", True, 2),
                 SentenceIn(3, 1, "Convene the next meeting of the Joint Committee before the end of 2024.", True, 2),
                 SentenceIn(4, 1, "Bilateral trade reached US$ 83.6 billion last year.", True, 1)]  # "7.": a sibling
    assert [lab.kind for lab in label_sentences(sentences, CTX)] == ["commitment", "commitment", "commitment", "none"]


def test_tasking_with_a_gerund_and_banks_and_funds_as_subjects():
    eu_ca = DocContext("eu-ca", "joint_statement", "en", ("CAN", "EUU"), 2023, "EUU")
    tasked = classify_sentence("We tasked the Joint Committee with adopting recommendations on trade and gender.", eu_ca)
    banks = classify_sentence("The European Investment Bank and the Canada Infrastructure Bank aim to conclude a "
                              "memorandum of understanding in 2024.", eu_ca)
    assert (tasked.kind, tasked.strength) == ("commitment", "firm")
    assert (banks.kind, banks.actors, banks.strength) == ("commitment", ("CAN", "EUU"), "soft")


FR = DocContext("fr", "joint_statement", "fr", ("FRA", "IND"), 2025, "FRA")


@pytest.mark.parametrize("text, kind", [
    ("Le Premier ministre Narendra Modi a remercié le Président pour son accueil.", "none"),  # a name, no future
    ("Les deux dirigeants ont chargé leurs conseillers diplomatiques de dresser un bilan.", "commitment"),
    ("La France et l'Inde renforceront leur coopération spatiale.", "commitment"),
])
def test_french_futures_are_lower_case_words_and_charger_de_tasks(text, kind):
    assert classify_sentence(text, FR).kind == kind


def test_a_third_person_pronoun_stands_for_the_one_actor_of_the_sentence_before():
    fr = DocContext("fr", "joint_statement", "fr", ("FRA", "IND"), 2025, "FRA")
    sentences = [SentenceIn(1, 1, "La France réaffirme son objectif d’accueillir 30 000 étudiants indiens en 2030."),
                 SentenceIn(1, 2, "À cette fin, elle étendra le réseau des classes internationales.")]
    assert [lab.actors for lab in label_sentences(sentences, fr)] == [("FRA",), ("FRA",)]


def test_a_list_nested_under_a_list_item_reads_with_both_lead_ins():
    """"Sweden and Korea will:" then an item ending with ":" and its own bullets, then the outer items again."""
    sentences = [SentenceIn(1, 1, "Within the partnership, the two countries will:"),
                 SentenceIn(2, 1, "hold regular consultations", True, 1),
                 SentenceIn(3, 1, "deepen cooperation on security and defence, in particular on:", True, 1),
                 SentenceIn(4, 1, "defence industry and defence materiel", True, 2),
                 SentenceIn(5, 1, "cyber security", True, 2),
                 SentenceIn(6, 1, "explore research on critical technologies", True, 1),
                 SentenceIn(7, 1, "Trade between them has doubled since 2015.")]
    labels = label_sentences(sentences, CTX)
    assert [(lab.kind, lab.strength) for lab in labels] == [
        ("commitment", "firm")] * 5 + [("commitment", "soft"), ("none", None)]
    assert labels[3].actors == ("CAN", "KOR")


def test_items_written_as_plain_paragraphs_ending_with_semicolons():
    """A lead-in, then plain paragraphs ending with ";" and a last one with "." (no bullets, no <li>)."""
    assert _labels([
        "13. During the visit, the two sides agreed to:",
        "expand the exchange of students and researchers;",
        "hold the first meeting of the energy dialogue in 2025;",
        "review the partnership every two years.",
        "Trade between the two countries has doubled since 2015.",
    ]) == [("commitment", "firm")] * 4 + [("none", None)]
    # a paragraph after a lead-in that is not written as an item stands alone
    assert _labels(["The leaders issued the following statement:", "Trade has doubled since 2015."])[1] == (
        "none", None)


@pytest.mark.parametrize("text, kind, actors, strength", [
    # a name, then what it is: the body's country
    ("Vinnova, Sweden’s innovation agency, and the Korea Institute for Advancement of Technology (KIAT) will "
     "co-fund joint research projects.", "commitment", ("KOR", "SWE"), "firm"),
    ("KOTRA, the Korea Trade-Investment Promotion Agency, will open an office in Stockholm.", "commitment", ("KOR",),
     "firm"),
    # a plural collective is no appositive of the name before it ("Building on the ISA, the leaders")
    ("Building on the ISA, the leaders decided to hold annual talks.", "commitment", ("KOR", "SWE"), "firm"),
    # reported speech: "said that ... would" reports a "will"
    ("President Yoon said that the Korea AeroSpace Administration (KASA) would consider using the Esrange Space "
     "Center.", "commitment", ("KOR",), "soft"),
    ("The Prime Minister informed the President that Sweden would send a trade mission in 2025.", "commitment",
     ("SWE",), "firm"),
])
def test_appositives_institutes_and_reported_speech(text, kind, actors, strength):
    ctx = DocContext("se-kr", "joint_statement", "en", ("KOR", "SWE"), 2024, "SWE")
    label = classify_sentence(text, ctx)
    assert (label.kind, label.actors, label.strength) == (kind, actors, strength)


@pytest.mark.parametrize("text, kind, actors", [
    # found by held-out pages of South Africa's Presidency and Brazil's Planalto
    ("The Department of Trade, Industry and Competition and the Kenya Investment Authority will develop a joint "
     "programme.", "commitment", ("KEN", "ZAF")),  # a ministry by its remit alone: the publisher's
    ("The Ministers responsible for international relations will develop a Plan of Action.", "commitment",
     ("KEN", "ZAF")),
    ("President Ruto assured President Ramaphosa that Kenya would work closely with South Africa.", "commitment",
     ("KEN",)),
    ("Foreign Ministers Naledi Pandor and Musalia Mudavadi will present a work plan by mid-2025.", "commitment",
     ("KEN", "ZAF")),  # a plural title, a name for each party
    ("The Natural Sciences and Engineering Research Council of Kenya will launch a joint call.", "commitment",
     ("KEN",)),
    ("President Ruto invited President Ramaphosa to visit Kenya in 2025, when Kenya will host the summit.", "none",
     ()),  # a clause of time dates, it does not promise
])
def test_remits_plural_titles_assurances_and_clauses_of_time(text, kind, actors):
    ctx = DocContext("za-ke", "joint_statement", "en", ("KEN", "ZAF"), 2024, "ZAF")
    label = classify_sentence(text, ctx)
    assert (label.kind, label.actors) == (kind, actors)


@pytest.mark.parametrize("text, kind, actors", [
    # found by the fifth held-out batch (a four-party Quad statement, the State Department, Kantei)
    ("In Seoul, the Republic of Korea will host the next ministerial meeting.", "commitment", ("KOR",)),  # no list
    ("Our coast guards will conduct a joint search-and-rescue exercise in 2025.", "commitment", ("CAN", "KOR")),
    ("The health authorities of the two countries will share data on emerging diseases.", "commitment",
     ("CAN", "KOR")),
    ("We continue to express deep concern about the situation in Myanmar.", "position", ("CAN", "KOR")),
    ("The Minister noted that Canada would provide an additional $5 million to the fund.", "commitment", ("CAN",)),
])
def test_lists_need_an_and_and_stances_after_continue_to(text, kind, actors):
    label = classify_sentence(text, CTX)
    assert (label.kind, label.actors) == (kind, actors)


def test_four_parties_read_off_the_opening_list():
    from transforms.actors import document_parties
    opening = ["We, the leaders of Brazil, India, South Africa, and China, met today in Kazan to review our "
               "cooperation."]
    assert document_parties("Leaders' Joint Statement", opening, "joint_statement", "BRA") == (
        "BRA", "CHN", "IND", "ZAF")


def test_a_release_on_a_meeting_of_two_and_its_bullets():
    from transforms.actors import document_parties
    title = "Foreign Minister Cho Tae-yul Holds 1st Korea-Netherlands Foreign Ministers' Strategic Dialogue"
    assert document_parties(title, ["The two ministers met in Seoul."], "press_release", "KOR") == ("KOR", "NLD")
    assert document_parties("Minister Cho meets business leaders", ["He met them in Seoul."], "press_release",
                            "KOR") == ("KOR",)
    ctx = DocContext("kr-nl", "press_release", "en", ("KOR", "NLD"), 2024, "KOR")
    label = classify_sentence("- Both sides shared the view that security is interconnected, and agreed to "
                              "strengthen cooperation.", ctx)
    assert (label.kind, label.actors) == ("commitment", ("KOR", "NLD"))  # the subject after the bullet
    hope = classify_sentence("The Netherlands expressed hope to deepen cooperation on semiconductors.", ctx)
    assert (hope.kind, hope.strength) == ("commitment", "soft")


@pytest.mark.parametrize("phrase, expected", [
    ("the Kingdom of the Netherlands", ("NLD",)),  # a state's formal name
    ("the Philippines’ Department of Migrant Workers", ("PHL",)),  # a plural possessive
    ("Security between the Kingdom of the Netherlands", None),  # no body named by remit then country
    ("Employment and Social Development Canada", ("CAN",)),
])
def test_formal_names_plural_possessives_and_remits(phrase, expected):
    from transforms.actors import ActorResolver
    assert ActorResolver(parties=("KOR", "NLD")).resolve(phrase) == expected


def test_he_after_and_noted_that_is_the_speaker_who_leads_the_sentence():
    ctx = DocContext("ph-jp", "joint_statement", "en", ("JPN", "PHL"), 2023, "PHL")
    texts = ["President Ferdinand Marcos Jr. of the Philippines welcomed Prime Minister Kishida Fumio of Japan.",
             "Prime Minister Kishida thanked President Marcos for his welcome, and noted that he would address the "
             "Congress.",
             "President Marcos said that he would visit Tokyo in 2024."]
    labels = label_sentences([SentenceIn(i, 1, t) for i, t in enumerate(texts, 1)], ctx)
    assert [(x.kind, x.actors) for x in labels[1:]] == [("commitment", ("JPN",)), ("commitment", ("PHL",))]
