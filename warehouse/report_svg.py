"""Inline SVG bar charts for the static report: no script, no external resource."""
from __future__ import annotations

from html import escape

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 190
BAR_MAX = 360
VALUE_WIDTH = 48


def bar_chart(chart_id: str, title: str, items: list[tuple[str, int]]) -> str:
    """A horizontal bar chart: one ``<g class="bar">`` (label, ``<rect>``, value) per item."""
    if not items:
        return f'<p class="empty" id="{escape(chart_id)}">No data for “{escape(title)}”.</p>'
    top = max(value for _, value in items) or 1
    height = len(items) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_MAX + VALUE_WIDTH
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" role="img" '
        f'aria-labelledby="{escape(chart_id)}-title" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
    ]
    for i, (label, value) in enumerate(items):
        y = GAP + i * (BAR_HEIGHT + GAP)
        bar = max(1, round(BAR_MAX * value / top)) if value else 0
        mid = y + BAR_HEIGHT / 2
        parts.append(
            f'<g class="bar" data-label="{escape(label)}" data-value="{value}">'
            f'<text class="label" x="{LABEL_WIDTH - 8}" y="{mid}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(label)}</text>'
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{bar}" height="{BAR_HEIGHT}" rx="3"/>'
            f'<text class="value" x="{LABEL_WIDTH + bar + 6}" y="{mid}" dominant-baseline="middle">{value}</text>'
            "</g>"
        )
    parts.append("</svg>")
    return "".join(parts)
