"""Any other site: find the main text without site-specific selectors.

- content: a known body container (WordPress ``.entry-content``, Drupal
  ``.field--name-body``, ``[itemprop=articleBody]``...), else the most specific
  of ``<article>``/``<main>``/``[role=main]`` that keeps the text, else the
  block holding most paragraph text; nav/header/footer/aside/forms removed;
- title: og:title (unless the first h1 is it made longer), else the first h1, else <title>, without a " | Site" suffix;
- date: date meta tags, else ``<time datetime>``, else the dateline, else the
  first date printed after the title, else a closing "place, date" line;
- location: the dateline's city, else a place printed beside the date, else
  a closing sign-off ("New Delhi / March 19, 2022");
- language: <html lang> or meta, unless the body's script says otherwise.
Not body text: a heading that repeats the title, a bar of short links ("Print
Email", "Facebook X"), leading date/label lines ("26 septembre 2024 -
Thématique : Europe"), a closing sign-off of place and date. A paragraph that
is one short bold phrase ("<p><strong>A Global Alliance</strong></p>") is a
section heading.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import islice

from lxml import etree

from extractors.adapters._body import walk_body
from extractors.adapters._common import chrome_vocab, collect_links, drop_hidden, load_data, meta_content, page_language
from extractors.adapters._dateline import city_of, is_office, looks_like_place, office_seat, read_dateline
from extractors.adapters._edges import drop_sign_off, is_bold_heading, is_preamble, is_title_block_line, without_notes
from extractors.adapters._tree import (DOCUMENT, clean_text, first, node_text, remove, same_markup,
                                       strings_after)
from extractors.dates import find_date, parse_date
from extractors.errors import ParseError
from extractors.records import Paragraph, ParsedDocument
from extractors.selectors import select_all

DOMAINS: tuple[str, ...] = ()
CONTENT_HINTS = (".entry-content", ".field--name-body", "[itemprop=articleBody]", ".article-body", ".govspeak",
                 ".article__body", ".body-content", ".post-content", ".news-body", ".ecl-paragraph",
                 "#news-release-container", ".board_detail .bo_con")
SEMANTIC = "article, main, [role=main]"
CHROME = ("nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], "
          "[role=search], [role=complementary], figcaption, .breadcrumb, .breadcrumbs, .share, .social-share, "
          ".sharing, .related, .cookie-banner, #cookie-notice, .skip-link, .pagination, .pager")
DATE_META = ("article:published_time", "dcterms.issued", "DC.date.issued", "DC.date", "dc.date", "date",
             "pubdate", "publish-date", "datePublished", "dcterms.date", "og:published_time")
TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " » ")
AFTER_TITLE_CHARS = 400
PROSE_CHARS = 40  # a paragraph at least this long (links aside) is prose, when the page has any


def _site_names(doc: etree._Element) -> set[str]:
    names = {meta_content(doc, "og:site_name"), meta_content(doc, "application-name")}
    return {n.strip().casefold() for n in names if n}


def _strip_site(text: str, sites: set[str], h1: str | None) -> str:
    if h1 and text != h1 and text.startswith(h1) and text[len(h1):].strip()[:1] in "|-–—:·»":
        return h1
    for sep in TITLE_SEPARATORS:
        if sep not in text:
            continue
        head, tail = (part.strip() for part in text.rsplit(sep, 1))
        words = len(tail.split())
        if tail.casefold() in sites:
            return head
        if text == h1:
            continue  # the heading the page prints: its short last part is its own ("... – joint statement")
        if (sep == " | " and words <= 8) or (words <= 3 and len(head) > 3 * len(tail)):
            return head
    return text


def _is_logo(h1: etree._Element, doc: etree._Element) -> bool:
    """An h1 that holds the site's name as its logo ("<h1 id="logo"><a><img .../>Présidence de la
    République du Cameroun</a></h1>"), with <title> ending in that name: no title of the page."""
    marks = f"{h1.get('id') or ''} {h1.get('class') or ''}".lower()
    if "logo" not in marks and next(h1.iter("img"), None) is None:
        return False
    title_node = first(doc, "title")
    page_title = clean_text(node_text(title_node)) if title_node is not None else ""
    name = clean_text(node_text(h1)).casefold()
    return bool(name) and page_title.casefold().endswith(name) and page_title.casefold() != name


