"""Generic adapter on hand-made pages from sites it has never seen (other governments, other styles)."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.adapters import adapter_for_url, parse_page
from extractors.errors import EmptyDocument, ParseError

WHITE_HOUSE = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Joint Statement from the United States and Japan | The White House</title>
<meta property="og:title" content="Joint Statement from the United States and Japan | The White House">
<meta property="og:site_name" content="The White House">
<meta property="article:published_time" content="2023-05-18T21:14:03+00:00">
<script>window.wp = {};</script></head>
<body class="post-template-default single">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header"><nav aria-label="Main"><ul><li><a href="/administration/">Administration</a></li>
<li><a href="/briefing-room/">Briefing Room</a></li></ul></nav></header>
<main id="content">
 <div class="wp-block-whitehouse-topper"><a rel="tag" href="/briefing-room/statements-releases/">Statements and Releases</a>
  <h1 class="wp-block-whitehouse-topper__headline">Joint Statement from the United States and Japan</h1>
  <div class="wp-block-post-date"><time datetime="2023-05-18T17:14:03-04:00">May 18, 2023</time></div></div>
 <div class="entry-content wp-block-post-content">
  <p>President Joseph R. Biden, Jr. and Prime Minister Kishida Fumio met today in Hiroshima.</p>
  <p>The leaders will deepen cooperation on critical minerals and clean energy supply chains.</p>
  <h2>Economic Security</h2>
  <p>The two countries launched a dialogue on economic security.</p>
  <ul><li>Strengthen semiconductor supply chains;</li><li>Coordinate export controls.</li></ul>
  <p>###</p>
 </div>
 <div class="share"><h2>Share</h2><a href="https://twitter.com/intent/tweet">Twitter</a></div>
</main>
<footer><p>The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500</p></footer>
</body></html>"""

JAPAN_MOFA = """<!DOCTYPE html><html lang="ja"><head><meta charset="Shift_JIS">
<title>日加首脳会談 | 外務省</title></head><body>
<div id="header"><ul class="gnavi"><li><a href="/index.html">ホーム</a></li><li><a href="/press/">会見・発表・広報</a></li></ul></div>
<div id="breadcrumb" class="breadcrumb"><a href="/index.html">トップページ</a> &gt; 日加首脳会談</div>
<div id="maincontents"><div class="main">
 <h1 class="title1">日加首脳会談</h1>
 <p class="rightalign">令和5年5月18日</p>
 <div class="any-area">
  <p>5月18日、広島において岸田文雄内閣総理大臣とトルドー・カナダ首相との間で首脳会談が行われました。</p>
  <h2>1 二国間関係</h2>
  <p>両首脳は、日加関係を更に強化していくことで一致しました。</p>
  <h2>2 地域情勢</h2>
  <p>両首脳は、インド太平洋地域の平和と安定のために協力していくことで一致しました。</p>
 </div>
</div></div>
<div id="footer"><p>Copyright &copy; Ministry of Foreign Affairs of Japan</p></div>
</body></html>"""

EU_PRESS_CORNER = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Joint statement EU-Canada Summit - European Commission</title>
<meta name="description" content="Statement"></head><body>
<header class="ecl-site-header"><a href="https://commission.europa.eu">European Commission</a>
<nav class="ecl-menu"><a href="/presscorner/home/en">Press corner</a></nav></header>
<main>
 <div class="ecl-page-header"><div class="ecl-page-header__meta">Statement | 24 November 2023 | St. John's</div>
 <h1 class="ecl-page-header__title">Joint statement EU-Canada Summit</h1></div>
 <div class="ecl-paragraph">
  <p>We, the leaders of the European Union and Canada, met today in St. John's.</p>
  <p>We are determined to step up our cooperation on climate action and on critical raw materials.</p>
  <p>The EU and Canada will launch a Green Alliance.</p>
 </div>
 <aside><h2>Related media</h2><a href="/media/1">Photos</a></aside>
 <div class="ecl-paragraph"><h3>Print friendly pdf</h3></div>
</main>
<footer class="ecl-footer"><p>Contact the European Commission</p></footer>
</body></html>"""

GOV_UK_TEXT_DATE = """<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>UK-Republic of Korea Downing Street Accord - GOV.UK</title></head><body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header role="banner"><a href="https://www.gov.uk/">GOV.UK</a></header>
<div class="govuk-width-container">
 <div class="gem-c-title"><h1 class="gem-c-title__text govuk-heading-l">UK-Republic of Korea Downing Street Accord</h1></div>
 <div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/government/organisations/prime-ministers-office">Prime Minister's Office</a></dd>
 <dt>Published</dt><dd>22 November 2023</dd></dl></div>
 <div id="main-content" class="govuk-grid-row">
  <div class="govspeak">
   <p>The Prime Minister of the United Kingdom and the President of the Republic of Korea have agreed the Downing Street Accord.</p>
   <h2>A Global Strategic Partnership</h2>
   <p>Both countries will hold an annual Strategic Dialogue between Foreign Ministers.</p>
  </div>
 </div>
</div>
<footer class="govuk-footer"><a href="/help/cookies">Cookies</a></footer>
</body></html>"""

DIV_SOUP_DATELINE = """<html><head><title>Media statement</title></head><body>
<div id="top"><a href="/">Home</a> | <a href="/media">Media</a></div>
<div class="wrapper"><div class="left"><a href="/a">Link one</a><br><a href="/b">Link two</a></div>
<div class="col">
 <h1>Australia-Republic of Korea Leaders' Statement</h1>
 <p>CANBERRA, 5 December 2023</p>
 <p>Prime Minister Anthony Albanese and President Yoon Suk Yeol held talks today.</p>
 <p>The leaders agreed to elevate the relationship and will meet again next year.</p>
