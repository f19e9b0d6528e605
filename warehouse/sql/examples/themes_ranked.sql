-- Which policy themes draw the most commitments, and how firm are they?
-- Distinct commitments per CAP major topic across all actors, with the firm and soft split.
with

themed as (
    select commitment_id, strength, unnest(themes) as theme_code
    from core.commitments
)

select
    themed.theme_code,
    topics.label as theme_label,
    count(distinct themed.commitment_id) as n_commitments,
    count(distinct themed.commitment_id) filter (where themed.strength = 'firm') as n_firm,
    count(distinct themed.commitment_id) filter (where themed.strength = 'soft') as n_soft
from themed
left join core.cap_topics as topics on topics.code = themed.theme_code
group by all
order by n_commitments desc, themed.theme_code
