"""Per-unit proposals kept between runs (unit_memo.py): a unit is taken over only when everything its
proposal read is as it was, including the files it reads only for context (a log's other rows)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from evidence_checker import propose as propose_mod
from evidence_checker import rerun
from evidence_checker.cli import app
from evidence_checker.unit_memo import UnitMemo
from test_check import _docx, two_policies

runner = CliRunner()
RESULTS = ("evidence.json", "proposals.json", "score.json", "passages.jsonl")
SHEET = Path("01 海关业务培训") / "2026年海关业务培训签到表.xlsx"
UNIT = "common.1.2"  # 法定代表人、关务负责人每年参加2次以上培训: counts who attended each session


def _sign_in(root: Path, absent: set = frozenset()) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for day in ("2026-03-18", "2026-06-17", "2026-09-16"):
        ws = wb.create_sheet(day)
        ws.append(["培训日期", "姓名", "部门", "签到"])
        for name, dept in (("陈立新", "总经理办公室"), ("周明", "仓储部"), ("王晓燕", "关务部")):
            if (day, name) not in absent:
                ws.append([day, name, dept, "已签到"])
    wb.save(root / SHEET)


@pytest.fixture()
def bundle(tmp_path) -> Path:
    root = two_policies(tmp_path / "材料")
    _sign_in(root)
    _docx(root / "02 内部组织架构" / "关于明确公司关务负责人的通知.docx",
          ["关于明确公司关务负责人及分管领导的通知", "法定代表人：陈立新", "关务负责人：王晓燕"])
    res = runner.invoke(app, ["init", str(root), "--enterprise", "测试进出口有限公司", "--as-of", "2026-11-01"])
    assert res.exit_code == 0, res.output
    return root


def _check(bundle: Path, *extra: str) -> None:
    res = runner.invoke(app, ["check", str(bundle), "--workers", "1", *extra])
    assert res.exit_code in (0, 1), res.output


def _unit(out: Path, name: str = "proposals.json") -> dict:
    return json.loads((out / name).read_text(encoding="utf-8"))["subitems"][UNIT]


def test_a_unit_is_proposed_again_when_a_file_it_reads_only_for_context_changes(bundle, tmp_path, monkeypatch):
    out = bundle / ".evidence-checker"
    _check(bundle)
    before = _unit(out)
    calls: list[str] = []
    real = propose_mod.propose_unit

    def counted(item, unit, hits, ctx):
        calls.append(unit.id)
        return real(item, unit, hits, ctx)

    monkeypatch.setattr(propose_mod, "propose_unit", counted)
    # the customs manager missed two of the three sessions: only the sheet's rows say so
    _sign_in(bundle, {("2026-06-17", "王晓燕"), ("2026-09-16", "王晓燕")})
    _check(bundle)
    evidence = json.loads((out / "evidence.json").read_text(encoding="utf-8"))
    assert str(SHEET) not in {h["path"] for h in evidence[UNIT]}, "the sheet must be context, not evidence"
    after = _unit(out)
    assert UNIT in calls and after != before
    assert any("参加1次" in r for r in after["reasons"]), after["reasons"]
    units = len(json.loads((out / "proposals.json").read_text(encoding="utf-8"))["subitems"])
    assert 0 < len(calls) < units / 2, "the units that read nothing changed keep their proposals"
    cold = tmp_path / "cold"
    _check(bundle, "--out", str(cold))
    for name in RESULTS:
        assert (out / name).read_bytes() == (cold / name).read_bytes(), name


class _Ctx:
    """The parts of a propose.Context a recording view reads."""

    def __init__(self, files: dict, people: dict):
        self.passages_by_path = files
        self.top_score, self.top_core, self.best_unit, self.sibling_records, self.record_verdicts = {}, {}, {}, {}, {}
        self.profile = "profile"
        self._people = people

    def role_people(self):
        return self._people

    def problem_passages(self):
        return []

    def named_findings(self):
        return {}


def _rule(ctx) -> str:
    """A rule that reads one file, the role holders and the profile."""
    rows = ctx.passages_by_path.get("log.xlsx", [])
    return f"{ctx.profile}:{len(rows)}:{sorted(ctx.role_people())}"


def test_reads_are_replayed_on_the_new_context():
    files = {"log.xlsx": [{"id": "a", "text": "2026-03-18"}], "policy.docx": [{"id": "b", "text": "第一条"}]}
    first = UnitMemo()
    assert first.propose("u", [], _Ctx(files, {"customs_manager": ["王晓燕"]}), _rule) == "profile:1:['customs_manager']"
    (hits, trace, _), = first.kept.values()
    assert {read for read, _ in trace} == {("file", "log.xlsx"), ("role_people",)}

    def never(ctx):
        raise AssertionError("must be reused")

    # a file the rule did not read changed: reused
    other = dict(files, **{"policy.docx": [{"id": "b", "text": "第一条 修订"}]})
    again = UnitMemo(first.kept)
    assert again.propose("u", [], _Ctx(other, {"customs_manager": ["王晓燕"]}), never) == "profile:1:['customs_manager']"
    assert again.reused == 1
    # a row of the file it read, the role holders, or its hits changed: proposed again
    for ctx, hits in ((_Ctx(dict(files, **{"log.xlsx": files["log.xlsx"] * 2}), {"customs_manager": ["王晓燕"]}), []),
                      (_Ctx(files, {}), []),
                      (_Ctx(files, {"customs_manager": ["王晓燕"]}), ["a hit"])):
        memo = UnitMemo(first.kept)
        memo.propose("u", hits, ctx, _rule)
        assert memo.reused == 0


def test_a_read_the_view_does_not_know_is_never_reused():
    memo = UnitMemo()
    memo.propose("u", [], _Ctx({}, {}), lambda ctx: getattr(ctx, "new_table", None) and "x")
    assert memo.kept == {}


def test_nothing_is_reused_across_language_day_profile_or_records(bundle):
    from evidence_checker.catalog import load_standard
    from evidence_checker.pipeline import resolve_profile

    profile = resolve_profile(bundle)
    assessment = load_standard(profile.edition).assessment(profile.level, profile.business_type)
    records = rerun.records_key(bundle)
    base = rerun.propose_context(assessment, profile, "zh", "2026-12-02", records)
    other = resolve_profile(bundle, as_of="2026-10-01")
    (bundle / "records").mkdir(exist_ok=True)
    (bundle / "records" / "处罚记录.csv").write_text("日期,文号,金额\n2026-03-01,关罚字1号,20000\n",
                                                  encoding="utf-8-sig")
    assert rerun.records_key(bundle) != records
    for changed in (rerun.propose_context(assessment, profile, "en", "2026-12-02", records),
                    rerun.propose_context(assessment, profile, "zh", "2026-12-03", records),
                    rerun.propose_context(assessment, other, "zh", "2026-12-02", records),
                    rerun.propose_context(assessment, profile, "zh", "2026-12-02", rerun.records_key(bundle))):
        assert changed != base
    assert rerun.propose_context(assessment, profile, "zh", "2026-12-02", records) == base


def test_the_program_leaves_fast_with_its_output_and_exit_code(bundle, tmp_path):
    """The CLI ends with os._exit after flushing (cli._exit): what it printed to a pipe is complete,
    the exit code is the command's, and the outputs are written."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    cmd = [sys.executable, "-m", "evidence_checker.cli"]
    run = subprocess.run(cmd + ["check", str(bundle), "--workers", "1", "--json"], capture_output=True, text=True,
                         env=env)
    assert run.returncode in (0, 1), run.stderr
    assert json.loads(run.stdout)["total"] == json.loads((bundle / ".evidence-checker" / "score.json").read_text(
        encoding="utf-8"))["total"]
    missing = subprocess.run(cmd + ["check", str(tmp_path / "无此文件夹")], capture_output=True, text=True, env=env)
    assert missing.returncode == 2 and "不存在" in missing.stderr


def test_every_unit_of_a_run_is_kept_for_the_next(bundle, monkeypatch):
    """Every unit's proposal reads only what the recording view can replay, so every one is kept for
    the next run: a context method the view does not know (a cached set added to Context without being
    listed in unit_memo) would make its units never reused, and a re-check after one changed policy
    would propose most of the bundle again."""
    made: list[UnitMemo] = []
    init = UnitMemo.__init__

    def recording_init(self, *a, **k):
        init(self, *a, **k)
        made.append(self)

    monkeypatch.setattr(UnitMemo, "__init__", recording_init)
    _check(bundle)
    memo = made[-1]
    proposals = json.loads((bundle / ".evidence-checker" / "proposals.json").read_text(encoding="utf-8"))["subitems"]
    proposed = [u for u, p in proposals.items() if p.get("status") != "not_applicable"]
    assert memo.kept and set(proposed) <= set(memo.kept), sorted(set(proposed) - set(memo.kept))[:10]
