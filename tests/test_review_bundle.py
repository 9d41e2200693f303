"""A small real bundle (DOCX, text PDF with Chinese, XLSX) and a run folder for it, for the review tests.

The run folder is written with the project's own writers (``results.write_json`` …) from the
passages the real ingestion stage reads from the bundle (``ingest_bundle``); the hand-made passages
of :func:`build_bundle` (same ids, locators and PDF boxes ``[x0, top, x1, bottom]`` in points from
the page's top-left corner) are used only when the ingestion stage cannot be imported.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen import canvas

from evidence_checker.catalog import load_standard
from evidence_checker.results import (EVIDENCE, PASSAGES, PROPOSALS, RUN, EvidenceHit, Proposal, write_evidence,
                                      write_json, write_proposals)

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
XSS = "<script>alert('xss')</script>单证复核制度"

DOCX_TRAINING = [
    "关务培训管理制度",
    "第一条 为加强海关法律法规培训，公司建立内部培训制度。",
    "第二条 公司每年组织海关法律法规培训2次以上，关务人员须参加。",
    "第三条 培训记录由关务部保存。",
]
PDF_PAGES = [
    ["2026年度海关法律法规培训记录", "培训时间：2026年3月15日，参加人员：关务部全体"],
    ["内部审计报告", "公司对进出口活动开展内部审计，审计结论：有效落实。"],
]


def pid(path: str, locator: str, text: str) -> str:
    """The ingestion stage's passage id (``ingest.passage.passage_id``)."""
    return hashlib.sha1("\x1f".join((path, locator, text)).encode("utf-8")).hexdigest()[:16]


def passage(path: str, locator: str, text: str, page: int | None = None, bbox=None) -> dict:
    return {"id": pid(path, locator, text), "path": path, "page": page, "locator": locator, "text": text,
            **({"bbox": bbox} if bbox else {})}


def _cjk_font() -> str:
    """Noto Sans CJK when reportlab can embed it; its CFF outlines are refused, so then the standard
    Adobe-GB1 font STSong-Light (text still extracts as Unicode, pdfium renders it)."""
    try:
        pdfmetrics.registerFont(TTFont("NotoCJK", FONT, subfontIndex=0))
        return "NotoCJK"
    except (TTFError, OSError):
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light"


