"""Confidence is what a decision path got right: every automatic proposal names its path
(``Proposal.basis``), the fitted table (models/calibration.yaml, `evidence-checker calibrate`) gives
each path and rating the share the in-sample gold agreed with, and a pair not fitted keeps its prior."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_checker.calibrate import CALIBRATION, Fit, fitted_fingerprint, load_calibration, rules_fingerprint, write
from evidence_checker.data import models_root, read_yaml
from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from evidence_checker.propose import ProposeSettings, calibrated
from evidence_checker.results import Proposal
from test_trust_classes import docx

IMPORTER = profile_from_dict({"enterprise": "测试公司", "level": "general", "business_type": "importer",
                              "as_of": "2026-11-01", "flags": {}})


def test_fit_smooths_and_leaves_rare_pairs_to_the_prior(tmp_path: Path) -> None:
    fit = Fit()
    for ok in [True] * 38 + [False] * 2:
        fit.add("compliant/compliant", ok)
    for ok in (True, False, False):
        fit.add("non_compliant_weak/non_compliant", ok)
    assert fit.table(min_n=30) == {"compliant/compliant": round(39 / 42, 2)}
    table = write(fit, tmp_path / CALIBRATION, min_n=30)
    assert load_calibration(tmp_path / CALIBRATION) == table
    data = read_yaml(tmp_path / CALIBRATION)
    assert data["unfitted"]["non_compliant_weak/non_compliant"] == {"n": 3, "right": 1}
    assert data["paths"]["compliant/compliant"] == {"confidence": 0.93, "n": 40, "right": 38}


def test_a_malformed_table_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / CALIBRATION
    path.write_text("paths:\n  compliant/compliant: {confidence: 1.7, n: 3, right: 3}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="compliant/compliant"):
        load_calibration(path)
    assert load_calibration(tmp_path / "absent.yaml") == {}


def test_calibration_applies_to_its_path_and_rating_only() -> None:
    table = {"non_compliant_nothing/non_compliant": 0.3}
    nothing = Proposal("common.3", "non_compliant", "proposed", 0.85, (), basis="non_compliant_nothing")
    assert calibrated(nothing, table).confidence == 0.3
    other = Proposal("common.3", "basically_compliant", "proposed", 0.85, (), basis="non_compliant_nothing")
    assert calibrated(other, table).confidence == 0.85
    review = Proposal("common.3", None, "needs_review", 0.0, (), basis="non_compliant_nothing")
    assert calibrated(review, table).confidence == 0.0
    back = Proposal.from_json("common.3", nothing.to_json())
    assert back.basis == "non_compliant_nothing"


def test_the_shipped_table_keys_known_paths() -> None:
    """Every fitted pair is a decision path with a prior in thresholds.yaml and a rating the standard knows."""
    s = ProposeSettings.load()
    table = load_calibration(models_root() / CALIBRATION)
    assert table, "models/calibration.yaml is missing or empty: run `evidence-checker calibrate corpora/build`"
    ratings = {"compliant", "basically_compliant", "non_compliant", "not_applicable"}
    for key, conf in table.items():
        path, rating = key.split("/")
        assert path in s.confidence, key
        assert rating in ratings, key
        assert 0.0 <= conf <= 1.0
    assert s.calibration == table


def test_the_shipped_table_was_fitted_under_the_current_rules() -> None:
    """A change to standards/ or models/ changes what the paths get right: the table must be fitted again."""
    assert fitted_fingerprint(models_root() / CALIBRATION) == rules_fingerprint(), (
        "standards/ or models/ changed since models/calibration.yaml was fitted: "
        "run `evidence-checker calibrate corpora/build` and commit the new table")


def test_the_fingerprint_follows_the_rules_not_the_table(tmp_path: Path, monkeypatch) -> None:
    import shutil

    import evidence_checker.calibrate as cal
    from evidence_checker.data import standards_root

    std, models = tmp_path / "standards", tmp_path / "models"
    shutil.copytree(standards_root() / cal.EDITION, std / cal.EDITION)
    models.mkdir()
    for f in models_root().glob("*.yaml"):
        shutil.copy(f, models / f.name)
    real = cal.rules_fingerprint()
    monkeypatch.setattr(cal, "standards_root", lambda: std)
    monkeypatch.setattr(cal, "models_root", lambda: models)
    before = cal.rules_fingerprint()
    assert before == real  # content and relative paths, not where the folders lie
    (models / CALIBRATION).write_text("paths: {}\n", encoding="utf-8")
    assert cal.rules_fingerprint() == before  # the table itself is not a rule
    rules = std / cal.EDITION / "rating_rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# 一处改动\n", encoding="utf-8")
    changed = cal.rules_fingerprint()
    assert changed != before
    thresholds = models / "thresholds.yaml"
    thresholds.write_text(thresholds.read_text(encoding="utf-8") + "\n# 改动\n", encoding="utf-8")
    assert cal.rules_fingerprint() not in (before, changed)


def test_every_automatic_proposal_names_its_path(tmp_path: Path) -> None:
    """A run's automatic proposals each carry a basis with a prior; its confidence is the fitted one where fitted."""
    b = tmp_path / "b"
    docx(b / "制度" / "单证管理制度.docx", [
        "进出口单证管理制度",
        "第一条 报关单证由关务部专人复核，复核人与制单人不得为同一人。",
        "第二条 单证放行后5个工作日内归档，保存3年以上。"])
    run = run_pipeline(b, profile=IMPORTER, write=False)
    s = ProposeSettings.load()
    auto = [p for p in run.proposals.values() if p.status == "proposed"]
    assert auto
    for p in auto:
        assert p.basis in s.confidence, (p.id, p.basis)
        want = s.calibration.get(f"{p.basis}/{p.rating}")
        if want is not None:
            assert p.confidence == want, p.id