</div></div>
<div id="bottom">Copyright Commonwealth of Australia</div>
</body></html>"""


def test_white_house_wordpress_statement():
    doc = parse_page(WHITE_HOUSE.encode(), "https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/18/x/")
    assert doc.adapter == "generic"
    assert doc.title == "Joint Statement from the United States and Japan"
    # no dateline: the place is where the opening says the leaders met
    assert (doc.published_on, doc.language, doc.location) == (date(2023, 5, 18), "en", "Hiroshima")
    assert doc.headings == ("Economic Security",)
    assert [p.text for p in doc.paragraphs] == [
        "President Joseph R. Biden, Jr. and Prime Minister Kishida Fumio met today in Hiroshima.",
        "The leaders will deepen cooperation on critical minerals and clean energy supply chains.",
        "The two countries launched a dialogue on economic security.",
        "Strengthen semiconductor supply chains;", "Coordinate export controls."]  # "###" ends the release
    assert [p.is_list_item for p in doc.paragraphs][3:5] == [True, True]
    assert "Twitter" not in doc.body_text and "Pennsylvania" not in doc.body_text


def test_japanese_mofa_page_in_shift_jis_with_era_date():
    doc = parse_page(JAPAN_MOFA.encode("cp932"), "https://www.mofa.go.jp/mofaj/na/na2/ca/page1_001680.html")
    assert doc.title == "日加首脳会談"
    assert (doc.published_on, doc.language) == (date(2023, 5, 18), "ja")
    assert doc.headings == ("1 二国間関係", "2 地域情勢")
    assert [p.section_no for p in doc.paragraphs] == [0, 1, 2]
    assert doc.paragraphs[0].text.startswith("5月18日、広島において")
    assert "トップページ" not in doc.body_text and "Copyright" not in doc.body_text


def test_eu_press_corner_statement_with_place_in_the_meta_line():
    doc = parse_page(EU_PRESS_CORNER.encode(), "https://ec.europa.eu/commission/presscorner/detail/en/statement_23_6011")
    assert doc.title == "Joint statement EU-Canada Summit"
    assert (doc.published_on, doc.language) == (date(2023, 11, 24), "en")
    assert [p.text for p in doc.paragraphs] == [
        "We, the leaders of the European Union and Canada, met today in St. John's.",
        "We are determined to step up our cooperation on climate action and on critical raw materials.",
        "The EU and Canada will launch a Green Alliance."]
    assert "Related media" not in doc.headings


def test_date_printed_only_as_text_after_the_title():
    doc = parse_page(GOV_UK_TEXT_DATE.encode(), "https://www.gov.uk/government/publications/uk-rok-accord")
    assert doc.title == "UK-Republic of Korea Downing Street Accord"
    assert doc.published_on == date(2023, 11, 22)
    assert doc.headings == ("A Global Strategic Partnership",)
    assert len(doc.paragraphs) == 2 and "Cookies" not in doc.body_text


def test_div_soup_page_with_dateline_paragraph():
    doc = parse_page(DIV_SOUP_DATELINE.encode("latin-1"), "https://www.pm.gov.au/media/x")
    assert doc.title == "Australia-Republic of Korea Leaders' Statement"
    assert (doc.published_on, doc.location, doc.language) == (date(2023, 12, 5), "Canberra", "en")
    assert [p.text for p in doc.paragraphs] == [
        "Prime Minister Anthony Albanese and President Yoon Suk Yeol held talks today.",
        "The leaders agreed to elevate the relationship and will meet again next year."]


@pytest.mark.parametrize("url, expected", [
    ("https://www.pm.gc.ca/en/news", "pmgcca"), ("https://pm.gc.ca/fr/node/1", "pmgcca"),
    ("https://www.canada.ca/en/news.html", "canadaca"), ("https://www.mofa.go.kr/eng/index.do", "mofa"),
    ("https://www.whitehouse.gov/", "generic"), ("https://notpm.gc.ca.example.org/", "generic")])
def test_adapter_is_picked_by_domain(url, expected):
    assert adapter_for_url(url) == expected


def test_explicit_adapter_name_wins_over_the_domain():
    doc = parse_page(WHITE_HOUSE.encode(), "https://www.pm.gc.ca/en/x", adapter="generic")
    assert doc.adapter == "generic"
    with pytest.raises(ParseError, match="unknown adapter"):
        parse_page(WHITE_HOUSE.encode(), "https://x.org/", adapter="nope")


def test_page_without_title_and_without_text_fail_by_name():
    with pytest.raises(ParseError, match="no title"):
        parse_page(b"<html><body><main><p>Text without any title.</p></main></body></html>", "https://x.org/a")
    with pytest.raises(EmptyDocument):
        parse_page(b"<html><head><title>T</title></head><body><nav><p>Menu</p></nav></body></html>", "https://x.org/b")
    with pytest.raises(EmptyDocument, match="empty response body"):
        parse_page(b"   ", "https://x.org/c")


# Three more sites, written before the adapter was run on them (each had a defect then: the title repeated
# as a section heading, a "Print Email" tool bar and a closing "New Delhi<br>March 19, 2022" run together
# as body lines; a date-and-topic line as the first paragraph; the location printed in a metadata field).
MEA = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>India-Japan Joint Statement: Partnership for a Peaceful, Stable and Prosperous Post-COVID World</title>
<link rel="stylesheet" href="/css/style.css"></head><body>
<div class="topBar"><a href="#skipCont">Skip to main content</a> | <a href="/screen-reader-access.htm">Screen Reader Access</a> | A- A A+</div>
<div class="header"><a href="/"><img src="/images/logo.png" alt="Ministry of External Affairs, Government of India"></a>
<ul class="menu"><li><a href="/about-us.htm">About MEA</a></li><li><a href="/press-releases.htm">Press Releases</a></li><li><a href="/bilateral-documents.htm">Bilateral/Multilateral Documents</a></li></ul></div>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/bilateral-documents.htm">Bilateral/Multilateral Documents</a></div>
<div class="innerPage"><div class="leftNav"><h3>Media Center</h3><ul><li><a href="/speeches.htm">Speeches & Statements</a></li><li><a href="/interviews.htm">Interviews</a></li></ul></div>
<div class="innerContent" id="innerContent">
<h2 class="innerHeading">India-Japan Joint Statement: Partnership for a Peaceful, Stable and Prosperous Post-COVID World</h2>
<p class="date">March 19, 2022</p>
<div class="fontSizeBox"><a href="#">Print</a> <a href="#">Email</a></div>
<p>1. Prime Minister of Japan, H.E. Mr. KISHIDA Fumio, paid an official visit to India on 19-20 March 2022 for the 14th India-Japan Annual Summit with Prime Minister of India, Shri Narendra Modi.</p>
<p>2. The two Prime Ministers reaffirmed their commitment to a free and open Indo-Pacific.</p>
<p>3. Both sides agreed to further strengthen cooperation in the field of semiconductors.</p>
<p><strong>New Delhi<br>March 19, 2022</strong></p>
</div></div>
<div class="footer"><ul><li><a href="/website-policies.htm">Website Policies</a></li><li><a href="/contact-us.htm">Contact Us</a></li></ul><p>Content Owned by Ministry of External Affairs, Government of India. Last Updated: 20-03-2022</p></div>
</body></html>"""

ELYSEE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Déclaration conjointe de la France et du Canada | Élysée</title>
<meta property="og:title" content="Déclaration conjointe de la France et du Canada"></head><body>
<header><nav><a href="/">Accueil</a><a href="/emmanuel-macron">Emmanuel Macron</a><a href="/toutes-les-actualites">Actualités</a></nav></header>
<main><article>
<p class="article__category">Déclarations</p>
<h1 class="article__title">Déclaration conjointe de la France et du Canada</h1>
<p class="article__date"><time datetime="2024-09-26">26 septembre 2024</time> - Thématique : Europe et International</p>
<div class="article__content">
<p>Le Président de la République, Emmanuel Macron, et le Premier ministre du Canada, Justin Trudeau, se sont réunis à Ottawa.</p>
<p>La France et le Canada renforceront leur coopération dans le domaine de l'intelligence artificielle.</p>
<h2>Climat et énergie</h2>
<p>Les deux dirigeants ont convenu de créer un groupe de travail sur les minéraux critiques.</p>
</div>
<aside class="article__share"><h2>Partager</h2><a href="#">Facebook</a><a href="#">X</a></aside>
<section class="related"><h2>Voir aussi</h2><ul><li><a href="/x">Entretien avec le Premier ministre</a></li></ul></section>
</article></main>
<footer><a href="/mentions-legales">Mentions légales</a><p>© Présidence de la République</p></footer>
</body></html>"""

AU_PM = """<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Joint Statement on the Comprehensive Strategic Partnership between Australia and Japan | Prime Minister of Australia</title>
<meta name="dcterms.date" content="2023-10-22T12:00:00+11:00"></head><body class="path-node page-node-type-media">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="region region-header"><nav role="navigation" aria-labelledby="block-pmc-main-menu"><ul class="menu"><li><a href="/media">Media</a></li><li><a href="/about">About</a></li></ul></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<h1 class="page-title"><span class="field field--name-title">Joint Statement on the Comprehensive Strategic Partnership between Australia and Japan</span></h1>
<div class="media-meta"><div class="field--name-field-release-type">Joint statement</div>
<div class="field--name-field-date"><time datetime="2023-10-22T01:00:00Z">22 October 2023</time></div>
<div class="field--name-field-location">Tokyo, Japan</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>Prime Minister Anthony Albanese and Prime Minister Kishida Fumio met in Tokyo.</p>
<p>The leaders will elevate the relationship to a Special Strategic Partnership.</p>
</div>
<div class="field--name-field-transcript-tags"><a href="/tags/japan">Japan</a></div>
</div></main>
<footer role="contentinfo"><p>Authorised by the Australian Government, Canberra</p></footer>
</body></html>"""


def test_mea_page_drops_title_heading_tool_bar_and_sign_off():
    doc = parse_page(MEA.encode(), "https://www.mea.gov.in/bilateral-documents.htm?dtl/34991")
    assert doc.title.startswith("India-Japan Joint Statement: Partnership")
    assert (doc.published_on, doc.location, doc.language, doc.headings) == (date(2022, 3, 19), "New Delhi", "en", ())
    assert [p.text[:3] for p in doc.paragraphs] == ["1. ", "2. ", "3. "]
    assert all(p.section_no == 0 for p in doc.paragraphs)


def test_elysee_page_drops_the_date_and_topic_line():
    doc = parse_page(ELYSEE.encode(), "https://www.elysee.fr/emmanuel-macron/2024/09/26/declaration-conjointe")
    assert (doc.title, doc.published_on, doc.language) == (
        "Déclaration conjointe de la France et du Canada", date(2024, 9, 26), "fr")
    assert doc.headings == ("Climat et énergie",)
    assert doc.paragraphs[0].text.startswith("Le Président de la République")
    assert len(doc.paragraphs) == 3 and "Partager" not in doc.body_text


def test_australian_pm_page_takes_the_location_field_beside_the_date():
    doc = parse_page(AU_PM.encode(), "https://www.pm.gov.au/media/joint-statement-japan")
    assert (doc.published_on, doc.location) == (date(2023, 10, 22), "Tokyo")
    assert [p.text[:20] for p in doc.paragraphs] == ["Prime Minister Antho", "The leaders will ele"]


def test_a_closing_line_without_a_date_stays_body():
    html = ("<html><head><title>Joint Statement</title></head><body><main><h1>Joint Statement</h1>"
            "<p>The leaders will meet again in 2025 to review the partnership.</p>"
            "<p>Prime Minister of Canada</p></main></body></html>")
    doc = parse_page(html.encode(), "https://example.org/statement")
    assert [p.text for p in doc.paragraphs][-1] == "Prime Minister of Canada" and doc.location is None


def test_a_br_inside_inline_markup_splits_the_line():
    html = ("<html><head><title>Statement</title></head><body><main><h1>Statement</h1>"
            "<p>The two sides agreed to hold the next summit in Seoul.</p>"
            "<p><b>First line<br>Second line</b> of text</p></main></body></html>")
    doc = parse_page(html.encode(), "https://example.org/statement")
    assert [p.text for p in doc.paragraphs][1:] == ["First line", "Second line of text"]


# Three more, written before the adapter was run on them: the Council's page had no body container the
# adapter knew and its short metadata lines pulled the body up to the whole column; Beehive's "Thursday,
# 18 April 2024" gave the place "Thursday"; the Korean page has no h1 and its date sits beside an h3.
CONSILIUM = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Joint statement following the EU-Japan summit - Consilium</title>
<meta property="og:title" content="Joint statement following the EU-Japan summit"><meta name="description" content="Joint statement by President Michel, President von der Leyen and Prime Minister Kishida"></head><body>
<div id="cookie-consent-banner"><p>This site uses cookies. <a href="/cookies">Find out more</a></p><button>Accept</button></div>
<header class="header"><a class="logo" href="/en/">Council of the European Union</a><nav class="main-nav"><ul><li><a href="/en/press/">Press</a></li><li><a href="/en/meetings/">Meetings</a></li></ul></nav></header>
<div class="container"><ol class="breadcrumb"><li><a href="/en/">Home</a></li><li><a href="/en/press/">Press</a></li><li>Press releases</li></ol>
<div class="row"><div class="col-md-9">
<p class="content-type">Statements and remarks</p>
<h1>Joint statement following the EU-Japan summit</h1>
<p class="date-time">13 July 2023 <span>17:30</span></p>
<div class="council-flexify"><p class="share-label">Share</p><a href="https://twitter.com/share">Twitter</a><a href="https://www.facebook.com/share">Facebook</a><a href="mailto:">Email</a></div>
<div class="press-content">
<p>1. We, the leaders of the European Union and Japan, met today in Brussels for the 29th EU-Japan Summit.</p>
<p>2. We will deepen our Strategic Partnership on the basis of shared values.</p>
<h2>Security and defence</h2>
<p>3. We agreed to launch a Security and Defence Partnership.</p>
</div>
<div class="press-contact"><h3>Press office - General Secretariat of the Council</h3><p>Rue de la Loi 175 - B-1048 Bruselas - Tel.: +32 2 281 6319</p><p>press.office@consilium.europa.eu</p></div>
</div><div class="col-md-3"><aside><h3>Related meetings</h3><a href="/en/meetings/x">EU-Japan summit, 13 July 2023</a></aside></div></div></div>
<footer><ul><li><a href="/en/contact/">Contact</a></li><li><a href="/en/about-site/privacy/">Privacy</a></li></ul></footer>
</body></html>"""
BEEHIVE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Joint Statement: New Zealand and Singapore | Beehive.govt.nz</title>
<meta property="og:site_name" content="Beehive.govt.nz"></head><body>
<header role="banner"><a href="/">Beehive.govt.nz</a><nav><a href="/releases">Releases</a><a href="/speeches">Speeches</a></nav></header>
<main role="main"><article class="release">
<div class="release__header"><h1 class="release__title">Joint Statement: New Zealand and Singapore</h1>
<div class="release__meta"><span class="release__date">Thursday, 18 April 2024</span><span class="release__type">Joint Statement</span></div>
<div class="release__ministers">Hon Christopher Luxon<br>Prime Minister</div></div>
<div class="release__body"><div class="field--name-body">
<p>Prime Minister Christopher Luxon and Prime Minister Lee Hsien Loong met in Singapore on 16 April 2024.</p>
<p>The Prime Ministers agreed to elevate the relationship to a Comprehensive Strategic Partnership by 2025.</p>
<p>New Zealand and Singapore will deepen cooperation on food security.</p>
</div></div>
<div class="release__portfolio"><h2>Portfolio</h2><a href="/portfolio/prime-minister">Prime Minister</a></div>
</article></main>
<footer role="contentinfo"><a href="/copyright">Copyright</a></footer></body></html>"""
KOREA = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Joint Statement of the Republic of Korea and the United States | Office of the President</title></head><body>
<div id="skip"><a href="#container">Skip to content</a></div>
<div id="header"><div class="gnb"><a href="/eng/briefing">Briefing</a><a href="/eng/speech">Speeches</a></div></div>
<div id="container"><div class="sub_title"><p class="cate">Briefing</p></div>
<div class="view_wrap"><div class="view_top"><h3 class="tit">Joint Statement of the Republic of Korea and the United States</h3>
<ul class="info"><li class="date">2023.04.26</li><li class="hit">Hit 1,234</li></ul></div>
<div class="view_con">
<p>President Yoon Suk Yeol and President Joseph R. Biden, Jr. met at the White House.</p>
<p>&nbsp;</p>
<p>The two Presidents committed to expanding the Alliance's cooperation into space.</p>
<p>The ROK will continue to abide by its obligations under the Treaty on the Non-Proliferation of Nuclear Weapons.</p>
</div>
<div class="view_btn"><a href="/eng/briefing" class="btn_list">List</a></div>
<div class="view_nav"><dl><dt>Prev</dt><dd><a href="/eng/briefing/1">Remarks by President Yoon at the State Dinner</a></dd></dl><dl><dt>Next</dt><dd><a href="/eng/briefing/3">Washington Declaration</a></dd></dl></div>
</div></div>
<div id="footer"><p>Copyright (c) Office of the President. All Rights Reserved.</p></div></body></html>"""


