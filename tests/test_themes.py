"""CAP major-topic codes from keywords (vocab/themes.toml)."""
import pytest

from transforms.themes import themes_for


@pytest.mark.parametrize("text, expected", [
    ("We will strengthen bilateral defence cooperation and joint naval exercises.", {16}),
    ("The leaders agreed to cut emissions and protect biodiversity.", {7}),
    ("Both sides will expand cooperation on clean energy and small modular reactors.", {8}),
    ("Japan and the United States will deepen cooperation on semiconductors and quantum technologies.", {17}),
    ("We will reduce tariffs and work together in the WTO.", {18}),
    ("The new youth mobility arrangement raises the annual quota.", {9}),
    ("We will promote gender equality and the inclusion of minorities.", {2}),
    ("We look forward to the Year of Cultural Exchanges celebrating our artists.", {23}),
    ("The two countries will cooperate on pandemic preparedness and vaccines.", {3}),
    ("We agree to enhance cooperation in agricultural research.", {4, 17}),
])
def test_keywords_give_codes(text, expected):
    assert expected <= set(themes_for(text))


def test_codes_are_sorted_and_unique():
    codes = themes_for("Defence, trade, energy and defence again.")
    assert list(codes) == sorted(set(codes))


def test_fallback_is_international_affairs():
    assert themes_for("We will meet again.") == (19,)


def test_acronyms_are_case_sensitive():
    assert 17 in themes_for("Cooperation on AI safety.")
    assert themes_for("un accord sur la pêche") == (19,)  # French "un" is not the UN; fallback only
