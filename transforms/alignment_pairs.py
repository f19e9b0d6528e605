"""Many translation pairs aligned at once (core.paragraph_alignments), on several
processes when there are many.

Pairs are independent, so they are cut into chunks and spread over spawned worker
processes, which import only this module and the alignment code; the rows come back
in the order of the pairs, as one process would give them.
"""
from __future__ import annotations

from transforms.alignment import alignment_rows

PARALLEL_PAIRS = 200  # fewer pairs than this are aligned in this process (no pool start-up)
PAIRS_PER_TASK = 50

Job = tuple[str, list[str], str, list[str]]  # (translation id, its paragraphs, original id, its paragraphs)


def align_chunk(jobs: list[Job]) -> list[dict]:
    return [row for job in jobs for row in alignment_rows(*job)]


def align_pairs(jobs: list[Job], workers: int = 1, parallel_from: int = PARALLEL_PAIRS) -> list[dict]:
    """Alignment rows of each pair, in the order of ``jobs``; on up to ``workers`` processes
    when there are at least ``parallel_from`` pairs."""
    if workers <= 1 or len(jobs) < parallel_from:
        return align_chunk(jobs)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = [jobs[i:i + PAIRS_PER_TASK] for i in range(0, len(jobs), PAIRS_PER_TASK)]
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        return [row for part in pool.map(align_chunk, chunks) for row in part]
