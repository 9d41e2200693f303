"""report.html in a real browser: it renders (full-page screenshot), asks for nothing over the network,
and gets its Chinese font from the machine.

The README picture (the top of the demo bundle's report) is made with the same browser settings::

    evidence-checker check corpora/build/adv-importer-pass
    .venv/bin/python tests/test_report_browser.py \
        corpora/build/adv-importer-pass/.evidence-checker/report.html docs/report-screenshot.png
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_checker.report import HTML, write_reports
from test_report_bundle import build_bundle

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
NOTO = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")


def screenshot(html: Path, png: Path, *, width: int = 1200, height: int | None = None) -> dict:
    """Open ``html`` in headless Chromium and save a PNG (the full page, or its top ``height`` pixels);
    returns what the page asked for and a few computed styles."""
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(html.as_uri())
            page.wait_for_load_state("load")
            info = page.evaluate("""() => ({
                noto: document.fonts.check('16px "Noto Sans CJK SC"'),
                verdict: getComputedStyle(document.querySelector('.verdict-word')).color,
                verdictSize: parseFloat(getComputedStyle(document.querySelector('.verdict-word')).fontSize),
                bodySize: parseFloat(getComputedStyle(document.body).fontSize),
                width: document.documentElement.scrollWidth,
            })""")
            if height:
                page.screenshot(path=str(png), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
            else:
                page.screenshot(path=str(png), full_page=True)
        finally:
            browser.close()
    return {**info, "requests": requests}


def test_report_renders_in_chromium(tmp_path):
    from PIL import Image

    _, out = build_bundle(tmp_path)
    write_reports(out)
    png = tmp_path / "report.png"
    info = screenshot(out / HTML, png)

    assert all(u.startswith(("file://", "data:", "about:")) for u in info["requests"]), info["requests"]
    assert info["width"] <= 1200  # nothing overflows sideways
    assert info["verdict"] == "rgb(198, 40, 40)" and info["verdictSize"] >= 3 * info["bodySize"]
    if NOTO.exists():
        assert info["noto"]

    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = Image.open(png).convert("RGB")
    w, h = img.size
    assert w == 1200 and h > 5000  # the whole report, not one screen
    colours = img.resize((300, h // 4)).getcolors(maxcolors=1 << 16)
    assert colours is not None and len(colours) > 200
    # the verdict box carries the failing colour near the top of the page
    top = img.crop((0, 0, w, 700))
    red = sum(n for n, (r, g, b) in top.getcolors(maxcolors=1 << 20) if r > 180 and g < 80 and b < 80)
    assert red > 500



if __name__ == "__main__":  # the README picture: python tests/test_report_browser.py REPORT.html OUT.png
    import sys

    screenshot(Path(sys.argv[1]).resolve(), Path(sys.argv[2]), height=int(sys.argv[3]) if len(sys.argv) > 3 else 1640)