def title(doc: etree._Element, url: str) -> str:
    logos = {h for h in doc.iter("h1") if node_text(h) and _is_logo(h, doc)}
    h1_node = next((h for h in doc.iter("h1") if node_text(h) and h not in logos), None)
    h1 = node_text(h1_node) if h1_node is not None else None
    title_node = first(doc, "title")
    page_title = node_text(title_node) if title_node is not None else None
    sites = _site_names(doc) | {clean_text(node_text(h)).casefold() for h in logos}
    og = meta_content(doc, "og:title", "twitter:title")
    if og and h1 and len(clean_text(h1)) > len(clean_text(og)) and clean_text(h1).startswith(clean_text(og)):
        og = None  # a shortened share title: the h1 goes on ("... on the Strengthening of the Strategic Partnership")
    for candidate in (og, h1, _titled_heading(doc), page_title):
        if candidate and clean_text(candidate):
            return _strip_site(clean_text(candidate), sites, h1)
    raise ParseError(url, "no title: og:title, h1, a heading marked as the title and <title> are all missing or empty")


def _titled_heading(doc: etree._Element) -> str | None:
    """With no h1, a heading whose id or class names it the title ("<h2 id="Titleh2">", "entry-title"):
    such pages' <title> is often the site's alone ("Press Release:Press Information Bureau")."""
    for node in doc.iter("h2", "h3", "h4"):
        marks = f"{node.get('id') or ''} {node.get('class') or ''}".lower()
        if "title" in marks and (text := node_text(node)):
            return text
    # a Korean board's title line, no heading at all: "<p class="view_tit">", "<p class="b-title-box">"
    for node in doc.iter("p", "div", "span", "strong"):
        marks = f"{node.get('id') or ''} {node.get('class') or ''}".lower()
        if re.search(r"(?:^|[\s_-])(?:view_?tit|tit|title|b-title-box|subject)(?:$|[\s_-])", marks) \
                and len(text := node_text(node)) >= 10 and len(node) <= 2 \
                and not any(a.tag in ("header", "nav", "footer") for a in node.iterancestors()):
            return text
    return None


def _paragraphs(node: etree._Element) -> list[etree._Element]:
    return list(node.iterdescendants("p", "li"))


def _text_size(node: etree._Element) -> int:
    return sum(len(node_text(p)) for p in _paragraphs(node) if next(p.iterancestors("li"), None) is None)


def _half_the_text(doc: etree._Element) -> float:
    """Half the size of the page's text: a chrome element holds less."""
    body = first(doc, "body")
    return 0.5 * (_text_size(body if body is not None else doc) or 1)


def _chrome_elements(doc: etree._Element) -> list[etree._Element]:
    """Elements of the kinds that hold chrome (``CHROME``), but not a form holding most of the page's text:
    an ASP.NET page wraps everything in one ``<form id="form1">`` (India's PIB)."""
    limit = _half_the_text(doc)
    return [node for node in select_all(doc, CHROME) if node.tag != "form" or _text_size(node) < limit]


_FIELD_LABEL = re.compile(r"(?:^|\s)field(?:__|-)label(?:\s|$)")  # a CMS field's label: "Topics", "Countries"


def _chrome_by_class(doc: etree._Element) -> list[etree._Element]:
    """Elements whose class names mark them as chrome (chrome.toml [classes]) and that hold less than a
    half of the page’s text; the outermost of nested ones."""
    parts = frozenset(load_data("chrome")["classes"]["parts"])
    marked = [node for node in doc.iter("*") if (classes := node.get("class"))
              and (any(part in classes for part in parts)  # (a substring test first: most classes are not)
                   and parts.intersection(re.split(r"[-_\s]+", classes.lower()))
                   or _FIELD_LABEL.search(classes))]
    if not marked:
        return []
    limit = _half_the_text(doc)
    found: set[etree._Element] = set()
    for node in marked:  # document order: an outer element comes before the ones inside it
        if not any(a in found for a in node.iterancestors()) and _text_size(node) < limit:
            found.add(node)
    return [node for node in marked if node in found]


_SUMMARY_CLASSES = frozenset({"description", "lead", "lede", "dek", "intro", "abstract", "excerpt"})


