"""Polite, bounded HTTP fetching on one ``requests.Session``.

The transport under the session is swappable: the default serves the bundled
snapshots, ``--live`` uses the real sites. Everything else (allow-list,
robots.txt, per-host rate limit, retries with backoff and Retry-After,
conditional GET, timeouts, size cap) is the same code either way.
"""
from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable
from urllib.parse import urlsplit

import requests

from extractors.archive import sha256_hex

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchResult:
    """One HTTP attempt; ``content`` is None unless a body was received (status 200)."""

    url: str
    final_url: str | None
    status: int | None
    etag: str | None
    last_modified: str | None
    content_sha256: str | None
    bytes: int | None
    fetched_at: str
    error: str | None
    content_type: str | None = None
    content: bytes | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.content is not None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def build_session(user_agent: str, transport: requests.adapters.BaseAdapter | None = None) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = user_agent
    session.headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    if transport is not None:
        session.mount("http://", transport)
        session.mount("https://", transport)
        # a mounted transport (the snapshots) never goes through a proxy: do not read the
        # proxy and certificate settings of the environment again for every request
        session.trust_env = False
    return session


def retry_after_seconds(value: str | None, default: float) -> float:
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class Fetcher:
    def __init__(self, session: requests.Session, allowed_domains: frozenset[str], *, timeout: float = 20.0,
                 max_bytes: int = 5_000_000, retries: int = 3, per_host_interval: float = 1.0,
                 backoff: float = 1.0, max_wait: float = 60.0, respect_robots: bool = True,
                 sleep: Callable[[float], None] = time.sleep, monotonic: Callable[[], float] = time.monotonic):
        self.session = session
        self.allowed = allowed_domains
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.interval = per_host_interval
        self.backoff = backoff
        self.max_wait = max_wait
        self.respect_robots = respect_robots
        self.sleep = sleep
        self.monotonic = monotonic
        self._last_hit: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.attempts: list[FetchResult] = []

    # -- policy -----------------------------------------------------------
    def is_allowed_domain(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed)

    def _throttle(self, host: str) -> None:
        last = self._last_hit.get(host)
        if last is not None:
            wait = self.interval - (self.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_hit[host] = self.monotonic()

    def _robots_allows(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            parser = None
            try:
                resp = self.session.get(base + "/robots.txt", timeout=self.timeout)
                if resp.status_code == 200:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(resp.text.splitlines())
            except requests.RequestException:
                parser = None  # unreachable robots.txt: treat as no rules
            self._robots[base] = parser
        parser = self._robots[base]
        ua = self.session.headers.get("User-Agent", "*")
        return parser is None or parser.can_fetch(ua, url)

    # -- fetching ---------------------------------------------------------
    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """Fetch one url; never raises for HTTP/network trouble: the result carries ``error``."""
        if not self.is_allowed_domain(url):
            return self._record(url, error="domain not in the allow-list")
        if not self._robots_allows(url):
            return self._record(url, error="disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = (urlsplit(url).hostname or "").lower()
        result: FetchResult | None = None
        for attempt in range(self.retries + 1):
            self._throttle(host)
            result, wait = self._attempt(url, headers, attempt)
            if wait is None:
                return result
            self.sleep(min(wait, self.max_wait))
        assert result is not None
        return result

    def _attempt(self, url: str, headers: dict, attempt: int) -> tuple[FetchResult, float | None]:
        """One request. Returns the result and, when it should be retried, how long to wait."""
        backoff = self.backoff * (2 ** attempt)
        last_try = attempt >= self.retries
        try:
            resp = self.session.get(url, headers=headers, timeout=self.timeout, stream=True, allow_redirects=True)
        except requests.RequestException as exc:
            res = self._record(url, error=f"{type(exc).__name__}: {exc}")
            return res, (None if last_try else backoff)
        try:
            final_host_ok = self.is_allowed_domain(resp.url)
            common = dict(final_url=resp.url, status=resp.status_code, etag=resp.headers.get("ETag"),
                          last_modified=resp.headers.get("Last-Modified"),
                          content_type=resp.headers.get("Content-Type"))
            if not final_host_ok:
                return self._record(url, **common, error="redirected outside the allow-list"), None
            if resp.status_code == 304:
                return self._record(url, **common), None
            if resp.status_code in RETRY_STATUSES:
                wait = retry_after_seconds(resp.headers.get("Retry-After"), backoff)
                res = self._record(url, **common, error=f"HTTP {resp.status_code}")
                return res, (None if last_try else wait)
            if resp.status_code != 200:
                return self._record(url, **common, error=f"HTTP {resp.status_code}"), None
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                return self._record(url, **common, error=f"body of {declared} bytes exceeds cap {self.max_bytes}"), None
            body = bytearray()
            for chunk in resp.iter_content(64 * 1024):
                body.extend(chunk)
                if len(body) > self.max_bytes:
                    return self._record(url, **common, error=f"body exceeds cap {self.max_bytes} bytes"), None
            content = bytes(body)
            return self._record(url, **common, content=content), None
        except requests.RequestException as exc:
            res = self._record(url, error=f"{type(exc).__name__}: {exc}")
            return res, (None if last_try else backoff)
        finally:
            resp.close()

    def _record(self, url: str, *, final_url=None, status=None, etag=None, last_modified=None,
                content_type=None, content: bytes | None = None, error: str | None = None) -> FetchResult:
        result = FetchResult(
            url=url, final_url=final_url, status=status, etag=etag, last_modified=last_modified,
            content_sha256=sha256_hex(content) if content is not None else None,
            bytes=len(content) if content is not None else None, fetched_at=_now(), error=error,
            content_type=content_type, content=content,
        )
        # the log of attempts (raw.fetches rows) keeps no body: a run fetches thousands of pages
        self.attempts.append(replace(result, content=None) if content is not None else result)
        return result
