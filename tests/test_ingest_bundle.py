"""Whole bundles: every file gets a status and a Chinese reason, the run goes on, outputs are
written, the cache makes a second run read nothing, a hanging file times out alone."""

from __future__ import annotations

import json
import zipfile

import pytest

from evidence_checker.ingest import bundle as bundle_mod
from evidence_checker.ingest import ingest_bundle, load_outputs, write_outputs
from evidence_checker.ingest.readers import READERS
from test_ingest_builders import docx_file, table_pdf, text_pdf, xlsx_file


@pytest.fixture
def ingest_bundle_dir(tmp_path):
    """A small real bundle with good, broken, odd and ignorable files."""
    root = tmp_path / "材料"
    (root / "内审").mkdir(parents=True)
    (root / "扫描件").mkdir()
    docx_file(root / "内审" / "内部审计管理制度.docx")
    text_pdf(root / "内审" / "2025 AEO内审报告.pdf", [["第一条 内部审计每年至少进行一次。"], ["第二条 审计发现须整改。"]])
    text_pdf(root / "扫描件" / "机密.pdf", [["机密"]], encrypt="secret")
    good = text_pdf(root / "full.pdf", [["完整"]] * 3)
    (root / "扫描件" / "截断.pdf").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    good.unlink()
    xlsx_file(root / "访客登记.xlsx")
    (root / "门卫制度.txt").write_bytes("门卫管理制度\n外来人员须登记。\n".encode("gbk"))
    (root / "空白.txt").write_bytes(b"")
    (root / "演示.pptx").write_bytes(b"PK\x03\x04 not really")
    (root / ".隐藏.txt").write_text("hidden", encoding="utf-8")
    (root / "~$内部审计管理制度.docx").write_bytes(b"lock")
    with zipfile.ZipFile(root / "归档.zip", "w") as zf:
        zf.writestr("../逃逸.txt", "越界".encode())
        zf.writestr("巡查/巡查记录.txt", "保安每两小时巡查一次。".encode())
    (root / "profile.yaml").write_text("enterprise: 示例进出口有限公司\n", encoding="utf-8")  # the tool's input
    (root / ".evidence-checker").mkdir()
    (root / ".evidence-checker" / "旧结果.txt").write_text("不应读取", encoding="utf-8")
    return root


def _records(result):
    return {f.path: f for f in result.files}


