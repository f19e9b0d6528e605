-- core.instrument_mentions plus whether its instrument, document and sentence are published.
with documents as (
    select distinct doc_id from core.documents
),

instruments as (
    select distinct instrument_id from core.instruments
),

sentences as (
    select distinct doc_id, paragraph_no, sentence_no from core.sentences
)

select
    m.*,
    i.instrument_id is not null as instrument_exists,
    d.doc_id is not null as doc_exists,
    s.doc_id is not null as sentence_exists
from core.instrument_mentions as m
left join instruments as i on i.instrument_id = m.instrument_id
left join documents as d on d.doc_id = m.doc_id
left join sentences as s
    on s.doc_id = m.doc_id and s.paragraph_no = m.paragraph_no and s.sentence_no = m.sentence_no
order by m.doc_id, m.paragraph_no, m.sentence_no, m.instrument_id