def test_council_page_body_is_the_prose_block_not_the_column_of_metadata():
    doc = parse_page(CONSILIUM.encode(), "https://www.consilium.europa.eu/en/press/press-releases/2023/07/13/x/")
    assert (doc.title, doc.published_on) == ("Joint statement following the EU-Japan summit", date(2023, 7, 13))
    assert doc.headings == ("Security and defence",)
    assert [p.text[:3] for p in doc.paragraphs] == ["1. ", "2. ", "3. "]


def test_a_weekday_beside_the_date_is_not_a_place():
    doc = parse_page(BEEHIVE.encode(), "https://www.beehive.govt.nz/release/joint-statement")
    # "Thursday" beside the date is no place; the place is where the opening says they met
    assert (doc.published_on, doc.location) == (date(2024, 4, 18), "Singapore")
    assert len(doc.paragraphs) == 3 and "Portfolio" not in doc.body_text


def test_date_beside_a_title_printed_in_an_h3():
    doc = parse_page(KOREA.encode(), "https://eng.president.go.kr/briefing/2")
    assert (doc.title, doc.published_on) == ("Joint Statement of the Republic of Korea and the United States",
                                             date(2023, 4, 26))
    assert [p.text[:9] for p in doc.paragraphs] == ["President", "The two P", "The ROK w"]


def test_a_bold_phrase_heading_a_paragraph_before_a_line_break_is_a_section_heading():
    html = ("<html><head><title>Canada-Mexico Joint Leaders' Statement</title></head><body><main>"
            "<h1>Canada-Mexico Joint Leaders' Statement</h1><div class=\"entry-content\">"
            "<p>The leaders met today in Ottawa, where they agreed to deepen cooperation.</p>"
            "<p><strong><u>Cooperation for Prosperity</u></strong><br>The two leaders will expand trade.</p>"
            "<p><strong>Note:</strong> this is not a heading.</p>"
            "<p><strong>Next Steps</strong></p><p>The leaders will meet again.</p></div></main></body></html>")
    doc = parse_page(html.encode(), "https://example.org/statement")
    assert doc.headings == ("Cooperation for Prosperity", "Next Steps")
    assert [(p.section_no, p.text) for p in doc.paragraphs] == [
        (0, "The leaders met today in Ottawa, where they agreed to deepen cooperation."),
        (1, "The two leaders will expand trade."),
        (1, "Note: this is not a heading."),
        (2, "The leaders will meet again."),
    ]


CHANCELLERY = """<!DOCTYPE html><html lang="en"><head><title>Joint Statement | The Federal Government</title></head>
<body class="page-with-share-bar"><div class="site-share-wrapper">
<main><article>
 <h1>Joint Statement on the Seventh Intergovernmental Consultations</h1>
 <p class="meta"><time datetime="2024-10-24">Thursday, 24 October 2024</time></p>
 <div class="bpa-teaser-text"><p><strong>The Chancellor and the Prime Minister adopted a joint statement. Read the
 full text here.</strong></p></div>
 <figure><img src="a.jpg" alt=""><figcaption>The Chancellor welcomes the Prime Minister. © Bundesregierung</figcaption></figure>
 <div class="bpa-richtext">
  <p>The two leaders co-chaired the seventh round of consultations in Berlin today.</p>
  <h3>Green and sustainable development</h3>
  <p>Germany and India will intensify cooperation on green hydrogen and renewable energy deployment.</p>
  <p>Both governments agreed to establish a joint working group on critical minerals by next year.</p>
 </div>
 <div class="bpa-share"><h2 class="bpa-share-title">Share article</h2><ul><li><a href="#">Facebook</a></li></ul></div>
 <section class="c-related-links"><h2>More on the topic</h2><p>Close partners for innovation</p></section>
</article></main></div></body></html>"""


def test_class_names_mark_teaser_share_and_related_blocks_as_chrome_but_not_a_wrapper():
    doc = parse_page(CHANCELLERY.encode(), "https://www.bundesregierung.de/breg-en/news/joint-statement")
    assert doc.headings == ("Green and sustainable development",)
    assert [p.text[:24] for p in doc.paragraphs] == [
        "The two leaders co-chair", "Germany and India will i", "Both governments agreed "]
    assert doc.location == "Berlin"


