"""Documents saved as Markdown or plain text (a statement copied out of a site, a
conversion such as a scraper's ``.md`` archive): text in, one ``ParsedDocument`` out.

- front matter: a leading block between ``---`` lines of ``key: value`` pairs
  gives the title (``title``), the date (``date``, ``published_time``,
  ``published``), the language (``lang``, ``language``) and the location
  (``location``, ``place``); the page's own url (``source_url``, ``url``) is
  read by ``flows/ingest.py``;
- title: the front matter's, else the first ``#`` heading, else the first line;
- blocks are separated by blank lines; a block's hard-wrapped lines are joined,
  and a line break (two trailing spaces or a backslash) ends a paragraph, as
  <br> does on a page;
  ``##``/``###`` headings (and underlined ones, and a block that is one short
  bold phrase) open sections, a heading that repeats the title does not; ``-``, ``*``, ``+`` and ``1.`` lines are list
  items; links keep their text; emphasis, code marks and escapes are dropped;
- date and location, when the front matter lacks them, come as for the generic
  adapter: a dateline opening the body, a date printed before it, a closing
  sign-off of place and date.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urljoin

from extractors.adapters._common import body_language, chrome_vocab, language_code, url_language
from extractors.adapters._dateline import read_dateline
from extractors.adapters._tree import clean_text
from extractors.adapters._edges import drop_sign_off, is_bold_heading, is_preamble
from extractors.dates import parse_date
from extractors.errors import ParseError
from extractors.records import Link, Paragraph, ParsedDocument

DOMAINS: tuple[str, ...] = ()
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_PAIR = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_ATX = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_ITEM = re.compile(r"^(?P<indent>\s{0,3})(?P<marker>[-*+•]|\d{1,3}[.)])\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1\s*$")
_KEPT = 0xF0000  # escaped characters wait in a private-use plane while the marks are read
_KEPT_CHAR = re.compile("[\U000F0000-\U000F00FF]")
_TAG = re.compile(r"<(?:br\s*/?|/?(?:b|i|em|strong|span|a|u|sup|sub)(?:\s[^>]*)?)>", re.I)
_DATE_KEYS = ("date", "published_time", "published", "published_on", "pubdate")
_HTML_START = re.compile(  # an HTML element (or comment) near the start: the document is markup
    rb"<(?:!doctype\s|!--|/?(?:html|head|body|p|div|article|main|section|table|tr|td|span|h[1-6]|ul|ol|li|br|a|"
    rb"meta|title|link|script|style|header|footer|nav|strong|em|b|i|img|form|figure|blockquote)[\s/>])", re.I)


def looks_like_text(content: bytes, content_type: str | None = None) -> bool:
    """True for Markdown or plain text: declared so, or no HTML element near the start."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/markdown", "text/x-markdown", "text/plain"):
        return True
    if kind in ("text/html", "application/xhtml+xml"):
        return False
    return _HTML_START.search(content[:4096]) is None


_YAML_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|(.))")
_YAML_CHARS = {"n": " ", "t": " ", "r": " ", "0": "", "/": "/", "\\": "\\", '"': '"', " ": " "}


def _unescape(m: re.Match) -> str:
    """One escape of a YAML double-quoted string ("\\u2019" is a right quote)."""
    code = m.group(1) or m.group(2) or m.group(3)
    return chr(int(code, 16)) if code else _YAML_CHARS.get(m.group(4), m.group(4))


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's ``key: value`` pairs (quotes taken off) and the text after it."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    pairs = {}
    for line in m.group(1).splitlines():
        pair = _PAIR.match(line)
        if pair:
            value = pair.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                quote, value = value[0], value[1:-1]
                value = value.replace("''", "'") if quote == "'" else _YAML_ESCAPE.sub(_unescape, value)
            pairs[pair.group(1).lower()] = value
    return pairs, text[m.end():]


def _inline(text: str, base_url: str, links: dict[str, Link]) -> str:
    def link(m: re.Match) -> str:
        if m.group(0).startswith("!"):
            return ""  # an image
        label, href = m.group(1), m.group(2)
        if href and not href.startswith("#"):
            absolute = urljoin(base_url, href)
            links.setdefault(absolute, Link(href=absolute, text=clean_text(label)))
        return label

    text = _ESCAPE.sub(lambda m: chr(_KEPT + ord(m.group(1))), text)  # "\*": a literal, kept out of the marks
    text = _LINK.sub(link, text)
    text = _TAG.sub(" ", text)
    for _ in range(2):  # nested emphasis ("***x***")
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4), text)
    text = text.replace("`", "")
    text = _KEPT_CHAR.sub(lambda m: chr(ord(m.group()) - _KEPT), text)
    return clean_text(html.unescape(text))


