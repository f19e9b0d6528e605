"""French instrument titles (head first, lower-case complements), anaphors and descriptions."""
from __future__ import annotations

import pytest

from transforms.instruments import extract_mentions
from transforms.records import DocContext, SentenceIn

FR = DocContext("fr", "joint_statement", "fr", ("CAN", "KOR"))

CASES = [
    ("Nos relations se sont rapprochées grâce à la signature de l’Accord de libre-échange Canada-Corée.",
     "Accord de libre-échange Canada-Corée", "free_trade_agreement", "signed"),
    ("Les deux dirigeants ont salué la signature du Protocole d'entente sur la coopération en matière "
     "de minéraux critiques.",
     "Protocole d'entente sur la coopération en matière de minéraux critiques", "mou", "signed"),
    ("Le Canada et la Corée ont lancé le Dialogue de haut niveau sur la sécurité économique.",
     "Dialogue de haut niveau sur la sécurité économique", "dialogue", "launched"),
    ("Nous réaffirmons notre engagement envers le Partenariat stratégique global, qui guide nos relations.",
     "Partenariat stratégique global", "partnership", "reaffirmed"),
    ("Nous sommes déterminés à mettre en œuvre le Cadre mondial de la biodiversité de Kunming-Montréal "
     "d'ici 2030.",
     "Cadre mondial de la biodiversité de Kunming-Montréal", "framework", "committed_to_implement"),
    ("Aujourd'hui, on annonce un nouvel accord sur la mobilité des jeunes.",
     "accord sur la mobilité des jeunes", "agreement", "announced"),
]


@pytest.mark.parametrize("text, name, kind, event", CASES, ids=[c[1][:30] for c in CASES])
def test_french_mentions(text, name, kind, event):
    mentions = extract_mentions([SentenceIn(1, 1, text)], FR)
    assert [(m.name, m.kind, m.event) for m in mentions] == [(name, kind, event)]


def test_enumeration_inside_a_french_title_and_coordination():
    text = ("Nos relations ont progressé avec la signature de l’Accord de libre-échange Canada-Corée et de "
            "l’Accord de coopération en science, technologie et innovation.")
    ms = extract_mentions([SentenceIn(1, 1, text)], FR)
    assert [(m.name, m.event) for m in ms] == [
        ("Accord de libre-échange Canada-Corée", "signed"),
        ("Accord de coopération en science, technologie et innovation", "signed"),
    ]


def test_french_anaphor_and_organisation_inside_name():
    ms = extract_mentions([
        SentenceIn(1, 1, "Le premier ministre a salué l'adhésion de la Corée au Défi mondial de la "
                         "tarification du carbone."),
        SentenceIn(1, 2, "Cette initiative permettra de réduire les émissions."),
        SentenceIn(2, 1, "Nous travaillons avec l’Organisation du Traité de l’Atlantique-Nord (OTAN)."),
    ], FR)
    assert [(m.mtype, m.name, m.event) for m in ms] == [
        ("title", "Défi mondial de la tarification du carbone", "joined"),
        ("anaphor", "Défi mondial de la tarification du carbone", "joined"),
    ]


def test_a_sentence_opening_on_a_lower_case_head_word_is_not_an_error():
    # nothing precedes the head, so there is no determiner to read: no mention, no error,
    # and the sentences after it are still read
    sentences = [SentenceIn(1, 1, "feuille de route pour la coopération en matière de sécurité, adoptée en 2024."),
                 SentenceIn(1, 2, "protocole d'entente signé hier à Ottawa."),
                 SentenceIn(2, 1, "Nous avons signé le Protocole d'entente sur les minéraux critiques.")]
    mentions = extract_mentions(sentences, FR)
    assert [(m.paragraph_no, m.name) for m in mentions] == [(2, "Protocole d'entente sur les minéraux critiques")]