def _summary(doc: etree._Element) -> list[etree._Element]:
    """The page's summary printed above the text: an element classed as one ("documentDescription
    description") whose text is the page's meta description. (A first paragraph that only matches the meta
    description is kept: many sites describe a page by its opening.)"""
    described = {" ".join((meta_content(doc, name) or "").split())
                 for name in ("description", "og:description", "twitter:description")} - {""}
    if not described:
        return []
    return [node for node in doc.iter("*") if (classes := node.get("class"))
            and _SUMMARY_CLASSES.intersection(re.split(r"[-_\s]+", classes.lower()))
            and " ".join(node_text(node).split()) in described]


def content_root(doc: etree._Element) -> etree._Element:
    """The element that holds the document's text (see module docstring)."""
    body = first(doc, "body")
    if body is None:
        body = doc
    total = _text_size(body) or 1
    hinted = [node for css in CONTENT_HINTS for node in select_all(doc, css)]
    if hinted:
        best = max(hinted, key=_text_size)
        if _text_size(best) >= 0.3 * total:
            return best
    semantic = [(node, _text_size(node)) for node in select_all(doc, SEMANTIC)]
    if semantic:
        widest = max(size for _node, size in semantic)
        keep = [node for node, size in semantic if size >= 0.9 * widest and size >= 0.3 * total]
        if keep:
            return max(keep, key=lambda node: sum(1 for _ in node.iterancestors()))
    scores: dict[int, list] = {}
    sizes = [(p, _unlinked_size(p)) for p in _paragraphs(body) if next(p.iterancestors("p", "li"), None) is None]
    floor = PROSE_CHARS if any(size >= PROSE_CHARS for _p, size in sizes) else 1
    for p, size in sizes:
        if size < floor:  # short lines (type labels, dates, "Share", e-mail addresses) do not place the body
            continue
        parent = p.getparent()
        grandparent = parent.getparent() if parent is not None else None
        for node, weight in ((parent, 1.0), (grandparent, 0.6)):
            if node is not None:
                scores.setdefault(id(node), [node, 0.0])[1] += weight * size
    if not scores:
        return body
    return max(scores.values(), key=lambda item: item[1])[0]


def _unlinked_size(node: etree._Element) -> int:
    """Text length of a paragraph minus its link text (menus score nothing)."""
    return len(node_text(node)) - sum(len(node_text(a)) for a in node.iterdescendants("a"))


def _meta_date(doc: etree._Element) -> date | None:
    value = meta_content(doc, *DATE_META)
    if value and parse_date(value):
        return parse_date(value)
    for node in select_all(doc, "time[datetime], [itemprop=datePublished]"):
        found = parse_date(node.get("datetime") or node.get("content") or node_text(node))
        if found:
            return found
    return None


def _holds(node: etree._Element, h1: etree._Element) -> bool:
    """True if the h1, or an element with the same markup, is inside ``node``."""
    return any(same_markup(inner, h1) for inner in node.iterdescendants(h1.tag))


def _title_node(doc: etree._Element, page_title: str) -> etree._Element | None:
    """The element printing the title: a heading whose text is the title (the h1 first), else the first
    h1, else a short block whose text is the title ("<h3 class="tit">" under a logo's h1)."""
    key = page_title.casefold()

    def printing(*tags: str) -> etree._Element | None:
        return next((node for node in doc.iter(*tags) if len(text := node_text(node)) <= 2 * len(page_title)
                     and text.casefold() == key), None)

    for found in (printing("h1"), printing("h2", "h3", "h4", "h5", "h6"), first(doc, "h1")):
        if found is not None:  # (an element without children is falsy: test for None)
            return found
    return printing("p", "div", "span", "strong")


def _title_area(doc: etree._Element, h1: etree._Element | None) -> list[etree._Element]:
    """Short elements beside the title element ``h1`` (same parent or grandparent) that print a date."""
    if h1 is None:
        return []
    found: list[etree._Element] = []
    parent = h1.getparent()
    for container in (parent, parent.getparent() if parent is not None else None):
        if container is None or container.tag in ("body", "html", DOCUMENT):
            continue
        for node in container.iterdescendants(etree.Element):
            if node is h1 or _holds(node, h1) or any(same_markup(node, seen) for seen in found):
                continue
            text = node_text(node)
            if len(text) <= 120 and find_date(text) and not any(
                    find_date(node_text(inner)) for inner in node.iterdescendants(etree.Element)):
                found.append(node)
    return found


