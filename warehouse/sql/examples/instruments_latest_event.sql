-- What is the latest thing reported about every instrument (agreement, MOU, framework...)?
-- Every instrument with its most recent substantive event (a bare 'referenced' mention counts only
-- when nothing else is known), the date of the document that reports it, and the sentence.
with

ranked_mentions as (
    select
        instrument_id,
        event,
        event_on,
        title,
        doc_id,
        sentence_text,
        row_number() over (
            partition by instrument_id
            order by (event = 'referenced'), event_on desc nulls last, doc_id desc, paragraph_no desc,
                sentence_no desc
        ) as recency
    from marts.instrument_timeline
)

select
    instruments.instrument_id,
    instruments.name,
    instruments.kind,
    latest.event as latest_event,
    latest.event_on as latest_event_on,
    latest.title as reported_in,
    latest.sentence_text
from core.instruments as instruments
left join ranked_mentions as latest
    on latest.instrument_id = instruments.instrument_id
    and latest.recency = 1
order by latest_event_on desc nulls last, instruments.name
