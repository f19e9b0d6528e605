-- core.commitments plus its relationships (document, sentence) and the values its
-- cross-column checks compare (earliest target year against the document's year).
with documents as (
    select doc_id, max(year(published_on)) as doc_year
    from core.documents
    group by doc_id
),

sentences as (
    select doc_id, paragraph_no, sentence_no, min(kind) as kind
    from core.sentences
    group by doc_id, paragraph_no, sentence_no
)

select
    c.*,
    d.doc_id is not null as doc_exists,
    s.doc_id is not null as sentence_exists,
    s.kind as sentence_kind,
    len(c.actors) as actor_count,
    len(c.themes) as theme_count,
    list_min(c.target_years) as earliest_target_year,
    d.doc_year
from core.commitments as c
left join documents as d on d.doc_id = c.doc_id
left join sentences as s
    on s.doc_id = c.doc_id and s.paragraph_no = c.paragraph_no and s.sentence_no = c.sentence_no
order by c.doc_id, c.paragraph_no, c.sentence_no, c.commitment_id
