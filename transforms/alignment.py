"""Paragraph alignment of a translation with its original (core.paragraph_alignments).

Gale–Church-style dynamic programming over monotone beads 1-1, 1-0, 0-1, 2-1
and 1-2, scored with language-independent cues (transforms/alignment_cues.py):

- length: log(len_b / (r * len_a)) is normal around 0, where r, the length
  ratio of the two languages, is estimated from the texts themselves (a first
  pass with a loose spread, then the median ratio of its confident 1-1 beads);
- anchors: numbers, cased tokens and punctuation present in both documents,
  as log-likelihood ratios (matching is evidence for a bead, missing against).

The score of a pair is the posterior probability of its bead (forward–backward
over the same lattice), so it is a confidence, not a similarity. The decoded
path is the Viterbi one; pairs whose bead posterior is below the threshold are
left out. The lattice is a band around the two diagonals anchored at the start
and at the end, so a copy truncated at either end still aligns; its cost is
O(min(n, m) * (|n - m| + w)) with the margin w capped (vocab/alignment.toml).

A last paragraph that ends without terminal punctuation (a truncated copy) may
be shorter than its counterpart, and the anchors it lacks are not held against
it; skipping paragraphs once the other side is used up is nearly free.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import accumulate
from statistics import median

from transforms.alignment_cues import ParaCues, anchor_evidence, paragraph_cues, settings

_BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
_NEG = float("-inf")


def _logsumexp(values: list[float]) -> float:
    top = max(values, default=_NEG)
    if top == _NEG:
        return _NEG
    exp = math.exp
    return top + math.log(sum([exp(v - top) for v in values]))


class _Evidence:
    """Anchor log-likelihood of a bead, which depends only on the spans it covers
    (computed once, shared by both passes)."""

    def __init__(self, a: list[ParaCues], b: list[ParaCues]) -> None:
        weights = anchor_evidence(a, b)
        self.match = {t: w.match for t, w in weights.items()}
        self.miss = {t: w.miss for t, w in weights.items()}
        self.a = [p.anchors & weights.keys() for p in a]
        self.b = [p.anchors & weights.keys() for p in b]
        self._cache: dict[tuple[int, int, int, int], float] = {}

    def score(self, i0: int, i1: int, j0: int, j1: int, cut_a: bool, cut_b: bool) -> float:
        key = (i0, i1, j0, j1)
        if key not in self._cache:
            anchors_a = self.a[i0] if i1 - i0 == 1 else self.a[i0] | self.a[i1 - 1]
            anchors_b = self.b[j0] if j1 - j0 == 1 else self.b[j0] | self.b[j1 - 1]
            miss = self.miss  # sums in sorted order: float results do not depend on set hashing
            total = sum(self.match[t] for t in sorted(anchors_a & anchors_b))
            if not cut_a:  # anchors of b missing from a (not held against a cut a)
                total += sum(miss[t] for t in sorted(anchors_b - anchors_a))
            if not cut_b:
                total += sum(miss[t] for t in sorted(anchors_a - anchors_b))
            self._cache[key] = total
        return self._cache[key]


@dataclass
class _Lattice:
    """The banded lattice of one pass: for each cell (i, j), the beads that end there."""

    a: list[ParaCues]
    b: list[ParaCues]
    evidence: _Evidence
    ratio: float
    sigma: float

    def __post_init__(self) -> None:
        cfg = settings()
        n, m = len(self.a), len(self.b)
        dec = cfg["decoding"]
        width = min(dec["band_max"], dec["band_min"] + int(dec["band_per_paragraph"] * max(n, m)))
        lo, hi = min(0, n - m) - width, max(0, n - m) + width  # band on i - j
        self.cells = [(i, j) for i in range(n + 1) for j in range(max(0, i - hi), min(m, i - lo) + 1)]
        self.pre_a = list(accumulate((p.length for p in self.a), initial=0))
        self.pre_b = list(accumulate((p.length for p in self.b), initial=0))
        prior = {shape: math.log(cfg["beads"][f"{shape[0]}-{shape[1]}"]) for shape in _BEADS}
        end_gap, temperature = math.log(cfg["beads"]["end_gap"]), cfg["decoding"]["temperature"]
        self.spread = cfg["length"]["short_spread"]
        self.incoming: dict[tuple[int, int], list[tuple[int, int, float]]] = {}
        cut_a, cut_b = [p.cut for p in self.a], [p.cut for p in self.b]
        length, anchors = self._length, self.evidence.score
        for i, j in self.cells:
            edges = []
            for di, dj in _BEADS:
                pi, pj = i - di, j - dj  # the bead's start must be a cell of the band too
                if pi < 0 or pj < 0 or pj > m or pj < pi - hi or pj > pi - lo:
                    continue
                if (di == 0 and i in (0, n)) or (dj == 0 and j in (0, m)):
                    score = end_gap  # the other side is used up (or not begun): a truncated copy
                elif di == 0 or dj == 0:
                    score = prior[(di, dj)]
                else:
                    score = prior[(di, dj)] + length(pi, i, pj, j)
                    score += anchors(pi, i, pj, j, cut_a[i - 1], cut_b[j - 1])
                edges.append((di, dj, score / temperature))
            self.incoming[(i, j)] = edges

    def _length(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Log-density (up to a constant) of the length ratio; a cut side may be short, not long."""
        len_a, len_b = self.pre_a[i1] - self.pre_a[i0], self.pre_b[j1] - self.pre_b[j0]
        if not len_a or not len_b:
            return 0.0
        sigma = math.hypot(self.sigma, self.spread / math.sqrt(self.ratio * len_a + len_b))
        z = (math.log(len_b) - math.log(self.ratio * len_a)) / sigma
        z = min(z, 0.0) if self.a[i1 - 1].cut else z
        z = max(z, 0.0) if self.b[j1 - 1].cut else z
        return -z * z / 2


