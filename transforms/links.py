"""Relations between documents of a family (core.document_links).

translation_of: same page in another language (language toggle link, same
node, or same publisher/date/type in another language), from the translation
to the English (else the earliest) version. release_of / readout_of: a news
release or readout of the same visit, to the anchor statement. follows_up: a
later joint statement of overlapping parties, to the latest earlier one. links_to:
any other link between known documents.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

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


def _candidate_pairs(docs: list[dict], linked: set[tuple[str, str]], cfg: dict) -> set[tuple[str, str]]:
    """Ordered pairs that can hold a translation, release or readout relation: pages
    sharing a node, a link, or publisher+type+date, and non-anchors published within
    the release window of an anchor. Indexed, so the cost grows with the pairs, not N²."""
    groups: dict[tuple, list[str]] = {}
    for d in docs:
        if _node(d["url"]):
            groups.setdefault(("node", _node(d["url"])), []).append(d["doc_id"])
        if d["published_on"] is not None:
            groups.setdefault(("day", d["publisher"], d["doc_type"], d["published_on"]), []).append(d["doc_id"])
    pairs = {(a, b) for ids in groups.values() for a in ids for b in ids if a != b}
    pairs |= linked | {(b, a) for a, b in linked}
    anchors_on: dict[date, list[str]] = {}
    for d in docs:
        if d["doc_type"] in cfg["anchor_types"] and d["published_on"] is not None:
            anchors_on.setdefault(d["published_on"], []).append(d["doc_id"])
    window = max(cfg["release_window_days"], cfg["readout_window_days"])
    for a in docs:
        if a["doc_type"] in cfg["anchor_types"] or a["published_on"] is None:
            continue
        for k in range(-window, window + 1):
            for b in anchors_on.get(a["published_on"] + timedelta(days=k), ()):
                pairs.add((a["doc_id"], b))
    return pairs


def _follows_up(anchors: list[dict], window: int) -> set[tuple[str, str, str]]:
    """Each joint statement follows up the latest earlier one (beyond the release window)
    in the same language with a party in common."""
    out = set()
    dated = sorted((d for d in anchors if d["published_on"]), key=lambda d: (d["published_on"], d["doc_id"]))
    for i, a in enumerate(dated):
        parties = set(a.get("parties") or [])
        found = None
        for b in reversed(dated[:i]):
            if found is not None and b["published_on"] < found:
                break
            if (b["language"] == a["language"] and parties & set(b.get("parties") or [])
                    and _days(a["published_on"], b["published_on"]) > window):
                found = b["published_on"]
                out.add((a["doc_id"], b["doc_id"], "follows_up"))
    return out


def document_links(docs: list[dict], hrefs: list[dict]) -> list[dict]:
    cfg = load("relations")
    by_url = {normalize_url(d["url"]): d["doc_id"] for d in docs}
    by_id = {d["doc_id"]: d for d in docs}
    linked = set()
    for h in hrefs:
        target = by_url.get(normalize_url(h["href"]))
        if target and target != h["doc_id"]:
            linked.add((h["doc_id"], target))
    out: set[tuple[str, str, str]] = set()
    for a_id, b_id in sorted(_candidate_pairs(docs, linked, cfg)):
        a, b = by_id[a_id], by_id[b_id]
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
    anchors = [d for d in docs if d["doc_type"] in cfg["anchor_types"]]
    out |= _follows_up(anchors, cfg["release_window_days"])
    related = {(f, t) for f, t, _ in out}
    for f, t in linked:
        if (f, t) not in related:
            out.add((f, t, "links_to"))
    return [{"from_doc_id": f, "to_doc_id": t, "relation": r} for f, t, r in sorted(out)]
