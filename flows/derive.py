"""Cross-document tables: the instrument registry, organisations and document
relations. They are recomputed every run from the changed documents' fresh
rows plus the published rows of the unchanged ones."""
from __future__ import annotations

from datetime import date

from transforms.alignment_pairs import align_pairs
from transforms.document import DocumentRows
from transforms.instrument_registry import build_registry
from transforms.instruments import InstrumentMention
from transforms.links import document_links
from transforms.organizations import build_org_registry
from warehouse.publish import Batch
from warehouse.read import document_state, table_rows
from warehouse.staging import StagedRows


def mention_row(doc_id: str, m: InstrumentMention) -> dict:
    q = m.quantities[0] if m.quantities else (None, None, None)
    return {"doc_id": doc_id, "paragraph_no": m.paragraph_no, "sentence_no": m.sentence_no, "event": m.event,
            "surface": m.surface, "name": m.name, "short_name": m.short_name, "kind": m.kind,
            "parties": list(m.parties), "aliases": list(m.aliases), "mention_type": m.mtype,
            "language": m.language, "char_start": m.start, "year": m.year,
            "quantity_value": q[0], "quantity_unit": q[1], "quantity_what": q[2]}


def mention_from_row(row: dict) -> InstrumentMention:
    quantities = ()
    if row.get("quantity_value") is not None:
        quantities = ((row["quantity_value"], row["quantity_unit"], row["quantity_what"]),)
    return InstrumentMention(
        paragraph_no=row["paragraph_no"], sentence_no=row["sentence_no"], name=row["name"],
        short_name=row["short_name"], kind=row["kind"], event=row["event"], surface=row["surface"],
        parties=tuple(row["parties"] or ()), quantities=quantities, year=row["year"],
        aliases=tuple(row["aliases"] or ()), mtype=row["mention_type"] or "title",
        language=row["language"] or "en", start=row["char_start"] or 0,
    )


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def derive_globals(batch: Batch, docs: list[DocumentRows], db_path, workers: int = 1) -> None:
    """Fill batch.global_rows and the organisation rows of the changed documents (paragraph
    alignment on up to ``workers`` processes when there are many pairs). With no
    changed document the published global tables already are what these rows would be
    (they are a function of the documents' rows), so nothing is read or rebuilt."""
    if not batch.changed_doc_ids:
        return
    published = document_state(db_path)
    kept = sorted(set(published) - batch.changed_doc_ids)

    doc_rows = batch.rows.get("core.documents", []) + table_rows(db_path, "core.documents", kept)
    href_rows = batch.rows.get("core.document_hrefs", []) + table_rows(db_path, "core.document_hrefs", kept)
    dates = {d["doc_id"]: _as_date(d["published_on"]) for d in doc_rows}
    links = document_links(doc_rows, href_rows)
    del href_rows
    # first, while this process holds the least: alignment may start worker processes
    alignments = paragraph_alignments(batch, links, set(kept), db_path, workers)

    mentions: dict[str, list[InstrumentMention]] = {d.doc_id: list(d.instrument_mentions) for d in docs}
    for row in table_rows(db_path, "core.instrument_mentions", kept):
        mentions.setdefault(row["doc_id"], []).append(mention_from_row(row))
    instruments, id_rows = build_registry(mentions, dates)
    details = {}
    for doc_id, ms in mentions.items():
        for m in ms:
            details.setdefault((doc_id, m.paragraph_no, m.sentence_no, m.surface, m.event), mention_row(doc_id, m))
    mention_rows = [
        {**details[(r["doc_id"], r["paragraph_no"], r["sentence_no"], r["surface"], r["event"])],
         "instrument_id": r["instrument_id"]}
        for r in id_rows
    ]

    orgs, org_mentions = build_org_registry({d.doc_id: d.org_mentions for d in docs})
    batch.rows["core.organization_mentions"] = org_mentions
    kept_org_ids = {r["org_id"] for r in table_rows(db_path, "core.organization_mentions", kept)}
    by_id = {o["org_id"]: o for o in orgs}
    for row in table_rows(db_path, "core.organizations"):
        if row["org_id"] in kept_org_ids:
            by_id.setdefault(row["org_id"], row)

    batch.global_rows.update({
        "core.instruments": instruments,
        "core.instrument_mentions": mention_rows,
        "core.organizations": sorted(by_id.values(), key=lambda r: r["org_id"]),
        "core.document_links": links,
        "core.paragraph_alignments": alignments,
    })


def paragraph_alignments(batch: Batch, links: list[dict], kept: set[str], db_path, workers: int = 1) -> list[dict]:
    """Align every translation with its original. Pairs of two unchanged documents keep
    their published rows; pairs touching a changed document are aligned afresh."""
    pairs = sorted({(k["from_doc_id"], k["to_doc_id"]) for k in links if k["relation"] == "translation_of"})
    unchanged = {p for p in pairs if p[0] in kept and p[1] in kept}
    rows = [r for r in table_rows(db_path, "core.paragraph_alignments", sorted({a for a, _ in unchanged}))
            if (r["doc_id"], r["other_doc_id"]) in unchanged]
    fresh = [p for p in pairs if p not in unchanged]
    needed = {d for p in fresh for d in p}
    texts: dict[str, list[tuple[int, str]]] = {}
    fresh_rows = batch.rows.get("core.paragraphs", [])
    if isinstance(fresh_rows, StagedRows):
        fresh_rows = fresh_rows.select(sorted(needed - kept), fields=("doc_id", "paragraph_no", "text"))
    for r in fresh_rows:
        if r["doc_id"] in needed:
            texts.setdefault(r["doc_id"], []).append((r["paragraph_no"], r["text"]))
    for r in table_rows(db_path, "core.paragraphs", sorted(needed & kept)):
        texts.setdefault(r["doc_id"], []).append((r["paragraph_no"], r["text"]))
    jobs = [(a, [t for _, t in sorted(texts.get(a, []))], b, [t for _, t in sorted(texts.get(b, []))])
            for a, b in fresh]
    del texts
    rows.extend(align_pairs(jobs, workers))
    return sorted(rows, key=lambda r: (r["doc_id"], r["paragraph_no"], r["other_doc_id"], r["other_paragraph_no"]))