PRESIDENCY_BOARD = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>대통령실</title>
<meta property="og:title" content="한-필리핀 정상 공동성명"></head><body>
<header><h1 class="logo"><a href="/">대통령실</a></h1><nav><ul><li><a href="/speeches">연설문</a></li></ul></nav></header>
<main id="contents"><div class="board_view">
 <div class="view_head"><span class="category">보도자료</span><h3 class="view_tit">한-필리핀 정상 공동성명</h3>
  <p class="view_summary">양 정상은 정상회담 후 아래와 같이 공동성명을 채택했습니다.</p>
  <div class="view_info"><span class="writer">대변인실</span><span class="date">2024. 11. 15</span></div></div>
 <div class="view_cont">
  <p>1. 양 정상은 양국 간 전략적 동반자 관계의 중요성을 재확인하였다.</p>
  <h4>경제 협력</h4>
  <p>2. 양국은 핵심광물 공급망 협력을 강화해 나갈 것이다.</p>
  <p>3. 한국은 필리핀의 인프라 개발을 지원할 것이다.</p>
  <p class="txt_right">2024년 11월 15일, 서울</p></div>
 <div class="view_foot"><dl class="prev"><dt>이전글</dt><dd><a href="/1814">국빈 만찬 개최</a></dd></dl></div>
</div></main></body></html>"""


def test_a_board_page_titled_by_an_h3_under_a_logo_h1():
    """The title is the heading that prints it (not the logo's h1); the block around it (category,
    summary, writer, date) is metadata; h4 head the sections; a closing "date, place" line signs off
    (a Hangul place has no capitals); the previous/next post links are chrome."""
    doc = parse_page(PRESIDENCY_BOARD.encode(), "https://www.president.go.kr/newsroom/briefing/1815")
    assert (doc.title, doc.published_on, doc.location, doc.type_label) == (
        "한-필리핀 정상 공동성명", date(2024, 11, 15), "서울", "보도자료")
    assert doc.headings == ("경제 협력",)
    assert [p.text[:2] for p in doc.paragraphs] == ["1.", "2.", "3."]


def _dated_page(date_block: str, closing: str = "") -> bytes:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Joint Statement | Gov</title>
<meta property="article:published_time" content="2025-07-16T21:00:00Z"></head><body><main><article>
<h1>Joint Statement</h1><div class="meta">{date_block}</div>
<p>The leaders will deepen cooperation on clean energy and critical minerals supply chains.</p>
<p>They agreed to hold the next summit in 2026 and will task ministers to prepare it.</p>{closing}
<a class="back-link" href="/news">Back to Newsroom</a></article></main></body></html>""".encode()


def test_labels_and_titles_beside_a_date_are_no_place_and_the_printed_day_wins_over_a_utc_stamp():
    doc = parse_page(_dated_page("<span>Rt Hon Christopher Luxon</span> <span>Thursday, 17 July 2025</span>"),
                     "https://www.beehive.govt.nz/release/joint-statement")
    assert (doc.published_on, doc.location) == (date(2025, 7, 17), None)  # the stamp is 16 July 21:00 UTC
    doc = parse_page(_dated_page("<p>Published on 17 July 2025</p>"), "https://www.gov.ie/en/press-release/x/")
    assert doc.location is None


def test_an_end_mark_before_the_sign_off_and_a_back_link_are_not_body():
    doc = parse_page(_dated_page("<span>17 July 2025</span>", "<p>. . . . .</p><p>HANOI, 17 JULY 2025</p>"),
                     "https://www.pmo.gov.sg/Newsroom/joint-statement")
    assert doc.location == "Hanoi"
    assert [p.text[:8] for p in doc.paragraphs] == ["The lead", "They agr"]


PRESIDENCY_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Joint Communiqué on the State Visit of President Ruto | The Presidency</title>
<meta name="description" content="President Ramaphosa hosted President Ruto for a State Visit. Read the communiqué.">
</head><body><header><nav><a href="/">Home</a></nav></header>
<main><article>
<p class="kicker">DIPLOMACY</p>
<h1>Joint Communiqué on the State Visit of President Ruto</h1>
<div class="field-description">President Ramaphosa hosted President Ruto for a State Visit. Read the communiqué.</div>
<p>28 November 2024</p>
<p>President Cyril Ramaphosa hosted President William Ruto of Kenya for a State Visit to South Africa.</p>
<p>The two Heads of State agreed to elevate relations to a Strategic Partnership.</p>
<p>The two countries will convene the Joint Commission for Cooperation in 2025.</p>
<p>Media enquiries: Vincent Magwenya, Spokesperson to the President</p>
<p>Issued by: The Presidency<br>Pretoria</p>
</article></main><footer><p>Copyright The Presidency</p></footer></body></html>"""


def test_a_presidency_page_drops_its_label_summary_and_press_office_lines():
    doc = parse_page(PRESIDENCY_PAGE.encode(), "https://www.thepresidency.gov.za/joint-communique-state-visit")
    assert [p.text for p in doc.paragraphs] == [
        "President Cyril Ramaphosa hosted President William Ruto of Kenya for a State Visit to South Africa.",
        "The two Heads of State agreed to elevate relations to a Strategic Partnership.",
        "The two countries will convene the Joint Commission for Cooperation in 2025.",
    ]
    assert doc.location == "Pretoria"  # "Issued by: The Presidency" / "Pretoria"
    assert doc.published_on == date(2024, 11, 28)


def test_share_this_page_is_no_body():
    from extractors.adapters._edges import is_note_line
    assert is_note_line("Partager cette page :") and is_note_line("Share this page")


def test_french_press_contacts_closing_a_statement_are_not_body():
    page = PRESIDENCY_PAGE.replace(
        "<p>Media enquiries: Vincent Magwenya, Spokesperson to the President</p>\n<p>Issued by: The Presidency<br>Pretoria</p>",
        "<p>Contacts presse :</p><p>Service de presse – 01 23 45 67 89 – presse@example.gouv.fr</p>")
    doc = parse_page(page.encode(), "https://www.thepresidency.gov.za/joint-communique-state-visit")
    assert doc.paragraphs[-1].text == "The two countries will convene the Joint Commission for Cooperation in 2025."


def test_a_first_paragraph_that_only_repeats_the_meta_description_stays_body():
    page = PRESIDENCY_PAGE.replace(' class="field-description"', "")
    doc = parse_page(page.encode(), "https://www.thepresidency.gov.za/joint-communique-state-visit")
    assert doc.paragraphs[0].text.startswith("President Ramaphosa hosted President Ruto")


PIB_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Press Release:Press Information Bureau</title></head><body>
<form method="post" action="./PressReleasePage.aspx?PRID=1" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="x"></div>
<header class="header"><a href="/">PIB</a></header><nav><a href="/allRel.aspx">Releases</a></nav>
<div class="content-area"><div class="MinistryNameSubhead">Prime Minister's Office</div>
<h2 id="Titleh2">Joint Statement: India-Japan Annual Summit</h2>
<div class="ReleaseDateSubHeaddateTime">Posted On: 20 NOV 2024 6:58AM by PIB Delhi</div>
<div id="PdfDiv">
<p><span><span>Prime Minister Modi and Prime Minister Ishiba held the annual summit on 19 November in Rio de Janeiro.</span></span></p>
<p><span><span><strong><u>Defence and Security</u></strong></span></span></p>
<p><span><span>The two Prime Ministers agreed to hold a 2+2 dialogue in 2025.</span></span></p>
<p style="text-align:center"><span>***</span></p>
<p><span>DS/SKS</span></p>
</div></div>
<footer><p>Site is hosted by the National Informatics Centre</p></footer>
</form></body></html>"""


def test_a_pib_page_inside_an_aspnet_form():
    doc = parse_page(PIB_PAGE.encode(), "https://pib.gov.in/PressReleasePage.aspx?PRID=1")
    assert doc.title == "Joint Statement: India-Japan Annual Summit"  # not the site-only <title>
    assert [p.text for p in doc.paragraphs] == [
        "Prime Minister Modi and Prime Minister Ishiba held the annual summit on 19 November in Rio de Janeiro.",
        "The two Prime Ministers agreed to hold a 2+2 dialogue in 2025."]
    assert doc.headings == ("Defence and Security",) and doc.location == "Rio de Janeiro"


def test_a_state_department_media_note_quoting_a_statement():
    html = ("<html><head><title>Joint Statement on the U.S.-Indonesia Strategic Dialogue</title></head><body><main>"
            "<h1>Joint Statement on the U.S.-Indonesia Strategic Dialogue</h1>"
            "<p>The text of the following joint statement was released by the two Governments.</p>"
            "<p>Begin Text:</p>"
            "<p>The Secretary and the Foreign Minister convened the U.S.-Indonesia Strategic Dialogue in Washington "
            "on April 24.</p><p>The two sides agreed to meet annually.</p><p>End Text.</p></main></body></html>")
    doc = parse_page(html.encode(), "https://www.state.gov/joint-statement")
    assert [p.text[:20] for p in doc.paragraphs] == ["The text of the foll", "The Secretary and th", "The two sides agreed"]
    assert doc.location == "Washington"


