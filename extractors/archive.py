"""Content-addressed raw archive: the source of truth for everything after fetch.

Bodies are stored once under ``<root>/<sha[:2]>/<sha>``; ``index.jsonl`` appends
one line per stored response (url, sha, content type, validators, time), so
the latest good version of every url can always be found again.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class ArchiveEntry:
    url: str
    content_sha256: str
    content_type: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: str
    bytes: int


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class RawArchive:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.index_path = self.root / "index.jsonl"
        self._latest: dict[str, ArchiveEntry] | None = None

    def _blob_path(self, sha: str) -> Path:
        return self.root / sha[:2] / sha

    def put(self, url: str, content: bytes, *, content_type: str | None, etag: str | None,
            last_modified: str | None, fetched_at: str) -> ArchiveEntry:
        sha = sha256_hex(content)
        blob = self._blob_path(sha)
        if not blob.exists():
            blob.parent.mkdir(parents=True, exist_ok=True)
            tmp = blob.with_suffix(".tmp")
            tmp.write_bytes(content)
            os.replace(tmp, blob)
        entry = ArchiveEntry(url, sha, content_type, etag, last_modified, fetched_at, len(content))
        latest = self.latest()
        previous = latest.get(url)
        if previous is None or (previous.content_sha256, previous.etag, previous.last_modified) != (
            sha, etag, last_modified
        ):
            self.root.mkdir(parents=True, exist_ok=True)
            with self.index_path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(entry), sort_keys=True) + "\n")
            latest[url] = entry
        return latest[url]

    def get(self, sha: str) -> bytes:
        return self._blob_path(sha).read_bytes()

    def latest(self) -> dict[str, ArchiveEntry]:
        """The newest archived entry per url (read once, then kept up to date)."""
        if self._latest is None:
            self._latest = {}
            if self.index_path.exists():
                for line in self.index_path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        entry = ArchiveEntry(**json.loads(line))
                        self._latest[entry.url] = entry
        return self._latest

    def history(self, url: str) -> list[ArchiveEntry]:
        if not self.index_path.exists():
            return []
        rows = [json.loads(x) for x in self.index_path.read_text(encoding="utf-8").splitlines() if x.strip()]
        return [ArchiveEntry(**r) for r in rows if r["url"] == url]
