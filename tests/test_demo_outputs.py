"""No raw key in any Chinese output of the demo run: the terminal summary, the four reports and the
review workbook say 第1页表1第3行, 工作表“目录”第2行, 企业概况未勾选“出入境特殊物品” — never
``p1 table1 r3``, ``¶8``, ``special_items=false``, ``occasions``, ``None``.

The rule: an ASCII word in the output must come from the documents themselves (quoted evidence,
file names) or be an id, a file name or a command; anything else is the tool's own key leaking out.
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from evidence_checker.cli import app
from evidence_checker.locators import cite, place
from evidence_checker.results import load_results

DEMO = "adv-importer-pass"
RAW = (r"\b[a-z]+(?:_[a-z]+)+\b", r"\w+=(?:true|false|none|null)\b", r"\bp\d+ (?:table|¶|ocr)", r"\btable\d+\b",
       r"\br\d+\b", r"ocr-block", r"¶\d", r"\bNone\b", r"\b(?:True|False)\b", r"\d+/None")
IDS = re.compile(r"\b(?:common|importer|broker|ftsp)(?:\.\d+)+")
PATHS = re.compile(r"[\w\-.（）()]+(?:/[\w\-.（）() ]+)+|\S+\.(?:html|xlsx|docx|md|json|jsonl|yaml|csv|pdf|sqlite)\b")
COMMAND = re.compile(r"(?:evidence-checker|review)(?: [a-z/\-]+)*")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _cells(path: Path) -> str:
    """The text a person sees in a workbook: visible sheets, rows and columns (the review workbook
    keeps its round-trip keys in hidden columns and rows)."""
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in wb if ws.sheet_state == "visible" for row in ws.iter_rows()
                     for c in row if c.value is not None and not ws.column_dimensions[c.column_letter].hidden
                     and not ws.row_dimensions[c.row].hidden)


def outputs(out: Path, terminal: str) -> dict[str, str]:
    html = _Text()
    html.feed((out / "report.html").read_text(encoding="utf-8"))
    d = docx.Document(out / "self-assessment.docx")
    return {
        "terminal": terminal,
        "report.md": re.sub(r"\]\(<[^>]*>\)", "]", (out / "report.md").read_text(encoding="utf-8")),
        "report.html": "\n".join(html.parts),
        "report.xlsx": _cells(out / "report.xlsx"),
        "self-assessment.docx": "\n".join([p.text for p in d.paragraphs]
                                          + [c.text for t in d.tables for r in t.rows for c in r.cells]),
        "review.xlsx": _cells(out / "review.xlsx"),
    }


def document_words(out: Path) -> set[str]:
    """Every ASCII word of the documents' own text and paths (quoted evidence may hold any)."""
    words = set()
    with (out / "passages.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for s in (d.get("text", ""), d.get("path", "")):
                words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9_\-]*", s))
    return words


def raw_keys(text: str, allowed: set[str]) -> list[tuple[str, str]]:
    found = []
    for line in text.splitlines():
        clean = COMMAND.sub(" ", PATHS.sub(" ", IDS.sub(" ", line)))
        for pat in RAW:
            found += [(m.group(), line) for m in re.finditer(pat, clean)]
        for m in re.finditer(r"(?<![A-Za-z0-9_\-./])([a-z][a-z\-]{2,})(?![A-Za-z0-9_])", clean):
            if m.group(1).lower() not in allowed:
                found.append((m.group(1), line))
    return found


def test_locators_in_words():
    assert place("a.pdf", 1, "p1 table1 r3") == "第1页表1第3行"
    assert place("a.docx", None, "¶8") == "第8段"
    assert place("目录.xlsx", 1, "目录!A2:E2") == "工作表“目录”第2行"  # a sheet is not a page
    assert place("records/处罚记录.csv", 1, "处罚记录!A2:E4") == "第2至4行"  # a CSV has one sheet
    assert place("截图.png", 1, "p1 ocr-block 4") == "识别文字第4块"  # an image has one page
    assert place("a.pdf", 2, "p2 ¶5", "en") == "p.2 para. 5"
    assert cite("x.zip!制度/培训制度.docx", None, "table1 r2") == "《培训制度.docx》表1第2行"
    assert place("a.docx", None, "strange-locator") == "strange-locator"  # unknown shapes stay as they are


