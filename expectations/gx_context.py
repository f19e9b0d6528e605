"""One quiet, ephemeral GX context per run: in-memory stores, no analytics, no
progress bars, and (optionally) one filesystem Data Docs site.

GX is imported here, inside functions, so importing ``expectations`` stays cheap.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

SITE_NAME = "accords"
DATASOURCE = "accords"
_QUIET_ENV = {"GX_ANALYTICS_ENABLED": "false"}


def _quiet() -> None:
    for key, value in _QUIET_ENV.items():
        os.environ.setdefault(key, value)
    logging.getLogger("great_expectations").setLevel(logging.ERROR)


def site_config(base_directory: Path) -> dict:
    return {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(base_directory)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }


def make_context(site_dir: Path | None = None):
    """An EphemeralDataContext; with ``site_dir``, a Data Docs site writing there."""
    _quiet()
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    import expectations.list_items  # noqa: F401  (registers the list-items expectation)

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
        data_docs_sites={SITE_NAME: site_config(site_dir)} if site_dir is not None else {},
    )
    return gx.get_context(project_config=config, mode="ephemeral")


def expectation_class(type_name: str):
    """The GX expectation class registered under a snake_case type name."""
    from great_expectations.expectations.registry import get_expectation_impl

    import expectations.list_items  # noqa: F401

    return get_expectation_impl(type_name)
