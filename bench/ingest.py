"""Benchmark of the ingest stage on a generated bundle (written to bench/out/, git-ignored).

Bundle: >= 500 text-PDF pages (DOCX exported to PDF by LibreOffice, as "PDFs exported from
Word" are), 50 DOCX, 20 XLSX, 10 scanned pages (PNG, 300 dpi), a compiled handbook PDF
(《管理制度汇编》: contents, running header, policies of chapters and articles) and 2 scanned log
tables (ruled, fed sideways). Measures, on this machine:
pages/s per format end to end (each format's folder read cold on its own), the whole bundle cold
and re-run (cache), the share of worker time per reader stage, peak memory of the parent and of
the largest worker, and the floor: raw pypdfium2 text extraction of the same PDFs.

    .venv/bin/python bench/ingest.py [--workers 2] [--regen]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "out" / "ingest"
BUNDLE = OUT / "bundle"
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
MIN_PDF_PAGES = 500

SENTENCES = [
    "企业应当建立并执行内部审计制度，每年至少开展一次内部审计，并形成书面审计报告。",
    "关务负责人负责组织海关法律法规培训，培训记录包括签到表、课件和考核结果。",
    "外来人员进入厂区须在门卫处登记，核对身份证件后发放临时通行证，并由接待人员全程陪同。",
    "集装箱装货前应按照七点检查法逐项检查前壁、左侧、右侧、地板、顶部、内外门和外部起落架。",
    "高安全封条的采购、保管、发放、使用和作废均须登记在封条管理台账中，由专人负责。",
    "信息系统的业务数据保存期限不少于三年，系统管理员每日进行数据备份并定期检查备份有效性。",
    "单证复核人员应对报关单证的真实性、准确性进行审核，发现差错及时更正并记录在差错登记表中。",
    "商业伙伴每年进行一次安全评估，评估结果作为继续合作的依据，评估表由采购部门存档。",
    "员工离职时须办理离职手续，收回门禁卡、钥匙和办公设备，并注销其信息系统账号。",
    "监控录像保存期限不少于九十天，监控室实行二十四小时值班，值班人员每两小时巡查一次。",
    "发生突发事件时，应急小组应立即启动应急预案，并在规定时间内向海关报告。",
    "车辆进出厂区须接受门卫检查，登记车牌号码、司机姓名及进出时间，货车停放于指定区域。",
    "危险品和敏感货物应单独存放，仓库实行双人双锁管理，出入库记录完整可追溯。",
    "财务部门按月编制会计报表，年度财务报告经会计师事务所审计，资产负债率符合规定。",
]
HEADINGS = ["总则", "组织机构与职责", "内部审计", "培训管理", "单证控制", "信息系统", "场所安全",
            "人员安全", "商业伙伴安全", "货物安全", "集装箱安全", "运输工具安全", "危机管理", "附则"]
CN = "零一二三四五六七八九十"


def cn_number(n: int) -> str:
    if n <= 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def policy_docx(path: Path, rng: random.Random, chapters: int, paragraphs: int, table_rows: int) -> None:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "示例进出口有限公司 受控文件"
    d.add_heading(f"示例进出口有限公司{rng.choice(HEADINGS)}管理制度", 0)
    article = 0
    for c in range(1, chapters + 1):
        d.add_heading(f"第{cn_number(c)}章 {HEADINGS[(c - 1) % len(HEADINGS)]}", 1)
        for _ in range(paragraphs):
            article += 1
            body = "".join(rng.sample(SENTENCES, rng.randint(2, 4)))
            d.add_paragraph(f"第{cn_number(article) if article < 100 else article}条 {body}")
        table = d.add_table(rows=table_rows, cols=4)
        table.style = "Table Grid"
        for r in range(table_rows):
            values = ["日期", "检查人", "项目", "结果"] if r == 0 else [
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(["张三", "李四", "王五"]),
                rng.choice(["封条", "监控", "门禁", "车辆"]), rng.choice(["正常", "已整改"])]
            for k, v in enumerate(values):
                table.cell(r, k).text = v
    d.save(str(path))


def log_xlsx(path: Path, rng: random.Random, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "登记表"
    ws.append([f"{path.stem}"])
    ws.append(["日期", "来访人员", "证件号码", "来访事由", "陪同人", "离开时间"])
    for _ in range(rows):
        ws.append([dt.datetime(2025, rng.randint(1, 12), rng.randint(1, 28)), rng.choice(["张三", "李四", "赵六"]),
                   f"3101{rng.randint(10**9, 10**10 - 1)}", rng.choice(["设备检修", "审计", "送货"]),
                   rng.choice(["王五", "孙七"]), f"{rng.randint(9, 17)}:{rng.randint(0, 59):02d}"])
    wb.save(str(path))


def scan_png(path: Path, rng: random.Random) -> None:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 42, index=2)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((300, 250), "内部审计报告签字页", font=font, fill=0)
    y = 400
    for _ in range(18):
        text = rng.choice(SENTENCES)
        for start in range(0, len(text), 40):
            draw.text((300, y), text[start:start + 40], font=font, fill=0)
            y += 80
        if y > 3200:
            break
    draw.text((1500, 3300), "审核人：张三  2025年12月30日", font=font, fill=0)
    image.rotate(rng.uniform(-0.6, 0.6), fillcolor=255).save(path, dpi=(300, 300))


def handbook_docx(path: Path, rng: random.Random, policies: int) -> None:
    """A compiled handbook (《管理制度汇编》): cover, contents with dot leaders, a running header and
    page numbers, then ``policies`` policies, each a title, chapters and articles."""
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "示例进出口有限公司管理制度汇编"
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    section.footer.paragraphs[0]._p.append(field)
    d.add_paragraph("示例进出口有限公司管理制度汇编")
    d.add_page_break()
    d.add_paragraph("目  录")
    names = [f"{HEADINGS[k % len(HEADINGS)]}管理制度" for k in range(policies)]
    for k, name in enumerate(names):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{name}\t{3 + 8 * k}")
    for name in names:
        d.add_page_break()
        d.add_paragraph(name)
        article = 0
        for c in range(1, 5):
            d.add_paragraph(f"第{cn_number(c)}章 {rng.choice(HEADINGS)}")
            for _ in range(6):
                article += 1
                d.add_paragraph(f"第{cn_number(article)}条 " + "".join(rng.sample(SENTENCES, rng.randint(2, 5))))
        d.add_paragraph("装柜前检查以下部位：")
        for part in ("前门", "左侧面", "右侧面", "地板", "顶部", "内外门", "外部起落架"):
            d.add_paragraph(part, style="List Bullet")
    d.save(str(path))


def table_scan_png(path: Path, rng: random.Random, rows: int) -> None:
    """A scanned A4 log table (300 dpi, ruled, one row per visit), fed sideways and slightly skewed."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 40, index=2)
    widths = (420, 360, 520, 420, 360)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((200, 150), "外来人员来访登记表", font=font, fill=0)
    header = ["日期", "来访人员", "证件号码", "来访事由", "陪同人"]
    for r in range(rows + 1):
        values = header if r == 0 else [
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(["张三", "李四", "赵六"]),
            f"3101{rng.randint(10**9, 10**10 - 1)}", rng.choice(["设备检修", "审计", "送货"]), rng.choice(["王五", "孙七"])]
        x, y = 200, 300 + r * 100
        for c, value in enumerate(values):
            draw.rectangle([x, y, x + widths[c], y + 100], outline=0, width=3)
            draw.text((x + 20, y + 28), value, font=font, fill=0)
            x += widths[c]
    image.rotate(90 + rng.uniform(-0.6, 0.6), expand=True, fillcolor=255).save(path, dpi=(300, 300))


