-- Instrument mentions in date order.
select event_on, name, kind, event, title, doc_id
from marts.instrument_timeline
order by event_on nulls last, name, doc_id, paragraph_no, sentence_no
