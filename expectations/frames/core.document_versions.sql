-- core.document_versions plus whether its document is published.
with documents as (
    select distinct doc_id from core.documents
)

select
    v.*,
    d.doc_id is not null as doc_exists
from core.document_versions as v
left join documents as d on d.doc_id = v.doc_id
order by v.doc_id, v.version
