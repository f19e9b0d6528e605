"""Plain stage functions the Prefect flow wires. Each is importable and testable
without Prefect; none holds parsing or classification rules itself."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from extractors.adapters import parse_page
from extractors.archive import ArchiveEntry, RawArchive
from extractors.errors import AccordsError
from extractors.http import Fetcher, build_session
from extractors.snapshot_transport import SnapshotTransport, normalize_url
from extractors.sources import Registry, Source
from transforms.document import DocumentRows, SourceMeta, transform_document
from transforms.rules import rules_sha256
from transforms.versioning import RULES_CHANGED, UNCHANGED, content_status
from warehouse.staging import STAGED_TABLES, stage_tables


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


@dataclass
class Failure:
    document: str
    stage: str
    reason: str

    def __str__(self) -> str:
        return f"[{self.stage}] {self.document}: {self.reason}"


@dataclass
class Fetched:
    source: Source
    entry: ArchiveEntry | None  # the archived version to use (new, or last good)
    fresh: bool  # a new body was received this run


@dataclass
class Tally:
    seen: int = 0
    changed: int = 0
    unchanged: int = 0
    reextracted: int = 0  # bytes already published, rules changed since: extracted again
    processed: set[str] = field(default_factory=set)  # urls that reached extraction
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)  # optional pages not taken, with the reason

    def merge(self, other: "Tally") -> None:
        self.seen += other.seen
        self.unchanged += other.unchanged
        self.reextracted += other.reextracted
        self.processed |= other.processed
        self.failures += other.failures
        self.skipped += other.skipped


def make_fetcher(registry: Registry, *, live: bool, snapshots_dir) -> Fetcher:
    transport = None if live else SnapshotTransport(snapshots_dir)
    s = registry.settings
    session = build_session(s.user_agent, transport)
    return Fetcher(session, registry.allowed_domains, timeout=s.timeout_seconds, max_bytes=s.max_bytes,
                   retries=s.retries, per_host_interval=s.per_host_interval_seconds if live else 0.0)


def fetch_sources(fetcher: Fetcher, archive: RawArchive, sources: list[Source], tally: Tally,
                  optional: bool = False) -> list[Fetched]:
    """Fetch each source (conditional GET against the archive); a failed fetch keeps
    the last good archived version. For ``optional`` sources (links followed from
    documents) a page that cannot be had is a skip with its reason, not a failure."""
    out: list[Fetched] = []
    latest = archive.latest()
    for src in sources:
        prev = latest.get(src.url)
        res = fetcher.fetch(src.url, etag=prev.etag if prev else None,
                            last_modified=prev.last_modified if prev else None)
        if res.ok:
            entry = archive.put(src.url, res.content, content_type=res.content_type, etag=res.etag,
                                last_modified=res.last_modified, fetched_at=res.fetched_at)
            out.append(Fetched(src, entry, True))
        elif res.not_modified and prev is not None:
            out.append(Fetched(src, prev, False))
        else:
            reason = res.error or f"HTTP {res.status}"
            if prev is not None:
                reason += " (kept the last good archived version)"
            (tally.skipped if optional and prev is None else tally.failures).append(Failure(src.url, "fetch", reason))
            if prev is not None:
                out.append(Fetched(src, prev, False))
    return out


def fetch_rows(fetcher: Fetcher, run_id: str) -> list[dict]:
    return [
        {"run_id": run_id, "url": a.url, "final_url": a.final_url, "status": a.status, "etag": a.etag,
         "last_modified": a.last_modified, "content_sha256": a.content_sha256, "bytes": a.bytes,
         "fetched_at": a.fetched_at, "error": a.error}
        for a in fetcher.attempts
    ]


def source_meta(registry: Registry, src: Source) -> SourceMeta:
    pub = registry.publisher(src.publisher)
    return SourceMeta(url=src.url, publisher_id=pub.id, publisher_country=pub.country, doc_type=src.doc_type)


def process_document(registry: Registry, archive: RawArchive, item: Fetched) -> DocumentRows:
    """Extract and transform one archived page. Raises AccordsError naming doc and stage."""
    assert item.entry is not None
    adapter = registry.publisher(item.source.publisher).adapter
    parsed = parse_page(archive.get(item.entry.content_sha256), item.source.url, item.entry.content_type,
                        adapter=adapter)
    try:
        return transform_document(parsed, source_meta(registry, item.source),
                                  content_sha256=item.entry.content_sha256, fetched_at=item.entry.fetched_at)
    except AccordsError:
        raise
    except Exception as exc:  # a transform bug must name the document and stage
        raise AccordsError(item.source.url, "transform", f"{type(exc).__name__}: {exc}") from exc


def extract_transform(registry: Registry, archive: RawArchive, items: list[Fetched],
                      staging: str | None = None,
                      ) -> tuple[list[DocumentRows], Tally, tuple[str, dict[str, int]] | None]:
    """Extract and transform a chunk of documents (already past ``drop_unchanged``).
    Returns the rows, the chunk's own tally (chunks can run in other processes and be
    merged with ``Tally.merge``) and, when ``staging`` names a folder, (that folder, row
    counts): the heavy tables are written there and left out of the returned rows."""
    tally = Tally()
    results: list[DocumentRows] = []
    for item in items:
        tally.seen += 1
        tally.processed.add(item.source.url)
        try:
            results.append(process_document(registry, archive, item))
        except AccordsError as err:
            tally.failures.append(Failure(err.document, err.stage, err.reason))
    if staging is None:
        return results, tally, None
    heavy = {t: [r for d in results for r in d.tables.get(t, [])] for t in STAGED_TABLES}
    counts = stage_tables(heavy, staging)
    for d in results:
        d.tables = {t: rows for t, rows in d.tables.items() if t not in STAGED_TABLES}
    return results, tally, (staging, counts)


def for_batches(registry: Registry, archive: RawArchive) -> tuple[Registry, RawArchive]:
    """What a batch needs of the registry and the archive: the publishers and settings (not the
    thousands of documents and listings), and the archive's folder (not its index, read into
    memory). Every batch task's arguments are pickled for its worker; these stay small."""
    return replace(registry, documents=(), listings=()), RawArchive(archive.root)


