-- marts.followthrough: what an earlier document promised about an instrument (a commitment whose
-- sentence mentions it) and what the first strictly later document reports about that instrument.
-- status: 'completed' when a later mention has a completing event, else 'underway' when one has an
-- ongoing event, else 'not yet reported'. The evidence columns show the mention that decided it.
create or replace view marts.followthrough as
with

event_status (event, status, priority) as (
    values
        ('signed', 'completed', 1),
        ('launched', 'completed', 1),
        ('held', 'completed', 1),
        ('established', 'completed', 1),
        ('joined', 'completed', 1),
        ('renewed', 'completed', 1),
        ('implementing', 'underway', 2),
        ('committed_to_implement', 'underway', 2),
        ('negotiations_launched', 'underway', 2),
        ('reaffirmed', 'underway', 3)
),

stg_commitments as (
    select commitment_id, doc_id, paragraph_no, sentence_no, text as promise_text, actors, strength,
        themes, target_years
    from core.commitments
),

stg_mentions as (
    select instrument_id, doc_id, paragraph_no, sentence_no, event
    from core.instrument_mentions
),

stg_documents as (
    select doc_id, title, published_on
    from core.documents
),

stg_instruments as (
    select instrument_id, name as instrument_name, kind as instrument_kind
    from core.instruments
),

stg_sentences as (
    select doc_id, paragraph_no, sentence_no, text as sentence_text
    from core.sentences
),

promises as (
    select
        commitments.commitment_id,
        commitments.doc_id,
        any_value(documents.title) as title,
        any_value(documents.published_on) as promised_on,
        any_value(commitments.promise_text) as promise_text,
        any_value(commitments.actors) as actors,
        any_value(commitments.strength) as strength,
        any_value(commitments.themes) as themes,
        any_value(commitments.target_years) as target_years,
        mentions.instrument_id,
        list_sort(list(distinct mentions.event)) as promised_events
    from stg_commitments as commitments
    join stg_mentions as mentions
        on mentions.doc_id = commitments.doc_id
        and mentions.paragraph_no = commitments.paragraph_no
        and mentions.sentence_no = commitments.sentence_no
    left join stg_documents as documents on documents.doc_id = commitments.doc_id
    group by commitments.commitment_id, commitments.doc_id, mentions.instrument_id
),

reports as (
    select
        mentions.instrument_id,
        mentions.doc_id,
        documents.title,
        documents.published_on,
        mentions.paragraph_no,
        mentions.sentence_no,
        mentions.event,
        event_status.status,
        event_status.priority,
        sentences.sentence_text
    from stg_mentions as mentions
    join event_status on event_status.event = mentions.event
    join stg_documents as documents on documents.doc_id = mentions.doc_id
    left join stg_sentences as sentences
        on sentences.doc_id = mentions.doc_id
        and sentences.paragraph_no = mentions.paragraph_no
        and sentences.sentence_no = mentions.sentence_no
    where documents.published_on is not null
),

matched as (
    select
        promises.*,
        reports.status,
        reports.event as evidence_event,
        reports.doc_id as evidence_doc_id,
        reports.title as evidence_title,
        reports.published_on as evidence_on,
        reports.sentence_text as evidence_text,
        count(reports.doc_id) over (partition by promises.commitment_id, promises.instrument_id) as n_later_reports
    from promises
    left join reports
        on reports.instrument_id = promises.instrument_id
        and reports.published_on > promises.promised_on
    qualify row_number() over (
        partition by promises.commitment_id, promises.instrument_id
        order by reports.priority nulls last, reports.published_on, reports.doc_id,
            reports.paragraph_no, reports.sentence_no
    ) = 1
),

final as (
    select
        matched.commitment_id,
        matched.doc_id,
        matched.title,
        matched.promised_on,
        matched.promise_text,
        matched.actors,
        matched.strength,
        matched.themes,
        matched.target_years,
        matched.instrument_id,
        instruments.instrument_name,
        instruments.instrument_kind,
        matched.promised_events,
        coalesce(matched.status, 'not yet reported') as status,
        matched.evidence_event,
        matched.evidence_doc_id,
        matched.evidence_title,
        matched.evidence_on,
        matched.evidence_text,
        matched.n_later_reports
    from matched
    left join stg_instruments as instruments on instruments.instrument_id = matched.instrument_id
)

select * from final
order by promised_on nulls last, doc_id, commitment_id, instrument_id
