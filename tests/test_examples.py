"""The README's analyst queries (warehouse/sql/examples/*.sql) run and answer their question."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import sample_warehouse as sw  # noqa: E402

from warehouse.query import fetch  # noqa: E402
from warehouse.schema import SQL_DIR, apply_schema  # noqa: E402

EXAMPLES = sorted((SQL_DIR / "examples").glob("*.sql"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return sw.build(tmp_path_factory.mktemp("examples"))


def run(db: Path, name: str) -> list[dict]:
    result = fetch(db, (SQL_DIR / "examples" / f"{name}.sql").read_text(encoding="utf-8"))
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_there_are_at_least_six_examples():
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_example_opens_with_the_question_it_answers(path):
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("-- ") and header.rstrip().endswith("?"), f"{path.name}: first line is the question"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_example_returns_rows_on_a_filled_warehouse(db, path):
    assert run(db, path.stem), f"{path.name} returned nothing"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_example_runs_on_an_empty_warehouse(tmp_path, path):
    empty = tmp_path / "empty.duckdb"
    with duckdb.connect(str(empty)) as con:
        apply_schema(con)
    assert fetch(empty, path.read_text(encoding="utf-8")).rows == []


def test_commitments_by_canada_alone(db):
    got = run(db, "commitments_by_canada_alone")
    assert [r["text"] for r in got] == [
        "Canada will welcome up to 12,000 young Koreans each year from 2024.",
        "Canada will explore new opportunities to support Korean investment in critical minerals.",
    ]  # newest first; joint CAN+KOR commitments are left out


def test_firm_defence_commitments(db):
    got = run(db, "firm_defence_commitments")
    assert len(got) == 3 and all(16 in r["themes"] for r in got)
    assert "We look forward to exploring joint naval exercises." not in {r["text"] for r in got}  # soft
    assert {tuple(r["actors"]) for r in got} == {("CAN", "KOR"), ("AUS", "JPN")}


def test_instruments_latest_event(db):
    got = {r["instrument_id"]: r for r in run(db, "instruments_latest_event")}
    assert len(got) == len(sw.INSTRUMENTS)
    assert (got[sw.YMA]["latest_event"], got[sw.YMA]["latest_event_on"]) == ("renewed", date(2023, 5, 23))
    assert got[sw.ISA]["latest_event"] == "negotiations_launched"  # beats the earlier bare reference
    assert got[sw.AJD]["latest_event"] == "signed"


def test_commitment_target_years(db):
    got = run(db, "commitment_target_years")
    assert [(r["target_year"], r["actors"]) for r in got] == [(2024, ["CAN"]), (2030, ["CAN", "KOR"])]


def test_french_version_of_statement(db):
    got = run(db, "french_version_of_statement")
    assert {r["en_doc_id"] for r in got} == {sw.D23} and {r["fr_doc_id"] for r in got} == {sw.D23FR}
    assert [r["paragraph_no"] for r in got] == [1, 2, 3, 4, 5]  # every English paragraph
    assert got[0]["french_text"].startswith("Nous nous sommes rencontrés")
    assert got[1]["french_text"].startswith("Nous avons lancé des négociations")
    assert got[2]["french_text"] is None  # not aligned


def test_sentences_with_source_url(db):
    got = run(db, "sentences_with_source_url")
    with duckdb.connect(str(db), read_only=True) as con:
        assert len(got) == con.execute("select count(*) from core.sentences").fetchone()[0]
    assert all(r["url"].startswith("https://") and r["paragraph_no"] >= 1 for r in got)
    renewed = next(r for r in got if r["text"].startswith("Canada and the Republic of Korea renewed"))
    assert renewed["url"].startswith("https://www.canada.ca/") and renewed["kind"] == "outcome"


def test_themes_ranked(db):
    got = run(db, "themes_ranked")
    assert [(r["theme_label"], r["n_commitments"], r["n_firm"], r["n_soft"]) for r in got[:2]] == [
        ("Defense", 4, 3, 1), ("International Affairs", 4, 4, 0)]


def test_followthrough_status(db):
    got = run(db, "followthrough_status")
    assert [(r["instrument_name"], r["status"]) for r in got] == [
        ("Youth Mobility Arrangement", "completed"),
        ("Comprehensive Strategic Partnership", "underway"),
        ("Information Security Agreement", "underway"),
        ("Kunming-Montreal Global Biodiversity Framework", "not yet reported"),
    ]


def test_readme_shows_every_example_query_verbatim():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    files = sorted((root / "warehouse/sql/examples").glob("*.sql"))
    assert len(files) >= 5
    for path in files:
        assert path.read_text(encoding="utf-8").strip() in readme, path.name
