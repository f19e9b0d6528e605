"""Helpers shared by site adapters: chrome vocab, hidden nodes, meta tags, links, language."""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree

from extractors.adapters._tree import clean_text, first, node_text, remove
from extractors.records import Link

_DATA = Path(__file__).resolve().parent.parent / "data"
_ISO639_2 = {"eng": "en", "fra": "fr", "fre": "fr", "kor": "ko", "jpn": "ja", "deu": "de",
             "ger": "de", "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "dut": "nl",
             "zho": "zh", "chi": "zh"}
# Tags whose content is never body text.
NEVER_TEXT = ("script", "style", "noscript", "template", "button", "form", "iframe", "svg",
              "select", "input", "textarea", "object", "embed", "canvas", "video", "audio")
_NEVER_TEXT_SET = frozenset(NEVER_TEXT) - {"form"}  # a form is dropped only when it holds a small part of the text


@dataclass(frozen=True)
class ChromeVocab:
    skip_headings: frozenset[str]
    type_labels: frozenset[str]
    hidden_classes: frozenset[str]

    def is_chrome_heading(self, text: str) -> bool:
        """Exact chrome heading, or one followed by a colon and more ("... by keyword: Trade | Korea")."""
        key = _key(text)
        if key in self.skip_headings:
            return True
        head, colon, _rest = key.partition(":")
        return bool(colon) and head.strip() in self.skip_headings

    def is_type_label(self, text: str) -> bool:
        return _key(text) in self.type_labels


def _key(text: str) -> str:
    return clean_text(text).rstrip(":：").strip().casefold()


