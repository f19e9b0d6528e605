"""Instrument mentions in Korean sentences (transforms/korean_instruments.py)."""
from __future__ import annotations

import pytest

from transforms.instruments import extract_mentions
from transforms.korean import korean_countries
from transforms.records import DocContext, SentenceIn

KO = DocContext("ko", "joint_statement", "ko", ("CAN", "KOR"))


@pytest.mark.parametrize("text, name, kind, event", [
    ("우리는 핵심광물 공급망 협력에 관한 양해각서 서명을 환영하였다.", "핵심광물 공급망 협력에 관한 양해각서", "mou", "signed"),
    ("양국은 한-캐나다 자유무역협정을 통해 교역을 확대해 왔다.", "한-캐나다 자유무역협정", "free_trade_agreement", "referenced"),
    ("우리는 양국 간 포괄적 전략적 동반자 관계를 재확인하였다.", "포괄적 전략적 동반자 관계", "partnership", "reaffirmed"),
    ("양국은 고위급 경제안보대화를 출범시켰다.", "고위급 경제안보대화", "dialogue", "launched"),
    ("우리는 산업보안 및 국방 분야 정보보호협정 협상을 개시하기로 하였다.", "산업보안 및 국방 분야 정보보호협정", "agreement",
     "negotiations_launched"),
    ("양국은 청년교류약정을 갱신하였다.", "청년교류약정", "arrangement", "renewed"),
    ("대한민국은 캐나다의 인도-태평양 경제 프레임워크 가입을 지지한다.", "인도-태평양 경제 프레임워크", "framework",
     "accession_supported"),
    # its implementation promised in the same clause; reviewed, then something else promised after a comma
    ("양측은 파리협정의 충실한 이행을 위해 기후변화 대응 협력을 강화해 나가기로 하였다.", "파리협정", "agreement",
     "committed_to_implement"),
    ("양 정상은 파리협정의 완전한 이행에 대한 의지를 재확인하였다.", "파리협정", "agreement", "committed_to_implement"),
    ("양측은 파리협정의 이행 현황을 점검하고, 고위급 교류를 활성화하기로 합의하였다.", "파리협정", "agreement",
     "implementing"),
])
def test_a_korean_instrument_name_and_its_event(text, name, kind, event):
    got = [(m.name, m.kind, m.event, m.language) for m in extract_mentions([SentenceIn(1, 1, text)], KO)]
    assert got == [(name, kind, event, "ko")]


def test_a_bare_head_is_a_common_noun_not_a_name():
    assert extract_mentions([SentenceIn(1, 1, "우리는 협정을 이행할 것이다.")], KO) == []
    assert extract_mentions([SentenceIn(1, 1, "우리는 동반자 관계를 강화하였다.")], KO) == []  # a two-word head too


@pytest.mark.parametrize("text, countries", [
    ("한미 동맹", {"KOR", "USA"}), ("한-캐나다 자유무역협정", {"CAN", "KOR"}), ("인도-태평양 전략", set()),
    ("한국과 인도는", {"IND", "KOR"}), ("대한민국과 캐나다 정상 공동성명", {"CAN", "KOR"}),
])
def test_korean_country_names_and_compounds(text, countries):
    assert korean_countries(text) == countries


@pytest.mark.parametrize("text, found", [
    ("양 정상은 2023년 9월 서명된 한-필리핀 자유무역협정(FTA)이 연내 발효를 앞두고 있는 것을 환영하였다.",
     [("한-필리핀 자유무역협정", "free_trade_agreement", "signed")]),  # the date and the qualifying verb are not the name
    ("산업통상자원부와 필리핀 환경천연자원부는 이날 핵심광물 공급망 협력 양해각서(MOU)에 서명하였다.",
     [("핵심광물 공급망 협력 양해각서", "mou", "signed")]),
])
def test_korean_names_with_an_acronym_after_them_and_a_qualifier_before(text, found):
    from transforms.korean_instruments import korean_mentions
    ctx = DocContext("ko", "joint_statement", "ko", ("KOR", "PHL"))
    assert [(m["name"], m["kind"], m["event"]) for m in korean_mentions(SentenceIn(1, 1, text), ctx)] == found


def test_korean_connectives_and_adjectives_do_not_open_a_name():
    from transforms.korean_instruments import korean_mentions
    ctx = DocContext("ko", "joint_statement", "ko", ("KOR", "PHL"))
    text = "양국은 FTA 공동위원회를 통해 협정의 이행 상황을 점검하고, 구체적인 행동계획을 마련하기로 하였다."
    assert korean_mentions(SentenceIn(1, 1, text), ctx) == []


