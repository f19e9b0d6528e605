"""The precomputed band of transforms/alignment.py (cells, beads, their kinds) matches
its definition, and the one-pass document frequencies of anchor_evidence the per-token ones."""
from __future__ import annotations

import math

import pytest

from transforms.alignment import _BEADS, _topology
from transforms.alignment_cues import AnchorWeight, anchor_evidence, paragraph_cues, settings


def _reference_band(n: int, m: int):
    dec = settings()["decoding"]
    width = min(dec["band_max"], dec["band_min"] + int(dec["band_per_paragraph"] * max(n, m)))
    lo, hi = min(0, n - m) - width, max(0, n - m) + width
    cells = [(i, j) for i in range(n + 1) for j in range(max(0, i - hi), min(m, i - lo) + 1)]
    edges = {}
    for i, j in cells[1:]:
        for di, dj in _BEADS:
            pi, pj = i - di, j - dj
            if pi < 0 or pj < 0 or pj > m or pj < pi - hi or pj > pi - lo:
                continue
            if (di == 0 and i in (0, n)) or (dj == 0 and j in (0, m)):
                kind = "end_gap"
            elif di == 0 or dj == 0:
                kind = "prior"
            else:
                kind = "full"
            edges.setdefault((i, j), []).append(((pi, pj), (di, dj), kind))
    return cells, edges


@pytest.mark.parametrize("n, m", [(1, 1), (1, 5), (5, 1), (3, 40), (25, 24), (60, 58), (0, 3), (2, 0)])
def test_topology_is_the_band(n, m):
    cells, pred, shape, offsets, preds, outgoing, fixed, full, prior, temperature = _topology(n, m)
    ref_cells, ref_edges = _reference_band(n, m)
    assert cells == ref_cells
    kinds = {e: "fixed" for e, _ in fixed} | {e: "full" for e, *_ in full}
    edges = {}
    for c, (o0, o1) in enumerate(offsets):
        assert preds[c] == pred[o0:o1]
        for e in range(o0, o1):
            edges.setdefault(cells[c], []).append((cells[pred[e]], _BEADS[shape[e]], kinds[e]))
    assert edges == {cell: [(p, s, "fixed" if k != "full" else k) for p, s, k in es] for cell, es in ref_edges.items()}
    end_gap = math.log(settings()["beads"]["end_gap"]) / temperature
    for e, score in fixed:
        kind = next(k for p, s, k in ref_edges[cells[next(c for c, (o0, o1) in enumerate(offsets) if o0 <= e < o1)]]
                    if p == cells[pred[e]])
        assert score == (end_gap if kind == "end_gap" else prior[shape[e]] / temperature)
    # outgoing edges in order of their end cell, as the backward pass sums them
    for c, out in enumerate(outgoing):
        assert [d for d, _ in out] == sorted(d for d, _ in out)
        assert all(pred[e] == c for _, e in out)


def test_anchor_evidence_counts_paragraphs_once():
    a = [paragraph_cues(t) for t in ["NATO and Canada in 2023.", "Canada: G7 (EU).", "Seoul, 12,000 people."]]
    b = [paragraph_cues(t) for t in ["L'OTAN et le Canada en 2023.", "Canada : G7 (UE).", "Séoul"]]
    cfg = settings()["anchors"]
    p, q_floor, punct_w = cfg["p_match"], cfg["q_floor"], cfg["punctuation_weight"]
    shared = set().union(*(c.anchors for c in a)) & set().union(*(c.anchors for c in b))
    expected = {}
    for token in sorted(shared):
        df_a = sum(token in c.anchors for c in a) / len(a)
        df_b = sum(token in c.anchors for c in b) / len(b)
        q = min(max((df_a + df_b) / 2, q_floor), 1 - q_floor)
        scale = punct_w if token.startswith("¶") else 1.0
        expected[token] = AnchorWeight(scale * max(0.0, math.log(p / q)), scale * min(0.0, math.log((1 - p) / (1 - q))))
    got = anchor_evidence(a, b)
    assert got == expected and list(got) == list(expected)
    assert {"canada", "2023", "g7", "seoul"} <= got.keys()
