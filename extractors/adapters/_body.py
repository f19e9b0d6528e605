"""Walk a body container into headings and paragraphs.

Rules, for every site:
- h2/h3 are section headings; ``section_no`` of a paragraph is the 1-based
  index of the heading before it (0 before the first heading).
- A heading listed as chrome ("Associated links", "Contacts"...) drops itself
  and everything up to the next heading of the same or a higher level; a
  document-type label ("News release") is dropped alone.
- <p>, <li> and any other block holding text become paragraphs; <br> splits
  a block into separate paragraphs (inside inline markup too: "<strong>New
  Delhi<br>March 19</strong>"); inline markup is joined without spaces.
- ``in_scope``, when given, limits which blocks may yield paragraphs (e.g.
  canada.ca's ``div.cmp-text``); headings are taken anywhere in the container.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from extractors.adapters._common import NEVER_TEXT, chrome_vocab
from extractors.adapters._tree import clean_text, get_text, node_text, running_string
from extractors.records import Paragraph

HEADINGS = ("h2", "h3")
BLOCKS = frozenset((
    "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "li", "ul", "ol",
    "blockquote", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "dl", "dt", "dd",
    "figure", "figcaption", "pre", "hr", "address", "details", "summary", "center", "hgroup",
    "h1", "h2", "h3", "h4", "h5", "h6", "fieldset", "br",
))


@dataclass
class _State:
    in_scope: Callable[[etree._Element], bool] | None
    headings: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    skip_level: int | None = None  # inside a chrome block opened by a heading of this level
    lists: int = 0  # lists (ul/ol) met so far: an item's list_id


def walk_body(container: etree._Element, in_scope: Callable[[etree._Element], bool] | None = None
              ) -> tuple[tuple[str, ...], tuple[Paragraph, ...]]:
    """Headings (h2/h3 text) and paragraphs of ``container``, in document order."""
    state = _State(in_scope=in_scope)
    _visit(container, state, scoped=in_scope is None or in_scope(container), list_item=0)
    return tuple(state.headings), tuple(state.paragraphs)


def _heading(node: etree._Element, state: _State, level: int) -> None:
    text = node_text(node)
    if not text:
        return
    vocab = chrome_vocab()
    if state.skip_level is not None and level > state.skip_level:
        return
    if vocab.is_chrome_heading(text):
        state.skip_level = level
        return
    state.skip_level = None
    if not vocab.is_type_label(text):
        state.headings.append(text)


def _minor_heading(node: etree._Element, state: _State, level: int) -> bool:
    """h4-h6: True (drop it) when it opens a chrome block; otherwise it is body text."""
    if chrome_vocab().is_chrome_heading(node_text(node)):
        if state.skip_level is None or level < state.skip_level:
            state.skip_level = level
        return True
    if state.skip_level is not None and level <= state.skip_level:
        state.skip_level = None
    return False


def _emit(buffer: list[str], state: _State, scoped: bool, list_item: int) -> None:
    """``list_item``: the id of the list the text is an item of, 0 when it is none."""
    if not buffer:
        return
    text = "".join(buffer)
    buffer.clear()
    if not text.strip(" \t\n\r\f"):
        return
    text = clean_text(text)
    if text and scoped and state.skip_level is None:
        state.paragraphs.append(Paragraph(len(state.headings), text, list_item > 0, list_item))


def _inline_with_breaks(node: etree._Element, buffer: list[str], state: _State, scoped: bool,
                        list_item: int) -> None:
    """Inline markup holding a <br>: its strings go to ``buffer``; each <br> ends a paragraph."""
    if node.text is not None:
        buffer.append(node.text)
    for child in node:
        name = child.tag
        if name == "br":
            _emit(buffer, state, scoped, list_item)
        elif not isinstance(name, str):
            loose = running_string(child)
            if loose is not None:
                buffer.append(loose)
        elif name not in NEVER_TEXT:
            if next(child.iter("br"), None) is None:
                buffer.append(get_text(child))
            else:
                _inline_with_breaks(child, buffer, state, scoped, list_item)
        if child.tail is not None:
            buffer.append(child.tail)


def _visit(node: etree._Element, state: _State, scoped: bool, list_item: int, list_of: int = 0) -> None:
    """``list_item``: the id of the list ``node`` is (inside) an item of, or 0; ``list_of``: the id of the
    list (ul/ol) ``node`` is inside, which its <li> children belong to."""
    buffer: list[str] = []
    if node.text is not None:
        buffer.append(node.text)
    for child in node:
        name = child.tag
        if not isinstance(name, str):
            loose = running_string(child)
            if loose is not None:
                buffer.append(loose)
        elif name in NEVER_TEXT:
            pass
        elif name not in BLOCKS:
            if next(child.iter("br"), None) is None:
                buffer.append(get_text(child))
            else:
                _inline_with_breaks(child, buffer, state, scoped, list_item)
        else:
            _emit(buffer, state, scoped, list_item)
            if name in HEADINGS:
                _heading(child, state, int(name[1]))
            elif name in ("h1", "hr", "br"):
                pass
            elif name in ("h4", "h5", "h6") and _minor_heading(child, state, int(name[1])):
                pass
            else:
                child_scoped = scoped or (state.in_scope is not None and state.in_scope(child))
                child_of = list_of
                if name in ("ul", "ol"):
                    state.lists += 1
                    child_item, child_of = 0, state.lists
                elif name == "li":
                    if not list_of:  # an item outside any list: a list of its own
                        state.lists += 1
                        child_of = state.lists
                    child_item = child_of
                else:
                    child_item = list_item
                _visit(child, state, child_scoped, list_item=child_item, list_of=child_of)
        if child.tail is not None:
            buffer.append(child.tail)
    _emit(buffer, state, scoped, list_item)
