-- core.document_links plus whether both ends are published documents.
with documents as (
    select distinct doc_id from core.documents
)

select
    l.*,
    f.doc_id is not null as from_doc_exists,
    t.doc_id is not null as to_doc_exists
from core.document_links as l
left join documents as f on f.doc_id = l.from_doc_id
left join documents as t on t.doc_id = l.to_doc_id
order by l.from_doc_id, l.to_doc_id, l.relation
