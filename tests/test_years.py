"""Deadline and horizon years, not years of past events."""
import pytest

from transforms.years import target_years


@pytest.mark.parametrize("text, published, expected", [
    ("We will halt biodiversity loss by 2030.", 2023, (2030,)),
    ("We will revise our strategies by COP16 in 2024.", 2023, (2024,)),
    ("The programme will run until 2027.", 2023, (2027,)),
    ("We look forward to 2024-2025 as the Year of Cultural Exchanges.", 2023, (2024, 2025)),
    ("We will put nature on a path to recovery by 2050.", 2023, (2050,)),
    ("The plan covers fiscal 2024–25.", 2023, (2024, 2025)),
    ("Funding will be provided from 2025 to 2030.", 2023, (2025, 2030)),
    ("The framework signed in 2023 will run until 2027.", 2023, (2027,)),
    ("Prime Minister Modi will visit Australia in 2024.", 2023, (2024,)),
])
def test_targets(text, published, expected):
    assert target_years(text, published) == expected


@pytest.mark.parametrize("text, published", [
    ("This initiative, launched at COP26 in 2021, sets a target.", 2023),
    ("It builds upon the memorandum of understanding from 1995.", 2023),
    ("The visit last September was a milestone.", 2023),
    ("Bilateral trade has grown since 2023.", 2023),
    ("The partnership was established in 2024.", 2023),
    ("The agreement entered into force in 2015 and remains the bedrock.", 2023),
])
def test_past_events_are_not_targets(text, published):
    assert target_years(text, published) == ()


def test_years_before_publication_never_count():
    assert target_years("We met the 2020 goals and will meet the 2030 goals.", 2023) == (2030,)


def test_without_publication_year_only_past_events_are_dropped():
    assert target_years("We signed it in 2019 and will finish by 2022.", None) == (2022,)
