"""The extraction rules' fingerprint and the skip of unchanged pages that depends on it."""
from __future__ import annotations

import duckdb

from transforms.rules import RULE_DIRS, fingerprint, rules_sha256
from transforms.versioning import RULES_CHANGED, UNCHANGED, content_status
from warehouse.read import document_state


def _tree(tmp_path):
    root = tmp_path / "transforms"
    (root / "vocab").mkdir(parents=True)
    (root / "__pycache__").mkdir()
    (root / "classify.py").write_text("RULE = 1\n")
    (root / "vocab" / "cues.toml").write_text("will = 'firm'\n")
    (root / "__pycache__" / "classify.cpython-311.pyc").write_bytes(b"\x00compiled")
    return root


def test_fingerprint_follows_every_rule_file_and_nothing_else(tmp_path):
    root = _tree(tmp_path)
    first = fingerprint([root])
    assert len(first) == 64 and fingerprint([root]) == first
    (root / "__pycache__" / "classify.cpython-311.pyc").write_bytes(b"\x00recompiled")
    assert fingerprint([root]) == first  # bytecode is not a rule
    (root / "vocab" / "cues.toml").write_text("will = 'soft'\n")
    edited = fingerprint([root])
    assert edited != first
    (root / "vocab" / "cues.toml").rename(root / "vocab" / "other.toml")
    assert fingerprint([root]) not in (first, edited)  # a file's name is part of it


def test_this_installation_fingerprints_extractors_and_transforms():
    assert [d.name for d in RULE_DIRS] == ["extractors", "transforms"]
    assert rules_sha256() == fingerprint(RULE_DIRS)


def test_content_status_needs_the_same_bytes_and_the_same_rules():
    published = {"content_sha256": "b1", "rules_sha256": "r1"}
    assert content_status(published, "b1", "r1") == UNCHANGED
    assert content_status(published, "b1", "r2") == RULES_CHANGED
    assert content_status({"content_sha256": "b1", "rules_sha256": None}, "b1", "r1") == RULES_CHANGED
    assert content_status(published, "b2", "r1") is None
    assert content_status(None, "b1", "r1") is None


def test_document_state_of_a_warehouse_made_before_the_rules_column(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("create schema core")
    con.execute("create table core.documents (doc_id varchar, url varchar, content_sha256 varchar, "
                "text_sha256 varchar, version integer)")
    con.execute("insert into core.documents values ('d1', 'https://a.example/1', 's1', 't1', 2)")
    con.close()
    assert document_state(db) == {"d1": {"url": "https://a.example/1", "content_sha256": "s1", "text_sha256": "t1",
                                         "version": 2, "rules_sha256": None}}