@pytest.fixture(scope="module")
def demo_run(corpora_built, tmp_path_factory) -> tuple[Path, str]:
    bundle = tmp_path_factory.mktemp("demo") / DEMO
    shutil.copytree(corpora_built / DEMO, bundle, ignore=shutil.ignore_patterns(".evidence-checker"))
    out = bundle / ".evidence-checker"
    runner = CliRunner()
    res = runner.invoke(app, ["check", str(bundle)])
    assert res.exit_code in (0, 1), res.output
    exported = runner.invoke(app, ["review", "export", str(out)])
    assert exported.exit_code == 0, exported.output
    return out, res.output + exported.output


def test_no_raw_key_in_any_chinese_output_of_the_demo_run(demo_run):
    out, terminal = demo_run
    allowed = document_words(out)
    texts = outputs(out, terminal)
    assert all(len(t) > 200 for t in texts.values())
    leaks = {name: raw_keys(text, allowed)[:5] for name, text in texts.items()}
    assert not any(leaks.values()), leaks
    # the facts the issue found leaking now read in words
    md = texts["report.md"]
    assert "企业概况未勾选“" in md and "第1页表1第" in md and "工作表“" in md


# ---------------------------------------------------------------------------------------------
# the review page on a scan: the page image with the OCR block boxed

def _scan_hit(out: Path):
    res = load_results(out)
    for uid, hits in res.evidence.items():
        for h in hits:
            p = res.passages.get(h.passage_id) or {}
            if p.get("kind") == "ocr" and h.path.lower().endswith(".png") and p.get("bbox"):
                return uid, h, p
    raise AssertionError("the demo bundle's screenshots should be evidence")


