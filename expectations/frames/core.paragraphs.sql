-- core.paragraphs plus whether its document is published.
with documents as (
    select distinct doc_id from core.documents
)

select
    p.*,
    d.doc_id is not null as doc_exists
from core.paragraphs as p
left join documents as d on d.doc_id = p.doc_id
order by p.doc_id, p.paragraph_no
