from __future__ import annotations

from datetime import date

from extractors.discovery import Candidate, keep, parse_candidates, parse_feed, parse_listing
from transforms.links import document_links

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Leaders' joint statement: Republic of Korea and Canada</title><link>https://www.pm.gc.ca/en/news/a</link>
<pubDate>Wed, 17 May 2023 09:00:00 GMT</pubDate></item>
<item><title>Prime Minister announces support for farmers</title><link>https://www.pm.gc.ca/en/news/b</link>
<pubDate>Fri, 02 Jun 2023 09:00:00 GMT</pubDate></item></channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>Japan-Australia Leaders' Meeting</title><link rel="alternate" href="/en/news/c"/>
<published>2023-05-20T00:00:00Z</published></entry></feed>"""

LISTING = b"""<html><body><nav><a href="/en/home">Home page of the site</a></nav><main><ul>
<li class="news-row"><a href="/en/news/statements/2023/05/17/joint">Joint statement with the Republic of Korea</a>
<span>May 17, 2023</span></li>
<li class="news-row"><a href="/en/news/readouts/2021/01/01/x">Prime Minister speaks with Korea's President</a>
<time datetime="2021-01-01">January 1, 2021</time></li>
<li><a href="?page=2">Next</a></li></ul></main></body></html>"""


def test_rss_and_atom_feeds_give_candidates_with_dates():
    rss = parse_feed(RSS, "https://www.pm.gc.ca/en/news.rss")
    assert [c.url for c in rss] == ["https://www.pm.gc.ca/en/news/a", "https://www.pm.gc.ca/en/news/b"]
    assert rss[0].published_on == date(2023, 5, 17)
    atom = parse_candidates(ATOM, "https://www.mofa.go.jp/feed", "feed")
    assert atom[0].url == "https://www.mofa.go.jp/en/news/c" and atom[0].published_on == date(2023, 5, 20)


def test_listing_rows_skip_navigation_and_pagers():
    cands = parse_listing(LISTING, "https://www.pm.gc.ca/en/news")
    assert [c.url for c in cands] == [
        "https://www.pm.gc.ca/en/news/statements/2023/05/17/joint",
        "https://www.pm.gc.ca/en/news/readouts/2021/01/01/x",
    ]
    assert cands[0].published_on == date(2023, 5, 17) and cands[1].published_on == date(2021, 1, 1)


def test_family_filter_keywords_window_and_domains():
    allowed = frozenset({"www.pm.gc.ca"})
    kw = ("Korea", "Corée")
    window = (date(2022, 9, 1), date(2023, 6, 30))
    ok = Candidate("https://www.pm.gc.ca/a", "Joint statement with the Republic of Korea", date(2023, 5, 17), "l")
    assert keep(ok, kw, *window, allowed)
    assert not keep(Candidate(ok.url, "Support for farmers", ok.published_on, "l"), kw, *window, allowed)
    assert not keep(Candidate(ok.url, ok.title, date(2021, 1, 1), "l"), kw, *window, allowed)
    assert not keep(Candidate("https://evil.example/a", ok.title, ok.published_on, "l"), kw, *window, allowed)


def _doc(doc_id, url, doc_type, lang, day, publisher="pmgcca", parties=("CAN", "KOR")):
    return {"doc_id": doc_id, "url": url, "doc_type": doc_type, "language": lang, "published_on": day,
            "publisher": publisher, "parties": list(parties)}


def test_relations_between_family_members():
    d = date(2023, 5, 17)
    docs = [
        _doc("js-en", "https://www.pm.gc.ca/en/js", "joint_statement", "en", d),
        _doc("js-fr", "https://www.pm.gc.ca/fr/js", "joint_statement", "fr", d),
        _doc("nr-en", "https://www.pm.gc.ca/en/nr", "news_release", "en", d),
        _doc("ro-en", "https://www.pm.gc.ca/en/ro", "readout", "en", d),
        _doc("js22", "https://www.pm.gc.ca/en/js22", "joint_statement", "en", date(2022, 9, 23)),
        _doc("other", "https://www.pm.gc.ca/en/other", "news_release", "en", date(2023, 1, 1)),
    ]
    hrefs = [{"doc_id": "js-fr", "href": "https://www.pm.gc.ca/en/js", "text": "English"},
             {"doc_id": "other", "href": "https://www.pm.gc.ca/en/js22/", "text": "statement"}]
    rel = {(r["from_doc_id"], r["to_doc_id"], r["relation"]) for r in document_links(docs, hrefs)}
    assert ("js-fr", "js-en", "translation_of") in rel
    assert ("js-en", "js-fr", "translation_of") not in rel
    assert ("nr-en", "js-en", "release_of") in rel
    assert ("ro-en", "js-en", "readout_of") in rel
    assert ("js-en", "js22", "follows_up") in rel
    assert ("other", "js22", "links_to") in rel
    assert not any(f == "other" and r != "links_to" for f, _, r in rel)