@pytest.mark.parametrize("text, name", [
    ("Ils mettront en œuvre l’Accord de migration et de mobilité.", "Accord de migration et de mobilité"),
    ("Les deux pays ont lancé l’Initiative pour la résilience climatique dans l’Indo-Pacifique (IRCIP).",
     "Initiative pour la résilience climatique dans l’Indo-Pacifique"),
    ("Ils ont signé une Déclaration d’intention sur la coopération en matière de petits réacteurs modulaires et de "
     "réacteurs modulaires avancés.",
     "Déclaration d’intention sur la coopération en matière de petits réacteurs modulaires et de réacteurs "
     "modulaires avancés"),
])
def test_french_titles_run_on_over_et_de_and_a_place(text, name):
    ctx = DocContext("fr", "joint_statement", "fr", ("FRA", "IND"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [name]


CH = DocContext("ch-jp", "joint_statement", "fr", ("CHE", "JPN"))


@pytest.mark.parametrize("text, found", [
    # a title over "et la ..." (a lower-case noun), not over "et à ..." (a new verb phrase)
    ("La Suisse et l’Inde établissent un Partenariat stratégique pour le commerce et la durabilité.",
     [("Partenariat stratégique pour le commerce et la durabilité", "partnership", "established")]),
    ("Les deux pays restent déterminés à mettre en œuvre l’Accord de Paris et à réduire leurs émissions.",
     [("Accord de Paris", "agreement", "committed_to_implement")]),
    # a head in lower case is a title when an acronym is defined for it, "entre X et Y" included
    ("Ils saluent l’entrée en vigueur de l’accord de libre-échange entre la Suisse et l’Indonésie (ALE-CH-ID).",
     [("accord de libre-échange entre la Suisse et l’Indonésie", "free_trade_agreement", "referenced")]),
    # ... but not inside an organisation's name, after "de"
    ("Le Centre national de préparation aux incidents et de stratégie en matière de cybersécurité (NISC) "
     "participera.", []),
    # "en la matière" refers back to the matter: it ends the title, and a bare head names nothing
    ("Les deux parties examineront l’opportunité d’une Déclaration d’intention en la matière.", []),
])
def test_french_titles_over_et_la_and_lower_case_heads_with_an_acronym(text, found):
    assert [(m.name, m.kind, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], CH)] == found


def test_a_short_form_of_an_earlier_title_is_the_same_instrument():
    sentences = [SentenceIn(1, 1, "La Suisse et le Japon établissent un Partenariat stratégique pour l’innovation "
                                  "et la durabilité."),
                 SentenceIn(2, 1, "Ils réaffirment le Partenariat stratégique.")]
    mentions = extract_mentions(sentences, CH)
    assert [(m.name, m.event) for m in mentions] == [
        ("Partenariat stratégique pour l’innovation et la durabilité", "established"),
        ("Partenariat stratégique pour l’innovation et la durabilité", "reaffirmed")]


def test_a_french_future_starting_with_oe_is_a_cue():
    from transforms.classify import classify_sentence
    from transforms.records import DocContext as Ctx
    label = classify_sentence("La Belgique, qui présidera le Conseil en 2024, œuvrera au renforcement des relations.",
                              Ctx("be-kr", "joint_statement", "fr", ("BEL", "KOR"), 2023, "BEL"))
    assert (label.kind, label.actors) == ("commitment", ("BEL",))


def test_a_french_title_runs_over_dans_le_domaine_de():
    text = "Ils ont signé un Protocole d'accord relatif à la coopération dans le domaine de l'hydrogène propre."
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], CH)] == [
        "Protocole d'accord relatif à la coopération dans le domaine de l'hydrogène propre"]