@pytest.mark.parametrize("texts, place", [
    # found by the sixth held-out batch
    (["Prime Minister Rutte and President Yoon issued a statement following their talks in The Hague today."],
     "The Hague"),
    (["President Marcos welcomed Prime Minister Kishida to Malacañan Palace in Manila for an official visit."], "Manila"),
    # a seat of government named alone: its city; a city after a palace in French ("au Palais ... à Lomé")
    (["Les deux Chefs d’État ont eu un entretien au Palais de la Présidence de la République à Lomé."], "Lomé"),
    (["Le ministre a reçu le 6 mars au Quai d’Orsay la ministre des affaires étrangères du Canada."], "Paris"),
    (["The Prime Minister received the President of the Republic of Korea at Palazzo Chigi on 25 June."], "Rome"),
    (["Minister Cho held the 1st Strategic Dialogue with Minister Veldkamp of the Kingdom of the Netherlands on "
      "October 24 in Seoul. The two ministers discussed trade."], "Seoul"),
])
def test_meeting_places_after_talks_a_building_and_a_long_clause(texts, place):
    from extractors.adapters._dateline import meeting_place
    assert meeting_place(texts) == place


def test_closing_lines_labels_and_captions_of_other_sites():
    from extractors.adapters._dateline import done_at
    from extractors.adapters._edges import is_note_line, is_preamble
    from extractors.dates import parse_date
    from extractors.records import Paragraph
    assert done_at(["Le Sénégal et la France se sont félicités de la visite.", "Fait à Paris, le 21 juin 2024"]) == "Paris"
    assert parse_date("News item | 12-12-2023 | 18:30") == date(2023, 12, 12)  # a hyphen reads day first
    assert is_note_line("* Unofficial translation") and is_note_line("Font size: A- A+ Print")
    assert is_note_line("The two Prime Ministers at the welcome ceremony, Canberra. Photo: VGP")
    assert not is_note_line("The two Prime Ministers welcomed the photo exhibition.")
    teaser = Paragraph(0, "The leaders issued a joint statement after their talks. The full text of the statement is below.")
    assert is_preamble(teaser, "Joint statement")


def test_a_byline_set_as_a_heading_keeps_its_text():
    html = ("<html><head><title>Joint statement on the 75th anniversary</title></head><body><main>"
            "<h1>Joint statement on the 75th anniversary</h1><h2>From: Global Affairs Canada</h2>"
            "<p>Ottawa, Ontario - February 20, 2024</p><p>The two ministers will meet again in Manila in 2025.</p>"
            "<h2>Peace and security</h2><p>Canada and the Philippines will deepen maritime cooperation.</p>"
            "</main></body></html>")
    doc = parse_page(html.encode(), "https://www.example.org/joint-statement")
    assert doc.headings == ("Peace and security",) and doc.location == "Ottawa"
    assert doc.paragraphs[0].text == "The two ministers will meet again in Manila in 2025."


def test_title_in_capitals_slide_counter_downloads_feedback_and_a_button_under_the_text_are_chrome():
    html = ("<html><head><title>Joint Statement on an Enhanced Partnership</title></head><body><main>"
            "<h1>Joint Statement on an Enhanced Partnership</h1><div class='slider'><img src='a.jpg'>"
            "<div class='slider-count'>1 / 12</div></div><div class='news-text'>"
            "<p><strong>JOINT STATEMENT ON AN ENHANCED PARTNERSHIP</strong></p>"
            "<p>1. The Parties will hold annual consultations between their foreign ministries.</p>"
            "<h2>Trade</h2><p>2. The Parties will double bilateral trade by 2030 and review progress each year.</p>"
            "</div>"
            "<div class='article-downloads'><h3>Documents to download</h3><ul><li><a href='/s.pdf'>Joint statement "
            "PDF – 214,36 Ko</a></li></ul></div>"
            "<div class='meeting-button'><a href='/meetings/2024/'>Visit the meeting page</a></div>"
            "<div class='page-feedback'><h2>Was this page useful?</h2><button>Yes</button></div>"
            "<div class='press'><p>Press office - Rue de la Loi 175 - B-1048 Bruxelles/Brussels</p></div>"
            "</main></body></html>")
    doc = parse_page(html.encode(), "https://www.example.org/joint-statement")
    assert [p.text for p in doc.paragraphs] == [
        "1. The Parties will hold annual consultations between their foreign ministries.",
        "2. The Parties will double bilateral trade by 2030 and review progress each year.",
        "Press office - Rue de la Loi 175 - B-1048 Bruxelles/Brussels"]
    assert doc.headings == ("Trade",)
    agency = ("<html><head><title>Joint statement</title></head><body><main><h1>Joint statement</h1>"
              "<p>The two sides will cooperate closely on renewable energy.</p><p>--SPA</p><p>22:47 LCT</p>"
              "</main></body></html>")
    assert [p.text for p in parse_page(agency.encode(), "https://www.example.org/x").paragraphs] == [
        "The two sides will cooperate closely on renewable energy."]  # a news agency's sign-off and time


def test_a_link_inside_the_text_and_a_linked_list_item_before_its_end_stay_body():
    html = ("<html><head><title>Joint statement</title></head><body><main><h1>Joint statement</h1>"
            "<p>The leaders adopted the <a href='/plan'>Action Plan</a> and will review it every year.</p>"
            "<ul><li><a href='/annex'>Annex on research cooperation</a></li></ul>"
            "<p>They will meet again in 2026 to take stock of the plan and its annex.</p>"
            "</main></body></html>")
    doc = parse_page(html.encode(), "https://www.example.org/joint-statement")
    assert [p.text for p in doc.paragraphs] == [
        "The leaders adopted the Action Plan and will review it every year.", "Annex on research cooperation",
        "They will meet again in 2026 to take stock of the plan and its annex."]


@pytest.mark.parametrize("texts, place", [
    (["Le Président de la République et le Secrétaire général se sont entretenus au palais de l’Élysée le 7 octobre."],
     "Paris"),
    (["President Biden hosted Prime Minister Kishida at the White House on April 10."], "Washington"),
    (["Since they met at the Kantei last year, the two leaders have spoken often."], None),  # an earlier meeting
    (["The Prime Minister met the President in Ottawa, a day after a reception at Rideau Hall."], "Ottawa"),
])
def test_a_seat_of_government_gives_the_meeting_its_city(texts, place):
    from extractors.adapters._dateline import meeting_place
    assert meeting_place(texts) == place


def test_a_printed_title_keeps_its_last_part_an_office_label_attachments_and_inquiries_are_chrome():
    html = ("<html><head><title>Finland and Korea establish a partnership – joint statement - Finnish Government"
            "</title></head><body><main><h1>Finland and Korea establish a partnership – joint statement</h1>"
            "<p>Prime Minister’s Office</p>"
            "<p>The leaders met in Helsinki on Tuesday 8 October and agreed on a joint statement.</p>"
            "<h2>Security</h2><p>Finland and Korea will deepen cooperation on cyber security.</p>"
            "<p><strong>Inquiries:</strong> Tommi Raunio, Special Adviser, tel. +358 295 160 412</p>"
            "<p>The email addresses of the Prime Minister’s Office are in the format firstname.lastname@gov.fi.</p>"
            "<h2>Attachments</h2><ul><li><a href='/s.pdf'>Joint statement (pdf, 214 kB)</a></li></ul>"
            "<h2>Publication in other languages</h2><ul><li><a href='/fi'>Suomi ja Korea – julkilausuma</a></li></ul>"
            "</main></body></html>")
    doc = parse_page(html.encode(), "https://valtioneuvosto.example/-/10616/joint-statement")
    assert doc.title == "Finland and Korea establish a partnership – joint statement"
    assert [p.text for p in doc.paragraphs] == [
        "The leaders met in Helsinki on Tuesday 8 October and agreed on a joint statement.",
        "Finland and Korea will deepen cooperation on cyber security."]
    assert doc.headings == ("Security",)


def test_photo_captions_by_class_and_an_issued_by_line_are_chrome():
    html = ("<html><head><title>Déclaration conjointe</title></head><body><main><h1>Déclaration conjointe</h1>"
            "<figure><img src='a.jpg'><p class='caption'>Les deux Présidents tiennent une conférence de presse.</p></figure>"
            "<p>Le Luxembourg et la Corée renforceront leur coopération dans le domaine spatial.</p>"
            "<ul class='gallery'><li><p class='gallery-caption'>Le Président accueille le Premier ministre.</p></li></ul>"
            "<p>Les deux pays se réuniront à nouveau en 2025.</p><p>Communiqué par le ministère d’État</p>"
            "</main></body></html>")
    doc = parse_page(html.encode(), "https://www.example.org/declaration")
    assert [p.text for p in doc.paragraphs] == [
        "Le Luxembourg et la Corée renforceront leur coopération dans le domaine spatial.",
        "Les deux pays se réuniront à nouveau en 2025."]


