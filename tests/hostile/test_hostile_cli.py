"""Careless and hostile use of the command line: one-line Chinese errors with exit code 2 (never a
traceback, never 1), output folders protected and locked, profile typos and odd dates warned, and
spreadsheet text that is never a formula."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from evidence_checker import xlsx_safe
from evidence_checker.ingest.walker import RUN_MARKER
from evidence_checker.run_guard import OutDirError, check_out_dir, output_folder, run_lock

ROOT = Path(__file__).resolve().parents[2]
PROFILE = "enterprise: 测试公司\nlevel: advanced\nbusiness_type: importer\nas_of: 2026-06-30\n"


def cli(*args: str, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """The real command line (``python -m evidence_checker.cli``), as a user runs it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "evidence_checker.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=timeout)


def no_trace(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]


@pytest.fixture
def bundle(tmp_path) -> Path:
    b = tmp_path / "B"
    b.mkdir()
    (b / "制度.txt").write_text("内部审计管理制度\n公司每年开展一次内部审计。\n", encoding="utf-8")
    (b / "profile.yaml").write_text(PROFILE, encoding="utf-8")
    return b


@pytest.mark.parametrize("line, words", [
    ("edition: nonexistent", ["edition", "nonexistent"]),
    ("as_of: 2026-13-45", ["日期", "YYYY-MM-DD"]),
    ("branches: 5", ["branches", "列表"]),
])
def test_bad_profile_values_are_one_line_errors(bundle, line, words):
    (bundle / "profile.yaml").write_text(PROFILE + line + "\n", encoding="utf-8")
    proc = cli("check", bundle)
    no_trace(proc)
    assert proc.returncode == 2
    error = [ln for ln in proc.stderr.splitlines() if ln.startswith("错误：")]
    assert len(error) == 1 and all(w in error[0] for w in words), proc.stderr


def test_out_pointing_at_a_file_or_a_foreign_folder_is_refused(bundle, tmp_path):
    target = tmp_path / "a-file.txt"
    target.write_text("keep me", encoding="utf-8")
    proc = cli("check", bundle, "--out", target)
    no_trace(proc)
    assert proc.returncode == 2 and "是一个文件" in proc.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    # another program's folder, with its own review.sqlite: not touched
    foreign = tmp_path / "other-app"
    foreign.mkdir()
    db = foreign / "review.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("create table notes (x text)")
    (foreign / "report.html").write_text("<p>theirs</p>", encoding="utf-8")
    proc = cli("check", bundle, "--out", foreign)
    no_trace(proc)
    assert proc.returncode == 2 and "不是空的" in proc.stderr
    with sqlite3.connect(db) as con:
        assert [r[0] for r in con.execute("select name from sqlite_master where type='table'")] == ["notes"]
    assert (foreign / "report.html").read_text(encoding="utf-8") == "<p>theirs</p>"
    assert not (foreign / RUN_MARKER).exists()


def test_out_dir_rules(tmp_path):
    check_out_dir(tmp_path / "new")  # does not exist: fine
    (tmp_path / "empty").mkdir()
    check_out_dir(tmp_path / "empty")
    used = tmp_path / "used"
    used.mkdir()
    (used / "score.json").write_text("{}", encoding="utf-8")
    with pytest.raises(OutDirError, match="不是空的"):
        check_out_dir(used)
    (used / RUN_MARKER).write_text("{}", encoding="utf-8")
    check_out_dir(used)  # this tool's folder: fine
    with output_folder(tmp_path / "fresh"):
        assert (tmp_path / "fresh" / RUN_MARKER).is_file()


def test_a_second_run_on_a_locked_folder_says_so(bundle):
    out = bundle / ".evidence-checker"
    out.mkdir()
    with run_lock(out):
        proc = cli("check", bundle)
        with pytest.raises(OutDirError, match="正在使用"):
            with run_lock(out):
                pass
    no_trace(proc)
    assert proc.returncode == 2 and "另一个 evidence-checker 正在使用输出文件夹" in proc.stderr
    assert str(os.getpid()) in proc.stderr


def test_profile_typos_and_future_dates_are_warned(bundle):
    (bundle / "profile.yaml").write_text(PROFILE + "flag:\n  food: true\n", encoding="utf-8")
    proc = cli("check", bundle, "--as-of", "2099-01-01")
    no_trace(proc)
    assert proc.returncode in (0, 1)
    assert "profile.yaml 第5行：未知的键 flag" in proc.stderr and "flags" in proc.stderr
    assert "评估基准日 2099-01-01 晚于今天" in proc.stderr


def test_own_outputs_inside_the_bundle_are_skipped_on_the_next_run(bundle):
    first = cli("check", bundle, "--out", bundle / "results")
    no_trace(first)
    assert first.returncode in (0, 1)
    assert (bundle / "results" / RUN_MARKER).is_file() and (bundle / "results" / "report.md").is_file()
    second = cli("check", bundle)
    no_trace(second)
    import json

    inventory = json.loads((bundle / ".evidence-checker" / "inventory.json").read_text(encoding="utf-8"))
    paths = {f["path"]: f for f in inventory["files"]}
    assert paths["results"]["status"] == "skipped" and "输出文件夹" in paths["results"]["error"]
    assert not any(p.startswith("results/") for p in paths)
    passages = (bundle / ".evidence-checker" / "passages.jsonl").read_text(encoding="utf-8")
    assert '"path": "results/' not in passages and '"制度.txt"' in passages