def generate(workers: int) -> None:
    """Write the bundle (skipped when it exists)."""
    if BUNDLE.exists():
        return
    rng = random.Random(177)
    folders = {name: BUNDLE / name for name in ("pdf", "docx", "xlsx", "scans", "handbook", "table_scans")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for n in range(10):
            source = Path(tmp) / f"{n + 1:02d} 管理制度汇编.docx"
            policy_docx(source, rng, chapters=14, paragraphs=32, table_rows=8)
            sources.append(source)
        _soffice_pdf(sources, folders["pdf"])
    for n in range(50):
        policy_docx(folders["docx"] / f"{n + 1:02d} 制度.docx", rng, chapters=3, paragraphs=5, table_rows=6)
    for n in range(20):
        log_xlsx(folders["xlsx"] / f"{n + 1:02d} 来访登记.xlsx", rng, rows=200)
    for n in range(10):
        scan_png(folders["scans"] / f"签字页{n + 1:02d}.png", rng)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "管理制度汇编.docx"
        handbook_docx(source, rng, policies=12)
        _soffice_pdf([source], folders["handbook"])
    for n in range(2):
        table_scan_png(folders["table_scans"] / f"来访登记扫描{n + 1:02d}.png", rng, rows=24)


def _soffice_pdf(sources: list[Path], out: Path) -> None:
    program = shutil.which("soffice")
    if program is None:
        sys.exit("bench: LibreOffice (soffice) is needed to export DOCX to PDF")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out), *map(str, sources)],
                       check=True, capture_output=True, timeout=1800)


def pdf_pages(folder: Path) -> int:
    import pypdfium2 as pdfium

    return sum(len(pdfium.PdfDocument(str(p))) for p in sorted(folder.glob("*.pdf")))


def _raw_text(path: str) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    for page in doc:
        page.get_textpage().get_text_range()
    return len(doc)


