"""Small, hand-written warehouse contents for the gate tests: three documents in
different house styles (a Canada–Korea joint statement, a Japan–US leaders' statement,
a Canadian news release), with every core table filled."""
from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import duckdb

from warehouse.tables import GLOBAL_TABLES
from warehouse.publish import Batch

KR_CA = "pm-2023-05-17-republic-korea-canada-joint-statement-en"
JP_US = "mofa-2024-04-10-japan-us-joint-leaders-statement-en"
RELEASE = "pm-2023-05-17-prime-minister-strengthens-ties-korea-en"
SHA = "0123456789abcdef" * 4


def _doc(doc_id, publisher, doc_type, title, day, parties, fetched_at):
    return {"doc_id": doc_id, "url": f"https://example.org/{doc_id}", "publisher": publisher, "doc_type": doc_type,
            "title": title, "published_on": day, "location": None, "language": "en", "content_sha256": SHA,
            "version": 1, "text_sha256": SHA, "parties": parties, "adapter": "generic", "fetched_at": fetched_at}


def _sentence(doc_id, p, s, text, kind, actors):
    return {"doc_id": doc_id, "paragraph_no": p, "sentence_no": s, "text": text, "kind": kind, "actors": actors}


def good_rows() -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(per-document rows, global rows) of a valid warehouse."""
    rows = {
        "core.documents": [
            _doc(KR_CA, "pm", "joint_statement", "Republic of Korea–Canada Joint Statement", date(2023, 5, 17),
                 ["CAN", "KOR"], "2023-05-17T16:00:00+00:00"),
            _doc(JP_US, "mofa", "joint_statement", "Japan-U.S. Joint Leaders' Statement", date(2024, 4, 10),
                 ["JPN", "USA"], "2024-04-10T20:00:00+00:00"),
            _doc(RELEASE, "pm", "news_release", "Prime Minister strengthens ties with Korea", date(2023, 5, 17),
                 ["CAN"], "2023-05-18T09:30:00+00:00"),
        ],
        "core.sections": [{"doc_id": KR_CA, "section_no": 1, "heading": "Economic security"}],
        "core.paragraphs": [
            {"doc_id": KR_CA, "paragraph_no": 1, "section_no": 1, "is_list_item": False,
             "text": "We will deepen cooperation on critical minerals by 2030. We condemn the missile launches."},
            {"doc_id": KR_CA, "paragraph_no": 2, "section_no": 1, "is_list_item": False,
             "text": "The leaders witnessed the signing of the MOU on Critical Minerals Supply Chains."},
            {"doc_id": JP_US, "paragraph_no": 1, "section_no": 0, "is_list_item": False,
             "text": "Japan and the United States will launch a Forum on Defense Industrial Cooperation."},
            {"doc_id": RELEASE, "paragraph_no": 1, "section_no": 0, "is_list_item": False,
             "text": "The Prime Minister travelled to Seoul."},
        ],
        "core.sentences": [
            _sentence(KR_CA, 1, 1, "We will deepen cooperation on critical minerals by 2030.", "commitment",
                      ["CAN", "KOR"]),
            _sentence(KR_CA, 1, 2, "We condemn the missile launches.", "position", ["CAN", "KOR"]),
            _sentence(KR_CA, 2, 1, "The leaders witnessed the signing of the MOU on Critical Minerals Supply Chains.",
                      "outcome", ["CAN", "KOR"]),
            _sentence(JP_US, 1, 1, "Japan and the United States will launch a Forum on Defense Industrial "
                      "Cooperation.", "commitment", ["JPN", "USA"]),
            _sentence(RELEASE, 1, 1, "The Prime Minister travelled to Seoul.", "none", []),
        ],
        "core.commitments": [
            {"commitment_id": "cmt_kr_ca_1_1", "doc_id": KR_CA, "paragraph_no": 1, "sentence_no": 1,
             "text": "We will deepen cooperation on critical minerals by 2030.", "actors": ["CAN", "KOR"],
             "verb": "will", "strength": "firm", "themes": [8, 18], "target_years": [2030]},
            {"commitment_id": "cmt_jp_us_1_1", "doc_id": JP_US, "paragraph_no": 1, "sentence_no": 1,
             "text": "Japan and the United States will launch a Forum on Defense Industrial Cooperation.",
             "actors": ["JPN", "USA"], "verb": "will", "strength": "firm", "themes": [16], "target_years": []},
        ],
        "core.instrument_mentions": [
            {"instrument_id": "ins_mou_minerals", "doc_id": KR_CA, "paragraph_no": 2, "sentence_no": 1,
             "event": "signed", "surface": "MOU on Critical Minerals Supply Chains", "kind": "mou",
             "parties": ["CAN", "KOR"]},
            {"instrument_id": "ins_defense_forum", "doc_id": JP_US, "paragraph_no": 1, "sentence_no": 1,
             "event": "launched", "surface": "Forum on Defense Industrial Cooperation", "kind": "dialogue",
             "parties": ["JPN", "USA"]},
        ],
        "core.organization_mentions": [
            {"org_id": "org_iaea", "doc_id": JP_US, "paragraph_no": 1, "sentence_no": 1, "surface": "IAEA"},
        ],
        "core.document_hrefs": [{"doc_id": RELEASE, "href": f"https://example.org/{KR_CA}", "text": "statement"}],
        "core.document_versions": [
            {"doc_id": d, "version": 1, "content_sha256": SHA, "text_sha256": SHA,
             "first_seen_at": "2024-04-11T00:00:00+00:00"} for d in (KR_CA, JP_US, RELEASE)
        ],
    }
    global_rows = {
        "core.instruments": [
            {"instrument_id": "ins_mou_minerals", "name": "MOU on Critical Minerals Supply Chains",
             "short_name": None, "kind": "mou", "parties": ["CAN", "KOR"], "first_seen_doc_id": KR_CA,
             "latest_event": "signed", "latest_event_on": date(2023, 5, 17)},
            {"instrument_id": "ins_defense_forum", "name": "Forum on Defense Industrial Cooperation",
             "short_name": None, "kind": "dialogue", "parties": ["JPN", "USA"], "first_seen_doc_id": JP_US,
             "latest_event": "launched", "latest_event_on": date(2024, 4, 10)},
        ],
        "core.organizations": [{"org_id": "org_iaea", "name": "International Atomic Energy Agency",
                                "acronym": "IAEA"}],
        "core.document_links": [{"from_doc_id": RELEASE, "to_doc_id": KR_CA, "relation": "release_of"}],
        "core.paragraph_alignments": [],
    }
    return rows, global_rows


def batch(rows=None, global_rows=None, *, first: bool = True) -> Batch:
    """A batch replacing every document of ``rows`` (default: the good rows). A later
    run (``first=False``) brings no new document version: same content, as the
    pipeline's assemble step decides."""
    if rows is None:
        rows, default_globals = good_rows()
        global_rows = default_globals if global_rows is None else global_rows
    rows = copy.deepcopy(rows)
    global_rows = copy.deepcopy(global_rows or {})
    if not first:
        rows.pop("core.document_versions", None)
    for table in GLOBAL_TABLES:  # cross-document tables are written whole, as the pipeline's derive step does
        if table in rows:
            global_rows[table] = rows.pop(table)
    ids = {r["doc_id"] for table in rows.values() for r in table if "doc_id" in r}
    return Batch(changed_doc_ids=ids, rows=rows, global_rows=global_rows)


def snapshot(db_path: Path, schemas: tuple[str, ...] = ("core",)) -> dict[str, list[tuple]]:
    """Every row of every table in ``schemas``, sorted, for before/after comparisons."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' and table_schema in (select unnest(?::varchar[])) order by 1",
            [list(schemas)]).fetchall()]
        return {n: sorted(con.execute(f"select * from {n}").fetchall(), key=repr) for n in names}
    finally:
        con.close()
