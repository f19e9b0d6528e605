"""Which tables exist and how each is written (the load contract, declared in one place)."""
from __future__ import annotations

# Replaced document by document: rows of a changed document are deleted, then inserted.
PER_DOC_TABLES: dict[str, str] = {
    "core.documents": "doc_id",
    "core.document_hrefs": "doc_id",
    "core.sections": "doc_id",
    "core.paragraphs": "doc_id",
    "core.sentences": "doc_id",
    "core.commitments": "doc_id",
    "core.organization_mentions": "doc_id",
}

# Derived across documents: recomputed every run, replaced whole when different.
GLOBAL_TABLES: tuple[str, ...] = (
    "core.instruments",
    "core.instrument_mentions",  # ids depend on every document's mentions
    "core.organizations",
    "core.document_links",
    "core.paragraph_alignments",
)

# History: appended, never rewritten.
APPEND_TABLES: tuple[str, ...] = (
    "raw.fetches",
    "core.document_versions",
    "quality.validation_results",
    "quality.quarantine",
    "meta.pipeline_runs",
)

# Sort keys that make every table's order deterministic on export.
ORDER_BY: dict[str, str] = {
    "core.documents": "doc_id",
    "core.document_hrefs": "doc_id, href",
    "core.sections": "doc_id, section_no",
    "core.paragraphs": "doc_id, paragraph_no",
    "core.sentences": "doc_id, paragraph_no, sentence_no",
    "core.commitments": "doc_id, paragraph_no, sentence_no",
    "core.instrument_mentions": "doc_id, paragraph_no, sentence_no, instrument_id",
    "core.organization_mentions": "doc_id, paragraph_no, sentence_no, org_id",
    "core.instruments": "instrument_id",
    "core.organizations": "org_id",
    "core.document_links": "from_doc_id, to_doc_id, relation",
    "core.paragraph_alignments": "doc_id, paragraph_no, other_doc_id, other_paragraph_no",
    "core.document_versions": "doc_id, version",
}
