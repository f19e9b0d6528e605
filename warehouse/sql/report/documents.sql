-- Published documents with their sentence and commitment counts.
select doc_id, title, published_on, language, doc_type, n_sentences, n_commitments, n_firm, n_soft
from marts.commitment_strength_by_document
order by published_on nulls last, doc_id
