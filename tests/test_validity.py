"""An edition's validity window (edition.yaml) and the warning when the assessment date lies outside it:
in the CLI (check, score), in --json, and at the top of every report (HTML, DOCX, XLSX, MD)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from typer.testing import CliRunner

from evidence_checker.catalog import CatalogError, load_standard_from
from evidence_checker.cli import app
from evidence_checker.report import DOCX, HTML, MARKDOWN, XLSX
from evidence_checker.validity import check_validity, read_edition_meta, validity_of

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "ratings-advanced-importer.yaml"
runner = CliRunner()


def test_2018_177_window_and_its_sources():
    meta = read_edition_meta(REPO / "standards" / "2018-177")
    assert (meta.in_force_from, meta.replaced_on) == (dt.date(2019, 1, 1), dt.date(2021, 11, 1))
    assert "251" in meta.replaced_by["zh"] and "Order 251" in meta.replaced_by["en"]
    # the start date is in the official text kept with the edition; the replacement was not verified
    assert {s.fact: s.verified for s in meta.sources} == {"in_force_from": True, "replaced_on": False,
                                                          "replaced_by": False}
    assert "2019 年 1 月 1 日起施行" in (REPO / "standards" / "2018-177" / "source.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("day, status", [("2018-12-31", "not_yet_in_force"), ("2019-01-01", "in_force"),
                                         ("2021-10-31", "in_force"), ("2021-11-01", "replaced"),
                                         ("2026-11-01", "replaced")])
def test_status_at_the_edges_of_the_window(day, status):
    v = validity_of("2018-177", day)
    assert v.status == status
    assert bool(v.message("zh")) == bool(v.message("en")) == (status != "in_force")


def test_messages_say_what_replaced_it_and_what_is_unverified():
    v = validity_of("2018-177", dt.date(2026, 11, 1))
    zh, en = v.message("zh"), v.message("en")
    assert "2026-11-01" in zh and "2021-11-01" in zh and "海关总署令第251号" in zh and "未经官方原文核实" in zh
    assert "replaced on 2021-11-01" in en and "Not verified" in en
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en)
    early = validity_of("2018-177", "2018-06-01")
    assert "早于" in early.message("zh") and "未经" not in early.message("zh")  # the start date is verified
    block = v.to_json()
    assert block["in_force"] is False and block["status"] == "replaced" and block["replaced_on"] == "2021-11-01"
    assert block["unverified"] == ["replaced_on", "replaced_by"]


def test_an_edition_without_a_window_is_not_warned_about(tmp_path):
    (tmp_path / "edition.yaml").write_text("edition: x\n", encoding="utf-8")
    v = check_validity(read_edition_meta(tmp_path), "2030-01-01")
    assert v.status == "unknown" and v.in_force and v.message() == ""


@pytest.mark.parametrize("patch, field", [("replaced_on: 2018-01-01", "replaced_on"),
                                          ("in_force_from: soon", "in_force_from"),
                                          ("sources: [{fact: replaced_on, verified: maybe}]", "verified")])
def test_a_bad_edition_yaml_fails_loading_naming_the_field(tmp_path, patch, field):
    root = tmp_path / "2018-177"
    shutil.copytree(REPO / "standards" / "2018-177", root)
    meta = yaml.safe_load((root / "edition.yaml").read_text(encoding="utf-8"))
    meta.pop("sources")
    key = patch.split(":")[0]
    meta.pop(key, None)
    text = yaml.safe_dump(meta, allow_unicode=True) + patch + "\n"
    (root / "edition.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError, match=f"edition.yaml: .*{field}"):
        load_standard_from(root)


def test_score_warns_and_json_carries_validity(tmp_path):
    res = runner.invoke(app, ["score", str(EXAMPLE), "--as-of", "2026-11-01"])
    assert res.exit_code == 1
    assert res.stdout.index("不在有效期内") < res.stdout.index("总分")  # at the top
    en = runner.invoke(app, ["score", str(EXAMPLE), "--as-of", "2026-11-01", "--lang", "en"])
    assert "not in force on the assessment date" in en.stdout
    js = runner.invoke(app, ["score", str(EXAMPLE), "--as-of", "2026-11-01", "--json"])
    block = json.loads(js.stdout)["validity"]
    assert block["in_force"] is False and block["as_of"] == "2026-11-01"
    inside = runner.invoke(app, ["score", str(EXAMPLE), "--as-of", "2020-06-01", "--json"])
    assert json.loads(inside.stdout)["validity"]["in_force"] is True
    assert "不在有效期内" not in runner.invoke(app, ["score", str(EXAMPLE), "--as-of", "2020-06-01"]).stdout
    # a ratings file may name its own assessment date
    dated = tmp_path / "dated.yaml"
    dated.write_text(EXAMPLE.read_text(encoding="utf-8").replace("as_of: 2026-11-01", "as_of: 2020-06-01"),
                     encoding="utf-8")
    assert json.loads(runner.invoke(app, ["score", str(dated), "--json"]).stdout)["validity"]["status"] == "in_force"
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("as_of: 2026-11-01", "as_of: 下个月"), encoding="utf-8")
    res = runner.invoke(app, ["score", str(bad)])
    assert res.exit_code == 2 and "as_of" in res.output and "Traceback" not in res.output


def _bundle(root: Path) -> Path:
    bundle = root / "bundle"
    (bundle / "培训").mkdir(parents=True)
    flags = {k: False for k in yaml.safe_load((REPO / "standards" / "2018-177" / "flags.yaml")
                                              .read_text(encoding="utf-8"))["flags"]}
    (bundle / "profile.yaml").write_text(yaml.safe_dump(
        {"enterprise": "期限测试有限公司", "edition": "2018-177", "level": "advanced", "business_type": "importer",
         "as_of": "2026-11-01", "flags": flags, "branches": []}, allow_unicode=True), encoding="utf-8")
    (bundle / "培训" / "海关业务培训制度.txt").write_text(
        "海关业务培训制度\n第一条 法定代表人、关务负责人每年参加海关业务培训2次以上。\n", encoding="utf-8")
    return bundle


def _report_texts(out: Path) -> dict[str, str]:
    wb = openpyxl.load_workbook(out / XLSX)
    first = wb.worksheets[0]
    return {
        "html": (out / HTML).read_text(encoding="utf-8"),
        "md": (out / MARKDOWN).read_text(encoding="utf-8"),
        "docx": "\n".join(p.text for p in docx.Document(out / DOCX).paragraphs[:3]),
        "xlsx": f"{wb.active.title}\n" + "\n".join(str(c.value) for c in first["A"][:2]),
    }


@pytest.mark.slow
def test_check_after_replacement_warns_in_cli_json_and_every_report(tmp_path):
    bundle = _bundle(tmp_path)
    res = runner.invoke(app, ["check", str(bundle)])
    assert res.exit_code in (0, 1), res.output
    assert res.stdout.index("不在有效期内") < res.stdout.index("期限测试有限公司")
    out = bundle / ".evidence-checker"
    stored = json.loads((out / "score.json").read_text(encoding="utf-8"))
    assert stored["validity"]["status"] == "replaced"
    texts = _report_texts(out)
    assert texts["html"].index('class="validity-warning"') < texts["html"].index('class="masthead"')
    assert texts["md"].splitlines()[2].startswith("> **⚠ 注意：标准版本 2018-177")
    assert "海关总署令第251号" in texts["docx"]
    assert texts["xlsx"].startswith("标准有效期\n⚠ 注意") and "2021-11-01" in texts["xlsx"]

    js = runner.invoke(app, ["check", str(bundle), "--json", "--lang", "en"])
    assert json.loads(js.stdout)["validity"]["in_force"] is False
    en = _report_texts(out)
    assert "Warning: edition 2018-177 is not in force" in en["html"] and "Warning: edition" in en["md"]
    assert "Warning: edition" in en["docx"] and en["xlsx"].startswith("Validity\n⚠ Warning")


@pytest.mark.slow
def test_check_inside_the_window_has_no_warning(tmp_path):
    bundle = _bundle(tmp_path)
    res = runner.invoke(app, ["check", str(bundle), "--as-of", "2020-06-01"])
    assert res.exit_code in (0, 1), res.output
    assert "不在有效期内" not in res.stdout and "⚠" not in res.stdout
    out = bundle / ".evidence-checker"
    assert json.loads((out / "score.json").read_text(encoding="utf-8"))["validity"]["in_force"] is True
    texts = _report_texts(out)
    assert 'class="validity-warning"' not in texts["html"] and "⚠" not in texts["md"] and "⚠" not in texts["docx"]
    assert "标准有效期" not in openpyxl.load_workbook(out / XLSX).sheetnames
