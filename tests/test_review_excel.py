"""The Excel round trip: export, fill in, import; every problem reported with its row; all-or-nothing."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from evidence_checker.review import confirmed_ratings
from evidence_checker.review.cli import review_app
from evidence_checker.review.excel import HEADERS, KEYS, SHEET, import_workbook
from evidence_checker.review.store import ensure_run, events, history
from test_review_bundle import make_run

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def col(key: str) -> int:
    return KEYS.index(key) + 1


def rows_by_id(ws) -> dict[str, int]:
    return {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}


@pytest.fixture()
def exported(tmp_path):
    bundle, out = make_run(tmp_path)
    res = runner.invoke(review_app, ["export", str(out)])
    assert res.exit_code == 0, res.output
    return bundle, out, out / "review.xlsx"


def fill(path: Path, values: dict[str, dict[str, object]], *, extra_rows=(), sheet: str = SHEET) -> None:
    wb = load_workbook(path)
    ws = wb[sheet]
    where = rows_by_id(ws)
    for uid, cells in values.items():
        for key, v in cells.items():
            ws.cell(row=where[uid], column=col(key), value=v)
    for cells in extra_rows:
        r = ws.max_row + 1
        for key, v in cells.items():
            ws.cell(row=r, column=col(key), value=v)
    wb.save(path)


def test_export_has_one_locked_row_per_unit_with_dropdowns_links_and_hidden_checksum(exported):
    bundle, out, path = exported
    wb = load_workbook(path)
    ws = wb[SHEET]
    assert [c.value for c in ws[1]] == [HEADERS[k] for k in KEYS]
    where = rows_by_id(ws)
    assert len(where) == 108 and "common.1.1" in where and "importer.10.4" in where
    assert ws.protection.sheet
    assert ws.column_dimensions[ws.cell(row=1, column=col("checksum")).column_letter].hidden
    r = where["common.1.1"]
    assert ws.cell(row=r, column=col("text")).value.startswith("建立海关法律法规等相关规定的内部培训制度")
    assert ws.cell(row=r, column=col("proposal")).value == "达标"
    assert ws.cell(row=r, column=col("id")).protection.locked
    assert not ws.cell(row=r, column=col("rating")).protection.locked
    assert not ws.cell(row=r, column=col("note")).protection.locked
    # evidence pointers link to the files, relative to the workbook
    ev = ws.cell(row=r, column=col("ev1"))
    assert re.match(r"制度/关务培训制度.docx 第\d+段：", ev.value)
    assert (path.parent / ev.hyperlink.target).resolve() == (bundle / "制度" / "关务培训制度.docx").resolve()
    pdf_row = where["common.6.1"]
    assert "记录/培训与审计记录.pdf 第2页" in ws.cell(row=pdf_row, column=col("ev1")).value
    # each row's drop-down lists its own item's options
    lists = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            for row in range(rng.min_row, rng.max_row + 1):
                lists[row] = dv.formula1
    assert lists[where["common.14"]] == '"达标,不达标,不适用"'  # 守法规范: no 基本达标
    assert lists[where["common.12"]] == '"达标,基本达标,不达标"'  # 财务状况: no 不适用
    assert lists[where["common.1.1"]] == '"达标,基本达标,不达标,不适用"'


def test_filled_workbook_is_imported_and_the_next_export_shows_the_decisions(exported):
    _, out, path = exported
    fill(path, {"common.1.1": {"rating": "达标", "reviewer": "张三"},
                "common.3": {"rating": "基本达标", "note": "复核记录不全"},
                "common.1.2": {"rating": "不达标", "note": "高管未参加培训"}})
    res = runner.invoke(review_app, ["import", str(out), str(path), "--reviewer", "李四"])
    assert res.exit_code == 0, res.output
    assert "保存 3 项" in res.output
    got = confirmed_ratings(out)
    assert {u: (d.rating, d.action, d.reviewer) for u, d in got.items()} == {
        "common.1.1": ("compliant", "confirm", "张三"),
        "common.3": ("basically_compliant", "override", "李四"),
        "common.1.2": ("non_compliant", "override", "李四"),
    }
    # the re-export carries the decisions; importing it untouched changes nothing
    again = out / "again.xlsx"
    assert runner.invoke(review_app, ["export", str(out), "--out", str(again)]).exit_code == 0
    ws = load_workbook(again)[SHEET]
    r = rows_by_id(ws)["common.3"]
    assert ws.cell(row=r, column=col("rating")).value == "基本达标"
    assert "改判，李四" in ws.cell(row=r, column=col("current")).value
    res = runner.invoke(review_app, ["import", str(out), str(again), "--reviewer", "王五"])
    assert res.exit_code == 0 and "保存 0 项" in res.output
    # the first workbook again: its rows are based on version 0, now outdated → conflicts, nothing saved
    res = runner.invoke(review_app, ["import", str(out), str(path), "--reviewer", "李四"])
    assert res.exit_code == 2
    assert "张三 已于" in res.output and "第" in res.output
    store, _ = ensure_run(out)
    assert [e.kind for e in history(store, "common.1.1")] == ["proposal", "confirm"]
    store.close()


def test_every_bad_row_is_reported_with_its_row_and_nothing_is_saved(exported):
    _, out, path = exported
    ws = load_workbook(path)[SHEET]
    where = rows_by_id(ws)
    fill(path, {
        "common.1.1": {"rating": "达标"},  # fine, but no reviewer anywhere
        "common.14": {"rating": "基本达标", "reviewer": "张三", "note": "x"},  # not an option of 守法规范
        "common.12": {"rating": "很好", "reviewer": "张三"},  # not a rating at all
        "common.3": {"rating": "不达标", "reviewer": "张三", "text": "改过的标准内容"},  # protected column edited
        "common.5": {"rating": "不达标", "reviewer": "张三"},  # override without a reason
    }, extra_rows=[{"id": "common.99.1", "rating": "达标", "reviewer": "张三"}])
    res = runner.invoke(review_app, ["import", str(out), str(path)])
    assert res.exit_code == 2, res.output
    out_text = " ".join(res.output.split())
    assert "复核表有 6 处问题，未导入任何内容" in out_text
    assert f"第{where['common.1.1']}行 common.1.1：未填写复核人" in out_text
    assert f"第{where['common.14']}行 common.14：“基本达标”不是common.14" in out_text
    assert f"第{where['common.12']}行 确认评分：“很好”不是评分" in out_text
    assert f"第{where['common.3']}行：受保护的列被改动过（标准内容）" in out_text
    assert f"第{where['common.5']}行 common.5：改判须填写理由" in out_text
    assert f"第{ws.max_row + 1}行 编号：common.99.1 不是本次评估的评分分项" in out_text
    assert confirmed_ratings(out) == {}


def test_a_missing_file_or_a_foreign_workbook_is_a_clear_error(exported, tmp_path):
    _, out, _ = exported
    res = runner.invoke(review_app, ["import", str(out), str(tmp_path / "nope.xlsx"), "--reviewer", "张三"])
    assert res.exit_code == 2 and "文件不存在" in res.output
    other = tmp_path / "other.xlsx"
    from openpyxl import Workbook
    Workbook().save(other)
    res = runner.invoke(review_app, ["import", str(out), str(other), "--reviewer", "张三"])
    assert res.exit_code == 2 and "没有“复核”工作表" in res.output
    assert "Traceback" not in res.output


def test_an_import_interrupted_inside_its_transaction_saves_nothing(exported):
    _, out, path = exported
    fill(path, {u: {"rating": "达标"} for u in ("common.1.1", "common.2.1", "common.2.2", "common.3", "common.5")})
    store, results = ensure_run(out)

    def crash(i):
        if i == 3:
            raise KeyboardInterrupt  # Ctrl+C after three rows were written in the transaction

    with pytest.raises(KeyboardInterrupt):
        import_workbook(store, results, path, reviewer="张三", before_each=crash)
    assert confirmed_ratings(out) == {}
    with store.engine.connect() as conn:
        kinds = {r.kind for r in conn.execute(events.select())}
    assert kinds == {"proposal"}
    # the same workbook then imports completely
    summary = import_workbook(store, results, path, reviewer="张三")
    assert summary.applied == 5 and len(confirmed_ratings(out)) == 5
    store.close()


def test_a_process_killed_mid_import_loses_nothing_committed_and_commits_nothing_partial(exported):
    """A real SIGKILL of the importing process after three rows are inside the open transaction."""
    _, out, path = exported
    from evidence_checker.review.store import decide
    store, _ = ensure_run(out)
    decide(store, "common.4.1", "达标", reviewer="赵六")  # committed before the import
    store.close()
    fill(path, {u: {"rating": "达标"} for u in ("common.1.1", "common.2.1", "common.2.2", "common.3", "common.5")})
    script = textwrap.dedent(f"""
        import os, signal
        from evidence_checker.review.excel import import_workbook
        from evidence_checker.review.store import ensure_run
        store, results = ensure_run({str(out)!r})
        def kill(i):
            if i == 3:
                os.kill(os.getpid(), signal.SIGKILL)
        import_workbook(store, results, {str(path)!r}, reviewer="张三", before_each=kill)
        print("not reached")
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "not reached" not in proc.stdout
    got = confirmed_ratings(out)
    assert set(got) == {"common.4.1"} and got["common.4.1"].reviewer == "赵六"
    store, results = ensure_run(out)
    assert import_workbook(store, results, path, reviewer="张三").applied == 5
    store.close()
    assert len(confirmed_ratings(out)) == 6