def _type_label(h1: etree._Element | None) -> str | None:
    """A label of the page's kind printed beside the title element ("Joint Statement", "Media release"),
    in the title's parent or grandparent, before the body."""
    if h1 is None:
        return None
    parent = h1.getparent()
    for container in (parent, parent.getparent() if parent is not None else None):
        if container is None or container.tag in ("body", "html", DOCUMENT):
            continue
        for node in container.iterdescendants(etree.Element):
            text = node_text(node)
            if text and len(text) <= 40 and chrome_vocab().is_type_label(text):
                return text
    return None


def _place_beside(text: str) -> str | None:
    """The place in a short date line: "Statement | 24 November 2023 | St. John's" -> St. John's."""
    found = find_date(text)
    rest = text[: found.start] + " | " + text[found.end:] if found else text
    segments = [seg.strip(" ,-–—:") for seg in re.split(r"[|·•/\n]", rest)]
    segments = [seg for seg in segments if seg and not chrome_vocab().is_type_label(seg)]
    if len(segments) == 1 and is_office(segments[0]):
        return office_seat(segments[0])
    if len(segments) == 1 and looks_like_place(segments[0]):
        return city_of(segments[0])
    return None


def _place_near_date(doc: etree._Element, title_area: list[etree._Element]) -> str | None:
    """A place printed beside the release date (<time> line or the date line by the title)."""
    for node in select_all(doc, "time"):
        container = node.getparent()
        for _ in range(2):
            if container is None or len(node_text(container)) > 120:
                break
            place = _place_beside(node_text(container).replace(node_text(node), " | ", 1))
            if place:
                return place
            container = container.getparent()
    for node in title_area:
        place = _place_beside(node_text(node))
        if place:
            return place
    return None


def _date_near_title(h1: etree._Element | None, title_area: list[etree._Element]) -> date | None:
    """A date line beside the title element ``h1``, else the first date printed after it."""
    for node in title_area:
        found = parse_date(node_text(node))
        if found:
            return found
    if h1 is None:
        return None
    following = " ".join(s.strip() for s in islice(strings_after(h1), 60) if s.strip())
    return parse_date(following[:AFTER_TITLE_CHARS])


def _title_block(root: etree._Element, title_node: etree._Element | None) -> list[etree._Element]:
    """The block around the title inside the body container ("<div class="view_head">": category,
    title, summary, writer and date, share buttons), when it holds little of the text: page
    metadata, not body."""
    if title_node is None:
        return []
    block = title_node.getparent()
    if block is None or block is root or not any(a is root for a in block.iterancestors()):
        return []
    return [block] if _text_size(block) < 0.2 * (_text_size(root) or 1) else []


def _section_level(root: etree._Element) -> None:
    """A body whose sections are headed by h4 (the page's title being an h2 or h3) and no h2/h3:
    the h4 are its section headings; so are they under h3 with no h2 ("<h3>[붙임] ... 합의</h3>" then
    "<h4>1. ...</h4>"): the sections are read flat."""
    if next(root.iter("h2"), None) is None:
        for node in root.iter("h4"):
            node.tag = "h3"


def _link_bars(root: etree._Element) -> list[etree._Element]:
    """Blocks whose only text is two or more short links ("Print Email", "Facebook | X"): tool bars."""
    bars = []
    for node in root.iter("div", "p", "ul", "span", "section"):
        links = [a for a in node.iter("a")]
        if len(links) < 2 or len(node_text(node)) > 60:
            continue
        linked = "".join(node_text(a) for a in links)
        own = re.sub(r"[\s|·•/,-]+", "", node_text(node))
        if own and own == re.sub(r"[\s|·•/,-]+", "", linked) and all(len(node_text(a).split()) <= 3 for a in links):
            bars.append(node)
    return [b for b in bars if not any(other in bars for other in b.iterancestors())]


