"""Read the dateline at the head of a release: where and when it was issued.

Handles the common house styles:
- wire copy: ``OTTAWA, ON, May 10, 2023 /CNW/ - Text``
- Canada.ca: ``May 23, 2023—Ottawa, Ontario—Text``
- place or place + date before a dash: ``Seoul – Text``, ``WASHINGTON (May 1, 2023) — Text``
- a short paragraph that is only ``Brussels, 17 May 2023``

The place is reduced to its city: ``Seoul, Republic of Korea`` -> ``Seoul``,
``Ottawa (Ontario)`` -> ``Ottawa``, ``OTTAWA, ON`` -> ``Ottawa``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractors.adapters._common import load_data
from extractors.dates import find_date, month_names

_WIRE = re.compile(r"^(?P<pre>[^/]{2,140}?)\s*/\s*[A-Z][A-Za-z .]{1,30}/\s*[-–—]\s*\S")
_GCWEB = re.compile(r"^(?P<a>[^—–]{4,60}?)\s*[—–]\s*(?P<b>[^—–]{2,80}?)\s*[—–]\s*\S")
_DASHED = re.compile(r"^(?P<pre>[^!?—–]{2,100}?)\s*(?:[—–]|\s--?)\s+\S")  # ("SEOUL, 29th May, 2024 (WAM) -- ...")
_CONNECTORS = frozenset({"of", "de", "du", "des", "la", "le", "les", "and", "et", "the", "d.c.",
                         "sur", "en", "upon", "on", "am", "an", "der", "di", "del", "da", "y"})
_TRAILING_NOISE = re.compile(r"(?:[\s,(]|\b(?:le|the|am|el|il|den|on the)\b)+$")


@dataclass(frozen=True)
class Dateline:
    place: str | None
    published_on: date | None

    @property
    def city(self) -> str | None:
        return city_of(self.place)


def smart_title(text: str) -> str:
    """Title-case an ALL-CAPS place name, keeping connectors lowercase (Saint-Jean-sur-Richelieu)."""
    parts = re.split(r"([\s\-])", text.lower())
    out = []
    for index, part in enumerate(parts):
        keep_lower = index > 0 and part in _CONNECTORS
        out.append(part if keep_lower or not part else part[0].upper() + part[1:])
    return "".join(out)


def city_of(place: str | None) -> str | None:
    """The city of a dateline place: text before the first comma, parentheses dropped."""
    if not place:
        return None
    head = re.sub(r"\([^)]*\)?", " ", place).split(",")[0]
    head = re.sub(r"\s+", " ", head).strip(" -–—:;")
    if not head:
        return None
    if " " in head and (last := head.rsplit(" ", 1)[1]) in _korean_cities():
        return last  # the country, then the city: "호주 멜버른"
    if " " in head and (last := head.rsplit(" ", 1)[1]) in _capital_cities() and len(head.split()) <= 3:
        return last  # a city's two names, the English last: "Te Whanganui-a-Tara Wellington"
    return smart_title(head) if head.isupper() else head


_OFFICE = re.compile(r"(?i:(?:the\s+)?(?:ministry|department|office|embassy|high\s+commission|presidency|secretariat"
                     r"|minist[èe]re|cabinet|service|prime\s+minister['’]s\s+office)\b)")


def is_office(text: str) -> bool:
    """Whether a sign-off's words name who issued it ("MINISTRY OF FOREIGN AFFAIRS SINGAPORE"), not a place."""
    return _OFFICE.match(text.strip()) is not None


def office_seat(office: str) -> str | None:
    """The capital of the country an office's name ends with ("Ministry of Foreign Affairs Singapore" ->
    "Singapore"), else None."""
    capitals = {name.casefold(): city for name, city in load_data("chrome")["meeting"]["capitals"].items()}
    words = office.split()
    for k in range(max(0, len(words) - 4), len(words)):  # the longest tail that names a country
        if (city := capitals.get(" ".join(words[k:]).casefold())) is not None:
            return city
    return None


@lru_cache(maxsize=1)
def _capital_cities() -> frozenset[str]:
    return frozenset(c for c in load_data("chrome")["meeting"]["capitals"].values() if " " not in c)


@lru_cache(maxsize=1)
def _korean_cities() -> frozenset[str]:
    return frozenset(load_data("chrome")["meeting"]["korean"]["cities"])


def looks_like_place(text: str) -> bool:
    words = [w for w in re.split(r"[\s,()]+", text) if w]
    if not 1 <= len(words) <= 6 or any(ch.isdigit() or ch in "+|" for ch in text) or _THAI.search(text):
        return False  # (a Thai weekday before a date, "วันพฤหัสบดีที่", is no place; the project reads no Thai)
    not_places = load_data("chrome")["dateline"]["not_places"]
    if len(words) == 1 and words[0].capitalize() in load_data("chrome")["dateline"]["lone_not_places"]:
        return False
    if not _capital(words[0][:1]) or words[0] in not_places or (words[0].isupper() and words[0].capitalize() in not_places):
        return False
    return all(_capital(w[:1]) or w.lower() in _CONNECTORS for w in words)


