"""Named errors. Each one says which document, which stage and why, in one line."""
from __future__ import annotations


class AccordsError(Exception):
    """Base error: ``[stage] document: reason``."""

    def __init__(self, document: str, stage: str, reason: str):
        self.document = document
        self.stage = stage
        self.reason = reason
        super().__init__(f"[{stage}] {document}: {reason}")


class FetchError(AccordsError):
    def __init__(self, url: str, reason: str):
        super().__init__(url, "fetch", reason)


class SelectorError(AccordsError):
    """A layout assumption failed: a selector matched the wrong number of nodes."""

    def __init__(self, url: str, selector: str, expected: str, found: int):
        self.selector = selector
        super().__init__(url, "extract", f"selector {selector!r} expected {expected}, found {found}")


class EmptyDocument(AccordsError):
    """The page parsed but yielded no body text: a failure, never zero rows."""

    def __init__(self, url: str, reason: str = "no body paragraphs found"):
        super().__init__(url, "extract", reason)


class ParseError(AccordsError):
    def __init__(self, url: str, reason: str):
        super().__init__(url, "extract", reason)