@lru_cache(maxsize=None)
def load_data(name: str) -> dict:
    """A TOML vocabulary from ``extractors/data/<name>.toml`` (read once)."""
    return tomllib.loads((_DATA / f"{name}.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def chrome_vocab() -> ChromeVocab:
    data = load_data("chrome")
    return ChromeVocab(
        skip_headings=frozenset(_key(t) for t in data["headings"]["skip"]),
        type_labels=frozenset(_key(t) for t in data["labels"]["skip"]),
        hidden_classes=frozenset(data["hidden"]["classes"]),
    )


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    data = load_data("stopwords")
    return {lang: frozenset(words) for lang, words in data.items()}


def make_soup(text: str):
    """A BeautifulSoup tree of ``text``, for tools that edit page markup (adapters use ``parse_document``)."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(text, "lxml")


def drop_hidden(root: etree._Element) -> etree._Element:
    """Remove script/style/form controls and screen-reader-only or hidden nodes under ``root``, in place."""
    hidden = chrome_vocab().hidden_classes
    doomed = []
    whole = None
    for node in root.iterdescendants():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag in _NEVER_TEXT_SET or node.get("hidden") is not None or node.get("aria-hidden") == "true":
            doomed.append(node)
        elif tag == "form":  # a search box, a feedback form; not an ASP.NET page's <form id="form1"> around all
            whole = len(" ".join(root.itertext())) if whole is None else whole
            if len(" ".join(node.itertext())) < 0.5 * whole:
                doomed.append(node)
        else:
            classes = node.get("class")
            if classes and not hidden.isdisjoint(classes.split()):
                doomed.append(node)
    remove(root, doomed)
    return root


@lru_cache(maxsize=None)
def _exact_name(name: str) -> re.Pattern[str]:
    return re.compile(f"^{re.escape(name)}$", re.I)


def meta_content(doc: etree._Element, *names: str) -> str | None:
    """The content of the first <meta name=|property=|itemprop=> among ``names``."""
    metas = list(doc.iter("meta"))
    for name in names:  # a value one longer than the name can match: "$" accepts a final newline
        pattern, size = _exact_name(name), len(name)
        for attr in ("name", "property", "itemprop"):
            node = next((m for m in metas if (v := m.get(attr)) is not None and size <= len(v) <= size + 1
                         and pattern.search(v)), None)
            if node is not None and node.get("content", "").strip():
                return node.get("content").strip()
    return None


def absolute(href: str, base_url: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    return urljoin(base_url, href)


def collect_links(nodes: list, base_url: str) -> tuple[Link, ...]:
    """Links (absolute href, visible text) under ``nodes``, first occurrence of each href kept."""
    seen: dict[str, Link] = {}
    for node in nodes:
        if node.tag == "a":
            anchors = [node]
        else:
            anchors = [a for a in node.iterdescendants("a") if a.get("href") is not None]
        for a in anchors:
            href = absolute(a.get("href", ""), base_url)
            if href and href not in seen:
                seen[href] = Link(href=href, text=node_text(a))
    return tuple(seen.values())


def language_code(value: str | None) -> str | None:
    """'en-CA' -> 'en', 'eng' -> 'en', 'fr_FR' -> 'fr'; None for empty values."""
    if not value:
        return None
    head = re.split(r"[-_;,\s]", value.strip().lower(), maxsplit=1)[0]
    head = _ISO639_2.get(head, head)
    return head if re.fullmatch(r"[a-z]{2}", head) else None


def url_language(url: str) -> str | None:
    """A two-letter language segment at the start of the url path (/en/, /fr/)."""
    first = urlsplit(url).path.strip("/").split("/")[0].lower()
    return {"eng": "en", "fra": "fr"}.get(first, first if re.fullmatch(r"[a-z]{2}", first) else None)


_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CJK = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3040-\u30ff\u4e00-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+")


def script_language(text: str) -> str | None:
    """'ko' / 'ja' / 'zh' when that script dominates the letters of ``text``; None for Latin."""
    if _CJK.search(text) is None:
        return None
    share = sum(map(str.isalpha, text))
    if not share:
        return None
    hangul, kana, han = (sum(map(str.isalpha, rx.findall(text))) for rx in (_HANGUL, _KANA, _HAN))
    if hangul / share > 0.3:
        return "ko"
    if kana and (kana + han) / share > 0.3:
        return "ja"
    if han / share > 0.3:
        return "zh"
    return None


def _guess_language(text: str, by_script: str | None) -> str | None:
    """``by_script`` (the text's script language) first, then the most frequent stopwords
    for Latin-script text."""
    if by_script or not text.strip():
        return by_script
    counts = Counter(_WORD.findall(text.lower()))
    scores = {lang: sum(counts[w] for w in stop) for lang, stop in _stopwords().items()}
    lang, score = max(scores.items(), key=lambda item: item[1])
    return lang if score else None


def page_language(doc: etree._Element, body_text: str, url: str = "") -> str:
    """Declared language (html lang, meta) unless the body's script contradicts it."""
    html = first(doc, "html")
    declared = language_code(html.get("lang") if html is not None else None) or language_code(
        meta_content(doc, "dcterms.language", "dc.language", "language", "og:locale")
    ) or language_code(_http_equiv_language(doc)) or url_language(url)
    return body_language(declared, body_text)


def body_language(declared: str | None, body_text: str) -> str:
    """``declared`` (an ISO 639-1 code or None) unless the body's script or words say otherwise."""
    body_script = script_language(body_text)
    declared_script = declared if declared in ("ko", "ja", "zh") else None
    if declared and body_script == declared_script:
        # (a page declared in a language the project does not read may hold an English or French text)
        if body_script is None and declared not in ("en", "fr") and (words := _stopword_counts(body_text[:2000])):
            best = max(words, key=words.get)  # a Spanish site's page holding an English text: its words say so
            if best != declared and words[best] >= 20 and words.get(declared, 0) * 3 < words[best]:
                return best
        return declared
    return _guess_language(body_text, body_script) or declared or "und"


def _stopword_counts(text: str) -> dict[str, int]:
    counts = Counter(_WORD.findall(text.lower()))
    return {lang: sum(counts[w] for w in stop) for lang, stop in _stopwords().items()}


_CONTENT_LANGUAGE = re.compile("^content-language$", re.I)


def _http_equiv_language(doc: etree._Element) -> str | None:
    node = next((m for m in doc.iter("meta") if (v := m.get("http-equiv")) is not None
                 and _CONTENT_LANGUAGE.search(v)), None)
    return node.get("content") if node is not None else None
