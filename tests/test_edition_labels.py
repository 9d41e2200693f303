"""Reports say the edition's own words: levels, business types, categories, pass conditions and every
number of its pass rule come from its data (edition.yaml, rules.yaml), not from Python.

A run of the fictional test edition (tests/editions/fictional-2099: gold/silver levels, 1+N, bonus
points, its pass rule "甲/乙/丙" with 98 points and at most 1 basically compliant item) is written as a
check would write it, and `evidence-checker report` renders it in Chinese and English; every report
must carry the fictional edition's labels and none of 2018-177's wording.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from evidence_checker import data
from evidence_checker.catalog import load_standard
from evidence_checker.cli import app
from evidence_checker.edition_labels import edition_labels
from evidence_checker.ratings import read_ratings
from evidence_checker.results import PROPOSALS, RUN, Proposal, write_json, write_proposals

EDITIONS = Path(__file__).resolve().parent / "editions"
RATINGS = EDITIONS / "fictional-2099" / "ratings-gold.yaml"
runner = CliRunner()

# 2018-177's words and numbers that must not reach a report of another edition
FOREIGN = ("2018", "177", "高级认证", "一般认证", "内部控制", "贸易安全", "进出口货物收发货人", "报关企业",
           "95分", "3项", "条件（二）", "-2分", "advanced certification", "internal control", "at least 95",
           "condition (2)", "GACC")


@pytest.fixture
def fictional(monkeypatch):
    monkeypatch.delenv(data.ENV_STANDARDS, raising=False)
    data.set_standards_dirs([EDITIONS])
    yield load_standard("fictional-2099")
    data.set_standards_dirs([])


def _run(tmp_path: Path) -> Path:
    """A run folder of the fictional edition as check writes it: the gold 1+N ratings file, with one
    sub-item non-compliant so the conditions and the gap list have something to say."""
    sheet = read_ratings(RATINGS)
    ratings = dict(sheet.ratings) | {"base.1.1": "non_compliant"}
    a = sheet.assessment()
    proposals = {u.id: Proposal(id=u.id, rating=ratings.get(u.id, sheet.default), status="proposed",
                                confidence=0.9, reasons=("测试评分",)) for _, u in a.rated_units()}
    out = tmp_path / "run"
    out.mkdir()
    write_json(out / RUN, {"edition": "fictional-2099", "level": sheet.level, "business_type": sheet.business_type,
                           "as_of": "2099-06-01", "enterprise": "虚构测试企业"})
    write_proposals(out / PROPOSALS, edition="fictional-2099", level=sheet.level, business_type=sheet.business_type,
                    as_of="2099-06-01", proposals=proposals, items={})
    return out


def _texts(out: Path) -> dict[str, str]:
    """The text of each report written into ``out``."""
    texts = {"html": (out / "report.html").read_text(encoding="utf-8"),
             "md": (out / "report.md").read_text(encoding="utf-8")}
    d = docx.Document(str(out / "self-assessment.docx"))
    texts["docx"] = "\n".join([p.text for p in d.paragraphs]
                              + [c.text for t in d.tables for r in t.rows for c in r.cells])
    wb = openpyxl.load_workbook(out / "report.xlsx")
    texts["xlsx"] = "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v)
    return texts


def test_the_edition_labels_are_its_data(fictional):
    names = edition_labels(fictional)
    assert names.t("gold") == "金级认证" and names.t("gold", "en") == "gold certification"
    assert names.business("bonded+food") == "保税业务、食品业务"
    assert names.t("basic_limit") == "乙、基本达标项不超过1项"
    assert names.t("reading") == "条件乙的解读"
    assert names.t("cond.no_non_compliant", n=1) == "不达标（-3分）的标准项1项"
    assert names.t("report.method_scoring").startswith("计分：总分＝100＋各标准项得分；达标0分，基本达标-1分，不达标-3分")
    assert "附加标准每项达标加2分" in names.t("report.method_scoring")
    assert names.t("sa.conditions_met", "en") == "all three pass conditions are met"
    the_2018 = edition_labels(load_standard("2018-177"))
    assert the_2018.t("min_total") == "（三）总分不低于95分"  # the same keys, the other edition's data


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_report_of_the_fictional_edition_says_its_own_words(fictional, tmp_path, lang):
    out = _run(tmp_path)
    res = runner.invoke(app, ["--standards-dir", str(EDITIONS), "report", str(out), "--lang", lang, "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["passed"] is False  # base.1.1 non-compliant: condition 甲 fails
    texts = _texts(out)
    zh = lang == "zh"
    own = (["金级认证", "保税业务、食品业务", "甲、无不达标项", "不达标（-3分）的标准项1项", "条件乙的解读",
            "附加标准每项达标加2分", "管理制度"] if zh else
           ["gold certification", "A. no non-compliant item", "1 non-compliant item(s) (-3)", "Reading of condition B",
            "each compliant bonus item adds 2 points", "Management"])
    for fmt, text in texts.items():
        for word in FOREIGN:
            assert word not in text, f"{fmt} ({lang}) says {word!r}"
    assert all(w in texts["html"] for w in own), [w for w in own if w not in texts["html"]]
    assert all(w in texts["md"] for w in own[:2])
    assert own[0] in texts["docx"] and own[2] in texts["docx"]
    assert own[0] in texts["xlsx"] and own[2] in texts["xlsx"]
    cond = "丙、总分不低于98分" if zh else "C. total of at least 98"
    assert cond in texts["html"] and cond in texts["xlsx"]


def test_a_rating_is_spelled_as_the_edition_scores_it(fictional):
    from evidence_checker.ratings import parse_rating

    assert parse_rating(-3, fictional.rules) == "non_compliant"  # the fictional edition's points
    assert parse_rating(-2, fictional.rules) is None
    assert parse_rating("-2") == "non_compliant" and parse_rating("基本达标", fictional.rules) == "basically_compliant"
