"""The lines at the edges of a document's body that are not body text, for every adapter
that reads a page without knowing its site (generic HTML, Markdown and text):

- a leading line that repeats the title, a type label ("Joint statement"), a bare
  date, a bare dateline, or a date with a short label beside it ("26 septembre 2024
  - Thématique : Europe et International");
- a closing end mark ("###", "-30-") and sign-off: a last line of date (and place),
  maybe after a line that is only a place ("New Delhi" / "March 19, 2022"); its
  place and date are kept;
- a paragraph that is one short bold phrase heads a section instead.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from extractors.adapters._common import chrome_vocab, load_data
from extractors.adapters._dateline import city_of, is_office, looks_like_place, office_seat, read_dateline
from extractors.dates import find_date, parse_date
from extractors.records import Paragraph


_TEASER = re.compile(r"(?i:(?:the\s+)?full\s+text\s+of\s+the\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])"
                     r"\s+(?:is\s+)?(?:below|follows)|read\s+the\s+full\s+(?:text|statement)(?:\s+(?:here|below))?)\s*[.:]?\s*$")
_BEGIN_TEXT = re.compile(r"(?i:begin\s+(?:the\s+)?text)\s*[:.]?")
_END_TEXT = re.compile(r"(?i:end\s+(?:of\s+)?text)\s*\.?")


# a photo's caption printed as a paragraph ("... at the welcome ceremony, Canberra. Photo: VGP") and a text
# tool bar ("Font size: A- A+ Print")
_CAPTION = re.compile(r".{0,300}[.)]\s*\(?(?i:photo|photograph|picture|credit|ảnh)\s*:\s*[\w .&/-]{1,40}\)?\.?"
                      # "... at the White House. (Photo courtesy of the Presidential Communications Office)"
                      r"|.{0,300}[.)]\s*\((?i:photos?|photographs?|images?)\s+(?i:courtesy\s+of|by|from)\s+[^()]{2,80}\)\.?")
_TOOLS = re.compile(r"(?i:font\s+size|text\s+size)\s*:?.{0,30}|(?i:partager|share|imprimer|print)(?:\s+(?i:sur|on|via|cette\s+page|this\s+page))?\s*:?"
                    r"|(?i:document\(s\)\s+joint\(s\)|documents?\s+joints?|pièces?\s+jointes?)\s*:?")
_NOTE = re.compile(r"\*+\s*(?i:unofficial\s+translation|provisional\s+translation|translation|check\s+against\s+delivery)\.?"
                   # ... or in parentheses: "(Non official translation)", "(Traduction non officielle)"
                   r"|\(\s*(?i:(?:non[\s-]?official|unofficial|informal|provisional|working)\s+translation|translation"
                   r"|traduction(?:\s+(?:non[\s-]?officielle|officieuse|de\s+travail))?)\s*\)\.?"
                   # a link to another article ("Lire aussi : ...", "Read also: ...") and the credits of a translation
                   r"|(?i:lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|read\s+also|see\s+also|related)\s*:.{0,200}"
                   r"|(?i:translated|reviewed|edited|proofread)\s+by\s*:.{0,120}"
                   # a page's satisfaction question on a line of its own
                   r"|이\s*페이지에서\s*제공하는\s*정보에\s*대하여\s*만족하십니까\s*\??|(?i:was\s+this\s+page\s+(?:useful|helpful))\s*\??"
                   r"|(?i:cette\s+page\s+vous\s+a-t-elle\s+été\s+utile)\s*\??")


# a Korean press release's table of release time and officers: its labels, and an officer with a phone number
_PRESS_TABLE = re.compile(r"(?:보\s*도\s*자\s*료|보도\s*시점|보도\s*일시|배포\s*일시|배포|책임자|담당자|담당\s*부서|문의|엠바고|첨부\s*파일|첨부)\s*:?"
                          r"|.{0,60}공공누리.{0,80}"  # the government's free-reuse licence line (KOGL)
                          # the division in charge with its phone: "담당 과 : 아세안국 동남아1과 (... 02-2100-7345)"
                          r"|(?:담당\s*(?:과|부서|관|자)|문의(?:처)?|책임자)\s*[:：].{0,120}?0\d{1,2}[-)]\s?\d{3,4}-\d{4}\)?"
                          r"|[가-힣]{1,6}\s+[가-힣]{2,4}\s*\(?0\d{1,2}[-)]\s?\d{3,4}-\d{4}\)?"
                          r"|(?:[가-힣]{2,12}\s+){0,2}[가-힣]{0,12}(?:비서실|비서관실|담당관실|정책관실|대변인실|과|국|부|청|처)"
                          r"|※\s.{5,200}"  # the spokesperson's note ("※ ... 전문을 아래와 같이 알려드립니다.")
                          # a photo's caption, dated as the board dates it: "... 외교장관과 회담(6.3.)"
                          r"|[^.]{5,120}\(\d{1,2}\.\s?\d{1,2}\.\)")


# a file to download: "한-우즈베키스탄 공동성명(국문).hwp (34KB)", "Joint statement (pdf, 214 kB)"
_FILE = re.compile(r".{1,160}?(?:\.(?i:hwpx?|pdf|docx?|xlsx?|pptx?|zip|odt)\s*|\(\s*(?i:pdf|docx?|hwp)\s*,\s*)"
                   r"\(?\s*\d+(?:[.,]\d+)?\s*(?i:[kmg]i?b|[kmg]o|octets|bytes)\s*\)?"
                   r"|.{1,160}?\((?i:pdf|docx?|hwpx?)\)"  # ("Communiqué conjoint Bénin-Corée (PDF)")
                   # ... with its buttons: "240711(석간) ... 공동 언론발표문(동북아통상과).hwpx 바로보기 다운로드"
                   r"|.{1,160}?\.(?i:hwpx?|pdf|docx?|xlsx?|pptx?|zip|odt)(?:\s+(?:바로보기|미리보기|다운로드|(?i:download|preview|view)))+")


def is_note_line(text: str) -> bool:
    """"* Unofficial translation", a photo caption, a text-size tool bar, a Korean release's table of release
    time and officers ("배포", "과장 김지훈 (044-200-2751)"), a file to download printed with a release, a line
    with no word ("*   *   *"): no body."""
    text = text.strip()
    if not any(ch.isalnum() for ch in text):
        return True  # a separator ("*   *   *", "—"): no words at all
    return bool(_NOTE.fullmatch(text) or _CAPTION.fullmatch(text) or _TOOLS.fullmatch(text)
                or _PRESS_TABLE.fullmatch(text) or _FILE.fullmatch(text))


def is_text_marker(text: str) -> bool:
    """"Begin Text:" / "End Text." around a statement quoted in a release (the US State Department):
    wherever they stand, no body."""
    return bool(_BEGIN_TEXT.fullmatch(text) or _END_TEXT.fullmatch(text))


def without_notes(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs without text markers and note lines, wherever they stand (all of them kept if
    nothing else would be)."""
    return [p for p in paragraphs if not (is_text_marker(p.text) or is_note_line(p.text))] or paragraphs