def test_review_page_shows_a_scan_with_its_ocr_block_boxed(demo_run):
    from io import BytesIO

    from fastapi.testclient import TestClient
    from PIL import Image

    from evidence_checker.review.web import create_app

    out, _ = demo_run
    uid, hit, passage = _scan_hit(out)
    item = uid.rsplit(".", 1)[0] if uid.count(".") == 2 else uid
    c = TestClient(create_app(out), base_url="http://127.0.0.1:8765")
    html = c.get(f"/item/{item}").text
    assert f'src="/passage/{hit.passage_id}/page.png"' in html
    assert "识别文字第" in html  # where the passage is, in words
    r = c.get(f"/passage/{hit.passage_id}/page.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    img = Image.open(BytesIO(r.content)).convert("RGB")
    x0, top, x1, bottom = (int(v) for v in passage["bbox"])
    scale = min(1.0, 1400 / Image.open(out.parent / hit.path).width)
    # the red outline runs along the OCR block's top edge, not elsewhere
    row = [img.getpixel((x, max(0, int(top * scale) - 3))) for x in range(int(x0 * scale), int(x1 * scale))]
    assert sum(1 for p in row if p[0] > 190 and p[1] < 90 and p[2] < 90) > 0.8 * len(row)
    # a Word passage still has no page image
    docx_pid = next(h.passage_id for hs in load_results(out).evidence.values() for h in hs if h.path.endswith(".docx"))
    assert c.get(f"/passage/{docx_pid}/page.png").status_code == 404


CHROMIUM = Path("/usr/bin/chromium")


def review_screenshot(out: Path, uid: str, pid: str, png: Path, width: int = 1440) -> dict:
    """The review page of ``uid``'s item in Chromium (real uvicorn), scrolled to the scan of ``pid``;
    saves a screenshot and returns layout facts."""
    from playwright.sync_api import sync_playwright

    from evidence_checker.review.web import create_app
    from test_review_browser import ARGS, serving

    item = uid.rsplit(".", 1)[0] if uid.count(".") == 2 else uid
    with serving(create_app(out)) as port:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            try:
                page = browser.new_page(viewport={"width": width, "height": 1000})
                page.goto(f"http://127.0.0.1:{port}/item/{item}")
                img = page.locator(f'img[src="/passage/{pid}/page.png"]')
                img.scroll_into_view_if_needed()
                page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
                facts = page.evaluate("""i => ({scrollWidth: document.documentElement.scrollWidth,
                    width: document.documentElement.clientWidth, shown: i.getBoundingClientRect().width,
                    right: i.getBoundingClientRect().right})""", img.element_handle())
                page.screenshot(path=str(png))
            finally:
                browser.close()
    return facts


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")
def test_review_page_scan_in_chromium_fits_the_page(demo_run, tmp_path):
    out, _ = demo_run
    uid, hit, _ = _scan_hit(out)
    facts = review_screenshot(out, uid, hit.passage_id, tmp_path / "review.png")
    assert facts["scrollWidth"] <= facts["width"], facts
    assert facts["shown"] > 200 and facts["right"] <= facts["width"], facts
    docs = Path(__file__).resolve().parent.parent / "docs" / "review-scan.png"
    assert docs.is_file(), f"{docs}: make it with `python tests/test_demo_outputs.py RUN_DIR docs`"


if __name__ == "__main__":  # pragma: no cover - makes docs/review-scan.png from a run of the demo bundle
    import sys

    run_dir, folder = Path(sys.argv[1]), Path(sys.argv[2])
    uid, hit, _ = _scan_hit(run_dir)
    print(review_screenshot(run_dir, uid, hit.passage_id, folder / "review-scan.png"))


# ---------------------------------------------------------------------------------------------
# English from the same facts

CJK = re.compile(r"[\u4e00-\u9fff]")


def _names(results, enterprise: str) -> set[str]:
    """What an English output may show in Chinese: the standard's own words (titles, texts,
    sections, its name), the enterprise, and the documents' paths and file names."""
    from evidence_checker.catalog import load_standard

    std = load_standard()
    items = [i for t in std.tables for i in t.items]
    names = {i.title for i in items} | {s.text for i in items for s in i.subitems} | {enterprise, std.title}
    names |= {i.text for i in items if i.text} | {i.section for i in items if i.section}
    names |= {q.get("path", "") for q in results.passages.values()}
    names |= {n for q in results.passages.values() for n in q.get("path", "").replace("!", "/").split("/")}
    return {n for n in names if n}


def _leftover(line: str, names: set[str]) -> str:
    """``line`` without names and quoted text (《…》, “…”): any Chinese left is the tool's own words."""
    for n in sorted(names, key=len, reverse=True):
        line = line.replace(n, "")
    return re.sub(r"《[^》]*》|“[^”]*”", "", line)


def test_english_reasons_come_from_the_same_facts(demo_run):
    """With --lang en the reasons, missing texts and facts of every unit are English — the
    document-based ones (internal control, trade security) and the records-based ones (legal
    compliance, finance: penalties, declarations, quarterly indicators, the abnormal list, the audit
    opinion, the composite score): only names (files, the standard's own words, the enterprise)
    and quoted text stay Chinese."""
    from evidence_checker.messages import Msg
    from evidence_checker.report import build_model, load_decisions

    out, _ = demo_run
    results = load_results(out)
    stored = json.loads((out / "proposals.json").read_text(encoding="utf-8"))["subitems"]
    assert any("messages" in p for p in stored.values())
    # proposals.json keeps the Chinese text; read back, a reason is the message it was built from
    for uid in ("common.1.1", "importer.7.3", "common.13"):
        p = results.proposals[uid]
        assert all(isinstance(r, Msg) for r in p.reasons) and [str(r) for r in p.reasons] == stored[uid]["reasons"]
    m = build_model(results, load_decisions(out), lang="en")
    zh = build_model(results, load_decisions(out), lang="zh")
    names = _names(results, m.enterprise)

    checked: dict[str, int] = {}
    for item, item_zh in zip(m.items, zh.items):
        for u, u_zh in zip(item.units, item_zh.units):
            for line in u.reasons + u.missing + u.facts:
                assert not CJK.search(_leftover(line, names)), (u.id, line)
                checked[item.category] = checked.get(item.category, 0) + 1
            assert len(u.reasons) == len(u_zh.reasons) and len(u.missing) == len(u_zh.missing)  # the same facts
    assert checked["internal_control"] + checked["trade_security"] > 200
    assert checked["legal_compliance"] > 40 and checked["financial"] > 5
    # the records' own sentences, in English, with the numbers of the Chinese ones
    en = {u.id: u for i in m.items for u in i.units}
    zhu = {u.id: u for i in zh.items for u in i.units}
    assert any("CNY 50,000" in r for r in en["importer.7.3"].reasons)
    assert any("5万元" in r for r in zhu["importer.7.3"].reasons)
    assert any(r.startswith("composite score = ") for r in en["common.13"].reasons)
    assert any(r.startswith("综合分值 = ") for r in zhu["common.13"].reasons)
    # the same in the gap list
    for g in m.gaps:
        for gu in g.units:
            assert not any(CJK.search(_leftover(x, names)) for x in gu.reasons + gu.missing), gu.id


class _Unquoted(_Text):
    """The text of a page without quoted evidence (``<q>``), styles and scripts."""

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script", "q")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script", "q")


