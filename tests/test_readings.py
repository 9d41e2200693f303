"""Readings (解读) are named and switchable (standards/<edition>/readings.yaml): branch offices' 基本达标
items, a policy without records, unset profile flags; each is chosen in the profile or with --reading
and listed in the report's method section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evidence_checker.catalog import load_standard
from evidence_checker.cli import app
from evidence_checker.profile import ProfileError, profile_from_dict
from evidence_checker.propose import propose
from evidence_checker.readings import describe, in_force, readings_of
from test_propose import hit, para

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "ratings-advanced-importer.yaml"
STD = load_standard("2018-177")
ADV_IMP = STD.assessment("advanced", "importer")
runner = CliRunner()


def profile(flags=None, readings=None):
    return profile_from_dict({"enterprise": "测试公司", "level": "advanced", "business_type": "importer",
                              "as_of": "2026-11-01", "flags": flags if flags is not None else {},
                              "readings": readings or {}})


def test_readings_are_declared_with_defaults_and_texts():
    r = readings_of(STD.root)
    assert set(r) == {"basic_limit_scope", "branch_basic_items", "policy_without_records", "unset_flags",
                      "recertification_years", "wider_flags"}
    assert in_force(STD.root, {"unset_flags": "needs_review"})["unset_flags"] == "needs_review"
    assert in_force(STD.root, {})["policy_without_records"] == "basically_compliant"
    zh, en = describe(STD.root, {"unset_flags": "needs_review"}), describe(STD.root, {}, "en")
    assert len(zh) == 6 and any("未填写的标志视为未知" in x and "已选" in x for x in zh)
    assert all(x.startswith("Reading — ") for x in en) and not any("\u4e00" <= c <= "\u9fff" for c in en[3])


def test_branch_items_count_toward_the_limit_unless_the_reading_says_not():
    counted = json.loads(runner.invoke(app, ["score", str(EXAMPLE), "--json"]).stdout)
    limit = next(c for c in counted["conditions"] if c["id"] == "basic_limit")
    assert not limit["ok"] and "宁波分公司:common.24" in limit["items"]
    res = runner.invoke(app, ["score", str(EXAMPLE), "--json", "--reading", "branch_basic_items=not_counted"])
    data = json.loads(res.stdout)
    limit = next(c for c in data["conditions"] if c["id"] == "basic_limit")
    assert limit["ok"] and "宁波分公司:common.24" not in limit["items"]
    assert data["total"] == counted["total"]  # the branch's item still costs its point
    assert data["readings"]["branch_basic_items"] == "not_counted"


def test_a_policy_without_records_under_the_consultants_reading():
    ev = {"common.23.1": [hit("s1", "23 场所安全/厂区安全管理制度.docx", "第一条 为加强厂区安全管理，制定本制度。",
                              "policy", core=("场所安全", "安全管理制度"))]}
    passages = [para("s1", "23 场所安全/厂区安全管理制度.docx", "第一条 为加强厂区安全管理，制定本制度。")]
    default = propose(ADV_IMP, profile(), ev, passages=passages)[0]["common.23.1"]
    strict = propose(ADV_IMP, profile(readings={"policy_without_records": "non_compliant"}), ev,
                     passages=passages)[0]["common.23.1"]
    assert default.rating == "basically_compliant"
    assert strict.rating == "non_compliant" and any("有制度而无执行记录即不达标" in r for r in strict.reasons)


def test_unset_flags_are_false_by_default_or_unknown_by_choice():
    unit = "importer.2.6"  # applies when the food flag is set
    assert ADV_IMP.lookup(unit).condition.any_of == ("food",)
    default = propose(ADV_IMP, profile(), {})[0][unit]
    unknown = propose(ADV_IMP, profile(readings={"unset_flags": "needs_review"}), {})[0][unit]
    told = propose(ADV_IMP, profile(flags={"food": False}, readings={"unset_flags": "needs_review"}), {})[0][unit]
    assert default.rating == "not_applicable" and told.rating == "not_applicable"
    assert unknown.status == "needs_review" and "进出口食品" in unknown.missing[0]  # the flag, by its wording


def test_unknown_readings_are_clear_errors(tmp_path):
    with pytest.raises(ProfileError, match="解读 'lenient' 未定义"):
        profile(readings={"lenient": "yes"})
    with pytest.raises(ProfileError, match="unset_flags 的取值 'maybe' 无效"):
        profile(readings={"unset_flags": "maybe"})
    res = runner.invoke(app, ["score", str(EXAMPLE), "--reading", "unset_flags"])
    assert res.exit_code == 2 and "格式应为" in res.output


def test_the_report_method_section_lists_the_readings(tmp_path):
    from evidence_checker.report import report_model
    from test_review_bundle import make_run

    _, out = make_run(tmp_path)
    method = report_model(out).method
    assert sum(1 for line in method if line.startswith("解读 — ")) == 6
    assert any("条件（二）的计数范围" in line and "默认" in line for line in method)
    assert any(line.startswith("Reading — ") for line in report_model(out, lang="en").method)


def test_recertification_years_from_the_profile_or_asked(tmp_path):
    from evidence_checker.records import evaluate_records, read_records
    from evidence_checker.record_templates import SCHEMAS

    d = tmp_path / "records"
    d.mkdir()
    head = SCHEMAS["finance"].header
    rows = [[str(y), "无保留意见"] + [""] * (len(head) - 2) for y in (2023, 2024, 2025)]
    (d / "财务数据.csv").write_text("\n".join([",".join(head)] + [",".join(r) for r in rows]) + "\n", encoding="utf-8")
    rec = read_records(d)

    def unit(prof):
        return evaluate_records(ADV_IMP, prof, rec)["common.12"]

    base = {"recertification": True}
    default = unit(profile(flags=base))
    assert default.rating == "compliant" and "从财务数据最早年度2023年起" in default.reasons[0]
    asked = unit(profile(flags=base, readings={"recertification_years": "needs_review"}))
    assert asked.rating is None and "certified_since" in asked.missing[0]
    since = profile_from_dict({"level": "advanced", "business_type": "importer", "as_of": "2026-11-01",
                               "flags": base, "certified_since": 2024,
                               "readings": {"recertification_years": "needs_review"}})
    known = evaluate_records(ADV_IMP, since, rec, certified_since=since.certified_since)["common.12"]
    assert known.rating == "compliant" and "认证年份2024年" in known.reasons[0]
    with pytest.raises(ProfileError, match="certified_since"):
        profile_from_dict({"level": "advanced", "business_type": "importer", "as_of": "2026-11-01",
                           "certified_since": "去年"})


def test_init_asks_for_each_flag_and_leaves_unknown_ones_unset(tmp_path):
    import yaml

    bundle = tmp_path / "b"
    bundle.mkdir()
    flags = list(STD.flags)
    replies = ["y", "n"] + ["?"] * (len(flags) - 2)
    res = runner.invoke(app, ["init", str(bundle), "--ask", "--as-of", "2026-11-01"], input="\n".join(replies) + "\n")
    assert res.exit_code == 0, res.output
    data = yaml.safe_load((bundle / "profile.yaml").read_text(encoding="utf-8"))
    assert data["flags"] == {flags[0]: True, flags[1]: False}
    prof = profile_from_dict(data | {"readings": {"unset_flags": "needs_review"}})
    assert prof.unset_flags(ADV_IMP.lookup("importer.2.6"), ADV_IMP.item("importer.2")) == ["food"]


def test_a_flag_wider_than_the_wording_can_ask_for_confirmation():
    unit = "importer.9.3"  # 出口动植物及其产品 only; the flag animal_plant covers imports too
    assert "出口" in ADV_IMP.lookup(unit).condition.narrower
    flags = {"animal_plant": True}
    default = propose(ADV_IMP, profile(flags=flags), {})[0][unit]
    asked = propose(ADV_IMP, profile(flags=flags, readings={"wider_flags": "needs_review"}), {})[0][unit]
    off = propose(ADV_IMP, profile(flags={"animal_plant": False}, readings={"wider_flags": "needs_review"}), {})[0][unit]
    assert default.status != "needs_review" or "适用性待确认" not in default.reasons[0]
    assert asked.status == "needs_review" and "适用性待确认" in asked.reasons[0]
    assert off.rating == "not_applicable"
