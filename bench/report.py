"""Report maths (stage rates, ratios, targets) and the markdown of a benchmark run.

Stages come from the run's own ``meta.pipeline_runs.stage_seconds``: ``fetch``,
``extract_transform``, ``derive``, ``validate`` (the expectation suites, inside
``validate_publish``) and ``publish`` (= ``validate_publish`` − ``validate``: load,
checkpoint, swap). ``overhead`` is the wall time outside those stages (interpreter
and library imports, Prefect's temporary server, flow set-up, the final tally).
"""
from __future__ import annotations

STAGES = ("fetch", "extract_transform", "derive", "validate", "publish")
GB = 10**9
MEMORY_LIMIT_BYTES = 1 * GB
THROUGHPUT_MIN_RATIO = 2.0  # accords extract+transform ÷ trafilatura extract
NO_CHANGE_MAX_RATIO = 0.10  # no-change re-run wall ÷ cold wall
LINEAR_SLACK = 1.2  # t(N2) ≤ 1.2 × (N2/N1) × t(N1): 10,000 ≤ 12 × the 1,000 time


def stage_seconds(raw: dict) -> dict[str, float]:
    """The five reported stages from a run's stage_seconds (missing ones left out)."""
    out = {k: float(raw[k]) for k in ("fetch", "extract_transform", "derive", "validate") if k in raw}
    if "validate_publish" in raw:
        out["publish"] = max(0.0, float(raw["validate_publish"]) - float(raw.get("validate", 0.0)))
    return out


def stage_rates(raw: dict, docs: int, wall: float) -> dict:
    """Seconds and documents/second per stage, plus the overhead outside the stages."""
    stages = stage_seconds(raw)
    rates = {k: {"seconds": round(v, 3), "docs_per_s": round(docs / v, 1) if v > 0 else None}
             for k, v in stages.items()}
    inside = sum(stages.values())
    return {"stages": rates, "overhead_seconds": round(max(0.0, wall - inside), 3),
            "docs_per_s": round(docs / wall, 2) if wall > 0 else None}


def ratio(a: float | None, b: float | None, digits: int = 3) -> float | None:
    return round(a / b, digits) if a is not None and b else None


def linear_pair(sizes: list[dict]) -> tuple[dict, dict] | None:
    """The (1,000, 10,000) pair when both ran, else the two largest sizes."""
    by_n = {s["n"]: s for s in sizes}
    if 1000 in by_n and 10000 in by_n:
        return by_n[1000], by_n[10000]
    ordered = sorted(sizes, key=lambda s: s["n"])
    return (ordered[-2], ordered[-1]) if len(ordered) >= 2 else None


def _target(name: str, value, limit: str, passed: bool | None, detail: str) -> dict:
    return {"name": name, "value": value, "limit": limit, "passed": passed, "detail": detail}


def evaluate_targets(results: dict) -> list[dict]:
    """The issue's four targets, judged on the largest size measured."""
    sizes = sorted(results["sizes"], key=lambda s: s["n"])
    if not sizes:
        return []
    top = sizes[-1]
    out = []
    r = (top.get("baselines") or {}).get("ratios", {}).get("accords_over_trafilatura")
    out.append(_target("throughput", r, f"≥ {THROUGHPUT_MIN_RATIO}× trafilatura",
                       None if r is None else r >= THROUGHPUT_MIN_RATIO,
                       f"accords extract+transform ÷ trafilatura extract, same {top['n']} pages, one process"))
    runs = [top["cold"], *(results.get("reruns") or {}).get("runs", {}).values()]
    peak = max(run["peak_rss_bytes"] for run in runs)
    out.append(_target("peak memory", round(peak / GB, 3), "≤ 1 GB", peak <= MEMORY_LIMIT_BYTES,
                       f"largest tree RSS over the {top['n']}-document runs (GB)"))
    no_change = (results.get("reruns") or {}).get("ratios", {}).get("no_change")
    out.append(_target("no-change re-run", no_change, f"≤ {NO_CHANGE_MAX_RATIO:.0%} of cold",
                       None if no_change is None else no_change <= NO_CHANGE_MAX_RATIO,
                       f"re-run wall ÷ cold wall at {top['n']} documents"))
    pair = linear_pair(sizes)
    if pair:
        small, big = pair
        limit = LINEAR_SLACK * big["n"] / small["n"]
        value = ratio(big["cold"]["wall_seconds"], small["cold"]["wall_seconds"], 2)
        out.append(_target("linear cost", value, f"≤ {limit:g}×", value is not None and value <= limit,
                           f"wall({big['n']}) ÷ wall({small['n']})"))
    else:
        out.append(_target("linear cost", None, "needs two sizes", None, "only one size measured"))
    return out