def test_bundle_statuses_reasons_and_outputs(ingest_bundle_dir, tmp_path):
    seen = []
    result = ingest_bundle(ingest_bundle_dir, workers=2, progress=lambda r, done, total: seen.append((r.path, done, total)))
    records = _records(result)
    assert set(records) == {
        "内审/内部审计管理制度.docx", "内审/2025 AEO内审报告.pdf", "扫描件/机密.pdf", "扫描件/截断.pdf",
        "访客登记.xlsx", "门卫制度.txt", "空白.txt", "演示.pptx", "归档.zip", "归档.zip!../逃逸.txt",
        "归档.zip!巡查/巡查记录.txt",
    }
    ok = {p for p, r in records.items() if r.status == "ok"}
    assert ok == {"内审/内部审计管理制度.docx", "内审/2025 AEO内审报告.pdf", "访客登记.xlsx", "门卫制度.txt",
                  "归档.zip!巡查/巡查记录.txt"}
    assert records["扫描件/机密.pdf"].status == "failed" and "已加密" in records["扫描件/机密.pdf"].error
    assert records["扫描件/截断.pdf"].status == "failed" and "损坏" in records["扫描件/截断.pdf"].error
    assert records["空白.txt"].status == "skipped" and "空文件" in records["空白.txt"].error
    assert records["演示.pptx"].status == "skipped" and "演示文稿" in records["演示.pptx"].error
    assert records["归档.zip!../逃逸.txt"].status == "skipped" and "../" in records["归档.zip!../逃逸.txt"].error
    assert records["归档.zip"].status == "partial"
    report = records["内审/2025 AEO内审报告.pdf"]
    assert report.pages == 2 and report.format == "pdf" and len(report.sha256) == 64 and report.size > 0
    assert records["访客登记.xlsx"].pages == 2
    # passages of good files, with their locations
    by_path = {}
    for p in result.passages:
        by_path.setdefault(p.path, []).append(p)
    assert [p.locator for p in by_path["内审/2025 AEO内审报告.pdf"]] == ["p1 ¶1", "p2 ¶1"]
    assert by_path["门卫制度.txt"][1].text == "外来人员须登记。"
    assert by_path["归档.zip!巡查/巡查记录.txt"][0].text == "保安每两小时巡查一次。"
    assert records["归档.zip"].passages == 1
    assert all(r.passages == len(by_path.get(path, [])) for path, r in records.items() if r.format != "zip")
    # progress: once per record, counting up to the total
    assert sorted(path for path, _, _ in seen) == sorted(records)
    assert [done for _, done, _ in seen] == list(range(1, len(records) + 1))
    assert {total for _, _, total in seen} == {len(records)}

    out = tmp_path / "out"
    inventory_path, passages_path = write_outputs(result, out)
    inventory = json.loads(inventory_path.read_text(encoding="utf-8"))
    entry = next(f for f in inventory["files"] if f["path"] == "扫描件/机密.pdf")
    assert {"path", "format", "status", "pages", "passages", "error", "sha256", "size"} <= set(entry)
    assert "已加密" in inventory_path.read_text(encoding="utf-8")  # Chinese written as is
    assert inventory["summary"]["failed"] == 2 and len(inventory["summary"]["unread"]) == 6
    lines = passages_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(result.passages)
    first = json.loads(lines[0])
    assert list(first)[:5] == ["id", "path", "page", "locator", "text"]
    again = load_outputs(out)
    assert again.passages == result.passages and again.files == result.files


def test_second_run_reads_nothing(ingest_bundle_dir, monkeypatch):
    calls: list[str] = []
    for fmt, reader in list(READERS.items()):
        def counting(path, *, _reader=reader, **kw):
            calls.append(kw["rel_path"])
            return _reader(path, **kw)
        monkeypatch.setitem(READERS, fmt, counting)
    expansions: list[str] = []
    real_expand = bundle_mod.expand
    monkeypatch.setattr(bundle_mod, "expand", lambda *a, **kw: expansions.append(kw["rel_path"]) or real_expand(*a, **kw))

    first = ingest_bundle(ingest_bundle_dir, workers=0)
    assert len(calls) == 7 and expansions == ["归档.zip"]  # readable files + the zip's good member
    assert first.stats.files_read == 7 and first.stats.files_cached == 0
    calls.clear()
    expansions.clear()

    second = ingest_bundle(ingest_bundle_dir, workers=0)
    assert calls == [] and expansions == []
    assert second.stats.files_read == 0
    assert second.passages == first.passages  # same ids, texts, locations
    assert [(f.path, f.status, f.error) for f in second.files] == [(f.path, f.status, f.error) for f in first.files]
    assert all(f.cached for f in second.files if f.status in ("ok", "partial"))
    assert (ingest_bundle_dir / ".evidence-checker" / "cache").is_dir()

    (ingest_bundle_dir / "门卫制度.txt").write_bytes("门卫管理制度（修订）\n".encode("gbk"))
    third = ingest_bundle(ingest_bundle_dir, workers=0)
    assert calls == ["门卫制度.txt"]
    assert [p.text for p in third.passages if p.path == "门卫制度.txt"] == ["门卫管理制度（修订）"]


def test_damaged_cache_entry_of_an_archive_member_is_read_again(ingest_bundle_dir):
    import hashlib

    first = ingest_bundle(ingest_bundle_dir, workers=0)
    sha = hashlib.sha256("保安每两小时巡查一次。".encode()).hexdigest()
    (entry,) = (ingest_bundle_dir / ".evidence-checker" / "cache").rglob(f"{sha}.json")
    entry.write_text("{damaged", encoding="utf-8")
    second = ingest_bundle(ingest_bundle_dir, workers=0)
    assert second.stats.files_read == 1
    assert second.passages == first.passages
    record = next(f for f in second.files if f.path == "归档.zip!巡查/巡查记录.txt")
    assert record.status == "ok" and not record.cached


