-- core.instruments plus whether the document it was first seen in is published.
with documents as (
    select distinct doc_id from core.documents
)

select
    i.*,
    d.doc_id is not null as first_seen_doc_exists
from core.instruments as i
left join documents as d on d.doc_id = i.first_seen_doc_id
order by i.instrument_id