def _blocks(body: str) -> list[list[str]]:
    """Runs of non-blank lines (a line of white space only is blank)."""
    blocks, current = [], []
    for line in body.splitlines():
        if line.strip():
            current.append(line.rstrip("\r"))  # trailing spaces kept: two of them are a line break
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _walk(body: str, title: str, base_url: str, links: dict[str, Link]
          ) -> tuple[list[str], list[Paragraph], str | None]:
    """Headings, paragraphs, and the first-level heading (a title when the front matter has none)."""
    headings: list[str] = []
    paragraphs: list[Paragraph] = []
    first_h1: str | None = None
    skip_level: int | None = None  # inside a chrome block ("Related links") opened at this level
    vocab = chrome_vocab()
    lists = 0  # lists met so far: an item's list_id
    last_list: tuple[str, str] | None = None  # (indent, marker kind) of the list the last paragraph was in

    def heading(level: int, raw: str) -> None:
        nonlocal first_h1, skip_level, last_list
        text = _inline(raw, base_url, links)
        if not text:
            return
        if level == 1 and first_h1 is None:
            first_h1 = text
        if text.casefold() == (title or first_h1 or "").casefold():
            return
        if skip_level is not None and level > skip_level:
            return
        if vocab.is_chrome_heading(text):
            skip_level = level
            return
        skip_level = None
        if level <= 3 and not vocab.is_type_label(text):
            headings.append(text)
            last_list = None
        elif level > 3:
            add(text, None)

    def add(text: str, item: tuple[str, str] | None) -> None:
        """``item``: the indent and marker kind of a list item ("", "1." or "-"), None for a paragraph; an
        item starts a new list when another paragraph or another kind of list came before it."""
        nonlocal lists, last_list
        if text and skip_level is None:
            if item is not None and item != last_list:
                lists += 1
            last_list = item
            paragraphs.append(Paragraph(len(headings), text, item is not None, lists if item is not None else 0))

    for block in _blocks(body):
        lines: list[str] = []
        item: list[str] | None = None
        item_kind: tuple[str, str] = ("", "")

        def flush() -> None:
            nonlocal item
            if lines:
                add(_inline(" ".join(line.strip() for line in lines), base_url, links), None)
                lines.clear()
            if item is not None:
                add(_inline(" ".join(item), base_url, links), item_kind)
                item = None

        for n, raw in enumerate(block):
            line, hard = raw.rstrip(), raw.endswith("  ") or raw.rstrip().endswith("\\")
            if line.endswith("\\"):
                line = line[:-1].rstrip()
            if not lines and item is None and (hard or n == len(block) - 1) and (bold := _BOLD_LINE.match(line)) \
                    and is_bold_heading(bold.group(2)) and not parse_date(bold.group(2)):
                heading(3, bold.group(2))  # "**A Global Alliance**" on a line of its own: a section heading
                continue
            if m := _ATX.match(line):
                flush()
                heading(len(m.group(1)), m.group(2))
            elif _SETEXT.match(line) and lines and n > 0 and not _ITEM.match(block[n - 1]):
                underlined = lines.pop()
                flush()
                heading(1 if line.strip().startswith("=") else 2, underlined)
            elif _RULE.match(line):
                flush()
            elif m := _ITEM.match(line):
                flush()
                item = [m.group(3).strip()]
                item_kind = (m.group("indent"), "1." if m.group("marker")[0].isdigit() else "-")
            elif item is not None and line[:1].isspace():
                item.append(line.strip())  # an item's wrapped line
            else:
                if item is not None:
                    flush()
                lines.append(line.lstrip("> ").rstrip() if line.lstrip().startswith(">") else line)
                if hard:  # a line break ends the paragraph, as <br> does in a page
                    flush()
        flush()
    return headings, paragraphs, first_h1


def parse_text(text: str, url: str) -> ParsedDocument:
    """One Markdown or plain-text document (see the module docstring)."""
    meta, body = front_matter(text)
    title = clean_text(meta.get("title", ""))
    links: dict[str, Link] = {}
    headings, paragraphs, h1 = _walk(body, title, url, links)
    if not title:
        title = h1 or ""
    if not title and paragraphs and len(paragraphs[0].text) <= 200:
        title, paragraphs = paragraphs[0].text, paragraphs[1:]
    if not title:
        raise ParseError(url, "no title: no front-matter title, no heading and no first line")
    lead: list[Paragraph] = []
    while paragraphs and is_preamble(paragraphs[0], title):
        lead.append(paragraphs.pop(0))
    paragraphs, signed_at, signed_on = drop_sign_off(paragraphs)
    body_text = "\n".join(p.text for p in paragraphs)
    language = body_language(language_code(meta.get("lang") or meta.get("language")) or url_language(url), body_text)
    dated = next((parse_date(meta[k]) for k in _DATE_KEYS if meta.get(k) and parse_date(meta[k])), None)
    lines_before = [parse_date(p.text) for p in lead]
    datelines = [d for p in (*lead, *paragraphs[:1]) if (d := read_dateline(p.text, language)) is not None]
    placed = next((d for d in datelines if d.place), None)
    dated_line = next((d for d in datelines if d.published_on), None)
    return ParsedDocument(
        url=url,
        title=title,
        published_on=dated or (dated_line.published_on if dated_line else None)
        or next((d for d in lines_before if d), None) or signed_on,
        location=clean_text(meta.get("location") or meta.get("place") or "") or (placed.city if placed else None)
        or signed_at,
        language=language,
        headings=tuple(headings),
        paragraphs=tuple(paragraphs),
        links=tuple(links.values()),
    )
