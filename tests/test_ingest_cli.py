"""`evidence-checker ingest`: outputs, Chinese summary, exit codes 0 / 3 / 2, --json."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from evidence_checker.cli import app
from test_ingest_builders import docx_file, text_pdf

runner = CliRunner()


def test_unread_files_give_exit_code_3_and_a_chinese_summary(tmp_path):
    bundle = tmp_path / "材料"
    bundle.mkdir()
    docx_file(bundle / "制度.docx")
    text_pdf(bundle / "机密.pdf", [["机密"]], encrypt="secret")
    (bundle / "空.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(bundle), "--workers", "0"])
    assert result.exit_code == 3, result.output
    assert "共 3 个文件：已读 1 个" in result.output
    assert "机密.pdf：PDF 已加密，需要密码才能打开" in result.output
    assert "空.txt：空文件（0 字节）" in result.output
    assert "Traceback" not in result.output
    out = bundle / ".evidence-checker"
    inventory = json.loads((out / "inventory.json").read_text(encoding="utf-8"))
    assert {f["path"]: f["status"] for f in inventory["files"]} == {"制度.docx": "ok", "机密.pdf": "failed", "空.txt": "skipped"}
    assert (out / "passages.jsonl").read_text(encoding="utf-8").count("\n") > 5


def test_all_read_gives_exit_code_0_and_json_summary(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "记录.txt").write_text("巡查记录：正常。", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["ingest", str(bundle), "--out", str(out), "--json", "--workers", "0"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["files"] == 1 and summary["ok"] == 1 and summary["passages"] == 1 and summary["unread"] == []
    assert summary["by_format"]["txt"]["passages"] == 1
    assert (out / "inventory.json").exists() and not (bundle / ".evidence-checker" / "inventory.json").exists()


def test_missing_bundle_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "不存在")])
    assert result.exit_code == 2
    assert "材料文件夹不存在" in result.output


def test_help_documents_exit_codes():
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "退出码" in result.output and "3" in result.output
