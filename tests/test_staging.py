"""Staging files: heavy per-document tables written per batch, loaded in bulk."""
from __future__ import annotations

import duckdb

from warehouse.load import insert_rows
from warehouse.schema import apply_schema
from warehouse.staging import STAGED_TABLES, StagedRows, merge_staged, stage_tables


def _paragraphs(doc_id: str, n: int) -> list[dict]:
    return [{"doc_id": doc_id, "paragraph_no": i, "section_no": 0, "text": f"{doc_id} paragraph {i}.",
             "is_list_item": False} for i in range(1, n + 1)]


def _sentences(doc_id: str) -> list[dict]:
    return [{"doc_id": doc_id, "paragraph_no": 1, "sentence_no": 1, "text": "We will act.",
             "kind": "commitment", "actors": ["CAN"]},
            {"doc_id": doc_id, "paragraph_no": 1, "sentence_no": 2, "text": "Hello.", "kind": "other",
             "actors": []}]


def test_staged_rows_round_trip_into_the_warehouse(tmp_path):
    first = stage_tables({"core.paragraphs": _paragraphs("a", 2), "core.sentences": _sentences("a")},
                         tmp_path / "batch-00000")
    second = stage_tables({"core.paragraphs": _paragraphs("b", 3)}, tmp_path / "batch-00001")
    assert first == {"core.sections": 0, "core.paragraphs": 2, "core.sentences": 2, "core.commitments": 0}
    staged = merge_staged([(str(tmp_path / "batch-00000"), first), (str(tmp_path / "batch-00001"), second)])
    assert set(staged) == set(STAGED_TABLES)
    assert len(staged["core.paragraphs"]) == 5 and len(staged["core.commitments"]) == 0
    assert [r["paragraph_no"] for r in staged["core.paragraphs"].select(["b"])] == [1, 2, 3]
    assert staged["core.paragraphs"].select([]) == []
    slim = staged["core.paragraphs"].select(["b"], fields=("doc_id", "paragraph_no", "text"))
    assert [sorted(r) for r in slim] == [["doc_id", "paragraph_no", "text"]] * 3 and slim[0]["doc_id"] == "b"

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    assert insert_rows(con, "core.paragraphs", staged["core.paragraphs"]) == 5
    assert insert_rows(con, "core.sentences", staged["core.sentences"]) == 2
    assert con.execute("select actors from core.sentences order by sentence_no").fetchall() == [(["CAN"],), ([],)]
    assert con.execute("select count(*) from core.paragraphs where doc_id = 'b'").fetchone() == (3,)
    assert con.execute("select text from core.paragraphs where doc_id = 'a' and paragraph_no = 2").fetchone() == (
        "a paragraph 2.",)
    con.close()


def test_staged_text_keeps_quotes_newlines_and_non_latin_scripts(tmp_path):
    text = 'He said: "we will."\n한국어 — « Français » \\ tab\tend'
    counts = stage_tables({"core.paragraphs": [{"doc_id": "k", "paragraph_no": 1, "section_no": 0, "text": text,
                                                "is_list_item": True}]}, tmp_path / "b")
    staged = merge_staged([(str(tmp_path / "b"), counts)])
    con = duckdb.connect()
    apply_schema(con)
    insert_rows(con, "core.paragraphs", staged["core.paragraphs"])
    assert con.execute("select text, is_list_item from core.paragraphs").fetchone() == (text, True)
    con.close()


def test_an_empty_staging_list_inserts_nothing(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_schema(con)
    assert insert_rows(con, "core.sentences", StagedRows("core.sentences", ())) == 0
    con.close()


def test_extract_transform_stages_the_heavy_tables(tmp_path):
    import hashlib
    import json

    from extractors.archive import RawArchive
    from extractors.sources import Source, load_registry
    from flows.config import PROJECT_ROOT
    from flows.stages import Fetched, extract_transform

    entry = json.loads((PROJECT_ROOT / "snapshots/manifest.json").read_text())[0]
    body = (PROJECT_ROOT / "snapshots" / entry["path"]).read_bytes()
    archive = RawArchive(tmp_path / "raw")
    stored = archive.put(entry["url"], body, content_type="text/html; charset=utf-8", etag=None,
                         last_modified=None, fetched_at="2026-01-01T00:00:00+00:00")
    item = Fetched(Source(entry["url"], entry["publisher"], entry["doc_type"]), stored, fresh=True)
    docs, tally, (path, counts) = extract_transform(load_registry(PROJECT_ROOT / "sources.toml"), archive,
                                                    [item], str(tmp_path / "staging" / "b"))
    assert tally.seen == 1 and len(docs) == 1 and not tally.failures
    assert not set(STAGED_TABLES) & set(docs[0].tables)  # the text stays on disk
    assert docs[0].tables["core.documents"][0]["content_sha256"] == hashlib.sha256(body).hexdigest()
    assert counts["core.commitments"] >= 39 and counts["core.sentences"] > counts["core.commitments"]
    staged = merge_staged([(path, counts)])
    assert len(staged["core.sentences"].select([docs[0].doc_id])) == counts["core.sentences"]
