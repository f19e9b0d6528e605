from __future__ import annotations

import dataclasses

from extractors.http import Fetcher, build_session, retry_after_seconds
from tests.httpserver import Scripted

PAGE = b"<html><body><p>hello</p></body></html>"


def make_fetcher(**kw) -> tuple[Fetcher, list[float]]:
    waits: list[float] = []
    defaults = dict(timeout=5, retries=2, per_host_interval=0.0, backoff=0.01, sleep=waits.append)
    defaults.update(kw)
    return Fetcher(build_session("accords-test"), frozenset({"127.0.0.1"}), **defaults), waits


def test_fetch_ok_records_validators_and_hash():
    with Scripted({"/a": [(200, {"ETag": '"v1"', "Last-Modified": "Wed, 17 May 2023 12:00:00 GMT"}, PAGE)]}) as srv:
        f, _ = make_fetcher()
        res = f.fetch(srv.base + "/a")
    assert res.ok and res.content == PAGE
    assert res.etag == '"v1"' and res.last_modified.startswith("Wed, 17 May 2023")
    assert res.bytes == len(PAGE) and len(res.content_sha256) == 64
    assert f.attempts == [dataclasses.replace(res, content=None)]  # the log keeps no page bodies
    assert f.attempts[0].content_sha256 == res.content_sha256 and f.attempts[0].bytes == len(PAGE)


def test_retries_on_503_honouring_retry_after_then_succeeds():
    script = [(503, {"Retry-After": "7"}, b"busy"), (200, {}, PAGE)]
    with Scripted({"/a": script}) as srv:
        f, waits = make_fetcher()
        res = f.fetch(srv.base + "/a")
    assert res.ok
    assert 7.0 in waits
    assert [a.status for a in f.attempts] == [503, 200]


def test_gives_up_after_retries_with_error():
    with Scripted({"/a": [(500, {}, b"no")]}) as srv:
        f, _ = make_fetcher(retries=2)
        res = f.fetch(srv.base + "/a")
    assert not res.ok and res.error == "HTTP 500"
    assert len(f.attempts) == 3


def test_conditional_get_sends_validators_and_accepts_304():
    with Scripted({"/a": [(304, {"ETag": '"v1"'}, b"")]}) as srv:
        f, _ = make_fetcher()
        res = f.fetch(srv.base + "/a", etag='"v1"', last_modified="Wed, 17 May 2023 12:00:00 GMT")
        sent = srv.requests[-1][1]
    assert res.not_modified and res.content is None
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"].startswith("Wed, 17 May 2023")


def test_size_cap_refuses_large_bodies():
    with Scripted({"/big": [(200, {}, b"x" * 5000)]}) as srv:
        f, _ = make_fetcher(max_bytes=1000)
        res = f.fetch(srv.base + "/big")
    assert not res.ok and "exceeds cap" in res.error


def test_domain_allow_list_blocks_other_hosts_without_a_request():
    f, _ = make_fetcher()
    res = f.fetch("https://example.org/page")
    assert res.error == "domain not in the allow-list" and res.status is None


def test_robots_txt_is_respected():
    robots = b"User-agent: *\nDisallow: /private\n"
    with Scripted({"/robots.txt": [(200, {}, robots)], "/private/x": [(200, {}, PAGE)]}) as srv:
        f, _ = make_fetcher(respect_robots=True)
        res = f.fetch(srv.base + "/private/x")
        paths = [p for p, _ in srv.requests]
    assert res.error == "disallowed by robots.txt"
    assert "/private/x" not in paths


def test_per_host_rate_limit_waits_between_requests():
    clock = iter([0.0, 0.2, 0.2, 0.2, 0.2])
    with Scripted({"/a": [(200, {}, PAGE)]}) as srv:
        f, waits = make_fetcher(per_host_interval=1.0, monotonic=lambda: next(clock))
        f.fetch(srv.base + "/a")
        f.fetch(srv.base + "/a")
    assert any(abs(w - 0.8) < 1e-6 for w in waits)


def test_connection_refused_is_an_error_not_an_exception():
    f, _ = make_fetcher(retries=1)
    res = f.fetch("http://127.0.0.1:9/nothing")
    assert res.error and "ConnectionError" in res.error


def test_retry_after_parsing():
    assert retry_after_seconds("12", 1.0) == 12.0
    assert retry_after_seconds(None, 3.0) == 3.0
    assert retry_after_seconds("garbage", 2.0) == 2.0
