"""A small real bundle and the results folder of a run over it, for the report tests.

The bundle holds real files (a DOCX policy manual, the same manual as a text PDF, an
XLSX training sign-in sheet, a PDF audit report, a cut-off PDF that cannot be read); passages are read
back from the files themselves (python-docx, openpyxl, pdfplumber), so every evidence pointer names a
real file, page and text. The results are written with ``results.write_*`` and ``score()``, the way
``check`` writes them. Until ``check`` and the generated corpora exist, this stands in for a run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from evidence_checker.catalog import load_standard
from evidence_checker.profile import profile_from_dict
from evidence_checker.results import (EVIDENCE, INVENTORY, PASSAGES, PROPOSALS, RUN, SCORE, EvidenceHit,
                                      Proposal, write_evidence, write_json, write_proposals)
from evidence_checker.score import score

ENTERPRISE = "示例进出口有限公司"
MANUAL = "01 制度/AEO贸易安全管理制度汇编.pdf"
MANUAL_DOCX = "01 制度/AEO贸易安全管理制度汇编.docx"
SIGNIN = "02 培训/2026年海关法律法规培训签到表.xlsx"
AUDIT = "03 内审/2026年度AEO内部审计报告.pdf"
BROKEN = "06 扫描件/视频监控截图.pdf"
SECTIONS_PER_PAGE = 5

# the demo's story: one -2, four -1 in internal control + trade security, two units left to a person
RATINGS = {
    "importer.13.2": ("non_compliant", "未见封条管理制度和封条登记台账。", ("封条（ISO 17712）施加和检验的书面制度", "封条专人管理登记台账")),
    "common.1.2": ("basically_compliant", "2026年签到表显示法定代表人仅参加1次培训，标准要求每年2次以上。", ()),
    "common.24.3": ("basically_compliant", "访客登记表未记录身份证件查验情况。", ("访客登记时查验带照片身份证件的记录",)),
    "importer.10.4": ("basically_compliant", "视频监控截图无法读取，未能核实监控覆盖范围。", ()),
    "importer.12.1": ("basically_compliant", "收货核对记录缺少核对人签字。", ()),
}
NEEDS_REVIEW = {"common.13": ("compliant", "经审计的资产负债表、利润表（计算资产负债率等比率）"),
                "common.8.2": (None, "法定代表人或关务高管组织实施整改的记录")}


def pid(path: str, locator: str, text: str) -> str:
    return hashlib.sha1(f"{path}|{locator}|{text}".encode()).hexdigest()[:16]


def _pdf(path: Path, pages: list[list[str]], title: str) -> None:
    """A text PDF, one list of paragraphs per page. reportlab cannot embed the Noto CJK fonts (CFF
    outlines), so the text uses Adobe's STSong-Light CID font, which text extraction maps to Unicode."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK", spaceAfter=8)
    head = ParagraphStyle("h", parent=style, fontSize=15, leading=22, spaceAfter=12)
    flow = [Paragraph(title, head)]
    for n, paras in enumerate(pages):
        if n:
            flow.append(PageBreak())
        flow += [Paragraph(p, style) for p in paras]
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(flow)


def _pdf_passages(bundle: Path, rel: str) -> list[dict]:
    """Passages of a text PDF read back with pdfplumber: one per paragraph (line runs joined)."""
    import pdfplumber

    out = []
    with pdfplumber.open(bundle / rel) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            paras, cur = [], ""
            for line in text.splitlines():
                line = line.strip()
                if line.startswith(("【", "第")) and cur:
                    paras.append(cur)
                    cur = ""
                cur += line
            if cur:
                paras.append(cur)
            for i, para in enumerate(paras):
                out.append({"path": rel, "page": pno, "locator": f"p{pno}:{i}", "text": para})
    return out


