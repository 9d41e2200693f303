"""Re-checks (rerun.py): an unchanged bundle takes over the previous run without matching, proposing
or writing reports again; any change — a file, the records, a review decision, a deleted report —
makes the run whole again, with exactly the results of a cold check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from evidence_checker import match as match_mod
from evidence_checker import rerun
from evidence_checker.cli import app
from evidence_checker.review.store import DB_ENV, decide, open_store
from test_check import _docx, two_policies

runner = CliRunner()
CHECK = ["--level", "advanced", "--type", "importer", "--as-of", "2026-11-01", "--workers", "1"]
RESULTS = ("evidence.json", "proposals.json", "score.json", "passages.jsonl")


@pytest.fixture()
def bundle(tmp_path) -> Path:
    root = two_policies(tmp_path / "材料")
    (root / "records").mkdir()
    (root / "records" / "处罚记录.csv").write_text("日期,文号,金额\n", encoding="utf-8-sig")
    res = runner.invoke(app, ["init", str(root), "--enterprise", "测试进出口有限公司", "--as-of", "2026-11-01"])
    assert res.exit_code == 0, res.output
    return root


def check(bundle: Path, *extra: str) -> str:
    res = runner.invoke(app, ["check", str(bundle), *CHECK, *extra])
    assert res.exit_code in (0, 1), res.output
    return res.output


class Counting:
    """match_passages, counting its calls."""

    def __init__(self, monkeypatch):
        self.calls = self.scored = 0
        real, score = match_mod.match_passages, match_mod._score

        def counted(*a, **k):
            self.calls += 1
            return real(*a, **k)

        def scored(*a, **k):
            self.scored += 1
            return score(*a, **k)

        monkeypatch.setattr(match_mod, "match_passages", counted)
        monkeypatch.setattr(match_mod, "_score", scored)


def _stats(out: Path) -> dict[str, tuple[int, int]]:
    return {n: ((out / n).stat().st_size, (out / n).stat().st_mtime_ns) for n in rerun.OUTPUTS}


def test_unchanged_recheck_reuses_the_run_and_rewrites_nothing(bundle, monkeypatch):
    first = check(bundle)
    out = bundle / ".evidence-checker"
    assert (out / rerun.MEMO).is_file()
    before = _stats(out)
    counting = Counting(monkeypatch)
    second = check(bundle)
    assert counting.calls == 0, "an unchanged bundle must not be matched again"
    assert second == first  # the same summary, score and exit
    assert _stats(out) == before  # results, reports and the review store untouched


def test_recheck_after_one_changed_file_is_a_cold_check(bundle, tmp_path, monkeypatch):
    check(bundle)
    _docx(bundle / "24 进入安全" / "门卫及来访人员管理制度.docx", [
        "第三条 来访人员须出示身份证件登记，佩戴临时访客证，由被访人员陪同。",
        "第四条 车辆进出厂区须接受门卫检查，登记车牌号码、司机姓名及进出时间。",
    ])
    counting = Counting(monkeypatch)
    check(bundle)
    assert counting.calls == 1
    changed = counting.scored
    cold = tmp_path / "cold"
    check(bundle, "--out", str(cold))
    # only the units whose candidates lie in the changed file were scored again
    assert 0 < changed < counting.scored - changed
    out = bundle / ".evidence-checker"
    for name in RESULTS:
        assert (out / name).read_bytes() == (cold / name).read_bytes(), name
    # and the next re-check reuses the run made after the change
    check(bundle)
    assert counting.calls == 2


def test_records_a_decision_and_a_deleted_report_are_never_hidden(bundle, monkeypatch):
    check(bundle)
    out = bundle / ".evidence-checker"
    counting = Counting(monkeypatch)

    (bundle / "records" / "处罚记录.csv").write_text("日期,文号,金额\n2026-03-01,关罚字1号,20000\n",
                                                  encoding="utf-8-sig")
    check(bundle)
    assert counting.calls == 1

    store = open_store(out)
    try:
        decide(store, "common.1.1", "compliant", reviewer="张三", note="现场核实培训记录")
    finally:
        store.close()
    summary = check(bundle)
    assert counting.calls == 2 and "已确认 1" in summary

    (out / "report.html").unlink()
    check(bundle)
    assert counting.calls == 3 and (out / "report.html").is_file()

    check(bundle)
    assert counting.calls == 3


def test_no_reuse_with_another_language_or_a_team_database(bundle, monkeypatch):
    check(bundle)
    counting = Counting(monkeypatch)
    english = check(bundle, "--lang", "en")
    assert counting.calls == 1 and "Proposals" in english
    assert check(bundle, "--lang", "en") == english and counting.calls == 1
    monkeypatch.setenv(DB_ENV, "sqlite:///" + str(bundle.parent / "team.sqlite"))
    assert not rerun.enabled()


def test_a_damaged_saved_run_is_ignored(bundle, monkeypatch):
    first = check(bundle)
    out = bundle / ".evidence-checker"
    (out / rerun.MEMO).write_bytes(b"not a pickle")
    counting = Counting(monkeypatch)
    assert check(bundle) == first and counting.calls == 1
    shutil.rmtree(out / "cache")
    assert check(bundle) == first and counting.calls == 2


def test_demo_bundle_recheck_after_one_changed_policy_equals_a_cold_check(corpora_built, tmp_path):
    """The sample bundle (79 files, ~5,000 passages): a changed policy re-scores few units, and the
    re-check's evidence, proposals and score are a cold check's, byte for byte."""
    demo = tmp_path / "demo"
    shutil.copytree(corpora_built / "adv-importer-pass", demo, ignore=shutil.ignore_patterns(".evidence-checker"))
    assert runner.invoke(app, ["check", str(demo), "--workers", "1"]).exit_code in (0, 1)
    policy = demo / "01 海关业务培训" / "海关法律法规培训管理办法.docx"
    doc = Document(str(policy))
    doc.add_paragraph("第九十条 本办法由关务部负责解释，关务负责人每季度检查培训记录一次。")
    doc.save(str(policy))
    assert runner.invoke(app, ["check", str(demo), "--workers", "1"]).exit_code in (0, 1)
    cold = tmp_path / "cold"
    assert runner.invoke(app, ["check", str(demo), "--workers", "1", "--out", str(cold)]).exit_code in (0, 1)
    for name in RESULTS:
        assert (demo / ".evidence-checker" / name).read_bytes() == (cold / name).read_bytes(), name


class Quoting:
    """rapidfuzz's search behind roles.is_quotation, counting its calls."""

    def __init__(self, monkeypatch):
        from evidence_checker import roles

        self.calls = 0
        real = roles.process.extractOne

        def counted(*a, **k):
            self.calls += 1
            return real(*a, **k)

        monkeypatch.setattr(roles.process, "extractOne", counted)


