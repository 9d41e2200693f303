"""Benchmark of one run (issue 18, "the speed of one run"): start-up, re-checks and a cold large bundle.

Every number is the wall time of the real command (``python -m evidence_checker.cli ...`` in a fresh
process), median of ``--repeat`` runs, with the CPU time of the process next to it (the machine is
shared; CPU time shows the work when the wall time waits for other jobs):

- **start-up**: ``--help``; and the interpreter plus every import a ``check`` makes before it reads
  the first file (``import evidence_checker.cli, evidence_checker.pipeline, evidence_checker.ingest``);
- **tiny check**: ``check`` of a bundle of one text file (start-up, the standard, the reports);
- **demo cold / unchanged / one changed file**: ``check`` of the demo bundle ``adv-importer-pass``:
  no run folder; again with nothing changed; again after one policy (a DOCX) gained a paragraph.
  After the last re-check, a cold ``check`` of the same bundle into a fresh folder must give
  byte-identical evidence, proposals and score (checked, printed);
- **1,000 text pages cold**: ``check --workers 2`` of a bundle of text PDFs exported from Word by
  LibreOffice (generated once into bench/out/run/pages, ~2 min) with no run folder and no cache.

Match growth in passages is ``bench/match.py``'s table (``--sizes 5000,10000,20000,40000``).

    .venv/bin/python bench/run.py [--repeat 3] [--skip-pages] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
OUT = ROOT / "out" / "run"
CLI = [sys.executable, "-m", "evidence_checker.cli"]
CHANGED = Path("01 海关业务培训") / "海关法律法规培训管理办法.docx"
PAGES_TARGET = 1000
TARGETS = {"help": 1.0, "startup": 1.0, "unchanged": 2.0, "changed": 3.0, "pages_cold": 15.0}


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    return e


def timed(cmd: list[str], *, ok=(0, 1, 3)) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env(), cwd=REPO, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in ok:
        sys.exit(f"bench: {' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median(rows: list[tuple[float, float]]) -> dict:
    return {"wall": statistics.median(r[0] for r in rows), "cpu": statistics.median(r[1] for r in rows),
            "runs": [round(r[0], 2) for r in rows]}


def demo_source() -> Path:
    built = REPO / "corpora" / "build" / "adv-importer-pass"
    if built.is_dir():
        return built
    out = ROOT / "out" / "corpora"
    if not (out / "adv-importer-pass").is_dir():
        subprocess.run([sys.executable, "-m", "corpora.build", "--out", str(out), "--only", "adv-importer-pass"],
                       env=env(), cwd=REPO, check=True, capture_output=True)
    return out / "adv-importer-pass"


def fresh_copy(source: Path, dest: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".evidence-checker", "gold.yaml"))
    return dest


def change_one_file(bundle: Path, n: int) -> None:
    import docx

    path = bundle / CHANGED
    d = docx.Document(str(path))
    d.add_paragraph(f"第九十条 本办法由关务部负责解释，自发布之日起施行（修订{n}）。")
    d.save(str(path))


def same_results(a: Path, b: Path) -> bool:
    return all((a / n).read_bytes() == (b / n).read_bytes()
               for n in ("evidence.json", "proposals.json", "score.json", "passages.jsonl"))


def pages_bundle() -> tuple[Path, int]:
    """About 1,000 pages of text PDFs (policies exported from Word) and the demo's profile."""
    sys.path.insert(0, str(ROOT))
    import random

    from ingest import _soffice_pdf, pdf_pages, policy_docx  # bench/ingest.py's generators

    bundle = OUT / "pages"
    folder = bundle / "制度"
    if not (bundle / "profile.yaml").exists():
        if bundle.exists():
            shutil.rmtree(bundle)
        folder.mkdir(parents=True)
        shutil.copy(demo_source() / "profile.yaml", bundle / "profile.yaml")
    rng = random.Random(18)
    pages = pdf_pages(folder)
    while pages < PAGES_TARGET:  # about 52 pages a policy collection
        n = len(list(folder.glob("*.pdf")))
        batch = max(1, (PAGES_TARGET - pages) // 52)
        with tempfile.TemporaryDirectory() as tmp:
            sources = []
            for i in range(n, n + batch):
                source = Path(tmp) / f"{i + 1:02d} 管理制度汇编.docx"
                policy_docx(source, rng, chapters=14, paragraphs=32, table_rows=8)
                sources.append(source)
            _soffice_pdf(sources, folder)
        pages = pdf_pages(folder)
    return bundle, pages


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(), "os": platform.platform()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-pages", action="store_true", help="leave out the 1,000-page cold check")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    r: dict = {"machine": machine(), "date": dt.datetime.now().isoformat(timespec="minutes"),
               "load_before": os.getloadavg()[0]}

    r["help"] = median([timed(CLI + ["--help"]) for _ in range(args.repeat)])
    imports = [sys.executable, "-c", "import evidence_checker.cli, evidence_checker.pipeline, evidence_checker.ingest"]
    r["startup"] = median([timed(imports) for _ in range(args.repeat)])

    tiny = OUT / "tiny"
    if tiny.exists():
        shutil.rmtree(tiny)
    tiny.mkdir(parents=True)
    shutil.copy(demo_source() / "profile.yaml", tiny / "profile.yaml")
    (tiny / "门卫管理制度.txt").write_text("第一条 外来人员进入厂区须在门卫处登记，核对身份证件后发放临时通行证。\n",
                                         encoding="utf-8")
    rows = []
    for _ in range(args.repeat):
        shutil.rmtree(tiny / ".evidence-checker", ignore_errors=True)
        rows.append(timed(CLI + ["check", str(tiny)]))
    r["tiny_check"] = median(rows)

    demo = fresh_copy(demo_source(), OUT / "demo")
    r["demo_cold"] = median([timed(CLI + ["check", str(demo)])])
    r["unchanged"] = median([timed(CLI + ["check", str(demo)]) for _ in range(args.repeat)])
    rows = []
    for n in range(args.repeat):
        change_one_file(demo, n)
        rows.append(timed(CLI + ["check", str(demo)]))
    r["changed"] = median(rows)
    cold_out = OUT / "demo-cold-out"
    shutil.rmtree(cold_out, ignore_errors=True)
    timed(CLI + ["check", str(demo), "--out", str(cold_out)])
    r["changed_same_as_cold"] = same_results(demo / ".evidence-checker", cold_out)

    if not args.skip_pages:
        bundle, pages = pages_bundle()
        rows = []
        for _ in range(max(1, args.repeat - 1)):
            shutil.rmtree(bundle / ".evidence-checker", ignore_errors=True)
            rows.append(timed(CLI + ["check", str(bundle), "--workers", "2"]))
        r["pages_cold"] = median(rows)
        r["pages"] = pages
    r["load_after"] = os.getloadavg()[0]
    (OUT / "results.json").write_text(json.dumps(r, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(r, ensure_ascii=False, indent=1) if args.json else report(r))


def report(r: dict) -> str:
    names = {"help": "`evidence-checker --help`", "startup": "start-up of `check` (interpreter + imports)",
             "tiny_check": "`check` of a one-file bundle", "demo_cold": "demo `check`, cold (no run folder)",
             "unchanged": "demo re-check, nothing changed", "changed": "demo re-check, one DOCX changed",
             "pages_cold": f"{r.get('pages', PAGES_TARGET)} text PDF pages, cold, `--workers 2`"}
    lines = ["| run | wall s (median) | CPU s | target |", "|---|---|---|---|"]
    for key, label in names.items():
        if key in r:
            target = f"< {TARGETS[key]:g} s" if key in TARGETS else "—"
            lines.append(f"| {label} | {r[key]['wall']:.2f} | {r[key]['cpu']:.2f} | {target} |")
    lines.append(f"\nre-check after one change = cold check of the same bundle (evidence, proposals, score, "
                 f"passages byte for byte): {'yes' if r['changed_same_as_cold'] else 'NO'}")
    lines.append(f"load average {r['load_before']:.1f} before, {r['load_after']:.1f} after; {r['machine']['nproc']} "
                 f"cores, {r['machine']['cpu']}, Python {r['machine']['python']}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
