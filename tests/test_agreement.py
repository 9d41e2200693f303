"""A second auditor's rating of held-out bundles (corpora/heldout/<name>/second.yaml): complete and
well-formed, and the agreement counts (`python -m corpora.heldout agreement`) mean what they say."""

from __future__ import annotations

import pytest
import yaml

from corpora.heldout import HERE, load_gold
from corpora.heldout.agreement import compare, load_second, second_names, shares


def test_second_ratings_cover_every_unit_of_their_bundle() -> None:
    names = second_names()
    assert len(names) >= 6
    for name in names:
        second, gold = load_second(name), load_gold(name)["subitems"]
        assert set(second) == set(gold), name


def test_a_rating_outside_the_scale_is_named(tmp_path, monkeypatch) -> None:
    import corpora.heldout.agreement as agreement

    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "second.yaml").write_text(
        yaml.safe_dump({"subitems": {"common.3": {"rating": "mostly"}}}), encoding="utf-8")
    monkeypatch.setattr(agreement, "HERE", tmp_path)
    with pytest.raises(ValueError, match="common.3"):
        agreement.load_second("x")


def test_counts() -> None:
    gold = {"a": "compliant", "b": "basically_compliant", "c": "non_compliant", "d": "basically_compliant",
            "e": "person", "f": "not_applicable"}
    second = {"a": "compliant", "b": "basically_compliant", "c": "basically_compliant", "d": "compliant",
              "e": "compliant", "f": "not_applicable"}
    tool = {"a": "compliant", "b": "compliant", "c": None, "d": "compliant", "e": "compliant", "f": "not_applicable"}
    c = compare(gold, second, tool)
    assert c["units"] == 5  # the person unit is left out, as in eval
    assert c["humans_agree"] == 3 and c["second_better"] == 2 and c["second_worse"] == 0
    assert c["tool_right_gold"] == 2  # a, f; the needs_review on c is not right
    assert c["tool_right_second"] == 3  # a, d, f
    assert c["consensus"] == 3 and c["tool_right_consensus"] == 2
    assert c["tool_compliant_consensus_lower"] == 1  # b: both auditors say 基本达标
    assert c["tool_compliant_disputed"] == 1  # d: the gold says 基本达标, the second auditor 达标
    s = shares(c)
    assert s["humans_agree_share"] == 0.6 and s["tool_on_consensus"] == round(2 / 3, 4)


def test_the_brief_is_kept_beside_the_ratings() -> None:
    assert "second" in (HERE / "RATER-BRIEF.md").read_text(encoding="utf-8")


def test_the_table_prints_every_column_though_a_count_is_zero(monkeypatch, capsys) -> None:
    """A bundle where nothing is disputed still prints its row (a Counter leaves zero counts out)."""
    from collections import Counter

    import corpora.heldout.__main__ as cli
    import corpora.heldout.agreement as agreement

    name = second_names()[0]
    monkeypatch.setattr(agreement, "agreement", lambda build, work: {
        name: Counter(units=2, humans_agree=2, consensus=2, tool_right_gold=1, tool_right_consensus=1)})
    assert cli._agreement(HERE, as_json=False) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith(name))
    assert row.split("\t")[1:3] == ["2", "1.000"] and row.endswith("\t0\t0")
    assert any(line.startswith("total heldout") or line.startswith("total in-sample") for line in out.splitlines())