def floor(folder: Path, workers: int) -> dict[str, float]:
    """Raw pypdfium2 text extraction of the same PDFs: 1 process and ``workers`` processes."""
    files = [str(p) for p in sorted(folder.glob("*.pdf"))]
    start = time.perf_counter()
    pages = sum(_raw_text(f) for f in files)
    single = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_raw_text, files))
    parallel = time.perf_counter() - start
    return {"pages": pages, "pages_per_s_1proc": pages / single, f"pages_per_s_{workers}proc": pages / parallel}


def run(folder: Path, workers: int, *, cold: bool = True) -> dict:
    from evidence_checker.ingest import ingest_bundle

    out = OUT / "runs" / folder.name
    if cold and out.exists():
        shutil.rmtree(out)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    result = ingest_bundle(folder, out_dir=out, workers=workers, timeout=600)
    seconds = time.perf_counter() - start
    unread = [(f.path, f.error) for f in result.unread]
    return {
        "seconds": seconds,
        "files": len(result.files),
        "pages": sum(f.pages or 0 for f in result.files),
        "passages": len(result.passages),
        "files_read": result.stats.files_read,
        "stages": result.stats.stage_seconds,
        "unread": unread,
        "load_before": load,
        "load_after": os.getloadavg()[0],
    }


def machine() -> dict[str, str]:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"nproc": str(os.cpu_count()), "cpu": model, "python": platform.python_version(),
            "os": platform.platform()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--regen", action="store_true", help="generate the bundle again")
    parser.add_argument("--no-scans", action="store_true", help="skip the OCR-bound scans (quick look)")
    args = parser.parse_args()
    if args.regen and BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    t0 = time.perf_counter()
    generate(args.workers)
    print(f"bundle ready in {time.perf_counter() - t0:.1f} s: {BUNDLE}", file=sys.stderr)
    pages = pdf_pages(BUNDLE / "pdf")
    assert pages >= MIN_PDF_PAGES, f"only {pages} PDF pages"

    results: dict = {"machine": machine(), "workers": args.workers, "pdf_pages": pages}
    results["floor_pdf"] = floor(BUNDLE / "pdf", args.workers)
    names = ("pdf", "docx", "xlsx", "handbook") if args.no_scans else (
        "pdf", "docx", "xlsx", "handbook", "scans", "table_scans")
    for name in names:
        results[name] = run(BUNDLE / name, args.workers)
        print(f"{name}: {results[name]['seconds']:.1f} s", file=sys.stderr)
    results["bundle_cold"] = run(BUNDLE, args.workers)
    results["bundle_rerun"] = run(BUNDLE, args.workers, cold=False)
    results["peak_rss_mb"] = {
        "parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "largest_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    (OUT / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(report(results))


def report(r: dict) -> str:
    """The results as Markdown (pasted into bench/README-ingest.md)."""
    rows = []
    for name, unit in (("pdf", "pages"), ("docx", "files"), ("xlsx", "files"), ("handbook", "pages"),
                       ("scans", "pages"), ("table_scans", "pages")):
        if name not in r:
            continue
        x = r[name]
        amount = x["pages"] if unit == "pages" else x["files"]
        rows.append(f"| {name} | {x['files']} | {x['pages']} | {x['passages']} | {x['seconds']:.1f} | "
                    f"{amount / x['seconds']:.1f} {unit}/s | {x['passages'] / x['seconds']:.0f} | "
                    f"{x['load_before']:.1f} → {x['load_after']:.1f} |")
    cold, rerun = r["bundle_cold"], r["bundle_rerun"]
    stages = {k: v for k, v in cold["stages"].items() if not k.startswith("bundle.")}
    total = sum(stages.values())
    shares = " · ".join(f"{k} {100 * v / total:.0f}%" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))
    f = r["floor_pdf"]
    parallel_floor = f[f"pages_per_s_{r['workers']}proc"]
    lines = [
        f"Machine: {r['machine']['nproc']} CPUs, {r['machine']['cpu']}, Python {r['machine']['python']}; "
        f"workers = {r['workers']}.",
        "",
        "| format | files | pages | passages | seconds (cold) | throughput | passages/s | load avg |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"- Whole bundle cold: {cold['files']} files, {cold['passages']} passages in {cold['seconds']:.1f} s "
        f"(load {cold['load_before']:.1f}); "
        f"re-run (unchanged, cache): {rerun['seconds']:.2f} s, files read again: {rerun['files_read']}.",
        f"- Floor, raw pypdfium2 text of the same {f['pages']} PDF pages: {f['pages_per_s_1proc']:.0f} pages/s "
        f"(1 process), {parallel_floor:.0f} pages/s ({r['workers']} processes).",
        f"- Share of worker time per stage (cold bundle): {shares}.",
        f"- Peak RSS: parent {r['peak_rss_mb']['parent']:.0f} MB, largest worker "
        f"{r['peak_rss_mb']['largest_worker']:.0f} MB.",
    ]
    unread = cold["unread"]
    if unread:
        lines.append(f"- Unread: {unread}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
