"""Document parties, people learned from the text, and subject phrases -> ISO3 codes."""
import pytest

from transforms.actors import ActorResolver, document_parties, learn_people, title_countries

ANCHOR_TITLE = ("Leaders’ Joint Statement in Commemoration of the 60th Anniversary of Diplomatic Relations "
                "Between the Republic of Korea and Canada: Stronger Together for the Next 60 years")
ANCHOR_OPENING = ("We, President Yoon Suk Yeol of the Republic of Korea (ROK) and Prime Minister Justin Trudeau "
                  "of Canada, met today in Seoul.")


@pytest.mark.parametrize("title, opening, doc_type, publisher, expected", [
    (ANCHOR_TITLE, ANCHOR_OPENING, "joint_statement", "CAN", ("CAN", "KOR")),
    ("Statement", ANCHOR_OPENING, "joint_statement", "CAN", ("CAN", "KOR")),  # the opening alone
    ("United States-Japan Joint Leaders’ Statement", "Over the last three years, our Alliance has grown.",
     "joint_statement", "USA", ("JPN", "USA")),  # the title alone
    ("UK-France Leaders Declaration", "The Prime Minister of the United Kingdom and the President of the "
     "French Republic met today in Downing Street.", "joint_statement", "GBR", ("FRA", "GBR")),
    ("European Union-Canada summit – Joint statement", "We, the leaders of the European Union and Canada, "
     "convened today.", "joint_statement", "EUU", ("CAN", "EUU")),
    ("Joint Statement on Ukraine", "We, the leaders of Australia and India, met in Canberra.",
     "joint_statement", "AUS", ("AUS", "IND")),  # a country the statement is about is no party
    ("Joint Statement", "Prime Minister Anthony Albanese of Australia and Prime Minister Narendra Modi of India "
     "held the annual summit.", "joint_statement", None, ("AUS", "IND")),
    ("Prime Minister strengthens ties with the Republic of Korea", "The Prime Minister, Justin Trudeau, "
     "today concluded a visit to the Republic of Korea.", "news_release", "CAN", ("CAN",)),
    ("Déclaration commune des dirigeants", "Nous, le président Yoon Suk Yeol de la République de Corée et le "
     "premier ministre Justin Trudeau du Canada, nous sommes rencontrés aujourd’hui à Séoul.",
     "joint_statement", "CAN", ("CAN", "KOR")),
])
def test_document_parties(title, opening, doc_type, publisher, expected):
    assert document_parties(title, [opening, "Other text."], doc_type, publisher) == expected


def test_title_compound_wins_over_loose_mentions():
    assert title_countries("U.S.-Japan Joint Statement on Ukraine") == {"JPN", "USA"}


def test_learn_people_from_several_phrasings():
    people = learn_people([
        ANCHOR_OPENING,
        "Japanese Prime Minister KISHIDA Fumio met India's Prime Minister Narendra Modi.",
        "Anthony Albanese, Prime Minister of Australia, spoke.",
        "the President of the Republic of Korea, Yoon Suk Yeol, said",
    ])
    assert people.names["Trudeau"] == "CAN"
    assert people.names["Yoon"] == "KOR"
    assert people.names["Kishida"] == "JPN"  # upper-case surnames are folded
    assert people.names["Modi"] == "IND"
    assert people.names["Albanese"] == "AUS"
    assert "prime minister" not in people.titles  # four countries: too ambiguous to resolve alone


def test_a_title_of_a_country_before_a_name_is_that_names_not_the_one_before_the_comma():
    people = learn_people(["At the invitation of Prime Minister Lawrence Wong, President of the Republic of Korea (ROK) "
                           "Yoon Suk Yeol made an Official Visit to Singapore.",
                           "Anthony Albanese, Prime Minister of Australia welcomed the visit."])
    assert "Wong" not in people.names and "Lawrence" not in people.names
    assert people.names["Albanese"] == "AUS"


def test_unique_titles_resolve_alone():
    people = learn_people(["The Prime Minister of the United Kingdom and the President of the French Republic met."])
    uk_fr = ActorResolver(parties=("FRA", "GBR"), people=people)
    assert uk_fr.resolve("The Prime Minister") == ("GBR",)
    assert uk_fr.resolve("The Prime Minister and the President") == ("FRA", "GBR")


@pytest.fixture
def resolver():
    return ActorResolver(parties=("CAN", "KOR"), people=learn_people([ANCHOR_OPENING]))


