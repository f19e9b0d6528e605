-- Where does each sentence come from?
-- Every sentence with its kind, the url and title of its document and its place (paragraph_no,
-- sentence_no), so any row can be checked against the source page. Add a where clause on kind
-- ('commitment', 'position', ...) or doc_id to narrow it.
select
    documents.url,
    documents.title,
    documents.published_on,
    sentences.doc_id,
    sentences.paragraph_no,
    sentences.sentence_no,
    sentences.kind,
    sentences.text
from core.sentences as sentences
join core.documents as documents on documents.doc_id = sentences.doc_id
order by documents.published_on, sentences.doc_id, sentences.paragraph_no, sentences.sentence_no
