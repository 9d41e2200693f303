"""Where editions and models are read from: the package data (or the checkout's top-level folders),
and the user's own edition folders from ``--standards-dir`` or ``EVIDENCE_CHECKER_STANDARDS``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evidence_checker import data
from evidence_checker.catalog import CatalogError, edition_root, load_standard
from evidence_checker.cli import app
from evidence_checker.records import load_finance_settings

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture
def own_edition(tmp_path, monkeypatch) -> Path:
    """A user's copy of 2018-177 renamed ``my-copy`` with one pass-line changed, in a folder of editions."""
    monkeypatch.delenv(data.ENV_STANDARDS, raising=False)
    folder = tmp_path / "editions"
    shutil.copytree(REPO / "standards" / "2018-177", folder / "mine")
    meta = folder / "mine" / "edition.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("edition: 2018-177", "edition: my-copy"),
                    encoding="utf-8")
    yield folder
    data.set_standards_dirs([])


def test_a_checkout_reads_the_top_level_folders():
    # the tests run from the checkout, which has no evidence_checker/_data (only a built wheel has)
    assert not (REPO / "evidence_checker" / "_data").exists()
    assert data.standards_root() == REPO / "standards"
    assert data.models_root() == REPO / "models"
    assert edition_root("2018-177") == REPO / "standards" / "2018-177"


def test_standards_dir_adds_an_edition_and_its_finance_model(own_edition):
    with pytest.raises(CatalogError, match="my-copy"):
        edition_root("my-copy")
    data.set_standards_dirs([own_edition])
    assert set(data.editions()) == {"2018-177", "my-copy"}
    std = load_standard("my-copy")
    assert std.edition == "my-copy" and std.root == own_edition / "mine"
    assert load_finance_settings("my-copy").source.endswith("mine/finance.yaml")


def test_environment_variable_names_one_edition_folder(own_edition, monkeypatch):
    monkeypatch.setenv(data.ENV_STANDARDS, str(own_edition / "mine"))
    assert data.editions()["my-copy"] == own_edition / "mine"
    assert load_standard("my-copy").edition == "my-copy"


def test_a_users_folder_wins_over_the_bundled_edition(tmp_path, monkeypatch):
    monkeypatch.delenv(data.ENV_STANDARDS, raising=False)
    shutil.copytree(REPO / "standards" / "2018-177", tmp_path / "2018-177")
    data.set_standards_dirs([tmp_path])
    try:
        assert load_standard("2018-177").root == tmp_path / "2018-177"
    finally:
        data.set_standards_dirs([])
    assert load_standard("2018-177").root == REPO / "standards" / "2018-177"


def test_cli_option_lists_the_users_edition(own_edition):
    res = runner.invoke(app, ["--standards-dir", str(own_edition), "standards", "list", "--edition", "my-copy",
                              "--json"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)) == 8


def test_cli_names_a_missing_standards_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(data.ENV_STANDARDS, raising=False)
    res = runner.invoke(app, ["--standards-dir", str(tmp_path / "nope"), "standards", "list"])
    data.set_standards_dirs([])
    assert res.exit_code == 2
    assert "标准文件夹不存在" in res.output and "nope" in res.output