def _label_tables(root: etree._Element) -> list[etree._Element]:
    """Tables of labels and values, one of each per row ("<th>보도 일시</th><td>2024. 6. 12.(수) 배포 즉시 보도
    가능</td>", "<th>Contact</th><td>...</td>"): a release's particulars, not its text."""
    found = []
    for table in root.iter("table"):
        rows = [r for r in table.iter("tr")]
        if not rows or len(rows) > 8:
            continue
        if all(len(r.findall("th")) >= 1 and len(r.findall("th")) == len(r.findall("td"))
               and all(len(node_text(td)) <= 100 for td in r.findall("td")) for r in rows):
            found.append(table)  # (a label and its value, once or twice a row)
    # ... and lists of them: "<li><strong>담당자</strong><span>이지훈</span></li><li><strong>등록일</strong>..."
    for items in root.iter("ul", "ol", "dl"):
        children = [c for c in items if isinstance(c.tag, str)]
        if items.tag == "dl":
            pairs = len(children) >= 2 and all(c.tag in ("dt", "dd") and len(node_text(c)) <= 60 for c in children)
        else:
            pairs = len(children) >= 2 and all(
                c.tag == "li" and len(node_text(c)) <= 60 and len(c) == 2 and c[0].tag in ("strong", "b", "em", "span")
                and c[1].tag == "span" and node_text(c[0]) and node_text(c[1]) for c in children)
        if pairs:
            found.append(items)
    return found


_TAXONOMY_HREF = re.compile(r"/(?:category|categories|tags?|taxonomy/term|topics?|rubriques?|categorie|cat[eé]gories?"
                            r"|th[eé]matiques?|etiquettes?)/", re.IGNORECASE)


def _taxonomy_labels(root: etree._Element) -> list[etree._Element]:
    """Blocks whose whole text is a link to a category or tag of the site ("<li class="entry-category"><a
    href="/category/actualites/communiques/">Communiqués</a>"): the page's filing, not its text."""
    found = []
    for a in root.iter("a"):
        if not _TAXONOMY_HREF.search(a.get("href") or ""):
            continue
        block = next((n for n in a.iterancestors() if n.tag in ("p", "li", "div", "span", "dd")), None)
        if block is not None and block is not root and node_text(block).strip() == node_text(a).strip():
            found.append(block)
    return found


def _trailing_links(root: etree._Element) -> list[etree._Element]:
    """Blocks after the last paragraph of prose whose whole text is one short link ("Visit the meeting
    page", "Read the Chair's statement"): buttons under the text."""
    last_prose = None
    for p in root.iter("p", "li"):  # (a sentence: not an address of the press office)
        if _unlinked_size(p) >= PROSE_CHARS and node_text(p).rstrip(" ”’\"')»").endswith((".", "!", "?", ";", ":")):
            last_prose = p
    if last_prose is None:
        return []
    found = []
    after = False
    for node in root.iter("p", "div", "li"):
        if node is last_prose:
            after = True
            continue
        if not after or any(a is last_prose for a in node.iterancestors()) or any(f in node.iterancestors() for f in found):
            continue
        links = list(node.iter("a"))
        text = node_text(node)
        if len(links) == 1 and text and text == node_text(links[0]) and len(text.split()) <= 8 \
                and not text.rstrip().endswith((".", "!", "?")) and not last_prose in node.iterdescendants():
            found.append(node)
    return found


def _bold_headings(root: etree._Element) -> None:
    """Turn short bold phrases that head a paragraph into section headings, in place: a paragraph that is
    nothing but one ("<p><strong>A Global Alliance</strong></p>") becomes an h3; one that opens a
    paragraph before a line break ("<p><strong>Cooperation for Peace</strong><br>The two leaders ...")
    moves into an h3 of its own before it."""
    for p in list(root.iter("p")):
        inner = _unwrapped(p)
        if inner is not p:  # "<p><span><span><strong><u>Defence and Security</u></strong></span></span></p>"
            if inner.tag in ("strong", "b") and is_bold_heading(text := node_text(inner)) and not find_date(text) \
                    and next(inner.iter("br"), None) is None:
                p.tag = "h3"
            continue
        children = [c for c in p if isinstance(c.tag, str)]
        if not children or children[0].tag not in ("strong", "b") or (p.text or "").strip() \
                or (children[0].tail or "").strip():
            continue
        bold = children[0]
        text = node_text(bold)
        if not is_bold_heading(text) or find_date(text) or next(bold.iter("br"), None) is not None:
            continue
        if len(children) == 1:
            p.tag = "h3"
        elif children[1].tag == "br":
            heading = etree.Element("h3")
            heading.text = text
            p.addprevious(heading)
            p.text = children[1].tail
            p.remove(bold)
            p.remove(children[1])