def test_same_content_at_two_paths_gets_its_own_path(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("监控录像保存九十天。", encoding="utf-8")
    ingest_bundle(tmp_path, workers=0)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y.txt").write_text("监控录像保存九十天。", encoding="utf-8")
    result = ingest_bundle(tmp_path, workers=0)
    assert {p.path for p in result.passages} == {"a/x.txt", "b/y.txt"}
    assert len({p.id for p in result.passages}) == 2


def test_hanging_file_times_out_and_the_rest_is_read(tmp_path):
    rows = [["日期", "检查人", "结果"]] + [[f"2026-03-{d:02d}", "张三", "正常"] for d in range(1, 29)]
    table_pdf(tmp_path / "慢.pdf", "集装箱七点检查记录", rows, pages=80)
    (tmp_path / "快.txt").write_text("封条登记。", encoding="utf-8")
    result = ingest_bundle(tmp_path, workers=2, timeout=0.5)  # reading 慢.pdf takes >= 1.2 s idle
    records = _records(result)
    assert records["慢.pdf"].status == "failed" and "超时" in records["慢.pdf"].error
    assert records["快.txt"].status == "ok"
    assert [p.text for p in result.passages] == ["封条登记。"]
    assert not list((tmp_path / ".evidence-checker" / "cache").rglob("*.json"))[1:]  # only 快.txt cached


def test_file_vanishing_while_read_is_reported_not_cached(tmp_path):
    from evidence_checker.ingest.extract import Job, extract

    outcome = extract(Job(str(tmp_path / "已删除.pdf"), "已删除.pdf", "pdf"))
    assert outcome.status == "failed" and "已不存在" in outcome.error and not outcome.cacheable


def test_oversized_file_skipped(tmp_path):
    (tmp_path / "大.txt").write_text("大" * 5000, encoding="utf-8")
    result = ingest_bundle(tmp_path, workers=0, max_file_bytes=1000)
    record = result.files[0]
    assert record.status == "skipped" and "文件过大" in record.error and result.passages == []


def test_missing_bundle_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="找不到材料目录"):
        ingest_bundle(tmp_path / "没有")


@pytest.fixture
def ingest_no_engines(tmp_path, monkeypatch):
    """PATH without Tesseract and LibreOffice (as on a machine where they are not installed)."""
    from evidence_checker.ingest import image_ocr

    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    image_ocr._missing_engine.cache_clear()
    yield
    image_ocr._missing_engine.cache_clear()


def test_missing_ocr_engine_and_libreoffice_are_reported_not_cached(tmp_path, request):
    from test_ingest_builders import scan_image, scanned_pdf, soffice_convert

    bundle = tmp_path / "b"
    bundle.mkdir()
    scan_image(["访客登记"]).save(bundle / "登记.png")
    scanned_pdf(bundle / "报告.pdf", ["内部审计报告"], ["签字页"])
    doc = soffice_convert(docx_file(tmp_path / "旧.docx"), "doc", tmp_path / "conv")
    doc.rename(bundle / "旧.doc")
    request.getfixturevalue("ingest_no_engines")
    result = ingest_bundle(bundle, workers=0)
    records = _records(result)
    assert records["登记.png"].status == "failed" and "未安装 OCR 引擎 Tesseract" in records["登记.png"].error
    assert records["报告.pdf"].status == "partial" and "第2页是扫描图像" in records["报告.pdf"].error
    assert [p.text for p in result.passages if p.path == "报告.pdf"] == ["内部审计报告"]
    assert records["旧.doc"].status == "failed" and "未安装 LibreOffice" in records["旧.doc"].error
    assert not list((bundle / ".evidence-checker" / "cache").rglob("*.json"))  # retried once installed
