-- marts.commitments_by_theme_actor: one row per (CAP theme, actor).
-- A commitment with several themes or actors counts once under each pair; a commitment
-- with no theme counts under theme_code null ('Unclassified'), one with no actor under actor null.
create or replace view marts.commitments_by_theme_actor as
with

stg_commitments as (
    select
        commitment_id,
        doc_id,
        lower(strength) as strength,
        case when len(themes) = 0 then [null::integer] else themes end as theme_codes,
        case when len(actors) = 0 then [null::varchar] else actors end as actor_codes
    from core.commitments
),

stg_topics as (
    select
        code as theme_code,
        label as theme_label
    from core.cap_topics
),

by_theme as (
    select commitment_id, doc_id, strength, actor_codes, unnest(theme_codes) as theme_code
    from stg_commitments
),

by_theme_actor as (
    select commitment_id, doc_id, strength, theme_code, unnest(actor_codes) as actor
    from by_theme
),

final as (
    select
        pairs.theme_code,
        coalesce(
            topics.theme_label,
            case when pairs.theme_code is null then 'Unclassified' else 'Unknown topic ' || pairs.theme_code end
        ) as theme_label,
        pairs.actor,
        count(distinct pairs.commitment_id) as n_commitments,
        count(distinct pairs.commitment_id) filter (where pairs.strength = 'firm') as n_firm,
        count(distinct pairs.commitment_id) filter (where pairs.strength = 'soft') as n_soft,
        count(distinct pairs.doc_id) as n_documents
    from by_theme_actor as pairs
    left join stg_topics as topics on topics.theme_code = pairs.theme_code
    group by all
)

select * from final
order by theme_code nulls last, actor nulls last
