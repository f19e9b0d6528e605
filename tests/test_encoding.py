"""decode_html: HTTP charset, <meta charset>, BOM, UTF-8, detection, undecodable bytes."""
from __future__ import annotations

import codecs

import pytest

from extractors.adapters import parse_page
from extractors.encoding import charset_from_content_type, decode_html, normalize_charset, sniff_declared_charset

KOREAN = "한-캐나다 수교 60주년 리셉션 축사"


def _page(charset_meta: str, text: str) -> str:
    return f'<html><head>{charset_meta}<title>t</title></head><body><p>{text}</p></body></html>'


def test_http_charset_is_used_first():
    data = _page("", KOREAN).encode("cp949")
    decoded = decode_html(data, "text/html; charset=EUC-KR")
    assert KOREAN in decoded.text and decoded.source == "http" and decoded.encoding == "cp949"


def test_meta_charset_when_the_header_has_none():
    data = _page('<meta charset="euc-kr">', KOREAN).encode("cp949")
    decoded = decode_html(data, "text/html")
    assert KOREAN in decoded.text and decoded.source == "meta"


def test_http_equiv_declaration_and_a_wrong_http_charset():
    data = _page('<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">', KOREAN).encode("cp949")
    decoded = decode_html(data, "text/html; charset=utf-8")  # the server lies; the bytes are not UTF-8
    assert KOREAN in decoded.text and decoded.source == "meta"


def test_bom_wins():
    data = codecs.BOM_UTF8 + _page('<meta charset="windows-1252">', "Séoul").encode("utf-8")
    decoded = decode_html(data, "text/html; charset=iso-8859-1")
    assert "Séoul" in decoded.text and decoded.source == "bom" and not decoded.text.startswith("\ufeff")


def test_utf8_without_any_declaration():
    decoded = decode_html(_page("", "Déclaration – l’union").encode("utf-8"))
    assert "Déclaration – l’union" in decoded.text and decoded.source == "utf-8"


def test_detection_for_undeclared_legacy_bytes():
    text = "La République de Corée et le Canada ont célébré le soixantième anniversaire. " * 20
    decoded = decode_html(_page("", text).encode("cp1252"))
    assert "République de Corée" in decoded.text and decoded.source == "detected"


def test_undecodable_bytes_never_raise():
    data = b"<html><body><p>ok \xff\xfe\x81 bytes</p></body></html>"
    decoded = decode_html(data, "text/html; charset=utf-8")
    assert decoded.text.startswith("<html>") and "ok" in decoded.text


def test_undecodable_page_still_parses():
    data = b'<html><head><meta charset="utf-8"><title>Note</title></head><body><main><p>Texte \xe9crit \xff.</p></main></body></html>'
    doc = parse_page(data, "https://example.org/note")
    assert doc.paragraphs and doc.paragraphs[0].text.startswith("Texte")


@pytest.mark.parametrize("label, codec", [("EUC-KR", "cp949"), ("ks_c_5601-1987", "cp949"), ("iso-8859-1", "cp1252"),
                                          ("UTF8", "utf-8"), ("Shift_JIS", "cp932"), ("x-unknown", None), (None, None)])
def test_labels_map_like_browsers(label, codec):
    assert normalize_charset(label) == codec


def test_declaration_sniffing():
    assert charset_from_content_type('text/html; charset="utf-8"') == "utf-8"
    assert charset_from_content_type("text/html") is None
    assert sniff_declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss/>') == "ISO-8859-1"
    assert sniff_declared_charset(b"<html><head><meta charset=euc-kr></head>") == "euc-kr"
