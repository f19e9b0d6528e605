"""Where things live for a run (project files, data folder, warehouse), and the registry
a run reads, with the settings the other layers own checked where it is loaded."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Paths:
    sources: Path
    snapshots: Path
    data: Path
    db: Path

    @property
    def archive(self) -> Path:
        return self.data / "raw"

    @property
    def data_docs(self) -> Path:
        return self.data / "data_docs"


def default_paths(db: str | Path | None = None, data: str | Path | None = None,
                  sources: str | Path | None = None, snapshots: str | Path | None = None) -> Paths:
    root = Path(os.environ.get("ACCORDS_HOME", PROJECT_ROOT))
    data_dir = Path(data) if data else (Path(db).parent if db else root / "data")
    return Paths(
        sources=Path(sources) if sources else root / "sources.toml",
        snapshots=Path(snapshots) if snapshots else root / "snapshots",
        data=data_dir,
        db=Path(db) if db else data_dir / "accords.duckdb",
    )


def load_checked_registry(path: str | Path):
    """``load_registry(path)``, with the settings that belong to the warehouse checked too (the
    registry loader lives in extractors/, which does not import warehouse/): a bad value is a
    ``[config]`` error naming the file, before any page is fetched."""
    from extractors.errors import AccordsError
    from extractors.sources import load_registry
    from warehouse.settings import check_memory_limit

    registry = load_registry(path)
    try:
        check_memory_limit(registry.settings.warehouse_memory_limit)
    except ValueError as exc:
        raise AccordsError(str(path), "config", f"missing or invalid field: {exc}") from None
    return registry
