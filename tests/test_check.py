"""The main job end to end on a small real bundle: init, check, the files it writes, exit codes,
structured records (a penalty over the limit, malformed rows), and a re-run that keeps reviews."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from evidence_checker.cli import app
from evidence_checker.results import load_results
from evidence_checker.score import score
from evidence_checker.catalog import load_standard

runner = CliRunner()


def _docx(path: Path, paragraphs: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    doc.save(path)


def two_policies(root: Path) -> Path:
    """A small bundle of two real policies (training, visitors) in item folders, under ``root``."""
    _docx(root / "01 海关业务培训" / "海关法律法规培训管理办法.docx", [
        "海关法律法规培训管理办法",
        "第三条 关务部每年组织海关法律法规内部培训不少于两次，法定代表人、关务负责人须参加。",
    ])
    _docx(root / "24 进入安全" / "门卫及来访人员管理制度.docx", [
        "第三条 来访人员须出示身份证件登记，佩戴临时访客证，由被访人员陪同。",
    ])
    return root


@pytest.fixture()
def bundle(tmp_path) -> Path:
    root = two_policies(tmp_path / "材料")
    (root / "坏文件.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>\n")  # truncated: must be reported, not crash
    return root


def test_init_writes_profile_and_record_templates_without_overwriting(bundle):
    res = runner.invoke(app, ["init", str(bundle), "--enterprise", "测试进出口有限公司", "--as-of", "2026-11-01"])
    assert res.exit_code == 0, res.output
    text = (bundle / "profile.yaml").read_text(encoding="utf-8")
    assert "测试进出口有限公司" in text and "as_of: 2026-11-01" in text and "# 进出口食品" in text
    # init says what to do next, down to the statements each legal-compliance item is decided from
    assert "下一步" in res.output and "evidence-checker check" in res.output
    assert "common.14 人员守法：法定代表人、关务负责人等无犯罪记录证明或声明" in res.output
    assert "common.22 外部信用：信用中国等失信名单查询截图" in res.output
    templates = sorted(p.name for p in (bundle / "records").iterdir())
    assert "处罚记录.csv" in templates and "财务数据.csv" in templates
    assert (bundle / "records" / "处罚记录.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    (bundle / "profile.yaml").write_text(text.replace("测试进出口有限公司", "改过的名字"), encoding="utf-8")
    again = runner.invoke(app, ["init", str(bundle)])
    assert again.exit_code == 0 and "未覆盖" in again.output
    assert "改过的名字" in (bundle / "profile.yaml").read_text(encoding="utf-8")


def _init(bundle: Path) -> None:
    assert runner.invoke(app, ["init", str(bundle), "--as-of", "2026-11-01"]).exit_code == 0


def test_check_writes_every_output_and_reports_the_unread_file(bundle, tmp_path):
    _init(bundle)
    out = tmp_path / "out"
    res = runner.invoke(app, ["check", str(bundle), "--out", str(out)])
    assert res.exit_code == 3, res.output  # some files unread: documented exit code
    assert "坏文件.pdf" in res.output and "Traceback" not in res.output
    for name in ("inventory.json", "passages.jsonl", "evidence.json", "proposals.json", "score.json", "run.json",
                 "report.html", "report.xlsx", "self-assessment.docx", "report.md", "review.sqlite"):
        assert (out / name).exists(), name
    results = load_results(out)
    assert any(f["path"] == "坏文件.pdf" and f["status"] == "failed" for f in results.inventory)
    # before any review, score.json is the official scoring of the proposals, and says so
    a = load_standard("2018-177").assessment("advanced", "importer")
    rated = {u: p.rating for u, p in results.proposals.items() if p.status != "needs_review" and p.rating}
    stored = dict(results.score)
    assert stored.pop("validity")["status"] == "replaced"  # as_of 2026 is after 2018-177 was replaced
    assert stored.pop("readings")["unset_flags"] == "not_applicable"  # the readings in force, named
    assert stored.pop("sources") == {"proposed": len(rated), "needs_review": len(results.proposals) - len(rated)}
    assert stored.pop("review") == {"kept": 0, "stale": 0}
    assert stored == score(a, rated).to_json()
    # the visitor clause is evidence for visitor registration, with its reason
    top = results.evidence["common.24.3"][0]
    assert top.path == "24 进入安全/门卫及来访人员管理制度.docx" and top.why["terms"]
    # empty record templates decide nothing: legal units wait for a person
    assert results.proposals["importer.7.1"].status == "needs_review"


def test_check_json_and_records_decide_legal_units(bundle, tmp_path):
    _init(bundle)
    (bundle / "坏文件.pdf").unlink()
    records = bundle / "records"
    (records / "处罚记录.csv").write_text(
        "\ufeff处罚日期,决定书编号,违法类别,处罚金额(元),说明\n"
        "2026-04-10,北关缉违字〔2026〕12号,海关监管,45000,申报不实\n"
        "2026-13-40,坏行,海关监管,abc,日期和金额都不对\n", encoding="utf-8")
    out = tmp_path / "out"
    res = runner.invoke(app, ["check", str(bundle), "--out", str(out), "--json"])
    assert res.exit_code == 1, res.output  # proposals do not pass
    data = json.loads(res.stdout)
    assert data["passed"] is False and {c["id"] for c in data["conditions"]} == {
        "no_non_compliant", "basic_limit", "min_total"}
    results = load_results(out)
    p = results.proposals["importer.7.1"]  # 1年内无因违反海关监管规定被处罚金额超过3万元的行为
    assert p.rating == "non_compliant" and any("4.5万" in r or "45,000" in r or "45000" in r for r in p.reasons)
    problems = results.run["record_problems"]
    assert any("处罚记录.csv" in m and "第3行" in m for m in problems), problems


def test_check_without_profile_or_level_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("内容", encoding="utf-8")
    res = runner.invoke(app, ["check", str(tmp_path)])
    assert res.exit_code == 2 and "profile.yaml" in res.output
    missing = runner.invoke(app, ["check", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "不存在" in missing.output


def test_recheck_keeps_a_confirmation_and_marks_changed_evidence_stale(bundle, tmp_path):
    from evidence_checker.review import confirmed_ratings
    from evidence_checker.review.store import decide, open_store

    _init(bundle)
    (bundle / "坏文件.pdf").unlink()
    out = tmp_path / "out"
    runner.invoke(app, ["check", str(bundle), "--out", str(out)])
    store = open_store(out)
    try:
        decide(store, "common.24.3", "compliant", reviewer="李审核", note="制度齐全")
    finally:
        store.close()
    _docx(bundle / "24 进入安全" / "门卫及来访人员管理制度.docx", [
        "第三条 来访人员须出示身份证件登记，佩戴临时访客证，由被访人员全程陪同，并在离开时交回访客证。",
    ])
    runner.invoke(app, ["check", str(bundle), "--out", str(out)])
    decisions = confirmed_ratings(out)
    assert decisions["common.24.3"].rating == "compliant" and decisions["common.24.3"].reviewer == "李审核"
    assert decisions["common.24.3"].stale


def test_check_speaks_english_on_request(bundle, tmp_path):
    _init(bundle)
    (bundle / "坏文件.pdf").unlink()
    res = runner.invoke(app, ["check", str(bundle), "--out", str(tmp_path / "out"), "--lang", "en"])
    assert "files read" in res.output and "Proposals (sub-items)" in res.output and "Total" in res.output
    assert "读取文件" not in res.output
    assert "Self-assessment" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8") or \
        "Assessment" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")


def test_check_of_a_relative_bundle_path_writes_every_report(bundle, monkeypatch):
    """`check corpora/build/x` as the README's demo runs it: a relative path must reach the reports
    (the review store once failed on it: "relative path can't be expressed as a file URI")."""
    monkeypatch.chdir(bundle.parent)
    assert runner.invoke(app, ["init", bundle.name]).exit_code == 0
    res = runner.invoke(app, ["check", bundle.name, "--workers", "0"])
    assert res.exit_code in (0, 1, 3), res.output
    assert "报告未生成" not in res.output and "复核记录库未更新" not in res.output, res.output
    out = bundle / ".evidence-checker"
    for name in ("report.html", "report.xlsx", "self-assessment.docx", "report.md", "review.sqlite"):
        assert (out / name).is_file(), name
