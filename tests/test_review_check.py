"""End to end with the real pipeline: check → review (Excel, web) → change a file → check again.

People's decisions survive a re-check; those whose evidence changed are marked 需复核 (stale).
"""

from __future__ import annotations

import re

from docx import Document
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from typer.testing import CliRunner

from evidence_checker.cli import app
from evidence_checker.results import load_results
from evidence_checker.review import confirmed_ratings
from evidence_checker.review.excel import KEYS, SHEET
from evidence_checker.review.web import create_app
from test_review_bundle import DOCX_TRAINING, build_bundle

runner = CliRunner()
CHECK = ["--level", "advanced", "--type", "importer", "--as-of", "2026-11-01", "--workers", "1"]


def check(bundle):
    res = runner.invoke(app, ["check", str(bundle), *CHECK])
    assert res.exit_code in (0, 1), res.output
    return bundle / ".evidence-checker"


def test_decisions_survive_a_recheck_and_changed_evidence_is_marked_stale(tmp_path):
    bundle = tmp_path / "bundle"
    build_bundle(bundle)
    assert runner.invoke(app, ["init", str(bundle)]).exit_code == 0
    out = check(bundle)
    results = load_results(out)
    training = [h for h in results.evidence.get("common.1.1", []) if h.path == "制度/关务培训制度.docx"]
    finance = results.evidence.get("common.12", [])
    assert training and finance, "the matcher should find the training policy and the balance sheet"

    # review in Excel: confirm the training sub-item, override the financial item with a reason
    res = runner.invoke(app, ["review", "export", str(out)])
    assert res.exit_code == 0, res.output
    wb = load_workbook(out / "review.xlsx")
    ws = wb[SHEET]
    rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    col = {k: KEYS.index(k) + 1 for k in KEYS}
    assert "关务培训制度.docx" in (ws.cell(row=rows["common.1.1"], column=col["ev1"]).value or "") + \
        (ws.cell(row=rows["common.1.1"], column=col["ev2"]).value or "")
    ws.cell(row=rows["common.1.1"], column=col["rating"], value="达标")
    ws.cell(row=rows["common.12"], column=col["rating"], value="基本达标")
    ws.cell(row=rows["common.12"], column=col["note"], value="资产负债率偏高，按2019年第46号公告核算")
    wb.save(out / "review.xlsx")
    res = runner.invoke(app, ["review", "import", str(out), str(out / "review.xlsx"), "--reviewer", "张三"])
    assert res.exit_code == 0, res.output
    before = confirmed_ratings(out)
    assert before["common.1.1"].rating == "compliant" and before["common.12"].rating == "basically_compliant"

    # the web page shows the real evidence, matched terms highlighted, document text escaped
    c = TestClient(create_app(out), base_url="http://127.0.0.1:8765")
    html = c.get("/item/common.1").text
    assert re.search(r"<mark>[^<]*培训[^<]*</mark>", html)
    assert "<script>alert" not in c.get("/item/common.3").text

    # the paragraph of the training policy the evidence cites is edited; the balance sheet is not
    cited = int(training[0].locator.lstrip("¶")) - 1
    paragraphs = list(DOCX_TRAINING)
    paragraphs[cited] += "（2026年修订）"
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(bundle / "制度" / "关务培训制度.docx")
    check(bundle)
    after = confirmed_ratings(out)
    assert set(after) == set(before)
    assert after["common.1.1"].stale and after["common.1.1"].rating == "compliant"
    assert not after["common.12"].stale
    html = c.get("/?filter=stale").text
    assert 'href="/item/common.1"' in html and 'href="/item/common.12"' not in html
