"""Relations between documents of a family (core.document_links).

translation_of: same page in another language (language toggle link, same
node, or same publisher/date/type in another language), from the translation
to the English (else the earliest) version. release_of / readout_of: a news
release or readout of the same visit, to the anchor statement. follows_up: a
later joint statement of overlapping parties, to the earlier one. links_to:
any other link between known documents.
"""
from __future__ import annotations

import re
from datetime import date

from extractors.snapshot_transport import normalize_url
from transforms.vocab import load

_NODE = re.compile(r"/node/(\d+)")


def _days(a: date | None, b: date | None) -> int | None:
    if a is None or b is None:
        return None
    return abs((a - b).days)


def _node(url: str) -> str | None:
    m = _NODE.search(url)
    return m.group(1) if m else None


def _same_page(a: dict, b: dict, linked: set[tuple[str, str]]) -> bool:
    if a["language"] == b["language"]:
        return False
    if _node(a["url"]) and _node(a["url"]) == _node(b["url"]):
        return True
    if (a["doc_id"], b["doc_id"]) in linked or (b["doc_id"], a["doc_id"]) in linked:
        return True
    return (a["publisher"] == b["publisher"] and a["doc_type"] == b["doc_type"]
            and a["published_on"] is not None and a["published_on"] == b["published_on"])


def document_links(docs: list[dict], hrefs: list[dict]) -> list[dict]:
    cfg = load("relations")
    by_url = {normalize_url(d["url"]): d["doc_id"] for d in docs}
    linked = set()
    for h in hrefs:
        target = by_url.get(normalize_url(h["href"]))
        if target and target != h["doc_id"]:
            linked.add((h["doc_id"], target))
    out: set[tuple[str, str, str]] = set()
    ordered = sorted(docs, key=lambda d: d["doc_id"])
    for a in ordered:
        for b in ordered:
            if a is b:
                continue
            # translation: from the non-English (or later-listed) version to the original
            if _same_page(a, b, linked) and (b["language"] == "en" or (a["language"] != "en" and a["doc_id"] > b["doc_id"])):
                out.add((a["doc_id"], b["doc_id"], "translation_of"))
                continue
            if b["doc_type"] not in cfg["anchor_types"] or a["doc_type"] in cfg["anchor_types"]:
                continue
            gap = _days(a["published_on"], b["published_on"])
            if gap is None or a["language"] != b["language"] and (a["doc_id"], b["doc_id"]) not in linked:
                continue
            if a["doc_type"] in cfg["readout_types"] and gap <= cfg["readout_window_days"]:
                out.add((a["doc_id"], b["doc_id"], "readout_of"))
            elif a["doc_type"] in cfg["release_types"] + cfg["statement_types"] and gap <= cfg["release_window_days"]:
                out.add((a["doc_id"], b["doc_id"], "release_of"))
    anchors = [d for d in ordered if d["doc_type"] in cfg["anchor_types"]]
    for a in anchors:
        for b in anchors:
            if (a["published_on"] and b["published_on"] and a["published_on"] > b["published_on"]
                    and a["language"] == b["language"] and set(a.get("parties") or []) & set(b.get("parties") or [])
                    and _days(a["published_on"], b["published_on"]) > cfg["release_window_days"]):
                out.add((a["doc_id"], b["doc_id"], "follows_up"))
    related = {(f, t) for f, t, _ in out}
    for f, t in linked:
        if (f, t) not in related:
            out.add((f, t, "links_to"))
    return [{"from_doc_id": f, "to_doc_id": t, "relation": r} for f, t, r in sorted(out)]
