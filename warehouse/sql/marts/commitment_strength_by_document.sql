-- marts.commitment_strength_by_document: one row per published document.
-- commitment_share = commitments / sentences; firm_share = firm / commitments (null when dividing by 0).
create or replace view marts.commitment_strength_by_document as
with

stg_documents as (
    select doc_id, title, published_on, language, doc_type, publisher
    from core.documents
),

stg_sentences as (
    select doc_id, paragraph_no, sentence_no
    from core.sentences
),

stg_commitments as (
    select doc_id, commitment_id, lower(strength) as strength
    from core.commitments
),

sentence_counts as (
    select doc_id, count(*) as n_sentences
    from stg_sentences
    group by doc_id
),

commitment_counts as (
    select
        doc_id,
        count(*) as n_commitments,
        count(*) filter (where strength = 'firm') as n_firm,
        count(*) filter (where strength = 'soft') as n_soft
    from stg_commitments
    group by doc_id
),

counts as (
    select
        documents.doc_id,
        documents.title,
        documents.published_on,
        documents.language,
        documents.doc_type,
        documents.publisher,
        coalesce(sentence_counts.n_sentences, 0) as n_sentences,
        coalesce(commitment_counts.n_commitments, 0) as n_commitments,
        coalesce(commitment_counts.n_firm, 0) as n_firm,
        coalesce(commitment_counts.n_soft, 0) as n_soft
    from stg_documents as documents
    left join sentence_counts on sentence_counts.doc_id = documents.doc_id
    left join commitment_counts on commitment_counts.doc_id = documents.doc_id
),

final as (
    select
        *,
        round(n_commitments / nullif(n_sentences, 0), 3) as commitment_share,
        round(n_firm / nullif(n_commitments, 0), 3) as firm_share
    from counts
)

select * from final
order by published_on nulls last, doc_id
