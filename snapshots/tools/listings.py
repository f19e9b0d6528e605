"""Listing pages and the feed: each links the family's documents plus unrelated items.

The unrelated items (other topics, or the right topic outside the date window)
are there so discovery filters have something to drop; they have no snapshot.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from email.utils import format_datetime
from urllib.parse import urlsplit

import site_mofa
from _html import attr, display_date, esc, http_date

PM_OTHERS = [  # (nid, category, title, url, released_at, place)
    (46780, "Statements", "Statement by the Prime Minister on the 70th anniversary of the Korean War Armistice Agreement",
     "https://www.pm.gc.ca/en/news/statements/2023/07/27/statement-prime-minister-70th-anniversary-korean-war-armistice",
     "2023-07-27T12:00:00Z", "Ottawa, Ontario"),
    (46701, "News releases", "Prime Minister announces changes to the Ministry",
     "https://www.pm.gc.ca/en/news/news-releases/2023/07/26/prime-minister-announces-changes-ministry",
     "2023-07-26T15:00:00Z", "Ottawa, Ontario"),
    (46512, "Statements", "Statement by the Prime Minister on National Indigenous Peoples Day",
     "https://www.pm.gc.ca/en/news/statements/2023/06/21/statement-prime-minister-national-indigenous-peoples-day",
     "2023-06-21T11:00:00Z", "Ottawa, Ontario"),
]
CANADA_OTHERS = [  # (department, type, title, url, date)
    ("Global Affairs Canada", "news releases", "Minister Ng to lead trade mission to Japan",
     "https://www.canada.ca/en/global-affairs/news/2023/05/minister-ng-to-lead-trade-mission-to-japan.html", "2023-05-12"),
    ("Natural Resources Canada", "news releases", "Canada invests in wildfire resilience in British Columbia",
     "https://www.canada.ca/en/natural-resources-canada/news/2023/05/canada-invests-in-wildfire-resilience-in-british-columbia.html",
     "2023-05-19"),
    ("Immigration, Refugees and Citizenship Canada", "news releases", "Canada welcomes Korean War veterans’ delegation",
     "https://www.canada.ca/en/immigration-refugees-citizenship/news/2021/07/canada-welcomes-korean-war-veterans-delegation.html",
     "2021-07-27"),
]
MOFA_OTHERS = [  # (seq, title, date)
    ("302741", "한-일 외교장관회담 모두발언", "2023-01-20"),
    ("302705", "2023년 신년 인사말", "2023-01-02"),
    ("301988", "제77차 유엔총회 기조연설 관련 브리핑", "2022-09-21"),
]


def _pm_rows(docs: list[dict]) -> list[tuple]:
    rows = [(d["nid"], d["category"], d["title"], d["url"], d["released_at"], d["place"])
            for d in docs if d["site"] == "pmgcca" and d["language"] == "en"]
    return sorted(rows + PM_OTHERS, key=lambda row: row[4], reverse=True)


def _href(url: str) -> str:
    """Root-relative on www.pm.gc.ca (as the site links), absolute elsewhere."""
    parts = urlsplit(url)
    return parts.path if parts.hostname == "www.pm.gc.ca" else url


def pm_listing(docs: list[dict]) -> bytes:
    items = []
    for nid, category, title, url, released, place in _pm_rows(docs):
        when = date.fromisoformat(released[:10])
        items.append(f"""    <li class="news-row nid-{nid} {attr(category.lower().replace(' ', '-'))}">
      <div class="news-row-inner"><span class="news-type">{esc(category)}</span>
        <h2 class="title"><a href="{attr(_href(url))}" hreflang="en">{esc(title)}</a></h2>
        <div class="date"><time datetime="{released}">{display_date(when, 'en')}</time></div>
        <div class="location">{esc(place)}</div>
      </div>
    </li>""")
    rows = "\n".join(items)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.pm.gc.ca/en/news" />
<link rel="alternate" type="application/rss+xml" title="News" href="https://www.pm.gc.ca/en/news.rss" />
<title>News | Prime Minister of Canada</title>
</head>
<body class="path-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="main-container">
  <h2 class="visually-hidden">Main Container</h2>
  <header role="banner"><div class="language-switcher"><a lang="fr" hreflang="fr" href="/fr/nouvelles">Français</a></div></header>
  <div class="title-header"><div class="title-header-inner"><h1>News</h1></div></div>
  <main role="main"><a id="main-content" tabindex="-1"></a>
  <div class="view view-news view-id-news view-display-id-page_1">
   <div class="view-filters"><form action="/en/news" method="get"><label for="edit-type">Type</label><select id="edit-type" name="type"><option value="All">- Any -</option><option value="statements">Statements</option><option value="news-releases">News releases</option><option value="readouts">Readouts</option></select></form></div>
   <div class="view-content"><ul class="news-list">
{rows}
   </ul></div>
   <nav class="pager" role="navigation"><ul class="pager__items"><li class="pager__item is-active">1</li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next</a></li><li class="pager__item pager__item--last"><a href="?page=412">Last</a></li></ul></nav>
  </div>
  </main>
</div>
</body>
</html>
"""
    return page.encode("utf-8")


