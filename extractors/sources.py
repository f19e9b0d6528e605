"""The source registry (`sources.toml`): publishers, documents, listings, settings."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from extractors.adapters._common import load_data
from extractors.errors import AccordsError


@dataclass(frozen=True)
class Publisher:
    id: str
    name: str
    country: str | None
    domains: tuple[str, ...]
    adapter: str


@dataclass(frozen=True)
class Source:
    url: str
    publisher: str
    doc_type: str
    language: str | None = None


@dataclass(frozen=True)
class Listing:
    url: str
    publisher: str
    kind: str = "listing"  # listing | feed


@dataclass(frozen=True)
class Settings:
    user_agent: str = "accords/0.1"
    timeout_seconds: float = 20.0
    max_bytes: int = 5_000_000
    per_host_interval_seconds: float = 1.0
    retries: int = 3
    keywords: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    # orchestration: how extract+transform is spread (see flows/runners.py)
    task_runner: str = "process"
    max_workers: int = 2
    batch_size: int = 250
    dask_address: str | None = None
    # DuckDB's memory cap while the new warehouse state is loaded and validated
    warehouse_memory_limit: str = "256MB"


@dataclass(frozen=True)
class Registry:
    publishers: tuple[Publisher, ...]
    documents: tuple[Source, ...]
    listings: tuple[Listing, ...] = ()
    settings: Settings = field(default_factory=Settings)

    @property
    def allowed_domains(self) -> frozenset[str]:
        return frozenset(d for p in self.publishers for d in p.domains)

    def publisher(self, publisher_id: str) -> Publisher:
        for p in self.publishers:
            if p.id == publisher_id:
                return p
        raise KeyError(publisher_id)

    def publisher_for_url(self, url: str) -> Publisher | None:
        host = (urlsplit(url).hostname or "").lower()
        for p in self.publishers:
            if any(host == d or host.endswith("." + d) for d in p.domains):
                return p
        return None


def load_registry(path: str | Path) -> Registry:
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AccordsError(str(path), "config", "source registry not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise AccordsError(str(path), "config", f"invalid TOML: {exc}") from None
    try:
        publishers = tuple(
            Publisher(
                id=p["id"], name=p["name"], country=p["country"],
                domains=tuple(d.lower() for d in p["domains"]), adapter=p.get("adapter", "generic"),
            )
            for p in raw.get("publishers", [])
        )
        ids = {p.id for p in publishers}
        documents = tuple(
            Source(url=d["url"], publisher=d["publisher"], doc_type=d.get("doc_type", "statement"),
                   language=d.get("language"))
            for d in raw.get("documents", [])
        )
        listings = tuple(
            Listing(url=d["url"], publisher=d["publisher"], kind=d.get("kind", "listing"))
            for d in raw.get("listings", [])
        )
        s = raw.get("settings", {})
        settings = Settings(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in s.items()})
    except (KeyError, TypeError, ValueError) as exc:
        raise AccordsError(str(path), "config", f"missing or invalid field: {exc}") from None
    for src in (*documents, *listings):
        if src.publisher not in ids:
            raise AccordsError(src.url, "config", f"unknown publisher {src.publisher!r} in {path.name}")
    if not documents:
        raise AccordsError(str(path), "config", "no [[documents]] declared")
    return Registry(publishers, documents, listings, settings)


def government_of(host: str) -> str | None:
    """ISO3 of the government whose site ``host`` is (extractors/data/government_domains.toml), or None."""
    host = host.lower().rstrip(".")
    domains = _government_domains()
    labels = host.split(".")
    for k in range(len(labels)):  # longest suffix first
        iso = domains.get(".".join(labels[k:]))
        if iso:
            return iso
    # a site word ("presidence", "gouvernement", "gob") under a country's code domain: "www.presidence.ga"
    data = load_data("government_domains")
    if len(labels) >= 2 and set(labels[:-1]) & set(data["site_words"]["markers"]):
        return data["cc_tlds"].get(labels[-1])
    # the country's code joined to "gov" under a generic domain: "govmu.org" (Mauritius)
    if len(labels) >= 2 and labels[-1] in ("org", "net", "com", "info") and len(name := labels[-2]) == 5 \
            and name.startswith("gov"):
        return data["cc_tlds"].get(name[3:])
    return None


def _government_domains() -> dict[str, str]:
    return load_data("government_domains")["domains"]  # read once (load_data caches)
