"""mofa.go.kr minister's board (연설문) detail page, served as EUC-KR (Windows-949) bytes.

Board layout used by the ministry's boards: ``.board_detail`` holding
``.bo_head`` (title ``h2`` + posting time) and ``.bo_con`` (editor paragraphs,
blank lines as ``<p>&nbsp;</p>``), then attachments, the list button and
previous/next links. Characters outside KS X 1001 (é, à) become numeric
character references, as EUC-KR pages carry them.
"""
from __future__ import annotations

from _html import attr, esc

BOARD = "/minister/brd/m_20033"
NEIGHBOURS = (("302705", "2023년 신년 인사말"), ("302741", "한-일 외교장관회담 모두발언"))


def _body(lines: list[str]) -> str:
    spacer = '<p style="line-height: 1.8;">&nbsp;</p>'
    out = []
    for line in lines:
        out.append(f'<p style="line-height: 1.8;"><span style="font-size: 12pt;">{esc(line)}</span></p>')
        out.append(spacer)
    return "\n".join(out[:-1])


def head(title: str, page_title: str) -> str:
    return f"""<head>
<meta charset="euc-kr">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="외교부 장관 - 연설문">
<meta property="og:type" content="website">
<meta property="og:site_name" content="외교부">
<meta property="og:title" content="{attr(title)}">
<title>{esc(page_title)}</title>
<link rel="stylesheet" type="text/css" href="/minister/css/common.css">
<link rel="stylesheet" type="text/css" href="/minister/css/sub.css">
<script type="text/javascript" src="/minister/js/jquery-3.6.0.min.js"></script>
<script type="text/javascript">
function f_view(seq) {{ location.href = "{BOARD}/view.do?seq=" + seq; }}
</script>
</head>"""


def header() -> str:
    return f"""<div id="skipNavi"><a href="#contents">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div id="wrap">
<div id="header"><div class="header_inner">
  <h1 class="logo"><a href="/minister/index.do"><img src="/minister/img/common/logo.png" alt="외교부 장관"></a></h1>
  <ul id="gnb">
    <li><a href="/minister/wpge/m_20031/contents.do">장관 소개</a></li>
    <li><a href="/minister/brd/m_20032/list.do">장관 동정</a></li>
    <li class="on"><a href="{BOARD}/list.do">연설문</a></li>
    <li><a href="/minister/brd/m_20034/list.do">기고문 및 인터뷰</a></li>
  </ul>
  <div class="util"><a href="/www/index.do">외교부 누리집</a> <a href="/eng/index.do" lang="en">ENGLISH</a></div>
</div></div>"""


def footer() -> str:
    return """<div id="footer"><div class="footer_inner">
  <ul class="foot_menu"><li><a href="/www/wpge/m_4117/contents.do"><strong>개인정보처리방침</strong></a></li><li><a href="/www/wpge/m_4118/contents.do">저작권정책</a></li><li><a href="/www/wpge/m_4119/contents.do">찾아오시는 길</a></li></ul>
  <address>(03172) 서울특별시 종로구 사직로8길 60 외교부 | 대표전화 02-2100-2114</address>
  <p class="copyright">COPYRIGHT(C) MINISTRY OF FOREIGN AFFAIRS. ALL RIGHTS RESERVED.</p>
</div></div>"""


def document_page(doc: dict, lines: list[str]) -> str:
    prev_seq, prev_title = NEIGHBOURS[0]
    next_seq, next_title = NEIGHBOURS[1]
    return f"""<!DOCTYPE html>
<html lang="ko">
{head(doc['title'], '연설문 상세보기 | 장관 | 외교부')}
<body>
{header()}
<div id="container">
  <div class="location"><span class="home">홈</span> &gt; <span>장관</span> &gt; <strong>연설문</strong></div>
  <div id="contents">
    <h3 class="sub_tit">연설문</h3>
    <div class="board_detail">
      <div class="bo_head">
        <h2>{esc(doc['title'])}</h2>
        <ul class="bo_info"><li><span class="blind">작성일</span>{doc['posted_at']}</li><li><span>조회수</span> : 2871</li></ul>
      </div>
      <div class="bo_con">
{_body(lines)}
      </div>
      <div class="bo_file"><span class="tit">첨부파일</span><span class="none">첨부파일이 없습니다.</span></div>
    </div>
    <div class="bo_btn"><a href="{BOARD}/list.do" class="btn_list">목록</a></div>
    <ul class="bo_nav">
      <li class="prev"><span>이전글</span><a href="#" onclick="f_view('{prev_seq}');return false;">{esc(prev_title)}</a></li>
      <li class="next"><span>다음글</span><a href="#" onclick="f_view('{next_seq}');return false;">{esc(next_title)}</a></li>
    </ul>
  </div>
</div>
{footer()}
</div>
</body>
</html>
"""


def encode(page: str) -> tuple[bytes, str]:
    """Windows-949 bytes; the HTTP header carries no charset, so <meta charset> must be read."""
    return page.encode("cp949", errors="xmlcharrefreplace"), "text/html"
