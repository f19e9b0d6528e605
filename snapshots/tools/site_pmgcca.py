"""pm.gc.ca page markup (Drupal theme in use 2019-2024), rebuilt around a published text.

Selectors this markup honours (the ones public scrapers of the live site use):
title ``div.title-header-inner h1``; body ``article.full-article
div.content-news-article div.field--name-body``; date
``div.field--name-field-date-released time[datetime]``; place ``span.inline-date``
(last text node); listing rows ``li.news-row.nid-<node id>``.
"""
from __future__ import annotations

from datetime import date

from _html import attr, body_html, day, display_date, esc, first_sentence

L10N = {
    "en": {"home": "/en", "skip": "Skip to main content", "toggle": ("fr", "Français"),
           "menu": [("News", "/en/news"), ("Photos & Videos", "/en/photos"),
                    ("Justin Trudeau", "/en/prime-minister-justin-trudeau"), ("The Team", "/en/cabinet"),
                    ("Connect", "/en/connect")],
           "search": "Search pm.gc.ca", "breadcrumb": "Breadcrumb", "share": "Share this page",
           "modified": "Date modified:", "related": "Associated Links", "site": "Prime Minister of Canada",
           "footer": [("Important Notices", "/en/important-notices"), ("Help", "/en/help"),
                      ("Media", "/en/media")], "news": "News", "canada": "Government of Canada"},
    "fr": {"home": "/fr", "skip": "Passer au contenu principal", "toggle": ("en", "English"),
           "menu": [("Nouvelles", "/fr/nouvelles"), ("Photos et vidéos", "/fr/photos"),
                    ("Justin Trudeau", "/fr/premier-ministre-justin-trudeau"), ("L’équipe", "/fr/cabinet"),
                    ("Restez branchés", "/fr/restez-branches")],
           "search": "Rechercher pm.gc.ca", "breadcrumb": "Fil d’Ariane", "share": "Partager cette page",
           "modified": "Date de modification :", "related": "Liens connexes",
           "site": "Premier ministre du Canada",
           "footer": [("Avis importants", "/fr/avis-importants"), ("Aide", "/fr/aide"),
                      ("Médias", "/fr/medias")], "news": "Nouvelles", "canada": "Gouvernement du Canada"},
}
CHROME = {
    # screen-reader labels the stored texts show, per page generation
    "2023": {"container": "Main Container", "crest": "Prime Minister Crest", "content": "Main Content",
             "site_name": None, "search_mobile": None, "search": "Search form", "crumb_prefix": ""},
    "2022": {"container": "Main Container", "crest": None, "content": "Main content.",
             "site_name": "Prime Minister of Canada Justin Trudeau", "search_mobile": "Search form Mobile",
             "search": "Search form", "crumb_prefix": "- "},
}


def _head(doc: dict, t: dict, description: str) -> str:
    canonical = doc.get("canonical", doc["url"])
    lang = doc["language"]
    alternate = ""
    if doc.get("alternate"):
        other = t["toggle"][0]
        alternate = (f'<link rel="alternate" hreflang="{lang}" href="{attr(canonical)}" />\n'
                     f'<link rel="alternate" hreflang="{other}" href="{attr(doc["alternate"])}" />\n')
    return f"""<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{attr(description)}" />
<link rel="canonical" href="{attr(canonical)}" />
<link rel="shortlink" href="https://www.pm.gc.ca/{lang}/node/{doc['nid']}" />
{alternate}<meta property="og:site_name" content="{attr(t['site'])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{attr(canonical)}" />
<meta property="og:title" content="{attr(doc['title'])}" />
<meta property="og:description" content="{attr(description)}" />
<meta property="og:image" content="https://www.pm.gc.ca/themes/custom/pm/images/og-{lang}.jpg" />
<meta property="article:published_time" content="{doc['released_at']}" />
<meta property="article:modified_time" content="{doc['released_at']}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@CanadianPM" />
<meta name="twitter:title" content="{attr(doc['title'])}" />
<meta name="dcterms.title" content="{attr(doc['title'])}" />
<meta name="dcterms.language" content="{'eng' if lang == 'en' else 'fra'}" />
<link rel="icon" href="/themes/custom/pm/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(doc['title'])} | {esc(t['site'])}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx3hC8Xo1mN0o8tH4l3iS1E8B6gPp1ZcCw2aR9cT5Ys.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"{lang}","currentPath":"node\\/{doc['nid']}"}},"pm":{{"nodeType":"news"}}}}</script>
<script src="/sites/default/files/js/js_7yP3vO0cQmRk3nS0bJ4e1yV2gK8tA5dLwX6hU9zF2Nw.js"></script>
</head>"""


