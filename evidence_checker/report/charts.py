"""Inline SVG charts for the HTML report (no scripts, no external files; inline SVG in HTML5 needs no
namespace declaration)."""

from __future__ import annotations

from markupsafe import Markup, escape

# rating key -> (fill, text colour); the HTML report's CSS uses the same colours
COLOURS = {
    "compliant": ("#2e7d32", "#ffffff"),
    "basically_compliant": ("#e69a00", "#ffffff"),
    "non_compliant": ("#c62828", "#ffffff"),
    "unrated": ("#7b61c4", "#ffffff"),
    "not_applicable": ("#c9ccd1", "#333333"),
}


def text_width(text: str, size: float = 13) -> float:
    """Rough rendered width: CJK characters are square, Latin about half as wide."""
    return sum(size if ord(ch) > 0x2e80 else size * 0.58 for ch in text)


def category_bars(rows: list[tuple[str, dict[str, int], str]], legend: dict[str, str], *,
                  width: int = 600, bar_height: int = 26, colon: str = "：") -> Markup:
    """Horizontal stacked bars, one per category: the number of items at each rating.

    ``rows`` are (category label, {rating key: count}, right-hand note such as "-3分"); ``legend``
    maps the rating keys to show, in order, to their labels. The label and note columns are as wide
    as their longest text.
    """
    gap = 14
    label_width = max((text_width(name, 14) for name, _, _ in rows), default=60) + 14
    value_width = max((text_width(note) for _, _, note in rows), default=30) + 16
    scale_max = max((sum(c.get(k, 0) for k in legend) for _, c, _ in rows), default=1) or 1
    plot = width - label_width - value_width
    top = 8
    parts = []
    for n, (name, counts, note) in enumerate(rows):
        y = top + n * (bar_height + gap)
        parts.append(f'<text x="{label_width - 10}" y="{y + bar_height / 2 + 5}" text-anchor="end" '
                     f'class="lbl">{escape(name)}</text>')
        x = float(label_width)
        for key in legend:
            count = counts.get(key, 0)
            if not count:
                continue
            w = plot * count / scale_max
            fill, ink = COLOURS[key]
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_height}" rx="3" fill="{fill}">'
                         f'<title>{escape(name)} · {escape(legend[key])}{colon}{count}</title></rect>')
            if w >= 18:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + bar_height / 2 + 5}" text-anchor="middle" '
                             f'fill="{ink}" class="num">{count}</text>')
            x += w
        parts.append(f'<text x="{width - value_width + 10}" y="{y + bar_height / 2 + 5}" class="val">'
                     f'{escape(note)}</text>')
    ly = top + len(rows) * (bar_height + gap) + 4
    lx = float(label_width)
    for key, text in legend.items():
        step = 30 + text_width(text, 12.5)
        if lx + step - 12 > width and lx > label_width:  # wrap the legend
            lx, ly = float(label_width), ly + 20
        fill, _ = COLOURS[key]
        parts.append(f'<rect x="{lx:.1f}" y="{ly}" width="12" height="12" rx="2" fill="{fill}"/>'
                     f'<text x="{lx + 17:.1f}" y="{ly + 11}" class="leg">{escape(text)}</text>')
        lx += step
    height = ly + 24
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" '
                  f'width="{width}" height="{height}" role="img">{"".join(parts)}</svg>')
