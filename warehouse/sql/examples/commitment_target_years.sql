-- Which commitments name a deadline or horizon year, and which years?
-- One row per (year, commitment): a commitment naming 2030 and 2050 appears twice.
with

years as (
    select commitment_id, doc_id, actors, strength, text, unnest(target_years) as target_year
    from core.commitments
)

select
    years.target_year,
    documents.published_on,
    documents.title,
    years.actors,
    years.strength,
    years.text,
    years.commitment_id
from years
join core.documents as documents on documents.doc_id = years.doc_id
order by years.target_year, documents.published_on, years.commitment_id
