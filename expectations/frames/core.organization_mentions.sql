-- core.organization_mentions plus whether its organization and document are published.
with documents as (
    select distinct doc_id from core.documents
),

organizations as (
    select distinct org_id from core.organizations
)

select
    m.*,
    o.org_id is not null as org_exists,
    d.doc_id is not null as doc_exists
from core.organization_mentions as m
left join organizations as o on o.org_id = m.org_id
left join documents as d on d.doc_id = m.doc_id
order by m.doc_id, m.paragraph_no, m.sentence_no, m.org_id