_THAI = re.compile("[\u0e00-\u0e7f]")


def _capital(char: str) -> bool:
    """A capital, or a letter of a script without case ("서울", "東京")."""
    return char.isupper() or (char.isalpha() and char.lower() == char.upper())


def _split(pre: str, language: str | None) -> Dateline | None:
    found = find_date(pre, language)
    if found is None:
        return Dateline(pre.strip(), None) if looks_like_place(pre.strip()) else None
    place = _TRAILING_NOISE.sub("", pre[:found.start]).strip(" ,")
    if not place:
        place = pre[found.end:].strip(" ,()—–-")
    return Dateline(place if place and looks_like_place(place) else None, found.value)


def read_dateline(text: str, language: str | None = None) -> Dateline | None:
    """The dateline at the start of ``text``, or None when the text has none."""
    head = text[:200]
    wire = _WIRE.match(head)
    if wire:
        return _split(wire.group("pre"), language)
    gcweb = _GCWEB.match(head)
    if gcweb:
        found = find_date(gcweb.group("a"), language)
        if found is not None and looks_like_place(gcweb.group("b").strip()):
            return Dateline(gcweb.group("b").strip(), found.value)
    dashed = _DASHED.match(head)
    if dashed:
        return _split(dashed.group("pre"), language)
    if len(text) <= 80:  # a paragraph that is only "Place, date"
        found = find_date(text, language)
        if found is not None:
            return _split(text, language)
    return None


def _words(words: list[str]) -> str:
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _meeting(visit: bool = False) -> re.Pattern:
    """A verb of meeting (or hosting) and, within its clause, a preposition of place and a name; with
    ``visit``, a host's "welcomed ... to <Place>"."""
    vocab = load_data("chrome")["meeting"]
    verbs = _words(vocab["visit_hosts"] if visit else [*vocab["verbs"], *vocab["hosts"]])
    places = "to" if visit else "|".join(map(re.escape, vocab["places"]))
    name = r"[A-ZÀ-Ý][\w’'.-]*"
    guest = r"(?=\s+[A-ZÀ-Ý])" if visit else ""  # welcomed a person ("President Yoon"), not "the visit of ..."
    return re.compile(
        # (a full stop inside a word, "U.S.-Indonesia", does not end the clause)
        r"(?<![\w’'-])(?:" + verbs + r")(?![\w-])" + guest + r"(?P<between>(?:[^.;:!?]|\.(?=\S)){0,200}?)(?<![\w’'-])(?:"
        + places + r")\s+"
        r"(?P<place>" + name + r"(?:\s+(?:" + name + r"|(?:de|du|of|la|el|am|upon)\s+" + name + r")){0,2})"
    )


@lru_cache(maxsize=1)
def _meeting_checks() -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str]]:
    """(a word recalling an earlier meeting, a word of a visit, the first words that are never a place,
    the month names)."""
    vocab = load_data("chrome")["meeting"]
    earlier = re.compile(r"(?<![\w’'-])(?i:" + "|".join(map(re.escape, vocab["earlier"])) + r")(?![\w’'-])")
    visit = re.compile(r"(?<![\w’'-])(?i:" + _words(vocab["visits"]) + r")")
    refused = frozenset({*vocab["not_places"], *load_data("chrome")["dateline"]["not_places"]})
    return earlier, visit, refused, month_names()


def meeting_place(texts: list[str]) -> str | None:
    """Where the leaders met, read off the opening paragraphs ("met today in Seoul" -> "Seoul",
    "on the sidelines of the NATO Summit in Vilnius" -> "Vilnius"), for a page that prints no place:
    the first capitalised name after "in"/"à"/"at" within the clause of a verb of meeting
    (extractors/data/chrome.toml [meeting]), not a month, a weekday or a word such as "Person";
    none when the sentence recalls an earlier meeting ("Since they met in Hiroshima ...")."""
    earlier, visit, refused, months = _meeting_checks()
    for text in texts:
        found = list(_meeting().finditer(text))
        if visit.search(text):  # "welcomed Prime Minister Ishiba to London for his first official visit"
            found = sorted([*found, *_meeting(visit=True).finditer(text)], key=lambda m: m.start())
        for m in found:
            sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
            if earlier.search(text, sentence_start, m.start()):
                continue
            # (the full stop ending the sentence, and what a match carried past it: "Seoul. The"; not "St. John's")
            place = re.split(r"(?<=\w{3})\.\s", m.group("place"))[0].rstrip(".")
            first = place.split()[0].strip(".,")
            if (seat := _landmarks()[1].get(place)) is not None:  # "received ... at Palazzo Chigi": Rome
                return seat
            if place.split()[-1].strip(".,") in _buildings():  # "to Malacañan Palace in Manila": the city after it
                place = (after := _CITY_AFTER.match(text, m.end())) and after.group("place").rstrip(".") or ""
                first = place.split()[0].strip(".,") if place else ""
            if not place or (first in refused and not (first == "The" and " " in place)) \
                    or first.lower() in months or any(ch.isdigit() for ch in place):
                continue  # ("in The Hague" is a place; "The" opening a dateline is none)
            return city_of(place)
    return _landmark_place(texts)