def _num(value, fmt: str = "{:,.1f}") -> str:
    return "–" if value is None else fmt.format(value)


def _mb(n_bytes: int | None) -> str:
    return "–" if n_bytes is None else f"{n_bytes / 10**6:,.0f}"


def markdown(results: dict) -> str:
    """The report: machine, per-N pipeline table, baselines, re-runs, targets."""
    m = results["machine"]
    lines = [f"Machine: {m['cpu']}, {m['logical_cores']} logical cores, {m['ram_bytes'] / GB:.1f} GB RAM, "
             f"{m['os']}, Python {m['python']}.",
             "Packages: " + ", ".join(f"{k} {v}" for k, v in m["packages"].items()) + ".", "",
             "| N | wall s | docs/s | " + " | ".join(f"{s} docs/s" for s in STAGES)
             + " | overhead s | peak MB | status |",
             "|" + "---:|" * (5 + len(STAGES)) + "---|"]
    for s in sorted(results["sizes"], key=lambda s: s["n"]):
        c, rates = s["cold"], s["rates"]
        cells = [_num(rates["stages"].get(k, {}).get("docs_per_s")) for k in STAGES]
        lines.append(f"| {s['n']:,} | {c['wall_seconds']:,.1f} | {_num(rates['docs_per_s'])} | " + " | ".join(cells)
                     + f" | {rates['overhead_seconds']:,.1f} | {_mb(c['peak_rss_bytes'])} | "
                     + f"{c['run_row'].get('status', 'exit ' + str(c['returncode']))} |")
    lines += ["", "Same pages, one process (pages/s): lxml `fromstring().text_content()` floor, "
              "`trafilatura.extract`, accords `parse_page` + `transform_document`.", "",
              "| N | lxml | trafilatura | accords | accords extract only | accords transform only "
              "| accords ÷ trafilatura | accords ÷ lxml | pipeline extract_transform ÷ trafilatura |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in sorted(results["sizes"], key=lambda s: s["n"]):
        b = s.get("baselines")
        if not b:
            continue
        a = b["accords"]
        pipe = s["rates"]["stages"].get("extract_transform", {}).get("docs_per_s")
        lines.append(
            f"| {s['n']:,} | {_num(b['lxml']['pages_per_s'])} | {_num(b['trafilatura']['pages_per_s'])} | "
            f"{_num(a['pages_per_s'])} | {_num(ratio(a['pages'], a['extract_seconds'], 1))} | "
            f"{_num(ratio(a['pages'], a['transform_seconds'], 1))} | "
            f"{_num(b['ratios']['accords_over_trafilatura'], '{:.3f}')} | "
            f"{_num(b['ratios']['accords_over_lxml'], '{:.4f}')} | "
            f"{_num(ratio(pipe, b['trafilatura']['pages_per_s']), '{:.3f}')} |")
    top = max(results["sizes"], key=lambda s: s["n"], default=None)
    if top and top["cold"].get("peak_breakdown"):
        parts = sorted(top["cold"]["peak_breakdown"].items(), key=lambda kv: -kv[1])
        lines += ["", f"Memory at the peak of the {top['n']:,}-document cold run (MB): "
                  + ", ".join(f"{k} {_mb(v)}" for k, v in parts) + "."]
    reruns = results.get("reruns")
    if reruns:
        lines += ["", f"Re-runs of the {reruns['n']:,}-document corpus ({reruns['changed_pages']} pages changed "
                  "for the second):", "", "| run | wall s | ÷ cold | seen | changed | peak MB | stage seconds |",
                  "|---|---:|---:|---:|---:|---:|---|"]
        for label, run in reruns["runs"].items():
            row = run["run_row"]
            stages = ", ".join(f"{k} {v:.1f}" for k, v in stage_seconds(run["stage_seconds"]).items())
            lines.append(f"| {label} | {run['wall_seconds']:,.1f} | {_num(reruns['ratios'].get(label), '{:.3f}')} | "
                         f"{row.get('docs_seen', '–')} | {row.get('docs_changed', '–')} | "
                         f"{_mb(run['peak_rss_bytes'])} | {stages} |")
    lines += ["", "Targets:", ""]
    for t in results.get("targets", []):
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[t["passed"]]
        lines.append(f"- {verdict} {t['name']}: {_num(t['value'], '{}')} (target {t['limit']}; {t['detail']})")
    return "\n".join(lines) + "\n"
