"""Benchmark of ``batch``: many bundles sequentially with ``check``, with ``batch`` on the local
process pool, and with ``batch`` on a 2-worker Dask LocalCluster; and an OCR-heavy bundle (one
scanned PDF of many pages) read with one task per page against one task per bundle.

Bundles are copies of a sample corpus bundle (``corpora/build/<source>``, built by
``python -m corpora.build``) written to bench/out/batch/ (git-ignored); each run starts cold (no
run folders, no cache). Also measures the fixed cost of one ``check`` (interpreter start, imports,
model load) on an empty bundle.

    .venv/bin/python bench/batch.py [--bundles 20] [--source gen-broker-fail] [--pages 40] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
OUT = ROOT / "out" / "batch"
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CLI = [sys.executable, "-m", "evidence_checker.cli"]


def make_bundles(source: Path, n: int, dest: Path) -> list[Path]:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    out = []
    for i in range(n):
        b = dest / f"b{i:02d}"
        shutil.copytree(source, b, ignore=shutil.ignore_patterns(".evidence-checker", "gold.yaml"))
        # one file differs per bundle, so no two bundles are byte-identical
        (b / "说明.txt").write_text(f"材料包编号 {i}，供基准测试使用。", encoding="utf-8")
        out.append(b)
    return out


def scanned_bundle(source: Path, pages: int, dest: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copy2(source / "profile.yaml", dest / "profile.yaml")
    shutil.copytree(source / "records", dest / "records")
    font = ImageFont.truetype(str(FONT), 34, index=2)
    images = []
    for n in range(pages):
        img = Image.new("L", (1240, 1754), 255)
        d = ImageDraw.Draw(img)
        for i in range(12):
            d.text((110, 160 + i * 110), f"2026年{(n % 9) + 1}月{i + 1}日 来访人员 王{n}{i} 身份证已核验 由门卫李明登记并陪同",
                   fill=0, font=font)
        images.append(img.convert("RGB"))
    images[0].save(dest / "scan-all.pdf", save_all=True, append_images=images[1:],
                   resolution=150)
    return dest


def clean(bundles: list[Path]) -> None:
    for b in bundles:
        shutil.rmtree(b / ".evidence-checker", ignore_errors=True)


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def run_sequential(bundles: list[Path]) -> float:
    def go():
        for b in bundles:
            subprocess.run(CLI + ["check", str(b)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return timed(go)[0]


def run_batch_with(executor, bundles: list[Path], split_pages: bool = True) -> tuple[float, list]:
    from evidence_checker.batch import BundleJob, run_batch

    jobs = [BundleJob(b.name, b.resolve(), b.resolve() / ".evidence-checker") for b in bundles]
    return timed(lambda: run_batch(jobs, executor=executor, force=True, split_pages=split_pages))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bundles", type=int, default=20)
    ap.add_argument("--source", default="gen-broker-fail")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip", action="append", default=[], help="skip a part: sequential, local, dask, ocr, startup")
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    from evidence_checker.executors import DaskExecutor, LocalExecutor

    source = REPO / "corpora" / "build" / args.source
    if not source.is_dir():
        sys.exit(f"{source} is missing: run python -m corpora.build first")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    res: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                             "load_before": os.getloadavg()[0]},
                 "bundles": args.bundles, "source": args.source}
    bundles = make_bundles(source, args.bundles, OUT / "bundles")

    if "startup" not in args.skip:
        empty = OUT / "empty"
        shutil.rmtree(empty, ignore_errors=True)
        empty.mkdir(parents=True)
        shutil.copy2(source / "profile.yaml", empty / "profile.yaml")
        runs = []
        for _ in range(3):
            shutil.rmtree(empty / ".evidence-checker", ignore_errors=True)
            runs.append(timed(lambda: subprocess.run(CLI + ["check", str(empty)], cwd=REPO,
                                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))[0])
        res["check_empty_bundle_s"] = round(min(runs), 2)
        print(f"fixed cost of one check (empty bundle, best of 3): {res['check_empty_bundle_s']} s", flush=True)

    if "sequential" not in args.skip:
        clean(bundles)
        res["sequential_check_s"] = round(run_sequential(bundles), 1)
        print(f"sequential check × {len(bundles)}: {res['sequential_check_s']} s", flush=True)

    if "local" not in args.skip:
        clean(bundles)
        ex = LocalExecutor(args.workers)
        try:
            secs, outcomes = run_batch_with(ex, bundles)
        finally:
            ex.close()
        res["batch_local_s"] = round(secs, 1)
        res["batch_local_done"] = sum(o.status == "done" for o in outcomes)
        print(f"batch local pool ({args.workers}): {res['batch_local_s']} s", flush=True)

    if "dask" not in args.skip:
        clean(bundles)
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as c, \
                Client(c) as client:
            secs, outcomes = run_batch_with(DaskExecutor(client=client), bundles)
        res["batch_dask_s"] = round(secs, 1)
        res["batch_dask_done"] = sum(o.status == "done" for o in outcomes)
        print(f"batch Dask LocalCluster ({args.workers}): {res['batch_dask_s']} s", flush=True)

    if "ocr" not in args.skip:
        scan = scanned_bundle(source, args.pages, OUT / "scanned")
        for split in (False, True):
            clean([scan])
            with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as c, Client(c) as client:
                secs, _ = run_batch_with(DaskExecutor(client=client), [scan], split_pages=split)
            key = "ocr_per_page_tasks_s" if split else "ocr_per_bundle_task_s"
            res[key] = round(secs, 1)
            print(f"OCR bundle, {args.pages} scanned pages, {'one task per page' if split else 'one task'}: "
                  f"{res[key]} s", flush=True)
    res["machine"]["load_after"] = os.getloadavg()[0]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "result.json").write_text(json.dumps(res, indent=1), encoding="utf-8")
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
