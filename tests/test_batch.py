"""`batch`: many bundles on a local process pool and on a real Dask LocalCluster (2 worker
processes), with per-page OCR tasks, a bundle that fails, resumption and a manifest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from typer.testing import CliRunner

from evidence_checker.batch import BundleJob, discover, merge_parts, run_batch
from evidence_checker.cli import app
from evidence_checker.executors import DaskExecutor, LocalExecutor
from evidence_checker.ingest import ingest_bundle
from evidence_checker.ingest.image_ocr import missing_engine

runner = CliRunner()
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
needs_ocr = pytest.mark.skipif(missing_engine("chi_sim") is not None or not FONT.is_file(),
                               reason="Tesseract with chi_sim or the Noto CJK font is not installed")

# a few files of a corpus bundle: enough for every stage, small enough for a test
KEEP = ("01 海关业务培训", "09 场所及进入安全", "13 危机管理")


def _small_bundle(src: Path, dest: Path, scan_pages: int = 0) -> Path:
    dest.mkdir(parents=True)
    shutil.copy2(src / "profile.yaml", dest / "profile.yaml")
    shutil.copytree(src / "records", dest / "records")
    for name in KEEP:
        if (src / name).is_dir():
            shutil.copytree(src / name, dest / name)
    if scan_pages:
        _scanned_pdf(dest / "扫描件" / "scan0001.pdf", scan_pages)
    return dest


def _scanned_pdf(path: Path, pages: int) -> None:
    """An image-only PDF: each page a rendered Chinese text (what a scanner gives)."""
    font = ImageFont.truetype(str(FONT), 36, index=2)
    images = []
    for n in range(pages):
        img = Image.new("L", (1240, 1754), 255)
        d = ImageDraw.Draw(img)
        lines = [f"来访人员登记表 第{n + 1}页", f"2026年{n + 3}月5日 访客张{n}三 身份证已核验 陪同人 李四",
                 "门卫值班员签字：王五"]
        for i, line in enumerate(lines):
            d.text((120, 200 + i * 90), line, fill=0, font=font)
        images.append(img.convert("RGB"))
    path.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=150)


@pytest.fixture(scope="module")
def source(corpora_built, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("batch")
    _small_bundle(corpora_built / "gen-broker-fail", root / "broker", scan_pages=3)
    _small_bundle(corpora_built / "adv-ftsp-basic", root / "ftsp")
    bad = _small_bundle(corpora_built / "gen-broker-fail", root / "zz-bad-profile")
    text = (bad / "profile.yaml").read_text(encoding="utf-8").replace("as_of: 2026-11-01", "as_of: 2026-13-45")
    (bad / "profile.yaml").write_text(text, encoding="utf-8")
    return root


def _copy(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest)
    for run in dest.rglob(".evidence-checker"):
        shutil.rmtree(run)
    return dest


def _results(outcomes) -> dict:
    """What must agree between executors: status, verdict, total, blocking items and every proposal."""
    out = {}
    for o in outcomes:
        entry = {"status": o.status}
        if o.status == "done":
            proposals = json.loads((o.job.out / "proposals.json").read_text(encoding="utf-8"))
            entry.update(total=o.row["total"], passed=o.row["passed"], blocking=o.row["blocking"],
                         proposals={k: (v["rating"], v["status"]) for k, v in proposals["subitems"].items()},
                         passages=sum(1 for _ in (o.job.out / "passages.jsonl").open(encoding="utf-8")))
        out[o.job.name] = entry
    return out


@needs_ocr
def test_local_and_dask_batches_agree_and_a_bad_bundle_does_not_stop_them(source, tmp_path):
    from distributed import Client, LocalCluster

    local_src = _copy(source, tmp_path / "local")
    found = discover(local_src)
    assert [j.name for j in found.jobs] == ["broker", "ftsp", "zz-bad-profile"]
    pool = LocalExecutor(2)
    try:
        local = run_batch(found.jobs, executor=pool)
    finally:
        pool.close()
    by_name = {o.job.name: o for o in local}
    assert by_name["broker"].status == by_name["ftsp"].status == "done"
    assert by_name["zz-bad-profile"].status == "failed" and "profile.yaml" in by_name["zz-bad-profile"].reason
    assert (local_src / "broker" / ".evidence-checker" / "report.html").is_file()

    dask_src = _copy(source, tmp_path / "dask")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        executor = DaskExecutor(client=client)
        remote = run_batch(discover(dask_src).jobs, executor=executor)
    assert _results(remote) == _results(local)


@needs_ocr
def test_a_scanned_pdf_read_page_by_page_gives_the_passages_of_one_read(source, tmp_path):
    bundle = _copy(source, tmp_path / "b") / "broker"
    whole = ingest_bundle(bundle, out_dir=tmp_path / "whole", workers=0)
    pool = LocalExecutor(2)
    try:
        [outcome] = run_batch([BundleJob("broker", bundle.resolve(), bundle.resolve() / ".evidence-checker")],
                              executor=pool)
    finally:
        pool.close()
    assert outcome.status == "done"
    split = [json.loads(line) for line in (bundle / ".evidence-checker" / "passages.jsonl").open(encoding="utf-8")]
    scan = "扫描件/scan0001.pdf"
    assert [p["id"] for p in split if p["path"] == scan] == [p.id for p in whole.passages if p.path == scan]
    assert {p["page"] for p in split if p["path"] == scan} == {1, 2, 3}
    inventory = json.loads((bundle / ".evidence-checker" / "inventory.json").read_text(encoding="utf-8"))
    entry = next(f for f in inventory["files"] if f["path"] == scan)
    assert entry["status"] == "ok" and entry["pages"] == 3


def test_merging_page_parts_keeps_order_and_reports_only_real_problems():
    from evidence_checker.ingest.extract import NO_TEXT, Outcome
    from evidence_checker.ingest.passage import Passage

    def p(page):
        return Passage.new(path="a.pdf", locator=f"p{page} ocr-block 1", text=f"第{page}页", norm=f"第{page}页",
                           kind="ocr", page=page)

    parts = [Outcome("ok", [p(1)], 3), Outcome("failed", [], 3, NO_TEXT), Outcome("partial", [p(3)], 3, "第3页识别超时")]
    merged = merge_parts(parts)
    assert [x.page for x in merged.passages] == [1, 3]
    assert merged.status == "partial" and merged.error == "第3页识别超时" and merged.pages == 3
    blank = merge_parts([Outcome("failed", [], 2, NO_TEXT), Outcome("failed", [], 2, NO_TEXT)])
    assert blank.status == "failed" and blank.error == NO_TEXT


def test_a_rerun_skips_unchanged_bundles_and_resumes_an_interrupted_one(source, tmp_path):
    src = _copy(source, tmp_path / "s")
    shutil.rmtree(src / "zz-bad-profile")
    shutil.rmtree(src / "broker" / "扫描件")  # no OCR needed here
    res = runner.invoke(app, ["batch", str(src), "--workers", "2", "--json"])
    assert res.exit_code == 0, res.output
    first = json.loads(res.stdout)
    assert [b["status"] for b in first["bundles"]] == ["done", "done"]
    assert (src / "portfolio" / "portfolio.html").is_file() and (src / "portfolio" / "portfolio.xlsx").is_file()

    # unchanged: nothing is run again, the same rows come back
    again = json.loads(runner.invoke(app, ["batch", str(src), "--json"]).stdout)
    assert [b["status"] for b in again["bundles"]] == ["unchanged", "unchanged"]
    assert [b["total"] for b in again["bundles"]] == [b["total"] for b in first["bundles"]]

    # one file changed in one bundle; the other was interrupted before it finished (no state)
    (src / "broker" / "01 海关业务培训" / "补充说明.txt").write_text("2026年培训计划已报送。", encoding="utf-8")
    (src / "ftsp" / ".evidence-checker" / "batch.json").unlink()
    third = json.loads(runner.invoke(app, ["batch", str(src), "--json"]).stdout)
    assert {b["name"]: b["status"] for b in third["bundles"]} == {"broker": "done", "ftsp": "done"}
    fourth = json.loads(runner.invoke(app, ["batch", str(src), "--json"]).stdout)
    assert [b["status"] for b in fourth["bundles"]] == ["unchanged", "unchanged"]


def test_a_manifest_names_bundles_and_its_bad_rows(source, tmp_path):
    src = _copy(source, tmp_path / "m")
    manifest = src / "清单.csv"
    manifest.write_bytes("材料包,评估基准日,客户\nftsp,2026-10-01,甲公司\n不存在的包,,乙公司\n".encode("gb18030"))
    found = discover(manifest)
    assert [(j.name, j.as_of, j.client) for j in found.jobs] == [("ftsp", "2026-10-01", "甲公司")]
    assert len(found.problems) == 1 and "第3行" in found.problems[0].reason and "不存在的包" in found.problems[0].reason


def test_batch_usage_errors_are_one_line(tmp_path):
    res = runner.invoke(app, ["batch", str(tmp_path / "nope")])
    assert res.exit_code == 2 and "找不到" in res.output and "Traceback" not in res.output
    (tmp_path / "m.csv").write_text("名称\nx\n", encoding="utf-8")
    res = runner.invoke(app, ["batch", str(tmp_path / "m.csv")])
    assert res.exit_code == 2 and "材料包" in res.output
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "profile.yaml").write_text("level: general\nbusiness_type: broker\n", encoding="utf-8")
    res = runner.invoke(app, ["batch", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "Dask" in res.output
