"""The analyst views in schema marts, on a hand-written family published through publish()."""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import sample_warehouse as sw  # noqa: E402

from warehouse.schema import apply_schema, sql_files  # noqa: E402

MARTS = {
    "commitments_by_theme_actor": ["theme_code", "theme_label", "actor", "n_commitments", "n_firm", "n_soft",
                                   "n_documents"],
    "commitment_strength_by_document": ["doc_id", "title", "published_on", "n_sentences", "n_commitments",
                                        "n_firm", "n_soft", "commitment_share", "firm_share"],
    "instrument_timeline": ["instrument_id", "name", "kind", "event", "event_on", "doc_id", "title",
                            "sentence_text"],
    "document_family": ["family_id", "doc_id", "title", "relation", "direction", "related_doc_id",
                        "related_title"],
    "followthrough": ["commitment_id", "doc_id", "promised_on", "promise_text", "instrument_id", "instrument_name",
                      "status", "evidence_event", "evidence_doc_id", "evidence_on", "evidence_text"],
}


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    db = sw.build(tmp_path_factory.mktemp("marts"))
    with duckdb.connect(str(db), read_only=True) as connection:
        yield connection


def rows(con, sql: str, params=None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def test_every_mart_file_defines_its_view_in_schema_marts():
    names = {p.stem for p in sql_files("marts")}
    assert set(MARTS) <= names
    for path in sql_files("marts"):
        text = path.read_text(encoding="utf-8")
        assert f"create or replace view marts.{path.stem} as" in text
        assert not re.search(r"\b(SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY|WITH|AS)\b", text), "lowercase SQL"
        assert "with" in text.split(" as\n", 1)[1][:40], f"{path.name}: a chain of named CTEs"


@pytest.mark.parametrize("view", sorted(MARTS))
def test_views_work_on_an_empty_warehouse(view):
    with duckdb.connect() as con:
        apply_schema(con)
        cur = con.execute(f"select * from marts.{view}")
        columns = [d[0] for d in cur.description]
        assert cur.fetchall() == []
    assert set(MARTS[view]) <= set(columns)


def test_cap_topics_hold_the_21_major_topics_and_survive_reapply():
    with duckdb.connect() as con:
        apply_schema(con)
        apply_schema(con)
        topics = dict(con.execute("select code, label from core.cap_topics").fetchall())
    assert sorted(topics) == [*range(1, 11), *range(12, 22), 23]
    assert (topics[16], topics[18], topics[19], topics[7]) == ("Defense", "Foreign Trade", "International Affairs",
                                                                "Environment")


def test_commitments_by_theme_and_actor_count_each_commitment_once_per_pair(con):
    got = {(r["theme_code"], r["actor"]): r for r in rows(con, "select * from marts.commitments_by_theme_actor")}
    defence_can = got[(16, "CAN")]
    assert (defence_can["theme_label"], defence_can["n_commitments"], defence_can["n_firm"],
            defence_can["n_soft"], defence_can["n_documents"]) == ("Defense", 3, 2, 1, 2)
    assert got[(16, "AUS")]["n_commitments"] == 1 and got[(16, "JPN")]["n_firm"] == 1
    assert got[(9, "CAN")]["n_commitments"] == 2  # a joint one and the IRCC release's own
    assert got[(7, "KOR")]["n_commitments"] == 2 and got[(7, "CAN")]["n_commitments"] == 1
    assert (8, "KOR") not in got  # the critical-minerals commitment is Canada's alone


def test_commitment_without_theme_or_actor_is_counted_as_unclassified():
    with duckdb.connect() as con:
        apply_schema(con)
        con.execute("insert into core.commitments values ('cmt_x', 'eu-2024-01-01-x-en', 1, 1, "
                    "'The Union will step up support.', [], 'will', 'firm', [], [])")
        got = rows(con, "select * from marts.commitments_by_theme_actor")
    assert got == [{"theme_code": None, "theme_label": "Unclassified", "actor": None, "n_commitments": 1,
                    "n_firm": 1, "n_soft": 0, "n_documents": 1}]


def test_commitment_strength_by_document(con):
    got = {r["doc_id"]: r for r in rows(con, "select * from marts.commitment_strength_by_document")}
    assert set(got) == {d["doc_id"] for d in sw.DOCS}
    anchor = got[sw.D23]
    assert (anchor["n_sentences"], anchor["n_commitments"], anchor["n_firm"], anchor["n_soft"]) == (11, 5, 3, 2)
    assert anchor["commitment_share"] == pytest.approx(5 / 11, abs=1e-3)
    assert anchor["firm_share"] == pytest.approx(0.6)
    assert anchor["published_on"] == date(2023, 5, 17) and anchor["title"].startswith("Leaders' Joint Statement")
    french = got[sw.D23FR]
    assert (french["n_sentences"], french["n_commitments"], french["commitment_share"], french["firm_share"]) == (
        3, 0, 0.0, None)


def test_instrument_timeline_dates_each_mention_by_its_document(con):
    got = rows(con, "select * from marts.instrument_timeline where instrument_id = ? "
                    "order by event_on, doc_id", [sw.YMA])
    assert [(r["event"], r["event_on"], r["doc_id"]) for r in got] == [
        ("referenced", date(2022, 9, 23), sw.D22),
        ("announced", date(2023, 5, 17), sw.D23),
        ("renewed", date(2023, 5, 23), sw.DYM),
    ]
    assert all(r["name"] == "Youth Mobility Arrangement" and r["kind"] == "arrangement" for r in got)
    assert got[-1]["sentence_text"] == "Canada and the Republic of Korea renewed the Youth Mobility Arrangement today."
    total = con.execute("select count(*) from core.instrument_mentions").fetchone()[0]
    assert con.execute("select count(*) from marts.instrument_timeline").fetchone()[0] == total


def test_document_family_shows_each_link_from_both_ends(con):
    got = rows(con, "select * from marts.document_family")
    edges = {(r["doc_id"], r["relation"], r["direction"], r["related_doc_id"]) for r in got}
    assert (sw.D23FR, "translation_of", "outgoing", sw.D23) in edges
    assert (sw.D23, "translation_of", "incoming", sw.D23FR) in edges
    assert (sw.D22, "follows_up", "incoming", sw.D23) in edges
    assert len(got) == 2 * len(sw.LINKS)
    # one family, rooted at its earliest document; the unlinked Australia-Japan statement is not in it
    assert {r["family_id"] for r in got} == {sw.D22}
    assert sw.DAJ not in {r["doc_id"] for r in got}
    french = next(r for r in got if r["doc_id"] == sw.D23FR)
    assert french["related_title"].startswith("Leaders' Joint Statement") and french["language"] == "fr"


def test_followthrough_status_of_each_promise(con):
    got = {r["instrument_id"]: r for r in rows(con, "select * from marts.followthrough")}
    assert set(got) == {sw.YMA, sw.ISA, sw.CSP, sw.GBF}  # only commitments that name an instrument
    assert (got[sw.YMA]["status"], got[sw.YMA]["evidence_event"], got[sw.YMA]["evidence_doc_id"],
            got[sw.YMA]["evidence_on"]) == ("completed", "renewed", sw.DYM, date(2023, 5, 23))
    assert (got[sw.ISA]["status"], got[sw.ISA]["evidence_event"]) == ("underway", "negotiations_launched")
    assert (got[sw.CSP]["status"], got[sw.CSP]["evidence_event"]) == ("underway", "implementing")
    # named only on the day it was promised: a same-day mention is not a later report
    assert (got[sw.GBF]["status"], got[sw.GBF]["evidence_doc_id"], got[sw.GBF]["n_later_reports"]) == (
        "not yet reported", None, 0)
    assert got[sw.YMA]["promise_text"] == "We will work toward expanding the Youth Mobility Arrangement."


def test_followthrough_ignores_later_mentions_without_a_status_event(tmp_path):
    docs = [d for d in sw.DOCS if d["doc_id"] in (sw.D22, sw.D23)]  # D23 only "announced" the arrangement
    db = tmp_path / "w.duckdb"
    sw.publish(db, sw.sample_batch(docs=docs))
    with duckdb.connect(str(db), read_only=True) as con:
        status = con.execute("select status from marts.followthrough where instrument_id = ?", [sw.YMA]).fetchone()
    assert status == ("not yet reported",)
