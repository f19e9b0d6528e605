"""The task that runs in worker processes: one batch of documents through extract and
transform. It lives apart from the flow module so that a worker imports only the
stages it runs (extractors, transforms, staging), not DuckDB, polars or Great
Expectations."""
from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import stages


@task(name="extract-transform", cache_policy=NO_CACHE)
def extract_transform_task(registry, archive, fetched, staging):
    return stages.extract_transform(registry, archive, fetched, staging)