def _header(doc: dict, t: dict, chrome: dict) -> str:
    toggle_lang, toggle_text = t["toggle"]
    toggle_href = doc.get("alternate") or f"https://www.pm.gc.ca/{toggle_lang}/node/{doc['nid']}"
    menu = "\n".join(f'      <li class="menu-item"><a href="{href}">{esc(label)}</a></li>' for label, href in t["menu"])
    crest = f'<span class="visually-hidden">{esc(chrome["crest"])}</span>' if chrome["crest"] else ""
    site_name = (f'\n    <div class="site-name"><a href="{t["home"]}" rel="home">{esc(chrome["site_name"])}</a></div>'
                 if chrome["site_name"] else "")
    search_mobile = (f'\n    <div class="search-mobile"><h2 class="visually-hidden">{esc(chrome["search_mobile"])}</h2>'
                     f'<form action="/{doc["language"]}/search" method="get"><input type="search" name="keys" '
                     f'aria-label="{attr(t["search"])}" /></form></div>' if chrome["search_mobile"] else "")
    return f"""  <header role="banner" class="site-header">
    <div class="crest-container"><a href="{t['home']}" rel="home" class="crest-link"><img src="/themes/custom/pm/images/pm-crest.svg" alt="" width="80" height="80" />{crest}</a></div>{site_name}
    <div class="language-switcher"><a lang="{toggle_lang}" hreflang="{toggle_lang}" href="{attr(toggle_href)}">{toggle_text}</a></div>{search_mobile}
    <div class="search-block-form" role="search"><h2 class="visually-hidden">{esc(chrome['search'])}</h2>
      <form action="/{doc['language']}/search" method="get" accept-charset="UTF-8"><label class="visually-hidden" for="edit-keys">{esc(t['search'])}</label><input type="search" id="edit-keys" name="keys" placeholder="{attr(t['search'])}" /><input type="submit" value="Search" class="button" /></form>
    </div>
    <nav role="navigation" aria-label="Main navigation" class="main-menu">
     <ul class="menu">
{menu}
     </ul>
    </nav>
  </header>"""


def _related(doc: dict, t: dict) -> str:
    if not doc.get("related"):
        return ""
    items = "\n".join(f'        <li><a href="{attr(url)}">{esc(text)}</a></li>' for text, url in doc["related"])
    return f"""      <h2>{t['related']}</h2>
      <ul>
{items}
      </ul>"""


