"""Benchmark of hostile input: the generated corpus of ``tests/hostile/hostile_corpus.py`` (tiny
files that once took gigabytes or hung the run) checked end to end under an address-space limit,
and the review page's rendering of a 14,400 pt page.

Measures: wall seconds and exit code of ``check``, peak RSS of the run and its workers (RUSAGE_CHILDREN
of a wrapper), the size of the outputs, the inventory's counts by status, and the time, pixels and
peak memory of rendering the giant page for the review server.

    .venv/bin/python bench/hostile.py [--address-space-gb 6]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "hostile"
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "hostile")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--address-space-gb", type=float, default=6.0)
    args = parser.parse_args()
    import hostile_corpus as H

    shutil.rmtree(OUT, ignore_errors=True)
    bundle, outside, out = OUT / "bundle", OUT / "outside", OUT / "run"
    entries = H.build(bundle, outside)
    (bundle / "profile.yaml").write_text("enterprise: 恶意材料测试\nlevel: advanced\nbusiness_type: importer\n"
                                         "as_of: 2026-06-30\n", encoding="utf-8")
    limit = int(args.address_space_gb * 1024**3)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "evidence_checker.cli", "check", str(bundle), "--out", str(out)],
                          preexec_fn=cap, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    inventory = json.loads((out / "inventory.json").read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    statuses = Counter(f["status"] for f in inventory["files"])
    print(f"entries: {len(entries)} top-level ({sum(p.stat().st_size for p in bundle.rglob('*') if p.is_file() and not p.is_symlink()) / 1024:.0f} KB on disk)")
    print(f"check: exit {proc.returncode} in {seconds:.1f} s, address space {args.address_space_gb:g} GB, "
          f"peak RSS {peak:.0f} MB, traceback: {'Traceback' in proc.stderr + proc.stdout}")
    print(f"inventory: {len(inventory['files'])} records {dict(statuses)}; outputs {size / 1024**2:.2f} MB")

    from evidence_checker.results import Results
    from evidence_checker.review.web import Loaded, render_pdf_page

    (OUT / "giant-page.pdf").write_bytes(H.giant_page_pdf())
    loaded = Loaded(Results(OUT, run={"bundle": str(OUT)}), None, {}, {"giant-page.pdf"})  # type: ignore[arg-type]
    start = time.perf_counter()
    png = render_pdf_page(loaded, {"path": "giant-page.pdf", "page": 1, "bbox": [0, 0, 100, 100]})
    render = time.perf_counter() - start
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(png or b""))
    print(f"review page.png of a 14,400 pt page: {render:.2f} s, {image.width}×{image.height} px, "
          f"peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
