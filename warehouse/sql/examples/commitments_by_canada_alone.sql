-- Which commitments did Canada make alone, not jointly with another party?
-- One row per commitment whose only actor is CAN, newest document first, with its place in the
-- source (paragraph_no, sentence_no). Change 'CAN' to any ISO 3166-1 alpha-3 code.
select
    commitments.commitment_id,
    documents.published_on,
    documents.title,
    commitments.strength,
    commitments.verb,
    commitments.text,
    commitments.doc_id,
    commitments.paragraph_no,
    commitments.sentence_no
from core.commitments as commitments
join core.documents as documents on documents.doc_id = commitments.doc_id
where commitments.actors = ['CAN']
order by documents.published_on desc, commitments.doc_id, commitments.paragraph_no, commitments.sentence_no
