"""``report.md``: the content of the HTML report as plain Markdown (GitHub-flavoured tables)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .model import RATING_KEYS, ReportModel
from .to_html import TEMPLATES


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell: no pipes or line breaks of its own."""
    return " ".join(str(text).replace("|", "\\|").split())


def md_link(href: str, text: str) -> str:
    """``[text](href)`` (angle brackets keep spaces in the link), or the text alone without a link."""
    text = text.replace("[", "\\[").replace("]", "\\]").replace("|", "\\|")
    return f"[{text}](<{href}>)" if href else text


def render_markdown(m: ReportModel) -> str:
    # Markdown is not HTML: escaping is done per table cell (|cell) instead of Jinja's HTML autoescape
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["cell"] = cell
    return env.get_template("report.md").render(m=m, rating_keys=RATING_KEYS, link=md_link)


def write_markdown(m: ReportModel, path: Path) -> Path:
    path.write_text(render_markdown(m), encoding="utf-8")
    return path
