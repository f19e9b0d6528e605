-- Which earlier promises about an instrument have been delivered?
-- Each commitment that names an instrument, with what the first later document reports about it:
-- 'completed' (signed, launched, held, established, joined, renewed), 'underway' (implementing,
-- negotiations launched, reaffirmed...) or 'not yet reported'.
select
    promised_on,
    instrument_name,
    status,
    evidence_event,
    evidence_on,
    evidence_title,
    promise_text,
    evidence_text
from marts.followthrough
order by
    case status when 'completed' then 1 when 'underway' then 2 else 3 end,
    promised_on,
    instrument_name
