-- Promises about instruments and what later documents report.
select promised_on, instrument_name, status, evidence_event, evidence_on, promise_text
from marts.followthrough
order by promised_on nulls last, instrument_name, commitment_id
