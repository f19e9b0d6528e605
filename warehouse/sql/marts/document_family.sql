-- marts.document_family: each related-release edge of core.document_links seen from both ends.
-- direction 'outgoing': <doc> <relation> <related doc> (e.g. doc is a translation_of related);
-- direction 'incoming': <related doc> <relation> <doc>. family_id is the earliest published
-- document (then smallest doc_id) of the connected group of linked documents.
create or replace view marts.document_family as
with recursive

stg_documents as (
    select doc_id, title, published_on, language, doc_type, url
    from core.documents
),

stg_links as (
    select distinct from_doc_id, to_doc_id, relation
    from core.document_links
    where from_doc_id <> to_doc_id
),

edges as (
    select from_doc_id as doc_id, to_doc_id as related_doc_id, relation, 'outgoing' as direction
    from stg_links
    union all
    select to_doc_id as doc_id, from_doc_id as related_doc_id, relation, 'incoming' as direction
    from stg_links
),

reach (doc_id, member_id) as (
    select distinct doc_id, doc_id from edges
    union
    select reach.doc_id, edges.related_doc_id
    from reach
    join edges on edges.doc_id = reach.member_id
),

families as (
    select
        reach.doc_id,
        first(reach.member_id order by members.published_on nulls last, reach.member_id) as family_id
    from reach
    left join stg_documents as members on members.doc_id = reach.member_id
    group by reach.doc_id
),

final as (
    select
        families.family_id,
        edges.doc_id,
        documents.title,
        documents.published_on,
        documents.language,
        documents.doc_type,
        edges.relation,
        edges.direction,
        edges.related_doc_id,
        related.title as related_title,
        related.published_on as related_published_on,
        related.language as related_language,
        related.doc_type as related_doc_type,
        related.url as related_url
    from edges
    join families on families.doc_id = edges.doc_id
    left join stg_documents as documents on documents.doc_id = edges.doc_id
    left join stg_documents as related on related.doc_id = edges.related_doc_id
)

select * from final
order by family_id, doc_id, related_doc_id, relation, direction