@pytest.mark.parametrize("phrase, expected", [
    ("We", ("CAN", "KOR")),
    ("Both our countries", ("CAN", "KOR")),
    ("our two countries", ("CAN", "KOR")),
    ("the two leaders", ("CAN", "KOR")),
    ("our governments", ("CAN", "KOR")),
    ("Our Defence Ministers", ("CAN", "KOR")),
    ("The ROK and Canada", ("CAN", "KOR")),
    ("Canada and the Republic of Korea", ("CAN", "KOR")),
    ("South Korea", ("KOR",)),
    ("Canada", ("CAN",)),
    ("the ROK Ministry of National Defence and the Canadian Department of National Defence", ("CAN", "KOR")),
    ("the Government of Canada", ("CAN",)),
    ("the Ministry of Trade, Industry and Energy of the Republic of Korea", ("KOR",)),
    ("Prime Minister Trudeau", ("CAN",)),
    ("President Yoon", ("KOR",)),
    ("le Canada", ("CAN",)),
    ("la République de Corée", ("KOR",)),
    ("nos deux pays", ("CAN", "KOR")),
    ("nous", ("CAN", "KOR")),
    ("the United States", ("USA",)),
    ("the EU", ("EUU",)),
    ("the European Union", ("EUU",)),
    ("Japanese Prime Minister Kishida", ("JPN",)),
    ("Canada, Japan and the United States", ("CAN", "JPN", "USA")),
    ("the DPRK", ("PRK",)),
])
def test_resolve_actor_phrases(resolver, phrase, expected):
    assert resolver.resolve(phrase) == expected


@pytest.mark.parametrize("phrase", [
    "This MOU", "It", "Our joint efforts", "ROK’s participation", "These arrangements", "the people of Canada",
    "our like-minded partners", "Canada’s participation", "The Canada-Korea Free Trade Agreement",
])
def test_non_actor_phrases(resolver, phrase):
    assert resolver.resolve(phrase) is None


def test_third_person_pronoun_follows_last_named_leader(resolver):
    assert resolver.resolve("he", context="Prime Minister Trudeau concluded by saying that") == ("CAN",)


def test_collective_in_single_government_release_uses_named_leaders():
    people = learn_people([ANCHOR_OPENING])
    release = ActorResolver(parties=("CAN",), people=people, doc_type="news_release", publisher_country="CAN")
    assert release.resolve("the two leaders") == ("CAN", "KOR")
    assert release.resolve("they") == ("CAN", "KOR")
    assert release.resolve("We") == ("CAN",)  # the publisher speaks
    assert release.resolve("I") == ("CAN",)


def test_opening_skips_short_chrome_paragraphs():
    assert document_parties("Statement", ["Main Content", ANCHOR_OPENING], "joint_statement", "CAN") == ("CAN", "KOR")


@pytest.mark.parametrize("phrase", ["The Federal Government", "the federal government", "the Union Government",
                                    "Le gouvernement fédéral"])
def test_a_government_named_by_its_kind_is_the_publishers(phrase):
    on_its_page = ActorResolver(parties=("DEU", "IND"), publisher_country="DEU")
    assert on_its_page.resolve(phrase) == ("DEU",)
    assert ActorResolver(parties=("DEU", "IND")).resolve(phrase) is None  # no publisher: nobody's


@pytest.mark.parametrize("phrase, expected", [
    ("The Chinese side", ("CHN",)), ("the Philippine side", ("PHL",)),
    ("the Ministries of Defence", ("DEU", "IND")), ("the Departments of Foreign Affairs", ("DEU", "IND")),
])
def test_a_country_side_and_ministries_of_a_portfolio(phrase, expected):
    assert ActorResolver(parties=("DEU", "IND")).resolve(phrase) == expected


@pytest.mark.parametrize("title, expected", [
    ("Joint Statement by Canada and the Republic of Chile", {"CAN", "CHL"}),
    ("Joint Declaration between Viet Nam and the Kingdom of Cambodia", {"KHM", "VNM"}),
    ("Déclaration commune de la France et du Sénégal", {"FRA", "SEN"}),
    ("Joint Statement of Bangladesh and Sri Lanka", {"BGD", "LKA"}),
])
def test_every_state_is_known_by_name(title, expected):
    assert title_countries(title) == expected


def test_every_state_is_known_by_its_adjective_before_a_body():
    resolver = ActorResolver(parties=("CAN", "CHL"))
    assert resolver.resolve("the Chilean Ministry of Foreign Affairs") == ("CHL",)
    assert resolver.resolve("the Ghanaian side") == ("GHA",)


def test_the_two_congos_are_never_read_from_a_bare_congo():
    assert title_countries("Joint Statement of the Democratic Republic of the Congo and Belgium") == {"BEL", "COD"}
    assert title_countries("Joint Statement on the Congo Basin") == set()


