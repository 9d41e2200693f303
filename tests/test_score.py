"""The official scoring, worked by hand from attachment 1 (说明) of the seed."""

from __future__ import annotations

import pytest

from evidence_checker.catalog import load_standard
from evidence_checker.score import Branch, rollup, score, way_to_pass


@pytest.fixture(scope="module")
def adv_importer():
    return load_standard("2018-177").assessment("advanced", "importer")


@pytest.fixture(scope="module")
def gen_broker():
    return load_standard("2018-177").assessment("general", "broker")


def test_rollup_takes_the_worst_applicable_subitem():
    assert rollup(["compliant", "compliant"]) == "compliant"
    assert rollup(["compliant", "basically_compliant", "not_applicable"]) == "basically_compliant"
    assert rollup(["basically_compliant", "non_compliant"]) == "non_compliant"
    assert rollup(["not_applicable", "not_applicable"]) == "not_applicable"
    assert rollup(["compliant", None]) is None
    # 不达标 decides the item even when another sub-item is not rated yet
    assert rollup([None, "non_compliant"]) == "non_compliant"


def test_all_compliant_scores_100_and_passes(adv_importer):
    r = score(adv_importer, {}, default="compliant")
    assert r.total == 100
    assert r.passed
    assert [c.ok for c in r.conditions] == [True, True, True]
    # 31 general-standard items less 申报规范/传输规范 (见单项标准) + 14 importer items
    assert len(r.items) == 31 - 2 + 14


def test_exactly_95_passes(adv_importer):
    # two financial items at -1 and three internal-control items at -1: 100 - 5 = 95
    ratings = {"common.12": "basically_compliant", "common.13": "basically_compliant",
               "common.1.1": "basically_compliant", "common.3": "basically_compliant",
               "common.10": "basically_compliant"}
    r = score(adv_importer, ratings, default="compliant")
    assert r.total == 95
    assert r.condition("min_total").ok
    assert r.condition("basic_limit").ok  # financial items do not count toward the 3
    assert r.passed


def test_94_fails_on_total_alone(adv_importer):
    ratings = {"common.12": "basically_compliant", "common.13": "basically_compliant",
               "common.1.1": "basically_compliant", "common.3": "basically_compliant",
               "importer.5": "basically_compliant", "common.10": "basically_compliant"}
    r = score(adv_importer, ratings, default="compliant")
    assert r.total == 94
    assert not r.condition("min_total").ok
    assert r.condition("no_non_compliant").ok
    assert not r.passed


def test_four_basic_items_across_categories_fail_combined_pass_per_category(adv_importer):
    ratings = {"common.1.2": "basically_compliant", "common.3": "basically_compliant",   # internal control
               "common.23.1": "basically_compliant", "importer.10.4": "basically_compliant"}  # trade security
    combined = score(adv_importer, ratings, default="compliant", basic_limit_scope="combined")
    assert combined.total == 96
    assert not combined.condition("basic_limit").ok
    assert set(combined.condition("basic_limit").items) == {"common.1", "common.3", "common.23", "importer.10"}
    assert not combined.passed
    per_cat = score(adv_importer, ratings, default="compliant", basic_limit_scope="per-category")
    assert per_cat.condition("basic_limit").ok
    assert per_cat.passed


def test_four_basic_items_in_one_category_fail_either_reading(adv_importer):
    ratings = {k: "basically_compliant" for k in ("common.1.1", "common.3", "common.5", "common.9")}
    for scope in ("combined", "per-category"):
        assert not score(adv_importer, ratings, default="compliant", basic_limit_scope=scope).passed


def test_three_basic_subitems_of_one_item_count_once(adv_importer):
    ratings = {"common.24.1": "basically_compliant", "common.24.2": "basically_compliant",
               "common.24.3": "basically_compliant"}
    r = score(adv_importer, ratings, default="compliant")
    assert r.total == 99
    assert r.condition("basic_limit").items == ("common.24",)
    assert r.passed


def test_financial_minus_one_lowers_total_but_not_the_count(adv_importer):
    ratings = {"common.12": "basically_compliant", "common.1.1": "basically_compliant",
               "common.3": "basically_compliant", "common.23.2": "basically_compliant"}
    r = score(adv_importer, ratings, default="compliant")
    assert r.total == 96
    assert "common.12" not in r.condition("basic_limit").items
    assert r.condition("basic_limit").ok and r.passed


def test_one_non_compliant_fails_despite_high_total(adv_importer):
    r = score(adv_importer, {"common.22": "non_compliant"}, default="compliant")
    assert r.total == 98
    assert not r.condition("no_non_compliant").ok
    assert r.condition("no_non_compliant").items == ("common.22",)
    assert not r.passed


