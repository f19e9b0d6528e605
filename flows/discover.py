"""Discovery stage: which documents a run should fetch."""
from __future__ import annotations

from datetime import date

from extractors.archive import RawArchive
from extractors.discovery import keep, parse_candidates
from extractors.http import Fetcher
from extractors.snapshot_transport import normalize_url
from extractors.sources import Registry, Source
from flows.stages import Failure, Tally
from transforms.document import DocumentRows
from transforms.vocab import load as load_vocab


def discover(fetcher: Fetcher, registry: Registry, archive: RawArchive | None = None,
             tally: Tally | None = None) -> list[Source]:
    """The registry's documents, then candidates from its listings and feeds that pass
    the family filters (allowed domain, keyword in title, date window)."""
    seen: dict[str, Source] = {}
    for src in registry.documents:
        seen.setdefault(normalize_url(src.url), src)
    s = registry.settings
    window = (date.fromisoformat(s.date_from) if s.date_from else None,
              date.fromisoformat(s.date_to) if s.date_to else None)
    for listing in registry.listings:
        res = fetcher.fetch(listing.url)
        if not res.ok:
            if tally is not None:
                tally.failures.append(Failure(listing.url, "discover", res.error or f"HTTP {res.status}"))
            continue
        if archive is not None:
            archive.put(listing.url, res.content, content_type=res.content_type, etag=res.etag,
                        last_modified=res.last_modified, fetched_at=res.fetched_at)
        try:
            candidates = parse_candidates(res.content, listing.url, listing.kind, res.content_type)
        except Exception as exc:  # malformed listing: name it, keep the registry's documents
            if tally is not None:
                tally.failures.append(Failure(listing.url, "discover", f"{type(exc).__name__}: {exc}"))
            continue
        for cand in candidates:
            if not keep(cand, s.keywords, *window, registry.allowed_domains):
                continue
            pub = registry.publisher_for_url(cand.url)
            if pub is not None:
                seen.setdefault(normalize_url(cand.url), Source(cand.url, pub.id, "auto"))
    return list(seen.values())


def followed_links(registry: Registry, docs: list[DocumentRows], known: set[str]) -> list[Source]:
    """Links inside fetched documents worth following one hop: to an allowed domain,
    not yet known, with a family keyword or a language toggle as anchor text."""
    toggles = {t.casefold() for t in load_vocab("relations")["language_toggles"]}
    keywords = [k.casefold() for k in registry.settings.keywords]
    out: dict[str, Source] = {}
    for d in docs:
        for h in d.tables.get("core.document_hrefs", []):
            url = normalize_url(h["href"])
            if url in known or url in out or not url.startswith(("http://", "https://")):
                continue
            pub = registry.publisher_for_url(url)
            text = (h.get("text") or "").casefold()
            if pub is not None and (text in toggles or any(k in text for k in keywords)):
                out[url] = Source(h["href"], pub.id, "auto")
    return list(out.values())
