"""The parsed-page model under the adapters: strings of nodes, hidden nodes, CSS selection."""
from __future__ import annotations

import pytest

from extractors.adapters._common import drop_hidden
from extractors.adapters._tree import first, get_text, node_text, parse_document, strings
from extractors.errors import SelectorError
from extractors.selectors import select_all, select_one


def _doc(body: str):
    return parse_document(f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>")


def test_blank_strings_are_one_space_or_newline_except_in_pre():
    doc = _doc("<p><b>a</b>   <i>b</i>\n\n  <i>c</i></p><pre>  <b>x</b>\n\n</pre><!---->")
    assert get_text(first(doc, "p")) == "a b\nc"
    assert get_text(first(doc, "pre")) == "  x\n\n"
    assert [text for text, _ in strings(first(doc, "body"))][-1] == " "


def test_text_leaves_out_comments_scripts_and_ruby_annotations():
    doc = _doc("<div>Seoul<!-- note --> <script>var x;</script><ruby>東<rt>とう</rt></ruby>京</div>")
    div = first(doc, "div")
    assert get_text(div) == "Seoul 東京"
    assert get_text(first(doc, "rt")) == "とう"
    assert [text for text, _ in strings(div)] == ["Seoul", " note ", " ", "var x;", "東", "とう", "京"]


def test_hidden_nodes_go_and_the_text_after_them_stays():
    doc = _doc("<p>Visible<span class='x wb-inv'> (new window)</span> text<span hidden>h</span>.</p>")
    assert node_text(drop_hidden(first(doc, "p"))) == "Visible text."


def test_classes_match_whole_names_in_any_whitespace():
    doc = _doc("<div class='cmp-text-old'>a</div><div class='x\u00a0cmp-text'>b</div><div class='cmp-text\fy'>c</div>")
    assert [node_text(node) for node in select_all(doc, "body div.cmp-text")] == ["b", "c"]


def test_selector_misses_name_url_and_selector():
    doc = _doc("<h1>One</h1><h1>Two</h1>")
    with pytest.raises(SelectorError) as err:
        select_one(doc, "h1", "https://example.org/x")
    assert err.value.selector == "h1" and "found 2" in str(err.value) and "https://example.org/x" in str(err.value)
