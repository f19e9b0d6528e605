"""Canada.ca (GCWeb theme) news-release and content pages, rebuilt around a published text.

Follows GCWeb: skip links, ``#wb-lng`` language toggle, ``#wb-bc`` breadcrumb,
``main[property=mainContentOfPage]`` with ``h1#wb-cont[property="name headline"]``,
``p.gc-byline``, body sections in ``div.mwsbodytext > div.cmp-text``,
``section.lnkbx`` "Associated links", "Contacts", ``dl#wb-dtmd`` "Date modified".
News releases put each h2 in its own section before its ``cmp-text``; content
pages keep h2 inside a single ``cmp-text``.
"""
from __future__ import annotations

from _html import attr, body_html, day, esc, first_sentence


def _sections(doc: dict, lines: list[str]) -> str:
    """News release: one ``mwsbodytext`` block per heading, the heading outside cmp-text."""
    headings = set(doc.get("headings", []))
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        if line in headings:
            blocks.append((line, []))
        else:
            blocks[-1][1].append(line)
    out = []
    for heading, block in blocks:
        if heading is None and not block:
            continue
        h2 = f"<h2>{esc(heading)}</h2>\n" if heading else ""
        inner = body_html({**doc, "headings": []}, block, indent="  ")
        out.append(f'<div class="mwsbodytext text parbase section">\n{h2}<div class="cmp-text">\n{inner}\n</div>\n</div>')
    return "\n".join(out)


def _related(doc: dict) -> str:
    if not doc.get("related"):
        return ""
    items = "\n".join(f'  <li><a href="{attr(url)}">{esc(text)}</a></li>' for text, url in doc["related"])
    return f'<section class="lnkbx">\n<h2>Associated links</h2>\n<ul>\n{items}\n</ul>\n</section>'


def _contacts(doc: dict) -> str:
    if not doc.get("contacts"):
        return ""
    paras = "\n".join(f"  <p>{esc(line)}</p>" for line in doc["contacts"])
    return (f'<div class="mwsbodytext text parbase section">\n<h2>Contacts</h2>\n<div class="cmp-text">\n{paras}\n'
            f'</div>\n</div>')


def _keywords(doc: dict) -> str:
    dept = doc["department"][0]
    return (f'<div class="mwsgeneric-base-html parbase section">\n<h3 class="h5">Search for related information by '
            f'keyword: <a href="https://www.canada.ca/en/news/advanced-news-search/news-results.html?kw=Korea">Korea</a>'
            f' | <a href="https://www.canada.ca/en/news/advanced-news-search/news-results.html?dprtmnt={attr(dept)}">'
            f'{esc(dept)}</a> | <a href="https://www.canada.ca/en/news/advanced-news-search/news-results.html?sbj=trade">'
            f'International trade</a></h3>\n</div>')


def _head(doc: dict, description: str) -> str:
    issued = day(doc).isoformat()
    return f"""<head>
<meta charset="utf-8">
<!-- Web Experience Toolkit (WET) / Boîte à outils de l'expérience Web (BOEW) wet-boew.github.io/wet-boew/License-en.html -->
<title>{esc(doc['title'])} - Canada.ca</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="{attr(description)}">
<meta name="dcterms.title" content="{attr(doc['title'])}">
<meta name="dcterms.description" content="{attr(description)}">
<meta name="dcterms.creator" content="{attr(', '.join(doc['department']))}">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.subject" title="gccore" content="International relations;Trade">
<meta name="dcterms.issued" title="W3CDTF" content="{issued}">
<meta name="dcterms.modified" title="W3CDTF" content="{issued}">
<meta name="dcterms.audience" content="general public">
<meta name="dcterms.type" content="{attr(doc['category'].lower())}">
<meta property="og:title" content="{attr(doc['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(doc['url'])}">
<meta property="og:site_name" content="Canada.ca">
<link rel="canonical" href="{attr(doc['url'])}">
<link rel="alternate" hreflang="fr" href="{attr(_french(doc))}">
<link href="/etc/designs/canada/wet-boew/assets/favicon.ico" rel="icon" type="image/x-icon">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/jquery/2.2.4/jquery.min.js"></script>
<script>dataLayer1 = [];</script>
</head>"""


def _french(doc: dict) -> str:
    return doc.get("alternate") or doc["url"].replace("/en/", "/fr/", 1)


