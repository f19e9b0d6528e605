"""Turn fetched bytes into text.

Order of evidence: a byte-order mark (unambiguous, so it wins), the HTTP
``Content-Type`` charset, the document's own declaration (``<meta charset>``,
``<meta http-equiv="Content-Type">`` or an XML declaration), plain UTF-8,
then statistical detection. A declared charset is used only if the bytes
decode under it; labels are mapped the way browsers map them (``euc-kr`` and
``ks_c_5601-1987`` mean Windows-949, ``iso-8859-1`` means Windows-1252).
Undecodable bytes never raise: the last resort is UTF-8 with U+FFFD.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_SNIFF_BYTES = 4096
# A declared charset whose decoding needs more replacements than this share is
# treated as wrong and the next source of evidence is tried.
_MAX_REPLACEMENT_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG Encoding Standard label -> Python codec, for labels Python reads differently.
_LABEL_ALIASES = {
    "euc-kr": "cp949", "euckr": "cp949", "ks_c_5601-1987": "cp949", "ks_c_5601-1989": "cp949",
    "ksc5601": "cp949", "ksc_5601": "cp949", "windows-949": "cp949", "x-windows-949": "cp949",
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030",
    "big5": "big5hkscs", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""", re.I)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", re.I)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec used and which evidence chose it."""

    text: str
    encoding: str
    source: str  # "bom" | "http" | "meta" | "utf-8" | "detected" | "fallback"


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if the label is unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _LABEL_ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    match = _CT_CHARSET.search(content_type)
    return match.group(1) if match else None


def sniff_declared_charset(content: bytes) -> str | None:
    """The charset the document declares in its first bytes (meta or XML declaration)."""
    head = content[:_SNIFF_BYTES]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _try(content: bytes, codec: str | None, *, lenient: bool = False) -> str | None:
    if codec is None:
        return None
    try:
        return content.decode(codec)
    except (UnicodeDecodeError, LookupError):
        if not lenient:
            return None
    text = content.decode(codec, errors="replace")
    if text.count("\ufffd") <= max(1, len(text) * _MAX_REPLACEMENT_SHARE):
        return text
    return None


def _detect(content: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional dependency
        return None
    best = from_bytes(content).best()
    if best is None or not best.encoding:
        return None
    codec = normalize_charset(best.encoding)
    text = _try(content, codec)
    return (text, codec) if text is not None and codec else None


def decode_html(content: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML/XML response body; never raises on bad bytes."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return Decoded(content[len(bom):].decode(codec, errors="replace"), codec, "bom")
    declared = [
        ("http", normalize_charset(charset_from_content_type(content_type))),
        ("meta", normalize_charset(sniff_declared_charset(content))),
    ]
    for source, codec in declared:
        text = _try(content, codec)
        if text is not None:
            return Decoded(text, codec, source)
    text = _try(content, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    for source, codec in declared:  # a declared charset with a stray bad byte
        text = _try(content, codec, lenient=True)
        if text is not None:
            return Decoded(text, codec, source)
    detected = _detect(content)
    if detected is not None:
        return Decoded(detected[0], detected[1], "detected")
    return Decoded(content.decode("utf-8", errors="replace"), "utf-8", "fallback")
