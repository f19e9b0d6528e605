"""The Prefect flow: discover → fetch → extract+transform → derive → validate+publish.

Tasks are thin wrappers over plain functions (flows.stages, flows.discover,
flows.ingest and the libraries); the flow only passes results along. Large
arguments (document lists, the batch) are wrapped in ``quote`` so Prefect does
not walk every row looking for futures.
"""
from __future__ import annotations

import contextlib
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from extractors.archive import RawArchive
from extractors.snapshot_transport import normalize_url
from flows import stages
from flows.assemble import assemble_batch
from flows.config import Paths, default_paths, load_checked_registry
from flows.derive import derive_globals
from flows.discover import discover, followed_links
from flows.gate import record_blocked_run, validate_and_publish
from flows.ingest import ingest_files
from flows.memory import release_freed_memory
from flows.runners import batch_runner
from flows.summary import RunSummary
from flows.tasks import extract_transform_task
from warehouse.publish import PublishBlocked, WarehouseBusy
from warehouse.read import document_state, table_counts
from warehouse.staging import merge_staged


@contextmanager
def _timed(summary: RunSummary, stage: str):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        summary.stage_seconds[stage] = round(summary.stage_seconds.get(stage, 0.0) + time.perf_counter() - t0, 3)


@task(name="discover", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def discover_task(registry, fetcher, archive, tally):
    return discover(fetcher, registry, archive, tally)


@task(name="fetch", cache_policy=NO_CACHE)
def fetch_task(fetcher, archive, sources, tally, optional: bool = False):
    return stages.fetch_sources(fetcher, archive, sources, tally, optional)


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(registry, archive, path: str, url: str | None, publisher: str | None):
    return ingest_files(registry, archive, path, url=url, publisher=publisher)


def _extract_transform_batches(registry, archive, fetched, published_by_url, tally, staging: Path,
                               staged: list) -> list:
    """One task per batch of documents, on the flow's task runner when there is more than
    one batch (a single batch runs in-process: no worker start-up); merged in order. Each
    batch writes its heavy tables to a staging file (appended to ``staged``)."""
    batches = stages.chunked(stages.drop_unchanged(fetched, published_by_url, tally), registry.settings.batch_size)
    names = [str(staging / f"batch-{len(staged) + k:05d}") for k in range(len(batches))]
    registry, archive = stages.for_batches(registry, archive)
    if len(batches) <= 1:
        results = [extract_transform_task(registry, archive, quote(b), n) for b, n in zip(batches, names)]
    else:
        with batch_runner() as submit:
            futures = [submit(extract_transform_task, registry=registry, archive=archive, fetched=quote(b),
                              staging=n) for b, n in zip(batches, names)]
            results = [f.result() for f in futures]
    docs = []
    for rows, part, files in results:
        docs += rows
        tally.merge(part)
        staged.append(files)
    return docs


@task(name="validate-publish", cache_policy=NO_CACHE)
def publish_task(paths: Paths, batch, summary: RunSummary, memory_limit: str | None = None):
    return validate_and_publish(paths, batch, summary, memory_limit)


@flow(name="accords", log_prints=False)
def accords_flow(db: str | None = None, live: bool = False, data: str | None = None,
                 sources: str | None = None, snapshots: str | None = None, ingest: str | None = None,
                 ingest_url: str | None = None, ingest_publisher: str | None = None) -> RunSummary:
    """A scheduled run (registry sources through the snapshot or live transport), or,
    with ``ingest``, the analyst's own saved pages through the same stages."""
    logger = get_run_logger()
    paths = default_paths(db=db, data=data, sources=sources, snapshots=snapshots)
    summary = stages.start_summary(paths, live, mode="ingest" if ingest else None)
    tally = stages.Tally()
    registry = load_checked_registry(paths.sources)
    archive = RawArchive(paths.archive)
    published = document_state(paths.db)
    by_url = {normalize_url(s["url"]): s for s in published.values()}
    fetcher = None

    with _timed(summary, "fetch"):
        if ingest:
            registry, fetched = ingest_task(quote(registry), archive, ingest, ingest_url, ingest_publisher)
        else:
            fetcher = stages.make_fetcher(registry, live=live, snapshots_dir=paths.snapshots)
            wanted = discover_task(quote(registry), fetcher, archive, quote(tally))
            fetched = fetch_task(fetcher, archive, quote(wanted), quote(tally))
    staging = paths.data / "staging" / summary.run_id
    staged: list = []
    try:
        return _run_stages(paths, summary, logger, tally, registry, archive, published, by_url, fetcher,
                           fetched, staging, staged)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            staging.parent.rmdir()  # only when no other run is staging


def _run_stages(paths, summary, logger, tally, registry, archive, published, by_url, fetcher, fetched,
                staging: Path, staged: list) -> RunSummary:
    """extract+transform → follow links → assemble → derive → validate+publish."""
    with _timed(summary, "extract_transform"):
        docs = _extract_transform_batches(registry, archive, fetched, by_url, tally, staging, staged)
    if fetcher is not None:  # one hop along related links found inside the documents
        known = {normalize_url(f.source.url) for f in fetched} | set(by_url)
        extra = followed_links(registry, docs, known)
        if extra:
            with _timed(summary, "fetch"):
                more = fetch_task(fetcher, archive, quote(extra), quote(tally), optional=True)
            with _timed(summary, "extract_transform"):
                docs += _extract_transform_batches(registry, archive, more, by_url, tally, staging, staged)

    batch, _ = assemble_batch(docs, published, stages.now_iso())
    batch.rows.update(merge_staged(staged))
    with _timed(summary, "derive"):
        derive_globals(batch, docs, paths.db, workers=registry.settings.max_workers)
    stages.finish_tally(summary, tally, docs, fetcher, batch)
    docs.clear()  # their rows are in the batch now; free them before the gate reads tables
    release_freed_memory()
    try:
        with _timed(summary, "validate_publish"):
            result = publish_task(paths, quote(batch), summary, registry.settings.warehouse_memory_limit)
        summary.rows_published = result.rows_published
    except PublishBlocked as blocked:
        stages.mark_blocked(summary, str(blocked))
        record_blocked_run(paths, summary, blocked, batch.rows.get("raw.fetches"))
    except WarehouseBusy as busy:
        stages.mark_failed(summary, str(busy))
    except duckdb.Error as exc:  # a load error: nothing was swapped in; keep the run's history
        stages.mark_failed(summary, f"[publish] {paths.db}: {exc}")
        record_blocked_run(paths, summary, PublishBlocked(str(exc)), batch.rows.get("raw.fetches"))
    for line in summary.failures:
        logger.error(line)
    summary.table_counts = table_counts(paths.db)
    stages.publish_artifact(summary)
    logger.info(summary.text())
    return summary


def configured_flow(settings, task_runner: str | None = None):
    """The flow with the task runner the configuration asks for."""
    from flows.runners import make_task_runner

    runner = make_task_runner(task_runner or settings.task_runner, settings.max_workers, settings.dask_address)
    return accords_flow.with_options(task_runner=runner)
