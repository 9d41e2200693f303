"""The edition model is data: a clearly fictional test edition (tests/editions/fictional-2099) with its
own levels, a general standard plus any number of single-item standards ("1+N"), and bonus items with
a cap loads, validates and scores with no code change; review history is keyed by edition."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evidence_checker import data
from evidence_checker.catalog import load_standard, load_standard_from
from evidence_checker.cli import app
from evidence_checker.profile import ProfileError, profile_from_dict
from evidence_checker.ratings import RatingsError, read_ratings
from evidence_checker.results import load_results
from evidence_checker.review.store import assessment_key, open_store, record_run
from evidence_checker.score import score, way_to_pass

EDITIONS = Path(__file__).resolve().parent / "editions"
FICTIONAL = EDITIONS / "fictional-2099"
RATINGS = FICTIONAL / "ratings-gold.yaml"
runner = CliRunner()


@pytest.fixture
def fictional(monkeypatch):
    monkeypatch.delenv(data.ENV_STANDARDS, raising=False)
    data.set_standards_dirs([EDITIONS])
    yield load_standard("fictional-2099")
    data.set_standards_dirs([])


def test_the_edition_declares_its_own_shape(fictional):
    shape = fictional.shape
    assert list(shape.levels) == ["gold", "silver"] and shape.composition == "any_single"
    assert shape.general_part == "base" and shape.single_parts == ("bonded", "food") and shape.bonus_parts == ("extra",)
    assert set(fictional.rules.category_labels) == {"management", "safety", "merit"}
    a = fictional.assessment("gold", "food+bonded")  # 1+N, in any order
    assert a.business_type == "bonded+food" and a.parts == ("base", "bonded", "food", "extra")
    assert [i.id for i in a.items] == ["base.1", "base.2", "bonded.1", "food.1", "extra.1", "extra.2"]
    assert fictional.assessment("silver", "bonded").parts == ("base", "bonded")  # no bonus table at silver
    with pytest.raises(KeyError, match="one or more of bonded, food"):
        fictional.assessment("gold", "importer")
    with pytest.raises(KeyError, match="unknown level"):
        fictional.assessment("advanced", "bonded")


def test_2018_177_keeps_one_single_item_standard():
    std = load_standard("2018-177")
    assert std.shape.composition == "one_single" and std.shape.bonus_parts == ()
    with pytest.raises(KeyError, match="exactly one single-item"):
        std.assessment("advanced", "importer+broker")


def test_bonus_points_are_capped_and_count_in_no_condition(fictional):
    a = fictional.assessment("gold", "bonded+food")
    both = score(a, {"extra.1": "compliant", "extra.2": "compliant"}, default="compliant")
    assert (both.total, both.bonus, both.passed) == (103, 3, True)  # 2 + 2 capped at 3
    assert both.to_json()["items"][0]["uid"] == "fictional-2099/gold/base.1"  # unique across editions
    one = score(a, {"extra.1": "compliant", "extra.2": "non_compliant"}, default="compliant")
    assert (one.total, one.bonus, one.passed) == (102, 2, True)  # a bonus item not met fails nothing
    assert one.condition("no_non_compliant").ok
    low = score(a, {"base.2": "basically_compliant", "base.1.1": "basically_compliant", "extra.1": "compliant",
                    "extra.2": "not_applicable"}, default="compliant")
    assert (low.total, low.bonus) == (100, 2) and not low.condition("basic_limit").ok  # limit 1 here
    assert {s.item for s in way_to_pass(low, a)} <= {"base.1", "base.2"}
    assert "bonus" not in score(load_standard("2018-177").assessment("advanced", "importer"), {},
                                default="compliant").to_json()


def test_ratings_profile_and_cli_use_the_editions_names(fictional):
    sheet = read_ratings(RATINGS)
    assert (sheet.level, sheet.business_type) == ("gold", "bonded+food")  # 金级 is a declared alias
    with pytest.raises(RatingsError, match="advanced"):
        read_ratings(RATINGS, level="advanced")
    prof = profile_from_dict({"edition": "fictional-2099", "level": "gold", "business_type": "food+bonded",
                              "as_of": "2099-06-01", "flags": {"cold_chain": True}})
    assert prof.business_type == "bonded+food"
    with pytest.raises(ProfileError, match="bonded、food"):
        profile_from_dict({"edition": "fictional-2099", "level": "gold", "business_type": "importer",
                           "as_of": "2099-06-01"})
    res = runner.invoke(app, ["--standards-dir", str(EDITIONS), "score", str(RATINGS)])
    assert res.exit_code == 0, res.output
    assert "金级认证 · 保税业务、食品业务" in res.stdout and "附加分：+3（上限3分）" in res.stdout
    assert "丙、总分不低于98分" in res.stdout and "3项" not in res.stdout and "95" not in res.stdout
    js = json.loads(runner.invoke(app, ["--standards-dir", str(EDITIONS), "score", str(RATINGS), "--json"]).stdout)
    assert (js["total"], js["passed"], js["bonus"], js["validity"]["status"]) == (102, True, 3, "in_force")
    listed = runner.invoke(app, ["--standards-dir", str(EDITIONS), "standards", "list", "--edition", "fictional-2099",
                                 "--level", "gold", "--type", "food", "--json"])
    assert [t["part"] for t in json.loads(listed.stdout)] == ["base", "food", "extra"]


def test_a_bad_shape_is_a_clear_error(tmp_path):
    import shutil

    root = tmp_path / "bad"
    shutil.copytree(FICTIONAL, root)
    meta = (root / "edition.yaml").read_text(encoding="utf-8")
    (root / "edition.yaml").write_text(meta.replace("kind: general", "kind: single"), encoding="utf-8")
    from evidence_checker.catalog import CatalogError
    with pytest.raises(CatalogError, match="exactly one part must be kind general"):
        load_standard_from(root)


def test_review_history_is_keyed_by_edition_and_keeps_an_older_store(tmp_path):
    from test_review_bundle import make_run

    _, out = make_run(tmp_path)
    results = load_results(out)
    key = assessment_key(results)
    assert key.endswith("|advanced|importer|2018-177")
    other = json.loads((out / "run.json").read_text(encoding="utf-8")) | {"edition": "fictional-2099"}
    assert assessment_key(type(results)(out_dir=out, run=other)) != key
    # a store written before keys carried the edition goes on with its history
    legacy = key.rpartition("|")[0]
    store = open_store(out, assessment=legacy)
    record_run(store, results)
    store.close()
    reopened = open_store(out)
    assert reopened.assessment == legacy
    reopened.close()


def test_a_branch_may_be_given_by_its_name_alone_and_a_number_is_refused_with_the_field():
    """``branches: [皇岗分公司]`` is the branch of that name (as a writer of a blind bundle put it); a
    number is a clear error naming the field and the form expected."""
    base = {"level": "advanced", "business_type": "broker", "as_of": "2026-09-30"}
    prof = profile_from_dict({**base, "branches": ["皇岗分公司", {"name": "上海分公司", "path": "branches/sh"}]})
    assert [(b.name, b.path) for b in prof.branches] == [("皇岗分公司", ""), ("上海分公司", "branches/sh")]
    with pytest.raises(ProfileError, match=r"branches\[0\] 须有 name.*上海分公司"):
        profile_from_dict({**base, "branches": [5]})
