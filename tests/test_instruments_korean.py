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
