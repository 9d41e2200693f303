"""report.html reads on a desk and on a phone: at 1440 and 390 px wide nothing runs off the page
sideways, no table cell is squeezed to one character a line, and the verdict's conditions keep a
readable width. The screenshots in docs/ are made with the same browser settings::

    evidence-checker check corpora/build/adv-importer-pass
    .venv/bin/python tests/test_report_layout.py corpora/build/adv-importer-pass/.evidence-checker/report.html docs
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evidence_checker.report import HTML, write_reports
from test_report_bundle import build_bundle

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
WIDTHS = (1440, 390)
DOCS = Path(__file__).resolve().parent.parent / "docs"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")

# What overflows: elements past the right edge that are not inside a box that scrolls on its own,
# and table cells narrower than two characters holding three or more (one character a line).
LAYOUT_JS = """() => {
  const W = document.documentElement.clientWidth;
  const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p); if (['auto', 'scroll', 'hidden'].includes(s.overflowX)) return true; }
    return false; };
  const out = [], narrow = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (r.right > W + 1 && !scrolls(el)) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
    if (el.tagName === 'TD' || el.tagName === 'TH') {
      const text = el.textContent.trim(), fs = parseFloat(getComputedStyle(el).fontSize);
      if (text.length >= 3 && r.width < 2 * fs && r.height > 3 * fs) narrow.push(text.slice(0, 12) + ' ' + Math.round(r.width));
    }
  }
  const conds = document.querySelector('.conditions');
  return {scrollWidth: document.documentElement.scrollWidth, width: W, out: out.slice(0, 10), narrow: narrow.slice(0, 10),
          conditions: conds ? conds.getBoundingClientRect().width : null};
}"""


def layout(html: Path, width: int, png: Path | None = None) -> dict:
    """Open ``html`` at ``width`` px; the layout facts above, and a screenshot of the first screens."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(html.resolve().as_uri())
            page.wait_for_load_state("load")
            info = page.evaluate(LAYOUT_JS)
            if png is not None:
                height = min(page.evaluate("document.documentElement.scrollHeight"), 2400 if width < 600 else 1400)
                page.screenshot(path=str(png), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
        finally:
            browser.close()
    return info


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    _, out = build_bundle(tmp_path_factory.mktemp("layout"))
    write_reports(out)
    return out / HTML


@pytest.mark.parametrize("width", WIDTHS)
def test_report_has_no_overflow(report, width, tmp_path):
    png = tmp_path / f"report-{width}.png"
    info = layout(report, width, png)
    assert info["scrollWidth"] <= width, info
    assert not info["out"], info["out"]
    assert not info["narrow"], info["narrow"]
    assert info["conditions"] >= min(300, width * 0.7), info  # the conditions read as sentences
    from PIL import Image

    assert Image.open(png).size[0] == width


def test_docs_screenshots_are_there_at_both_widths():
    from PIL import Image

    for width in WIDTHS:
        png = DOCS / f"report-{width}.png"
        assert png.is_file(), f"{png}: make it with `python tests/test_report_layout.py REPORT.html docs`"
        assert Image.open(png).size[0] == width


if __name__ == "__main__":  # pragma: no cover - makes the docs/ pictures
    html, folder = Path(sys.argv[1]), Path(sys.argv[2])
    for w in WIDTHS:
        facts = layout(html, w, folder / f"report-{w}.png")
        print(w, facts)
