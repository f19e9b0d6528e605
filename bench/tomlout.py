"""Write the benchmark's source registry (the subset of TOML sources.toml uses)."""
from __future__ import annotations

import json


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def _table(header: str, fields: dict) -> list[str]:
    return [header, *(f"{k} = {toml_value(v)}" for k, v in fields.items()), ""]


def registry_toml(registry: dict, documents: list[dict]) -> str:
    """``registry``'s settings and publishers, the given documents and no listings."""
    lines = ["# accords benchmark corpus (bench/generate.py): the project's publishers and settings,",
             "# synthetic documents, no listings.", ""]
    lines += _table("[settings]", registry.get("settings", {}))
    for pub in registry.get("publishers", []):
        lines += _table("[[publishers]]", pub)
    for doc in documents:
        lines += _table("[[documents]]", doc)
    return "\n".join(lines)
