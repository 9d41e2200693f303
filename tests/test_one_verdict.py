"""One run, one verdict: after people review and the bundle is checked again, the terminal summary,
the exit code, score.json and every report rest on the same ratings (confirmed over proposed), and
the gap list shows the reviewer's rating, name and reason first.

Real pipeline end to end: check → review import (Excel) → a cited document changes → check again.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from evidence_checker.cli import app
from evidence_checker.results import load_results
from evidence_checker.review.excel import KEYS, SHEET
from test_review_bundle import DOCX_TRAINING, build_bundle

runner = CliRunner()
CHECK = ["--level", "advanced", "--type", "importer", "--as-of", "2026-11-01", "--workers", "1"]
NOTE = "企业管理类别调整通知显示2026年5月曾被降级，处罚记录未列入"
CONDITIONS = {"no_non_compliant": "（一）", "basic_limit": "（二）", "min_total": "（三）"}


@pytest.fixture(autouse=True)
def _own_review_db(monkeypatch):
    monkeypatch.delenv("EVIDENCE_CHECKER_REVIEW_DB", raising=False)


def _check(bundle: Path):
    res = runner.invoke(app, ["check", str(bundle), *CHECK])
    assert res.exit_code in (0, 1), res.output
    return res


def _terminal(output: str) -> tuple[int, bool, set[str]]:
    """(total, passed, failed condition ids) as the terminal summary states them."""
    m = re.search(r"总分：(\d+)\s+结论：(通过|未通过)", output)
    assert m, output
    failed = {cid for cid, mark in CONDITIONS.items() if re.search(rf"✗ {mark}", output)}
    return int(m.group(1)), m.group(2) == "通过", failed


def _review(bundle: Path, out: Path, changes: dict[str, tuple[str, str]]) -> None:
    """Review in Excel, naming the bundle folder (the commands find its run folder)."""
    assert runner.invoke(app, ["review", "export", str(bundle)]).exit_code == 0
    wb = load_workbook(out / "review.xlsx")
    ws = wb[SHEET]
    rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    col = {k: KEYS.index(k) + 1 for k in KEYS}
    for uid, (rating, note) in changes.items():
        ws.cell(row=rows[uid], column=col["rating"], value=rating)
        if note:
            ws.cell(row=rows[uid], column=col["note"], value=note)
    wb.save(out / "review.xlsx")
    res = runner.invoke(app, ["review", "import", str(bundle), str(out / "review.xlsx"), "--reviewer", "张三"])
    assert res.exit_code == 0, res.output
    assert "已按复核结论更新" in res.output


def _reports(out: Path) -> dict[str, tuple[int, bool]]:
    """(total, passed) as each report states it."""
    html = "".join((out / "report.html").read_text(encoding="utf-8").split())
    h = re.search(r"总分(\d+)分", html)
    summary = {r[0]: r[1] for r in load_workbook(out / "report.xlsx")["汇总"].iter_rows(values_only=True) if r[0]}
    text = "".join("".join(p.text for p in docx.Document(out / "self-assessment.docx").paragraphs).split())
    d = re.search(r"预评结论：(通过|未通过)总分：(\d+)", text)
    md = re.search(r"## 预评结论：(通过|未通过) · 总分 (\d+)", (out / "report.md").read_text(encoding="utf-8"))
    assert h and d and md
    return {"html": (int(h.group(1)), "预评结论通过" in html),
            "xlsx": (summary["总分"], summary["预评结论"] == "通过"),
            "docx": (int(d.group(2)), d.group(1) == "通过"),
            "md": (int(md.group(2)), md.group(1) == "通过")}


def test_one_run_one_verdict_after_review_and_recheck(tmp_path):
    bundle = tmp_path / "bundle"
    build_bundle(bundle)
    assert runner.invoke(app, ["init", str(bundle)]).exit_code == 0
    out = bundle / ".evidence-checker"
    _check(bundle)
    proposals = load_results(out).proposals
    # an empty records template decides nothing (issue 12): a person rates this legal unit
    assert proposals["common.20.1"].rating != "compliant", proposals["common.20.1"].reasons

    # the reviewer confirms the training sub-item and overrides a legal-compliance sub-item to 不达标
    _review(bundle, out, {"common.1.1": ("达标", ""), "common.20.1": ("不达标", NOTE)})

    # a cited paragraph of the training policy changes: that confirmation needs a re-check
    training = [h for h in load_results(out).evidence["common.1.1"] if h.path == "制度/关务培训制度.docx"]
    paragraphs = list(DOCX_TRAINING)
    paragraphs[int(training[0].locator.lstrip("¶")) - 1] += "（2026年修订）"
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(bundle / "制度" / "关务培训制度.docx")
    res = _check(bundle)

    total, passed, failed = _terminal(res.output)
    stored = json.loads((out / "score.json").read_text(encoding="utf-8"))
    assert (total, passed) == (stored["total"], stored["passed"])
    assert res.exit_code == (0 if passed else 1)
    assert failed == {c["id"] for c in stored["conditions"] if not c["ok"]}
    # the override counts everywhere: condition (一) fails on common.20, which the tool did not propose as 不达标
    assert "no_non_compliant" in failed
    assert next(i for i in stored["items"] if i["id"] == "common.20")["rating"] == "non_compliant"
    assert stored["sources"]["confirmed"] == 2 and stored["review"] == {"kept": 1, "stale": 1}
    assert stored["proposed"]["total"] != stored["total"]
    assert "1 项已确认保留，1 项需复核" in res.output
    assert f"仅按工具初步建议计算为{stored['proposed']['total']}分" in res.output
    for name, (rtotal, rpassed) in _reports(out).items():
        assert (rtotal, rpassed) == (total, passed), name
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "1 项已确认保留，1 项需复核" in html
    # what changed since the previous check: the edited policy's passage is new evidence, the old one gone
    assert f"与上次检查相比：总分 {total} → {total}" in res.output, res.output
    assert "证据新增1条、消失1条，涉及分项：common.1.1" in res.output
    assert "与上次检查相比" in html and html.count('class="trend-point') == 2
    js = runner.invoke(app, ["check", str(bundle), *CHECK, "--json"])
    assert json.loads(js.stdout)["total"] == total and js.exit_code == res.exit_code
    again = runner.invoke(app, ["report", str(bundle), "--json"])  # the bundle folder names its run
    assert again.exit_code == 0, again.output
    assert (json.loads(again.stdout)["total"], json.loads(again.stdout)["passed"]) == (total, passed)

    # the gap list: the reviewer's rating, name and reason first; the tool's reasons labelled as its own
    md = (out / "report.md").read_text(encoding="utf-8")
    gap = md[md.index("common.20", md.index("## 差距分析")):]
    gap = gap[:gap.index("\n### ")] if "\n### " in gap else gap
    assert f"复核人张三改判为不达标：{NOTE}" in gap
    assert gap.index("复核人张三") < gap.index("工具初步建议")  # then the tool's reasons, labelled as its own
    assert f"复核意见：{NOTE}" in gap  # what is missing is the reviewer's finding, not an empty list
    xlsx = load_workbook(out / "report.xlsx")["差距分析"]
    head = [c.value for c in xlsx[1]]
    row = next(r for r in xlsx.iter_rows(values_only=True) if r[1] == "common.20")
    assert str(row[head.index("理由")]).startswith("复核人张三改判为不达标")
