"""Small helpers for rebuilding pages: escaping, body markup from text lines, dates."""
from __future__ import annotations

import html
from datetime import date, datetime, timezone
from email.utils import format_datetime

FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def body_lines(doc: dict, text: str) -> list[str]:
    """Non-empty lines of the published text minus the title/chrome lines named in ``non_body``."""
    lines = [line for line in text.split("\n") if line.strip()]
    for chrome in doc.get("non_body", []):
        index = next(i for i, line in enumerate(lines) if line.rstrip() == chrome)
        del lines[index]
    return lines


def body_html(doc: dict, lines: list[str], p_open: str = "<p>", indent: str = "") -> str:
    """<h2>, <ul><li> and <p> markup for body lines, text escaped but otherwise verbatim."""
    headings, items = set(doc.get("headings", [])), set(doc.get("list_items", []))
    out: list[str] = []
    open_list = False
    for line in lines:
        bullet = line.startswith("- ")
        is_item = bullet or line in items
        if is_item and not open_list:
            css = "" if bullet else ' class="list-unstyled"'
            out.append(f"{indent}<ul{css}>")
            open_list = True
        if not is_item and open_list:
            out.append(f"{indent}</ul>")
            open_list = False
        if is_item:
            out.append(f"{indent}  <li>{esc(line[2:] if bullet else line)}</li>")
        elif line in headings:
            out.append(f"{indent}<h2>{esc(line)}</h2>")
        else:
            out.append(f"{indent}{p_open}{esc(line)}</p>")
    if open_list:
        out.append(f"{indent}</ul>")
    return "\n".join(out)


def first_sentence(lines: list[str], limit: int = 200) -> str:
    text = lines[0] if lines else ""
    cut = text.find(". ")
    text = text[: cut + 1] if 0 < cut < limit else text[:limit]
    return text.strip()


def day(doc: dict) -> date:
    return date.fromisoformat(doc["published_date"])


def display_date(value: date, language: str) -> str:
    if language == "fr":
        return f"{value.day} {FR_MONTHS[value.month - 1]} {value.year}"
    return f"{value:%B} {value.day}, {value.year}"


def http_date(value: date, hour: int = 12) -> str:
    return format_datetime(datetime(value.year, value.month, value.day, hour, tzinfo=timezone.utc), usegmt=True)