_WRAPPERS = frozenset({"span", "font", "u", "em", "i"})
_BYLINE = re.compile(r"(?i:from|by|par|source)\s*:\s*\S")  # "From: Global Affairs Canada" set as a heading


def _unwrapped(p: etree._Element) -> etree._Element:
    """The element inside ``p`` that holds all of it through wrappers of one child each (spans a word
    processor leaves: "<p><span><span><strong>...</strong></span></span></p>"); ``p`` when there are none."""
    node = p
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) != 1 or (node.text or "").strip() or (children[0].tail or "").strip():
            return node
        if children[0].tag not in _WRAPPERS:  # the element held: itself, unless p holds it directly
            return p if node is p else children[0]  # ("<p><strong>...</strong></p>": read as before)
        node = children[0]


def _without_title(headings: tuple[str, ...], paragraphs: list[Paragraph], page_title: str
                   ) -> tuple[tuple[str, ...], list[Paragraph]]:
    """Drop section headings that repeat the title (an h2 title), bylines set as headings ("From: Global
    Affairs Canada"), a first heading that is the statement's formal name (chrome.toml [headings]) or
    has no text under it before the next one, and a last one with no text under it, renumbering the sections
    (their text stays)."""
    key = page_title.casefold()
    names = tuple(load_data("chrome")["headings"]["statement_names"])
    headings = tuple(h.strip("<>〈〉《》 ") if h[:1] in "<〈《" and h[-1:] in ">〉》" else h for h in headings)
    # (the title between angle brackets, as a Korean release sets it: "< 한-일 산업장관 공동 언론발표문 >")
    def is_name(h: str) -> bool:  # "COMMUNIQUÉ FINAL", "JOINT COMMUNIQUÉ BETWEEN THE REPUBLIC OF KENYA AND ..."
        low = h.casefold().rstrip(" .")
        return low.endswith(names) or (low.startswith(names) and (h.isupper() or len(h.split()) <= 12))

    def names_it(i: int) -> bool:  # (the parties in capitals above the text: "RÉPUBLIQUE DU BÉNIN – RÉPUBLIQUE DE CORÉE")
        h = headings[i - 1]
        return not any(p.section_no == i for p in paragraphs) or is_name(h) \
            or (h.isupper() and re.search(r"\s[-–—]\s", h) is not None)
    lead = 0  # the leading headings that name the statement ("COMMUNIQUÉ CONJOINT", then the parties)
    while lead < len(headings) - 1 and names_it(lead + 1):
        lead += 1
    if lead == len(headings) - 1 and headings and is_name(headings[-1]) and headings[-1].isupper():
        lead += 1  # a lone heading that is the statement's name in capitals: no section
    name_line = lead > 0
    # a last heading with nothing under it signs the page off ("Service Communication de la Présidence")
    empty_last = len(headings) > 1 and not any(p.section_no == len(headings) for p in paragraphs)
    if not name_line and not empty_last and not any(h.casefold() == key or _BYLINE.match(h) for h in headings):
        return headings, paragraphs
    if name_line and is_name(headings[0]) \
            and 0 < sum(p.section_no == 0 for p in paragraphs) <= 2:
        # a line or two above the statement's own name ("La Direction de la Communication ... porte à la
        # connaissance ... le communiqué final ..." / "COMMUNIQUÉ FINAL"): the publisher's preface
        paragraphs = [p for p in paragraphs if p.section_no != 0]
    numbers, kept = {0: 0}, []
    for i, h in enumerate(headings, start=1):
        if h.casefold() == key or i <= lead or _BYLINE.match(h) or (i == len(headings) and empty_last):
            numbers[i] = len(kept)
        else:
            kept.append(h)
            numbers[i] = len(kept)
    return tuple(kept), [replace(p, section_no=numbers[p.section_no]) for p in paragraphs]


# a Korean release's section line, lettered and with no predicate: "가. 전략적 소통 및 국방·방산 협력"
_LETTERED_HEADING = re.compile(r"[가나다라마바사아자차카타파하]\.\s+[^.]{2,40}")


