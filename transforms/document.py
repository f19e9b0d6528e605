"""One parsed document → its rows for every per-document table.

Pure and deterministic: the same ParsedDocument and metadata give the same
rows, ids included.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors.records import ParsedDocument
from transforms.actors import document_parties
from transforms.classify import label_sentences
from transforms.ids import commitment_id, doc_id as make_doc_id, text_fingerprint
from transforms.instrument_registry import settle_events
from transforms.instruments import extract_mentions
from transforms.organizations import extract_org_mentions
from transforms.records import DocContext, SentenceIn
from transforms.rules import rules_sha256
from transforms.segment import split_sentences
from transforms.vocab import load


@dataclass(frozen=True)
class SourceMeta:
    """What the registry (not the page) says about a document."""

    url: str
    publisher_id: str
    publisher_country: str | None
    doc_type: str


@dataclass
class DocumentRows:
    doc_id: str
    text_sha256: str
    context: DocContext
    tables: dict[str, list[dict]] = field(default_factory=dict)
    instrument_mentions: list = field(default_factory=list)  # unresolved; the registry assigns ids
    org_mentions: list = field(default_factory=list)  # OrgMention; the org registry assigns ids


def infer_doc_type(title: str, default: str = "statement") -> str:
    """Document type from title cues (vocab/doc_types.toml), for pages with no registry entry."""
    low = title.casefold()
    for entry in load("doc_types")["types"]:
        if any(cue.casefold() in low for cue in entry["cues"]):
            return entry["doc_type"]
    return default


def segment(parsed: ParsedDocument) -> list[SentenceIn]:
    out: list[SentenceIn] = []
    for p_no, para in enumerate(parsed.paragraphs, start=1):
        for s_no, text in enumerate(split_sentences(para.text), start=1):
            out.append(SentenceIn(p_no, s_no, text, para.is_list_item, para.list_id))
    return out


def transform_document(parsed: ParsedDocument, meta: SourceMeta, *, content_sha256: str,
                       fetched_at: str | None = None) -> DocumentRows:
    if meta.doc_type == "auto":
        # the page's own label of its kind ("Joint Statement" above "Annual Leaders' Meeting"), then the title
        named = f"{parsed.type_label} | {parsed.title}" if parsed.type_label else parsed.title
        meta = SourceMeta(meta.url, meta.publisher_id, meta.publisher_country, infer_doc_type(named))
    did = make_doc_id(meta.publisher_id, parsed.published_on, parsed.title, parsed.language, meta.url)
    para_texts = [p.text for p in parsed.paragraphs]
    parties = document_parties(parsed.title, para_texts, meta.doc_type, meta.publisher_country, parsed.language)
    ctx = DocContext(
        doc_id=did, doc_type=meta.doc_type, language=parsed.language, parties=parties,
        published_year=parsed.published_on.year if parsed.published_on else None,
        publisher_country=meta.publisher_country,
    )
    sentences = segment(parsed)
    labels = label_sentences(sentences, ctx)
    text_sha = text_fingerprint(parsed.title, para_texts)

    rows: dict[str, list[dict]] = {}
    rows["core.documents"] = [{
        "doc_id": did, "url": meta.url, "publisher": meta.publisher_id, "doc_type": meta.doc_type,
        "title": parsed.title, "published_on": parsed.published_on, "location": parsed.location,
        "language": parsed.language, "content_sha256": content_sha256, "version": None,
        "text_sha256": text_sha, "parties": list(parties), "adapter": parsed.adapter, "fetched_at": fetched_at,
        "rules_sha256": rules_sha256(),
    }]
    rows["core.sections"] = [
        {"doc_id": did, "section_no": i, "heading": h} for i, h in enumerate(parsed.headings, start=1)
    ]
    rows["core.paragraphs"] = [
        {"doc_id": did, "paragraph_no": i, "section_no": p.section_no, "text": p.text,
         "is_list_item": p.is_list_item}
        for i, p in enumerate(parsed.paragraphs, start=1)
    ]
    rows["core.document_hrefs"] = [
        {"doc_id": did, "href": link.href, "text": link.text} for link in dict.fromkeys(parsed.links)
    ]
    rows["core.sentences"] = [
        {"doc_id": did, "paragraph_no": s.paragraph_no, "sentence_no": s.sentence_no, "text": s.text,
         "kind": lab.kind, "actors": list(lab.actors)}
        for s, lab in zip(sentences, labels)
    ]
    rows["core.commitments"] = [
        {"commitment_id": commitment_id(did, s.paragraph_no, s.sentence_no, s.text), "doc_id": did,
         "paragraph_no": s.paragraph_no, "sentence_no": s.sentence_no, "text": s.text,
         "actors": list(lab.actors), "verb": lab.verb, "strength": lab.strength or "firm",
         "themes": list(lab.themes), "target_years": list(lab.target_years)}
        for s, lab in zip(sentences, labels) if lab.kind == "commitment"
    ]
    return DocumentRows(did, text_sha, ctx, rows, settle_events(extract_mentions(sentences, ctx)),
                        extract_org_mentions(sentences, ctx))
