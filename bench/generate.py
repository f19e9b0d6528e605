"""Synthetic corpus of N pages built from the snapshot family.

``generate(n, out_dir, seed)`` writes ``out_dir/snapshots/`` (manifest.json + pages,
served by the same snapshot transport as the bundled snapshots) and
``out_dir/sources.toml`` (the project's publishers and settings, n documents, no
listings). Page ``i`` depends only on (seed, i): a corpus of 100 is the first 100
pages of the corpus of 1,000. Each page keeps the markup of a real family page
(all three sites) and varies its title (a distinct tag, so doc_ids are unique),
date (2019-2025), url (same host and url pattern) and body (runs of headings,
paragraphs and list items taken from same-language family pages, 3-60
paragraphs). ``mutate`` edits the text of a fraction of the pages for a
"1% changed" run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.templates import Item, LinkPolicy, Template, make_template, render
from bench.tomlout import registry_toml
from extractors.sources import load_registry
from transforms.vocab import load as load_vocab

PROJECT = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = 1
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2025, 12, 31)
MIN_PARAS, MAX_PARAS, MODE_PARAS = 3, 60, 10
MAX_RUN = 8  # longest run of consecutive items copied from one family page
SITE_WEIGHTS = {"pmgcca": 0.5, "canadaca": 0.3, "mofa": 0.2}


@dataclass(frozen=True)
class Family:
    templates: tuple[Template, ...]
    pools: dict[str, tuple[tuple[Item, ...], ...]]  # language -> item sequences of its pages
    sources_toml: str  # the project's sources.toml text


def load_family(project: Path = PROJECT) -> Family:
    """Templates and text pools from the project's bundled snapshots."""
    registry = load_registry(project / "sources.toml")
    policy = LinkPolicy(registry.allowed_domains, registry.settings.keywords,
                        frozenset(t.casefold() for t in load_vocab("relations")["language_toggles"]))
    snaps = project / "snapshots"
    manifest = json.loads((snaps / "manifest.json").read_text(encoding="utf-8"))
    templates = tuple(
        make_template((snaps / e["path"]).read_bytes(), e, registry.publisher(e["publisher"]).adapter, policy)
        for e in manifest if e.get("kind") == "document"
    )
    pools: dict[str, list[tuple[Item, ...]]] = {}
    for t in templates:
        pools.setdefault(t.language, []).append(t.items)
    return Family(templates, {k: tuple(v) for k, v in pools.items()},
                  (project / "sources.toml").read_text(encoding="utf-8"))


def page_rng(seed: int, index: int, revision: int = 0) -> random.Random:
    return random.Random(f"accords-bench:{seed}:{index}:{revision}")


def pick_template(family: Family, rng: random.Random) -> Template:
    sites = [s for s in SITE_WEIGHTS if any(t.adapter == s for t in family.templates)]
    site = rng.choices(sites, weights=[SITE_WEIGHTS[s] for s in sites])[0]
    return rng.choice([t for t in family.templates if t.adapter == site])


def sample_items(pool: tuple[tuple[Item, ...], ...], rng: random.Random, target: int) -> list[list[int]]:
    """Runs of consecutive items from random pages of the pool until ``target`` paragraphs;
    each item as its reference [page no in pool, item no]."""
    out: list[list[int]] = []
    count = 0
    while count < target:
        page_no = rng.randrange(len(pool))
        page = pool[page_no]
        start = rng.randrange(len(page))
        for k in range(start, min(len(page), start + rng.randint(1, MAX_RUN))):
            heading = page[k].kind == "h"
            if heading and (not out or resolve(pool, out[-1]).kind == "h"):
                continue  # no heading first or twice in a row
            out.append([page_no, k])
            count += not heading
            if count >= target:
                break
    return out


def resolve(pool: tuple[tuple[Item, ...], ...], ref: list[int]) -> Item:
    return pool[ref[0]][ref[1]]


def _template(family: Family, spec: dict) -> Template:
    return next(t for t in family.templates if t.id == spec["template"])


def vary_url(url: str, day: date, tag: str, index: int) -> str:
    """Same host and pattern: date segments moved to ``day``, the last segment (or the
    numeric query id) made unique."""
    parts = urlsplit(url)
    path = re.sub(r"/(19|20)\d\d/\d\d/\d\d/", f"/{day:%Y/%m/%d}/", parts.path)
    path = re.sub(r"/(19|20)\d\d/\d\d/", f"/{day:%Y/%m}/", path)
    query = parts.query
    if re.search(r"=\d+$", query):
        query = re.sub(r"=\d+$", f"={900000 + index}", query)
    else:
        head, _, last = path.rpartition("/")
        stem, dot, ext = last.partition(".")
        stem = str(900000 + index) if stem.isdigit() else f"{stem}-{tag.lower()}"
        path = f"{head}/{stem}{dot}{ext}"
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def page_path(url: str) -> str:
    parts = urlsplit(url)
    rel = parts.path.strip("/")
    if parts.query:
        rel += "__" + re.sub(r"[^A-Za-z0-9.-]+", "-", parts.query)
    return f"pages/{parts.hostname}/{rel if rel.endswith('.html') else rel + '.html'}"


