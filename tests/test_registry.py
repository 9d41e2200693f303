"""Rules as data: which evaluator rates a unit, and with which parameters, is the edition's
evaluators.yaml; evaluators are registered by name and version; nothing is chosen by the unit's text."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from evidence_checker.catalog import CatalogError, load_standard, load_standard_from
from evidence_checker.profile import Profile
from evidence_checker.records import evaluate_records, read_records, registered, rules_of, served_units

REPO = Path(__file__).resolve().parent.parent
EDITION = REPO / "standards" / "2018-177"
AS_OF = dt.date(2026, 11, 1)


def _copy(tmp_path: Path, edit) -> Path:
    root = tmp_path / "2018-177"
    shutil.copytree(EDITION, root)
    data = yaml.safe_load((root / "evaluators.yaml").read_text(encoding="utf-8"))
    edit(data)
    (root / "evaluators.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


def _quarterly(tmp_path: Path, rows: list[str]) -> Path:
    d = tmp_path / "records"
    d.mkdir(exist_ok=True)
    (d / "季度指标.csv").write_text("季度,指标,企业值(%),全国平均(%)\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return d


def _profile() -> Profile:
    return Profile(enterprise="测试企业", edition="2018-177", level="advanced", business_type="importer",
                   as_of=AS_OF, flags={})


def test_every_evaluator_the_data_names_is_registered_with_a_version():
    names = {r.evaluator.name for level in ("advanced", "general") for bt in ("importer", "broker", "ftsp")
             for r in rules_of(load_standard("2018-177").assessment(level, bt)).values()}
    reg = registered()
    assert names == set(reg) == {"records.penalties", "records.late_tax", "records.abnormal_list",
                                 "records.quarterly_indicators", "records.import_export_activity",
                                 "finance.audit_opinion", "finance.composite"}
    assert all(e.version >= 1 for e in reg.values())


def test_parameters_come_from_the_data():
    rules = rules_of(load_standard("2018-177").assessment("advanced", "importer"))
    assert rules["importer.7.3"].params["either_or"] is True
    assert rules["importer.7.1"].params["customs"] == ["海关监管"]  # the defaults block
    assert rules["importer.8.1"].params["indicators"] == [{"indicator": "查获比率", "above": False}]


def test_the_data_not_the_text_decides_the_rule(tmp_path):
    """Flip importer.8.1's direction in the data: the same records now fail (the text is unchanged)."""
    rec = read_records(_quarterly(tmp_path, [f"{q},查获比率,0.5,1.0" for q in
                                             ("2025Q4", "2026Q1", "2026Q2", "2026Q3")]))
    a = load_standard("2018-177").assessment("advanced", "importer")
    assert evaluate_records(a, _profile(), rec)["importer.8.1"].rating == "compliant"

    def flip(data):
        data["units"]["advanced"]["importer.8.1"]["indicators"][0]["above"] = True
    flipped = load_standard_from(_copy(tmp_path, flip)).assessment("advanced", "importer")
    assert evaluate_records(flipped, _profile(), rec)["importer.8.1"].rating == "non_compliant"

    def drop(data):
        del data["units"]["advanced"]["importer.8.1"]
    dropped = load_standard_from(_copy(tmp_path / "b", drop)).assessment("advanced", "importer")
    assert "importer.8.1" not in evaluate_records(dropped, _profile(), rec)
    assert "importer.8.1" not in served_units(dropped)


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["units"]["advanced"]["common.12"].update(rule="finance.opinion"), "unknown evaluator 'finance.opinion'"),
    (lambda d: d["units"]["advanced"]["common.12"].update(rule="finance.audit_opinion@7"), "version 1"),
    (lambda d: d["units"]["advanced"]["common.12"].update(either_or=True), "takes no parameter either_or"),
    (lambda d: d["units"]["advanced"].update({"common.99": {"rule": "records.late_tax"}}), "common.99: no such unit"),
    (lambda d: d["units"].update({"expert": {}}), "no level 'expert'"),
])
def test_bad_rule_data_is_a_clear_error(tmp_path, edit, message):
    a = load_standard_from(_copy(tmp_path, edit)).assessment("advanced", "importer")
    with pytest.raises(CatalogError, match=r"evaluators\.yaml: .*" + re.escape(message)):
        rules_of(a)


def test_no_evaluator_reads_the_units_text():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "evidence_checker" / "records").glob("*.py"))
    assert not re.search(r"unit\.text|item\.title", code)


def test_audit_opinions_in_documents_come_from_finance_yaml():
    from evidence_checker.records import load_finance_settings

    fin = load_finance_settings("2018-177")
    assert fin.opinion_in("会计师事务所出具了无保留意见的审计报告") == "无保留意见"
    assert fin.opinions[fin.opinion_in("审计意见：保留意见")] == "basically_compliant"
    assert fin.opinion_in("无保留意见") is None  # neither the passage nor its file mentions 审计
    assert fin.opinion_in("无保留意见", "2025年审计报告.pdf") == "无保留意见"
    assert set(fin.document_opinions) <= set(fin.opinions)
