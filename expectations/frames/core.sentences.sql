-- core.sentences plus whether its document and its paragraph are published.
with documents as (
    select distinct doc_id from core.documents
),

paragraphs as (
    select distinct doc_id, paragraph_no from core.paragraphs
)

select
    s.*,
    d.doc_id is not null as doc_exists,
    p.doc_id is not null as paragraph_exists
from core.sentences as s
left join documents as d on d.doc_id = s.doc_id
left join paragraphs as p on p.doc_id = s.doc_id and p.paragraph_no = s.paragraph_no
order by s.doc_id, s.paragraph_no, s.sentence_no