@lru_cache(maxsize=1)
def _landmarks() -> tuple[re.Pattern, dict[str, str]]:
    """(a verb of meeting and, within its clause, a seat of government; the seats' cities)."""
    vocab = load_data("chrome")["meeting"]
    cities = vocab["landmarks"]
    return re.compile(r"(?<![\w’'-])(?:" + _words([*vocab["verbs"], *vocab["hosts"]]) + r")(?![\w-])"
                      r"[^.;:!?]{0,120}?(?<![\w-])(?P<seat>" + _words(list(cities)) + r")(?![\w-])"), cities


@lru_cache(maxsize=1)
def _visited() -> tuple[re.Pattern, dict[str, str]]:
    capitals = load_data("chrome")["meeting"]["capitals"]
    return re.compile(r"(?:(?:paid|paying|pays|made|making|conducted|undertook|undertaking|on)\s+(?:an?\s+|(?:his|her|their)\s+(?:first\s+)?)?"
                      r"(?i:state|official|working)\s+(?i:visit)\s+to"
                      r"|effectu\w*\s+une\s+visite\s+(?:d['’]État|officielle|de\s+travail)\s+(?:en|au|aux|à)"
                      r"|(?-i:visited|visits))"
                      # (its state form first: "to the State of Qatar", "to the Kingdom of Saudi Arabia")
                      r"\s+(?:the\s+(?:State|Kingdom|Republic|Sultanate|Federal\s+Republic|Principality|Grand\s+Duchy)"
                      r"\s+of\s+(?:the\s+)?|(?:Royaume|République|Principauté|Sultanat|État)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?"
                      r"(?:(?P<country>" + _words(list(capitals)) + r")|(?P<city>" + _words(sorted(set(capitals.values())))
                      + r"))(?![\w-])"), capitals  # (or its capital itself: "paid an official visit to Seoul")


def visit_capital(texts: list[str]) -> str | None:
    """The capital of the country a leader paid a state or official visit to ("paid a state visit to Türkiye"
    -> "Ankara"), for an opening that names no city: the statement of such a visit is issued there."""
    pattern, capitals = _visited()
    for text in texts:
        if (m := pattern.search(text)) is not None:
            return m.group("city") or capitals[m.group("country")]
    return None


def _landmark_place(texts: list[str]) -> str | None:
    """The city of a seat of government named in the clause of a verb of meeting ("se sont entretenus au
    palais de l'Élysée" -> "Paris"), for an opening that names no city."""
    pattern, cities = _landmarks()
    earlier = _meeting_checks()[0]
    for text in texts:
        for m in pattern.finditer(text):
            sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
            if not earlier.search(text, sentence_start, m.start()):
                return cities[m.group("seat")]
    return None


_CITY_AFTER = re.compile(r"\s*,?\s*(?:in|à)\s+(?P<place>[A-ZÀ-Ý][\w’'.-]*(?:\s+[A-ZÀ-Ý][\w’'.-]*){0,2})")


@lru_cache(maxsize=1)
def _buildings() -> frozenset[str]:
    return frozenset(load_data("chrome")["meeting"]["buildings"])


_DONE_AT = re.compile(r"(?:Fait|Done|Signed|Signé)\s+(?:à|at|in)\s+(?P<place>[A-ZÀ-Ý][\w’'-]*(?:[ -][A-ZÀ-Ý][\w’'-]*){0,2})"
                      r"\s*,\s*(?:le|on|this|ce)?\s*\d")


def done_at(texts: list[str]) -> str | None:
    """The place of a closing "Fait à Paris, le 21 juin 2024" / "Done at Tokyo, on 9 March 2024"."""
    for text in texts:
        if (m := _DONE_AT.match(text.strip())) is not None:
            return m.group("place")
    return None


@lru_cache(maxsize=1)
def _korean_meeting() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a verb of meeting, a word of an earlier meeting, a city of the list before "에서" in one phrase)."""
    vocab = load_data("chrome")["meeting"]["korean"]
    cities = "|".join(map(re.escape, sorted(vocab["cities"], key=len, reverse=True)))
    return (re.compile("|".join(map(re.escape, vocab["verbs"]))), re.compile("|".join(map(re.escape, vocab["earlier"]))),
            re.compile(r"(?<![가-힣])(?P<place>" + cities + r")(?:\s+[가-힣A-Za-z0-9]+){0,4}?\s*에서"))


def korean_meeting_place(texts: list[str]) -> str | None:
    """Where a Korean opening says the meeting took place ("서울 외교부 청사에서 ... 개최하였다" -> "서울"):
    a listed city (extractors/data/chrome.toml [meeting.korean]) inside the phrase before "에서", in a
    sentence with a verb of meeting and no word of an earlier one."""
    verbs, earlier, place = _korean_meeting()
    for text in texts:
        for sentence in re.split(r"(?<=다\.)\s+", text):
            if verbs.search(sentence) and not earlier.search(sentence) and (m := place.search(sentence)):
                return m.group("place")
    return None
