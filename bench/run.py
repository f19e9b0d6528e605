"""`python -m bench.run [--sizes 100,1000,10000] [--out bench/out]` (what `make bench` runs).

Per N: generate the corpus (cached by N and seed), run the pipeline on it cold as a
subprocess (fresh warehouse and archive), time the baselines on the same pages. For
the largest N also: a no-change re-run, then a run after ``--changed`` of the pages
changed, as ratios of the cold wall time. Prints the report and writes
``<out>/results.json`` and ``<out>/results.md``. Exit 1 when a pipeline run fails
(or, with ``--strict``, when a target is missed).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bench.baselines import run_baselines
from bench.generate import generate, is_cached, load_family, mutate
from bench.machine import machine_info
from bench.measure import PipelineRun, log_tail, run_pipeline
from bench.report import evaluate_targets, markdown, ratio, stage_rates

PROJECT = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    p.add_argument("--out", default=str(PROJECT / "bench" / "out"), help="corpora, warehouses and results")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--changed", type=float, default=0.01, help="fraction of pages changed for the re-run")
    p.add_argument("--no-baselines", action="store_true", help="skip lxml/trafilatura/accords in-process")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = p.parse_args(argv)
    args.sizes = sorted({int(s.replace("_", "").replace(",", "")) for s in args.sizes.split(",") if s.strip()})
    return args


def ensure_corpus(out: Path, n: int, seed: int, family) -> tuple[Path, float]:
    corpus = out / f"corpus-{n}-seed{seed}"
    t0 = time.perf_counter()
    if not is_cached(corpus, n, seed):
        shutil.rmtree(corpus, ignore_errors=True)
        generate(n, corpus, seed, family)
    shutil.rmtree(corpus / "run", ignore_errors=True)  # cold: no warehouse, no archive
    shutil.rmtree(corpus / "logs", ignore_errors=True)
    return corpus, round(time.perf_counter() - t0, 3)


def ok(run: PipelineRun) -> bool:
    return run.returncode == 0 and run.run_row.get("status") == "succeeded"


def announce(run: PipelineRun, n: int) -> None:
    row = run.run_row
    print(f"  {run.label}: {run.wall_seconds:.1f} s wall, peak {run.peak_rss_bytes / 1e6:,.0f} MB, "
          f"status {row.get('status', 'none')}, {row.get('docs_seen', '?')}/{n} seen, "
          f"{row.get('docs_changed', '?')} changed; stages {run.stage_seconds}", flush=True)
    if not ok(run):
        print(f"  ! run failed (exit {run.returncode}); log {run.log}:\n{log_tail(run.log)}", flush=True)


def reruns(corpus: Path, n: int, cold: PipelineRun, prefect_home: Path, fraction: float, seed: int,
           family) -> dict:
    runs = {"no_change": run_pipeline(corpus, "no_change", prefect_home)}
    announce(runs["no_change"], n)
    changed_urls = mutate(corpus, fraction, seed, family)
    runs["changed"] = run_pipeline(corpus, "changed", prefect_home)
    announce(runs["changed"], n)
    return {"n": n, "fraction": fraction, "changed_pages": len(changed_urls),
            "runs": {k: r.to_dict() for k, r in runs.items()},
            "ratios": {k: ratio(r.wall_seconds, cold.wall_seconds) for k, r in runs.items()}}


def write_results(out: Path, results: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    (out / "results.md").write_text(markdown(results), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    out = Path(args.out).resolve()
    prefect_home = Path(tempfile.mkdtemp(prefix="accords-bench-prefect-"))
    family = load_family()
    results = {"started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "seed": args.seed,
               "machine": machine_info(), "sizes": [], "reruns": None, "targets": []}
    failed = False
    try:
        for n in args.sizes:
            corpus, gen_seconds = ensure_corpus(out, n, args.seed, family)
            print(f"N={n:,}: corpus {corpus} ready in {gen_seconds:.1f} s", flush=True)
            cold = run_pipeline(corpus, "cold", prefect_home)
            announce(cold, n)
            failed |= not ok(cold)
            size = {"n": n, "corpus": str(corpus), "generate_seconds": gen_seconds, "cold": cold.to_dict(),
                    "rates": stage_rates(cold.stage_seconds, n, cold.wall_seconds), "baselines": None}
            if not args.no_baselines:
                t0 = time.perf_counter()
                size["baselines"] = run_baselines(corpus / "snapshots", corpus / "sources.toml")
                print(f"  baselines in {time.perf_counter() - t0:.1f} s: "
                      + ", ".join(f"{k} {v['pages_per_s']} pages/s" for k, v in size["baselines"].items()
                                  if k != "ratios"), flush=True)
            if n == args.sizes[-1]:  # after the baselines, which read the unchanged pages
                results["reruns"] = reruns(corpus, n, cold, prefect_home, args.changed, args.seed, family)
                failed |= not all(r["returncode"] == 0 for r in results["reruns"]["runs"].values())
            results["sizes"].append(size)
            write_results(out, results)  # partial results survive an interrupted run
    finally:
        shutil.rmtree(prefect_home, ignore_errors=True)
    results["targets"] = evaluate_targets(results)
    results["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    write_results(out, results)
    print()
    print(markdown(results))
    print(f"results: {out / 'results.json'}, {out / 'results.md'}")
    missed = any(t["passed"] is False for t in results["targets"])
    return 1 if failed or (args.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
