-- Distinct commitments per actor (ISO3); a joint commitment counts under every party.
with

by_actor as (
    select commitment_id, unnest(case when len(actors) = 0 then [null::varchar] else actors end) as actor
    from core.commitments
)

select coalesce(actor, 'Unattributed') as label, count(distinct commitment_id) as n
from by_actor
group by all
order by n desc, label
