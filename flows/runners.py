"""Task runner chosen by configuration (`[settings] task_runner` in sources.toml,
or `--task-runner`): threads, local processes (both cores), or Dask for a cluster."""
from __future__ import annotations

import os
from contextlib import contextmanager

RUNNERS = ("thread", "process", "dask")


def make_task_runner(name: str, max_workers: int | None = None, dask_address: str | None = None):
    if name == "thread":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=max_workers)
    if name == "process":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=max_workers)
    if name == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise ValueError("task_runner 'dask' needs the dask extra: pip install 'accords[dask]'") from None
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": max_workers or 2, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    raise ValueError(f"unknown task_runner {name!r}; choose one of {', '.join(RUNNERS)}")


@contextmanager
def workers_share_this_api():
    """Let worker processes report to this process's Prefect API.

    With no PREFECT_API_URL configured, Prefect runs a temporary server for the flow; a
    process-pool worker inherits no URL and starts a temporary server of its own (about
    230 MB and a few seconds each). Exporting the flow's API URL while batches are
    submitted makes the workers use the flow's server; the variable is removed after.
    """
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value() or os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        url = str(client.api_url)
    os.environ["PREFECT_API_URL"] = url
    try:
        yield
    finally:
        if os.environ.get("PREFECT_API_URL") == url:
            del os.environ["PREFECT_API_URL"]


@contextmanager
def batch_runner():
    """The task runner for one round of batches (inside a flow run).

    A process pool is a fresh copy of the flow's, closed when the round ends, so its
    workers (each with the project imported) exit before the derive and validate steps
    need the memory; threads and a Dask cluster are the flow's own. Yields a function
    ``submit(task, **parameters) -> future``.
    """
    from prefect.context import FlowRunContext
    from prefect.task_runners import ProcessPoolTaskRunner

    ctx = FlowRunContext.get()
    runner = ctx.task_runner if ctx is not None else None
    if isinstance(runner, ProcessPoolTaskRunner):
        with workers_share_this_api(), runner.duplicate() as pool:
            yield lambda task, **parameters: pool.submit(task, parameters)
    elif type(runner).__name__ == "DaskTaskRunner":
        # prefect-dask hands tuples to Dask as graph keys, which breaks ``quote``d arguments
        from prefect.utilities.annotations import BaseAnnotation

        yield lambda task, **parameters: task.submit(
            **{k: v.unwrap() if isinstance(v, BaseAnnotation) else v for k, v in parameters.items()})
    else:
        yield lambda task, **parameters: task.submit(**parameters)
