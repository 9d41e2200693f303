"""``report.html``: one self-contained page (inline CSS and SVG; no scripts, fonts or images from
anywhere else), links to the bundle's files relative to the report's folder."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .charts import category_bars
from .model import RATING_KEYS, ReportModel

TEMPLATES = Path(__file__).resolve().parent / "templates"
CHART_ORDER = ("compliant", "basically_compliant", "non_compliant", "unrated", "not_applicable")


def render_html(m: ReportModel) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    chart = category_bars(
        [(m.t(c.key), c.counts, m.t("report.points_unit", n=c.points)) for c in m.categories],
        {k: m.rating(None if k == "unrated" else k) for k in CHART_ORDER}, colon=m.colon)
    return env.get_template("report.html").render(m=m, chart=chart, rating_keys=RATING_KEYS)


def write_html(m: ReportModel, path: Path) -> Path:
    path.write_text(render_html(m), encoding="utf-8")
    return path
