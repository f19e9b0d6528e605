"""`accords record`: re-capture the live pages listed in ``snapshots/manifest.json``.

Uses the live transport and the same Fetcher as a run. A page that fetches
replaces its snapshot file, and its manifest entry says it is a real capture
(``reconstructed: false``) with the validators the server sent. A page that
fails keeps its old snapshot.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from extractors.http import Fetcher, build_session
from extractors.sources import Registry


@dataclass
class RecordReport:
    recorded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return ([f"recorded  {u}" for u in self.recorded] + [f"unchanged {u}" for u in self.unchanged]
                + [f"FAILED    {u}" for u in self.failed]
                + [f"{len(self.recorded)} recorded, {len(self.unchanged)} unchanged, {len(self.failed)} failed"])


def record_snapshots(registry: Registry, snapshots_dir: Path, fetcher: Fetcher | None = None) -> RecordReport:
    manifest_path = Path(snapshots_dir) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if fetcher is None:
        s = registry.settings
        fetcher = Fetcher(build_session(s.user_agent), registry.allowed_domains, timeout=s.timeout_seconds,
                          max_bytes=s.max_bytes, retries=s.retries, per_host_interval=s.per_host_interval_seconds)
    report = RecordReport()
    for entry in manifest:
        if entry.get("url_reconstructed"):
            report.failed.append(f"{entry['url']}: url was reconstructed, no live page to record")
            continue
        res = fetcher.fetch(entry["url"])
        if not res.ok:
            report.failed.append(f"{entry['url']}: [fetch] {res.error or res.status}")
            continue
        target = Path(snapshots_dir) / entry["path"]
        if target.exists() and target.read_bytes() == res.content:
            report.unchanged.append(entry["url"])
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(res.content)
        entry.update({
            "content_type": res.content_type or entry.get("content_type"),
            "etag": res.etag, "last_modified": res.last_modified, "reconstructed": False,
            "markup_source": f"recorded live by accords record at {res.fetched_at}",
            "recorded_at": res.fetched_at,
        })
        report.recorded.append(entry["url"])
    tmp = manifest_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(manifest_path)
    return report