def document_page(doc: dict, lines: list[str]) -> str:
    lang, t, chrome = doc["language"], L10N[doc["language"]], CHROME[doc.get("chrome", "2023")]
    published: date = day(doc)
    body = body_html(doc, lines, indent="      ")
    related = _related(doc, t)
    in_body = f"\n{related}" if related and doc.get("related_in_body") else ""
    after_body = (f'\n    <div class="field field--name-field-related-links">\n{related}\n    </div>'
                  if related and not doc.get("related_in_body") else "")
    video = ""
    if doc.get("video_title"):
        video = f"""
    <div class="field field--name-field-video">
      <h2 class="video-title">{esc(doc['video_title'])}</h2>
      <div class="video-embed"><iframe title="{attr(doc['video_title'])}" src="https://www.youtube.com/embed/videoseries?list=PLJxN6KKLtrD0" allowfullscreen></iframe></div>
    </div>"""
    crumb = chrome["crumb_prefix"]
    crumb_li = f'<li class="active">{esc(crumb)}{esc(doc["title"])}</li>' if crumb else \
        f'<li><a href="{t["home"]}/news">{esc(t["news"])}</a></li><li class="active">{esc(doc["category"])}</li>'
    place = f'\n{esc(doc["place"])}' if doc.get("place") else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" prefix="og: https://ogp.me/ns#">
{_head(doc, t, first_sentence(lines))}
<body class="path-node page-node-type-news news-type-{attr(doc['category'].lower().replace(' ', '-'))}">
<a href="#main-content" class="visually-hidden focusable skip-link">{t['skip']}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="main-container">
  <h2 class="visually-hidden">{esc(chrome['container'])}</h2>
{_header(doc, t, chrome)}
  <nav class="breadcrumb-nav" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">{t['breadcrumb']}</h2>
    <ol class="breadcrumb"><li><a href="{t['home']}">pm.gc.ca</a></li>{crumb_li}</ol></nav>
  <div class="title-header"><div class="title-header-inner">
    <div class="news-type">{esc(doc['category'])}</div>
    <h1>{esc(doc['title'])}</h1>
  </div></div>
  <main role="main">
  <a id="main-content" tabindex="-1"></a>
  <h2 class="visually-hidden">{esc(chrome['content'])}</h2>
  <article role="article" about="{attr(doc.get('canonical', doc['url']))}" class="node node--type-news node--view-mode-full full-article">
   <div class="content-news-article">
    <span class="inline-date"><div class="field field--name-field-date-released field--type-datetime field--label-hidden field__item"><time datetime="{doc['released_at']}">{display_date(published, lang)}</time></div>{place}</span>{video}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}{in_body}
    </div>{after_body}
    <div class="share-links"><h2 class="visually-hidden">{t['share']}</h2>
      <ul class="share"><li><a href="mailto:?subject={attr(doc['title'])}">Email</a></li><li><a href="https://twitter.com/intent/tweet?url={attr(doc['url'])}">Twitter</a></li><li><a href="https://www.facebook.com/sharer/sharer.php?u={attr(doc['url'])}">Facebook</a></li><li><a href="https://www.linkedin.com/shareArticle?url={attr(doc['url'])}">LinkedIn</a></li></ul>
    </div>
   </div>
  </article>
  <div class="date-modified"><dl><dt>{t['modified']}</dt><dd><time datetime="{published.isoformat()}">{published.isoformat()}</time></dd></dl></div>
  </main>
{_footer(t)}
</div>
</div>
<script src="/sites/default/files/js/js_Bf2h9LwTq4vN8cR1yS6uE0kJ3mZ5aX7dPgH2oW4iQ9c.js"></script>
</body>
</html>
"""


def _footer(t: dict) -> str:
    links = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in t["footer"])
    return f"""  <footer role="contentinfo" class="site-footer">
    <div class="footer-title">Justin Trudeau, <span class="footer-pm">{esc(t['site'])}</span></div>
    <ul class="social"><li><a href="https://twitter.com/CanadianPM">Twitter</a></li><li><a href="https://www.youtube.com/pmcanada">YouTube</a></li><li><a href="https://www.flickr.com/photos/pmtrudeau">Flickr</a></li></ul>
    <nav aria-label="Footer"><ul class="menu">{links}</ul></nav>
    <div class="canada-wordmark"><a href="https://www.canada.ca/{'fr' if t['home'] == '/fr' else 'en'}.html"><img src="/themes/custom/pm/images/wmms-spl.svg" alt="{esc(t['canada'])}" /></a></div>
  </footer>"""


def encode(page: str) -> tuple[bytes, str]:
    return page.encode("utf-8"), "text/html; charset=utf-8"