def drop_unchanged(items: list[Fetched], published_by_url: dict[str, dict], tally: Tally,
                   rules: str | None = None) -> list[Fetched]:
    """The items whose bytes are not already published under the current extraction rules
    (``rules``: transforms.rules.rules_sha256() unless given); the others are counted as seen
    and unchanged here (parsing them is skipped, and no batch or worker is started). Pages
    kept because only the rules changed are counted in ``tally.reextracted``."""
    rules = rules or rules_sha256()
    todo = []
    for item in items:
        entry = item.entry
        status = None if entry is None else content_status(
            published_by_url.get(normalize_url(item.source.url)), entry.content_sha256, rules)
        if status == UNCHANGED:
            tally.seen += 1
            tally.processed.add(item.source.url)
            tally.unchanged += 1
            continue
        if status == RULES_CHANGED:
            tally.reextracted += 1
        todo.append(item)
    return todo


def chunked(items: list, size: int) -> list[list]:
    size = max(1, size)
    return [items[i:i + size] for i in range(0, len(items), size)]


def start_summary(paths, live: bool, mode: str | None = None):
    from flows.summary import RunSummary

    flow_run_id = None
    try:
        from prefect.runtime import flow_run

        flow_run_id = flow_run.id
    except Exception:  # outside a flow run
        flow_run_id = None
    return RunSummary(run_id=new_run_id(), mode=mode or ("live" if live else "snapshots"), db_path=str(paths.db),
                      started_at=now_iso(), flow_run_id=flow_run_id)


def finish_tally(summary, tally: Tally, docs: list[DocumentRows], fetcher: Fetcher, batch) -> None:
    """Fold the tally into the summary and put the run's history rows in the batch."""
    failed_docs = {f.document for f in tally.failures}
    summary.docs_seen = tally.seen + len({f.document for f in tally.failures if f.stage == "fetch"} - tally.processed)
    summary.docs_changed = len(docs)
    summary.docs_unchanged = tally.unchanged
    summary.docs_reextracted = tally.reextracted
    summary.docs_failed = len(failed_docs)
    summary.failures = [str(f) for f in tally.failures]
    summary.skipped = [str(f) for f in tally.skipped]
    summary.status = "succeeded" if not tally.failures else "partial"
    summary.finished_at = now_iso()
    if fetcher is not None:
        batch.rows["raw.fetches"] = fetch_rows(fetcher, summary.run_id)
    batch.rows["meta.pipeline_runs"] = [summary.run_row()]


def publish_artifact(summary) -> None:
    """The run summary as a Prefect markdown artifact (skipped outside a flow run)."""
    try:
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(markdown=summary.markdown(), key="accords-run-summary",
                                 description=f"accords run {summary.run_id}")
    except Exception:  # no flow run context / no API: the terminal summary still shows it
        pass


def mark_blocked(summary, reason: str) -> None:
    summary.status = "blocked"
    summary.failures.append(reason)


def mark_failed(summary, reason: str) -> None:
    summary.status = "failed"
    summary.failures.append(reason)