def document_page(doc: dict, lines: list[str]) -> str:
    byline = ", ".join(f'<a href="{attr(u)}">{esc(n)}</a>' for n, u in zip(doc["department"], doc["department_url"]))
    content_page = doc.get("page") == "content"
    if content_page:
        body = f'<div class="mwsbodytext text parbase section">\n<div class="cmp-text">\n{body_html(doc, lines, indent="  ")}\n</div>\n</div>'
        label = ""
    else:
        body = _sections(doc, lines)
        label = f'<div class="mwsgeneric-base-html parbase section">\n<h2 class="h5 mrgn-tp-0">{esc(doc["category"])}</h2>\n</div>\n'
    extras = "\n".join(part for part in (_related(doc), _contacts(doc), "" if content_page else _keywords(doc)) if part)
    issued = day(doc).isoformat()
    return f"""<!DOCTYPE html>
<!--[if lt IE 9]><html class="no-js lt-ie9" lang="en" dir="ltr"><![endif]-->
<html class="no-js" lang="en" dir="ltr">
{_head(doc, first_sentence(lines))}
<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li><li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header>
<div id="wb-bnr" class="container"><div class="row">
<section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Language selection</h2>
<ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="{attr(_french(doc))}"><span class="hidden-xs">Français</span><abbr title="Français" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">fr</abbr></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="https://www.canada.ca/en.html" property="url"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv"> / <span lang="fr">Gouvernement du Canada</span></span></a><meta property="name" content="Government of Canada"><meta property="areaServed" typeof="Country" content="Canada"></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.ca/en/sr/srb.html" method="get" name="cse-search-box" role="search"><div class="form-group wb-srch-qry"><label for="wb-srch-q" class="wb-inv">Search Canada.ca</label><input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" placeholder="Search Canada.ca"></div><button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span><span class="wb-inv">Search</span></button></form></section>
</div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2><button type="button" aria-haspopup="true" aria-expanded="false">Main <span class="wb-inv">Menu</span></button><ul role="menu" aria-orientation="vertical"><li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/jobs.html">Jobs and the workplace</a></li><li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/immigration-citizenship.html">Immigration and citizenship</a></li><li role="presentation"><a role="menuitem" href="https://travel.gc.ca/">Travel and tourism</a></li><li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/business.html">Business and industry</a></li></ul></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb"><li><a href="https://www.canada.ca/en.html">Canada.ca</a></li><li><a href="{attr(doc['department_url'][0])}">{esc(doc['department'][0])}</a></li><li><a href="https://www.canada.ca/en/news.html">News</a></li></ol></div></nav>
</header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<div class="mwstitle section">
<h1 property="name{'' if content_page else ' headline'}" id="wb-cont" dir="ltr">{esc(doc['title'])}</h1>
</div>
<div class="mwsgeneric-base-html parbase section">
<p class="gc-byline"><strong>From: {byline}</strong></p>
</div>
{label}<div id="news-release-container">
{body}
{extras}
</div>
<section class="pagedetails">
<h2 class="wb-inv">Page details</h2>
<div class="row"><div class="col-sm-8 col-md-9 col-lg-9"><div class="wb-disable"><a class="btn btn-default" href="https://www.canada.ca/en/report-problem.html">Report a problem or mistake on this page</a></div></div>
<div class="col-sm-3 col-sm-offset-1 col-md-3 col-md-offset-0 col-lg-2 col-lg-offset-1 text-right"><div class="wb-share" data-wb-share='{{"lnkClass": "btn btn-default btn-block"}}'>Share this page</div></div></div>
<dl id="wb-dtmd">
<dt>Date modified: </dt>
<dd><time property="dateModified">{issued}</time></dd>
</dl>
</section>
</main>
<footer id="wb-info">
<div class="gc-contextual"><div class="container"><nav><h3>{esc(doc['department'][0])}</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3"><li><a href="{attr(doc['department_url'][0])}">About us</a></li><li><a href="https://www.canada.ca/en/news.html">News</a></li></ul></nav></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3"><li><a href="https://www.canada.ca/en/contact.html">All contacts</a></li><li><a href="https://www.canada.ca/en/government/dept.html">Departments and agencies</a></li><li><a href="https://www.canada.ca/en/government/system.html">About government</a></li></ul></nav></div></div>
<div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3 class="wb-inv">Government of Canada Corporate</h3><ul><li><a href="https://www.canada.ca/en/social.html">Social media</a></li><li><a href="https://www.canada.ca/en/mobile.html">Mobile applications</a></li><li><a href="https://www.canada.ca/en/government/about.html">About Canada.ca</a></li><li><a href="https://www.canada.ca/en/transparency/terms.html">Terms and conditions</a></li><li><a href="https://www.canada.ca/en/transparency/privacy.html">Privacy</a></li></ul></nav><div class="wtrmrk align-self-end"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div></div></div>
</footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script>
<script src="/etc/designs/canada/wet-boew/js/theme.min.js"></script>
</body>
</html>
"""


def encode(page: str) -> tuple[bytes, str]:
    return page.encode("utf-8"), "text/html;charset=UTF-8"