def test_quotation_answers_of_the_saved_run_serve_a_changed_recheck_exactly(bundle, tmp_path, monkeypatch):
    from evidence_checker import roles

    _docx(bundle / "25 人员安全" / "员工安全培训记录.docx", [  # a passage long enough to be asked about
        "2026年3月5日 人力资源部组织新入职员工安全培训，内容为门禁管理、访客陪同及异常情况报告，共12人参加。",
    ])
    check(bundle)
    memo = rerun.previous(bundle / ".evidence-checker")
    assert memo["quotations"]["answers"] and set(memo["quotations"]["sentences"]) == {"2018-177"}

    _docx(bundle / "24 进入安全" / "门卫及来访人员管理制度.docx", [
        "第三条 来访人员须出示身份证件登记，佩戴临时访客证，由被访人员陪同。",
        "第四条 车辆进出厂区须接受门卫检查，登记车牌号码、司机姓名及进出时间，每日由门卫班长核对。",
    ])
    quoting = Quoting(monkeypatch)
    roles.QUOTED.clear()  # as in a new process: only the saved run's answers
    check(bundle)
    recheck_calls = quoting.calls
    assert roles.PRIOR  # taken over from the saved run

    roles.QUOTED.clear()
    cold = tmp_path / "cold"
    check(bundle, "--out", str(cold))  # no saved run there: every text is searched
    assert not roles.PRIOR and quoting.calls - recheck_calls > recheck_calls
    for name in RESULTS:
        assert (bundle / ".evidence-checker" / name).read_bytes() == (cold / name).read_bytes(), name