@pytest.mark.parametrize("text, name", [
    ("Ils ont rappelé l'importance de l'Accord relatif à la gestion concertée des flux migratoires et au "
     "codéveloppement.", "Accord relatif à la gestion concertée des flux migratoires et au codéveloppement"),
    ("Ils ont signé la Convention de financement entre l'Agence française de développement et la République du "
     "Sénégal relative au programme d'accès universel à l'électricité.",
     "Convention de financement entre l'Agence française de développement et la République du Sénégal relative "
     "au programme d'accès universel à l'électricité"),
])
def test_french_titles_over_et_au_and_two_named_signatories(text, name):
    ctx = DocContext("fr-sn", "joint_statement", "fr", ("FRA", "SEN"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [name]


@pytest.mark.parametrize("text, kind, strength", [
    ("La partie française s'est déclarée disposée à engager des consultations.", "commitment", "soft"),
    ("Le Sénégal et la France ne ménageront aucun effort pour la réussite de la conférence.", "commitment", "firm"),
    ("Le Sénégal et la France ne reconnaîtront jamais ce changement.", "position", None),
    # an intention stated, a pronoun before its verb or not; a fact stated is none
    ("Le Sénégal, qui présidera le sommet, a indiqué son intention d’y organiser une réunion.", "commitment", "soft"),
    ("La France a annoncé son intention de créer un fonds commun.", "commitment", "soft"),
    ("La France a confirmé sa volonté d'en assumer la charge.", "commitment", "soft"),
    ("Le Sénégal a indiqué que la réunion aura lieu à Dakar.", "none", None),
    # tasked, an aside between the auxiliary and its participle; an act named by its noun, considered
    ("Ils ont, en conséquence, instruit leurs Gouvernements respectifs de prendre toutes les mesures nécessaires.",
     "commitment", "firm"),
    ("Les deux parties envisagent la création à Dakar d'un centre de formation.", "commitment", "soft"),
    ("Les deux parties envisagent la situation avec inquiétude.", "none", None),
    # a clitic between the subject and its verb; striving is soft, as in English
    ("Le Sénégal et la France y contribueront à hauteur de 10 millions d’euros.", "commitment", "firm"),
    ("Le Sénégal et la France en assureront le suivi.", "commitment", "firm"),
    ("Les deux pays s’efforceront de développer la coopération régionale.", "commitment", "soft"),
    # a third person singular of planning; attending confirmed
    ("La France prévoit en outre d'engager 300 millions d'euros.", "commitment", "soft"),
    ("La partie sénégalaise a confirmé sa participation au Sommet.", "commitment", "firm"),
    # another's readiness assured, a pledge recalled (with what it pledges), a commitment to a cause recalled
    ("La France a assuré la partie sénégalaise de sa disponibilité à accompagner la transition.", "commitment", "soft"),
    ("La France a rappelé l’engagement pris lors du Sommet de porter son aide à 10 milliards d’euros.",
     "commitment", "firm"),
    ("La France a rappelé l'engagement de la France en faveur de la paix.", "none", None),
    # an act named by its noun, confirmed
    ("La France a confirmé la restitution au Sénégal, avant la fin de l'année 2024, de biens culturels.",
     "commitment", "firm"),
    ("Le Sénégal a confirmé la situation.", "none", None),
    ("La France reste disposée à offrir ses bons offices si les parties le souhaitent.", "commitment", "soft"),
    # an adverb before "à"; "comptent" + infinitive means to (not "compte sur"); a relative "que" names which
    ("Le Sénégal et la France s'engagent également à renforcer la coopération.", "commitment", "firm"),
    ("Ils comptent en outre organiser à Dakar, en 2025, un forum sur l'intelligence artificielle.", "commitment", "soft"),
    ("Le Sénégal compte sur la France.", "none", None),
    ("Le Sénégal a salué la tenue du Sommet de la Francophonie, que la France accueillera à Paris.", "position", None),
    # a meeting scheduled by agreement; an owned body between commas is its owner's
    ("Les deux Chefs d'État ont convenu que la première session de la Commission mixte se tiendra à Dakar en 2025.",
     "commitment", "firm"),
    ("Les deux Chefs d'État ont convenu que la coopération est essentielle.", "none", None),
    ("Proparco, filiale de l’AFD dédiée au secteur privé, étudiera les possibilités de financement.", "commitment",
     "soft"),
])
def test_french_readiness_and_the_idiom_spare_no_effort(text, kind, strength):
    from transforms.classify import classify_sentence
    from transforms.records import DocContext as Ctx
    label = classify_sentence(text, Ctx("fr-sn", "joint_statement", "fr", ("FRA", "SEN"), 2024, "SEN"))
    assert (label.kind, label.strength) == (kind, strength)


def test_a_year_after_en_dates_the_sentence_and_an_accord_cadre_is_a_title():
    from transforms.instruments import extract_mentions
    from transforms.records import DocContext, SentenceIn
    ctx = DocContext("fr-vn", "joint_statement", "fr", ("FRA", "VNM"))
    text = ("Onze ans après l’établissement de leur Partenariat stratégique en 2013, les deux agences ont signé un "
            "Accord-cadre de coopération dans le domaine de l’espace.")
    assert [(m.name, m.kind) for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        ("Partenariat stratégique", "partnership"),
        ("Accord-cadre de coopération dans le domaine de l’espace", "agreement")]


def test_french_titles_stop_at_a_relative_and_at_en_une_and_run_over_et_de_l():
    from transforms.instruments import extract_mentions
    from transforms.records import DocContext, SentenceIn
    ctx = DocContext("ma-fr", "joint_statement", "fr", ("FRA", "MAR"))
    texts = ["Les deux Chefs d’État ont élevé le Partenariat d’exception sur lequel reposait leur relation.",
             "Ils ont traduit le Partenariat renforcé en une feuille de route.",
             "Ils ont signé un protocole d’accord entre Luxinnovation et l’Agence coréenne de promotion du commerce et "
             "de l’investissement.",
             "La prochaine Rencontre de Haut Niveau se tiendra à Paris."]
    names = [m.name for m in extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)]
    assert names == ["Partenariat d’exception", "Partenariat renforcé",
                     "protocole d’accord entre Luxinnovation et l’Agence coréenne de promotion du commerce et de "
                     "l’investissement", "Rencontre de Haut Niveau"]


def test_a_french_name_in_lower_case_after_a_definite_article_and_a_relational_word():
    from transforms.instruments import extract_mentions
    from transforms.records import DocContext, SentenceIn
    ctx = DocContext("lu-kr", "joint_statement", "fr", ("KOR", "LUX"))
    texts = ["Ils moderniseront la convention tendant à éviter les doubles impositions conclue en 1995.",
             "Ils se félicitent de la mise en œuvre de l’accord relatif au programme vacances-travail, entré en vigueur en 2023.",
             "Ils ont évoqué la convention de Vienne et le accord conclu hier."]
    found = [m.name for m in extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)]
    assert found[:2] == ["convention tendant à éviter les doubles impositions",
                         "accord relatif au programme vacances-travail"]
    assert "accord conclu hier" not in found