def _forward_backward_viterbi(lat: _Lattice) -> list[tuple[int, int, int, int, float]]:
    """The Viterbi path as beads (i_end, j_end, di, dj, posterior of the bead)."""
    fwd: dict[tuple[int, int], float] = {(0, 0): 0.0}
    best: dict[tuple[int, int], tuple[float, tuple[int, int, float] | None]] = {(0, 0): (0.0, None)}
    outgoing: dict[tuple[int, int], list[tuple[int, int, float]]] = {}
    for i, j in lat.cells[1:]:
        scores, top = [], (_NEG, None)
        for edge in lat.incoming[(i, j)]:  # fixed bead order and strict '>': ties break the same way
            di, dj, s = edge
            scores.append(fwd[(i - di, j - dj)] + s)
            if best[(i - di, j - dj)][0] + s > top[0]:
                top = (best[(i - di, j - dj)][0] + s, edge)
            outgoing.setdefault((i - di, j - dj), []).append((i, j, s))
        fwd[(i, j)], best[(i, j)] = _logsumexp(scores), top
    end = lat.cells[-1]
    bwd: dict[tuple[int, int], float] = {end: 0.0}
    for cell in reversed(lat.cells[:-1]):
        bwd[cell] = _logsumexp([s + bwd[(i, j)] for i, j, s in outgoing.get(cell, ())])
    path = []
    i, j = end
    while (i, j) != (0, 0):
        di, dj, s = best[(i, j)][1]
        post = math.exp(fwd[(i - di, j - dj)] + s + bwd[(i, j)] - fwd[end])
        path.append((i, j, di, dj, min(1.0, post)))
        i, j = i - di, j - dj
    return path[::-1]


def _log_likelihood(lat: _Lattice) -> float:
    """log P(a, b) summed over every path of the lattice (the forward pass alone)."""
    fwd: dict[tuple[int, int], float] = {(0, 0): 0.0}
    for i, j in lat.cells[1:]:
        fwd[(i, j)] = _logsumexp([fwd[(i - di, j - dj)] + s for di, dj, s in lat.incoming[(i, j)]])
    return fwd[lat.cells[-1]]


def _first_pass(a: list[ParaCues], b: list[ParaCues], evidence: _Evidence, sigma: float) -> _Lattice:
    """The first-pass lattice, with the length ratio of the two languages that better explains the pair, of two
    estimates scored by the likelihood of the whole pair under a loose spread: the median
    ratio of paragraph lengths (robust to a copy cut short) and the ratio of total lengths
    (robust to a copy that splits, merges or repeats short paragraphs)."""
    full_a = [p.length for p in a if not p.cut and p.length] or [p.length or 1 for p in a]
    full_b = [p.length for p in b if not p.cut and p.length] or [p.length or 1 for p in b]
    candidates = sorted({median(full_b) / median(full_a), sum(full_b) / sum(full_a)})
    lattices = [_Lattice(a, b, evidence, r, sigma) for r in candidates]
    if len(lattices) == 1:
        return lattices[0]
    return max(lattices, key=lambda lat: (_log_likelihood(lat), -abs(math.log(lat.ratio))))


def _refined_ratio(path, a: list[ParaCues], b: list[ParaCues], fallback: float) -> float:
    min_post = settings()["length"]["ratio_min_posterior"]
    logs = [math.log(b[j - 1].length / a[i - 1].length) for i, j, di, dj, post in path
            if (di, dj) == (1, 1) and post >= min_post and not a[i - 1].cut and not b[j - 1].cut
            and a[i - 1].length and b[j - 1].length]
    return math.exp(median(logs)) if logs else fallback


def align_paragraphs(a: list[str], b: list[str]) -> list[tuple[int, int, float]]:
    """Align paragraphs ``a`` (a translation) with ``b`` (its original).

    Returns sorted 1-based (a_paragraph_no, b_paragraph_no, score) with score the
    posterior probability of the pair's bead, in [0, 1]; a 2-1 bead gives two
    pairs sharing the b paragraph, a 1-2 bead two sharing the a paragraph;
    paragraphs left out (1-0, 0-1) or below the threshold give no pair.
    """
    if not a or not b:
        return []
    cues_a = [paragraph_cues(t, last=k == len(a) - 1) for k, t in enumerate(a)]
    cues_b = [paragraph_cues(t, last=k == len(b) - 1) for k, t in enumerate(b)]
    evidence = _Evidence(cues_a, cues_b)
    cfg = settings()
    lattice = _first_pass(cues_a, cues_b, evidence, cfg["length"]["first_pass_sigma"])
    first = _forward_backward_viterbi(lattice)
    ratio = _refined_ratio(first, cues_a, cues_b, lattice.ratio)
    path = _forward_backward_viterbi(_Lattice(cues_a, cues_b, evidence, ratio, cfg["length"]["sigma"]))
    threshold = cfg["decoding"]["threshold"]
    pairs = [(i - da, j - db, round(post, 4))
             for i, j, di, dj, post in path if di and dj and post >= threshold
             for da in range(di) for db in range(dj)]
    return sorted(pairs)


def alignment_rows(doc_a_id: str, paras_a: list[str], doc_b_id: str, paras_b: list[str]) -> list[dict]:
    """Rows of core.paragraph_alignments from a translation (doc_a, the from_doc of a
    translation_of link) to its original (doc_b), sorted by key."""
    return [{"doc_id": doc_a_id, "paragraph_no": pa, "other_doc_id": doc_b_id,
             "other_paragraph_no": pb, "score": score}
            for pa, pb, score in align_paragraphs(paras_a, paras_b)]
