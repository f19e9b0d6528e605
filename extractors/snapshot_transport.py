"""A requests transport that serves ``snapshots/`` instead of the web.

Mounted under the same ``requests.Session`` the live run uses, so offline runs
exercise the very same fetch code (headers, conditional GET, size cap, errors).
"""
from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict


def normalize_url(url: str) -> str:
    """Scheme/host lower-cased, no fragment, no trailing slash (except the root)."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), (parts.hostname or "").lower(), path, parts.query, ""))


class SnapshotTransport(BaseAdapter):
    """Serves manifest entries by url; 404 for anything else (robots.txt included)."""

    def __init__(self, root: str | Path):
        super().__init__()
        self.root = Path(root)
        manifest = json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))
        self.entries = {normalize_url(e["url"]): e for e in manifest}

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        entry = self.entries.get(normalize_url(request.url))
        headers = CaseInsensitiveDict()
        if entry is None:
            return self._response(request, 404, b"not in snapshots", headers)
        body = (self.root / entry["path"]).read_bytes()
        headers["Content-Type"] = entry.get("content_type") or "text/html; charset=utf-8"
        if entry.get("etag"):
            headers["ETag"] = entry["etag"]
        if entry.get("last_modified"):
            headers["Last-Modified"] = entry["last_modified"]
        inm = request.headers.get("If-None-Match")
        ims = request.headers.get("If-Modified-Since")
        if (inm and entry.get("etag") and inm == entry["etag"]) or (
            not inm and ims and entry.get("last_modified") and ims == entry["last_modified"]
        ):
            return self._response(request, 304, b"", headers)
        headers["Content-Length"] = str(len(body))
        return self._response(request, 200, body, headers)

    @staticmethod
    def _response(request, status: int, body: bytes, headers) -> requests.Response:
        resp = requests.Response()
        resp.status_code = status
        resp.headers = headers
        resp.raw = BytesIO(body)
        resp.url = request.url
        resp.request = request
        resp.reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}.get(status, "")
        resp.encoding = requests.utils.get_encoding_from_headers(headers)
        return resp

    def close(self) -> None:  # nothing to release
        pass
