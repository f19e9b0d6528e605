"""Parsed pages for the site adapters: the document tree and the strings of its nodes.

``parse_document`` parses decoded HTML with lxml. The *document* is an
element of tag ``DOCUMENT`` holding the page's top-level nodes (<html>, the
comments around it, stray elements after </html>); a doctype is a comment node
marked as one, where it was declared. The strings of the tree:

- a string made only of ASCII whitespace (outside <pre>/<textarea>) is one
  newline if it holds one, else one space; an empty comment or doctype is one space;
- ``get_text`` joins the text strings under a node: never comments or
  doctypes, never the contents of <script>, <style>, <template>, <rt> or <rp>
  (a node of one of those kinds has only its own kind's text);
- ``strings`` lists every string under a node, comments, doctypes and script text included.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator

from lxml import etree

DOCUMENT = "{urn:x-accords}document"
_DOOMED = "{urn:x-accords}removed"
_DOCTYPE_MARK = "\ue000!doctype\ue000"
_ASCII_WHITESPACE = " \t\n\r\f"
# Tags whose strings are of their own kind: not text of the nodes around them.
CONTAINERS = ("script", "style", "template", "rt", "rp")
_CONTAINER_SET = frozenset(CONTAINERS)
# Attributes holding a whitespace-separated list of values (compared as lists).
_LIST_ATTRIBUTES = {"*": ("class", "accesskey", "dropzone"), "a": ("rel", "rev"), "link": ("rel", "rev"),
                    "td": ("headers",), "th": ("headers",), "form": ("accept-charset",), "object": ("archive",),
                    "area": ("rel",), "icon": ("sizes",), "iframe": ("sandbox",), "output": ("for",)}
_DOCTYPE_TOKEN = re.compile("<![dD][oO][cC][tT][yY][pP][eE]")
_PROLOG = re.compile(r"(?:\s|<!--.*?-->|<\?[^>]*>)*", re.S)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LOCAL = threading.local()


def _parser() -> etree.HTMLParser:
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = etree.HTMLParser(encoding="utf-8", default_doctype=False)
    return parser


def parse_document(text: str) -> etree._Element | None:
    """The document of decoded HTML ``text`` (see the module docstring); None if it has no element."""
    try:
        root = etree.fromstring(text.encode("utf-8"), _parser())
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    doctype = root.getroottree().docinfo.internalDTD
    doc = etree.Element(DOCUMENT)
    for node in (*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()):
        doc.append(node)
    tokens = list(_DOCTYPE_TOKEN.finditer(text))
    if len(tokens) == 1 and _PROLOG.fullmatch(text, 0, tokens[0].start()):
        if doctype is not None:
            doc.insert(0, _doctype_node(_doctype_string(doctype.name, doctype.external_id, doctype.system_url)))
    elif tokens:
        _place_doctypes(doc, text)
    _reduce_blank_strings(doc)
    return doc


def _doctype_string(name: str | None, public_id: str | None, system_url: str | None) -> str:
    text = name or ""
    if public_id is not None:
        text += f' PUBLIC "{public_id}"'
        if system_url is not None:
            text += f' "{system_url}"'
    elif system_url is not None:
        text += f' SYSTEM "{system_url}"'
    return text


def _doctype_node(text: str) -> etree._Element:
    """A comment standing for a doctype; its hyphens are stored as U+E001 (comments cannot hold "--")."""
    return etree.Comment(_DOCTYPE_MARK + _NOT_XML.sub("\ufffd", text).replace("-", "\ue001"))


class _DoctypePlaces:
    """Parser target noting each doctype's place: (element number, children before it, text offset)."""

    def __init__(self) -> None:
        self.started = 0  # elements started so far; 0 numbers the document itself
        self.open = [[0, 0]]  # [element number, children so far] of each open element
        self.offset = 0  # characters of text since the last node boundary
        self.found: list[tuple[int, int, int, str]] = []

    def start(self, tag, attrib) -> None:
        self.started += 1
        self.open[-1][1] += 1
        self.open.append([self.started, 0])
        self.offset = 0

    def end(self, tag) -> None:
        if len(self.open) > 1:
            self.open.pop()
        self.offset = 0

    def data(self, data) -> None:
        self.offset += len(data)

    def comment(self, text) -> None:
        self.open[-1][1] += 1
        self.offset = 0

    def pi(self, target, data=None) -> None:
        self.comment(target)

    def doctype(self, name, public_id, system_url) -> None:
        number, children = self.open[-1]
        self.found.append((number, children, self.offset, _doctype_string(name, public_id, system_url)))

    def close(self) -> list[tuple[int, int, int, str]]:
        return self.found


def _place_doctypes(doc: etree._Element, text: str) -> None:
    """Put a doctype node where each doctype of ``text`` was declared (pages declaring several)."""
    places = etree.fromstring(text.encode("utf-8"), etree.HTMLParser(encoding="utf-8", target=_DoctypePlaces()))
    elements = [node for node in doc.iter() if isinstance(node.tag, str)]
    for number, children, offset, value in reversed(places or []):
        parent = elements[number]
        before = (parent.text if children == 0 else parent[children - 1].tail) or ""
        if _NOT_XML.search(before):
            continue  # lxml cannot store the split text: the doctype is left out
        node = _doctype_node(value)
        node.tail = before[offset:] or None
        if children == 0:
            parent.text = before[:offset] or None
        else:
            parent[children - 1].tail = before[:offset] or None
        parent.insert(children, node)


