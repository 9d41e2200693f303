"""The standards commands: a readable list, one item in full, and the export the loader reads back."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from evidence_checker.catalog import load_export, load_standard
from evidence_checker.cli import app

runner = CliRunner()


def test_list_shows_the_items_of_one_assessment():
    res = runner.invoke(app, ["standards", "list", "--level", "general", "--type", "broker"])
    assert res.exit_code == 0
    assert "一般认证—通用标准" in res.output and "一般认证—报关企业" in res.output
    assert "高级认证" not in res.output and "外贸综合服务企业" not in res.output
    assert "broker.6" in res.output and "见单项标准" in res.output


def test_list_json_counts_items_per_table():
    data = json.loads(runner.invoke(app, ["standards", "list", "--json"]).stdout)
    assert [len(t["items"]) for t in data] == [31, 29, 14, 11, 14, 12, 8, 8]


def test_show_gives_text_options_condition_and_thresholds():
    res = runner.invoke(app, ["standards", "show", "common.1.2", "--level", "advanced"])
    assert res.exit_code == 0
    assert "每年参加2次以上" in res.output and "training_min_per_year" in res.output
    assert "达标(0)" in res.output and "不适用" in res.output
    food = runner.invoke(app, ["standards", "show", "importer.2.6", "--level", "advanced"])
    assert "food" in food.output
    legal = runner.invoke(app, ["standards", "show", "common.14", "--json"])
    assert json.loads(legal.stdout)["options"] == ["compliant", "non_compliant", "not_applicable"]


def test_show_unknown_id_is_a_clear_error():
    res = runner.invoke(app, ["standards", "show", "common.99"])
    assert res.exit_code == 2 and "common.99" in res.output and "Traceback" not in res.output


def test_export_round_trips_through_the_loader():
    res = runner.invoke(app, ["standards", "export", "--json"])
    exported = json.loads(res.stdout)
    back = load_export(exported)
    assert json.loads(json.dumps(back.to_export(), ensure_ascii=False)) == exported
    assert [t.title for t in back.tables] == [t.title for t in load_standard("2018-177").tables]


def test_propose_shows_one_subitem_with_reasons(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("第三条 来访人员须出示身份证件登记，佩戴临时访客证，由被访人员陪同。")
    (tmp_path / "24 进入安全").mkdir()
    doc.save(tmp_path / "24 进入安全" / "访客管理制度.docx")
    res = runner.invoke(app, ["propose", str(tmp_path), "--level", "advanced", "--type", "importer",
                              "--as-of", "2026-11-01", "--show", "common.24.3"])
    assert res.exit_code == 0, res.output
    assert "common.24.3" in res.output and "访客管理制度.docx" in res.output
    assert "缺少" in res.output  # no visitor log: the policy alone is not 达标


def test_propose_show_only_shows(tmp_path):
    """``propose --show`` prints one sub-item and leaves the run's files as they were."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("第三条 来访人员须出示身份证件登记，佩戴临时访客证，由被访人员陪同。")
    (tmp_path / "24 进入安全").mkdir()
    doc.save(tmp_path / "24 进入安全" / "访客管理制度.docx")
    args = ["--level", "advanced", "--type", "importer", "--as-of", "2026-11-01"]
    assert runner.invoke(app, ["propose", str(tmp_path), *args]).exit_code == 0
    proposals = tmp_path / ".evidence-checker" / "proposals.json"
    before = (proposals.read_bytes(), proposals.stat().st_mtime_ns)
    res = runner.invoke(app, ["propose", str(tmp_path), *args, "--as-of", "2027-06-01", "--show", "common.24.3"])
    assert res.exit_code == 0 and "common.24.3" in res.output, res.output
    assert (proposals.read_bytes(), proposals.stat().st_mtime_ns) == before
    bad = runner.invoke(app, ["propose", str(tmp_path), *args, "--show", "common.99.9"])
    assert bad.exit_code == 2 and "common.99.9" in bad.output