@pytest.mark.parametrize("text, found", [
    # a title in 「」 is a name whatever its words (and the heads inside it are not read again)
    ("양측은 「한-인도네시아 디지털 협력 강화를 위한 행동계획」의 이행 현황을 점검하였다.",
     [("한-인도네시아 디지털 협력 강화를 위한 행동계획", "plan", "implementing")]),
    # signed last year (the verb qualifying it), then its implementation promised (the predicate after it)
    ("지난해 체결된 「한-베트남 기후변화 협력 양해각서」를 충실히 이행하기로 하였다.",
     [("한-베트남 기후변화 협력 양해각서", "mou", "signed"), ("한-베트남 기후변화 협력 양해각서", "mou", "committed_to_implement")]),
    ("조 장관은 「한-아세안 청년 교류 프로그램」을 내년부터 시행한다고 발표하였다.",
     [("한-아세안 청년 교류 프로그램", "initiative", "announced")]),
    # a two-word head whose first word is longer ("전략동반자 관계"); "맞아" and "동" open no name
    ("양국은 수교 30주년을 맞아 포괄적 전략동반자 관계를 수립하였다.",
     [("포괄적 전략동반자 관계", "partnership", "established")]),
    ("ㅇ 동 양해각서는 양국 협력의 제도적 기반이 될 것이다.", []),
])
def test_quoted_korean_titles_and_two_word_heads(text, found):
    from transforms.korean_instruments import korean_mentions
    ctx = DocContext("ko", "press_release", "ko", ("KOR",))
    assert [(m["name"], m["kind"], m["event"]) for m in korean_mentions(SentenceIn(1, 1, text), ctx)] == found


def test_a_korean_short_form_is_the_earlier_full_name():
    ctx = DocContext("ko-vn", "press_release", "ko", ("KOR", "VNM"))
    sentences = [SentenceIn(1, 1, "양 장관은 제1차 한-베트남 외교장관 전략대화를 개최하였다."),
                 SentenceIn(2, 1, "이번 전략대화는 양국 관계 격상 이후 처음 열렸다.")]
    assert [m.name for m in extract_mentions(sentences, ctx)] == ["한-베트남 외교장관 전략대화"] * 2


def test_signatories_a_quoted_name_and_the_documents_a_korean_lead_in_lists():
    from transforms.instruments import extract_mentions
    ctx = DocContext("ko-no", "joint_statement", "ko", ("KOR", "NOR"))
    texts = ["양국 외교부는 차관급 ‘한-노르웨이 해양대화’를 신설했다.",
             "이번 방문을 계기로 양국 정부 간 다음과 같은 양해각서(MOU)가 서명되었다.",
             "대한민국 해양수산부와 노르웨이 수산부 간 수산 협력에 관한 양해각서",
             "대한민국 국토교통부와 노르웨이 교통부 간 철도 분야 협력에 관한 양해각서",
             "양국은 ‘한-노르웨이 워킹홀리데이 협정’ 체결 협상을 조속히 개시하기로 합의했다."]
    found = [(m.name, m.event) for m in extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)]
    assert found == [("한-노르웨이 해양대화", "referenced"),
                     ("대한민국 해양수산부와 노르웨이 수산부 간 수산 협력에 관한 양해각서", "signed"),
                     ("대한민국 국토교통부와 노르웨이 교통부 간 철도 분야 협력에 관한 양해각서", "signed"),
                     ("한-노르웨이 워킹홀리데이 협정", "negotiations_launched")]


def test_korean_listed_documents_with_signatories_in_parentheses_years_first_and_an_upgrade():
    from transforms.instrument_registry import build_registry
    ctx = DocContext("ko-mn", "joint_statement", "ko", ("KOR", "MNG"))
    texts = ["양국 총리는 2021년 수립된 ‘전략적 동반자 관계’를 높이 평가하였다.",
             "양국은 EPA 협상 개시 이후 한-몽골 경제동반자협정의 조속한 타결을 위해 노력하기로 하였다.",
             "양국은 다음과 같은 문서에 서명하였다.",
             "핵심광물 공급망 협력에 관한 양해각서(산업통상자원부-광업중공업부)",
             "2024-2026 대외경제협력기금(EDCF) 차관에 관한 기본약정(기획재정부-재무부)",
             "양측은 양국 관계를 ‘포괄적 전략적 동반자 관계’로 격상하는 방안을 검토하기로 하였다."]
    mentions = extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], ctx)
    assert [(m.name, m.event) for m in mentions] == [
        ("전략적 동반자 관계", "established"), ("한-몽골 경제동반자협정", "referenced"),
        ("핵심광물 공급망 협력에 관한 양해각서", "signed"),
        ("2024-2026 대외경제협력기금(EDCF) 차관에 관한 기본약정", "signed"),
        ("포괄적 전략적 동반자 관계", "established")]
    instruments, _ = build_registry({"d": mentions})
    assert len(instruments) == 5  # the upgrade is another partnership than the first


