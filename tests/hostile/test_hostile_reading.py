"""Hostile files, one kind at a time: each test builds its tiny file and asserts the reason, the
inventory entry, that the rest of the bundle is read, and (where memory was the attack) the peak
memory of the process that read it, measured with ``resource``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import hostile_corpus as H
from evidence_checker.ingest import budget, ingest_bundle
from evidence_checker.ingest.archive import ZipLimits, ZipUsage, expand
from evidence_checker.ingest.extract import Job, extract
from evidence_checker.ingest.options import ReadNotes
from evidence_checker.ingest.walker import entries

ROOT = Path(__file__).resolve().parents[2]


def read_in_child(path: Path, fmt: str, *, address_space_mb: int = 2048) -> tuple[dict, int]:
    """Read one file in a fresh process under an address-space cap; (outcome, peak RSS in MB of
    that process, from /proc/self/status)."""
    code = textwrap.dedent(f"""
        import json, resource
        resource.setrlimit(resource.RLIMIT_AS, ({address_space_mb} * 1024**2, {address_space_mb} * 1024**2))
        from evidence_checker.ingest.extract import Job, extract
        o = extract(Job({str(path)!r}, {path.name!r}, {fmt!r}))
        texts = [p.text for p in o.passages]
        # VmHWM, not ru_maxrss: the latter keeps the forking parent's size across exec
        status = open("/proc/self/status").read()
        peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
        print(json.dumps({{"status": o.status, "error": o.error, "pages": o.pages, "texts": texts[:20],
                          "count": len(texts), "peak": peak}}, ensure_ascii=False))
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return data, data["peak"]


@pytest.fixture
def corpus(tmp_path):
    """The whole hostile corpus (built once per test that asks; ~1 s)."""
    bundle, outside = tmp_path / "B", tmp_path / "outside"
    H.build(bundle, outside)
    return bundle, outside


def test_links_and_special_files_are_listed_never_followed(corpus):
    bundle, outside = corpus
    found = {e.rel: e for e in entries(bundle)}
    assert found["link-outside.txt"].status == "skipped" and "材料文件夹之外" in found["link-outside.txt"].reason
    assert found["link-outside-dir"].status == "skipped" and "材料文件夹之外" in found["link-outside-dir"].reason
    assert found["link-etc"].status == "skipped"
    assert found["link-dangling.docx"].status == "failed" and "不存在" in found["link-dangling.docx"].reason
    assert "正常制度.txt" in found["link-inside.txt"].reason and found["正常制度.txt"].status is None
    assert found["link-inside-dir"].status == "skipped"
    assert found["fifo.txt"].status == "skipped" and "命名管道" in found["fifo.txt"].reason
    assert found["socket.sock"].status == "skipped"
    # folders holding this tool's outputs are listed once, not entered; the evidence beside them is read
    assert found["old-results"].status == "skipped" and "输出文件夹" in found["old-results"].reason
    assert found["子目录/检查结果"].status == "skipped"
    assert not any(rel.startswith(("old-results/", "子目录/检查结果/")) for rel in found)
    assert found["子目录/培训记录.txt"].status is None
    assert not any(rel.startswith(("link-outside-dir/", "link-etc/", "link-inside-dir/")) for rel in found)


def test_a_bundle_of_links_reads_nothing_outside(tmp_path):
    bundle, outside = tmp_path / "B", tmp_path / "outside"
    bundle.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(H.CANARY, encoding="utf-8")
    (bundle / "制度.txt").write_text(H.POLICY, encoding="utf-8")
    (bundle / "passwd.txt").symlink_to(outside / "secret.txt")
    (bundle / "dir").symlink_to(outside)
    (bundle / "same.txt").symlink_to(bundle / "制度.txt")
    os.mkfifo(bundle / "pipe.txt")
    result = ingest_bundle(bundle, out_dir=tmp_path / "out", workers=0)
    records = {f.path: f for f in result.files}
    assert set(records) == {"制度.txt", "passwd.txt", "dir", "same.txt", "pipe.txt"}
    assert records["制度.txt"].status == "ok"
    assert {records[n].status for n in ("passwd.txt", "dir", "same.txt", "pipe.txt")} == {"skipped"}
    assert not any(H.CANARY[:20] in p.text for p in result.passages)
    assert {p.path for p in result.passages if "内部审计" in p.text} == {"制度.txt"}  # read once, under its name


