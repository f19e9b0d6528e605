"""Which sentences are items of a list introduced by a lead-in ending with ":".

"The two countries will work together to:" then "- expand trade;", "- deepen
defence ties." The items read as the end of their lead-in (classification
takes its commitment and actors, instrument mentions its event). An item is a
sentence of a list item paragraph (``list_id``: <li> in a page, a Markdown
list) or of a paragraph opened by a number or bullet of its own ("(1) launch
...;"). It continues the lead-in while it belongs to another list than the
lead-in itself and to the list of the first item: bullets nested under a
numbered paragraph ("6. ... agreed to:" then "- deepen ...") are its items,
the next numbered paragraph ("7. ...") is not.
"""
from __future__ import annotations

import re

from transforms.records import SentenceIn
from transforms.segment import PARAGRAPH_MARKER, without_marker


def marker_style(text: str) -> str | None:
    """The kind of number or bullet opening a paragraph, digits and letters generalised ("(1) " -> "(9)",
    "7. " -> "9.", "b) " -> "a)", "• " -> "•"); None without one."""
    m = PARAGRAPH_MARKER.match(text)
    if m is None:
        return None
    return re.sub(r"[가나다라마바사아자차카타파하]", "가",
                  re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", m.group().strip()))))


_ENDS_ITEM = re.compile(r";\s*(?:and|or|et|ou)?\s*$")
# a Korean lead-in names what follows and ends its sentence ("... 다음 사항을 추진해 나가기로 합의하였다."): its
# items are the marked lines after it that end with no predicate ("- 공동 연구개발 확대")
_KOREAN_LEAD = re.compile(r"(?:다음|아래)\s*(?:사항|과\s*같이|와\s*같이|과\s*같은|와\s*같은|의)")
_PREDICATE_END = re.compile(r"다[.。]?\s*$")


def lead_ins(sentences: list[SentenceIn]) -> list[int | None]:
    """For each sentence, the index of the lead-in it is an item of, or None. An item ending with ":"
    leads a nested list ("deepen cooperation, in particular on:" then its own bullets); the items after
    that list go back to the outer lead-in."""
    out: list[int | None] = []
    # open lead-ins, innermost last: [index, the list its paragraph is in (or its kind of number),
    # the list of the items read with it so far]
    stack: list[list] = []
    key: tuple | None = None
    continues = semicolons = False
    for i, sentence in enumerate(sentences):
        if sentence.sentence_no == 1:
            style = marker_style(sentence.text)
            key = ("list", sentence.list_id) if sentence.is_list_item else (("number", style) if style else None)
            if key is None and stack and (semicolons or _ENDS_ITEM.search(sentence.text)):
                key = ("plain",)  # items written as plain paragraphs, each but the last ending with ";"
            semicolons = key == ("plain",) and bool(_ENDS_ITEM.search(sentence.text))
            while stack and not (key is not None and key != stack[-1][1] and stack[-1][2] in (None, key)
                                 and not (stack[-1][3] and _PREDICATE_END.search(sentence.text))):
                stack.pop()  # this paragraph is no item of the innermost lead-in: try the one around it
            continues = bool(stack)
            if continues:
                stack[-1][2] = key
        if continues:
            out.append(stack[-1][0])
        else:
            out.append(None)
            stack.clear()
        if sentence.text.rstrip().endswith(":"):
            stack.append([i, key, None, False])
        elif _KOREAN_LEAD.search(sentence.text) and _PREDICATE_END.search(sentence.text):
            stack.append([i, key, None, True])
    return out


def lead_in_text(sentences: list[SentenceIn], leads: list[int | None], i: int) -> str:
    """Sentence ``i`` as the lead-in of the items after it, with the lead-ins it is itself an item of:
    "Sweden and Korea will: deepen cooperation on security, in particular on:"."""
    text = sentences[i].text
    while (outer := leads[i]) is not None:
        text = sentences[outer].text.rstrip().rstrip(":").rstrip() + " " + without_marker(text)
        i = outer
    return text