def http_date(day: date) -> str:
    return format_datetime(datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc), usegmt=True)


def page_spec(family: Family, seed: int, index: int) -> dict:
    """Everything that defines page ``index``: template, tag, date, url, body items."""
    rng = page_rng(seed, index)
    template = pick_template(family, rng)
    day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    target = round(rng.triangular(MIN_PARAS, MAX_PARAS, MODE_PARAS))
    tag = f"B{index:05d}"
    return {"index": index, "template": template.id, "tag": tag, "day": day.isoformat(),
            "url": vary_url(template.url, day, tag, index), "title": f"{tag} – {template.title}",
            "items": sample_items(family.pools[template.language], rng, target), "revision": 0}


def spec_items(family: Family, spec: dict) -> list[Item]:
    pool = family.pools[_template(family, spec).language]
    return [resolve(pool, ref) for ref in spec["items"]]


def render_spec(family: Family, spec: dict, partner_url: str) -> bytes:
    return render(_template(family, spec), url=spec["url"], title=spec["title"],
                  day=date.fromisoformat(spec["day"]), items=spec_items(family, spec), partner_url=partner_url)


def manifest_entry(family: Family, spec: dict, body: bytes) -> dict:
    template = _template(family, spec)
    day = date.fromisoformat(spec["day"])
    return {
        "url": spec["url"], "path": page_path(spec["url"]), "content_type": template.content_type,
        "kind": "document", "id": f"bench-{spec['tag'].lower()}", "publisher": template.publisher,
        "doc_type": template.doc_type, "language": template.language, "title": spec["title"],
        "published_date": spec["day"], "etag": '"' + hashlib.sha256(body).hexdigest()[:16] + '"',
        "last_modified": http_date(day),
    }


def _write_page(snaps: Path, entry: dict, body: bytes) -> None:
    target = snaps / entry["path"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)


def _save(out: Path, manifest: list[dict], specs: list[dict], stamp: dict) -> None:
    (out / "snapshots" / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=0),
                                                     encoding="utf-8")
    (out / "specs.json").write_text(json.dumps(specs, ensure_ascii=False), encoding="utf-8")
    (out / "corpus.json").write_text(json.dumps(stamp), encoding="utf-8")


def generate(n: int, out_dir: str | Path, seed: int = 0, family: Family | None = None) -> Path:
    """Write the corpus of ``n`` pages under ``out_dir``; returns ``out_dir``. The page
    specs (template, tag, date, url, item references) are kept in ``out_dir/specs.json``,
    outside the snapshots the pipeline reads."""
    family = family or load_family()
    out = Path(out_dir)
    (out / "snapshots").mkdir(parents=True, exist_ok=True)
    specs = [page_spec(family, seed, i) for i in range(n)]
    manifest = []
    for spec in specs:
        body = render_spec(family, spec, partner_url=specs[(spec["index"] + 1) % n]["url"])
        entry = manifest_entry(family, spec, body)
        _write_page(out / "snapshots", entry, body)
        manifest.append(entry)
    registry = tomllib.loads(family.sources_toml)
    docs = [{"url": e["url"], "publisher": e["publisher"], "doc_type": e["doc_type"]} for e in manifest]
    (out / "sources.toml").write_text(registry_toml(registry, docs), encoding="utf-8")
    _save(out, manifest, specs, {"n": n, "seed": seed, "generator": GENERATOR_VERSION, "mutations": []})
    return out


def is_cached(out_dir: str | Path, n: int, seed: int) -> bool:
    """True when ``out_dir`` holds an unmutated corpus of this n, seed and generator."""
    try:
        stamp = json.loads((Path(out_dir) / "corpus.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp == {"n": n, "seed": seed, "generator": GENERATOR_VERSION, "mutations": []}


def mutate(out_dir: str | Path, fraction: float, seed: int = 0, family: Family | None = None) -> list[str]:
    """Change the text of ``fraction`` of the pages (at least one): one more paragraph
    inserted in the body, so new bytes and a new etag. Returns the changed urls."""
    family = family or load_family()
    out = Path(out_dir)
    manifest = json.loads((out / "snapshots" / "manifest.json").read_text(encoding="utf-8"))
    specs = json.loads((out / "specs.json").read_text(encoding="utf-8"))
    stamp = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    pick = random.Random(f"accords-bench-mutate:{seed}:{len(stamp['mutations'])}")
    chosen = sorted(pick.sample(range(len(specs)), max(1, round(fraction * len(specs)))))
    for i in chosen:
        spec = specs[i]
        spec["revision"] += 1
        rng = page_rng(seed, spec["index"], spec["revision"])
        extra = sample_items(family.pools[_template(family, spec).language], rng, 1)[-1]
        spec["items"].insert(rng.randint(1, len(spec["items"])), extra)
        body = render_spec(family, spec, partner_url=specs[(i + 1) % len(specs)]["url"])
        manifest[i] = manifest_entry(family, spec, body)
        _write_page(out / "snapshots", manifest[i], body)
    stamp["mutations"].append({"fraction": fraction, "seed": seed, "pages": len(chosen)})
    _save(out, manifest, specs, stamp)
    return [specs[i]["url"] for i in chosen]
