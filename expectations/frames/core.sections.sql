-- core.sections plus whether its document is published.
with documents as (
    select distinct doc_id from core.documents
)

select
    s.*,
    d.doc_id is not null as doc_exists
from core.sections as s
left join documents as d on d.doc_id = s.doc_id
order by s.doc_id, s.section_no
