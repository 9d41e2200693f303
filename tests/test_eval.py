"""`eval` on the sample corpora: the quality targets of matching and proposals, measured beside BM25.

These are the numbers the README states; a change that makes them worse fails here."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from evidence_checker.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def report(corpora_built):
    res = runner.invoke(app, ["eval", str(corpora_built), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_every_bundle_is_evaluated(report):
    names = {b["bundle"] for b in report["bundles"]}
    assert {"adv-importer-pass", "gen-broker-fail", "adv-ftsp-basic", "gen-importer-food", "messy"} <= names
    assert all(b["ours"]["units"] > 50 for b in report["bundles"])


def test_evidence_recall_and_mrr_beat_the_search_engine_baseline(report):
    ours, bm25 = report["summary"]["ours"], report["summary"]["bm25"]
    assert ours["recall_at_5"] >= 0.95
    assert ours["mrr"] >= bm25["mrr"] + 0.10  # a clear margin over BM25 on the same passages
    assert ours["recall_at_1"] > bm25["recall_at_1"]


def test_an_irrelevant_document_is_never_in_a_top_5(report):
    assert report["summary"]["ours"]["irrelevant_in_top5"] == 0


def test_rating_quality_targets(report):
    r = report["summary"]["ratings"]
    assert r["accuracy"] >= 0.85
    assert r["over_optimistic"] == 0  # never 达标 where a careful auditor would not give it
    assert r["na_accuracy"] == 1.0


def test_the_demo_bundle_is_proposed_to_pass_like_its_gold(report):
    demo = next(b for b in report["bundles"] if b["bundle"] == "adv-importer-pass")
    assert demo["expected_passed"] is True and demo["passed"] is True
    assert abs(demo["total"] - demo["expected_total"]) <= 2


def test_eval_prints_both_tables(corpora_built):
    res = runner.invoke(app, ["eval", str(corpora_built / "gen-broker-fail")])
    assert res.exit_code == 0
    assert "BM25" in res.output and "过度乐观" in res.output and "gen-broker-fail" in res.output