@lru_cache(maxsize=1)
def _statement_names() -> tuple[str, ...]:
    return tuple(n.casefold() for n in load_data("chrome")["headings"]["statement_names"])


_OFFICE_LABEL = re.compile(r"(?:(?:The\s+)?(?-i:[A-Z])[\w’'.-]*\s+(?:(?:of|for|and|the|&)\s+)*){0,4}"
                           r"(?:Office|Ministry|Department|Presidency|Secretariat|Chancellery|Government)")
def is_title_block_line(text: str) -> bool:
    """"entre la République de Madagascar et la République française" on a line of its own."""
    return bool(_BETWEEN_LINE.fullmatch(text))


_BETWEEN_LINE = re.compile(r"(?i:entre|between)\s+[^.;:!?]{3,120}\s+(?i:et|and)\s+[^.;:!?]{3,120}")
_SUBTITLE = re.compile(r"[-–—]\s+[^.!?]{5,150}\s+[-–—]")
_COUNTER = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")


def is_preamble(paragraph: Paragraph, page_title: str) -> bool:
    """A leading line that is the title again, a type label, a label in capitals ("DIPLOMACY"), a bare
    date, a bare dateline, or a date with a short label beside it ("26 septembre 2024 - Thématique :
    Europe et International")."""
    text = paragraph.text
    if text == page_title or text.casefold() == page_title.casefold() or chrome_vocab().is_type_label(text):
        return True  # (the title again, maybe in capitals)
    if _COUNTER.fullmatch(text):
        return True  # a slide show's counter ("1 / 12")
    if _BETWEEN_LINE.fullmatch(text):
        return True  # the title block's second line ("entre la République de Madagascar et la République française")
    if _SUBTITLE.fullmatch(text):
        return True  # a release's subtitle between dashes ("- 수교 60주년 계기 ... 협의 -")
    if len(text.split()) <= 12 and text.casefold().endswith(_statement_names()):
        return True  # the statement's name above its text ("한-몽골 공동 언론발표문")
    if len(text.split()) <= 40 and text.casefold().startswith(_statement_names()) \
            and not text.rstrip().endswith((".", "!", "?", ":")) and not _has_sentence_verb(text):
        return True  # its long name ("Joint Statement of the Czech Republic and ... on the Occasion of ...")
    if _OFFICE_LABEL.fullmatch(text):
        return True  # the office that published it, as a label above the text ("Prime Minister’s Office")
    if text.isupper() and len(text.split()) <= 3 and not text.rstrip().endswith((".", "!", "?", ":")):
        return True  # a section label in capitals above the text ("DIPLOMACY")
    if _BEGIN_TEXT.fullmatch(text):
        return True  # "Begin Text:" before the statement's text (the US State Department)
    if _TEASER.search(text):
        return True  # the editors' introduction: "... The full text of the statement is below."
    found = find_date(text)
    if found is not None and len(text) <= 120:
        rest = (text[: found.start] + text[found.end:]).strip(" ,.-–—|:()")
        dateline = read_dateline(text)
        if not rest or (dateline is not None and dateline.place is not None and len(rest) <= 40):
            return True
        return len(rest.split()) <= 8 and not rest.endswith((".", "!", "?")) and not _has_sentence_verb(rest)
    return False


