"""Structured records → the quantitative legal-compliance and financial rules, each at and just past
its limit; reading CSV (UTF-8, BOM, GBK) and XLSX; problems reported with file, row and column."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from evidence_checker.catalog import STANDARDS_DIR, load_standard
from evidence_checker.profile import Profile
from evidence_checker.record_templates import SCHEMAS, write_templates
from evidence_checker.records import (
    FinanceSettingsError,
    FinanceYear,
    composite_score,
    evaluate_records,
    financial_ratios,
    load_finance_settings,
    read_records,
    served_units,
)

D = dt.date
AS_OF = D(2026, 11, 1)  # 1年内 = 2025-11-01 … 2026-11-01; 上年度 = 2025; 本年度1月至上月 = 2026-01 … 2026-10

PEN_HEAD = ["处罚日期", "决定书编号", "违法类别", "处罚金额(元)", "说明"]
DEC_HEAD = ["月份", "报关单及备案清单票数", "滞纳税款报关单票数", "舱单票数"]
Q_HEAD = ["季度", "指标", "企业值(%)", "全国平均(%)"]
FIN_HEAD = SCHEMAS["finance"].header
ABN_HEAD = ["列入日期", "移出日期", "原因"]


@pytest.fixture(scope="module")
def std():
    return load_standard("2018-177")


def profile(level="advanced", business_type="importer", as_of=AS_OF, **flags) -> Profile:
    return Profile(enterprise="测试企业", edition="2018-177", level=level, business_type=business_type, as_of=as_of,
                   flags=flags)


def write_csv(d: Path, name: str, header: list[str], rows: list[list], *, encoding="utf-8-sig") -> Path:
    d.mkdir(parents=True, exist_ok=True)
    lines = [",".join(header)] + [",".join(f'"{c}"' if "," in str(c) else str(c) for c in r) for r in rows]
    p = d / f"{name}.csv"
    p.write_text("\n".join(lines) + "\n", encoding=encoding)
    return p


def months(y0, m0, y1, m1, decl=100, late=0, manifests=""):
    out, y, m = [], y0, m0
    while (y, m) <= (y1, m1):
        out.append([f"{y}-{m:02d}", decl, late, manifests])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def verdicts(std, tmp_path, *, level="advanced", business_type="importer", as_of=AS_OF, flags=None,
             finance=None, certified_since=None, **files):
    d = tmp_path / "records"
    heads = {"处罚记录": PEN_HEAD, "报关单统计": DEC_HEAD, "季度指标": Q_HEAD, "财务数据": FIN_HEAD, "异常名录": ABN_HEAD}
    for name, rows in files.items():
        write_csv(d, name, heads[name], rows)
    rec = read_records(d)
    a = std.assessment(level, business_type)
    return evaluate_records(a, profile(level, business_type, as_of, **(flags or {})), rec, finance=finance,
                            certified_since=certified_since), rec


def pen(date, kind, amount, number=""):
    return [date, number, kind, amount, ""]


# ---------------------------------------------------------------------------------------------
# which units records serve

def test_served_units_are_found_by_threshold_names_and_text(std):
    adv = served_units(std.assessment("advanced", "importer"))
    assert set(adv) == {"common.12", "common.13", "common.15", "common.17", "common.20.2", "importer.7.1",
                        "importer.7.2", "importer.7.3", "importer.7.4", "importer.8.1", "importer.8.3"}
    gen = served_units(std.assessment("general", "broker"))
    assert {"common.11", "common.12", "common.14", "common.19.2", "broker.5.1", "broker.5.2", "broker.5.3",
            "broker.6", "broker.7"} <= set(gen)
    assert "customs_penalty_cumulative_max" in adv["importer.7.3"]


def test_units_only_documents_decide_are_not_returned(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=[pen("2026-03-01", "海关监管", 100)])
    for uid in ("common.14", "common.21.1", "common.22", "importer.9.1", "common.20.1", "importer.8.2"):
        assert uid not in v


def test_units_that_do_not_apply_are_not_returned(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=[pen("2026-03-01", "海关监管", 100)])
    assert "importer.7.3" in v and "importer.7.4" not in v  # 7.4 is for 当年注册登记
    assert "importer.8.3" not in v  # 加工贸易 only
    v, _ = verdicts(std, tmp_path, flags={"newly_registered": True}, 处罚记录=[pen("2026-03-01", "海关监管", 100)])
    assert "importer.7.3" not in v and "importer.7.4" in v


def test_no_records_at_all_means_needs_review_with_what_is_missing(std):
    a = std.assessment("advanced", "importer")
    v = evaluate_records(a, profile(), None)
    assert v["importer.7.1"].rating is None
    assert any("处罚记录.csv" in m for m in v["importer.7.1"].missing)
    assert v["common.12"].rating is None and v["common.20.2"].rating is None


# ---------------------------------------------------------------------------------------------
# penalties (advanced importer: 7.1 单次3万, 7.2 检疫累计1万 / 商检单次3万, 7.3 累计5万 且 5次或千分之一)

def test_cumulative_customs_penalty_exactly_5_wan_passes(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=[pen("2026-03-01", "海关监管", "20,000"), pen("2026-05-01", "海关监管", 30000)])
    r = v["importer.7.3"]
    assert r.rating == "compliant", r.reasons
    assert any("累计5万元，未超过5万元" in x for x in r.reasons)
    assert "customs_penalty_cumulative_max" in r.thresholds


def test_cumulative_customs_penalty_50001_fails(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=[pen("2026-03-01", "海关监管", 20001), pen("2026-05-01", "海关监管", 30000)])
    r = v["importer.7.3"]
    assert r.rating == "non_compliant"
    assert any("累计5.0001万元，超过5万元" in x for x in r.reasons)


def test_single_customs_penalty_3_wan_passes_and_a_cent_more_fails(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=[pen("2026-03-01", "海关监管", 30000)])
    assert v["importer.7.1"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "b", 处罚记录=[pen("2026-03-01", "海关监管", "30000.01")])
    assert v["importer.7.1"].rating == "non_compliant"
    assert any("超过3万元" in x for x in v["importer.7.1"].reasons)


def test_penalty_window_edge_one_year_before_counts_one_day_earlier_does_not(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=[pen("2025-11-01", "海关监管", 40000)])
    assert v["importer.7.1"].rating == "non_compliant"
    v, _ = verdicts(std, tmp_path / "b", 处罚记录=[pen("2025-10-31", "海关监管", 40000)])
    assert v["importer.7.1"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "c", 处罚记录=[pen("2026-11-02", "海关监管", 40000)])
    assert v["importer.7.1"].rating == "compliant"
    assert any("晚于评估基准日" in x for x in v["importer.7.1"].reasons)


def test_quarantine_cumulative_and_inspection_single(std, tmp_path):
    ok = [pen("2026-01-01", "进出境动植物检疫", 6000), pen("2026-02-01", "国境卫生检疫", 4000),
          pen("2026-03-01", "进出口商品检验", 30000)]
    v, _ = verdicts(std, tmp_path, 处罚记录=ok)
    assert v["importer.7.2"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "b", 处罚记录=ok + [pen("2026-04-01", "国境卫生检疫", 1)])
    assert v["importer.7.2"].rating == "non_compliant"
    v, _ = verdicts(std, tmp_path / "c", 处罚记录=ok[:2] + [pen("2026-03-01", "进出口商品检验", 30001)])
    assert v["importer.7.2"].rating == "non_compliant"
    # quarantine penalties are not customs penalties: 7.1 and 7.3 do not see them
    assert v["importer.7.1"].rating == "compliant"


def six_violations():
    return [pen(f"2026-0{m}-01", "海关监管", 100) for m in range(1, 7)]


def test_violation_ratio_exactly_one_per_mille_passes(std, tmp_path):
    # 6 violations (more than 5) against 2025's 12 × 500 = 6000 declarations: 6/6000 = 千分之一
    v, _ = verdicts(std, tmp_path, 处罚记录=six_violations(), 报关单统计=months(2025, 1, 2025, 12, decl=500))
    r = v["importer.7.3"]
    assert r.rating == "compliant", r.reasons
    assert any("6/6000" in x for x in r.reasons)


def test_violation_ratio_just_above_one_per_mille_fails(std, tmp_path):
    rows = months(2025, 1, 2025, 12, decl=500)
    rows[0][1] = 499  # 5999 declarations: 6/5999 > 0.001
    v, _ = verdicts(std, tmp_path, 处罚记录=six_violations(), 报关单统计=rows)
    assert v["importer.7.3"].rating == "non_compliant"


def test_five_violations_pass_without_declarations(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=six_violations()[:5])
    assert v["importer.7.3"].rating == "compliant"


def test_six_violations_without_last_years_declarations_need_review(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=six_violations(), 报关单统计=months(2025, 1, 2025, 11, decl=500))
    r = v["importer.7.3"]
    assert r.rating is None
    assert any("2025-12" in m for m in r.missing)


def test_newly_registered_variant_has_no_ratio_escape(std, tmp_path):
    v, _ = verdicts(std, tmp_path, flags={"newly_registered": True}, 处罚记录=six_violations(),
                    报关单统计=months(2025, 1, 2025, 12, decl=100000))
    assert v["importer.7.4"].rating == "non_compliant"
    v, _ = verdicts(std, tmp_path / "b", flags={"newly_registered": True}, 处罚记录=six_violations()[:5])
    assert v["importer.7.4"].rating == "compliant"


def test_general_importer_penalty_band(std, tmp_path):
    # 4.1: penalties of more than 3万 and at most 10万: at most one
    base = dict(level="general", business_type="importer")
    v, _ = verdicts(std, tmp_path, **base, 处罚记录=[pen("2026-01-01", "海关监管", 100000),
                                                   pen("2026-02-01", "海关监管", 30000)])
    assert v["importer.4.1"].rating == "compliant"  # 30000 is not above 3万: outside the band
    v, _ = verdicts(std, tmp_path / "b", **base, 处罚记录=[pen("2026-01-01", "海关监管", 100000),
                                                         pen("2026-02-01", "海关监管", 30001)])
    assert v["importer.4.1"].rating == "non_compliant"
    assert any("2次" in x for x in v["importer.4.1"].reasons)
    # 4.3: cumulative 10万 (general) — exactly passes, one more yuan fails
    v, _ = verdicts(std, tmp_path / "c", **base, 处罚记录=[pen("2026-01-01", "海关监管", 100000)])
    assert v["importer.4.3"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "d", **base, 处罚记录=[pen("2026-01-01", "海关监管", 100001)])
    assert v["importer.4.3"].rating == "non_compliant"


def test_general_importer_quarantine_limit_is_2_wan(std, tmp_path):
    v, _ = verdicts(std, tmp_path, level="general", 处罚记录=[pen("2026-01-01", "进出境动植物检疫", 20000)])
    assert v["importer.4.2"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "b", level="general", 处罚记录=[pen("2026-01-01", "进出境动植物检疫", 20001)])
    assert v["importer.4.2"].rating == "non_compliant"


def test_advanced_broker_ratio_per_ten_thousand_and_manifests(std, tmp_path):
    base = dict(business_type="broker")
    one = [pen("2026-01-01", "海关监管", 5000)]
    v, _ = verdicts(std, tmp_path, **base, 处罚记录=one, 报关单统计=months(2025, 1, 2025, 12, decl=10000 // 12 + 1))
    # 12 × 834 = 10008 declarations: 1/10008 < 万分之一
    assert v["broker.7.2"].rating == "compliant"
    assert any("舱单" in x for x in v["broker.7.2"].reasons)  # says the manifests were not given
    rows = months(2025, 1, 2025, 12, decl=833)  # 9996 declarations: 1/9996 > 万分之一
    v, _ = verdicts(std, tmp_path / "b", **base, 处罚记录=one, 报关单统计=rows)
    assert v["broker.7.2"].rating == "non_compliant"
    rows = months(2025, 1, 2025, 12, decl=833, manifests=1)  # + 12 manifests: 1/10008
    v, _ = verdicts(std, tmp_path / "c", **base, 处罚记录=one, 报关单统计=rows)
    assert v["broker.7.2"].rating == "compliant"
    assert any("1/10008=0.00009992" in x and "分母含舱单票数12票" in x for x in v["broker.7.2"].reasons)
    # 7.1: a single customs penalty above 1万 fails
    v, _ = verdicts(std, tmp_path / "d", **base, 处罚记录=[pen("2026-01-01", "海关监管", 10001)])
    assert v["broker.7.1"].rating == "non_compliant"


def test_advanced_broker_newly_registered_no_penalty_at_all(std, tmp_path):
    base = dict(business_type="broker", flags={"newly_registered": True})
    v, _ = verdicts(std, tmp_path, **base, 处罚记录=[pen("2025-10-31", "海关监管", 100)])
    assert v["broker.7.3"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "b", **base, 处罚记录=[pen("2025-11-01", "海关监管", 100)])
    assert v["broker.7.3"].rating == "non_compliant"


def test_general_broker_band_and_count(std, tmp_path):
    base = dict(level="general", business_type="broker")
    v, _ = verdicts(std, tmp_path, **base, 处罚记录=[pen("2026-01-01", "海关监管", 30000), pen("2026-02-01", "海关监管", 10000)])
    assert v["broker.5.1"].rating == "compliant"  # one in (1万, 3万], 10000 is not above 1万
    v, _ = verdicts(std, tmp_path / "b", **base, 处罚记录=[pen("2026-01-01", "海关监管", 30000), pen("2026-02-01", "海关监管", 10001)])
    assert v["broker.5.1"].rating == "non_compliant"
    v, _ = verdicts(std, tmp_path / "c", **base, flags={"newly_registered": True},
                    处罚记录=[pen("2026-01-01", "海关监管", 100)])
    assert v["broker.5.3"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "d", **base, flags={"newly_registered": True},
                    处罚记录=[pen("2026-01-01", "海关监管", 100), pen("2026-02-01", "海关监管", 100)])
    assert v["broker.5.3"].rating == "non_compliant"


def test_empty_penalty_file_is_not_read_as_no_penalties(std, tmp_path):
    v, rec = verdicts(std, tmp_path, 处罚记录=[])
    assert rec.status("penalties") == "empty"
    assert v["importer.7.1"].rating is None
    assert any("说明列写“无”" in m for m in v["importer.7.1"].missing)


def test_a_single_none_row_declares_no_penalties(std, tmp_path):
    v, rec = verdicts(std, tmp_path, 处罚记录=[["", "", "", "", "无"]])
    assert rec.status("penalties") == "none_declared"
    assert v["importer.7.1"].rating == "compliant"
    assert v["importer.7.3"].rating == "compliant"


def test_empty_file_reading_is_a_setting(std, tmp_path):
    fin = finance_with(tmp_path, interpretations={"empty_record_file": "none"})
    v, _ = verdicts(std, tmp_path, finance=fin, 处罚记录=[])
    assert v["importer.7.1"].rating == "compliant"


# ---------------------------------------------------------------------------------------------
# late-tax rate over 上年度以及本年度1月至上月 (2025-01 … 2026-10: 22 months)

def test_late_tax_exactly_3_percent_passes_advanced(std, tmp_path):
    rows = months(2025, 1, 2026, 10, decl=100, late=3)  # 66 / 2200 = 3%
    v, _ = verdicts(std, tmp_path, 报关单统计=rows)
    r = v["common.20.2"]
    assert r.rating == "compliant", r.reasons
    assert any("66票" in x and "2200票" in x and "3.00%" in x for x in r.reasons)


def test_late_tax_just_above_3_percent_fails_advanced(std, tmp_path):
    rows = months(2025, 1, 2026, 10, decl=100, late=3)
    rows[-1][2] = 4  # 67 / 2200
    v, _ = verdicts(std, tmp_path, 报关单统计=rows)
    assert v["common.20.2"].rating == "non_compliant"


def test_late_tax_limit_is_5_percent_for_general(std, tmp_path):
    rows = months(2025, 1, 2026, 10, decl=100, late=5)  # 110 / 2200 = 5%
    v, _ = verdicts(std, tmp_path, level="general", 报关单统计=rows)
    assert v["common.19.2"].rating == "compliant"
    rows[0][2] = 6
    v, _ = verdicts(std, tmp_path / "b", level="general", 报关单统计=rows)
    assert v["common.19.2"].rating == "non_compliant"


def test_late_tax_with_a_missing_month_needs_review(std, tmp_path):
    rows = [r for r in months(2025, 1, 2026, 10, late=0) if r[0] != "2026-04"]
    v, _ = verdicts(std, tmp_path, 报关单统计=rows)
    assert v["common.20.2"].rating is None
    assert any("2026-04" in m for m in v["common.20.2"].missing)


def test_late_tax_in_january_is_last_year_only(std, tmp_path):
    v, _ = verdicts(std, tmp_path, as_of=D(2026, 1, 15), 报关单统计=months(2025, 1, 2025, 12, decl=100, late=3))
    assert v["common.20.2"].rating == "compliant"


def test_activity_within_two_years(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 报关单统计=months(2024, 11, 2024, 11, decl=1))
    assert v["common.17"].rating == "compliant"
    v, _ = verdicts(std, tmp_path / "b", 报关单统计=months(2024, 10, 2024, 10, decl=1))
    assert v["common.17"].rating is None  # nothing within the window: only a person can say


# ---------------------------------------------------------------------------------------------
# quarterly indicators over 连续4个季度 (as_of 2026-11-01: 2025Q4 … 2026Q3)

QS = ["2025Q4", "2026Q1", "2026Q2", "2026Q3"]


def test_four_quarters_not_above_the_average_pass(std, tmp_path):
    rows = [[q, "查获比率", "1.5", "1.5"] for q in QS]
    v, _ = verdicts(std, tmp_path, 季度指标=rows)
    assert v["importer.8.1"].rating == "compliant", v["importer.8.1"].reasons


def test_one_quarter_above_the_average_fails(std, tmp_path):
    rows = [[q, "查获比率", "1.5", "1.5"] for q in QS]
    rows[2][2] = "1.51"
    v, _ = verdicts(std, tmp_path, 季度指标=rows)
    r = v["importer.8.1"]
    assert r.rating == "non_compliant"
    assert any("2026Q2" in x for x in r.reasons)


def test_an_older_quarter_does_not_count_and_a_missing_one_needs_review(std, tmp_path):
    rows = [["2025Q3", "查获比率", "9", "1"]] + [[q, "查获比率", "1", "2"] for q in QS[1:]]
    v, _ = verdicts(std, tmp_path, 季度指标=rows)
    assert v["importer.8.1"].rating is None
    assert any("2025Q4" in m for m in v["importer.8.1"].missing)


def test_manual_declaration_rate_must_be_above_the_average(std, tmp_path):
    flags = {"processing_trade": True}
    rows = [[q, "手册规范申报率", "99.2", "99.1"] for q in QS]
    v, _ = verdicts(std, tmp_path, flags=flags, 季度指标=rows)
    assert v["importer.8.3"].rating == "compliant"
    rows[0][2] = "99.1"  # equal is not above
    v, _ = verdicts(std, tmp_path / "b", flags=flags, 季度指标=rows)
    assert v["importer.8.3"].rating == "non_compliant"


def test_general_importer_needs_two_quarters(std, tmp_path):
    rows = [[q, "查获比率", "1", "2"] for q in QS[2:]]
    v, _ = verdicts(std, tmp_path, level="general", 季度指标=rows)
    assert v["importer.5.1"].rating == "compliant"


def test_broker_transmission_has_two_indicators(std, tmp_path):
    rows = [[q, "舱单传输差错率", "0.1", "0.2"] for q in QS] + [[q, "物流申报差错率", "0.1", "0.2"] for q in QS]
    v, _ = verdicts(std, tmp_path, business_type="broker", 季度指标=rows)
    assert v["broker.9"].rating == "compliant"
    rows[-1][2] = "0.3"
    v, _ = verdicts(std, tmp_path / "b", business_type="broker", 季度指标=rows)
    assert v["broker.9"].rating == "non_compliant"
    v, _ = verdicts(std, tmp_path / "c", business_type="broker", 季度指标=rows[:4])
    assert v["broker.9"].rating is None  # 物流申报差错率 missing


def test_the_standards_own_name_of_an_indicator_is_read_as_its_choice(std, tmp_path):
    """手(账)册规范申报率 is how the standard writes it; before, every such row was refused and the unit
    went to review with "rows that could not be read"."""
    flags = {"processing_trade": True}
    rows = [[q, "手(账)册规范申报率", "99.2", "99.1"] for q in QS[:2]] + \
        [[q, "手（账）册规范申报率", "99.2", "99.1"] for q in QS[2:]]
    v, rec = verdicts(std, tmp_path, flags=flags, 季度指标=rows)
    assert not rec.problems
    assert {r.indicator for r in rec.rows("quarterly")} == {"手册规范申报率"}
    assert v["importer.8.3"].rating == "compliant", v["importer.8.3"].reasons
    rows = [[q, "运输工具及物流信息申报差错率", "0.1", "0.2"] for q in QS] + \
        [[q, "舱单及相关电子数据传输差错率", "0.1", "0.2"] for q in QS]
    v, _ = verdicts(std, tmp_path / "b", business_type="broker", 季度指标=rows)
    assert v["broker.9"].rating == "compliant", v["broker.9"].reasons


def test_a_wide_table_with_one_column_per_indicator_is_read_row_by_row(std, tmp_path):
    """季度 | 报关差错率 | 同期全国…平均差错率 | 舱单传输差错率 | 同期全国平均传输差错率: a national column that names
    no indicator belongs to the indicator on its left; an indicator left empty in a quarter is no row."""
    d = tmp_path / "records"
    write_csv(d, "季度指标", ["季度", "报关差错率（%）", "同期全国一般信用企业平均差错率（%）", "舱单传输差错率（%）",
                          "同期全国平均传输差错率（%）", "说明"],
              [[q, "0.1", "0.3", "", "", "不涉及舱单"] for q in QS[:3]] + [[QS[3], "0.4", "0.3", "0.1", "0.2", ""]])
    rec = read_records(d)
    rows = [(str(r.quarter), r.indicator, str(r.value), str(r.national), r.row) for r in rec.rows("quarterly")]
    assert rows == [("2025Q4", "报关差错率", "0.1", "0.3", 2), ("2026Q1", "报关差错率", "0.1", "0.3", 3),
                    ("2026Q2", "报关差错率", "0.1", "0.3", 4), ("2026Q3", "报关差错率", "0.4", "0.3", 5),
                    ("2026Q3", "舱单传输差错率", "0.1", "0.2", 5)]
    note, = rec.problems
    assert note.note and "逐行展开" in note.message and "同期全国平均传输差错率（%）" in note.message
    v = evaluate_records(std.assessment("advanced", "broker"), profile("advanced", "broker"), rec)
    assert v["broker.8"].rating == "non_compliant"  # 2026Q3: 0.4 above 0.3, read from the wide row
    assert any("2026Q3" in x for x in v["broker.8"].reasons)


def test_a_wide_table_of_company_and_national_columns_per_indicator(std, tmp_path):
    d = tmp_path / "records"
    write_csv(d, "季度指标", ["季度", "本企业查获比率", "全国平均查获比率"], [[q, "0.2", "0.8"] for q in QS])
    v = evaluate_records(std.assessment("advanced", "importer"), profile(), read_records(d))
    assert v["importer.8.1"].rating == "compliant", v["importer.8.1"].reasons


# ---------------------------------------------------------------------------------------------
# 异常名录: at most once and 30 days within 1年内

def test_abnormal_list_30_days_passes(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 异常名录=[["2026-01-01", "2026-01-31", "未按时报送"]])
    r = v["common.15"]
    assert r.rating == "compliant", r.reasons
    assert any("30日" in x for x in r.reasons)


def test_abnormal_list_31_days_fails(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 异常名录=[["2026-01-01", "2026-02-01", "未按时报送"]])
    assert v["common.15"].rating == "non_compliant"


def test_abnormal_list_twice_fails(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 异常名录=[["2026-01-01", "2026-01-05", ""], ["2026-03-01", "2026-03-05", ""]])
    r = v["common.15"]
    assert r.rating == "non_compliant"
    assert any("2次" in x for x in r.reasons)


def test_abnormal_list_still_listed_counts_to_as_of(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 异常名录=[["2026-10-01", "", ""]])  # 31 days to 2026-11-01
    assert v["common.15"].rating == "non_compliant"
    assert any("仍在" in x for x in v["common.15"].reasons)


def test_abnormal_list_window_reading_is_a_setting(std, tmp_path):
    rows = [["2025-10-20", "2025-11-25", ""]]  # listed before the window, removed inside it: 36 days
    v, _ = verdicts(std, tmp_path, 异常名录=rows)
    assert v["common.15"].rating == "non_compliant"  # default: overlap
    fin = finance_with(tmp_path, interpretations={"abnormal_list_window": "listed_in_window"})
    v, _ = verdicts(std, tmp_path / "b", finance=fin, 异常名录=rows)
    assert v["common.15"].rating == "compliant"


def test_abnormal_list_none_declared(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 异常名录=[["", "", "无"]])
    assert v["common.15"].rating == "compliant"


# ---------------------------------------------------------------------------------------------
# financial

def finance_with(tmp_path: Path, *, bands=None, interpretations=None, **composite):
    """A finance.yaml for the test, from the shipped one with the given parts replaced."""
    data = yaml.safe_load((STANDARDS_DIR / "2018-177" / "finance.yaml").read_text(encoding="utf-8"))
    if bands:
        data["composite"]["bands"].update(bands)
    data["composite"].update(composite)
    data["interpretations"].update(interpretations or {})
    p = tmp_path / f"finance-{abs(hash(repr((bands, interpretations, composite))))}.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_finance_settings(path=p)


# The test's own bands (so the worked examples do not move when the assumed defaults are
# replaced by official reference values).
TEST_BANDS = {
    "operating_profit_margin": {"direction": "higher_better",
                                "bands": [{"min": 0.10, "score": 1}, {"min": 0.02, "score": 0},
                                          {"min": 0.0, "score": -1}, {"score": -2}]},
    "return_on_equity": {"direction": "higher_better",
                         "bands": [{"min": 0.10, "score": 1}, {"min": 0.03, "score": 0},
                                   {"min": 0.0, "score": -1}, {"score": -2}]},
    "quick_ratio": {"direction": "higher_better",
                    "bands": [{"min": 1.0, "score": 1}, {"min": 0.6, "score": 0}, {"min": 0.3, "score": -1},
                              {"score": -2}]},
    "cash_to_current_liabilities": {"direction": "higher_better",
                                    "bands": [{"min": 0.20, "score": 1}, {"min": 0.05, "score": 0},
                                              {"min": 0.0, "score": -1}, {"score": -2}]},
    "debt_ratio": {"direction": "lower_better",
                   "bands": [{"max": 0.50, "score": 1}, {"max": 0.70, "score": 0}, {"max": 0.85, "score": -1},
                             {"score": -2}]},
}


def fin_row(year=2025, opinion="无保留意见", assets=10_000_000, liabilities=6_000_000, current_assets=5_000_000,
            inventory=1_000_000, current_liabilities=4_000_000, revenue=20_000_000, op_profit=1_000_000,
            net_profit=800_000, eq_begin=3_600_000, eq_end=4_400_000, cash=600_000):
    return [year, opinion, assets, liabilities, current_assets, inventory, current_liabilities, revenue, op_profit,
            net_profit, eq_begin, eq_end, cash]


def test_financial_ratios_worked_example():
    # 营业利润率   = 1,000,000 / 20,000,000                  = 0.05
    # 净资产收益率 = 800,000 / ((3,600,000 + 4,400,000) / 2)  = 800,000 / 4,000,000 = 0.20
    # 速动比率     = (5,000,000 − 1,000,000) / 4,000,000      = 1.00
    # 现金流动负债比率 = 600,000 / 4,000,000                   = 0.15
    # 资产负债率   = 6,000,000 / 10,000,000                   = 0.60
    fy = FinanceYear(2025, "无保留意见", *(Decimal(x) for x in fin_row()[2:]), file="f", row=2)
    r = financial_ratios(fy)
    assert r.operating_profit_margin == Decimal("0.05")
    assert r.return_on_equity == Decimal("0.2")
    assert r.quick_ratio == Decimal("1")
    assert r.cash_to_current_liabilities == Decimal("0.15")
    assert r.debt_ratio == Decimal("0.6")
    assert r.why_missing == {}


def test_ratio_that_cannot_be_computed_says_why_in_both_languages(std, tmp_path):
    # 存货 blank and 资产总额 0: the quick ratio lacks a figure, the debt ratio has no positive denominator
    fin = finance_with(tmp_path, bands=TEST_BANDS)
    v, _ = verdicts(std, tmp_path, finance=fin, 财务数据=[fin_row(inventory="", assets=0)])
    r = v["common.13"]
    zh = "；".join(r.reasons + r.missing)
    en = "; ".join(m.render("en") for m in r.reasons + r.missing)
    assert "速动比率无法计算（缺少存货）" in zh and "资产负债率无法计算（资产总额为0，无法计算）" in zh
    assert "quick ratio cannot be computed (no inventory)" in en
    assert "debt ratio cannot be computed (total assets is 0, not above zero)" in en
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.replace("records/财务数据.csv", "")), en
    fy = FinanceYear(2025, "无保留意见", *(Decimal(x) for x in fin_row()[2:]), file="f", row=2)
    fy = dataclasses.replace(fy, equity_begin=None)
    assert financial_ratios(fy).to_json()["why_missing"] == {"return_on_equity": "缺少年初/年末所有者权益"}


def test_composite_score_worked_example(std, tmp_path):
    # With TEST_BANDS: 营业利润率 0.05 → 0; 净资产收益率 0.20 → 1; 速动比率 1.00 → 1;
    # 现金流动负债比率 0.15 → 0; 资产负债率 0.60 → 0.
    # 综合分值 = 0×0.21 + 1×0.21 + 1×0.161 + 0×0.161 + 0×0.258 = 0.371 >= 0 → 达标
    fin = finance_with(tmp_path, bands=TEST_BANDS)
    v, _ = verdicts(std, tmp_path, finance=fin, 财务数据=[fin_row()])
    r = v["common.13"]
    assert r.rating == "compliant", r.reasons
    assert any("= 0.371 → 达标" in x for x in r.reasons)
    assert any("资产负债率60.00%" in x for x in r.reasons)
    assert any("速动比率1" in x for x in r.reasons)


def test_composite_score_basically_compliant_example(std, tmp_path):
    # 营业利润率 200,000/20,000,000 = 0.01 → -1; 净资产收益率 80,000/4,000,000 = 0.02 → -1;
    # 速动比率 (3,600,000 − 1,000,000)/4,000,000 = 0.65 → 0; 现金 600,000/4,000,000 = 0.15 → 0;
    # 资产负债率 8,000,000/10,000,000 = 0.80 → -1.
    # 综合分值 = -0.21 - 0.21 + 0 + 0 - 0.258 = -0.678, in [-1, 0) → 基本达标
    fin = finance_with(tmp_path, bands=TEST_BANDS)
    row = fin_row(op_profit=200_000, net_profit=80_000, current_assets=3_600_000, liabilities=8_000_000)
    v, _ = verdicts(std, tmp_path, finance=fin, 财务数据=[row])
    assert v["common.13"].rating == "basically_compliant"
    assert any("-0.678" in x for x in v["common.13"].reasons)


def test_composite_score_non_compliant_below_minus_one(std, tmp_path):
    # all four other ratios negative → -2 each; 资产负债率 0.90 → -2: 综合分值 = -2 < -1 → 不达标
    fin = finance_with(tmp_path, bands=TEST_BANDS)
    row = fin_row(op_profit=-1, net_profit=-1, current_assets=1_000_000, inventory=1_000_001, cash=-1,
                  liabilities=9_000_000)
    v, _ = verdicts(std, tmp_path, finance=fin, 财务数据=[row])
    assert v["common.13"].rating == "non_compliant"


def test_debt_ratio_95_percent_is_not_above_the_limit(std, tmp_path):
    # 9,500,000 / 10,000,000 = 95%: not above, so the composite score decides:
    # 0×0.21 + 1×0.21 + 1×0.161 + 0×0.161 + (-2)×0.258 = -0.145 → 基本达标
    fin = finance_with(tmp_path, bands=TEST_BANDS)
    v, _ = verdicts(std, tmp_path, finance=fin, 财务数据=[fin_row(liabilities=9_500_000)])
    r = v["common.13"]
    assert any("资产负债率95.00%，未超过95.00%" in x for x in r.reasons), r.reasons
    assert r.rating == "basically_compliant"
    assert any("= -0.145 → 基本达标" in x for x in r.reasons)


def test_debt_ratio_95_01_percent_fails_on_its_own(std, tmp_path):
    fin = finance_with(tmp_path, bands=TEST_BANDS)
    # everything else excellent; 9,501,000 / 10,000,000 = 95.01%
    v, _ = verdicts(std, tmp_path, finance=fin, 财务数据=[fin_row(liabilities=9_501_000)])
    r = v["common.13"]
    assert r.rating == "non_compliant"
    assert any("95.01%超过95.00%" in x for x in r.reasons)


def test_composite_with_missing_figures_needs_review(std, tmp_path):
    row = fin_row()
    row[12] = ""  # 经营活动现金流量净额
    v, _ = verdicts(std, tmp_path, 财务数据=[row])
    r = v["common.13"]
    assert r.rating is None
    assert any("现金流动负债比率" in m for m in r.missing)


def test_shipped_bands_are_marked_assumed_and_said_so():
    fin = load_finance_settings()
    assert fin.bands_assumed is True
    assert fin.weights == {"operating_profit_margin": 0.21, "return_on_equity": 0.21, "quick_ratio": 0.161,
                           "cash_to_current_liabilities": 0.161, "debt_ratio": 0.258}
    assert (fin.compliant_min, fin.basically_compliant_min, fin.debt_ratio_max) == (0, -1, 0.95)
    text = (STANDARDS_DIR / "2018-177" / "finance.yaml").read_text(encoding="utf-8")
    assert "假设值" in text and "行业参考值" in text


def test_shipped_bands_reason_warns(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 财务数据=[fin_row()])
    assert any("假设值" in x for x in v["common.13"].reasons)


def test_finance_yaml_is_validated(tmp_path):
    with pytest.raises(FinanceSettingsError, match="sum"):
        finance_with(tmp_path, weights={"operating_profit_margin": 0.3, "return_on_equity": 0.21,
                                        "quick_ratio": 0.161, "cash_to_current_liabilities": 0.161,
                                        "debt_ratio": 0.258})
    with pytest.raises(FinanceSettingsError, match="abnormal_list_window"):
        finance_with(tmp_path, interpretations={"abnormal_list_window": "sometimes"})


def test_composite_score_function_directly(tmp_path):
    fin = finance_with(tmp_path, bands=TEST_BANDS)
    fy = FinanceYear(2025, None, *(Decimal(x) for x in fin_row()[2:]), file="f", row=2)
    total, scores = composite_score(financial_ratios(fy), fin)
    assert total == Decimal("0.371")
    assert scores == {"operating_profit_margin": 0, "return_on_equity": 1, "quick_ratio": 1,
                      "cash_to_current_liabilities": 0, "debt_ratio": 0}


@pytest.mark.parametrize("opinion, rating", [
    ("无保留意见", "compliant"), ("保留意见", "basically_compliant"), ("否定意见", "non_compliant"),
    ("无法表示意见", "non_compliant"), ("无审计报告", "non_compliant"), ("标准无保留意见", "compliant"),
])
def test_accounting_information_from_the_audit_opinion(std, tmp_path, opinion, rating):
    v, _ = verdicts(std, tmp_path, 财务数据=[fin_row(opinion=opinion)])
    assert v["common.12"].rating == rating


def test_accounting_information_needs_last_years_report(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 财务数据=[fin_row(year=2024)])
    r = v["common.12"]
    assert r.rating is None
    assert any("2025年度的审计意见" in m for m in r.missing)


def test_recertification_needs_every_year_and_says_which_are_missing(std, tmp_path):
    rows = [fin_row(year=2023), fin_row(year=2025)]
    v, _ = verdicts(std, tmp_path, flags={"recertification": True}, 财务数据=rows)
    r = v["common.12"]
    assert r.rating is None
    assert any("缺少2024年度" in x for x in r.reasons)
    assert any("2024年度的审计意见" in m for m in r.missing)
    v, _ = verdicts(std, tmp_path / "b", flags={"recertification": True}, certified_since=2022,
                    财务数据=rows + [fin_row(year=2024, opinion="保留意见")])
    assert v["common.12"].rating is None
    assert any("2022年度" in m for m in v["common.12"].missing)
    v, _ = verdicts(std, tmp_path / "c", flags={"recertification": True},
                    财务数据=rows + [fin_row(year=2024, opinion="保留意见")])
    assert v["common.12"].rating == "basically_compliant"


# ---------------------------------------------------------------------------------------------
# reading files

def test_malformed_rows_are_reported_with_file_row_and_column_and_good_rows_used(std, tmp_path):
    d = tmp_path / "records"
    write_csv(d, "处罚记录", PEN_HEAD, [
        pen("2026-03-01", "海关监管", 40000, "A1"),        # row 2: good, above 3万
        pen("2026-02-30", "海关监管", 100, "A2"),          # row 3: impossible date
        pen("2026-04-01", "走私", 100, "A3"),              # row 4: unknown 违法类别
        pen("2026-05-01", "海关监管", -5, "A4"),           # row 5: negative amount
        pen("", "海关监管", 100, "A5"),                    # row 6: date missing
        pen("2026-06-01", "海关监管", 100, "A1"),          # row 7: repeats 决定书编号 A1
    ])
    rec = read_records(d)
    got = {(p.file, p.row, p.column) for p in rec.problems}
    assert ("records/处罚记录.csv", 3, "处罚日期") in got
    assert ("records/处罚记录.csv", 4, "违法类别") in got
    assert ("records/处罚记录.csv", 5, "处罚金额(元)") in got
    assert ("records/处罚记录.csv", 6, "处罚日期") in got
    assert any(p.row == 7 and "重复" in p.message for p in rec.problems)
    assert [p.row for p in rec.penalties] == [2]
    assert rec.skipped["penalties"] == 5
    msgs = " ".join(str(p) for p in rec.problems)
    assert "不是有效日期" in msgs and "不是可选值之一" in msgs and "为负数" in msgs
    v = evaluate_records(std.assessment("advanced", "importer"), profile(), rec)
    assert v["importer.7.1"].rating == "non_compliant"  # decided by the good row
    assert any("未能使用" in x for x in v["importer.7.1"].reasons)


def test_unreadable_rows_turn_a_compliant_into_needs_review(std, tmp_path):
    v, _ = verdicts(std, tmp_path, 处罚记录=[pen("2026-03-01", "海关监管", 100), pen("2026-13-01", "海关监管", 99999)])
    assert v["importer.7.1"].rating is None
    assert any("改为待人工复核" in x for x in v["importer.7.1"].reasons)


def test_missing_required_column_makes_the_file_unusable(std, tmp_path):
    d = tmp_path / "records"
    write_csv(d, "处罚记录", ["处罚日期", "违法类别", "经办人"], [["2026-03-01", "海关监管", "x"]])
    rec = read_records(d)
    assert rec.status("penalties") == "unusable"
    assert any(p.row == 1 and p.column == "处罚金额(元)" and "缺少必填列" in p.message for p in rec.problems)
    assert any(p.row == 1 and p.column == "经办人" and "未识别的列" in p.message for p in rec.problems)
    v = evaluate_records(std.assessment("advanced", "importer"), profile(), rec)
    assert v["importer.7.1"].rating is None


def test_headers_tolerate_full_width_brackets_and_units_left_out(tmp_path):
    d = tmp_path / "records"
    write_csv(d, "处罚记录", ["处罚日期", "违法类别", "处罚金额（元）"], [["2026/3/1", "海关监管", "1.5万"]])
    write_csv(d, "季度指标", ["季度", "指标", "企业值", "全国平均"], [["2026年第一季度", "查获比率", "1.2%", "1.5"]])
    rec = read_records(d)
    assert rec.problems == []
    assert rec.penalties[0].amount == Decimal("15000") and rec.penalties[0].date == D(2026, 3, 1)
    assert rec.quarterly[0].value == Decimal("1.2") and rec.quarterly[0].quarter.label == "2026Q1"


def test_gbk_csv_is_read(tmp_path):
    d = tmp_path / "records"
    write_csv(d, "异常名录", ABN_HEAD, [["2026-01-01", "2026-01-10", "未按规定报送年报"]], encoding="gbk")
    raw = (d / "异常名录.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rec = read_records(d)
    assert rec.problems == []
    assert rec.abnormal[0].reason == "未按规定报送年报" and rec.abnormal[0].removed == D(2026, 1, 10)


def test_utf8_without_bom_is_read(tmp_path):
    d = tmp_path / "records"
    write_csv(d, "报关单统计", DEC_HEAD[:3], [["2025-01", "1,200", "3"]], encoding="utf-8")
    rec = read_records(d)
    assert rec.problems == [] and rec.declarations[0].declarations == 1200 and rec.declarations[0].manifests is None


def test_xlsx_records(std, tmp_path):
    from openpyxl import Workbook

    d = tmp_path / "records"
    d.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.append(PEN_HEAD)
    ws.append([dt.datetime(2026, 3, 1), "A1", "海关监管", 30001, ""])
    ws.append(["2026-03-40", "A2", "海关监管", 5, ""])  # row 3: bad date
    wb.save(d / "处罚记录.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.append(Q_HEAD)
    for q in QS:
        ws.append([q, "查获比率", 0.012, 0.015])  # cells formatted as percent hold fractions
        ws.cell(ws.max_row, 3).number_format = "0.00%"
        ws.cell(ws.max_row, 4).number_format = "0.00%"
    wb.save(d / "季度指标.xlsx")
    rec = read_records(d)
    assert rec.files["penalties"] == ["records/处罚记录.xlsx"]
    assert [(p.file, p.row, p.column) for p in rec.problems] == [("records/处罚记录.xlsx", 3, "处罚日期")]
    assert rec.penalties[0].date == D(2026, 3, 1) and rec.penalties[0].amount == 30001
    assert rec.quarterly[0].value == Decimal("1.2") and rec.quarterly[0].national == Decimal("1.5")
    v = evaluate_records(std.assessment("advanced", "importer"), profile(), rec)
    assert v["importer.7.1"].rating == "non_compliant"
    assert v["importer.8.1"].rating == "compliant"


def test_unknown_and_old_excel_files_are_reported(tmp_path):
    d = tmp_path / "records"
    d.mkdir()
    (d / "处罚记录.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (d / "说明.txt").write_text("备注", encoding="utf-8")
    rec = read_records(d)
    msgs = {p.file: p.message for p in rec.problems}
    assert ".xls" in msgs["records/处罚记录.xls"]
    assert "未识别的记录文件" in msgs["records/说明.txt"]


def test_no_records_folder_reads_as_nothing(tmp_path):
    rec = read_records(tmp_path / "nope")
    assert rec.problems == [] and all(rec.status(k) == "absent" for k in SCHEMAS)


# ---------------------------------------------------------------------------------------------
# templates

def test_templates_are_written_with_bom_header_and_a_commented_example(tmp_path):
    written = write_templates(tmp_path / "records")
    assert sorted(p.name for p in written) == sorted(s.filename for s in SCHEMAS.values())
    for s in SCHEMAS.values():
        raw = (tmp_path / "records" / s.filename).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        lines = raw.decode("utf-8-sig").splitlines()
        assert lines[0] == ",".join(s.header) and len(lines) == 2
        assert lines[1].startswith("#示例") and all(c.example for c in s.columns), s.name
        if s.none_words:  # the "无" convention is explained in a 说明 column
            assert "说明" in s.header and "“无”" in lines[1]
    rec = read_records(tmp_path / "records")
    assert rec.problems == []  # the example rows are comments: nothing read, nothing wrong
    assert rec.status("penalties") == "empty" and rec.status("finance") == "empty"
    # the example row with its # removed is a valid record of its kind
    for s in SCHEMAS.values():
        path = tmp_path / "records" / s.filename
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        example = lines[1].split(",")
        example[0] = s.columns[0].example
        if s.key == "declarations":
            example[-1] = ""
        path.write_text("\n".join([lines[0], ",".join(example)]) + "\n", encoding="utf-8-sig")
    rec = read_records(tmp_path / "records")
    assert rec.problems == [], rec.problems
    assert all(rec.status(k) == "rows" for k in SCHEMAS), {k: rec.status(k) for k in SCHEMAS}


def test_templates_never_overwrite(tmp_path):
    d = tmp_path / "records"
    filled = write_csv(d, "处罚记录", PEN_HEAD, [pen("2026-03-01", "海关监管", 100)])
    before = filled.read_bytes()
    (d / "财务数据.xlsx").write_bytes(b"not really xlsx")
    written = write_templates(d)
    assert filled.read_bytes() == before
    assert not (d / "财务数据.csv").exists()
    assert {p.name for p in written} == {"报关单统计.csv", "季度指标.csv", "异常名录.csv"}
    assert write_templates(d) == []


def test_csv_and_xlsx_of_one_kind_are_combined_and_flagged(tmp_path):
    from openpyxl import Workbook

    d = tmp_path / "records"
    write_csv(d, "处罚记录", PEN_HEAD, [pen("2026-01-01", "海关监管", 100, "A1")])
    wb = Workbook()
    wb.active.append(PEN_HEAD)
    wb.active.append(["2026-02-01", "A2", "海关监管", 200, ""])
    wb.active.append(["2026-03-01", "A1", "海关监管", 100, ""])  # the same decision as the CSV's
    wb.save(d / "处罚记录.xlsx")
    rec = read_records(d)
    assert [p.number for p in rec.penalties] == ["A1", "A2"]
    assert any(p.file == "records/处罚记录.xlsx" and p.row == 3 and "重复" in p.message for p in rec.problems)
    assert any("已合并" in p.message for p in rec.problems)


def test_the_zero_of_no_penalty_at_all_comes_from_the_catalog(std):
    unit = std.assessment("advanced", "broker").subitem("broker.7.3")
    th = {t.name: t for t in unit.thresholds}["penalty_count_max"]
    assert (th.value, th.op) == (0, "<=")
    assert served_units(std.assessment("advanced", "broker"))["broker.7.3"] == ["window_years", "penalty_count_max"]