def test_not_applicable_scores_nothing_and_all_na_subitems_make_the_item_na(adv_importer):
    ratings = {s.id: "not_applicable" for s in adv_importer.item("importer.4").subitems}
    ratings["importer.10"] = "not_applicable"
    r = score(adv_importer, ratings, default="compliant")
    assert r.total == 100
    by_id = {i.id: i for i in r.items}
    assert by_id["importer.4"].rating == "not_applicable" and by_id["importer.4"].score is None
    assert by_id["importer.10"].rating == "not_applicable"


def test_declaration_items_are_scored_once_through_the_single_item_standard(adv_importer, gen_broker):
    ids = {i.id for i in adv_importer.scored_items}
    assert "common.18" not in ids and "common.19" not in ids
    assert "importer.8" in ids
    # general broker: general-standard 17/18 申报规范/传输规范, broker 6/7 carry them
    gids = {i.id for i in gen_broker.scored_items}
    assert {"common.17", "common.18"}.isdisjoint(gids)
    r = score(gen_broker, {"broker.6": "non_compliant"}, default="compliant")
    assert r.total == 98 and not r.passed


def test_unrated_units_block_a_pass(adv_importer):
    r = score(adv_importer, {"common.1.1": "compliant"})
    assert not r.passed
    assert "common.2" in r.unrated
    by_id = {i.id: i for i in r.items}
    assert by_id["common.1"].unrated_units == ("common.1.2",)


def test_branch_basic_items_join_the_count_and_the_total(adv_importer):
    head = {"common.1.1": "basically_compliant", "common.3": "basically_compliant",
            "common.10": "basically_compliant"}
    alone = score(adv_importer, head, default="compliant")
    assert alone.passed and alone.total == 97
    with_branch = score(adv_importer, head, default="compliant",
                        branches=[Branch("上海分公司", {"common.24.3": "basically_compliant"})])
    assert with_branch.total == 96
    assert "上海分公司:common.24" in with_branch.condition("basic_limit").items
    assert not with_branch.condition("basic_limit").ok
    assert not with_branch.passed
    # a branch is assessed only on what it lists: its other sub-items are not unrated
    assert not with_branch.unrated


def test_branch_non_compliant_fails(adv_importer):
    r = score(adv_importer, {}, default="compliant",
              branches=[Branch("苏州分公司", {"importer.10.1": "non_compliant"})])
    assert r.total == 98
    assert r.condition("no_non_compliant").items == ("苏州分公司:importer.10",)


def test_way_to_pass_orders_non_compliant_then_basic_limit_then_points(adv_importer):
    ratings = {"common.22": "non_compliant",
               "common.1.1": "basically_compliant", "common.3": "basically_compliant",
               "common.10": "basically_compliant", "common.23.1": "basically_compliant",
               "importer.10.1": "basically_compliant",
               "common.12": "basically_compliant", "common.13": "basically_compliant"}
    r = score(adv_importer, ratings, default="compliant")
    assert r.total == 100 - 2 - 5 - 2 == 91
    steps = way_to_pass(r, adv_importer)
    reasons = [s.reason for s in steps]
    assert reasons[0] == "non_compliant" and steps[0].item == "common.22"
    # 5 basic items in IC+TS: two must go to meet the limit
    assert reasons.count("basic_limit") == 2
    # then 91 + 2 + 2 = 95: no further points needed
    assert "min_total" not in reasons
    fixed = dict(ratings)
    for s in steps:
        for unit in adv_importer.item(s.item).rated_units:
            fixed.pop(unit.id, None)
        fixed[s.item] = "compliant"
    assert score(adv_importer, fixed, default="compliant").passed


def test_way_to_pass_adds_points_when_the_total_falls_short(adv_importer):
    ratings = {"common.12": "basically_compliant", "common.13": "basically_compliant",
               "common.22": "non_compliant", "common.14": "non_compliant", "importer.7.1": "non_compliant"}
    r = score(adv_importer, ratings, default="compliant")
    assert r.total == 92
    steps = way_to_pass(r, adv_importer)
    assert [s.reason for s in steps] == ["non_compliant"] * 3
    assert way_to_pass(score(adv_importer, {}, default="compliant"), adv_importer) == []


def test_unknown_scope_is_rejected(adv_importer):
    with pytest.raises(ValueError, match="scope"):
        score(adv_importer, {}, default="compliant", basic_limit_scope="per-item")