def test_a_korean_press_release_table_its_statement_name_and_a_weekday_after_the_date():
    html = ("<html><head><title>한-몽골 공동 언론발표문</title></head><body><main><h1>국무총리 몽골 방문 계기 한-몽골 공동 언론발표문</h1>"
            "<table><tr><td><p>보도시점</p></td><td><p>2024. 5. 21.(화) 18:00 이후 (5. 22.(수) 조간)</p></td></tr>"
            "<tr><td><p>배포</p></td><td><p>2024. 5. 21.(화)</p></td></tr></table>"
            "<p>한-몽골 공동 언론발표문</p>"
            "<p>양국 총리는 5월 21일 울란바토르 정부청사에서 회담을 갖고 협력 방안을 논의하였다.</p>"
            "<p>양국은 핵심광물 협력을 강화해 나가기로 하였다.</p>"
            "<p>책임자</p><p>과장 김지훈 (044-200-2751)</p><p>국무총리비서실</p></main></body></html>")
    doc = parse_page(html.encode("utf-8"), "https://www.opm.example/press/1")
    assert [p.text for p in doc.paragraphs] == ["양국 총리는 5월 21일 울란바토르 정부청사에서 회담을 갖고 협력 방안을 논의하였다.",
                                                "양국은 핵심광물 협력을 강화해 나가기로 하였다."]
    assert doc.published_on == date(2024, 5, 21) and doc.location == "울란바토르"


@pytest.mark.parametrize("texts, place", [
    (["At the invitation of President Erdoğan, President Yoon paid a state visit to Türkiye on 4–5 September 2024."],
     "Ankara"),
    (["Le Président de la République a effectué une visite d’État au Maroc du 28 au 30 octobre."], "Rabat"),
    (["The leaders discussed a future state visit to Türkiye."], None),  # no visit paid: no place
])
def test_a_state_visit_to_a_country_gives_its_capital_when_no_city_is_named(texts, place):
    from extractors.adapters._dateline import visit_capital
    assert visit_capital(texts) == place


def test_read_also_links_credits_initials_a_signing_office_and_an_empty_last_heading_are_chrome():
    html = ("<html><head><title>Joint statement</title></head><body><main><h1>Joint statement</h1>"
            "<h2>Trade</h2><p>The two leaders will raise bilateral trade to USD 30 billion by 2030.</p>"
            "<p>Lire aussi : Sommet Corée-Afrique : le Chef de l’État est arrivé à Séoul</p>"
            "<h2>Energy</h2><p>Both sides will cooperate on nickel processing and batteries.</p>"
            "<p>(RI/UN)</p><p>Translated by: Syarifah Aisyah</p><p>Reviewed by: Mutiara Kusumah Wardhani</p>"
            "<p>______________________________</p>"
            "<p>Foreign Affairs Division, Office of the Permanent Secretary, The Prime Minister’s Office</p>"
            "<h2>Service Communication de la Présidence de la République</h2>"
            "</main></body></html>")
    doc = parse_page(html.encode(), "https://www.example.org/joint-statement")
    assert [p.text for p in doc.paragraphs] == [
        "The two leaders will raise bilateral trade to USD 30 billion by 2030.",
        "Both sides will cooperate on nickel processing and batteries."]
    assert doc.headings == ("Trade", "Energy")


def test_a_buddhist_era_date_and_a_thai_weekday_that_is_no_place():
    from extractors.adapters._dateline import looks_like_place
    from extractors.dates import parse_date
    assert parse_date("วันพฤหัสบดีที่ 23 พฤษภาคม 2567") == date(2024, 5, 23)
    assert not looks_like_place("วันพฤหัสบดีที่")
    assert parse_date("Friday 29 November 2024") == date(2024, 11, 29)


def test_a_korean_licence_line_and_an_attachment_label_are_chrome():
    from extractors.adapters._edges import is_note_line
    assert is_note_line("대통령실이 창작한 본 저작물은 ‘공공누리 제1유형: 출처표시’ 조건에 따라 이용할 수 있습니다.")
    assert is_note_line("첨부파일")
    assert not is_note_line("양측은 공공 부문 협력을 강화하기로 하였다.")


def test_a_korean_release_subtitle_its_closing_office_and_dated_caption_and_an_agency_sign_off():
    html = ("<html><head><title>한-케냐 외교장관회담 결과</title></head><body><main><h1>한-케냐 외교장관회담 결과</h1>"
            "<p>- 수교 60주년 계기 핵심광물, 개발협력 등 실질협력 강화 방안 협의 -</p>"
            "<p>1. 조태열 외교부 장관은 6.3.(월) 서울에서 케냐 외교장관과 회담을 갖고 협력 방안을 논의하였다.</p>"
            "<p>2. 양 장관은 협력을 강화해 나가기로 하였다.</p>"
            "<p>붙임 : 회담 사진.  끝.</p><p>아프리카중동국 아프리카과</p>"
            "<p>조태열 외교부 장관, 무다바디 케냐 총리 겸 외교장관과 회담(6.3.)</p></main></body></html>")
    doc = parse_page(html.encode("utf-8"), "https://www.mofa-board.example/brd/view.do?seq=1")
    assert [p.text for p in doc.paragraphs] == ["1. 조태열 외교부 장관은 6.3.(월) 서울에서 케냐 외교장관과 회담을 갖고 협력 방안을 논의하였다.",
                                                "2. 양 장관은 협력을 강화해 나가기로 하였다."]
    from extractors.adapters._edges import without_end_marks
    from extractors.records import Paragraph
    assert [p.text for p in without_end_marks([Paragraph(0, "The two sides will meet again."),
                                               Paragraph(0, "WAM/Hatem Mohamed/Amjad Saleh")])] == [
        "The two sides will meet again."]
    from extractors.adapters._dateline import looks_like_place
    assert not looks_like_place("A+ A- Listen")


def test_an_agency_dateline_with_double_dashes_a_title_block_line_and_a_like_button():
    from extractors.adapters._dateline import read_dateline, visit_capital
    assert read_dateline("SEOUL, 29th May, 2024 (WAM) -- The UAE and Korea issued a joint statement.").place == "SEOUL"
    assert visit_capital(["M. Emmanuel Macron a effectué une visite d’État à Madagascar du 23 au 25 avril."]) == \
        "Antananarivo"
    html = ("<html><head><title>Déclaration conjointe</title></head><body><main><h1>Déclaration conjointe</h1>"
            "<p>Le Service de Presse publie ci-après la déclaration.</p>"
            "<p>entre la République de Madagascar et la République française</p>"
            "<h2>I. Partenariat</h2><p>Les deux Présidents conviennent de renforcer leur partenariat.</p>"
            "<h3>J’aime ça :</h3><p>J’aime chargement…</p></main></body></html>")
    doc = parse_page(html.encode(), "https://www.example.org/declaration")
    assert [p.text for p in doc.paragraphs][1:2] == ["Les deux Présidents conviennent de renforcer leur partenariat."]
    assert doc.headings == ("I. Partenariat",)


def test_a_closing_date_then_place_then_office_a_long_statement_name_and_media_enquiries():
    html = ("<html><head><title>한일 정상 공동 언론발표문</title></head><body><main><h1>한일 정상 공동 언론발표문</h1>"
            "<p>※ 정상회담 결과 발표된 공동 언론발표문 전문을 아래와 같이 알려드립니다.</p>"
            "<p>양 정상은 셔틀외교를 지속해 나가기로 하였다.</p>"
            "<p>2024년 3월 15일</p><p>도쿄</p><p>대통령실 대변인실</p></main></body></html>")
    doc = parse_page(html.encode("utf-8"), "https://www.president.example/briefing/1")
    assert [p.text for p in doc.paragraphs] == ["양 정상은 셔틀외교를 지속해 나가기로 하였다."]
    assert doc.location == "도쿄"
    html = ("<html><head><title>Joint statement</title></head><body><main><h1>Joint statement</h1>"
            "<p>Joint Statement of the Czech Republic and the Republic of Korea on the Occasion of the State Visit</p>"
            "<p>The two leaders will meet again in 2025.</p><h2>Media enquiries</h2>"
            "<p>Foreign Minister’s Office: (02) 6277 7500</p></main></body></html>")
    doc = parse_page(html.encode(), "https://www.example.org/joint-statement")
    assert [p.text for p in doc.paragraphs] == ["The two leaders will meet again in 2025."]


