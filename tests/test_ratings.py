"""Ratings files: formats, spellings, and every validation error named with its file, row or key."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from typer.testing import CliRunner

from evidence_checker.catalog import load_standard
from evidence_checker.cli import app
from evidence_checker.ratings import RatingsError, parse_rating, read_ratings
from evidence_checker.score import score

runner = CliRunner()


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def problems_of(path, **kw):
    with pytest.raises(RatingsError) as exc:
        read_ratings(path, **kw)
    return [str(p) for p in exc.value.problems]


@pytest.mark.parametrize("raw,expected", [
    ("达标", "compliant"), ("基本达标", "basically_compliant"), ("不达标", "non_compliant"), ("不适用", "not_applicable"),
    (0, "compliant"), (-1, "basically_compliant"), (-2, "non_compliant"), ("na", "not_applicable"),
    ("NA", "not_applicable"), ("-1", "basically_compliant"), ("compliant", "compliant"), ("maybe", None), (3, None),
])
def test_parse_rating_accepts_every_documented_spelling(raw, expected):
    assert parse_rating(raw) == expected


def test_yaml_file_with_default_branches_and_labels(tmp_path):
    p = write(tmp_path, "r.yaml", """
edition: 2018-177
level: advanced
business_type: importer
default: compliant
ratings: {common.1.2: 基本达标, common.21.3: 不达标, importer.10: 不适用}
branches: [{name: 上海分公司, ratings: {common.24.3: basically_compliant}}]
""")
    sheet = read_ratings(p)
    assert sheet.level == "advanced" and sheet.business_type == "importer"
    assert sheet.ratings == {"common.1.2": "basically_compliant", "common.21.3": "non_compliant",
                             "importer.10": "not_applicable"}
    assert sheet.branches[0].name == "上海分公司"
    r = score(sheet.assessment(), sheet.ratings, default=sheet.default, branches=sheet.branches)
    assert r.total == 100 - 1 - 2 - 1
    assert not r.passed


def test_csv_with_numeric_ratings_and_level_from_the_command_line(tmp_path):
    p = write(tmp_path, "r.csv", "id,rating,note\ndefault,0,\ncommon.1.1,-1,只有一次培训\nimporter.4,na,\n")
    sheet = read_ratings(p, level="general", business_type="importer")
    assert sheet.ratings["common.1.1"] == "basically_compliant"
    assert sheet.notes["common.1.1"] == "只有一次培训"
    assert sheet.default == "compliant"
    assert score(sheet.assessment(), sheet.ratings, default=sheet.default).total == 99


def test_xlsx_with_chinese_headers(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["编号", "评分", "备注", "认证类型", "经营类别"])
    ws.append(["default", "达标", None, "高级认证", "报关企业"])
    ws.append(["broker.10.3", "基本达标", "照明不足", None, None])
    p = tmp_path / "r.xlsx"
    wb.save(p)
    sheet = read_ratings(p)
    assert (sheet.level, sheet.business_type) == ("advanced", "broker")
    assert sheet.ratings == {"broker.10.3": "basically_compliant"}


def test_unknown_id_names_the_row(tmp_path):
    p = write(tmp_path, "r.csv", "id,rating\ncommon.1.1,达标\ncommon.99.1,达标\n")
    msgs = problems_of(p, level="advanced", business_type="importer")
    assert len(msgs) == 1 and "r.csv 第3行" in msgs[0] and "common.99.1" in msgs[0]


def test_category_options_are_enforced(tmp_path):
    p = write(tmp_path, "r.yaml", "level: advanced\nbusiness_type: importer\n"
                                 "ratings: {common.14: 基本达标, common.12: 不适用, common.1.1: 达标}\n")
    msgs = problems_of(p)
    assert len(msgs) == 2
    assert any("common.14" in m and "守法规范" in m and "基本达标" in m for m in msgs)
    assert any("common.12" in m and "财务状况" in m and "不适用" in m for m in msgs)


def test_same_id_twice_in_csv_and_yaml(tmp_path):
    csv = write(tmp_path, "r.csv", "id,rating\ncommon.1.1,达标\ncommon.1.1,不达标\n")
    msgs = problems_of(csv, level="advanced", business_type="importer")
    assert any("第3行" in m and "重复" in m and "第2行" in m for m in msgs)
    yml = write(tmp_path, "r.yaml", "level: advanced\nbusiness_type: importer\nratings:\n"
                                    "  common.1.1: 达标\n  common.1.1: 不达标\n")
    msgs = problems_of(yml)
    assert any("第5行" in m and "重复" in m for m in msgs)


def test_item_rated_whole_and_by_subitems_inconsistently(tmp_path):
    bad = write(tmp_path, "bad.yaml", "level: advanced\nbusiness_type: importer\n"
                                      "ratings: {common.1: 基本达标, common.1.2: 不达标}\n")
    msgs = problems_of(bad)
    assert any("common.1" in m and "不一致" in m for m in msgs)
    ok = write(tmp_path, "ok.yaml", "level: advanced\nbusiness_type: importer\n"
                                    "ratings: {common.1: 基本达标, common.1.1: 达标}\n")
    sheet = read_ratings(ok)
    r = score(sheet.assessment(), sheet.ratings, default="compliant")
    assert {i.id: i.rating for i in r.items}["common.1"] == "basically_compliant"


def test_wrong_level_and_business_type(tmp_path):
    p = write(tmp_path, "r.yaml", "level: expert\nbusiness_type: airline\nratings: {}\n")
    msgs = problems_of(p)
    assert any("level" in m and "expert" in m for m in msgs)
    assert any("business_type" in m and "airline" in m for m in msgs)
    q = write(tmp_path, "q.yaml", "level: advanced\nbusiness_type: importer\nratings: {}\n")
    msgs = problems_of(q, level="general")
    assert any("不一致" in m for m in msgs)
    # a broker id in an importer assessment is unknown
    b = write(tmp_path, "b.yaml", "level: advanced\nbusiness_type: importer\nratings: {broker.12.1: 达标}\n")
    assert any("broker.12.1" in m for m in problems_of(b))


def test_missing_level_is_reported(tmp_path):
    p = write(tmp_path, "r.csv", "id,rating\ncommon.1.1,达标\n")
    msgs = problems_of(p)
    assert any("未指定认证类型" in m for m in msgs) and any("未指定经营类别" in m for m in msgs)


def test_declaration_item_of_general_standard_cannot_be_rated(tmp_path):
    p = write(tmp_path, "r.yaml", "level: advanced\nbusiness_type: importer\nratings: {common.18: 达标}\n")
    assert any("见单项标准" in m for m in problems_of(p))


def test_bad_rating_value_and_missing_column(tmp_path):
    p = write(tmp_path, "r.csv", "id,rating\ncommon.1.1,good\n")
    assert any("第2行" in m and "good" in m for m in problems_of(p, level="advanced", business_type="importer"))
    q = write(tmp_path, "q.csv", "id,score\ncommon.1.1,0\n")
    assert any("缺少列 rating" in m for m in problems_of(q, level="advanced", business_type="importer"))


def test_all_errors_are_reported_together(tmp_path):
    p = write(tmp_path, "r.csv", "id,rating\ncommon.99,达标\ncommon.14,-1\ncommon.1.1,x\n")
    assert len(problems_of(p, level="advanced", business_type="importer")) == 3


def test_what_if_overrides_replace_file_ratings(tmp_path):
    p = write(tmp_path, "r.yaml", "level: advanced\nbusiness_type: importer\ndefault: 达标\n"
                                 "ratings: {common.22: 不达标}\n")
    sheet = read_ratings(p, overrides={"common.22": "达标", "common.1.2": "-1"})
    assert sheet.ratings == {"common.22": "compliant", "common.1.2": "basically_compliant"}
    with pytest.raises(RatingsError):
        read_ratings(p, overrides={"common.14": "基本达标"})


# ---------------------------------------------------------------------------------------------
# CLI

def test_cli_score_prints_a_chinese_summary_and_exit_code(tmp_path):
    p = write(tmp_path, "r.yaml", "level: advanced\nbusiness_type: importer\ndefault: 达标\n"
                                 "ratings: {common.22: 不达标, common.1.2: 基本达标}\n")
    res = runner.invoke(app, ["score", str(p)])
    assert res.exit_code == 1
    assert "总分" in res.output and "97" in res.output and "未通过" in res.output
    assert "common.22" in res.output  # the item that breaks condition (一)
    assert "通过所需的最少改进" in res.output
    ok = runner.invoke(app, ["score", str(p), "--set", "common.22=达标"])
    assert ok.exit_code == 0 and "通过" in ok.output and "99" in ok.output


def test_cli_score_json_has_the_score_json_shape(tmp_path):
    p = write(tmp_path, "r.yaml", "level: general\nbusiness_type: broker\ndefault: 达标\n"
                                 "ratings: {broker.8.1: 基本达标}\n")
    res = runner.invoke(app, ["score", str(p), "--json", "--basic-limit-scope", "per-category"])
    data = json.loads(res.stdout)
    assert {"edition", "level", "business_type", "total", "passed", "basic_limit_scope", "conditions",
            "items", "unrated"} <= set(data)
    assert data["total"] == 99 and data["passed"] is True and data["basic_limit_scope"] == "per-category"
    assert [c["id"] for c in data["conditions"]] == ["no_non_compliant", "basic_limit", "min_total"]
    assert {"id", "category", "rating", "score"} <= set(data["items"][0])


def test_cli_score_lists_every_error_and_exits_2(tmp_path):
    p = write(tmp_path, "r.csv", "id,rating\ncommon.99,达标\ncommon.14,-1\n")
    res = runner.invoke(app, ["score", str(p), "--level", "advanced", "--type", "importer"])
    assert res.exit_code == 2
    assert "2 处错误" in res.output and "第2行" in res.output and "第3行" in res.output
    assert "Traceback" not in res.output


def test_cli_score_english_labels(tmp_path):
    p = write(tmp_path, "r.yaml", "level: advanced\nbusiness_type: importer\ndefault: 达标\nratings: {}\n")
    res = runner.invoke(app, ["score", str(p), "--lang", "en"])
    assert res.exit_code == 0 and "PASS" in res.output and "Total" in res.output
    assert "total 100 (at least 95)" in res.output and "总分" not in res.output


# ---------------------------------------------------------------------------------------------
# Properties over random ratings

_ASSESSMENT = load_standard("2018-177").assessment("advanced", "importer")
_UNITS = [(item, unit) for item, unit in _ASSESSMENT.rated_units()]


@st.composite
def random_ratings(draw):
    ratings = {}
    for item, unit in _UNITS:
        ratings[unit.id] = draw(st.sampled_from(item.options))
    return ratings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_ratings(), st.sampled_from(["combined", "per-category"]))
def test_total_is_100_plus_item_scores_and_pass_iff_conditions(ratings, scope):
    r = score(_ASSESSMENT, ratings, basic_limit_scope=scope)
    assert r.total == 100 + sum(i.score for i in r.items if i.score is not None)
    worst = {"compliant": 0, "basically_compliant": -1, "non_compliant": -2}
    for i in r.items:
        subs = [ratings[u.id] for u in _ASSESSMENT.item(i.id).rated_units]
        applicable = [s for s in subs if s != "not_applicable"]
        assert i.score == (min(worst[s] for s in applicable) if applicable else None)
    no_nc = all(i.rating != "non_compliant" for i in r.items)
    basics = [i for i in r.items if i.rating == "basically_compliant"
              and i.category in ("internal_control", "trade_security")]
    if scope == "combined":
        limit_ok = len(basics) <= 3
    else:
        limit_ok = all(sum(1 for i in basics if i.category == c) <= 3
                       for c in ("internal_control", "trade_security"))
    assert r.passed == (no_nc and limit_ok and r.total >= 95)
