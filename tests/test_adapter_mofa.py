"""mofa.go.kr adapter: the EUC-KR snapshot, an English board post, failures."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.adapters import parse_page
from extractors.errors import SelectorError
from tests.snapshot_pages import documents, expected_paragraphs, page_bytes

MOFA_DOCS = documents("mofa-kr")
ENGLISH_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press Releases | MOFA</title></head>
<body><div id="skipNavi"><a href="#contents">Skip to content</a></div>
<div class="location">Home &gt; Press &gt; Press Releases</div>
<div class="board_detail">
  <div class="bo_head"><h2>Outcome of the Korea-Japan Foreign Ministers' Meeting</h2>
    <ul class="bo_info"><li>Date : 2023.05.17</li><li>Hit : 1024</li></ul></div>
  <div class="bo_con"><div class="se-contents">
    <p>1. Minister of Foreign Affairs Park Jin held talks with his Japanese counterpart on May 16.<br>
    2. The two Ministers agreed to expand exchanges between the two countries.</p>
    <p>&nbsp;</p>
    <p>3. The two sides will hold the next meeting in Tokyo.</p>
  </div></div>
  <div class="bo_file"><span>첨부파일</span></div>
</div>
<ul class="bo_nav"><li><span>Prev</span><a href="view.do?seq=1">Earlier release</a></li></ul>
</body></html>"""


@pytest.mark.parametrize("entry", MOFA_DOCS, ids=[e["id"] for e in MOFA_DOCS])
def test_euc_kr_snapshot_matches_manifest(entry):
    content = page_bytes(entry)
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")
    doc = parse_page(content, entry["url"], entry["content_type"])
    assert doc.adapter == "mofa"
    assert doc.title == entry["title"] == "한-캐나다 수교 60주년 리셉션 축사"
    assert doc.published_on == date.fromisoformat(entry["published_date"])
    assert (doc.location, doc.language) == (entry["location"], entry["language"])
    assert [(p.text, p.is_list_item) for p in doc.paragraphs] == expected_paragraphs(entry)


def test_characters_outside_euc_kr_arrive_intact():
    entry = MOFA_DOCS[0]
    doc = parse_page(page_bytes(entry), entry["url"], entry["content_type"])
    assert "Ms. Tamara Mawhinney, Chargée d’Affaires." in [p.text for p in doc.paragraphs]
    assert any("Dr. Frank Schofield(스코필드)" in p.text for p in doc.paragraphs)
    assert not any(marker in doc.body_text for marker in ("조회수", "첨부파일", "목록", "이전글", "2023-01-12"))


def test_english_post_with_smart_editor_body_and_br_lines():
    doc = parse_page(ENGLISH_POST.encode(), "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=321")
    assert doc.title == "Outcome of the Korea-Japan Foreign Ministers' Meeting"
    assert doc.published_on == date(2023, 5, 17)
    assert doc.language == "en"
    assert [p.text for p in doc.paragraphs] == [
        "1. Minister of Foreign Affairs Park Jin held talks with his Japanese counterpart on May 16.",
        "2. The two Ministers agreed to expand exchanges between the two countries.",
        "3. The two sides will hold the next meeting in Tokyo.",
    ]


def test_missing_body_names_the_selector():
    page = ENGLISH_POST.replace('class="bo_con"', 'class="content"').encode()
    with pytest.raises(SelectorError, match=r"\.board_detail \.bo_con"):
        parse_page(page, "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=321")


KOREAN_RELEASE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보도자료 | 외교부</title></head>
<body><div class="board_detail">
  <div class="bo_head"><h2>한-인도네시아 외교장관회담 개최 결과</h2><ul class="bo_info"><li>작성일 2024-05-03</li></ul></div>
  <div class="bo_con">
    <p>1. 조태열 외교부 장관은 5.2.(목) 오후 부산 누리마루 APEC 하우스에서 레트노 마르수디 인도네시아 외교장관과 회담을 가졌다.</p>
    <p>ㅇ 양 장관은 방산 협력을 강화해 나가기로 하였다.</p>
    <p>붙임 : 회담 사진 2매.  끝.</p>
  </div>
</div></body></html>"""


def test_a_korean_release_drops_its_attachment_line_and_takes_the_meeting_place():
    doc = parse_page(KOREAN_RELEASE.encode(), "https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=1")
    assert [p.text[:12] for p in doc.paragraphs] == ["1. 조태열 외교부 장", "ㅇ 양 장관은 방산 협"]
    assert doc.location == "부산"  # "부산 누리마루 APEC 하우스에서 ... 회담을 가졌다"
    assert doc.language == "ko"
