"""Bring-your-own documents: saved HTML, Markdown or text files (or a url) become
archive entries and go through the same stages as a scheduled run."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from extractors.adapters.text import front_matter
from extractors.archive import RawArchive
from extractors.errors import AccordsError
from extractors.sources import Publisher, Registry, Source, government_of
from flows.stages import Fetched, now_iso

_CANONICAL = re.compile(
    rb"""<(?:link[^>]+rel=["']canonical["'][^>]+href|meta[^>]+property=["']og:url["'][^>]+content)=["']([^"']+)["']""",
    re.I,
)


PAGE_SUFFIXES = (".html", ".htm", ".md", ".markdown", ".txt")
_FRONT_URL_KEYS = ("source_url", "canonical_url", "url")


def page_url(content: bytes, fallback: str) -> str:
    """The page's own url when it declares one (an HTML canonical link or og:url, a Markdown front
    matter's ``source_url``/``url``), else ``fallback``."""
    m = _CANONICAL.search(content[:200_000])
    declared = m.group(1).decode("utf-8", "replace") if m else None
    if declared is None:
        meta, _ = front_matter(content[:20_000].decode("utf-8", "replace"))
        declared = next((meta[k] for k in _FRONT_URL_KEYS if meta.get(k)), None)
    if declared and declared.strip().startswith(("http://", "https://")):
        return declared.strip()
    return fallback


def ensure_publisher(registry: Registry, url: str, publisher_id: str | None) -> tuple[Registry, str]:
    """The publisher for ``url``: the one named, the registry's for that domain, or a new
    generic one for a site never seen, speaking for the government its domain belongs to
    (``government_of``; None for other sites: the document then says who speaks)."""
    if publisher_id:
        registry.publisher(publisher_id)  # KeyError → unknown id
        return registry, publisher_id
    known = registry.publisher_for_url(url)
    if known is not None:
        return registry, known.id
    host = (urlsplit(url).hostname or "local").lower()
    pid = re.sub(r"[^a-z0-9]+", "-", host.removeprefix("www.")).strip("-") or "local"
    if any(p.id == pid for p in registry.publishers):
        return registry, pid
    pub = Publisher(id=pid, name=host, country=government_of(host), domains=(host,), adapter="generic")
    return replace(registry, publishers=(*registry.publishers, pub)), pid


def page_files(path: Path) -> list[Path]:
    """The pages to ingest: ``path`` itself, or the HTML, Markdown and text files under a folder."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES and p.is_file())
        if not files:
            raise AccordsError(str(path), "ingest", "folder holds no .html/.htm/.md/.txt files")
        return files
    if not path.exists():
        raise AccordsError(str(path), "ingest", "no such file or folder")
    return [path]


def ingest_files(registry: Registry, archive: RawArchive, path: str | Path, *, url: str | None = None,
                 publisher: str | None = None, doc_type: str = "auto") -> tuple[Registry, list[Fetched]]:
    files = page_files(Path(path))
    if url and len(files) > 1:
        raise AccordsError(str(path), "ingest", "--url names one page; a folder's pages declare their own urls")
    items: list[Fetched] = []
    for file in files:
        content = file.read_bytes()
        page = url or page_url(content, file.resolve().as_uri())
        try:
            registry, pid = ensure_publisher(registry, page, publisher)
        except KeyError:
            raise AccordsError(str(file), "ingest", f"unknown publisher {publisher!r} (see sources.toml)") from None
        entry = archive.put(page, content, content_type=None, etag=None, last_modified=None, fetched_at=now_iso())
        items.append(Fetched(Source(url=page, publisher=pid, doc_type=doc_type), entry, True))
    return registry, items
