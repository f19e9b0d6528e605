"""Data Docs: build GX's static site into a staging folder, make it work offline, then
swap it in place of the previous one.

GX pages load CSS/JS from public CDNs and a logo from GX's own host. ``make_offline``
rewrites every built page so that it loads the copies vendored in
``data_docs_assets/`` (see ``assets.toml``) and its own ``static/images``, drops the
references it does not need, and unlinks outbound anchors: opening the site sends
nothing out.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup

ASSETS_DIR = Path(__file__).parent / "data_docs_assets"
VENDOR_SUBDIR = "static/vendor"
URL_ATTRS = ("src", "href", "srcset", "action", "formaction", "poster", "data", "background", "xlink:href")
_EXTERNAL = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
_START_TAG = re.compile(
    r"""<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)(\s*/?)>""")
_ATTR = re.compile(r"""(\s+)(%s)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""" % "|".join(URL_ATTRS),
                   re.IGNORECASE)
_OWN_STATIC = re.compile(r"^(?:\.\./)*(static/.*)$")
_CDN_ONLY_ATTR = re.compile(r"""\s+(integrity|crossorigin)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""", re.IGNORECASE)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.IGNORECASE)


@dataclass(frozen=True)
class AssetMap:
    files: dict[str, str]  # CDN url -> path under vendor/
    drop: frozenset[str]
    image_host: str
    image_fallback: str


@lru_cache(maxsize=1)
def load_asset_map(path: Path = ASSETS_DIR / "assets.toml") -> AssetMap:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return AssetMap(
        files={a["url"]: a["file"] for a in data.get("asset", [])},
        drop=frozenset(data.get("drop", {}).get("urls", [])),
        image_host=data["images"]["host"],
        image_fallback=data["images"]["fallback"],
    )


def is_external(url: str | None) -> bool:
    return bool(url) and bool(_EXTERNAL.match(url))


def _local(url: str, root: str, site: Path, amap: AssetMap) -> str | None:
    """The site-relative replacement of an external url (``root`` leads back to the
    site folder from the page), or None when the reference is to be removed."""
    if url in amap.files:
        return f"{root}{VENDOR_SUBDIR}/{amap.files[url]}"
    if url.startswith(amap.image_host):
        name = url[len(amap.image_host):].split("?", 1)[0]
        if not (site / "static" / "images" / name).is_file():
            name = amap.image_fallback
        return f"{root}static/images/{name}"
    return None


def rewrite_css(text: str, root: str, site: Path, amap: AssetMap) -> str:
    def repl(m: re.Match) -> str:
        url = m.group(2) or m.group(4)
        if not is_external(url):
            return m.group(0)
        local = _local(url.strip(), root, site, amap)
        return f"url('{local}')" if local else "none"

    return _CSS_URL.sub(repl, text)


def rewrite_html(text: str, root: str, site: Path, amap: AssetMap) -> str:
    """Point every external url attribute at its local copy or remove the attribute
    (an outbound anchor keeps its text, an unneeded script or stylesheet tag stays
    empty), make links to the site's own static/ files relative to the page's depth,
    then rewrite url(...) in inline styles. Works on the markup text, so the
    rest of the page is left byte for byte as GX wrote it."""
    def attr_repl(m: re.Match) -> str:
        raw = next(v for v in (m.group(3), m.group(4), m.group(5)) if v is not None)
        url = html.unescape(raw).strip()
        if not is_external(url):
            own = _OWN_STATIC.match(url)  # GX miscounts the depth of some pages (favicon links)
            return f'{m.group(1)}{m.group(2)}="{root}{own.group(1)}"' if own else m.group(0)
        local = None if url in amap.drop else _local(url, root, site, amap)
        return f'{m.group(1)}{m.group(2)}="{local}"' if local else ""

    def tag_repl(m: re.Match) -> str:
        attrs = _ATTR.sub(attr_repl, m.group(2))
        if attrs != m.group(2):  # integrity/crossorigin were for the CDN: a local file needs neither
            attrs = _CDN_ONLY_ATTR.sub("", attrs)
        return f"<{m.group(1)}{attrs}{m.group(3)}>"

    return rewrite_css(_START_TAG.sub(tag_repl, text), root, site, amap)


def make_offline(site: Path, amap: AssetMap | None = None) -> int:
    """Vendor the assets into ``site`` and rewrite every page and stylesheet; returns
    the number of files rewritten."""
    amap = amap or load_asset_map()
    shutil.copytree(ASSETS_DIR / "vendor", site / VENDOR_SUBDIR, dirs_exist_ok=True)
    count = 0
    for page in sorted(site.rglob("*.html")):
        root = "../" * (len(page.relative_to(site).parts) - 1)
        page.write_text(rewrite_html(page.read_text(encoding="utf-8"), root, site, amap), encoding="utf-8")
        count += 1
    for sheet in sorted((site / "static" / "styles").glob("*.css")):
        sheet.write_text(rewrite_css(sheet.read_text(encoding="utf-8"), "../../", site, amap), encoding="utf-8")
        count += 1
    return count


def external_references(html: str) -> list[str]:
    """Every url in a page that would make a browser reach outside the site."""
    soup = BeautifulSoup(html, "html.parser")
    found: list[str] = []
    for tag in soup.find_all(True):
        for attr in URL_ATTRS:
            value = tag.get(attr)
            if isinstance(value, str) and any(is_external(v.split()[0]) for v in value.split(",") if v.strip()):
                found.append(f"<{tag.name} {attr}={value!r}>")
        for m in _CSS_URL.finditer(tag.get("style") or ""):
            if is_external(m.group(2) or m.group(4)):
                found.append(f"<{tag.name} style url {m.group(0)!r}>")
    for style in soup.find_all("style"):
        for m in _CSS_URL.finditer(style.string or ""):
            if is_external(m.group(2) or m.group(4)):
                found.append(f"<style> {m.group(0)!r}")
    return found


def staging_dir(final: Path) -> Path:
    return final.with_name(f".{final.name}.building-{os.getpid()}")


def swap_in(staging: Path, final: Path) -> None:
    """Replace ``final`` with ``staging`` (a reader sees the old or the new site)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)


def build_site(context, site_name: str, staging: Path, final: Path) -> Path:
    """Build the context's site into ``staging``, make it offline, swap it in; returns
    the index page."""
    context.build_data_docs(site_names=[site_name])
    make_offline(staging)
    swap_in(staging, final)
    return final / "index.html"