def build_bundle(root: Path, *, training_extra: str = "") -> list[dict]:
    """Write the bundle under ``root``; returns its passages in reading order."""
    out: list[dict] = []
    (root / "制度").mkdir(parents=True, exist_ok=True)
    doc = Document()
    paras = DOCX_TRAINING + ([training_extra] if training_extra else [])
    for t in paras:
        doc.add_paragraph(t)
    doc.save(root / "制度" / "关务培训制度.docx")
    out += [passage("制度/关务培训制度.docx", f"¶{i + 1}", t) for i, t in enumerate(paras)]

    doc = Document()
    doc.add_paragraph("进出口单证复核制度")
    doc.add_paragraph(XSS)
    doc.save(root / "制度" / "单证复核制度.docx")
    out += [passage("制度/单证复核制度.docx", "¶1", "进出口单证复核制度"),
            passage("制度/单证复核制度.docx", "¶2", XSS)]

    (root / "记录").mkdir(exist_ok=True)
    font = _cjk_font()
    c = canvas.Canvas(str(root / "记录" / "培训与审计记录.pdf"), pagesize=A4)
    width, height = A4
    for n, lines in enumerate(PDF_PAGES, 1):
        for k, line in enumerate(lines):
            size, x, baseline = 12, 72, height - 100 - 30 * k
            c.setFont(font, size)
            c.drawString(x, baseline, line)
            w = pdfmetrics.stringWidth(line, font, size)
            top = height - baseline - size
            out.append(passage("记录/培训与审计记录.pdf", f"p{n} ¶{k + 1}", line, page=n,
                               bbox=[x, round(top, 2), round(x + w, 2), round(top + size * 1.3, 2)]))
        c.showPage()
    c.save()

    (root / "财务").mkdir(exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "资产负债表"
    rows = [("项目", "期末余额"), ("资产总计", 1200000), ("负债合计", 480000)]
    for r in rows:
        ws.append(list(r))
    wb.save(root / "财务" / "财务报表.xlsx")
    out += [passage("财务/财务报表.xlsx", f"资产负债表!A{i + 1}:B{i + 1}", f"{a} {b}", page=1)
            for i, (a, b) in enumerate(rows)]
    return out


def _hit(p: dict, score: float, terms: list[str]) -> EvidenceHit:
    return EvidenceHit(passage_id=p["id"], path=p["path"], page=p["page"], locator=p["locator"], text=p["text"],
                       score=score, why={"terms": terms, "fuzzy": 80.0, "name": 0.0, "kind": "policy"})


_READ: dict[str, list[dict]] = {}


def read_passages(bundle: Path, fallback: list[dict]) -> list[dict]:
    """The bundle's passages as the ingestion stage reads them (``fallback`` when it is not importable).

    Memoised on the written content (the hand-made passages describe it exactly), since every
    test writes the same few bundles into its own folder and paths are bundle-relative.
    """
    try:
        from evidence_checker.ingest import ingest_bundle
    except ImportError:
        return fallback
    key = json.dumps(fallback, ensure_ascii=False, sort_keys=True)
    if key not in _READ:
        result = ingest_bundle(bundle, workers=1, use_cache=False)
        _READ[key] = [p.to_json() for p in result.passages]
    return [dict(p) for p in _READ[key]]


def write_run(bundle: Path, out: Path, passages: list[dict]) -> Path:
    """A run folder for ``bundle`` as ``check`` writes it; every rated unit gets a proposal."""
    passages = read_passages(bundle, passages)
    by_text = {p["text"]: p for p in passages}
    by_loc = {(p["path"], p["locator"]): p for p in passages}
    pdf = [p for p in passages if p["path"].endswith(".pdf")]
    train = [p for p in passages if "培训" in p["text"] and p["path"].endswith(".docx")]
    evidence = {
        "common.1.1": [_hit(p, 0.9 - i / 10, ["培训", "海关法律法规"]) for i, p in enumerate(train)] + [
            _hit(pdf[0], 0.7, ["培训"])],
        "common.3": [_hit(by_text[XSS], 0.8, ["复核", "script"])],
        "common.6.1": [_hit(pdf[2], 0.85, ["内部审计"]), _hit(pdf[3], 0.8, ["内部审计", "有效落实"])],
        "common.12": [_hit(by_loc[("财务/财务报表.xlsx", "资产负债表!A2:B2")], 0.6, ["资产"])],
    }
    a = load_standard().assessment("advanced", "importer")
    proposals = {}
    for item, unit in a.rated_units():
        if unit.id == "common.1.2":
            proposals[unit.id] = Proposal(unit.id, None, "needs_review", 0.3, ("未找到高级管理人员培训记录",),
                                          suggested="basically_compliant")
        else:
            hits = evidence.get(unit.id, [])
            proposals[unit.id] = Proposal(unit.id, "compliant", "proposed", 0.8 if hits else 0.5,
                                          ("找到制度与记录",) if hits else ("未发现不符合的情形",),
                                          evidence=tuple(h.passage_id for h in hits))
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / RUN, {"bundle": str(bundle), "edition": "2018-177", "level": "advanced",
                           "business_type": "importer", "as_of": "2026-11-01",
                           "profile": {"enterprise": "示例进出口有限公司"}})
    with (out / PASSAGES).open("w", encoding="utf-8") as fh:
        for p in passages:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    write_evidence(out / EVIDENCE, evidence)
    write_proposals(out / PROPOSALS, edition="2018-177", level="advanced", business_type="importer",
                    as_of="2026-11-01", proposals=proposals, items={})
    return out


def make_run(tmp_path: Path, **kw) -> tuple[Path, Path]:
    """(bundle, out_dir) of a fresh bundle and its run folder under ``tmp_path``."""
    bundle = tmp_path / "bundle"
    passages = build_bundle(bundle, **kw)
    out = write_run(bundle, bundle / ".evidence-checker", passages)
    return bundle, out


def test_bundle_is_real(tmp_path):
    """The fixture's PDF has extractable Chinese text where its passages say it is."""
    bundle, out = make_run(tmp_path)
    pdf = pdfium.PdfDocument(bundle / "记录" / "培训与审计记录.pdf")
    assert len(pdf) == 2
    assert "内部审计报告" in pdf[1].get_textpage().get_text_range()
    lines = (out / PASSAGES).read_text(encoding="utf-8").splitlines()
    assert any("<script>" in json.loads(line)["text"] for line in lines)