def test_huge_declared_dimension_is_read_in_bounded_memory(tmp_path):
    H._MAKERS["huge-dimension.xlsx"](tmp_path, tmp_path)
    outcome, peak = read_in_child(tmp_path / "huge-dimension.xlsx", "xlsx")
    assert outcome["status"] == "ok"
    assert any("末行" in t for t in outcome["texts"]) and any("访客登记" in t for t in outcome["texts"])
    assert peak < 250, f"peak RSS {peak} MB"  # was past 5.6 GB (measured here: 82 MB)


def test_cells_budget_makes_a_wide_sheet_partial(tmp_path):
    H._MAKERS["wide-rows.xlsx"](tmp_path, tmp_path)
    outcome, peak = read_in_child(tmp_path / "wide-rows.xlsx", "xlsx")
    assert outcome["status"] == "partial"
    assert "单元格" in outcome["error"] and "只读取了" in outcome["error"]
    assert outcome["count"] > 100  # the rows before the budget ran out are there
    assert peak < 400, f"peak RSS {peak} MB"  # measured here: 98 MB


def test_shared_strings_bomb_is_refused_before_parsing(tmp_path):
    H._MAKERS["shared-strings.xlsx"](tmp_path, tmp_path)
    assert (tmp_path / "shared-strings.xlsx").stat().st_size < 1024**2
    outcome, peak = read_in_child(tmp_path / "shared-strings.xlsx", "xlsx")
    assert outcome["status"] == "skipped" and "sharedStrings.xml" in outcome["error"]
    assert peak < 200, f"peak RSS {peak} MB"  # was 1.6 GB and 115 s (measured here: 78 MB)


def test_docx_bomb_is_refused(tmp_path):
    H._MAKERS["bomb.docx"](tmp_path, tmp_path)
    outcome = extract(Job(str(tmp_path / "bomb.docx"), "bomb.docx", "docx"))
    assert outcome.status == "skipped" and "压缩炸弹" in outcome.error


def test_a_million_declared_pages_give_one_bounded_reason(tmp_path):
    path = tmp_path / "million-pages.pdf"
    path.write_bytes(H.million_pages_pdf())
    assert path.stat().st_size < 700
    outcome, _ = read_in_child(path, "pdf")
    assert outcome["pages"] == 1_000_000
    assert outcome["status"] == "partial"
    assert any("Internal audit policy" in t for t in outcome["texts"])
    assert "只读取了前" in outcome["error"] and "另有" in outcome["error"]
    assert len(outcome["error"]) <= budget.limits().max_error_chars  # was 48 M characters


def test_problems_are_counted_not_kept():
    notes = ReadNotes()
    for n in range(100_000):
        notes.problem(f"第{n}页无法读取")
    assert len(notes.problems) == budget.limits().max_problems_listed
    assert notes.summary().endswith(f"另有 {100_000 - len(notes.problems):,} 处同类问题")


def test_giant_page_is_rendered_within_the_pixel_cap(tmp_path):
    import pypdfium2 as pdfium

    from evidence_checker.results import Results
    from evidence_checker.review.web import Loaded, render_pdf_page

    (tmp_path / "giant-page.pdf").write_bytes(H.giant_page_pdf())
    page = pdfium.PdfDocument(str(tmp_path / "giant-page.pdf"))[0]
    scale = budget.render_scale(page.get_width(), page.get_height(), 300 / 72)
    assert (page.get_width() * scale) * (page.get_height() * scale) <= budget.limits().max_render_pixels * 1.001
    loaded = Loaded(Results(tmp_path, run={"bundle": str(tmp_path)}), None, {}, {"giant-page.pdf"})  # type: ignore[arg-type]
    png = render_pdf_page(loaded, {"path": "giant-page.pdf", "page": 1, "bbox": [0, 0, 100, 100]})
    from PIL import Image
    import io

    image = Image.open(io.BytesIO(png))
    assert image.width * image.height <= budget.limits().max_preview_pixels * 1.001  # was 7 GB per request


def test_giant_page_is_read_in_bounded_memory(tmp_path):
    (tmp_path / "giant-page.pdf").write_bytes(H.giant_page_pdf())
    outcome, peak = read_in_child(tmp_path / "giant-page.pdf", "pdf", address_space_mb=3072)
    assert outcome["status"] in ("ok", "failed", "partial")
    assert peak < 600, f"peak RSS {peak} MB"  # was 3.6 GB (measured here: 151 MB)


def test_huge_image_is_refused(tmp_path):
    (tmp_path / "huge.png").write_bytes(H.huge_png(12000, 12000))
    outcome = extract(Job(str(tmp_path / "huge.png"), "huge.png", "image"))
    assert outcome.status == "skipped" and "像素" in outcome.error


