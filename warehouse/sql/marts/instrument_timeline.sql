-- marts.instrument_timeline: one row per mention of an instrument, dated by the mentioning
-- document's published_on (event_on), with the sentence that carries the mention.
create or replace view marts.instrument_timeline as
with

stg_instruments as (
    select instrument_id, name, short_name, kind
    from core.instruments
),

stg_mentions as (
    select instrument_id, doc_id, paragraph_no, sentence_no, event, surface
    from core.instrument_mentions
),

stg_documents as (
    select doc_id, title, published_on as event_on, language, url
    from core.documents
),

stg_sentences as (
    select doc_id, paragraph_no, sentence_no, text as sentence_text
    from core.sentences
),

final as (
    select
        mentions.instrument_id,
        instruments.name,
        instruments.short_name,
        instruments.kind,
        mentions.event,
        documents.event_on,
        mentions.doc_id,
        documents.title,
        documents.language,
        documents.url,
        mentions.paragraph_no,
        mentions.sentence_no,
        mentions.surface,
        sentences.sentence_text
    from stg_mentions as mentions
    left join stg_instruments as instruments on instruments.instrument_id = mentions.instrument_id
    left join stg_documents as documents on documents.doc_id = mentions.doc_id
    left join stg_sentences as sentences
        on sentences.doc_id = mentions.doc_id
        and sentences.paragraph_no = mentions.paragraph_no
        and sentences.sentence_no = mentions.sentence_no
)

select * from final
order by instrument_id, event_on nulls last, doc_id, paragraph_no, sentence_no
