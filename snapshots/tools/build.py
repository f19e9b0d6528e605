"""Rebuild the snapshot pages and snapshots/manifest.json.

    python snapshots/tools/build.py

Reads snapshots/tools/docs.toml (how each page is laid out) and
snapshots/texts/<id>.txt (the published texts, verbatim), writes
snapshots/pages/<host>/<path>.html and the manifest. A development tool:
nothing in the product imports it. Output is deterministic.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import listings  # noqa: E402
import site_canadaca  # noqa: E402
import site_mofa  # noqa: E402
import site_pmgcca  # noqa: E402
from _html import body_lines, day, http_date  # noqa: E402

SITES = {"pmgcca": site_pmgcca, "canadaca": site_canadaca, "mofa": site_mofa}
PUBLISHER = {"pmgcca": "pmgcca", "canadaca": "canadaca", "mofa": "mofa-kr"}
MARKUP_SOURCE = {
    "pmgcca": "Rebuilt in the pm.gc.ca Drupal theme used since 2019, from the selectors public scrapers of the "
              "live site use (div.title-header-inner h1; article.full-article div.content-news-article "
              "div.field--name-body; div.field--name-field-date-released time[datetime]; span.inline-date). "
              "Chrome modelled on shared/corpus/markup/pmgcca-1.html (older theme); no saved copy of a current page exists.",
    "canadaca": "Rebuilt in the Canada.ca GCWeb theme: h1#wb-cont[property='name headline'], p.gc-byline, div.cmp-text, "
                "section.lnkbx, dl#wb-dtmd, from wet-boew/GCWeb templates (shared/corpus/markup/canadaca-1..4.html) "
                "and the IRCC news-release fixture described in shared/corpus/markup/README.md.",
    "mofa": "Rebuilt in the mofa.go.kr board layout (.board_detail h2, .bo_head, .bo_con; list rows table tbody tr) "
            "from the selectors of a public MOFA scraper; no saved HTML exists.",
}


def page_path(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path.strip("/") or "index"
    if parts.query:
        path += "__" + parts.query.replace("=", "-").replace("&", "_")
    if not path.endswith((".html", ".xml", ".rss")):
        path += ".html"
    return f"pages/{parts.hostname}/{path}"


def _write(path: str, data: bytes) -> dict:
    target = ROOT / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return {"etag": '"' + hashlib.sha256(data).hexdigest()[:16] + '"'}


def document_entry(doc: dict) -> dict:
    text = (ROOT / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
    lines = body_lines(doc, text)
    site = SITES[doc["site"]]
    data, content_type = site.encode(site.document_page(doc, lines))
    path = page_path(doc["url"])
    return {
        "url": doc["url"], "path": path, "content_type": content_type, "kind": "document",
        "id": doc["id"], "publisher": PUBLISHER[doc["site"]], "doc_type": doc["doc_type"],
        "language": doc["language"], "title": doc["title"], "published_date": doc["published_date"],
        "location": doc["location"] or None, "headings": doc.get("headings", []),
        "reconstructed": True, "markup_source": MARKUP_SOURCE[doc["site"]], "text_source": doc["text_source"],
        "text_file": f"texts/{doc['id']}.txt", "non_body_lines": doc.get("non_body", []),
        "list_item_lines": doc.get("list_items", []),
        "url_reconstructed": doc["url_reconstructed"], "complete": doc["complete"], "notes": doc["notes"],
        **_write(path, data), "last_modified": http_date(day(doc)),
    }


def main() -> None:
    docs = tomllib.loads((HERE / "docs.toml").read_text(encoding="utf-8"))["documents"]
    entries = [document_entry(doc) for doc in docs]
    for page in listings.pages(docs):
        path = page_path(page["url"])
        entry = {key: value for key, value in page.items() if key != "data"}
        entry.update(path=path, reconstructed=True, url_reconstructed=True, complete=True,
                     markup_source=MARKUP_SOURCE[page["site"]], **_write(path, page["data"]))
        entry.pop("site")
        entries.append(entry)
    (ROOT / "manifest.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} snapshot entries written")


if __name__ == "__main__":
    main()