def test_ingest_prints_no_terminal_escapes(tmp_path):
    b = tmp_path / "B"
    b.mkdir()
    (b / "\x1b[2Jclear.pdf").write_text("not a pdf", encoding="utf-8")
    proc = cli("ingest", b)
    no_trace(proc)
    assert proc.returncode == 3
    assert "\x1b" not in proc.stdout and "\\x1b[2Jclear.pdf" in proc.stdout


def test_a_memory_error_while_writing_reports_is_reported(bundle, monkeypatch):
    """Reports that cannot be written are a note; the run and its exit code stand."""
    from typer.testing import CliRunner

    import evidence_checker.report as report
    from evidence_checker.cli import app

    def boom(*a, **k):
        raise MemoryError()

    monkeypatch.setattr(report, "write_model", boom)  # what check calls to write the reports
    result = CliRunner().invoke(app, ["check", str(bundle)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    assert "报告未生成：内存不足" in result.output


def test_xlsx_safe_keeps_formula_text_as_text(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    texts = ['=HYPERLINK("http://evil","x")', "+1+1", "-2", "@SUM(A1)", "bell\x07name", "普通文字"]
    xlsx_safe.append(ws, texts)
    xlsx_safe.write(ws, 2, 1, "=1+1")
    wb.save(tmp_path / "t.xlsx")
    assert xlsx_safe.formula_cells(tmp_path / "t.xlsx") == []
    back = load_workbook(tmp_path / "t.xlsx", data_only=True).active
    assert [c.value for c in back[1]] == texts[:4] + ["bellname", "普通文字"]
    assert back["A2"].value == "=1+1" and back["A2"].quotePrefix


def test_review_export_round_trip_keeps_a_formula_like_note(tmp_path):
    """A note starting with '=' is exported as text and an untouched export imports cleanly."""
    from evidence_checker.review.excel import HEADERS, KEYS, SHEET, export_workbook, import_workbook
    from evidence_checker.review.store import ensure_run
    from test_review_bundle import make_run

    _, out = make_run(tmp_path)
    store, results = ensure_run(out)
    try:
        path = export_workbook(store, results, tmp_path / "复核.xlsx")
        wb = load_workbook(path)
        ws = wb[SHEET]
        col = {k: KEYS.index(k) + 1 for k in KEYS}
        header = [c.value for c in ws[1]]
        assert header[col["note"] - 1] == HEADERS["note"]
        ws.cell(2, col["rating"]).value = "达标"
        xlsx_safe.write(ws, 2, col["reviewer"], "@张三")
        xlsx_safe.write(ws, 2, col["note"], "=HYPERLINK(\"http://evil\",\"点我\") 已核对原件")
        wb.save(path)
        import_workbook(store, results, path)
        again = export_workbook(store, results, tmp_path / "复核2.xlsx")
        assert xlsx_safe.formula_cells(again) == []
        row = load_workbook(again, data_only=True)[SHEET][2]
        assert row[col["note"] - 1].value == "=HYPERLINK(\"http://evil\",\"点我\") 已核对原件"
        summary = import_workbook(store, results, again)  # untouched: no "备注为空"
        assert summary.applied == 0
    finally:
        store.close()


def test_workbooks_people_hand_in_are_guarded(tmp_path):
    """A ratings file or a filled review sheet that is a bomb is refused with a reason, not opened."""
    import hostile_corpus as H
    from evidence_checker.ratings import RatingsError, read_ratings

    rows = b'<row r="1">' + H._cell("A1", "id") + H._cell("B1", "rating") + b'</row><row r="300">' + \
        b"".join(H._cell(f"{c}300", "x") for c in ("XFA", "XFB", "XFC", "XFD")) + b"</row>"
    rows += b"".join(b'<row r="%d">' % r + H._cell(f"XFD{r}", "x") + b"</row>" for r in range(301, 440))
    H._zip(tmp_path / "ratings.xlsx", H.xlsx_parts(H._sheet(rows, b"A1:XFD1048576")))  # type: ignore[arg-type]
    with pytest.raises(RatingsError) as e:
        read_ratings(tmp_path / "ratings.xlsx")
    assert any("单元格" in p.message for p in e.value.problems), e.value.problems
    H._MAKERS["shared-strings.xlsx"](tmp_path, tmp_path)
    with pytest.raises(RatingsError) as e:
        read_ratings(tmp_path / "shared-strings.xlsx")
    assert any("sharedStrings.xml" in p.message for p in e.value.problems)


def test_profile_that_is_not_a_file_is_refused(bundle):
    proc = cli("check", bundle, "--profile", "/dev/zero")
    no_trace(proc)
    assert proc.returncode == 2 and "不是普通的 YAML 文件" in proc.stderr


def test_a_review_sheet_bomb_is_refused_before_opening(tmp_path):
    import hostile_corpus as H
    from evidence_checker.review.excel import WorkbookError, read_workbook

    H._MAKERS["shared-strings.xlsx"](tmp_path, tmp_path)
    with pytest.raises(WorkbookError, match="sharedStrings.xml"):
        read_workbook(None, None, tmp_path / "shared-strings.xlsx")  # type: ignore[arg-type]


def test_output_folder_errors_and_warnings_in_english(bundle, tmp_path):
    (bundle / "profile.yaml").write_text(PROFILE + "flag: true\n", encoding="utf-8")
    target = tmp_path / "a-file.txt"
    target.write_text("x", encoding="utf-8")
    proc = cli("check", bundle, "--out", target, "--lang", "en")
    no_trace(proc)
    assert proc.returncode == 2
    assert "Error: the output location" in proc.stderr and "is a file, not a folder" in proc.stderr
    assert "line 5: unknown key flag, ignored; did you mean flags?" in proc.stderr
