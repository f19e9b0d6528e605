"""The machine a benchmark ran on: CPU, cores, RAM, OS, Python and package versions."""
from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import psutil

PACKAGES = ("prefect", "great_expectations", "duckdb", "polars", "pandas", "pyarrow", "lxml",
            "beautifulsoup4", "trafilatura", "psutil")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def package_versions(names: tuple[str, ...] = PACKAGES) -> dict[str, str]:
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def machine_info() -> dict:
    return {
        "cpu": cpu_model(),
        "logical_cores": psutil.cpu_count(logical=True),
        "physical_cores": psutil.cpu_count(logical=False),
        "ram_bytes": psutil.virtual_memory().total,
        "os": platform.platform(),
        "python": platform.python_version(),
        "packages": package_versions(),
    }