WORDPRESS_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Communiqué final de la visite d'État | Présidence</title></head><body>
<header><nav><a href="/">Accueil</a></nav></header>
<div class="content"><article>
<div class="post-header"><ul class="post-category"><li><a href="https://www.example.ga/category/actualites/communiques/">Communiqués</a></li></ul>
<header class="post-title"><h1>Communiqué final de la visite d'État</h1><time datetime="2024-05-31">31 mai 2024</time></header></div>
<div class="post-content">
<p><em>Le Service de presse porte à la connaissance du public le communiqué final de la visite d'État.</em></p>
<p style="text-align:center"><strong>COMMUNIQUÉ FINAL</strong></p>
<p>À l'invitation du Président de la République française, le Président de la République gabonaise a effectué une visite d'État.</p>
<h4><strong>I- SUR LE PLAN POLITIQUE</strong></h4>
<p>Les deux Chefs d'État ont convenu de renforcer leur dialogue politique.</p>
<h4><strong>II- SUR LE PLAN ÉCONOMIQUE</strong></h4>
<p>Les deux pays organiseront un forum économique à Libreville en novembre 2024.</p>
</div></article></div><footer><p>Présidence</p></footer></body></html>"""


def test_a_category_label_and_a_preface_above_the_statements_name_are_not_body():
    doc = parse_page(WORDPRESS_PAGE.encode(), "https://www.example.ga/2024/05/31/communique-final/")
    assert doc.paragraphs[0].text.startswith("À l'invitation du Président")
    assert doc.headings == ("I- SUR LE PLAN POLITIQUE", "II- SUR LE PLAN ÉCONOMIQUE")
    assert [p.section_no for p in doc.paragraphs] == [0, 1, 2]


def test_a_link_to_a_category_inside_a_sentence_stays_body():
    page = WORDPRESS_PAGE.replace(
        "<p>Les deux Chefs d'État ont convenu de renforcer leur dialogue politique.</p>",
        "<p>Les deux Chefs d'État ont convenu de renforcer leur <a href='/category/dialogue/'>dialogue politique</a>.</p>")
    doc = parse_page(page.encode(), "https://www.example.ga/2024/05/31/communique-final/")
    assert "Les deux Chefs d'État ont convenu de renforcer leur dialogue politique." in [p.text for p in doc.paragraphs]


@pytest.mark.parametrize("lines, place", [
    # the office that issued it, then the date: the capital of the country it ends with, else no place
    (["MINISTRY OF FOREIGN AFFAIRS SINGAPORE", "8 OCTOBER 2024"], "Singapore"),
    (["MINISTRY OF FOREIGN AFFAIRS SINGAPORE 8 OCTOBER 2024"], "Singapore"),
    (["Ministry of Foreign Affairs", "8 October 2024"], None),
    (["HANOI", "11 MARCH 2025"], "Hanoi"),
])
def test_a_sign_off_naming_its_office_gives_the_office_country_or_no_place(lines, place):
    from extractors.adapters._edges import drop_sign_off
    from extractors.records import Paragraph
    paragraphs = [Paragraph(0, "The two Leaders agreed to meet again in 2025."), *(Paragraph(0, t) for t in lines)]
    kept, city, when = drop_sign_off(paragraphs)
    assert [p.text for p in kept] == ["The two Leaders agreed to meet again in 2025."]
    assert city == place and when is not None


KOREAN_RELEASE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한-인니 정상 공동성명 | 보도자료</title></head>
<body><header><nav><a href="/">홈</a></nav></header><main><div class="view_title"><h1>한-인니 정상 공동성명</h1></div>
<div class="view_cont">
<table><tr><td><p>보도자료</p></td><td><p>보도 일시 : 2024. 11. 12.(화) 19:00 배포 즉시 보도</p></td></tr>
<tr><td><p>담당 과 : 아세안국 동남아1과 (과장 정○○ / 담당 사무관 김○○, 02-2100-7345)</p></td></tr></table>
<p>□ 양 정상은 11.12.(화) 자카르타에서 정상회담을 갖고 아래와 같이 공동성명을 채택하였습니다.</p>
<p>*&nbsp;&nbsp;&nbsp;*&nbsp;&nbsp;&nbsp;*</p>
<p>1. 양 정상은 양국 관계의 발전 방향에 대해 폭넓게 의견을 교환하였다.</p>
<p>가. 전략적 소통 및 국방 협력</p>
<p>2. 양 정상은 외교장관 회담을 매년 개최하기로 합의하였다.</p>
<p>나. 경제 협력</p>
<p>3. 양국은 교역 확대를 위해 긴밀히 협력해 나갈 것이다.</p>
</div></main><footer><p>정책브리핑</p></footer></body></html>"""


def test_a_korean_release_lettered_sections_its_officer_line_and_a_separator():
    doc = parse_page(KOREAN_RELEASE.encode(), "https://www.korea.kr/briefing/pressReleaseView.do?newsId=1")
    texts = [p.text for p in doc.paragraphs]
    assert not any("담당" in t or not any(ch.isalnum() for ch in t) for t in texts)
    assert doc.headings == ("가. 전략적 소통 및 국방 협력", "나. 경제 협력")
    assert [p.section_no for p in doc.paragraphs][-2:] == [1, 2]
    assert doc.location == "자카르타"


def test_a_logo_h1_is_no_title_and_its_name_is_the_sites():
    page = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Communiqué conjoint à l'issue de la visite d'État - Présidence de la République du Cameroun</title></head>
<body><div id="header"><h1 id="logo"><a href="/fr/"><img src="/a.png" alt="">Présidence de la République du Cameroun</a></h1></div>
<div id="content"><div class="item-page"><h2><a href="/fr/6172">Communiqué conjoint à l'issue de la visite d'État</a></h2>
<p>Les deux Chefs d'État ont convenu de renforcer leur coopération dans le domaine de l'énergie.</p>
<p>Ils ont décidé de tenir la prochaine session de la commission mixte à Yaoundé en 2025.</p>
</div></div></body></html>"""
    doc = parse_page(page.encode(), "https://www.prc.cm/fr/actualites/communiques/6172")
    assert doc.title == "Communiqué conjoint à l'issue de la visite d'État"


@pytest.mark.parametrize("title_text, place", [
    ("Déclaration conjointe France–Canada des ministres des affaires étrangères (Paris, 6 mars 2025)", "Paris"),
    ("Joint Statement (Tokyo, March 9, 2024)", "Tokyo"),
    ("Statement (UNGA, 2023)", None),  # no date: no dateline
    ("Joint Statement on AI (2024)", None),
])
def test_a_dateline_closing_the_title(title_text, place):
    from extractors.adapters.generic import _title_place
    assert _title_place(title_text) == place



def test_a_table_of_labels_and_values_and_a_korean_dateline_with_its_country():
    page = KOREAN_RELEASE.replace(
        """<table><tr><td><p>보도자료</p></td><td><p>보도 일시 : 2024. 11. 12.(화) 19:00 배포 즉시 보도</p></td></tr>
<tr><td><p>담당 과 : 아세안국 동남아1과 (과장 정○○ / 담당 사무관 김○○, 02-2100-7345)</p></td></tr></table>""",
        """<table summary="보도자료 배포 정보"><caption>보도자료 배포 정보</caption>
<tr><th>보도 일시</th><td>2024. 6. 12.(수) 배포 즉시 보도 가능</td></tr><tr><th>문의</th><td>국제정책과장 대령 ○○○</td></tr></table>
<p>2024년 6월 12일, 호주 멜버른</p>""").replace("11.12.(화) 자카르타에서 정상회담을 갖고 ", "")
    doc = parse_page(page.encode(), "https://www.mnd.go.kr/user/newsInUserRecord.action?newsId=1")
    assert not any("배포" in p.text or "대령" in p.text for p in doc.paragraphs)
    assert doc.location == "멜버른"


def test_immediate_release_beside_the_date_is_no_place():
    from extractors.adapters._dateline import looks_like_place
    assert not looks_like_place("Immediate Release") and not looks_like_place("FOR IMMEDIATE RELEASE")


def test_share_on_and_a_photo_gallery_heading_left_empty():
    page = WORDPRESS_PAGE.replace("</div></article>", """<p>Partager sur :</p></div>
<div class="galerie"><h4>Galerie photos</h4><p class="legende">Les deux Chefs d'État au Palais de l'Élysée. (Photo : Présidence)</p></div>
</article>""")
    doc = parse_page(page.encode(), "https://www.example.ga/2024/05/31/communique-final/")
    assert doc.headings == ("I- SUR LE PLAN POLITIQUE", "II- SUR LE PLAN ÉCONOMIQUE")
    assert doc.paragraphs[-1].text.startswith("Les deux pays organiseront")


def test_a_lone_heading_that_is_the_statements_name_in_capitals_is_no_section():
    page = PRESIDENCY_PAGE.replace(
        "<p>President Cyril Ramaphosa hosted",
        "<p><strong>JOINT COMMUNIQUÉ BETWEEN THE REPUBLIC OF SOUTH AFRICA AND THE REPUBLIC OF KENYA</strong></p>"
        "<p>President Cyril Ramaphosa hosted")
    doc = parse_page(page.encode(), "https://www.thepresidency.gov.za/joint-communique-state-visit")
    assert doc.headings == ()
    assert doc.paragraphs[0].text.startswith("President Cyril Ramaphosa hosted")



MOTIE_PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보도자료 &lt; 알림 &lt; 산업통상자원부</title></head>
<body><header><h1 class="logo"><a href="/"><img src="/logo.svg" alt="산업통상자원부"></a></h1></header>
<div class="board_view"><div class="view_head"><p class="view_tit">한-일 산업장관 공동 언론발표문</p>
<ul class="view_info"><li><strong>담당자</strong><span>이지훈</span></li><li><strong>등록일</strong><span>2024-07-11</span></li></ul></div>
<div class="view_file"><ul><li><a href="/f/1">240711(석간) 한-일 산업장관 공동 언론발표문(동북아통상과).hwpx</a> <a href="/v/1">바로보기</a> <a href="/d/1">다운로드</a></li></ul></div>
<div class="view_cont">
<table class="press_time"><caption>보도시점 및 배포 일시</caption><tbody><tr><th>보도시점</th><td>2024. 7. 11.(목) 17:30</td><th>배포</th><td>2024. 7. 11.(목) 17:00</td></tr></tbody></table>
<p><strong>&lt; 한-일 산업장관 공동 언론발표문 &gt;</strong></p>
<p>안덕근 산업통상자원부 장관과 사이토 겐 경제산업대신은 7월 11일 서울에서 한-일 산업장관회의를 개최하였다.</p>
<p><strong>1. 경제안보 및 공급망 협력</strong></p>
<p>양측은 정보 공유를 강화하기로 합의하였다. 이를 위해 양 장관은 「한-일 공급망 정책대화」를 신설하기로 하였다. 「한-일 공급망 정책대화」는 상시 협의 채널이 될 것이다.</p>
<p><strong>2. 향후 계획</strong></p>
<p>양 장관은 한-일 산업장관회의를 매년 개최하기로 하였다.</p>
</div></div></body></html>"""