def test_zip_budget_is_one_per_bundle_across_nesting(tmp_path):
    """Members under the ratio floor and nested archives no longer get fresh budgets."""
    (tmp_path / "nested.zip").write_bytes(H.nested_zip(levels=3, fan=4, leaf_members=10, leaf_bytes=900 * 1024))
    limits = ZipLimits()
    result = expand(tmp_path / "nested.zip", rel_path="nested.zip", dest=tmp_path / "x", limits=limits)
    refused = result.all_refused()
    assert refused and all("压缩炸弹" in r.reason for r in refused)  # 900 KB at 1000:1 is refused now
    assert not result.all_members()
    # one usage across two archives: the second finds the bundle's total spent
    H._MAKERS["many-members.zip"](tmp_path, tmp_path)
    usage = ZipUsage()
    small = ZipLimits(max_total_bytes=4000)
    first = expand(tmp_path / "many-members.zip", rel_path="a.zip", dest=tmp_path / "a", limits=small, usage=usage)
    second = expand(tmp_path / "many-members.zip", rel_path="b.zip", dest=tmp_path / "b", limits=small, usage=usage)
    assert first.members and not second.members
    assert all("解压总量超过上限" in r.reason for r in second.refused)
    assert usage.bytes <= 4000


def test_many_small_members_hit_the_archive_ratio(tmp_path):
    H._MAKERS["small-members-bomb.zip"](tmp_path, tmp_path)
    result = expand(tmp_path / "small-members-bomb.zip", rel_path="s.zip", dest=tmp_path / "x", limits=ZipLimits())
    unpacked = sum(m.size for m in result.members)
    lim = ZipLimits()
    size = (tmp_path / "small-members-bomb.zip").stat().st_size
    assert unpacked <= max(lim.archive_floor_bytes, lim.max_archive_ratio * size) + 64 * 1024
    assert any("超过其大小的" in r.reason for r in result.refused)


def test_encrypted_and_linked_members_are_refused_with_reasons(tmp_path):
    outside = tmp_path / "o"
    outside.mkdir()
    (outside / "secret.txt").write_text(H.CANARY, encoding="utf-8")
    for name in ("encrypted-member.zip", "symlink-member.zip", "traversal.zip"):
        H._MAKERS[name](tmp_path, outside)
    enc = expand(tmp_path / "encrypted-member.zip", rel_path="e.zip", dest=tmp_path / "e")
    assert [(r.status, r.reason) for r in enc.refused] == [("failed", "压缩包成员已加密，需要密码")]
    link = expand(tmp_path / "symlink-member.zip", rel_path="l.zip", dest=tmp_path / "l")
    assert link.refused and "符号链接" in link.refused[0].reason
    trav = expand(tmp_path / "traversal.zip", rel_path="t.zip", dest=tmp_path / "t")
    assert len(trav.refused) == 3 and [m.rel_path for m in trav.members] == ["t.zip!ok.txt"]
    assert not (tmp_path / "escape.txt").exists()


def test_undecodable_text_is_not_evidence(tmp_path):
    from evidence_checker.ingest.legacy import soffice

    if soffice() is None:
        pytest.skip("LibreOffice (soffice) 未安装：无法转换 .wps")
    H._MAKERS["garbage.wps"](tmp_path, tmp_path)
    outcome = extract(Job(str(tmp_path / "garbage.wps"), "garbage.wps", "wps"))
    assert outcome.status == "failed" and "无法识别" in outcome.error and not outcome.passages


def test_repeated_text_is_kept_once(tmp_path):
    (tmp_path / "zeros.txt").write_text("0" * 60_000, encoding="utf-8")
    outcome = extract(Job(str(tmp_path / "zeros.txt"), "zeros.txt", "txt"))
    assert outcome.status == "partial" and "大量重复" in outcome.error
    assert len({p.text for p in outcome.passages}) == len(outcome.passages) <= 2


def test_junk_share_tells_text_from_random_bytes():
    assert budget.junk_share("第一章 总则 ①本制度适用于 ABC 公司（2026年）。") == 0.0
    noise = bytes(range(256)).decode("utf-16-le", errors="replace") * 4
    assert budget.junk_share(noise) > budget.limits().junk_share