def _has_sentence_verb(text: str) -> bool:
    """Rough: a lower-case word after the first that reads as a verb form ("met", "will", "agreed")."""
    return bool(re.search(r"\b(?:will|met|meets|agreed?|is|are|was|were|has|have|held|signed|a|ont|sont|est)\b",
                          text))


def _dated_sign_off(text: str) -> tuple[date, str | None] | None:
    """A closing line of a date and maybe a place ("March 19, 2022", "Tokyo, 19 March 2022"):
    (date, place); None for anything else."""
    found = find_date(text) if len(text) <= 60 else None
    when = parse_date(text) if found else None
    if when is None:
        return None
    rest = (text[: found.start] + text[found.end:]).strip(" ,.-–—|:()")
    if not rest:
        return when, None
    if is_office(rest):  # "MINISTRY OF FOREIGN AFFAIRS SINGAPORE / 8 OCTOBER 2024": who issued it; the
        return when, office_seat(rest)  # country it ends with gives the place (its capital), else none
    return (when, rest) if looks_like_place(rest) else None



# "###", "-30-", "* * *", "END": a release's end mark; a Korean release's "끝." and its list of attachments
# ("붙임 : 회담 사진.  끝.")
# ... and the staff initials closing an Indian PIB release after its "***" ("DS/SKS")
# ... and "End Text." closing a statement that a "Begin Text:" opens, as the US State Department prints one
# ... and a news agency's sign-off and the time it filed ("--SPA", "22:47 LCT"), and who issued it ("Communiqué par le
# ministère d'État")
_END_MARK = re.compile(r"[\W_]+|-\s*30\s*-|(?i:end)|/?끝\.?/?|(?:붙임|첨부)\s*\d*\s*[:：.].{0,100}"
                       r"|(?:\(?[A-Z]{1,6}(?:\s*/\s*[A-Z]{1,6}){1,4}\)?\s*){1,3}|[-–—]{1,2}\s*[A-Z]{2,6}"
                       r"|[A-Z]{2,6}(?:/[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}){1,4}"  # "WAM/Hatem Mohamed/Amjad Saleh"
                       r"|\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?"
                       r"|(?i:communiqué|publié|diffusé|issued|released)\s+(?i:par|by)\s+[^.]{3,80}\.?"
                       r"|(?i:source)\s*:\s*[^.]{2,60}\.?|" + _END_TEXT.pattern)  # ("Source: Government News")


# the press office's closing lines: "Media enquiries: ...", "Issued by: The Presidency", "Contact: ...", "Contacts
# presse :"
_CONTACT = re.compile(r"(?i:media\s+(?:enquiries|inquiries|contacts?)|press\s+(?:enquiries|inquiries|contacts?)"
                      r"|enquiries|inquiries|for\s+(?:media\s+)?(?:enquiries|inquiries|more\s+information)"
                      r"|issued\s+by|released\s+by|contacts?|contacts?\s+(?:presse|médias?)|relations\s+presse)\s*[:：–—-]")