def pm_feed(docs: list[dict]) -> bytes:
    items = []
    for nid, category, title, url, released, _place in _pm_rows(docs):
        if released < "2023-01-01":
            continue
        stamp = datetime.fromisoformat(released.replace("Z", "+00:00"))
        items.append(f"""  <item>
    <title>{esc(title)}</title>
    <link>{esc(url)}</link>
    <pubDate>{format_datetime(stamp.astimezone(timezone.utc))}</pubDate>
    <dc:creator>Prime Minister's Office</dc:creator>
    <category>{esc(category)}</category>
    <guid isPermaLink="false">{nid} at https://www.pm.gc.ca</guid>
  </item>""")
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>News | Prime Minister of Canada</title>
  <link>https://www.pm.gc.ca/en/news</link>
  <description>News releases, statements, readouts and speeches from the Prime Minister of Canada</description>
  <language>en</language>
  <atom:link href="https://www.pm.gc.ca/en/news.rss" rel="self" type="application/rss+xml" />
{body}
</channel>
</rss>
""".encode("utf-8")


def canada_listing(docs: list[dict]) -> bytes:
    rows = [(d["department"][0], d["category"].lower() + "s", d["title"], d["url"], d["published_date"])
            for d in docs if d["site"] == "canadaca"]
    rows = sorted(rows + CANADA_OTHERS, key=lambda row: row[4], reverse=True)
    trs = "\n".join(
        f'<tr><td class="nws-tbl-ttl h6"><a href="{attr(url)}">{esc(title)}</a></td>'
        f'<td class="nws-tbl-date"><time datetime="{when}">{when}</time></td><td class="nws-tbl-dept">{esc(dept)}</td>'
        f'<td class="nws-tbl-type">{esc(kind)}</td></tr>' for dept, kind, title, url, when in rows)
    return f"""<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head><meta charset="utf-8"><title>News results - Canada.ca</title>
<meta name="dcterms.language" title="ISO639-2/T" content="eng"></head>
<body vocab="http://schema.org/" typeof="WebPage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li></ul></nav>
<main property="mainContentOfPage" class="container">
<h1 property="name" id="wb-cont">News results</h1>
<section class="mrgn-tp-xl"><h2 class="wb-inv">Search results</h2>
<table class="wb-tables table table-striped table-hover nws-tbl" id="dataset-filter">
<thead class="wb-inv"><tr><th>Title</th><th>Publication date</th><th>Department</th><th>News Type</th></tr></thead>
<tbody>
{trs}
</tbody>
</table></section>
<dl id="wb-dtmd"><dt>Date modified: </dt><dd><time property="dateModified">2023-05-31</time></dd></dl>
</main>
</body>
</html>
""".encode("utf-8")


def mofa_listing(docs: list[dict]) -> bytes:
    rows = [(str(d["seq"]), d["title"], d["published_date"]) for d in docs if d["site"] == "mofa"]
    rows = sorted(rows + MOFA_OTHERS, key=lambda row: row[2], reverse=True)
    trs = "\n".join(
        f'<tr><td class="num">{131 - i}</td><td class="title"><a href="view.do?seq={seq}" onclick="f_view(\'{seq}\');'
        f'return false;">{esc(title)}</a></td><td class="date">{when}</td><td class="hit">{1500 + 137 * i}</td></tr>'
        for i, (seq, title, when) in enumerate(rows))
    page = f"""<!DOCTYPE html>
