-- Which firm commitments are about defence (CAP major topic 16, Defense)?
-- Firm = "will", "agree to", "commit to", "decided"; soft ones ("explore", "look forward to") are left out.
select
    documents.published_on,
    documents.title,
    commitments.actors,
    commitments.verb,
    commitments.text,
    commitments.themes,
    commitments.commitment_id
from core.commitments as commitments
join core.documents as documents on documents.doc_id = commitments.doc_id
where commitments.strength = 'firm'
  and list_contains(commitments.themes, 16)
order by documents.published_on, commitments.doc_id, commitments.paragraph_no, commitments.sentence_no