def _reduce_blank_strings(doc: etree._Element) -> None:
    """Blank strings, empty comments and empty doctypes become one newline or one space, outside <pre>/<textarea>."""
    keep = {inner for node in doc.iter("pre", "textarea") for inner in node.iter()}
    space = _ASCII_WHITESPACE
    for node in doc.iter():
        around_kept = bool(keep) and node.getparent() in keep
        text = node.text
        if isinstance(node.tag, str):
            if text is not None and not text.strip(space) and not (keep and node in keep):
                node.text = "\n" if "\n" in text else " "
        elif node.tag is etree.Comment and not around_kept:
            if text == _DOCTYPE_MARK:
                node.text = _DOCTYPE_MARK + " "
            elif not text or not text.strip(space):
                node.text = "\n" if text and "\n" in text else " "
        tail = node.tail
        if tail is not None and not tail.strip(space) and not around_kept:
            node.tail = "\n" if "\n" in tail else " "


def _doctype_of(node: etree._Element) -> str | None:
    if node.tag is etree.Comment and node.text and node.text.startswith(_DOCTYPE_MARK):
        return node.text[len(_DOCTYPE_MARK):].replace("\ue001", "-")
    return None


def _string_of(node: etree._Element) -> str:
    """The string a comment, doctype or processing instruction node stands for."""
    if node.tag is etree.PI:
        return f"{node.target} {node.text or ''}"
    doctype = _doctype_of(node)
    return node.text or "" if doctype is None else doctype


def running_string(node: etree._Element) -> str | None:
    """What a non-element node adds to the running text around it: a doctype's or a processing
    instruction's string; None for a comment."""
    if node.tag is etree.PI:
        return _string_of(node)
    return _doctype_of(node)


def first(doc: etree._Element, tag: str) -> etree._Element | None:
    """The first ``tag`` element under ``doc``."""
    return next(doc.iter(tag), None)


def get_text(node: etree._Element) -> str:
    """The text strings under ``node``, joined (see the module docstring for which count)."""
    if node.tag in _CONTAINER_SET or next(node.iterancestors(*CONTAINERS), None) is not None:
        return _typed_text(node)
    if len(node) == 0:
        return node.text or ""
    if next(node.iter(*CONTAINERS), None) is not None:
        return _typed_text(node)
    return "".join(node.itertext())


def _typed_text(node: etree._Element) -> str:
    """``get_text`` when string kinds differ: keep the strings of ``node``'s own kind."""
    wanted = node.tag if node.tag in _CONTAINER_SET else None
    outer = next(node.iterancestors(*CONTAINERS), None)
    parts: list[str] = []

    def walk(element: etree._Element, kind: str | None) -> None:
        if element.text is not None and kind == wanted:
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child, child.tag if child.tag in _CONTAINER_SET else kind)
            if child.tail is not None and kind == wanted:
                parts.append(child.tail)

    walk(node, wanted if wanted else (outer.tag if outer is not None else None))
    return "".join(parts)


def clean_text(text: str) -> str:
    """Collapse HTML (ASCII) whitespace and trim; no-break spaces inside are kept."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text:
        text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ").replace("\f", " ")
        text = " ".join(filter(None, text.split(" ")))
    return text.strip()


def node_text(node: etree._Element) -> str:
    return clean_text(get_text(node))


def strings(node: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """Every string under ``node`` in document order, with the element holding it."""
    if node.text is not None:
        yield node.text, node
    for child in node:
        if isinstance(child.tag, str):
            yield from strings(child)
        else:
            yield _string_of(child), node
        if child.tail is not None:
            yield child.tail, node


def strings_after(node: etree._Element) -> Iterator[str]:
    """The strings from the start of ``node`` to the end of the document, in document order."""
    for text, _parent in strings(node):
        yield text
    while node is not None:
        if node.tail is not None:
            yield node.tail
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                for text, _parent in strings(sibling):
                    yield text
            else:
                yield _string_of(sibling)
            if sibling.tail is not None:
                yield sibling.tail
        node = node.getparent()


def has_ancestor(node: etree._Element, tag: str) -> bool:
    """True if ``node`` or an element above it is a ``tag``."""
    return node.tag == tag or next(node.iterancestors(tag), None) is not None


def _attributes(node: etree._Element) -> dict:
    lists = _LIST_ATTRIBUTES["*"] + _LIST_ATTRIBUTES.get(node.tag, ())
    return {k: (v.split() if k in lists else v) for k, v in node.attrib.items()}


def _contents(node: etree._Element) -> list:
    out: list = [] if node.text is None else [node.text]
    for child in node:
        out.append(child if isinstance(child.tag, str) else _string_of(child))
        if child.tail is not None:
            out.append(child.tail)
    return out


def same_markup(a: etree._Element | str, b: etree._Element | str) -> bool:
    """Same tag, attributes and contents (recursively); strings and comments compare by text."""
    if a is b:
        return True
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    if a.tag != b.tag or _attributes(a) != _attributes(b):
        return False
    left, right = _contents(a), _contents(b)
    return len(left) == len(right) and all(same_markup(x, y) for x, y in zip(left, right))


def remove(root: etree._Element, nodes: Iterable[etree._Element]) -> None:
    """Take ``nodes`` (under ``root``) and their content out of the tree; the text after each stays in place."""
    doomed = False
    for node in nodes:
        node.tag = _DOOMED
        doomed = True
    if doomed:
        etree.strip_elements(root, _DOOMED, with_tail=False)
