"""parse_date / find_date on the ways official sites print dates."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.dates import find_date, parse_date

MAY_17 = date(2023, 5, 17)


@pytest.mark.parametrize("text, language", [
    ("May 17, 2023", None), ("17 May 2023", None), ("le 17 mai 2023", "fr"), ("17 mai 2023", "fr"),
    ("2023-05-17", None), ("2023.05.17", None), ("2023. 5. 17.", "ko"), ("2023년 5월 17일", "ko"),
    ("2023-05-17T07:45:00Z", None), ("2023-05-17T23:30:00-04:00", None), ("Wednesday, May 17th, 2023", "en"),
    ("Wed, 17 May 2023 12:00:00 GMT", None), ("2023年5月17日", "ja"), ("令和5年5月17日", "ja"),
    ("17. Mai 2023", "de"), ("17 de mayo de 2023", "es"), ("17.05.2023", "de"), ("05/17/2023", "en"),
    ("17/05/2023", "fr"), ("Date : 2023.05.17 | Hit : 12", None), ("May 17, 2023—Ottawa, Ontario—", "en"),
])
def test_formats(text, language):
    assert parse_date(text, language) == MAY_17


def test_abbreviated_french_month_in_a_wire_dateline():
    assert parse_date("OTTAWA, ON, le 23 sept. 2022 /CNW/ - Nous", "fr") == date(2022, 9, 23)
    assert parse_date("OTTAWA, ON, Sept. 23, 2022 /CNW/ - We") == date(2022, 9, 23)


def test_first_year_of_an_era_and_first_of_the_month():
    assert parse_date("令和元年5月1日") == date(2019, 5, 1)
    assert parse_date("le 1er mai 2023") == date(2023, 5, 1)


@pytest.mark.parametrize("text", ["", None, "CANADA, May 17 - Today", "2023-02-30", "no date here",
                                  "60th anniversary in 2023", "Call 613-952-1650"])
def test_no_date(text):
    assert parse_date(text) is None


def test_find_date_reports_the_span_of_the_earliest_date():
    text = "SEOUL, Republic of Korea, May 17, 2023 /CNW/ - On Tuesday, May 16, 2023, ministers met."
    found = find_date(text)
    assert found.value == MAY_17
    assert text[found.start:found.end] == "May 17, 2023"


def test_ambiguous_numeric_date_follows_the_language():
    assert parse_date("04/05/2023", "en") == date(2023, 4, 5)
    assert parse_date("04/05/2023", "fr") == date(2023, 5, 4)
