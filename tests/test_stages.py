"""Plain-function stages of the flow (no Prefect): skipping already published bytes."""
from __future__ import annotations

from extractors.archive import ArchiveEntry
from extractors.sources import Source
from flows.stages import Fetched, Tally, chunked, drop_unchanged


def _item(url: str, sha: str | None) -> Fetched:
    entry = None if sha is None else ArchiveEntry(url, sha, "text/html", None, None, "2026-01-01T00:00:00+00:00", 10)
    return Fetched(Source(url, "pmgcca", "joint_statement"), entry, fresh=True)


def test_drop_unchanged_counts_published_bytes_and_keeps_the_rest():
    published = {"https://www.pm.gc.ca/en/a": {"content_sha256": "aaa", "version": 1, "rules_sha256": "r1"},
                 "https://www.pm.gc.ca/en/b": {"content_sha256": "old", "version": 1, "rules_sha256": "r1"}}
    items = [_item("https://www.pm.gc.ca/en/a/", "aaa"),  # same bytes (url normalised)
             _item("https://www.pm.gc.ca/en/b", "new"),   # changed bytes
             _item("https://www.pm.gc.ca/en/c", "ccc"),   # never published
             _item("https://www.pm.gc.ca/en/d", None)]    # nothing archived: the stage reports it
    tally = Tally()
    todo = drop_unchanged(items, published, tally, rules="r1")
    assert [i.source.url.rsplit("/", 1)[-1] for i in todo] == ["b", "c", "d"]
    assert (tally.seen, tally.unchanged, tally.reextracted) == (1, 1, 0)
    assert tally.processed == {"https://www.pm.gc.ca/en/a/"}


def test_drop_unchanged_keeps_pages_published_under_other_or_unknown_rules():
    published = {"https://www.pm.gc.ca/en/a": {"content_sha256": "aaa", "version": 1, "rules_sha256": "r1"},
                 "https://www.pm.gc.ca/en/b": {"content_sha256": "bbb", "version": 1, "rules_sha256": None}}
    items = [_item("https://www.pm.gc.ca/en/a", "aaa"), _item("https://www.pm.gc.ca/en/b", "bbb")]
    tally = Tally()
    todo = drop_unchanged(items, published, tally, rules="r2")
    assert [i.source.url.rsplit("/", 1)[-1] for i in todo] == ["a", "b"]
    assert (tally.seen, tally.unchanged, tally.reextracted) == (0, 0, 2)


def test_chunked_keeps_order_and_never_makes_empty_batches():
    assert chunked(list(range(5)), 2) == [[0, 1], [2, 3], [4]]
    assert chunked([], 250) == []
    assert chunked([1], 0) == [[1]]


def test_derive_reads_and_rebuilds_nothing_when_no_document_changed(monkeypatch, tmp_path):
    import flows.derive as derive
    from warehouse.publish import Batch

    def must_not_read(*args, **kwargs):
        raise AssertionError("a no-change run read the warehouse to derive global tables")

    monkeypatch.setattr(derive, "document_state", must_not_read)
    monkeypatch.setattr(derive, "table_rows", must_not_read)
    batch = Batch()
    derive.derive_globals(batch, [], tmp_path / "accords.duckdb")
    assert batch.global_rows == {}
    assert "core.organization_mentions" not in batch.rows


def test_batches_get_publishers_and_settings_not_every_document(tmp_path):
    import pickle

    from extractors.archive import RawArchive
    from extractors.sources import Publisher, Registry, Settings
    from flows.stages import for_batches

    pub = Publisher(id="pm", name="PM", country="CAN", domains=("pm.gc.ca",), adapter="pmgcca")
    docs = tuple(Source(url=f"https://pm.gc.ca/en/{i}", publisher="pm", doc_type="statement") for i in range(2000))
    registry = Registry(publishers=(pub,), documents=docs, settings=Settings(batch_size=7))
    archive = RawArchive(tmp_path)
    archive.put("https://pm.gc.ca/en/0", b"<p>x</p>", content_type=None, etag=None, last_modified=None,
                fetched_at="2026-01-01T00:00:00Z")
    slim_registry, slim_archive = for_batches(registry, archive)
    assert slim_registry.publisher("pm") == pub and slim_registry.settings.batch_size == 7
    assert slim_registry.documents == () and slim_archive.root == archive.root
    assert slim_archive.get(archive.latest()["https://pm.gc.ca/en/0"].content_sha256) == b"<p>x</p>"
    assert len(pickle.dumps(slim_registry)) * 100 < len(pickle.dumps(registry))
