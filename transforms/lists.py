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
from transforms.segment import PARAGRAPH_MARKER


def marker_style(text: str) -> str | None:
    """The kind of number or bullet opening a paragraph, digits and letters generalised ("(1) " -> "(9)",
    "7. " -> "9.", "b) " -> "a)", "• " -> "•"); None without one."""
    m = PARAGRAPH_MARKER.match(text)
    if m is None:
        return None
    return re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", m.group().strip())))


def lead_ins(sentences: list[SentenceIn]) -> list[int | None]:
    """For each sentence, the index of the lead-in it is an item of, or None."""
    out: list[int | None] = []
    lead: int | None = None  # the last sentence ending with ":" before a run of items
    lead_key: tuple | None = None  # the list the lead-in's paragraph is in (or its kind of number)
    run_key: tuple | None = None  # the list of the items read with the lead-in so far
    key: tuple | None = None
    continues = False
    for i, sentence in enumerate(sentences):
        if sentence.sentence_no == 1:
            style = marker_style(sentence.text)
            key = ("list", sentence.list_id) if sentence.is_list_item else (("number", style) if style else None)
            continues = lead is not None and key is not None and key != lead_key and run_key in (None, key)
            if continues:
                run_key = key
        if continues:
            out.append(lead)
            continue
        out.append(None)
        if sentence.text.rstrip().endswith(":"):
            lead, lead_key, run_key = i, key, None
        else:
            lead = None
    return out