def test_an_article_number_inside_a_korean_name_and_a_name_inside_a_longer_one():
    ctx = DocContext("ko-uz", "joint_statement", "ko", ("KOR", "UZB"))
    text = "한국 환경부와 우즈베키스탄 생태환경기후변화부 간 파리협정 제6조 이행 협력에 관한 양해각서"
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == [text]
    quoted = "양 정상은 ‘K-실크로드 협력 구상’을 환영하였다."
    assert [m.name for m in extract_mentions([SentenceIn(1, 1, quoted)], ctx)] == ["K-실크로드 협력 구상"]


@pytest.mark.parametrize("lead", ["양국 총리는 회담에 이어 다음 문서들의 서명식에 임석하였다.",
                                  "양 정상은 아래 협력 문서들이 서명된 것을 환영하였다."])
def test_korean_documents_listed_after_a_lead_in_take_its_event(lead):
    texts = [lead, "전자정부 협력에 관한 양해각서(행정안전부-디지털개발통신부)", "보건의료 협력에 관한 양해각서",
             "양측은 보건의료 협력에 관한 양해각서를 바탕으로 협력하기로 하였다."]
    mentions = extract_mentions([SentenceIn(i + 1, 1, t) for i, t in enumerate(texts)], KO)
    assert [(m.paragraph_no, m.event) for m in mentions][:2] == [(2, "signed"), (3, "signed")]
    assert mentions[-1].event != "signed"  # a sentence with its own predicate ends the list


def test_a_korean_name_may_hold_a_meetings_format():
    mentions = extract_mentions([SentenceIn(1, 1, "양측은 외교·국방 차관급 2+2 전략대화를 매년 개최하기로 하였다.")], KO)
    assert [m.name for m in mentions] == ["외교·국방 차관급 2+2 전략대화"]


@pytest.mark.parametrize("text, found", [
    # "등" (and so on) closes a list of modifiers: "전략" before "분야" is no name's end
    ("양국은 반도체, 배터리 등 전략 분야에서 협력하기로 했다.", []),
    # concluded ("맺고"); its negotiations named right after it
    ("양측은 「디지털 교역 협력 양해각서」를 맺고 후속 조치를 논의했다.", [("디지털 교역 협력 양해각서", "signed")]),
    ("양측은 한-아세안 자유무역협정(FTA) 개선 협상이 조속히 마무리되도록 노력하기로 했다.",
     [("한-아세안 자유무역협정", "negotiations_launched")]),
])
def test_korean_lists_concluded_documents_and_negotiations(text, found):
    ctx = DocContext("ko", "press_release", "ko", ("KOR",))
    assert [(m.name, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == found


def test_a_korean_acronym_defined_for_a_name_names_it_later_and_what_is_not_yet_in_force():
    ctx = DocContext("ko-ph", "press_release", "ko", ("KOR", "PHL"))
    sentences = [SentenceIn(1, 1, "양 장관은 작년 발효된 「한-칠레 자유무역협정(FTA)」의 성과를 평가하였다."),
                 SentenceIn(2, 1, "양측은 FTA 활용도를 높이기로 하였다."),
                 SentenceIn(3, 1, "칠레 측은 FTA에 따라 관세를 철폐해 나갈 것이라고 하였다."),
                 SentenceIn(4, 1, "양국은 서명된 한-칠레 투자협정이 발효를 앞두고 있음을 환영하였다.")]
    assert [(m.name, m.event) for m in extract_mentions(sentences, ctx)] == [
        ("한-칠레 자유무역협정", "implementing"), ("한-칠레 자유무역협정", "committed_to_implement"),
        ("한-칠레 자유무역협정", "committed_to_implement"), ("한-칠레 투자협정", "signed")]


@pytest.mark.parametrize("text, found", [
    ("양국은 필리핀군 현대화 사업을 지원하기로 했다.", []),  # "현대화" ends like "대화" and is none
    ("동 양해각서는 양국 외교관 연수 프로그램 교류의 기반이 될 것이다.", []),  # a programme named by its kind alone
    ("양국은 K-라이스벨트 프로그램을 확대하기로 했다.", [("K-라이스벨트 프로그램", "referenced")]),
    ("양 장관은 「한-필리핀 행동계획(2025-2029)」을 채택하기로 했다.", [("한-필리핀 행동계획(2025-2029)", "referenced")]),
])
def test_korean_words_ending_like_heads_common_programmes_and_a_plans_years(text, found):
    ctx = DocContext("ko", "press_release", "ko", ("KOR", "PHL"))
    assert [(m.name, m.event) for m in extract_mentions([SentenceIn(1, 1, text)], ctx)] == found

