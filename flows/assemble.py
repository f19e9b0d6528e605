"""Turn transformed documents plus what is already published into one Batch."""
from __future__ import annotations

from transforms.document import DocumentRows
from transforms.versioning import decide_version
from warehouse.publish import Batch


def assemble_batch(docs: list[DocumentRows], published: dict[str, dict], now: str) -> tuple[Batch, list[str]]:
    """Per-document rows, versions and the set of documents to replace.

    ``published`` is doc_id → state of core.documents. Returns the batch and the
    doc_ids that got a new version. A document whose doc_id moved (its title
    or date changed) replaces the rows published under its old id.
    """
    batch = Batch()
    new_versions: list[str] = []
    by_url = {state["url"]: doc_id for doc_id, state in published.items()}
    seen: dict[str, str] = {}
    for d in docs:
        doc_row = d.tables["core.documents"][0]
        if d.doc_id in seen and seen[d.doc_id] != doc_row["url"]:
            raise ValueError(f"doc_id {d.doc_id} produced by two urls: {seen[d.doc_id]} and {doc_row['url']}")
        seen[d.doc_id] = doc_row["url"]
        old_id = by_url.get(doc_row["url"])
        prev = published.get(d.doc_id) or (published.get(old_id) if old_id else None)
        decision = decide_version(prev, doc_row["content_sha256"], d.text_sha256)
        doc_row["version"] = decision.version
        batch.changed_doc_ids.add(d.doc_id)
        if old_id and old_id != d.doc_id:
            batch.changed_doc_ids.add(old_id)
        if decision.new_version:
            new_versions.append(d.doc_id)
            batch.rows.setdefault("core.document_versions", []).append({
                "doc_id": d.doc_id, "version": decision.version, "content_sha256": doc_row["content_sha256"],
                "text_sha256": d.text_sha256, "first_seen_at": now,
            })
        for table, rows in d.tables.items():
            batch.rows.setdefault(table, []).extend(rows)
    return batch, new_versions