def build_bundle(root: Path, *, level: str = "advanced", business_type: str = "importer") -> tuple[Path, Path]:
    """Write the bundle under ``root/bundle`` and a run's results in ``bundle/.evidence-checker``;
    returns (bundle, out_dir)."""
    import docx
    import openpyxl

    std = load_standard("2018-177")
    a = std.assessment(level, business_type)
    bundle = root / "bundle"
    out = bundle / ".evidence-checker"
    as_of = dt.date(2026, 11, 1)

    # the policy manual: one section per scored item, quoting what the enterprise does
    sections = []
    for item in a.scored_items:
        body = "；".join(u.text.rstrip("。") for u in item.rated_units)
        sections.append((item, f"【{item.title}】第{item.number}条 本公司{body}。"))
    d = docx.Document()
    d.add_heading("AEO贸易安全管理制度汇编", level=1)
    for _, text in sections:
        d.add_paragraph(text)
    (bundle / MANUAL_DOCX).parent.mkdir(parents=True, exist_ok=True)
    d.save(bundle / MANUAL_DOCX)
    pages = [[s for _, s in sections[i:i + SECTIONS_PER_PAGE]] for i in range(0, len(sections), SECTIONS_PER_PAGE)]
    _pdf(bundle / MANUAL, pages, "AEO贸易安全管理制度汇编（2026版）")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "签到表"
    ws.append(["日期", "培训主题", "参训人", "职务", "签名"])
    rows = [("2026-03-12", "海关法律法规培训（第一期）", "王海", "法定代表人", "王海"),
            ("2026-03-12", "海关法律法规培训（第一期）", "李关", "关务负责人", "李关"),
            ("2026-09-20", "海关法律法规培训（第二期）", "李关", "关务负责人", "李关")]
    for r in rows:
        ws.append(list(r))
    (bundle / SIGNIN).parent.mkdir(parents=True, exist_ok=True)
    wb.save(bundle / SIGNIN)

    _pdf(bundle / AUDIT, [["第一部分 审计范围：2026年1月至10月进出口活动，依据内部审计程序实施。",
                           "第二部分 发现问题：封条管理未建立台账；访客登记未查验证件。"],
                          ["第三部分 整改跟踪：关务负责人李关签字确认整改计划，限期2026年12月完成。"]],
         "2026年度AEO内部审计报告")
    (bundle / BROKEN).parent.mkdir(parents=True, exist_ok=True)
    (bundle / BROKEN).write_bytes((bundle / AUDIT).read_bytes()[:400])

    # passages, read back from the files
    passages = _pdf_passages(bundle, MANUAL) + _pdf_passages(bundle, AUDIT)
    for i, p in enumerate(docx.Document(bundle / MANUAL_DOCX).paragraphs):
        if p.text.strip():
            passages.append({"path": MANUAL_DOCX, "page": None, "locator": f"para{i}", "text": p.text})
    for r, row in enumerate(openpyxl.load_workbook(bundle / SIGNIN).active.iter_rows(values_only=True), 1):
        passages.append({"path": SIGNIN, "page": 1, "locator": f"签到表!A{r}:E{r}",
                         "text": " ".join(str(v) for v in row)})
    for p in passages:
        p["id"] = pid(p["path"], p["locator"], p["text"])

    def section_passage(item) -> dict:
        return next(p for p in passages if p["path"] == MANUAL and p["text"].startswith(f"【{item.title}】"))

    signin = [p for p in passages if p["path"] == SIGNIN]
    audit = [p for p in passages if p["path"] == AUDIT]
    profile = profile_from_dict({"enterprise": ENTERPRISE, "level": level, "business_type": business_type,
                                 "as_of": as_of.isoformat()}, standard=std)

    evidence: dict[str, list[EvidenceHit]] = {}
    proposals: dict[str, Proposal] = {}
    for item, unit in a.rated_units():
        sec = section_passage(item)
        hits = [EvidenceHit(sec["id"], sec["path"], sec["page"], sec["locator"], sec["text"], 0.82,
                            {"kind": "policy", "terms": [item.title]})]
        if item.title == "海关业务培训":
            hits += [EvidenceHit(p["id"], p["path"], p["page"], p["locator"], p["text"], 0.7, {"kind": "record"})
                     for p in signin[1:]]
        if item.title == "内审制度":
            hits += [EvidenceHit(p["id"], p["path"], p["page"], p["locator"], p["text"], 0.75, {"kind": "record"})
                     for p in audit]
        evidence[unit.id] = hits
        ids = tuple(h.passage_id for h in hits)
        if not profile.applies(unit, item):
            proposals[unit.id] = Proposal(unit.id, "not_applicable", "proposed", 0.95,
                                          ("依企业概况不适用。",), ())
        elif unit.id in RATINGS:
            rating, reason, missing = RATINGS[unit.id]
            facts = ({"threshold": "training_min_per_year", "required": 2, "found": 1},
                     {"dates_in_window": ["2026-03-12"]}) if unit.id == "common.1.2" else ()
            proposals[unit.id] = Proposal(unit.id, rating, "proposed", 0.7, (reason,), ids, missing, facts)
        elif unit.id in NEEDS_REVIEW:
            suggested, missing = NEEDS_REVIEW[unit.id]
            proposals[unit.id] = Proposal(unit.id, None, "needs_review", 0.3, ("材料不足以判断，须人工核实。",), ids,
                                          (missing,), (), suggested)
        else:
            proposals[unit.id] = Proposal(unit.id, "compliant", "proposed", 0.85,
                                          (f"制度汇编第{item.number}条规定了本项要求。",), ids)

    ratings = {u: p.rating for u, p in proposals.items() if p.rating is not None}
    result = score(a, ratings)
    write_json(out / RUN, {"bundle": str(bundle), "edition": "2018-177", "level": level,
                           "business_type": business_type, "as_of": as_of.isoformat(), "enterprise": ENTERPRISE,
                           "profile": profile.to_json()})
    inventory = [{"path": MANUAL, "format": "pdf", "status": "ok", "pages": len(pages), "passages": 0, "error": ""},
                 {"path": MANUAL_DOCX, "format": "docx", "status": "ok", "pages": None, "passages": 0, "error": ""},
                 {"path": SIGNIN, "format": "xlsx", "status": "ok", "pages": 1, "passages": 0, "error": ""},
                 {"path": AUDIT, "format": "pdf", "status": "ok", "pages": 2, "passages": 0, "error": ""},
                 {"path": BROKEN, "format": "pdf", "status": "failed", "pages": 0, "passages": 0,
                  "error": "PDF文件不完整或已损坏，无法打开"}]
    for f in inventory:
        f["passages"] = sum(1 for p in passages if p["path"] == f["path"])
    write_json(out / INVENTORY, inventory)
    with (out / PASSAGES).open("w", encoding="utf-8") as fh:
        import json
        for p in passages:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    write_evidence(out / EVIDENCE, evidence)
    write_proposals(out / PROPOSALS, edition="2018-177", level=level, business_type=business_type,
                    as_of=as_of.isoformat(), proposals=proposals,
                    items={r.id: {"rating": r.rating, "score": r.score} for r in result.items})
    write_json(out / SCORE, result.to_json())
    return bundle, out


def test_bundle_files_are_real(tmp_path):
    """The stand-in run is real: its files open, and every evidence pointer's text is on its page."""
    import pdfplumber

    from evidence_checker.results import load_results

    bundle, out = build_bundle(tmp_path)
    res = load_results(out)
    assert res.score["total"] < 95 and not res.score["passed"]
    with pdfplumber.open(bundle / MANUAL) as pdf:
        page_text = {n: "".join((pg.extract_text() or "").split()) for n, pg in enumerate(pdf.pages, 1)}
    hits = [h for hs in res.evidence.values() for h in hs if h.path == MANUAL]
    assert hits
    for h in hits:
        assert "".join(h.text.split())[:30] in page_text[h.page]
    with pytest.raises(Exception):
        pdfplumber.open(bundle / BROKEN).pages[0].extract_text()
