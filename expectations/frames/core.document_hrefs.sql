-- core.document_hrefs plus whether its document is published.
with documents as (
    select distinct doc_id from core.documents
)

select
    h.*,
    d.doc_id is not null as doc_exists
from core.document_hrefs as h
left join documents as d on d.doc_id = h.doc_id
order by h.doc_id, h.href