def test_limits_file_can_be_replaced(tmp_path, monkeypatch):
    (tmp_path / "limits.yaml").write_text("reader:\n  max_pages: 3\narchive:\n  max_depth: 2\n", encoding="utf-8")
    monkeypatch.setenv(budget.LIMITS_ENV, str(tmp_path / "limits.yaml"))
    lim = budget.limits()
    assert lim.max_pages == 3 and lim.zip_max_depth == 2 and lim.max_cells_per_sheet == 2_000_000
    (tmp_path / "bad.yaml").write_text("reader:\n  max_pagez: 3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="max_pagez"):
        budget.load_limits(tmp_path / "bad.yaml")


def test_a_file_swapped_for_a_link_after_the_walk_is_not_read(tmp_path):
    (tmp_path / "secret.txt").write_text(H.CANARY, encoding="utf-8")
    (tmp_path / "x.txt").symlink_to(tmp_path / "secret.txt")
    outcome = extract(Job(str(tmp_path / "x.txt"), "x.txt", "txt"))
    assert outcome.status == "skipped" and "符号链接" in outcome.error and not outcome.passages


def test_old_format_sheets_are_cut_at_the_cells_budget():
    notes = ReadNotes()
    lim = budget.limits()
    assert budget.xls_rows("小表", 10, 5, notes) == 10 and not notes.problems
    rows = budget.xls_rows("大表", 65536, 256, notes)
    assert rows * 256 <= lim.max_cells_per_sheet and "大表" in notes.problems[0]


def test_another_programs_review_database_is_not_touched(tmp_path):
    import sqlite3

    from evidence_checker.review.store import ReviewError, open_store

    with sqlite3.connect(tmp_path / "review.sqlite") as con:
        con.execute("create table invoices (n int)")
    before = (tmp_path / "review.sqlite").read_bytes()
    with pytest.raises(ReviewError, match="其他程序的数据库"):
        open_store(tmp_path)
    assert (tmp_path / "review.sqlite").read_bytes() == before


def test_records_folder_reads_nothing_outside_and_no_bomb(tmp_path):
    """records/ is read by the main process, outside the walker: links, pipes and bombs refused."""
    from evidence_checker.records import read_records

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "处罚记录.csv").write_text("处罚日期,处罚类型,说明\n2026-01-01,警告," + H.CANARY + "\n",
                                       encoding="utf-8")
    records = tmp_path / "records"
    records.mkdir()
    (records / "处罚记录.csv").symlink_to(outside / "处罚记录.csv")
    rows = b'<row r="1">' + H._cell("A1", "月份") + b'</row><row r="1048576">' + H._cell("XFD1048576", "x") + b"</row>"
    H._zip(records / "报关单统计.xlsx", H.xlsx_parts(H._sheet(rows, b"A1:XFD1048576")))  # type: ignore[arg-type]
    loaded = read_records(records)
    problems = {p.file: p.message for p in loaded.problems}
    assert "符号链接" in problems["records/处罚记录.csv"]
    assert "范围过大" in problems["records/报关单统计.xlsx"]
    assert H.CANARY[:20] not in repr(loaded.problems) and not loaded.rows("penalties")


def test_passages_and_characters_per_file_are_bounded(tmp_path, monkeypatch):
    (tmp_path / "limits.yaml").write_text("reader:\n  max_passages_per_file: 5\n  max_chars_per_file: 400\n",
                                          encoding="utf-8")
    monkeypatch.setenv(budget.LIMITS_ENV, str(tmp_path / "limits.yaml"))
    (tmp_path / "many.txt").write_text("".join(f"第{i}条 培训记录 2026-03-{i:02d}\n\n" for i in range(1, 21)),
                                       encoding="utf-8")
    outcome = extract(Job(str(tmp_path / "many.txt"), "many.txt", "txt"))
    assert outcome.status == "partial" and "超过 5 段" in outcome.error and len(outcome.passages) == 5
    (tmp_path / "long.txt").write_text("".join(f"第{i}条 " + "制度内容" * 20 + "\n\n" for i in range(8)),
                                       encoding="utf-8")
    outcome = extract(Job(str(tmp_path / "long.txt"), "long.txt", "txt"))
    assert outcome.status == "partial" and "超过 400 字" in outcome.error
    assert sum(len(p.text) for p in outcome.passages) <= 400


def test_a_file_swapped_for_a_pipe_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.pdf")
    outcome = extract(Job(str(tmp_path / "pipe.pdf"), "pipe.pdf", "pdf"))  # would block on open
    assert outcome.status == "skipped" and "命名管道" in outcome.error
    from evidence_checker.ingest.bundle import _Planner
    from evidence_checker.ingest.cache import Cache
    from evidence_checker.ingest.options import DEFAULT_OPTIONS

    planner = _Planner(Cache(None, "k"), DEFAULT_OPTIONS, 10**9, ZipLimits(), tmp_path)
    planner.add(tmp_path / "pipe.pdf", "pipe.pdf")  # as if the walk had seen a regular file there
    assert planner.slots[0].record.status == "skipped" and "命名管道" in planner.slots[0].record.error
