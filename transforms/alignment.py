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
from functools import lru_cache
from itertools import accumulate
from statistics import median

from transforms.alignment_cues import ParaCues, anchor_evidence, paragraph_cues, settings

_BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
_NEG = float("-inf")


def _bits(mask: int) -> list[int]:
    """Indices of the set bits of ``mask``, increasing."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


class _Evidence:
    """Anchor log-likelihood of a bead, which depends only on the spans it covers
    (computed once per pair, shared by every pass). Anchors are bit masks over the
    weighted tokens in sorted order, so set bits come out in the order of the tokens."""

    def __init__(self, a: list[ParaCues], b: list[ParaCues]) -> None:
        weights = anchor_evidence(a, b)
        tokens = sorted(weights)
        rank = {t: 1 << k for k, t in enumerate(tokens)}
        self.match = [weights[t].match for t in tokens]
        self.miss = [weights[t].miss for t in tokens]
        self.a = [sum(rank[t] for t in p.anchors if t in rank) for p in a]
        self.b = [sum(rank[t] for t in p.anchors if t in rank) for p in b]
        self._cache: dict[tuple[int, int, bool, bool], float] = {}

    def score(self, i0: int, i1: int, j0: int, j1: int, cut_a: bool, cut_b: bool) -> float:
        anchors_a = self.a[i0] if i1 - i0 == 1 else self.a[i0] | self.a[i1 - 1]
        anchors_b = self.b[j0] if j1 - j0 == 1 else self.b[j0] | self.b[j1 - 1]
        key = (anchors_a, anchors_b, cut_a, cut_b)
        total = self._cache.get(key)
        if total is None:
            match, miss = self.match, self.miss  # sums in sorted token order, as bits come out
            total = sum([match[k] for k in _bits(anchors_a & anchors_b)])
            if not cut_a:  # anchors of b missing from a (not held against a cut a)
                total += sum([miss[k] for k in _bits(anchors_b & ~anchors_a)])
            if not cut_b:
                total += sum([miss[k] for k in _bits(anchors_a & ~anchors_b)])
            self._cache[key] = total
        return total


@lru_cache(maxsize=64)  # pairs of the same shape (a few hundred kB each)
def _topology(n: int, m: int) -> tuple:
    """The band of an n x m pair, which depends on n and m alone: its cells numbered in
    order (i, then j); its edges (beads) numbered in order of their end cell, then of
    _BEADS, as start cell and shape; each cell's incoming edges (offsets) and outgoing
    ones; and the edges whose score is a fixed prior (edge, score) or has length and
    anchor terms (edge, shape, i0, i1, j0, j1)."""
    cfg = settings()
    dec = cfg["decoding"]
    width = min(dec["band_max"], dec["band_min"] + int(dec["band_per_paragraph"] * max(n, m)))
    lo, hi = min(0, n - m) - width, max(0, n - m) + width  # band on i - j
    first = [max(0, i - hi) for i in range(n + 1)]  # first and last j of each row
    last = [min(m, i - lo) for i in range(n + 1)]
    cells = [(i, j) for i in range(n + 1) for j in range(first[i], last[i] + 1)]
    row = list(accumulate((last[i] - first[i] + 1 for i in range(n)), initial=0))  # cell number of (i, first[i])
    prior = [math.log(cfg["beads"][f"{di}-{dj}"]) for di, dj in _BEADS]
    end_gap = math.log(cfg["beads"]["end_gap"])
    temperature = dec["temperature"]
    pred: list[int] = []
    shape: list[int] = []
    fixed: list[tuple[int, float]] = []
    full: list[tuple[int, int, int, int, int, int]] = []
    offsets: list[tuple[int, int]] = [(0, 0)]
    for i in range(n + 1):
        # per bead ending in row i: the j where its start is a cell of the band too, as
        # [low, high], the start cell's number less j, and its kind (0: end gap, 1: prior, 2: both sides)
        spans = []
        for k, (di, dj) in enumerate(_BEADS):
            pi = i - di
            if pi < 0:
                continue
            low, high = max(first[i], first[pi] + dj), min(last[i], last[pi] + dj)
            if low > high:
                continue
            kind = 2 if di and dj else 1
            if di == 0 and i in (0, n):
                kind = 0  # the other side is used up (or not begun): a truncated copy
            spans.append((k, di, dj, low, high, row[pi] - dj - first[pi], kind))
        for j in range(first[i], last[i] + 1):
            start = len(pred)
            for k, di, dj, low, high, base, kind in spans:
                if j < low or j > high:
                    continue
                if kind == 2:
                    full.append((len(pred), k, i - di, i, j - dj, j))
                elif kind == 0 or (dj == 0 and j in (0, m)):
                    fixed.append((len(pred), end_gap / temperature))
                else:
                    fixed.append((len(pred), prior[k] / temperature))
                pred.append(base + j)
                shape.append(k)
            offsets.append((start, len(pred)))
    offsets = offsets[1:]
    preds = [pred[o0:o1] for o0, o1 in offsets]
    outgoing: list[list[tuple[int, int]]] = [[] for _ in cells]  # (end cell, edge), in order of the end cell
    for c, (o0, o1) in enumerate(offsets):
        for e in range(o0, o1):
            outgoing[pred[e]].append((c, e))
    return cells, pred, shape, offsets, preds, outgoing, fixed, full, prior, temperature


class _Band:
    """The banded lattice of a pair, shared by every pass (see _topology), with what
    the scores of its beads need apart from the length ratio and its spread: the
    anchors depend only on the spans a bead covers, so this is computed once per pair."""

    def __init__(self, a: list[ParaCues], b: list[ParaCues], evidence: _Evidence) -> None:
        (self.cells, self.pred, self.shape, self.offsets, self.preds, self.outgoing, fixed, full, prior,
         temperature) = _topology(len(a), len(b))
        self.temperature = temperature
        pre_a = list(accumulate((p.length for p in a), initial=0))
        pre_b = list(accumulate((p.length for p in b), initial=0))
        cut_a, cut_b = [p.cut for p in a], [p.cut for p in b]
        anchors, log = evidence.score, math.log
        # a score that does not depend on the ratio (template), or what the length term needs:
        # (edge, prior, len_a, log(len_b), len_b, a is cut, b is cut, anchors)
        template = [0.0] * len(self.pred)
        for e, score in fixed:
            template[e] = score
        self.full: list[tuple] = []
        for e, k, pi, i, pj, j in full:
            len_a, len_b = pre_a[i] - pre_a[pi], pre_b[j] - pre_b[pj]
            anchor = anchors(pi, i, pj, j, cut_a[i - 1], cut_b[j - 1])
            if len_a and len_b:
                self.full.append((e, prior[k], len_a, log(len_b), len_b, cut_a[i - 1], cut_b[j - 1], anchor))
            else:  # no length term
                template[e] = (prior[k] + 0.0 + anchor) / temperature
        self.template = template


class _Lattice:
    """The banded lattice of one pass: the score of every bead, flat (edge order of the
    band) and per end cell."""

    def __init__(self, band: _Band, ratio: float, sigma: float) -> None:
        self.band, self.ratio, self.sigma = band, ratio, sigma
        self.cells = band.cells
        temperature = band.temperature
        spread = settings()["length"]["short_spread"]
        log, sqrt, hypot = math.log, math.sqrt, math.hypot
        flat = band.template[:]
        for e, prior, len_a, log_b, len_b, cut_a, cut_b, anchor in band.full:
            # log-density (up to a constant) of the length ratio
            scaled = ratio * len_a
            z = (log_b - log(scaled)) / hypot(sigma, spread / sqrt(scaled + len_b))
            if cut_a and z > 0.0:  # a cut side may be short, not long
                z = 0.0
            if cut_b and z < 0.0:
                z = 0.0
            flat[e] = (prior + -z * z / 2 + anchor) / temperature
        self.flat = flat
        self.scores = [flat[o0:o1] for o0, o1 in band.offsets]
        self.fwd: list[float] | None = None


def _forward(lat: _Lattice) -> list[float]:
    """Forward log-probabilities of every cell (kept on the lattice)."""
    if lat.fwd is None:
        log, exp = math.log, math.exp
        preds, scores = lat.band.preds, lat.scores
        fwd = [0.0] * len(lat.cells)
        for c in range(1, len(fwd)):
            ps = preds[c]
            if len(ps) == 5:  # most cells: the log-sum-exp below, unrolled
                p0, p1, p2, p3, p4 = ps
                s0, s1, s2, s3, s4 = scores[c]
                v0, v1, v2, v3, v4 = fwd[p0] + s0, fwd[p1] + s1, fwd[p2] + s2, fwd[p3] + s3, fwd[p4] + s4
                top = max(v0, v1, v2, v3, v4)
                fwd[c] = _NEG if top == _NEG else top + log(sum(
                    (exp(v0 - top), exp(v1 - top), exp(v2 - top), exp(v3 - top), exp(v4 - top))))
                continue
            values = [fwd[p] + s for p, s in zip(ps, scores[c])]
            top = max(values, default=_NEG)
            fwd[c] = _NEG if top == _NEG else top + log(sum([exp(v - top) for v in values]))
        lat.fwd = fwd
    return lat.fwd


def _forward_backward_viterbi(lat: _Lattice) -> list[tuple[int, int, int, int, float]]:
    """The Viterbi path as beads (i_end, j_end, di, dj, posterior of the bead)."""
    log, exp = math.log, math.exp
    band, scores, flat = lat.band, lat.scores, lat.flat
    preds, cells = band.preds, lat.cells
    count = len(cells)
    fwd = _forward(lat)
    best = [0.0] * count
    back = [0] * count  # position of the best incoming edge
    for c in range(1, count):
        values = [best[p] + s for p, s in zip(preds[c], scores[c])]
        best[c] = top = max(values)
        back[c] = values.index(top)  # the first best, in bead order: ties break the same way
    end = count - 1
    bwd = [0.0] * count
    outgoing = band.outgoing
    for cell in range(end - 1, -1, -1):
        out = outgoing[cell]
        if len(out) == 5:  # most cells: the log-sum-exp below, unrolled
            (c0, e0), (c1, e1), (c2, e2), (c3, e3), (c4, e4) = out
            v0, v1, v2, v3, v4 = (flat[e0] + bwd[c0], flat[e1] + bwd[c1], flat[e2] + bwd[c2], flat[e3] + bwd[c3],
                                  flat[e4] + bwd[c4])
            top = max(v0, v1, v2, v3, v4)
            bwd[cell] = _NEG if top == _NEG else top + log(sum(
                (exp(v0 - top), exp(v1 - top), exp(v2 - top), exp(v3 - top), exp(v4 - top))))
            continue
        values = [flat[e] + bwd[c] for c, e in out]
        top = max(values, default=_NEG)
        bwd[cell] = _NEG if top == _NEG else top + log(sum([exp(v - top) for v in values]))
    path = []
    c = end
    while c:
        e = band.offsets[c][0] + back[c]
        p, s = band.pred[e], flat[e]
        di, dj = _BEADS[band.shape[e]]
        post = exp(fwd[p] + s + bwd[c] - fwd[end])
        path.append((*cells[c], di, dj, min(1.0, post)))
        c = p
    return path[::-1]


def _log_likelihood(lat: _Lattice) -> float:
    """log P(a, b) summed over every path of the lattice (the forward pass alone)."""
    return _forward(lat)[-1]


def _first_pass(a: list[ParaCues], b: list[ParaCues], band: _Band, sigma: float) -> _Lattice:
    """The first-pass lattice, with the length ratio of the two languages that better explains the pair, of two
    estimates scored by the likelihood of the whole pair under a loose spread: the median
    ratio of paragraph lengths (robust to a copy cut short) and the ratio of total lengths
    (robust to a copy that splits, merges or repeats short paragraphs)."""
    full_a = [p.length for p in a if not p.cut and p.length] or [p.length or 1 for p in a]
    full_b = [p.length for p in b if not p.cut and p.length] or [p.length or 1 for p in b]
    candidates = sorted({median(full_b) / median(full_a), sum(full_b) / sum(full_a)})
    lattices = [_Lattice(band, r, sigma) for r in candidates]
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
    band = _Band(cues_a, cues_b, _Evidence(cues_a, cues_b))
    cfg = settings()
    lattice = _first_pass(cues_a, cues_b, band, cfg["length"]["first_pass_sigma"])
    first = _forward_backward_viterbi(lattice)
    ratio = _refined_ratio(first, cues_a, cues_b, lattice.ratio)
    path = _forward_backward_viterbi(_Lattice(band, ratio, cfg["length"]["sigma"]))
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
