"""Decide whether fetched content is a new version of a document."""
from __future__ import annotations

from dataclasses import dataclass

UNCHANGED = "unchanged"  # same bytes as published: nothing to do
RESTYLED = "restyled"  # bytes differ, normalised text identical: not a new version
CHANGED = "changed"  # text differs: a new version
NEW = "new"  # never published
RULES_CHANGED = "rules_changed"  # same bytes as published, extracted under other rules: extract again


@dataclass(frozen=True)
class VersionDecision:
    status: str
    version: int

    @property
    def new_version(self) -> bool:
        return self.status in (NEW, CHANGED)


def content_status(previous: dict | None, content_sha256: str, rules_sha256: str | None = None) -> str | None:
    """UNCHANGED when the bytes are already published, extracted under the rules ``rules_sha256``
    (so parsing can be skipped); RULES_CHANGED when the bytes are but the rules differ (or are not
    known), so the page is extracted again (and keeps its version)."""
    if previous is None or previous.get("content_sha256") != content_sha256:
        return None
    if rules_sha256 is not None and previous.get("rules_sha256") != rules_sha256:
        return RULES_CHANGED
    return UNCHANGED


def decide_version(previous: dict | None, content_sha256: str, text_sha256: str) -> VersionDecision:
    if previous is None:
        return VersionDecision(NEW, 1)
    if previous["content_sha256"] == content_sha256:
        return VersionDecision(UNCHANGED, previous["version"])
    if previous["text_sha256"] == text_sha256:
        return VersionDecision(RESTYLED, previous["version"])
    return VersionDecision(CHANGED, previous["version"] + 1)