<html lang="ko">
{site_mofa.head('연설문', '연설문 | 장관 | 외교부')}
<body>
{site_mofa.header()}
<div id="container"><div id="contents">
  <h3 class="sub_tit">연설문</h3>
  <table class="board_list"><caption><span class="blind">연설문 목록 - 번호, 제목, 등록일, 조회수</span></caption>
  <thead><tr><th scope="col">번호</th><th scope="col">제목</th><th scope="col">등록일</th><th scope="col">조회수</th></tr></thead>
  <tbody>
{trs}
  </tbody></table>
  <div class="paging"><strong>1</strong><a href="?page=2">2</a><a href="?page=3">3</a></div>
</div></div>
{site_mofa.footer()}
</div>
</body>
</html>
"""
    return page.encode("cp949", errors="xmlcharrefreplace")


def _entry(site: str, url: str, kind: str, title: str, language: str, data: bytes, content_type: str,
           links: list[str], notes: str) -> dict:
    return {"url": url, "path": "", "content_type": content_type, "kind": kind, "doc_type": None,
            "language": language, "title": title, "published_date": None, "site": site,
            "text_source": "none: listing built from the snapshot documents plus unrelated filler items",
            "links_to": links, "notes": notes, "last_modified": http_date(date(2023, 5, 31)), "data": data}


def pages(docs: list[dict]) -> list[dict]:
    pm_urls = [row[3] for row in _pm_rows(docs)]
    feed_urls = [row[3] for row in _pm_rows(docs) if row[4] >= "2023-01-01"]
    canada = [d["url"] for d in docs if d["site"] == "canadaca"] + [row[3] for row in CANADA_OTHERS]
    mofa = [f"https://www.mofa.go.kr/minister/brd/m_20033/view.do?seq={d['seq']}" for d in docs if d["site"] == "mofa"]
    mofa += [f"https://www.mofa.go.kr/minister/brd/m_20033/view.do?seq={seq}" for seq, _t, _d in MOFA_OTHERS]
    unrelated = "Unrelated filler items (invented titles/urls, no snapshot): "
    return [
        _entry("pmgcca", "https://www.pm.gc.ca/en/news", "listing", "News", "en", pm_listing(docs),
               "text/html; charset=utf-8", pm_urls,
               unrelated + "the 2023-07 items; the Korean War armistice statement is on topic but after the date window."),
        _entry("pmgcca", "https://www.pm.gc.ca/en/news.rss", "feed", "News | Prime Minister of Canada", "en",
               pm_feed(docs), "application/rss+xml; charset=utf-8", feed_urls,
               "RSS 2.0 feed of 2023 items. " + unrelated + "the 2023-06/07 items."),
        _entry("canadaca", "https://www.canada.ca/en/news/advanced-news-search/news-results.html?start=2023-04-01&end=2023-05-31",
               "listing", "News results", "en", canada_listing(docs), "text/html;charset=UTF-8", canada,
               "GCWeb news table (nws-tbl columns). " + unrelated + "the Ng, wildfire and 2021 IRCC rows."),
        _entry("mofa", "https://www.mofa.go.kr/minister/brd/m_20033/list.do", "listing", "연설문", "ko",
               mofa_listing(docs), "text/html; charset=EUC-KR", mofa,
               "EUC-KR (CP949) board list; rows link view.do?seq=<seq> and f_view('<seq>'). " + unrelated
               + "the three other speeches."),
    ]