@pytest.mark.parametrize("phrase, expected", [
    ("NASA", ("USA",)), ("the Japan International Cooperation Agency", ("JPN",)),
    ("UK Research and Innovation", ("GBR",)),
    ("the Japan Science and Technology Agency", ("JPN",)),  # a name with "and" inside it
    ("UK Research and Innovation and the Japan Science and Technology Agency", ("GBR", "JPN")),
    ("NASA and the ROK Ministry of Science and ICT", ("KOR", "USA")),
])
def test_national_agencies_are_their_countries(phrase, expected):
    assert ActorResolver(parties=("GBR", "JPN")).resolve(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Natural Resources Canada", ("CAN",)), ("Emploi et Développement social Canada", ("CAN",)),
    ("Statistics Canada", ("CAN",)), ("the people of Canada", None),
    ("Le Canada appuie les efforts du Mexique", None),  # a clause, not a body's name
])
def test_a_body_named_by_its_remit_then_its_country(phrase, expected):
    assert ActorResolver(parties=("CAN", "MEX")).resolve(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("The Taoiseach, Simon Harris", ("IRL",)), ("the two ministries", ("IRL", "JPN")),
    ("Singapore's Energy Market Authority", ("SGP",)), ("the Japan External Trade Organization", ("JPN",)),
    ("the Japan Society for the Promotion of Science", ("JPN",)),
])
def test_more_bodies_and_the_taoiseach(phrase, expected):
    people = learn_people(["The Taoiseach, Simon Harris, and the Prime Minister of Japan, Ishiba Shigeru, met."])
    assert ActorResolver(parties=("IRL", "JPN"), people=people).resolve(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # French bodies: the remit in lower case, the country's adjective after the body, a federal body
    ("le Ministère des Affaires étrangères du Japon", ("JPN",)),
    ("l’Agence des ressources naturelles et de l’énergie du Japon", ("JPN",)),
    ("l’Agence suisse pour l’encouragement de l’innovation", ("CHE",)),
    ("le Ministère japonais des Affaires étrangères", ("JPN",)),
    ("Le Département fédéral de la défense, de la protection de la population et des sports", ("CHE",)),
    ("L’Office fédéral de l’énergie", ("CHE",)),
    ("the Federal Ministry for Economic Affairs", ("CHE",)),  # a federal body is the publisher's
    ("Le Secrétariat d’État à l’économie", ("CHE",)),  # a national agency (vocab [agencies])
    ("Innosuisse, l’Agence suisse pour l’encouragement de l’innovation", ("CHE",)),  # name, then what it is
    ("the Federal Reserve", None),
])
def test_french_and_federal_bodies(phrase, expected):
    from transforms.actors import ActorResolver
    assert ActorResolver(parties=("CHE", "JPN"), publisher_country="CHE").resolve(phrase) == expected


def test_long_phrases_that_name_no_actor_are_read_in_one_pass():
    """A French remit runs on word by word; a long phrase that fits no pattern must fail at once, not after
    trying every way to split it (the first version of the French tail did, and never returned on this)."""
    from transforms.actors import ActorResolver
    resolver = ActorResolver(parties=("CHE", "JPN"))  # (no publisher: a ministry by its remit alone is nobody's)
    phrase = "le Ministère de " + " ".join(["la défense et de la protection"] * 40) + " voisin"
    assert resolver.resolve(phrase) is None
    assert resolver.resolve("le Ministère de la défense et de la protection de la population du Japon") == ("JPN",)


def test_an_acronym_and_a_body_named_with_the_other_country_are_one_of_each():
    resolver = ActorResolver(parties=("CAN", "FRA"), publisher_country="FRA")
    assert resolver.resolve("VIGINUM et Affaires mondiales Canada") == ("CAN", "FRA")
    assert resolver.resolve("Fisheries and Oceans Canada") == ("CAN",)  # one name


def test_a_name_closed_by_its_acronym_then_an_unknown_body_are_one_of_each():
    resolver = ActorResolver(parties=("KEN", "KOR"), publisher_country="KEN")
    assert resolver.resolve("The Korea Institute of Geoscience and Mineral Resources (KIGAM) and the State Department "
                            "for Mining") == ("KEN", "KOR")
    assert resolver.resolve("The Natural Sciences and Engineering Research Council of Kenya") == ("KEN",)


@pytest.mark.parametrize("parties, phrase, actors", [
    # two bodies the vocabulary does not know, each an acronym or named as a body: one of each party
    (("FRA", "MAR"), "L'Office national des chemins de fer (ONCF) et la SNCF", ("FRA", "MAR")),
    (("KOR", "TUR"), "The Yunus Emre Institute and the King Sejong Institute Foundation", ("KOR", "TUR")),
    (("KOR", "LUX"), "la LSA et la KASA", ("KOR", "LUX")),  # (one known: paired as before, after "la")
    # not companies by name alone, nor topics, nor known organisations
    (("KOR", "TUR"), "Samsung and Hyundai", None),
    (("KOR", "TUR"), "Peace and Security", None),
    (("KOR", "TUR"), "The Asian Development Bank and the World Bank", None),
])
def test_two_unknown_bodies_as_one_subject(parties, phrase, actors):
    assert ActorResolver(parties=parties, publisher_country=parties[0]).resolve(phrase) == actors

