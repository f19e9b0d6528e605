from __future__ import annotations

import json

import pytest

from extractors.archive import RawArchive, sha256_hex
from extractors.errors import AccordsError
from extractors.http import Fetcher, build_session
from extractors.snapshot_transport import SnapshotTransport, normalize_url
from extractors.sources import load_registry


def test_archive_is_content_addressed_and_keeps_history(tmp_path):
    arc = RawArchive(tmp_path / "raw")
    e1 = arc.put("https://x.gc.ca/a", b"one", content_type="text/html", etag='"1"', last_modified=None,
                 fetched_at="2023-05-17T00:00:00+00:00")
    again = arc.put("https://x.gc.ca/a", b"one", content_type="text/html", etag='"1"', last_modified=None,
                    fetched_at="2023-05-18T00:00:00+00:00")
    e2 = arc.put("https://x.gc.ca/a", b"two", content_type="text/html", etag='"2"', last_modified=None,
                 fetched_at="2023-05-19T00:00:00+00:00")
    assert e1.content_sha256 == sha256_hex(b"one") and again == e1
    assert arc.get(e1.content_sha256) == b"one" and arc.get(e2.content_sha256) == b"two"
    assert [h.content_sha256 for h in arc.history("https://x.gc.ca/a")] == [e1.content_sha256, e2.content_sha256]
    assert RawArchive(tmp_path / "raw").latest()["https://x.gc.ca/a"].content_sha256 == e2.content_sha256


def _snapshots(tmp_path, body=b"<html><body><p>x</p></body></html>"):
    root = tmp_path / "snap"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "a.html").write_bytes(body)
    manifest = [{"url": "https://www.pm.gc.ca/en/a/", "path": "pages/a.html", "content_type": "text/html; charset=utf-8",
                 "etag": '"abc"', "last_modified": "Wed, 17 May 2023 12:00:00 GMT"}]
    (root / "manifest.json").write_text(json.dumps(manifest))
    return root


def test_snapshot_transport_serves_through_the_same_fetcher(tmp_path):
    root = _snapshots(tmp_path)
    f = Fetcher(build_session("t", SnapshotTransport(root)), frozenset({"www.pm.gc.ca"}), per_host_interval=0)
    res = f.fetch("https://www.pm.gc.ca/en/a")
    assert res.ok and res.etag == '"abc"' and b"<p>x</p>" in res.content
    res304 = f.fetch("https://www.pm.gc.ca/en/a", etag='"abc"')
    assert res304.not_modified
    missing = f.fetch("https://www.pm.gc.ca/en/missing")
    assert missing.status == 404 and missing.error == "HTTP 404"


def test_normalize_url():
    assert normalize_url("HTTPS://WWW.PM.GC.CA/en/a/#top") == "https://www.pm.gc.ca/en/a"


def test_registry_loads_and_rejects_unknown_publisher(tmp_path):
    reg = load_registry("sources.toml")
    assert reg.documents[0].url.startswith("https://www.pm.gc.ca/en/news/statements/2023/05/17/")
    assert "www.pm.gc.ca" in reg.allowed_domains
    bad = tmp_path / "s.toml"
    bad.write_text('[[publishers]]\nid="a"\nname="A"\ncountry="CAN"\ndomains=["a.ca"]\n'
                   '[[documents]]\nurl="https://a.ca/x"\npublisher="zzz"\n')
    with pytest.raises(AccordsError, match="unknown publisher 'zzz'"):
        load_registry(bad)
    with pytest.raises(AccordsError, match=r"\[config\].*not found"):
        load_registry(tmp_path / "absent.toml")
    assert reg.settings.warehouse_memory_limit == "256MB"
    limit = tmp_path / "limit.toml"
    limit.write_text('[settings]\nwarehouse_memory_limit = "a lot"\n' + bad.read_text().replace('"zzz"', '"a"'))
    assert load_registry(limit).settings.warehouse_memory_limit == "a lot"  # extractors/ does not judge it
    from flows.config import load_checked_registry

    with pytest.raises(AccordsError, match=r"\[config\].*warehouse_memory_limit: not a memory size: 'a lot'"):
        load_checked_registry(limit)


def test_snapshot_session_ignores_proxy_settings_of_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens there
    root = _snapshots(tmp_path)
    session = build_session("t", SnapshotTransport(root))
    assert session.trust_env is False
    assert Fetcher(session, frozenset({"www.pm.gc.ca"}), per_host_interval=0).fetch("https://www.pm.gc.ca/en/a").ok
    assert build_session("t").trust_env is True  # a live session still honours proxies
