"""The eval metrics themselves, on hand-made gold: page/sheet-level hits, person units, what counts
as over-optimistic, the automatic share and the reliability bins."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_checker.catalog import load_standard
from evidence_checker.evaluate import Gold, rating_metrics, retrieval_metrics
from evidence_checker.profile import profile_from_dict


@pytest.fixture(scope="module")
def assessment():
    return load_standard("2018-177").assessment("general", "broker")


def _gold(units: dict, set_: str = "heldout") -> Gold:
    profile = profile_from_dict({"enterprise": "测试", "edition": "2018-177", "level": "general",
                                 "business_type": "broker", "as_of": "2026-09-30"}, src="test")
    return Gold(name="t", set=set_, root=Path("."), profile=profile, units=units, irrelevant=[], expected={})


def test_page_level_recall_needs_the_gold_page_or_sheet(assessment):
    gold = _gold({
        "common.1.1": {"rating": "compliant", "evidence": [{"path": "汇编.pdf", "page": 27}]},
        "common.2": {"rating": "compliant", "evidence": [{"path": "台账.xlsx", "sheet": "培训签到"}]},
        "common.3": {"rating": "compliant", "evidence": [{"path": "制度.docx"}]},
    })
    ranked = {"common.1.1": ["汇编.pdf"], "common.2": ["台账.xlsx"], "common.3": ["制度.docx"]}
    places = {"common.1.1": [("汇编.pdf", 3, None)],            # right file, wrong page
              "common.2": [("台账.xlsx", 2, "培训签到")],          # right sheet
              "common.3": [("制度.docx", None, None)]}           # file-level gold: the file is enough
    m = retrieval_metrics(ranked, gold, assessment, places)
    assert m.units == 3 and m.recall_at_5 == 1.0
    assert m.recall_at_5_page == pytest.approx(2 / 3)
    assert m.located_units == 2


def test_over_optimistic_is_any_rating_worth_more_than_the_gold(assessment):
    gold = _gold({
        "common.1.1": {"rating": "basically_compliant"},
        "common.1.2": {"rating": "non_compliant"},
        "common.2": {"rating": "non_compliant"},
        "common.3": {"rating": "compliant"},
        "common.4.1": {"rating": "person", "assumed": "compliant"},
        "common.4.2": {"rating": "basically_compliant"},
    })
    proposed = {"common.1.1": "compliant",            # 达标 over 基本达标
                "common.1.2": "basically_compliant",  # 基本达标 over 不达标: flips a verdict too
                "common.2": "not_applicable",         # 不适用 over 不达标: removes a -2
                "common.3": "basically_compliant",    # under-rating: safe side
                "common.4.1": "compliant",            # a person's unit rated by the tool
                "common.4.2": None}                   # needs_review
    conf = {"common.1.1": 0.95, "common.1.2": 0.6, "common.2": 0.99, "common.3": 0.75, "common.4.1": 0.9}
    m = rating_metrics(proposed, gold, assessment, confidence=conf,
                       suggested={"common.4.2": "basically_compliant"})
    assert m.units == 5  # the person unit is left out of the accuracy
    assert m.over_optimistic == 3 and m.over_optimistic_compliant == 1
    assert m.person_units == 1 and m.person_decided == 1
    assert m.needs_review == 1 and m.suggested_right == 1
    assert m.automatic == 4 and m.automatic_share == pytest.approx(0.8)
    assert m.accuracy == 0.0 and m.accuracy_automatic == 0.0
    assert sum(b["n"] for b in m.reliability) == 4
    top = next(b for b in m.reliability if b["low"] == 0.9)
    assert top["n"] == 2 and top["right"] == 0
    assert top["squared_error"] == pytest.approx(0.95 ** 2 + 0.99 ** 2)  # both wrong at 0.95 and 0.99


def test_paths_say_which_decision_path_the_errors_come_from(assessment):
    """Automatic proposals counted per decision path and rating; needs_review and person units are not."""
    from evidence_checker.evaluate import BundleEval, RetrievalMetrics, summarize

    gold = _gold({"common.1.1": {"rating": "basically_compliant"}, "common.1.2": {"rating": "compliant"},
                  "common.2": {"rating": "non_compliant"}, "common.3": {"rating": "compliant"},
                  "common.4.2": {"rating": "basically_compliant"}})
    proposed = {"common.1.1": "compliant", "common.1.2": "compliant", "common.2": "basically_compliant",
                "common.3": "compliant", "common.4.2": None}
    basis = {"common.1.1": "compliant", "common.1.2": "compliant", "common.2": "basically_policy_only",
             "common.3": "compliant_fact", "common.4.2": "compliant"}
    m = rating_metrics(proposed, gold, assessment, basis=basis)
    assert m.paths == {"basically_policy_only/basically_compliant": {"n": 1, "right": 0, "over_optimistic": 1},
                       "compliant/compliant": {"n": 2, "right": 1, "over_optimistic": 1},
                       "compliant_fact/compliant": {"n": 1, "right": 1, "over_optimistic": 0}}
    e = BundleEval(name="x", set="heldout", ours=RetrievalMetrics(), bm25=RetrievalMetrics(), ratings=m)
    twice = summarize([e, e])["heldout"]["ratings"]["paths"]
    assert twice["compliant/compliant"] == {"n": 4, "right": 2, "over_optimistic": 2, "accuracy": 0.5}


def test_reliability_says_how_far_stated_confidence_is_from_accuracy() -> None:
    """Each bin carries its mean stated confidence; the calibration error weighs |accuracy − confidence| by bin size."""
    from evidence_checker.evaluate import BundleEval, RatingMetrics, RetrievalMetrics, summarize

    def bundle(bins):
        e = BundleEval(name="x", set="heldout", ours=RetrievalMetrics(), bm25=RetrievalMetrics())
        e.ratings = RatingMetrics(units=sum(b["n"] for b in bins), automatic=sum(b["n"] for b in bins), reliability=bins)
        return e

    a = bundle([{"low": 0.9, "high": 1.0, "n": 10, "right": 9, "confidence_sum": 9.5, "squared_error": 1.0}])
    b = bundle([{"low": 0.9, "high": 1.0, "n": 10, "right": 10, "confidence_sum": 9.5, "squared_error": 0.5},
                {"low": 0.0, "high": 0.5, "n": 5, "right": 1, "confidence_sum": 1.5, "squared_error": 1.0}])
    r = summarize([a, b])["heldout"]["ratings"]
    top = next(x for x in r["reliability"] if x["low"] == 0.9)
    assert top["n"] == 20 and top["accuracy"] == 0.95 and top["mean_confidence"] == 0.95
    low = next(x for x in r["reliability"] if x["low"] == 0.0)
    assert low["accuracy"] == 0.2 and low["mean_confidence"] == 0.3
    assert r["calibration_error"] == round((20 * 0.0 + 5 * 0.1) / 25, 4)
    assert r["brier"] == round(2.5 / 25, 4)
