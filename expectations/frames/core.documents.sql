-- core.documents plus the derived columns its row-count and cross-column checks read.
with paragraph_counts as (
    select doc_id, count(*) as n
    from core.paragraphs
    group by doc_id
),

commitment_counts as (
    select doc_id, count(*) as n
    from core.commitments
    group by doc_id
)

select
    d.*,
    coalesce(p.n, 0) as paragraph_count,
    case when d.doc_type = 'joint_statement' then coalesce(c.n, 0) end as joint_statement_commitments,
    -- published_on is a local calendar date: where it was published the clock may be up to
    -- 14 hours ahead of UTC (UTC+14), so compare it with the fetch instant shifted by that much.
    cast(timezone('UTC', d.fetched_at) + interval 14 hour as date) as latest_local_fetch_date,
    regexp_extract(d.doc_id, '-(\d{4}-\d{2}-\d{2}|undated)-', 1) as doc_id_date,
    coalesce(strftime(d.published_on, '%Y-%m-%d'), 'undated') as published_on_label
from core.documents as d
left join paragraph_counts as p on p.doc_id = d.doc_id
left join commitment_counts as c on c.doc_id = d.doc_id
order by d.doc_id
