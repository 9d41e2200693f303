"""The whole hostile corpus in one bundle, checked end to end the way a user runs it, under an
address-space limit: exit 0/1/3, no traceback, every entry in the inventory, nothing from outside
the bundle in any output, no formula cell in any workbook, small outputs, bounded memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import hostile_corpus as H
from evidence_checker.xlsx_safe import formula_cells

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE = 6 * 1024**3
MAX_RSS_MB = 2560
MAX_OUTPUT_BYTES = 20 * 1024**2
PROFILE = "enterprise: 恶意材料测试公司\nlevel: advanced\nbusiness_type: importer\nas_of: 2026-06-30\n"


def run_limited(*args: str, timeout: float = 900) -> tuple[subprocess.CompletedProcess, int]:
    """Run the CLI in a child under RLIMIT_AS (set in the child before exec); returns the process
    and the peak RSS (MB) of it and its workers, measured by a wrapper with RUSAGE_CHILDREN."""
    wrapper = textwrap.dedent(f"""
        import json, resource, subprocess, sys
        def limit():
            resource.setrlimit(resource.RLIMIT_AS, ({ADDRESS_SPACE}, {ADDRESS_SPACE}))
        p = subprocess.run([sys.executable, "-m", "evidence_checker.cli", *{list(map(str, args))!r}],
                           preexec_fn=limit, capture_output=True, text=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        print(json.dumps({{"rc": p.returncode, "out": p.stdout, "err": p.stderr, "peak": peak}}))
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, env=env, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(proc.stdout)
    return subprocess.CompletedProcess(args, data["rc"], data["out"], data["err"]), data["peak"]


def listed(entry: str, paths: set[str]) -> bool:
    return entry in paths or any(p.startswith((entry + "/", entry + "!")) for p in paths)


@pytest.mark.slow
def test_check_on_the_hostile_bundle(tmp_path):
    bundle, outside, out = tmp_path / "B", tmp_path / "outside", tmp_path / "out"
    entries = H.build(bundle, outside)
    assert len(entries) >= 40
    (bundle / "profile.yaml").write_text(PROFILE, encoding="utf-8")

    proc, peak = run_limited("check", str(bundle), "--out", str(out))
    text = proc.stdout + proc.stderr
    assert "Traceback" not in text, text[-4000:]
    assert proc.returncode in (0, 1, 3), text[-4000:]
    assert peak < MAX_RSS_MB, f"peak RSS {peak} MB"
    print(f"hostile bundle: exit {proc.returncode}, peak RSS {peak} MB")

    inventory = json.loads((out / "inventory.json").read_text(encoding="utf-8"))
    records = {f["path"]: f for f in inventory["files"]}
    missing = [e for e in entries if not listed(e, set(records))]
    assert not missing, missing
    assert all(f["status"] in ("ok", "partial", "failed", "skipped") for f in records.values())
    assert all(len(f["error"] or "") <= 600 for f in records.values())
    # what was refused says so; what is ordinary is read
    assert records["link-outside.txt"]["status"] == "skipped"
    assert records["fifo.txt"]["status"] == "skipped"
    assert records["old-results"]["status"] == "skipped"
    assert records["million-pages.pdf"]["status"] == "partial"
    assert records["shared-strings.xlsx"]["status"] == "skipped"
    assert records["garbage.wps"]["status"] in ("failed", "skipped")
    assert records["正常制度.txt"]["status"] == "ok"
    assert records["正常文件夹/访客管理制度.txt"]["status"] == "ok"
    assert records["子目录/培训记录.txt"]["status"] == "ok"
    assert all(r["status"] == "ok" for p, r in records.items() if p.startswith("many-members.zip!"))

    for name in ("report.html", "report.xlsx", "self-assessment.docx", "report.md", "score.json"):
        assert (out / name).is_file(), name
    export = run_limited("review", "export", str(out), "--out", str(out / "复核.xlsx"))[0]
    assert export.returncode == 0 and "Traceback" not in export.stderr, export.stderr[-2000:]

    canary = H.CANARY.split("-本")[0].encode()
    total = 0
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            total += len(data)
            assert canary not in data, f"outside content in {path}"
    assert total < MAX_OUTPUT_BYTES, f"outputs {total / 1024**2:.1f} MB"
    for book in (out / "report.xlsx", out / "复核.xlsx"):
        assert formula_cells(book) == [], book
    problems = json.loads((out / "run.json").read_text(encoding="utf-8"))["record_problems"]
    assert any("符号链接" in p for p in problems) and any("范围过大" in p for p in problems), problems
    passages = (out / "passages.jsonl").read_text(encoding="utf-8")
    assert '"path": "old-results/' not in passages and "子目录/检查结果/" not in passages
