-- Expectation results of one run ($run_id), failures first.
select suite, expectation, severity, success, observed
from quality.validation_results
where run_id = $run_id
order by success, severity, suite, expectation