def test_a_korean_ministry_release_with_label_lists_tables_file_buttons_and_a_bracketed_title():
    doc = parse_page(MOTIE_PAGE.encode(), "https://www.motie.go.kr/kor/article/ATCL1/169012/view")
    assert doc.title == "한-일 산업장관 공동 언론발표문"
    assert doc.published_on == date(2024, 7, 11)  # (from the release's particulars)
    assert doc.paragraphs[0].text.startswith("안덕근")
    assert doc.headings == ("1. 경제안보 및 공급망 협력", "2. 향후 계획")


def test_a_korean_sentence_may_open_with_a_bracketed_title():
    from transforms.segment import split_sentences
    assert len(split_sentences("양 장관은 「한-일 공급망 정책대화」를 신설하기로 하였다. 「한-일 공급망 정책대화」는 상시 채널이 될 것이다.")) == 2


def test_a_cms_fields_label_is_no_body():
    page = PRESIDENCY_PAGE.replace("</article>", '<div class="field"><div class="field__label">Topics</div>'
                                                  '<div class="field__item"><a href="/topics/trade">Trade</a></div></div></article>')
    doc = parse_page(page.encode(), "https://www.thepresidency.gov.za/joint-communique-state-visit")
    assert not any(p.text in ("Topics", "Trade") for p in doc.paragraphs)


def test_the_capital_of_a_state_visit_written_in_capitals():
    from extractors.adapters._dateline import visit_capital
    assert visit_capital(["President Wickremesinghe paid a State Visit to India from 11 to 12 March 2024."]) == "New Delhi"


def test_a_comment_forms_heading_does_not_hide_the_sections():
    page = WORDPRESS_PAGE.replace("</article>", '<div id="respond" class="comment-respond"><h3 id="reply-title" '
                                                 'class="comment-reply-title">LAISSER UN COMMENTAIRE</h3></div></article>')
    doc = parse_page(page.encode(), "https://www.example.ga/2024/05/31/communique-final/")
    assert doc.headings == ("I- SUR LE PLAN POLITIQUE", "II- SUR LE PLAN ÉCONOMIQUE")



def test_an_english_statement_on_a_page_declared_spanish():
    from extractors.adapters._common import body_language
    text = ("The two Presidents agreed to elevate the relationship to a Strategic Partnership and to deepen the "
            "cooperation in trade, investment and the energy transition. They welcomed the signing of the agreements "
            "and looked forward to the next meeting of the Joint Commission in Lima in the year to come.")
    assert body_language("es", text) == "en"
    assert body_language("fr", "Les deux pays renforceront leur coopération dans le domaine de l'énergie.") == "fr"


def test_a_city_under_two_names_and_a_korean_venue_with_a_street_number():
    from extractors.adapters._dateline import city_of, korean_meeting_place
    assert city_of("Te Whanganui-a-Tara Wellington") == "Wellington"
    assert korean_meeting_place(["양 정상은 11.21.(화) 런던 다우닝가 10번지 총리 관저에서 정상회담을 갖고 합의에 서명하였다."]) == "런던"


def test_sections_under_an_attachment_heading_are_read_flat():
    page = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한-영 정상 합의 | 보도자료</title></head><body>
<main><h1>한-영 정상 합의</h1><div class="view_cont"><p>윤석열 대통령과 수낵 총리는 런던에서 정상회담을 갖고 합의에 서명하였다.</p>
<h3>[붙임] 다우닝가 합의(국문)</h3><p>양 정상은 다음과 같이 합의하였다.</p>
<h4>1. 안보 파트너</h4><p>양국은 안보 협력을 강화해 나갈 것이다.</p>
<h4>2. 경제 파트너</h4><p>양국은 공급망 협력을 확대해 나갈 것이다.</p></div></main></body></html>"""
    doc = parse_page(page.encode(), "https://www.korea.kr/briefing/pressReleaseView.do?newsId=2")
    assert doc.headings == ("[붙임] 다우닝가 합의(국문)", "1. 안보 파트너", "2. 경제 파트너")


def test_a_korean_releases_attachments_listed_one_per_line_before_its_end_mark():
    from extractors.adapters._edges import without_end_marks
    from extractors.records import Paragraph
    body = [Paragraph(0, "□ 양측은 내년에 후속 회의를 열기로 했다."), Paragraph(0, "1. 분야별 협력 현황")]
    attachments = [Paragraph(0, "첨부 1. 회의 개요"), Paragraph(0, "2. 참석자 명단"), Paragraph(0, "3. 사진.  끝.")]
    assert [p.text for p in without_end_marks(body + attachments)] == [p.text for p in body]
    # a numbered last paragraph with no list of attachments before it stays
    kept = body + [Paragraph(0, "2. 향후 계획을 점검한다. 끝.")]
    assert [p.text for p in without_end_marks(kept)] == [p.text for p in kept]


def test_a_state_visit_to_a_country_named_by_its_state_form_gives_its_capital():
    from extractors.adapters._dateline import visit_capital
    assert visit_capital(["President Yoon paid a state visit to the State of Qatar from 24 to 26 October."]) == "Doha"
    assert visit_capital(["The Prime Minister paid an official visit to the Kingdom of Saudi Arabia."]) == "Riyadh"


def test_a_translation_note_a_source_line_a_date_after_an_article_and_a_shortened_share_title():
    from extractors.adapters._dateline import read_dateline
    from extractors.adapters._edges import is_note_line, without_end_marks
    from extractors.records import Paragraph
    assert is_note_line("(Non official translation)") and is_note_line("(Traduction non officielle)")
    body = [Paragraph(0, "The two sides will meet again in 2026."), Paragraph(0, "Source: Government News")]
    assert [p.text for p in without_end_marks(body)] == ["The two sides will meet again in 2026."]
    assert read_dateline("Le 18 avril 2024").place is None and read_dateline("La Haye, le 3 mai 2024").place == "La Haye"
    html = ("<html><head><title>Site</title><meta property='og:title' content='Joint Declaration of Spain and Korea'>"
            "</head><body><main><h1>Joint Declaration of Spain and Korea on the Strategic Partnership</h1>"
            "<p>Spain and Korea will deepen their partnership in every field of common interest.</p></main></body></html>")
    doc = parse_page(html.encode("utf-8"), "https://www.example-gov.example/news/declaration")
    assert doc.title == "Joint Declaration of Spain and Korea on the Strategic Partnership"


def test_a_visit_to_a_capital_itself_paying_a_visit_and_a_french_kingdom():
    from extractors.adapters._dateline import visit_capital
    assert visit_capital(["The Prime Minister paid an official visit to Seoul from 14 to 16 October."]) == "Seoul"
    assert visit_capital(["The Prime Minister is paying an official visit to India this week."]) == "New Delhi"
    assert visit_capital(["La ministre a effectué une visite de travail au Royaume du Maroc."]) == "Rabat"


def test_a_satisfaction_question_on_its_own_line_is_chrome():
    from extractors.adapters._edges import is_note_line
    assert is_note_line("이 페이지에서 제공하는 정보에 대하여 만족하십니까?") and is_note_line("Was this page helpful?")
    assert not is_note_line("Was this agreement helpful to both sides, the leaders asked.")


def test_a_visit_said_plainly_and_two_groups_of_staff_initials():
    from extractors.adapters._dateline import visit_capital
    from extractors.adapters._edges import without_end_marks
    from extractors.records import Paragraph
    assert visit_capital(["The Prime Minister of Australia visited Jakarta on 15 May 2025."]) == "Jakarta"
    assert visit_capital(["The officials welcomed the progress made since the minister visited the region."]) is None
    body = [Paragraph(0, "The two leaders will meet again."), Paragraph(0, "(RI/UN) (MUR/MMI)")]
    assert [p.text for p in without_end_marks(body)] == ["The two leaders will meet again."]
