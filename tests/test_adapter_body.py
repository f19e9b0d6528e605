"""Body walking rules shared by all adapters: headings, chrome blocks, lists, <br>, scope."""
from __future__ import annotations

from extractors.adapters._body import walk_body
from extractors.adapters._common import drop_hidden
from extractors.adapters._dateline import city_of, read_dateline
from extractors.adapters._tree import parse_document


def _walk(markup: str, in_scope=None):
    root = parse_document(f"<div id='b'>{markup}</div>").xpath("//div[@id='b']")[0]
    return walk_body(drop_hidden(root), in_scope)


def test_headings_number_sections_and_chrome_headings_drop_their_block():
    headings, paragraphs = _walk(
        "<p>Intro.</p><h2>Quick facts</h2><ul><li>One.</li><li>Two.</li></ul>"
        "<h2>Associated links</h2><ul><li><a href='/x'>Backgrounder</a></li></ul>"
        "<h3>Contacts:</h3><p>Media Relations</p><h2>Next steps</h2><p>We will meet.</p>")
    assert headings == ("Quick facts", "Next steps")
    assert [(p.section_no, p.text, p.is_list_item) for p in paragraphs] == [
        (0, "Intro.", False), (1, "One.", True), (1, "Two.", True), (2, "We will meet.", False)]


def test_br_splits_and_inline_markup_joins_without_spaces():
    _, paragraphs = _walk("<p><strong>May 23, 2023</strong>—<strong>Ottawa</strong>—Today.<br>Second line.</p>"
                          "<div>Loose text in a div<br><br>and more</div>")
    assert [p.text for p in paragraphs] == ["May 23, 2023—Ottawa—Today.", "Second line.",
                                            "Loose text in a div", "and more"]


def test_nested_lists_and_type_labels():
    headings, paragraphs = _walk("<h2>Statement</h2><ol><li>Parent<ul><li>Child</li></ul></li></ol>")
    assert headings == ()
    assert [(p.text, p.is_list_item) for p in paragraphs] == [("Parent", True), ("Child", True)]


def test_hidden_and_script_text_is_never_body():
    _, paragraphs = _walk("<p>Visible.<span class='wb-inv'> (opens in new window)</span></p>"
                          "<p aria-hidden='true'>Icon</p><script>var x = 1;</script><p hidden>Gone</p>")
    assert [p.text for p in paragraphs] == ["Visible."]


def test_scope_limits_paragraphs_but_not_headings():
    headings, paragraphs = _walk("<p>Byline</p><h2>Quotes</h2><div class='cmp-text'><p>“Quote.”</p></div>",
                                 in_scope=lambda tag: "cmp-text" in (tag.get("class") or "").split())
    assert headings == ("Quotes",) and [(p.section_no, p.text) for p in paragraphs] == [(1, "“Quote.”")]


def test_dateline_styles_and_city_names():
    cases = {
        "OTTAWA, ON, May 10, 2023 /CNW/ - Right now": "Ottawa",
        "SEOUL, Republic of Korea, May 17, 2023 /CNW/ - The": "Seoul",
        "May 23, 2023—Ottawa, Ontario—Today": "Ottawa",
        "Seoul – Canada and the Republic of Korea": "Seoul",
        "WASHINGTON, D.C. (May 1, 2023) — The President": "Washington",
        "SAINT-JEAN-SUR-RICHELIEU, QC, May 1, 2023 /CNW/ - x": "Saint-Jean-sur-Richelieu",
    }
    for text, city in cases.items():
        assert read_dateline(text).city == city
    for text in ("We met today in Seoul.", "Today – we met", "The leaders - including Canada - met"):
        assert read_dateline(text) is None
    assert city_of("Ottawa (Ontario)") == "Ottawa" and city_of("Séoul, République de Corée") == "Séoul"


def test_items_of_nested_lists_carry_their_own_list():
    from lxml import html as lxml_html

    from extractors.adapters._body import walk_body
    root = lxml_html.fromstring("<div><p>Intro.</p><ol><li>The sides agreed to:<ul><li>deepen ties;</li>"
                                "<li>expand trade.</li></ul></li><li>They welcomed the visit.</li></ol></div>")
    _, paragraphs = walk_body(root)
    assert [(p.text, p.list_id) for p in paragraphs] == [
        ("Intro.", 0), ("The sides agreed to:", 1), ("deepen ties;", 2), ("expand trade.", 2),
        ("They welcomed the visit.", 1)]