_ADDRESS_NOTE = re.compile(r"(?i:e-?mail|@|\btel\.|\bphone\b|courriel)")


def _without_contacts(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], str | None]:
    """The paragraphs without the press office's closing lines, and the place one of them gives ("Issued
    by: The Presidency" / "Pretoria")."""
    place = None
    while len(paragraphs) >= 2:
        last = paragraphs[-1].text.strip()
        if _CONTACT.match(last):
            paragraphs = paragraphs[:-1]
        elif len(paragraphs) >= 3 and _CONTACT.match(paragraphs[-2].text.strip()) and _ADDRESS_NOTE.search(last):
            paragraphs = paragraphs[:-2]  # "Inquiries: ..." then "The email addresses ... are in the format ..."
        elif len(paragraphs) >= 3 and _CONTACT.match(paragraphs[-2].text.strip()) and len(last) <= 40 \
                and looks_like_place(last):
            place, paragraphs = place or last, paragraphs[:-2]
        else:
            break
    return paragraphs, place


def drop_sign_off(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], str | None, date | None]:
    """The paragraphs without a closing end mark ("###"), the press office's contact lines ("Media
    enquiries: ...", "Issued by: ..." and its place) and sign-off: a last line of date (and place), maybe
    after a line that is only a place ("New Delhi" / "March 19, 2022"). Returns them with its city and
    date."""
    paragraphs, issued_at = _without_contacts(without_end_marks(paragraphs))
    paragraphs = without_end_marks(paragraphs)
    if len(paragraphs) >= 3 and len(paragraphs[-1].text) <= 20 and looks_like_place(paragraphs[-1].text.strip()) \
            and (dated := _dated_sign_off(paragraphs[-2].text)) is not None:  # the date, then the place: "2024년 3월
        when, _ = dated  # 15일" / "도쿄"
        return without_end_marks(paragraphs[:-2]), city_of(paragraphs[-1].text.strip()), when
    if len(paragraphs) < 2 or (signed := _dated_sign_off(paragraphs[-1].text)) is None:
        return paragraphs, city_of(issued_at), None
    when, place = signed
    kept = paragraphs[:-1]
    if place is None and len(kept) >= 2 and len(kept[-1].text) <= 40 and looks_like_place(kept[-1].text):
        line = kept.pop().text.strip()
        place = office_seat(line) if is_office(line) else line
    return without_end_marks(kept), city_of(place), when  # (". . . . ." before "HANOI, 11 MARCH 2025")


def without_end_marks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs without the end marks closing them (at least one paragraph is kept); site adapters
    call it too."""
    while len(paragraphs) >= 2 and (_END_MARK.fullmatch(text := paragraphs[-1].text.strip())
                                    or _OFFICE_SIGN_OFF.fullmatch(text)):
        paragraphs = paragraphs[:-1]
    return _without_attachment_list(paragraphs)


_ATTACHMENTS = re.compile(r"(?:붙임|첨부)\s*\d*\s*[:：.]\s*\S.{0,100}")
_ATTACHMENT_ITEM = re.compile(r"\d{1,2}\s*[.)]\s*\S.{0,100}")


def _without_attachment_list(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Without a Korean release's list of attachments set one per line, closed by its end mark: "붙임 1. 투자포럼
    개요" then "2. 분야별 MOU 체결 현황.  끝." (one line of it is an end mark of its own)."""
    if len(paragraphs) < 3 or not paragraphs[-1].text.strip().endswith("끝."):
        return paragraphs
    k = len(paragraphs) - 1
    while k > 1 and _ATTACHMENT_ITEM.fullmatch(paragraphs[k].text.strip()):
        k -= 1
    return paragraphs[:k] if k < len(paragraphs) - 1 and _ATTACHMENTS.fullmatch(paragraphs[k].text.strip()) \
        else paragraphs


# the office that issued the text, closing it: "Foreign Affairs Division, Office of the Permanent Secretary, The
# Prime Minister’s Office" (capitalised units, commas between them, an office last)
_OFFICE_SIGN_OFF = re.compile(r"(?:(?:The\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|of|for|the|and|&)){0,7}"
                              r",\s+){1,4}" + _OFFICE_LABEL.pattern)


BOLD_HEADING_WORDS = 12


def is_bold_heading(text: str) -> bool:
    """A short phrase, not a sentence: what a paragraph of bold text must be to head a section."""
    return 0 < len(text.split()) <= BOLD_HEADING_WORDS and not text.rstrip().endswith((".", "!", "?", ":", ";", ","))
