-- Distinct commitments per CAP theme (a commitment with two themes counts under both).
with

themed as (
    select commitment_id, unnest(case when len(themes) = 0 then [null::integer] else themes end) as theme_code
    from core.commitments
)

select coalesce(topics.label, case when themed.theme_code is null then 'Unclassified'
                                   else 'Topic ' || themed.theme_code end) as label,
       count(distinct themed.commitment_id) as n
from themed
left join core.cap_topics as topics on topics.code = themed.theme_code
group by all
order by n desc, label
