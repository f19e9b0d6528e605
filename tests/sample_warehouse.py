"""A small, hand-written statement family published through ``warehouse.publish`` for the
warehouse tests (marts, examples, query/export, report). Not a test module.

Three house styles on purpose: a Canada–Korea family (PMO joint statements, its French version,
an IRCC release), and an unrelated Australia–Japan statement (DFAT style) with no links.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from warehouse.publish import Batch, publish

D22 = "pm-2022-09-23-joint-statement-korea-canada-en"
D23 = "pm-2023-05-17-leaders-joint-statement-60th-anniversary-en"
D23FR = "pm-2023-05-17-declaration-commune-60e-anniversaire-fr"
DYM = "ircc-2023-05-23-youth-mobility-arrangement-renewed-en"
DAJ = "dfat-2022-10-22-joint-statement-security-cooperation-australia-japan-en"

ISA, YMA, CSP, GBF, MOU, AJD = ("ins_isa", "ins_yma", "ins_csp", "ins_gbf", "ins_mou_minerals", "ins_aj_decl")


@dataclass(frozen=True)
class S:
    """One sentence and what the pipeline would have said about it."""

    text: str
    kind: str = "none"
    actors: tuple[str, ...] = ()
    strength: str | None = None
    themes: tuple[int, ...] = ()
    years: tuple[int, ...] = ()
    mentions: tuple[tuple[str, str, str], ...] = ()  # (instrument_id, event, surface)


CK = ("CAN", "KOR")
AJ = ("AUS", "JPN")

DOCS = [
    dict(doc_id=D22, url="https://www.pm.gc.ca/en/news/statements/2022/09/23/joint-statement", publisher="pm.gc.ca",
         doc_type="joint_statement", title="Joint Statement by Prime Minister Trudeau and President Yoon",
         published_on=date(2022, 9, 23), location="Ottawa", language="en", parties=list(CK), paragraphs=[
             [S("President Yoon Suk Yeol visited Ottawa on September 23, 2022.")],
             [S("We established a Comprehensive Strategic Partnership and will implement it in every field.",
                "commitment", CK, "firm", (19,), (), ((CSP, "established", "Comprehensive Strategic Partnership"),))],
             [S("We will begin negotiations on an Information Security Agreement to deepen defence cooperation.",
                "commitment", CK, "firm", (16, 19), (), ((ISA, "referenced", "Information Security Agreement"),))],
             [S("We will work toward expanding the Youth Mobility Arrangement.", "commitment", CK, "firm", (9,), (),
                ((YMA, "referenced", "Youth Mobility Arrangement"),)),
              S("We condemn the DPRK's ballistic missile launches.", "position", CK)],
         ]),
    dict(doc_id=D23, url="https://www.pm.gc.ca/en/news/statements/2023/05/17/leaders-joint-statement",
         publisher="pm.gc.ca", doc_type="joint_statement",
         title="Leaders' Joint Statement in Commemoration of the 60th Anniversary of Diplomatic Relations",
         published_on=date(2023, 5, 17), location="Seoul", language="en", parties=list(CK), paragraphs=[
             [S("We met today in Seoul."),
              S("We reaffirmed the strength of our Comprehensive Strategic Partnership.", "reaffirmation", CK,
                mentions=((CSP, "reaffirmed", "Comprehensive Strategic Partnership"),))],
             [S("We launched negotiations on an Information Security Agreement.", "outcome", CK,
                mentions=((ISA, "negotiations_launched", "Information Security Agreement"),)),
              S("We will strengthen defence industry cooperation, including joint research.", "commitment", CK,
                "firm", (16,)),
              S("We look forward to exploring joint naval exercises.", "commitment", CK, "soft", (16,))],
             [S("We welcomed the signing of the Memorandum of Understanding on Critical Mineral Supply Chains.",
                "outcome", CK, mentions=((MOU, "signed", "Memorandum of Understanding"),)),
              S("Canada will explore new opportunities to support Korean investment in critical minerals.",
                "commitment", ("CAN",), "soft", (8, 18))],
             [S("We are implementing the Comprehensive Strategic Partnership through an action plan.", "outcome",
                CK, mentions=((CSP, "implementing", "Comprehensive Strategic Partnership"),)),
              S("We announced that the Youth Mobility Arrangement will be expanded.", "outcome", CK,
                mentions=((YMA, "announced", "Youth Mobility Arrangement"),))],
             [S("We will implement the Kunming-Montreal Global Biodiversity Framework and protect 30 percent of "
                "lands and waters by 2030.", "commitment", CK, "firm", (7,), (2030,),
                ((GBF, "committed_to_implement", "Kunming-Montreal Global Biodiversity Framework"),)),
              S("The ROK will join the Global Carbon Pricing Challenge.", "commitment", ("KOR",), "firm", (7, 19))],
         ]),
    dict(doc_id=D23FR, url="https://pm.gc.ca/fr/node/46120", publisher="pm.gc.ca", doc_type="joint_statement",
         title="Déclaration commune des dirigeants pour souligner le 60e anniversaire",
         published_on=date(2023, 5, 17), location="Séoul", language="fr", parties=list(CK), paragraphs=[
             [S("Nous nous sommes rencontrés aujourd'hui à Séoul."),
              S("Nous avons réaffirmé la vigueur de notre partenariat stratégique global.")],
             [S("Nous avons lancé des négociations sur un accord sur la sécurité de l'information.")],
         ]),
    dict(doc_id=DYM, url="https://www.canada.ca/en/immigration-refugees-citizenship/news/2023/05/youth-mobility.html",
         publisher="canada.ca/ircc", doc_type="news_release",
         title="Canada and the Republic of Korea renew youth mobility arrangement",
         published_on=date(2023, 5, 23), location="Ottawa", language="en", parties=["CAN"], paragraphs=[
             [S("Canada and the Republic of Korea renewed the Youth Mobility Arrangement today.", "outcome", CK,
                mentions=((YMA, "renewed", "Youth Mobility Arrangement"),)),
              S("Canada will welcome up to 12,000 young Koreans each year from 2024.", "commitment", ("CAN",),
                "firm", (9,), (2024,))],
         ]),
    dict(doc_id=DAJ, url="https://www.dfat.gov.au/news/joint-statement-australia-japan-2022",
         publisher="dfat.gov.au", doc_type="joint_statement",
         title="Australia-Japan Joint Declaration on Security Cooperation", published_on=date(2022, 10, 22),
         location="Perth", language="en", parties=list(AJ), paragraphs=[
             [S("Prime Ministers Albanese and Kishida signed the Joint Declaration on Security Cooperation.",
                "outcome", AJ, mentions=((AJD, "signed", "Joint Declaration on Security Cooperation"),)),
              S("Australia and Japan will consult each other on contingencies that may affect regional security.",
                "commitment", AJ, "firm", (16, 19))],
         ]),
]

# Later releases, each published on its own by later_batch() (the publishing tests).
LATER = {
    "run-2": dict(doc_id="gov-uk-2023-05-18-hiroshima-accord-en", url="https://www.gov.uk/government/publications/"
                  "the-hiroshima-accord", publisher="gov.uk", doc_type="joint_statement",
                  title="The Hiroshima Accord: An enhanced UK-Japan global strategic partnership",
                  published_on=date(2023, 5, 18), location="Hiroshima", language="en", parties=["GBR", "JPN"],
                  paragraphs=[[S("The UK and Japan will hold a Foreign and Defence Ministers' meeting every year.",
                                 "commitment", ("GBR", "JPN"), "firm", (16, 19))]]),
    "run-3": dict(doc_id="whitehouse-2023-04-26-washington-declaration-en",
                  url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/04/26/washington-declaration",
                  publisher="whitehouse.gov", doc_type="joint_statement", title="Washington Declaration",
                  published_on=date(2023, 4, 26), location="Washington", language="en", parties=["USA", "KOR"],
                  paragraphs=[[S("The United States and the ROK will establish a Nuclear Consultative Group.",
                                 "commitment", ("USA", "KOR"), "firm", (16,))]]),
}

INSTRUMENTS = [
    (ISA, "Information Security Agreement", None, "agreement", D22),
    (YMA, "Youth Mobility Arrangement", None, "arrangement", D22),
    (CSP, "Comprehensive Strategic Partnership", "CSP", "partnership", D22),
    (GBF, "Kunming-Montreal Global Biodiversity Framework", None, "framework", D23),
    (MOU, "Memorandum of Understanding on Cooperation in Critical Mineral Supply Chains", None, "mou", D23),
    (AJD, "Joint Declaration on Security Cooperation", None, "framework", DAJ),
]
LINKS = [(D23FR, D23, "translation_of"), (D23, D22, "follows_up"), (DYM, D23, "release_of")]


def _doc_rows(doc: dict, now: datetime) -> dict[str, list[dict]]:
    d = {k: v for k, v in doc.items() if k != "paragraphs"}
    out: dict[str, list[dict]] = {t: [] for t in ("core.paragraphs", "core.sentences", "core.commitments",
                                                   "core.instrument_mentions")}
    out["core.documents"] = [{**d, "content_sha256": "c" + d["doc_id"][-8:], "text_sha256": "t" + d["doc_id"][-8:],
                              "version": 1, "adapter": "sample", "fetched_at": now}]
    out["core.sections"] = [{"doc_id": d["doc_id"], "section_no": 1, "heading": "Body"}]
    for p_no, sentences in enumerate(doc["paragraphs"], start=1):
        out["core.paragraphs"].append({"doc_id": d["doc_id"], "paragraph_no": p_no, "section_no": 1,
                                       "text": " ".join(s.text for s in sentences), "is_list_item": False})
        for s_no, s in enumerate(sentences, start=1):
            place = {"doc_id": d["doc_id"], "paragraph_no": p_no, "sentence_no": s_no}
            out["core.sentences"].append({**place, "text": s.text, "kind": s.kind, "actors": list(s.actors)})
            if s.kind == "commitment":
                out["core.commitments"].append({
                    **place, "commitment_id": f"cmt_{d['doc_id'].split('-')[0]}{d['published_on']:%y%m%d}_{p_no}_{s_no}",
                    "text": s.text, "actors": list(s.actors), "verb": "will", "strength": s.strength,
                    "themes": list(s.themes), "target_years": list(s.years)})
            for instrument_id, event, surface in s.mentions:
                out["core.instrument_mentions"].append({**place, "instrument_id": instrument_id, "event": event,
                                                         "surface": surface})
    return out


def sample_batch(run_id: str = "run-1", started: datetime | None = None, docs: list[dict] | None = None) -> Batch:
    now = started or datetime(2023, 5, 24, 6, 0, tzinfo=timezone.utc)
    docs = DOCS if docs is None else docs
    rows: dict[str, list[dict]] = {}
    for doc in docs:
        for table, table_rows in _doc_rows(doc, now).items():
            rows.setdefault(table, []).extend(table_rows)
    rows["core.document_versions"] = [{"doc_id": r["doc_id"], "version": 1, "content_sha256": r["content_sha256"],
                                       "text_sha256": r["text_sha256"], "first_seen_at": now}
                                      for r in rows.get("core.documents", [])]
    latest = {}
    for m in sorted(rows.get("core.instrument_mentions", []), key=lambda m: next(
            d["published_on"] for d in docs if d["doc_id"] == m["doc_id"])):
        latest[m["instrument_id"]] = m["event"]
    # cross-document tables are recomputed from every published document, as the pipeline's derive step does
    published = {d["doc_id"]: d for d in DOCS + [d for k, d in sorted(LATER.items()) if k <= run_id] + docs}
    rows.pop("core.instrument_mentions", None)
    global_rows = {
        "core.instrument_mentions": [m for d in published.values()
                                     for m in _doc_rows(d, now)["core.instrument_mentions"]],
        "core.instruments": [{"instrument_id": i, "name": n, "short_name": sn, "kind": k, "parties": [],
                              "first_seen_doc_id": first, "latest_event": latest.get(i)}
                             for i, n, sn, k, first in INSTRUMENTS],
        "core.document_links": [{"from_doc_id": a, "to_doc_id": b, "relation": r} for a, b, r in LINKS],
        "core.paragraph_alignments": [{"doc_id": D23FR, "paragraph_no": p, "other_doc_id": D23,
                                       "other_paragraph_no": p, "score": 0.9} for p in (1, 2)],
    }
    rows["meta.pipeline_runs"] = [{"run_id": run_id, "started_at": now, "finished_at": now, "mode": "snapshot",
                                   "docs_seen": len(docs), "docs_changed": len(docs), "docs_failed": 0,
                                   "rows_published": 0, "status": "succeeded"}]
    rows["quality.validation_results"] = [
        {"run_id": run_id, "suite": "core.sentences", "expectation": "expect_column_values_to_not_be_null",
         "severity": "critical", "success": True, "observed": "0 null", "checked_at": now},
        {"run_id": run_id, "suite": "core.commitments", "expectation": "expect_column_values_to_be_in_set",
         "severity": "warning", "success": False, "observed": "1 unexpected strength", "checked_at": now},
    ]
    return Batch(changed_doc_ids={d["doc_id"] for d in docs}, rows=rows, global_rows=global_rows)


def build(tmp_path: Path, name: str = "accords.duckdb") -> Path:
    """Publish the sample family to a fresh warehouse file; returns its path."""
    db = tmp_path / name
    publish(db, sample_batch())
    return db


def later_batch(run_id: str) -> Batch:
    """A later run that publishes one new document (``LATER[run_id]``) on top of the sample family."""
    started = datetime(2023, 6, int(run_id.rsplit("-", 1)[1]), 6, 0, tzinfo=timezone.utc)
    return sample_batch(run_id=run_id, started=started, docs=[LATER[run_id]])
