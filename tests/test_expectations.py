"""The suite files, value sets and the runner, on small warehouses built here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from expectations.suite_files import SEVERITIES, load_suites
from expectations.value_sets import load_value_set, value_set_names
from warehouse.publish import publish
from warehouse.schema import apply_schema
from warehouse.tables import GLOBAL_TABLES, PER_DOC_TABLES

try:
    from tests.gate_samples import JP_US, KR_CA, RELEASE, batch, good_rows
except ImportError:  # tests/ on sys.path instead of the repository root
    from gate_samples import JP_US, KR_CA, RELEASE, batch, good_rows

REPO = Path(__file__).resolve().parents[1]


def test_every_core_table_has_one_suite_with_valid_severities():
    suites = load_suites()
    tables = {s.table for s in suites}
    core = {t for t in [*PER_DOC_TABLES, *GLOBAL_TABLES, "core.document_versions"] if t.startswith("core.")}
    assert core <= tables
    assert len(tables) == len(suites)
    for suite in suites:
        assert suite.expectations, suite.table
        assert {e.severity for e in suite.expectations} <= set(SEVERITIES)
        assert all(e.why for e in suite.expectations), suite.table


def test_keys_are_checked_not_null_and_unique_as_critical():
    labels = {(s.table, e.label, e.severity) for s in load_suites() for e in s.expectations}
    for table, label in [
        ("core.documents", "expect_column_values_to_be_unique(doc_id)"),
        ("core.documents", "expect_column_values_to_not_be_null(doc_id)"),
        ("core.paragraphs", "expect_compound_columns_to_be_unique(doc_id,paragraph_no)"),
        ("core.sentences", "expect_compound_columns_to_be_unique(doc_id,paragraph_no,sentence_no)"),
        ("core.commitments", "expect_column_values_to_be_unique(commitment_id)"),
        ("core.instruments", "expect_column_values_to_be_unique(instrument_id)"),
        ("core.organizations", "expect_column_values_to_be_unique(org_id)"),
        ("core.commitments", "expect_column_values_to_be_in_set(doc_exists)"),
        ("core.instrument_mentions", "expect_column_values_to_be_in_set(instrument_exists)"),
        ("core.organization_mentions", "expect_column_values_to_be_in_set(org_exists)"),
    ]:
        assert (table, label, "critical") in labels


def test_value_sets_are_complete():
    iso = load_value_set("iso3166_alpha3")
    assert len(iso) == 251 and len(set(iso)) == 251  # 249 ISO 3166-1 codes + EUU + XKX (Kosovo)
    assert {"CAN", "KOR", "JPN", "USA", "AUS", "GBR", "EUU", "TWN", "PSE"} <= set(iso)
    assert all(len(c) == 3 and c.isupper() for c in iso)
    assert set(load_value_set("cap_major_topics")) == set(range(1, 11)) | set(range(12, 22)) | {23}
    assert len(load_value_set("iso639_1")) == 184 and {"en", "fr", "ko", "ja"} <= set(load_value_set("iso639_1"))
    assert set(load_value_set("sentence_kinds")) == {"commitment", "reaffirmation", "position", "outcome", "none"}
    assert set(load_value_set("commitment_strengths")) == {"firm", "soft"}
    assert len(load_value_set("instrument_kinds")) == 12 and len(load_value_set("instrument_events")) == 13
    assert {"iso3166_alpha3", "link_relations"} <= set(value_set_names())


def test_importing_the_gate_does_not_import_gx():
    code = ("import sys, expectations, flows.gate; "
            "assert 'great_expectations' not in sys.modules, 'GX imported eagerly'; print('lazy')")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "lazy" in out.stdout


@pytest.fixture(scope="module")
def empty_con():
    con = duckdb.connect()
    apply_schema(con)
    yield con
    con.close()


def test_every_expectation_runs_without_error_on_an_empty_warehouse(empty_con, capfd):
    from expectations.runner import run_suites

    outcome = run_suites(empty_con, "empty-run")
    errors = [f"{r.suite} {r.expectation}: {r.observed}" for r in outcome.results if r.observed.startswith("error")]
    assert errors == []
    assert outcome.success  # nothing critical fails on empty tables
    assert [r.expectation for r in outcome.results if not r.success] == ["expect_table_row_count_to_be_between"]
    assert "Calculating Metrics" not in capfd.readouterr().err  # progress bars off


@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("good") / "accords.duckdb"
    publish(db, batch())
    return db


def _run(db: Path, tables: set[str] | None = None):
    from expectations.runner import run_suites

    suites = [s for s in load_suites() if tables is None or s.table in tables]
    con = duckdb.connect(str(db), read_only=True)
    try:
        return run_suites(con, "unit-run", None, suites)
    finally:
        con.close()


def _corrupted(tmp_path: Path, edit) -> Path:
    rows, global_rows = good_rows()
    edit(rows, global_rows)
    db = tmp_path / "accords.duckdb"
    publish(db, batch(rows, global_rows))
    return db


def _failures(outcome) -> dict[str, object]:
    return {f"{r.suite} {r.expectation}": r for r in outcome.results if not r.success}


def test_good_warehouse_passes_every_expectation(good_db):
    outcome = _run(good_db)
    assert outcome.counts() == {"passed": len(outcome.results), "failed": 0, "warnings": 0}
    assert len(outcome.results) > 60


def test_list_items_expectation_flags_unknown_actor_and_theme(tmp_path):
    def edit(rows, _):
        rows["core.commitments"][0]["actors"] = ["CAN", "KORR"]
        rows["core.commitments"][1]["themes"] = [16, 22]  # CAP has no major topic 22

    failures = _failures(_run(_corrupted(tmp_path, edit), {"core.commitments"}))
    actors = failures["core.commitments expect_column_list_items_to_be_in_set(actors)"]
    themes = failures["core.commitments expect_column_list_items_to_be_in_set(themes)"]
    assert actors.blocking and actors.doc_ids() == [KR_CA] and "KORR" in actors.failing_rows[0].value
    assert themes.blocking and themes.doc_ids() == [JP_US]
    assert len(failures) == 2


def test_vocabulary_and_format_checks(tmp_path):
    def edit(rows, global_rows):
        rows["core.sentences"][1]["kind"] = "statement"
        rows["core.commitments"][1]["strength"] = "strong"
        rows["core.documents"][2]["language"] = "english"
        rows["core.instrument_mentions"][0]["event"] = "inked"
        global_rows["core.instruments"][1]["kind"] = "forum"
        global_rows["core.document_links"][0]["relation"] = "cites"

    failures = _failures(_run(_corrupted(tmp_path, edit)))
    expected = {
        "core.sentences expect_column_values_to_be_in_set(kind)": [KR_CA],
        "core.commitments expect_column_values_to_be_in_set(strength)": [JP_US],
        "core.documents expect_column_values_to_be_in_set(language)": [RELEASE],
        "core.instrument_mentions expect_column_values_to_be_in_set(event)": [KR_CA],
        "core.instruments expect_column_values_to_be_in_set(kind)": [JP_US],
        "core.document_links expect_column_values_to_be_in_set(relation)": [RELEASE],
    }
    for label, docs in expected.items():
        assert failures[label].blocking and failures[label].doc_ids() == docs, label


def test_doc_id_slug_and_cross_column_dates(tmp_path):
    def edit(rows, _):
        doc = rows["core.documents"][1]
        doc["published_on"] = doc["published_on"].replace(day=30)  # after it was fetched; id still says the 10th
        rows["core.commitments"][0]["target_years"] = [2019, 2030]  # earlier than the 2023 statement

    failures = _failures(_run(_corrupted(tmp_path, edit), {"core.documents", "core.commitments"}))
    fetched = failures["core.documents expect_column_pair_values_a_to_be_greater_than_b"
                       "(latest_local_fetch_date,published_on)"]
    id_date = failures["core.documents expect_column_pair_values_to_be_equal(doc_id_date,published_on_label)"]
    years = failures["core.commitments expect_column_pair_values_a_to_be_greater_than_b(earliest_target_year,doc_year)"]
    assert fetched.blocking and fetched.doc_ids() == [JP_US]
    assert id_date.blocking and id_date.doc_ids() == [JP_US]
    assert years.severity == "warning" and not years.success and years.doc_ids() == [KR_CA]


def test_bad_doc_id_slug_is_critical(tmp_path):
    bad = "PM 2023-05-17 Joint Statement"

    def edit(rows, global_rows):
        for table in rows.values():
            for row in table:
                if row.get("doc_id") == RELEASE:
                    row["doc_id"] = bad
        for row in global_rows["core.document_links"]:
            row["from_doc_id"] = bad

    failures = _failures(_run(_corrupted(tmp_path, edit), {"core.documents"}))
    slug = failures["core.documents expect_column_values_to_match_regex(doc_id)"]
    assert slug.blocking and slug.doc_ids() == [bad]
    assert '"doc_id": "PM 2023-05-17 Joint Statement"' in slug.failing_rows[0].row_json


def test_published_on_in_another_time_zone_is_not_after_its_fetch(tmp_path):
    """Fetched at 20:00 UTC on the 9th, which is already the 10th in Tokyo (UTC+9), where the
    statement is dated the 10th: not a misread date."""
    def edit(rows, _):
        rows["core.documents"][1]["fetched_at"] = "2024-04-09T20:00:00+00:00"

    failures = _failures(_run(_corrupted(tmp_path, edit), {"core.documents"}))
    assert not any("latest_local_fetch_date" in k for k in failures)


def test_every_country_code_the_vocabularies_can_produce_passes_the_party_expectation():
    """A code the rules can write (actors, instrument-name parties, agencies) that the value set lacks
    would block publishing at the gate: every one must be in it."""
    import tomllib

    from transforms.instrument_names import name_vocab
    from transforms.vocab import load

    allowed = set(load_value_set("iso3166_alpha3"))
    actors = load("actors")
    produced = {*actors["countries"], *actors["agencies"].values(), *name_vocab().parties.values()}
    produced |= {iso for entry in load("instruments")["known_acronyms"].values() for iso in entry.get("parties", [])}
    korean = tomllib.loads((Path(__file__).parents[1] / "transforms/vocab/korean.toml").read_text(encoding="utf-8"))
    produced |= {*korean["countries"], *korean["leaders"].values(), *korean["actors"]["hyphen_prefix"].values()}
    produced |= {iso for isos in korean["actors"]["compounds"].values() for iso in isos}
    assert produced - allowed == set()


def test_a_run_id_that_reads_as_a_date_with_an_impossible_offset_does_not_stop_the_gate(good_db):
    # "-5217ad": four digits and an era, which GX's date parser takes for a UTC offset of -52:17
    from expectations.runner import run_suites

    suites = [s for s in load_suites() if s.table == "core.documents"]
    con = duckdb.connect(str(good_db), read_only=True)
    try:
        outcome = run_suites(con, "20261129T164905Z-5217ad", None, suites)
    finally:
        con.close()
    assert outcome.results and all(r.success for r in outcome.results)

