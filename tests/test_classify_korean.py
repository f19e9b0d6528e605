"""Korean sentences (transforms/korean.py): head-final predicates, topic-marked or omitted subjects."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.records import Paragraph, ParsedDocument
from transforms.classify import classify_sentence, label_sentences
from transforms.document import SourceMeta, transform_document
from transforms.korean import korean_countries
from transforms.records import DocContext, SentenceIn

KR_CA = DocContext("ko", "joint_statement", "ko", ("CAN", "KOR"), 2023, "KOR")
KR_US = DocContext("ko-us", "joint_statement", "ko", ("KOR", "USA"), 2023, "KOR")
C = ("CAN", "KOR")
# written with the vocabulary (13 of 15 right on the first run: "트뤼도" ends like the particle "도")
FIRST = [
    ("우리, 대한민국의 윤석열 대통령과 캐나다의 쥐스탱 트뤼도 총리는 오늘 서울에서 만났다.", "none", (), None),
    ("우리는 한-캐나다 수교 60주년을 맞아 양국 간 우정의 견고함과 깊이를 재확인하였다.", "reaffirmation", C, None),
    ("양국은 역내 공동의 이익을 증진하기 위해 협력해 나갈 것이다.", "commitment", C, "firm"),
    ("우리는 북태평양 국가 간 협력을 더욱 모색하기로 합의하였다.", "commitment", C, "soft"),
    ("양 정상은 핵심광물 공급망 협력에 관한 양해각서 서명을 환영하였다.", "position", C, None),
    ("양국은 경제안보대화를 출범시켰다.", "outcome", C, None),
    ("캐나다는 2030년까지 온실가스 배출을 감축할 것이다.", "commitment", ("CAN",), "firm"),
    ("이 협정은 양국 간 교역 증진에 기여할 것이다.", "none", (), None),
    ("또한 우리는 청년 교류를 확대하기로 하였다.", "commitment", C, "firm"),
    ("우리는 북한의 탄도미사일 발사를 강력히 규탄하였다.", "position", C, None),
    ("윤석열 대통령과 트뤼도 총리는 인도-태평양 전략에 관한 협력을 강화해 나가기로 합의하였다.", "commitment", C, "firm"),
    ("트뤼도 총리는 윤 대통령의 방문을 고대하였다.", "commitment", ("CAN",), "soft"),
    ("우리는 어떠한 현상 변경 시도도 용납하지 않을 것이다.", "position", C, None),
    ("지난 60년간 양국 관계는 크게 발전해 왔다.", "none", (), None),
    ("한국과 캐나다는 2024년에 차기 회의를 개최할 것이다.", "commitment", C, "firm"),
]
C = ("KOR", "USA")
# written after it, before the classifier was run on them (10 of 12 right then: "한미 양국", present-tense "반대한다")
SECOND = [
    ("양 정상은 한미동맹이 한반도와 인도-태평양 지역의 평화와 번영의 핵심축임을 재확인하였다.", "reaffirmation", C, None),
    ("미국은 핵을 포함한 모든 범주의 군사적 능력을 동원하여 대한민국에 확장억제를 제공할 것이다.", "commitment", ("USA",), "firm"),
    ("양국은 핵협의그룹을 신설하기로 합의하였다.", "commitment", C, "firm"),
    ("윤 대통령은 바이든 대통령의 따뜻한 환대에 사의를 표하였다.", "none", (), None),
    ("두 정상은 북한의 불법적인 탄도미사일 발사를 강력히 규탄하였다.", "position", C, None),
    ("양국 정부는 반도체 공급망 협력을 강화해 나가기로 하였습니다.", "commitment", C, "firm"),
    ("이와 관련하여, 양 정상은 우주 협력을 확대하는 방안을 검토하기로 합의하였다.", "commitment", C, "soft"),
    ("한미 양국은 기후변화 대응을 위한 청정에너지 협력을 지속해 나갈 것이다.", "commitment", C, "firm"),
    ("이번 방문은 동맹 70주년을 기념하는 뜻깊은 계기가 되었다.", "none", (), None),
    ("바이든 대통령은 대한민국의 인도-태평양 전략 발표를 환영하였다.", "position", ("USA",), None),
    ("양 정상은 워싱턴 선언을 채택하였다.", "outcome", C, None),
    ("우리는 국제법에 반하는 어떠한 일방적 현상 변경 시도에도 반대한다.", "position", C, None),
]
CASES = [(KR_CA, *c) for c in FIRST] + [(KR_US, *c) for c in SECOND]


@pytest.mark.parametrize("ctx, text, kind, actors, strength", CASES, ids=[c[1][:24] for c in CASES])
def test_korean_sentence(ctx, text, kind, actors, strength):
    label = classify_sentence(text, ctx)
    assert (label.kind, label.strength) == (kind, strength)
    if kind != "none":
        assert label.actors == actors


def test_korean_commitment_carries_target_years():
    label = classify_sentence("캐나다는 2030년까지 온실가스 배출을 감축할 것이다.", KR_CA)
    assert label.target_years == (2030,)


def test_countries_named_with_particles():
    assert korean_countries("대한민국과 캐나다 정상 공동성명") == {"CAN", "KOR"}
    assert korean_countries("미합중국은 일본과 협력한다") == {"JPN", "USA"}


def test_a_korean_joint_statement_reads_its_parties_off_the_title():
    parsed = ParsedDocument(
        url="https://www.president.go.kr/x", title="대한민국과 캐나다 정상 공동성명", published_on=date(2023, 5, 17),
        location="서울", language="ko", headings=(), links=(),
        paragraphs=(Paragraph(0, "우리는 오늘 서울에서 만났다."), Paragraph(0, "양국은 핵심광물 분야 협력을 강화해 나갈 것이다.")))
    rows = transform_document(parsed, SourceMeta("https://www.president.go.kr/x", "president-kr", "KOR",
                                                 "joint_statement"), content_sha256="0" * 64)
    assert rows.context.parties == ("CAN", "KOR")
    assert [(c["actors"], c["strength"]) for c in rows.tables["core.commitments"]] == [(["CAN", "KOR"], "firm")]


def test_every_state_has_its_korean_name():
    from transforms.korean import korean_countries
    assert korean_countries("한-필리핀 수교 75주년 계기 정상 공동성명") == {"KOR", "PHL"}
    assert korean_countries("베트남과 인도네시아 정상은") == {"IDN", "VNM"}
    assert korean_countries("대만해협의 평화와 안정") == set()  # a sea, not Taiwan
    assert korean_countries("한-일 산업장관 공동 언론발표문") == {"JPN", "KOR"}  # a short form after the hyphen
    assert korean_countries("한-호 외교·국방 장관회의") == {"AUS", "KOR"}
    assert korean_countries("평화적 수단을 통해") == set()  # "means", not Sudan


@pytest.mark.parametrize("text, kind, actors", [
    ("이 이니셔티브에 따라 한국은 향후 5년간 장비와 교육훈련을 지원할 것이다.", "commitment", ("KOR",)),  # after an adverbial
    ("산업통상자원부와 필리핀 통상산업부는 협정의 활용도를 높여 나가기로 하였다.", "commitment", ("KOR", "PHL")),
    ("양 정상은 이 MOU가 협력을 제도화하는 기반이 될 것으로 기대하였다.", "none", ()),  # expected that: no action
])
def test_korean_subjects_after_adverbials_bodies_and_expectations(text, kind, actors):
    label = classify_sentence(text, DocContext("ko", "joint_statement", "ko", ("KOR", "PHL"), 2024, "KOR"))
    assert (label.kind, label.actors) == (kind, actors)


# a ministry's press release on a bilateral meeting (mofa.go.kr's board style), after a held-out one failed
# nearly whole: subjects "양 장관", a minister by surname ("조 장관", "썬 장관", learned from the opening),
# "정부" (the publisher), a body with its acronym; "-겠다", "예정이다", "하기로 하고"; each clause's own topic
KR_VN_RELEASE = [
    "조태열 외교부 장관은 10.2.(수) 오전 서울에서 방한 중인 부이 타잉 썬(Bui Thanh Son) 베트남 외교부 장관과 회담을 개최하였다.",
    "양 장관은 양국 간 교역 확대를 위해 긴밀히 협력해 나가기로 하였다.",
    "썬 장관은 한국 기업의 애로 해소를 적극 지원하겠다고 하였다.",
    "조 장관은 우리 정부가 내년에 장학 사업을 확대할 예정이라고 설명하였다.",
    "한국국제협력단(KOICA)은 2025년부터 베트남 북부에서 보건 사업을 새로 추진할 예정이다.",
    "양측은 제2차 회의를 내년 중 하노이에서 개최하기로 하고, 세부 일정은 외교 경로로 협의해 나가기로 하였다.",
    "조 장관은 베트남의 P4G 정상회의 개최를 지지하였고, 썬 장관은 APEC 정상회의의 성공을 위해 협력하겠다고 하였다.",
    "베트남 측은 이를 환영하고, 한-아세안 협력이 지역 번영에 기여할 것이라고 하였다.",
    "정부는 이번 회담을 계기로 베트남과의 협력을 한층 강화해 나갈 것이다.",
    "양국 관계 부처는 내년 상반기 중 공동위원회를 개최할 계획이다.",
]


def test_a_korean_ministry_release_on_a_bilateral_meeting():
    ctx = DocContext("kr-vn", "press_release", "ko", ("KOR",), 2024, "KOR")
    sentences = [SentenceIn(i, 1, t) for i, t in enumerate(KR_VN_RELEASE, 1)]
    got = [(x.kind, x.actors, x.strength) for x in label_sentences(sentences, ctx)]
    both = ("KOR", "VNM")
    assert got == [
        ("outcome", ("KOR",), None),  # the minister held the talks (a party's act at the meeting)
        ("commitment", both, "firm"),
        ("commitment", ("VNM",), "firm"),
        ("commitment", ("KOR",), "firm"),  # "확대할 예정" is scheduled: firm ("할 계획", a plan, is soft)
        ("commitment", ("KOR",), "firm"),
        ("commitment", both, "firm"),
        ("commitment", ("VNM",), "firm"),  # the commitment is Son's, in his own clause
        ("position", ("VNM",), None),  # the reported future is the cooperation's, no party's
        ("commitment", ("KOR",), "firm"),
        ("commitment", both, "soft"),  # "개최할 계획이다": plans to, soft as in English
    ]


@pytest.mark.parametrize("text, kind, actors", [
    # a comma between nouns lists them; only one after a connective ending joins clauses
    ("양 정상은 무역, 투자, 기술 협력을 아우르는 전략적 협력을 강화해 나가기로 하였다.", "commitment", ("KOR", "POL")),
    ("양 정상은 양국 통상장관에게 협력 방안을 마련하도록 지시하였다.", "commitment", ("KOR", "POL")),  # tasked
    ("양 정상은 행동계획을 마련하도록 양국 외교부에 지시했다.", "commitment", ("KOR", "POL")),  # tasked, object after
    ("양 정상은 이러한 협력을 위한 정책적 지원을 아끼지 않기로 했다.", "commitment", ("KOR", "POL")),  # spare no support
    ("양국은 2030년까지 공동 실증사업을 추진하는 것을 목표로 한다.", "commitment", ("KOR", "POL")),  # aims to
    ("양국은 무력에 의한 현상 변경을 인정하지 않을 것이다.", "position", ("KOR", "POL")),  # a refusal
    ("한국무역협회는 내년에 폴란드에 사무소를 개설할 것이다.", "commitment", ("KOR",)),  # a body named "한국...협회"
])
def test_korean_noun_lists_instructions_and_bodies_named_with_the_country(text, kind, actors):
    label = classify_sentence(text, DocContext("ko-pl", "joint_statement", "ko", ("KOR", "POL"), 2024, "KOR"))
    assert (label.kind, label.actors) == (kind, actors)


@pytest.mark.parametrize("text, strength", [
    ("양국은 3각 협력 방안을 모색할 것이다.", "soft"),  # will explore
    ("양국은 공동 연구를 검토할 것이다.", "soft"),
    ("양국은 청정수소 분야에서 협력 가능성을 모색해 나갈 것이다.", "soft"),  # going on exploring: still exploring
    ("양국은 이를 긍정적으로 검토하겠다고 하였다.", "soft"),  # will weigh (an intention to weigh)
    ("양국은 이를 적극 지원하겠다고 하였다.", "firm"),
    ("한국 측은 근로자 도입 규모를 확대하는 방안을 검토해 나갈 것이다.", "soft"),
    ("양국은 협력을 강화해 나갈 것이다.", "firm"),
    ("양국은 공동 실증사업을 추진하는 것을 목표로 한다.", "soft"),
])
def test_korean_verbs_of_seeking_and_aims_are_soft(text, strength):
    label = classify_sentence(text, DocContext("ko-es", "joint_statement", "ko", ("ESP", "KOR"), 2024, "KOR"))
    assert (label.kind, label.strength) == ("commitment", strength)


@pytest.mark.parametrize("text, kind, actors", [
    ("양국 총리는 외교부 간 정책협의회를 매년 개최하기로 합의하였다.", "commitment", ("KOR", "MNG")),  # the two PMs
    ("우리 측은 몽골의 민주주의를 위한 협력을 계속해 나갈 것이라고 밝혔다.", "commitment", ("KOR",)),  # our side
    # a ministry of one party and one the vocabulary does not know: one of each
    ("산업통상자원부와 광업중공업부는 핵심광물 공동 탐사 사업을 발굴하기로 하였다.", "commitment", ("KOR", "MNG")),
    ("산림청과 환경관광부는 조림 사업을 공동 추진하기로 하였다.", "commitment", ("KOR", "MNG")),
    ("몽골 측은 투자 환경의 안정성을 높이기 위해 노력해 나가기로 하였다.", "commitment", ("MNG",)),
])
def test_korean_prime_ministers_our_side_and_paired_ministries(text, kind, actors):
    label = classify_sentence(text, DocContext("ko-mn", "joint_statement", "ko", ("KOR", "MNG"), 2024, "KOR"))
    assert (label.kind, label.actors) == (kind, actors)


@pytest.mark.parametrize("text, kind, actors, strength", [
    ("한국 산업통상자원부와 우즈베키스탄 광업지질부는 공동 탐사를 추진해 나간다.", "commitment", ("KOR", "UZB"), "firm"),
    ("양측은 공동연구센터를 설립하는 방안을 검토해 나간다.", "commitment", ("KOR", "UZB"), "soft"),
    ("한국 측은 금융 지원 방안을 적극 강구한다.", "commitment", ("KOR",), "soft"),
    ("한국 측은 기술 협력을 확대할 준비가 되어 있다고 밝혔다.", "commitment", ("KOR",), "soft"),
    # efforts decided or promised, and consulting, are firm (as the Korean labels read them); weighing and plans are not
    ("양측은 상호 지지를 강화하기 위해 노력하기로 하였다.", "commitment", ("KOR", "UZB"), "firm"),
    ("한국 측은 투자 환경 개선을 위해 노력할 것이다.", "commitment", ("KOR",), "firm"),
    ("한국 측은 개발 사업에 차관을 지원할 계획이다.", "commitment", ("KOR",), "soft"),
    ("양측은 수출관리 제도를 변경할 경우 사전에 충분히 협의하기로 하였다.", "commitment", ("KOR", "UZB"), "firm"),
    ("양측은 사증 면제 범위를 확대하는 방안을 검토하기로 하였다.", "commitment", ("KOR", "UZB"), "soft"),
    # one title twice with names the text ties to no country: one of each party
    ("윤석열 대통령과 미르지요예프 대통령은 정상회의의 성공을 위해 긴밀히 협력하기로 하였다.", "commitment", ("KOR", "UZB"), "firm"),
])
def test_korean_plain_present_decisions_weighing_and_two_presidents(text, kind, actors, strength):
    label = classify_sentence(text, DocContext("ko-uz", "joint_statement", "ko", ("KOR", "UZB"), 2024, "KOR"))
    assert (label.kind, label.actors, label.strength) == (kind, actors, strength)


def test_a_formal_state_name_in_one_word_ties_a_person():
    from transforms.korean import learn_korean_people
    assert learn_korean_people(["윤석열 대한민국 대통령은 샤브카트 미르지요예프 우즈베키스탄공화국 대통령의 초청으로 방문하였다."]).get(
        "미르지요예프") == "UZB"


def test_our_government_in_a_release_a_proposal_and_an_expectation_of_the_other():
    from transforms.classify import label_sentences
    from transforms.records import SentenceIn
    ctx = DocContext("ko-ke", "press_release", "ko", ("KEN", "KOR"), 2024, "KOR")
    texts = ["조태열 외교부 장관은 무사리아 무다바디(Musalia Mudavadi) 케냐 총리 겸 외교장관과 회담을 갖고 협력 방안을 논의하였다.",
             "조 장관은 케냐의 기여를 높이 평가하고, 우리 정부도 인도적 지원을 계속 제공해 나가겠다고 하였다.",
             "조 장관은 양국 관계를 한 단계 더 도약시켜 나가자고 하였다.",
             "조 장관은 케냐가 정상회의 논의 과정에서 건설적인 역할을 해 줄 것을 기대한다고 하였다."]
    labels = label_sentences([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert [(l.kind, l.actors, l.strength) for l in labels[1:3]] == [
        ("commitment", ("KOR",), "firm"), ("commitment", ("KOR",), "soft")]
    assert labels[3].kind != "commitment"


@pytest.mark.parametrize("text, kind", [
    ("양국은 어떠한 경우에도 핵무기를 개발하지 않을 것이다.", "commitment"),  # a promise to refrain
    ("양국은 무력에 의한 현상 변경을 인정하지 않을 것이다.", "position"),  # a stance
    ("양국은 북한의 핵 보유를 결코 용납하지 않을 것이다.", "position"),
])
def test_korean_refusals(text, kind):
    label = classify_sentence(text, DocContext("ko-pl", "joint_statement", "ko", ("KOR", "POL"), 2024, "KOR"))
    assert label.kind == kind


def test_a_predicate_shared_by_two_clauses_each_with_its_own_topic():
    ctx = DocContext("ko-jp", "joint_statement", "ko", ("JPN", "KOR"), 2024, "KOR")
    label = classify_sentence("우리 측은 일본 청년을 위한 연수 기회를 확대하고, 일본 측은 장학 프로그램을 신설하기로 하였다.", ctx)
    assert (label.kind, label.actors) == ("commitment", ("JPN", "KOR"))
    label = classify_sentence("베트남 측은 지지를 표명하고, 썬 장관은 협력하겠다고 하였다.",
                              DocContext("ko-vn", "joint_statement", "ko", ("KOR", "VNM"), 2024, "KOR"))
    assert label.actors != ("KOR", "VNM")  # a clause with a predicate of its own keeps it


def test_a_purpose_clauses_subject_is_not_the_reported_promises():
    ctx = DocContext("ko-id", "joint_statement", "ko", ("IDN", "KOR"), 2024, "KOR")
    label = classify_sentence("윤 대통령은 신수도 건설 사업에 한국 기업들이 적극 참여할 수 있도록 정부 차원에서 지원해 나갈 것이라고 "
                              "밝혔다.", ctx)
    assert (label.kind, label.actors, label.strength) == ("commitment", ("KOR",), "firm")


def test_korean_items_after_a_lead_in_naming_what_follows():
    ctx = DocContext("ko-id", "joint_statement", "ko", ("IDN", "KOR"), 2024, "KOR")
    texts = ["양 정상은 경제안보 협력을 강화하기 위해 다음 사항을 추진해 나가기로 합의하였다.",
             "- 핵심광물 공급망 교란 발생 시 정보 공유 및 공동 대응 체계 구축",
             "- 전기차 배터리 및 소재 분야 공동 연구개발 확대",
             "9. 양측은 2022년 체결된 양해각서에 대해 논의하였다."]
    labels = label_sentences([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert [(l.kind, l.actors) for l in labels] == [("commitment", ("IDN", "KOR"))] * 3 + [("none", ())]
    # a sentence "아래와 같이 ... 채택하였습니다" before numbered paragraphs with predicates leads no list
    intro = ["양 정상은 아래와 같이 공동성명을 채택하였습니다.", "1. 양 정상은 회담을 가졌다.", "2. 양 정상은 협력하기로 하였다."]
    labels = label_sentences([SentenceIn(i + 1, 1, t) for i, t in enumerate(intro)], ctx)
    assert [l.kind for l in labels[1:]] == [label_sentences([SentenceIn(1, 1, t)], ctx)[0].kind for t in intro[1:]]



def test_both_countries_bodies_a_deputy_prime_minister_and_acronyms_defined_for_a_country():
    ctx = DocContext("ko-au", "joint_statement", "ko", ("AUS", "KOR"), 2024, "KOR")
    texts = ["조태열 외교부 장관은 멜버른에서 리처드 말스(Richard Marles) 호주 부총리 겸 국방부 장관과 회의를 개최하였다.",
             "양측은 한국 국방과학연구소(ADD)와 호주 국방과학기술그룹(DSTG)이 양해각서에 서명한 것을 환영하였다.",
             "양국 외교부는 사이버 대화를 신설하기로 하였다.",
             "양국 국방장관들은 후속 계획을 수립하기로 하였다.",
             "ADD와 DSTG는 공동연구 과제를 수행할 예정이다.",
             "말스 부총리는 호주가 해군 함정을 계속 파견할 것이라고 밝혔다.",
             "한국은 사업 예산을 두 배로 늘리고자 한다.",
             "양측은 2025년 중 협상 타결을 목표로 하고 있다.",
             "양국 국민은 서로를 존중한다."]
    labels = label_sentences([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    both = ("AUS", "KOR")
    assert [(l.kind, l.actors, l.strength) for l in labels[2:]] == [
        ("commitment", both, "firm"), ("commitment", both, "firm"), ("commitment", both, "firm"),
        ("commitment", ("AUS",), "firm"), ("commitment", ("KOR",), "soft"), ("commitment", both, "soft"),
        ("none", (), None)]


def test_two_clauses_each_promising_and_both_countries_ministries_with_their_remit():
    ctx = DocContext("ko-uk", "joint_statement", "ko", ("GBR", "KOR"), 2023, "KOR")
    label = classify_sentence("우리 측은 차기 AI 정상회의를 영국과 공동으로 주최할 것이며, 영국 측은 이에 적극 협력하기로 하였다.", ctx)
    assert (label.kind, label.actors) == ("commitment", ("GBR", "KOR"))
    label = classify_sentence("양국 과학기술 담당 부처는 공동 연구에 재원을 투입하는 방안을 검토할 것이다.", ctx)
    assert (label.kind, label.actors, label.strength) == ("commitment", ("GBR", "KOR"), "soft")



def test_a_release_naming_bodies_with_their_heads_and_short_names_in_parentheses():
    # a ministry's release (one government): the counterpart body's head is learned from "(장관 ...)", its own
    # ministry's short name from "이하 '...'"; "양측" is then both
    ctx = DocContext("motie-ko", "press_release", "ko", ("KOR",), 2024, "KOR")
    texts = ["중소벤처기업부(장관 오영주, 이하 ‘중기부’)는 베트남 기획투자부(장관 응우옌 찌 중)와 공동으로 하노이에서 포럼을 열었다.",
             "중기부는 내년 상반기 중 현지 지원센터를 개소할 예정이다.",
             "양측은 연내 첫 실무회의를 열기로 했다.",
             "베트남 기획투자부도 한국 기업 전용 상담 창구를 설치하기로 했다.",
             "중소기업기술정보진흥원(TIPA)과 베트남 기획투자부는 공동 펀드 조성 방안을 고려하기로 했다.",
             "베트남 측은 한국 기업의 투자 확대를 긍정적으로 고려하겠다고 밝혔다.",
             "양측은 공정한 시장 질서를 존중한다는 입장을 밝혔다."]
    labels = label_sentences([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    both = ("KOR", "VNM")
    assert [(l.kind, l.actors, l.strength) for l in labels[1:]] == [
        ("commitment", ("KOR",), "firm"), ("commitment", both, "firm"), ("commitment", ("VNM",), "firm"),
        ("commitment", both, "soft"), ("commitment", ("VNM",), "soft"), ("position", both, None)]


def test_a_counterparts_ministry_the_vocabulary_does_not_know_takes_the_country_before_it():
    from transforms.korean import learn_korean_people

    people = learn_korean_people(["이창양 장관과 압둘라 빈 아흐메드 카타르 에너지부 장관은 협정에 서명했다."])
    assert people["아흐메드"] == "QAT" and "이창양" not in people  # (no body or country before the Korean minister)


def test_any_verbs_plan_a_federal_republics_chancellor_and_a_list_lead_ending_with_a_colon():
    ctx = DocContext("ko-de", "joint_statement", "ko", ("DEU", "KOR"), 2023, "KOR")
    texts = ["올라프 숄츠 독일연방공화국 총리는 대한민국을 방문하였다.",
             "숄츠 총리는 독일이 자유무역 원칙을 계속 옹호해 나갈 것이라고 답하였다.",
             "한국 정부는 내년까지 독일 내 문화원을 두 곳 늘릴 계획이다."]
    labels = label_sentences([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert [(l.kind, l.actors, l.strength) for l in labels[1:]] == [
        ("commitment", ("DEU",), "firm"), ("commitment", ("KOR",), "soft")]
    from transforms.instruments import extract_mentions
    sentences = [SentenceIn(1, 1, "이번 방문을 계기로 다음과 같은 양해각서가 서명되었다:"),
                 SentenceIn(2, 1, "「수소 협력에 관한 양해각서」(산업통상자원부-독일 연방경제기후보호부)")]
    assert [(m.name, m.event) for m in extract_mentions(sentences, ctx)] == [("수소 협력에 관한 양해각서", "signed")]


def test_a_clause_with_its_own_past_predicate_shares_no_topic_and_views_held_alike():
    ctx = DocContext("ko-cl", "press_release", "ko", ("CHL", "KOR"), 2024, "KOR")
    texts = ["조태열 외교부 장관은 알베르토 반 클라베렌 칠레 외교장관과 회담을 가졌다.",
             "조 장관은 우리 기업의 안전을 위한 협조를 요청했으며, 클라베렌 장관은 이에 적극 협조하겠다고 답했다.",
             "양 장관은 어떠한 무력 사용도 용인될 수 없다는 데 의견을 같이했다."]
    labels = label_sentences([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert [(l.kind, l.actors) for l in labels[1:]] == [("commitment", ("CHL",)), ("position", ("CHL", "KOR"))]


def test_an_intention_or_readiness_stated_is_soft():
    ctx = DocContext("ko-it", "joint_statement", "ko", ("ITA", "KOR"), 2024, "KOR")
    for text, actors in [("이탈리아 측은 한국 학생을 위한 장학 프로그램을 확대할 의향을 밝혔다.", ("ITA",)),
                         ("한국 측은 공동 연구에 참여할 용의가 있다고 밝혔다.", ("KOR",))]:
        label = classify_sentence(text, ctx)
        assert (label.kind, label.actors, label.strength) == ("commitment", actors, "soft"), text


def test_a_minister_with_the_ministry_in_one_word_and_a_hyphenated_foreign_name():
    from transforms.korean import learn_korean_people
    people = learn_korean_people(["신원식 국방부장관은 방한 중인 브와디스와프 코시니아크-카미시 폴란드 부총리 겸 국방부장관과 "
                                  "회담을 개최했다."])
    assert people["신"] == "KOR" and people["코시니아크-카미시"] == "POL" and "중인" not in people
