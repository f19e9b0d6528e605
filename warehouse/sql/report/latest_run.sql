-- The latest pipeline run (by start time), the one the report describes.
select run_id, started_at, finished_at, mode, docs_seen, docs_changed, docs_failed, rows_published, status, errors
from meta.pipeline_runs
order by started_at desc, run_id desc
limit 1