def test_a_name_in_quotation_marks_after_a_head_and_a_programme_of_an_agency():
    from transforms.instruments import extract_mentions
    from transforms.records import DocContext, SentenceIn
    ctx = DocContext("ci-kr", "joint_statement", "fr", ("CIV", "KOR"))
    texts = ["La Partie coréenne s’est félicitée de l’adhésion de la Côte d’Ivoire à l’initiative « K-Ricebelt », lancée en 2023.",
             "La Corée s’est engagée à soutenir ce projet à travers un programme de l’Agence coréenne de coopération "
             "internationale (KOICA) de 15 millions de dollars."]
    found = {(m.name, m.kind) for m in extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)}
    assert found == {("K-Ricebelt", "initiative")}


@pytest.mark.parametrize("text, names", [
    # two signatories, each with its acronym, inside the title
    ("Ils ont signé l’Accord de partenariat entre l’École Nationale des Eaux et Forêts (ENEF) et l’Office National "
     "des Forêts (ONF).", ["Accord de partenariat entre l’École Nationale des Eaux et Forêts et l’Office National "
                           "des Forêts"]),
    # a quality alone is no instrument; a topic makes one
    ("Ils ont réaffirmé leur volonté de bâtir un partenariat renouvelé, équilibré et respectueux de la "
     "souveraineté de chacun.", []),
    ("Ils ont signé un nouvel accord sur la pêche.", ["accord sur la pêche"]),
    # "à l'Ukraine" says to whom, not which: the Alliance here is NATO's, not a title
    ("Ils coordonneront leurs positions sur le soutien de l’Alliance à l’Ukraine.", []),
    ("Ils ont rejoint l'Alliance pour l'Ukraine.", ["Alliance pour l'Ukraine"]),
])
def test_french_signatories_with_acronyms_qualities_and_recipients(text, names):
    ctx = DocContext("fr-ga", "joint_statement", "fr", ("FRA", "GAB"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == names


def test_a_french_title_listing_its_topics_each_with_its_article():
    ctx = DocContext("fr-mg", "joint_statement", "fr", ("FRA", "MDG"))
    text = "Ils ont signé l’Accord relatif à la mobilité des étudiants, des chercheurs et des talents ; le reste suivra."
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "Accord relatif à la mobilité des étudiants, des chercheurs et des talents"]


def test_a_french_title_goes_on_past_the_acronym_of_a_body_it_names():
    ctx = DocContext("fr-cm", "joint_statement", "fr", ("CMR", "KOR"))
    texts = ["Ils ont signé l'Accord-cadre relatif aux prêts du Fonds de Coopération pour le Développement Économique "
             "(EDCF) pour la période 2024-2028.",
             "Au titre de l'Accord-cadre EDCF, la Corée mettra à disposition des financements.",
             "Ils ont signé l'Accord de partenariat économique (APE) pour renforcer les échanges."]
    mentions = extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert mentions[0].name == ("Accord-cadre relatif aux prêts du Fonds de Coopération pour le Développement "
                                "Économique pour la période 2024-2028")
    assert (mentions[-1].name, mentions[-1].short_name) == ("Accord de partenariat économique", "APE")  # its own
    assert "Accord-cadre EDCF" in mentions[0].aliases


@pytest.mark.parametrize("text, event", [
    # implementing promised: an adverb inside "mettre ... en œuvre", a future tense, "restent déterminées à"
    ("La Belgique et la Corée restent déterminées à atteindre la neutralité et à mettre pleinement en œuvre l'Accord "
     "de Paris.", "committed_to_implement"),
    ("Les deux pays mettront en œuvre l'Accord de Paris.", "committed_to_implement"),
    ("Les deux pays ont salué la mise en œuvre de l'Accord de Paris.", "implementing"),
])
def test_french_implementation_promised_or_done(text, event):
    ctx = DocContext("fr-be", "joint_statement", "fr", ("BEL", "KOR"))
    assert [m.event for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [event]


def test_a_french_instrument_created():
    ctx = DocContext("fr-vn", "joint_statement", "fr", ("FRA", "VNM"))
    text = "Ils ont décidé de créer un Dialogue stratégique au niveau des ministres des Affaires étrangères."
    assert [m.event for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == ["established"]


@pytest.mark.parametrize("text, names", [
    ("Ils ont salué le Programme d'appui à la gestion durable des aires protégées mis en œuvre par l'AFD.",
     ["Programme d'appui à la gestion durable des aires protégées"]),  # a participle ends the title
    ("Ils ont salué le Partenariat pour la mise en œuvre de l’article 6.",
     ["Partenariat pour la mise en œuvre de l’article 6"]),  # (a noun does not)
    ("La République démocratique du Congo a rejoint le Pacte de Paris pour les peuples et la planète.",
     ["Pacte de Paris pour les peuples et la planète"]),
])
def test_french_titles_end_at_a_participle_and_pacts(text, names):
    ctx = DocContext("fr-cd", "joint_statement", "fr", ("COD", "FRA"))
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == names


def test_the_congolese_side():
    from transforms.classify import classify_sentence
    from transforms.records import DocContext as Ctx
    label = classify_sentence("La partie congolaise a réaffirmé sa volonté de faire de la République Démocratique du Congo "
                              "un pays-solution.", Ctx("cd-fr", "joint_statement", "fr", ("COD", "FRA"), 2024, "COD"))
    assert (label.kind, label.actors) == ("commitment", ("COD",))



def test_a_demonstrative_before_a_capitalised_head_points_back():
    ctx = DocContext("fr-gn", "joint_statement", "fr", ("GIN", "KOR"))
    texts = ["La partie guinéenne a salué les résultats de l’Initiative K-Rice Belt, à laquelle la Guinée a adhéré.",
             "La partie coréenne poursuivra son appui à cette Initiative en vue de contribuer à l’autosuffisance en riz."]
    mentions = extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert [m.name for m in mentions] == ["Initiative K-Rice Belt"] * 2
    assert mentions[0].event == "implementing"  # its results: no meeting of an initiative is held


def test_the_head_of_state_on_a_presidencys_page_and_a_known_agency():
    from transforms.actors import ActorResolver
    resolver = ActorResolver(parties=("COD", "FRA"), publisher_country="COD")
    assert resolver.resolve("Le Chef de l'État") == ("COD",)
    assert resolver.resolve("le Bureau de recherches géologiques et minières (BRGM)") == ("FRA",)


def test_known_programmes_and_alliances_of_states_are_organisations():
    ctx = DocContext("fr-td", "joint_statement", "fr", ("KOR", "TCD"))
    text = "Ils ont salué l'action du Programme alimentaire mondial et de l'Alliance des États du Sahel."
    assert extract_mentions([SentenceIn(1, 1, text)], ctx) == []


def test_a_french_instrument_in_lower_case_named_by_its_signatories():
    ctx = DocContext("be-jp", "joint_statement", "fr", ("BEL", "JPN"))
    text = "L'accord de sécurité sociale entre la Belgique et le Japon, en vigueur depuis 2007, facilite le détachement."
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "accord de sécurité sociale entre la Belgique et le Japon"]



def test_documents_listed_in_lower_case_after_a_french_lead_in():
    ctx = DocContext("fr", "joint_statement", "fr", ("FRA", "SEN"))
    items = ["un protocole d’accord entre l’Agence française de développement et le ministère sénégalais de "
             "l’Hydraulique relatif à l’accès à l’eau potable ;",
             "un accord de coopération sur la formation des pilotes entre l’École nationale de l’aviation civile et "
             "l’Agence nationale de l’aviation civile du Sénégal ;",
             "une convention de financement relative au train express régional, d’un montant de 200 millions "
             "d’euros ;",
             "un mémorandum sera signé l’an prochain."]
    sentences = [SentenceIn(1, 1, "Les documents suivants ont été signés en présence des deux chefs d’État :")] + [
        SentenceIn(2 + i, 1, t, True, 1) for i, t in enumerate(items)]
    assert [(m.name, m.event) for m in extract_mentions(sentences, ctx)] == [
        ("Protocole d’accord entre l’Agence française de développement et le ministère sénégalais de l’Hydraulique "
         "relatif à l’accès à l’eau potable", "signed"),
        ("Accord de coopération sur la formation des pilotes", "signed"),  # (signatories after the topic: not the name)
        ("Convention de financement relative au train express régional", "signed")]  # (nor an amount)


def test_a_dated_document_in_lower_case_its_application_and_a_future_verb_ending_a_description():
    ctx = DocContext("fr", "joint_statement", "fr", ("FRA", "MAR"))
    text = ("Les travaux ont été menés en application de l’accord de 2019 sur la formation professionnelle des "
            "jeunes.")
    assert [(m.name, m.event, m.year) for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        ("accord de 2019 sur la formation professionnelle des jeunes", "implementing", 2019)]
    from transforms.instrument_titles_fr import french_complement_end
    from transforms.instrument_text import tokenize
    from transforms.instrument_vocab import load_vocab
    tokens = tokenize("le partenariat relatif aux énergies renouvelables renforcera les échanges")
    assert [t.text for t in tokens[: french_complement_end(tokens, 2, load_vocab())]][-1] == "renouvelables"


def test_the_french_article_un_is_no_united_nations_in_a_name():
    from transforms.instrument_names import identity_words

    assert "united" not in identity_words("un protocole d’accord relatif aux monnaies locales")
    assert {"united", "nation"} <= identity_words("UN Convention on the Law of the Sea")


def test_a_french_title_listing_its_topics_with_de_before_each():
    ctx = DocContext("fr", "joint_statement", "fr", ("DZA", "ITA"))
    text = ("Se référant au Traité d'amitié, de bon voisinage et de coopération signé à Alger en 2003, les deux "
            "parties ont souligné la convergence de leurs vues.")
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "Traité d'amitié, de bon voisinage et de coopération"]


def test_a_quoted_french_title_a_coined_name_after_a_head_and_qualities():
    ctx = DocContext("fr", "joint_statement", "fr", ("KOR", "SEN"))
    cases = [
        ("La KOICA mettra en œuvre le « Programme d’appui à la formation dans les métiers du numérique » dès 2025.",
         ["Programme d’appui à la formation dans les métiers du numérique"]),
        ("Les deux pays coopéreront à travers l’initiative K-Ricebelt, qui vise à produire des semences.",
         ["initiative K-Ricebelt"]),
        ("Ils ont réaffirmé leur volonté de bâtir un partenariat mutuellement bénéfique, fondé sur le respect.", []),
        ("Ils ont signé l’arrangement-cadre relatif aux prêts de l’EDCF.", ["arrangement-cadre relatif aux prêts de l’EDCF"]),
    ]
    for text, names in cases:
        assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == names, text


def test_an_exchange_of_the_following_documents_and_a_quoted_phrase_inside_a_name():
    ctx = DocContext("fr", "joint_statement", "fr", ("BEL", "IND"))
    sentences = [SentenceIn(1, 1, "Les deux Premiers ministres ont assisté à l’échange des protocoles d’accord suivants :"),
                 SentenceIn(2, 1, "un protocole d’accord entre l’imec et l’ISM relatif à la formation ;", True, 1)]
    assert [m.event for m in extract_mentions(sentences, ctx)] == ["signed"]
    text = ("Les ports ont signé une déclaration d’intention en vue de la création d’un « corridor maritime vert » "
            "entre Anvers et Mumbai d’ici 2030.")
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [
        "déclaration d’intention en vue de la création d’un « corridor maritime vert » entre Anvers et Mumbai"]
