-- core.paragraph_alignments plus whether both documents are published.
with documents as (
    select distinct doc_id from core.documents
)

select
    a.*,
    d.doc_id is not null as doc_exists,
    o.doc_id is not null as other_doc_exists
from core.paragraph_alignments as a
left join documents as d on d.doc_id = a.doc_id
left join documents as o on o.doc_id = a.other_doc_id
order by a.doc_id, a.paragraph_no, a.other_doc_id, a.other_paragraph_no