def _lettered_headings(headings: tuple[str, ...], paragraphs: list[Paragraph]
                       ) -> tuple[tuple[str, ...], list[Paragraph]]:
    """A body with no headings whose sections are opened by lettered lines (two at least, "가." first, each
    with text under it): those lines are its section headings."""
    marks = [k for k, p in enumerate(paragraphs) if _LETTERED_HEADING.fullmatch(p.text.strip())
             and not p.text.strip().endswith("다")]
    if headings or len(marks) < 2 or not paragraphs[marks[0]].text.startswith("가") \
            or any(b - a < 2 for a, b in zip(marks, marks[1:])) or marks[-1] == len(paragraphs) - 1:
        return headings, paragraphs
    found, kept, section = [], [], 0
    for k, p in enumerate(paragraphs):
        if k in marks:
            found.append(p.text.strip())
            section += 1
        else:
            kept.append(replace(p, section_no=section))
    return tuple(found), kept


_TITLE_DATELINE = re.compile(r".+\((?P<place>[A-ZÀ-Ý][\w’'. -]{1,30}),\s*(?P<date>[^()]*\d{4})\)\s*")


def _title_place(title_text: str) -> str | None:
    """The place of a dateline the title ends with: "Déclaration conjointe ... (Paris, 6 mars 2025)"."""
    m = _TITLE_DATELINE.fullmatch(title_text)
    if m is None or parse_date(m.group("date")) is None:
        return None
    return m.group("place").strip() if looks_like_place(m.group("place").strip()) else None


def parse(doc: etree._Element, url: str) -> ParsedDocument:
    page_title = title(doc, url)
    meta_date = _meta_date(doc)
    title_node = _title_node(doc, page_title)
    title_area = _title_area(doc, title_node)
    type_label = _type_label(title_node)
    place = _place_near_date(doc, title_area)
    after_title = _date_near_title(title_node, title_area)
    remove(doc, _chrome_elements(doc))
    remove(doc, _chrome_by_class(doc))
    remove(doc, _summary(doc))
    root = content_root(drop_hidden(doc))
    remove(root, _title_block(root, title_node))
    links = collect_links([root], url)
    remove(root, _link_bars(root))
    remove(root, _taxonomy_labels(root))
    particulars = _label_tables(root)  # (the release date among them, read before they go)
    particulars_date = next((d for node in particulars if (d := parse_date(node_text(node)))), None)
    remove(root, particulars)
    remove(root, _trailing_links(root))
    _section_level(root)
    _bold_headings(root)
    headings, body = walk_body(root)
    headings, paragraphs = _lettered_headings(*_without_title(headings, list(body), page_title))
    paragraphs = without_notes(paragraphs)  # (first: a note line may stand before the preamble's lines)
    lead: list[Paragraph] = []
    while paragraphs and is_preamble(paragraphs[0], page_title):
        lead.append(paragraphs[0])
        paragraphs = paragraphs[1:]
    # the title block's "entre X et Y" line, maybe after an editors' introduction
    paragraphs = [p for k, p in enumerate(paragraphs) if k > 2 or not is_title_block_line(p.text)] or paragraphs
    paragraphs, signed_at, signed_on = drop_sign_off(paragraphs)
    # headings left with no text under them at the end (a photo gallery's, once its captions are gone)
    headings = headings[: max((p.section_no for p in paragraphs), default=0)]
    language = page_language(doc, "\n".join(p.text for p in paragraphs), url)
    datelines = [d for p in (*lead, *paragraphs[:1]) if (d := read_dateline(p.text, language)) is not None]
    placed = next((d for d in datelines if d.place), None)  # a bare date line may come before the dateline
    dated = next((d for d in datelines if d.published_on), None)
    if meta_date and after_title and abs((meta_date - after_title).days) == 1:
        meta_date = after_title  # a timestamp in UTC across midnight: the date the page prints is the day
    return ParsedDocument(
        url=url,
        title=page_title,
        published_on=meta_date or (dated.published_on if dated else None) or after_title or signed_on
        or particulars_date,
        location=(placed.city if placed else None) or place or signed_at or _title_place(page_title),
        language=language,
        headings=headings,
        paragraphs=paragraphs,
        links=links,
        type_label=type_label,
    )
