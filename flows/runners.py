"""Task runner chosen by configuration (`[settings] task_runner` in sources.toml,
or `--task-runner`): threads, local processes (both cores), or Dask for a cluster."""
from __future__ import annotations

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
