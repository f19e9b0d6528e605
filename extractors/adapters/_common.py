"""Helpers shared by site adapters: parsing, text cleanup, chrome vocab, links, language."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from extractors.records import Link

_DATA = Path(__file__).resolve().parent.parent / "data"
_ASCII_SPACE = re.compile(r"[ \t\n\r\f]+")
_ISO639_2 = {"eng": "en", "fra": "fr", "fre": "fr", "kor": "ko", "jpn": "ja", "deu": "de",
             "ger": "de", "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "dut": "nl",
             "zho": "zh", "chi": "zh"}
# Tags whose content is never body text.
NEVER_TEXT = ("script", "style", "noscript", "template", "button", "form", "iframe", "svg",
              "select", "input", "textarea", "object", "embed", "canvas", "video", "audio")


@dataclass(frozen=True)
class ChromeVocab:
    skip_headings: frozenset[str]
    type_labels: frozenset[str]
    hidden_classes: tuple[str, ...]

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
        hidden_classes=tuple(data["hidden"]["classes"]),
    )


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    data = load_data("stopwords")
    return {lang: frozenset(words) for lang, words in data.items()}


def make_soup(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


def clean_text(text: str) -> str:
    """Collapse HTML (ASCII) whitespace and trim; no-break spaces inside are kept."""
    return _ASCII_SPACE.sub(" ", text).strip()


def node_text(node: Tag) -> str:
    return clean_text(node.get_text())


def drop_hidden(root: Tag) -> Tag:
    """Remove script/style/form controls and screen-reader-only or hidden nodes, in place."""
    vocab = chrome_vocab()
    doomed = list(root.find_all(NEVER_TEXT))
    for cls in vocab.hidden_classes:
        doomed.extend(root.find_all(class_=cls))
    doomed.extend(root.find_all(attrs={"hidden": True}))
    doomed.extend(root.find_all(attrs={"aria-hidden": "true"}))
    for node in doomed:
        if not node.decomposed:
            node.decompose()
    return root


def meta_content(soup: Tag, *names: str) -> str | None:
    """The content of the first <meta name=|property=|itemprop=> among ``names``."""
    for name in names:
        for attr in ("name", "property", "itemprop"):
            node = soup.find("meta", attrs={attr: re.compile(f"^{re.escape(name)}$", re.I)})
            if node is not None and node.get("content", "").strip():
                return node["content"].strip()
    return None


def absolute(href: str, base_url: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    return urljoin(base_url, href)


def collect_links(nodes: list[Tag], base_url: str) -> tuple[Link, ...]:
    """Links (absolute href, visible text) under ``nodes``, first occurrence of each href kept."""
    seen: dict[str, Link] = {}
    for node in nodes:
        anchors = [node] if node.name == "a" else node.find_all("a", href=True)
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


def script_language(text: str) -> str | None:
    """'ko' / 'ja' / 'zh' when that script dominates the letters of ``text``; None for Latin."""
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


def guess_language(text: str) -> str | None:
    """Script first, then the most frequent stopwords for Latin-script text."""
    by_script = script_language(text)
    if by_script or not text.strip():
        return by_script
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _stopwords().items()}
    lang, score = max(scores.items(), key=lambda item: item[1])
    return lang if score else None


def page_language(soup: BeautifulSoup, body_text: str, url: str = "") -> str:
    """Declared language (html lang, meta) unless the body's script contradicts it."""
    html = soup.find("html")
    declared = language_code(html.get("lang") if html else None) or language_code(
        meta_content(soup, "dcterms.language", "dc.language", "language", "og:locale")
    ) or language_code(_http_equiv_language(soup)) or url_language(url)
    body_script = script_language(body_text)
    declared_script = declared if declared in ("ko", "ja", "zh") else None
    if declared and body_script == declared_script:
        return declared
    return guess_language(body_text) or declared or "und"


def _http_equiv_language(soup: BeautifulSoup) -> str | None:
    node = soup.find("meta", attrs={"http-equiv": re.compile("^content-language$", re.I)})
    return node.get("content") if node else None