def test_the_command_fits_on_in_sample_bundles_only(corpora_built, tmp_path: Path) -> None:
    """`calibrate` on one in-sample bundle writes its table where asked; on held-out bundles alone it refuses."""
    import json

    from typer.testing import CliRunner

    from evidence_checker.cli import app

    runner = CliRunner()
    out = tmp_path / "calibration.yaml"
    res = runner.invoke(app, ["calibrate", str(corpora_built / "adv-ftsp-basic"), "--out", str(out),
                              "--min-n", "5", "--json", "--workers", "1"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout[res.stdout.index("{"):])
    assert data["bundles"] == 1
    fitted = load_calibration(out)
    assert fitted_fingerprint(out) == rules_fingerprint()
    assert fitted and all(data["paths"][k]["confidence"] == v for k, v in fitted.items())
    assert all(v["n"] >= 5 for k, v in data["paths"].items() if k in fitted)
    from evidence_checker.evaluate import gold_set

    held = next(b for b in sorted((corpora_built / "heldout").iterdir()) if gold_set(b) == "heldout")
    res = runner.invoke(app, ["calibrate", str(held), "--out", str(tmp_path / "x.yaml")])
    assert res.exit_code != 0 and "样本集" in res.output and not (tmp_path / "x.yaml").exists()


def test_bundles_fitted_in_parallel_count_what_one_process_counts(tiny_corpus, tmp_path: Path) -> None:
    """`calibrate --workers 2` runs the bundles in two processes: the same counts and table as `--workers 1`,
    and the progress names each bundle as it ends."""
    import json

    from typer.testing import CliRunner

    from evidence_checker.cli import app

    runner = CliRunner()
    got = {}
    for n in ("1", "2"):
        res = runner.invoke(app, ["calibrate", str(tiny_corpus), "--out", str(tmp_path / f"{n}.yaml"), "--min-n", "1",
                                  "--json", "--workers", n])
        assert res.exit_code == 0, res.output
        got[n] = json.loads(res.stdout[res.stdout.index("{"):])
        assert got[n]["bundles"] == 3 and all(f"{'已拟合' if n == '2' else '拟合'} {b}" in res.stderr for b in "abc")
    assert got["1"]["paths"] and got["2"]["paths"] == got["1"]["paths"]
    assert (tmp_path / "1.yaml").read_text(encoding="utf-8") == (tmp_path / "2.yaml").read_text(encoding="utf-8")