def test_quotation_answers_are_dropped_when_the_standard_or_rapidfuzz_differ(bundle, monkeypatch):
    from evidence_checker import roles

    check(bundle)
    memo = rerun.previous(bundle / ".evidence-checker")
    assert rerun.restore_quotations(memo) == len(memo["quotations"]["answers"]) > 0
    other = {**memo["quotations"], "sentences": {"2018-177": "another standard's sentences"}}
    assert rerun.restore_quotations({"quotations": other}) == 0 and not roles.PRIOR
    monkeypatch.setattr(rerun, "_rapidfuzz_version", lambda: "0.0")
    assert rerun.restore_quotations(memo) == 0 and not roles.PRIOR
    assert rerun.restore_quotations(None) == 0


def test_table_rows_index_gives_what_a_scan_of_the_file_gives():
    from evidence_checker import roles

    rows = [{"id": "h", "kind": "heading", "text": "台账", "locator": "p1"}]
    for table in ("p1 table1", "p2 table2"):
        rows += [{"id": f"{table}-{i}", "kind": "table_row", "locator": f"{table} r{i}",
                  "text": "# 示例" if i == 1 else f"2026-0{i + 1}-01 | 张三"} for i in range(4)]
    rows += [{"id": f"s{i}", "kind": "sheet_row", "locator": f"台账!A{i}:C{i}", "text": f"行{i}"} for i in range(3)]
    rows += [{"id": "t", "kind": "table_row", "locator": "p1 table1 r9", "text": "处罚日期: #例"}]

    def scan(p):
        if p["kind"] not in ("sheet_row", "table_row"):
            return []
        sheet = roles._sheet(p["locator"])
        return [r for r in rows if r["kind"] == p["kind"] and roles._sheet(r["locator"]) == sheet
                and not roles._is_example(r)]

    for p in rows:
        assert roles._table_rows(p, rows) == scan(p), p["id"]
    assert [r["id"] for r in roles._table_rows(rows[1], rows)] == ["p1 table1-0", "p1 table1-2", "p1 table1-3"]
    rows.append({"id": "late", "kind": "table_row", "locator": "p1 table1 r10", "text": "2026-12-01 | 李四"})
    assert roles._table_rows(rows[1], rows)[-1]["id"] == "late"  # a longer list is indexed again


def test_a_few_small_files_are_read_in_this_process_and_the_same(tmp_path, monkeypatch):
    from evidence_checker.ingest import bundle as bundle_mod
    from evidence_checker.ingest import budget, pool

    folder = tmp_path / "材料"
    _docx(folder / "制度.docx", ["第三条 关务部每年组织培训两次。"])
    (folder / "记录.txt").write_text("2026年3月5日 培训 12人参加。\n", encoding="utf-8")
    used: list[int] = []
    real = pool.run

    def spy(fn, jobs, *, workers, timeout):
        used.append(workers)
        return real(fn, jobs, workers=workers, timeout=timeout)

    monkeypatch.setattr(pool, "run", spy)
    here = bundle_mod.ingest_bundle(folder, out_dir=tmp_path / "a")
    there = bundle_mod.ingest_bundle(folder, out_dir=tmp_path / "b", workers=1)
    assert used == [0, 1]
    assert [p.to_json() for p in here.passages] == [p.to_json() for p in there.passages] != []
    rule = budget.in_process()
    assert rule.allows([("docx", 1000)]) and not rule.allows([("pdf", 1000)])
    assert not rule.allows([("docx", rule.max_bytes + 1)]) and not rule.allows([("txt", 10)] * (rule.max_files + 1))
    for i in range(rule.max_files + 1):
        (folder / f"记录{i}.txt").write_text(f"2026年3月{i + 1}日 巡查。\n", encoding="utf-8")
    bundle_mod.ingest_bundle(folder, out_dir=tmp_path / "c")
    assert used[-1] == bundle_mod.default_workers()  # a bigger batch: reading processes, with a timeout