def test_english_report_html_has_no_chinese_of_its_own(demo_run, tmp_path):
    """report.html in English: every Chinese run is quoted evidence, a file name, the enterprise or
    the standard's own words (quoted or as the item's text) — not a reason, label or reading."""
    from evidence_checker.report import build_model, load_decisions, write_reports

    src, _ = demo_run
    bundle = tmp_path / DEMO
    shutil.copytree(src.parent, bundle)
    out = bundle / src.name
    write_reports(out, lang="en")
    results = load_results(out)
    names = _names(results, build_model(results, load_decisions(out), lang="en").enterprise)
    page = _Unquoted()
    page.feed((out / "report.html").read_text(encoding="utf-8"))
    lines = [x for part in page.parts for x in part.splitlines() if x.strip()]
    assert len(lines) > 500 and any("CNY" in x for x in lines)
    left = [x for x in lines if CJK.search(_leftover(x, names))]
    assert not left, left[:10]


def _red_rows(png: bytes) -> tuple[int, int]:
    from io import BytesIO

    from PIL import Image

    img = Image.open(BytesIO(png)).convert("RGB")
    w, h = img.size
    px = img.load()
    ys = [y for y in range(h) if any(px[x, y][0] > 200 and px[x, y][1] < 60 and px[x, y][2] < 60
                                     for x in range(int(w * 0.2), int(w * 0.8), 5))]
    return min(ys), max(ys)


def test_review_page_boxes_the_table_row_not_the_table(demo_run):
    from fastapi.testclient import TestClient

    from evidence_checker.review.web import create_app

    out, _ = demo_run
    res = load_results(out)
    rows = {}
    for p in res.passages.values():
        if p.get("kind") == "table_row" and p["path"].endswith(".pdf"):
            rows.setdefault((p["path"], p["page"], tuple(p["bbox"])), {})[p["row"]] = p
    (path, page, table), by_row = next((k, v) for k, v in rows.items() if len(v) >= 3)
    c = TestClient(create_app(out), base_url="http://127.0.0.1:8765")
    boxes = {n: _red_rows(c.get(f"/passage/{by_row[n]['id']}/page.png").content) for n in (2, 3)}
    table_height = (table[3] - table[1]) * 1.5  # the page is drawn at 1.5 px a point
    for top, bottom in boxes.values():
        assert bottom - top < 0.6 * table_height  # one row, not the whole table
    assert boxes[2][0] < boxes[3][0] and boxes[2][1] < boxes[3][1]  # row 3 below row 2
