"""Matching on a small real bundle: the right file and page first, traditional and full-width text,
the irrelevant document never returned, and ``why`` naming the terms that matched."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from evidence_checker.catalog import load_standard
from evidence_checker.ingest import ingest_bundle
from evidence_checker.match import MatchSettings, build_index, match_passages


def _docx(path: Path, title: str, paragraphs: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Document()
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    doc.save(path)


def _pdf(path: Path, pages: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        c.setFont("STSong-Light", 12)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 24
        c.showPage()
    c.save()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bundle")
    _docx(root / "24 进入安全" / "门卫及来访人员管理制度.docx", "门卫及来访人员管理制度", [
        "第一条　为加强厂区出入管理，制定本制度。",
        "第三条　来访人员到达门卫室后，保安须查验其身份证等带照片的有效证件，在《来访人员登记表》登记姓名、单位、证件号码。",
        "第四条　来访人员须佩戴临时访客证，进入仓库等敏感区域须由被访部门人员全程陪同。",
        "第五条　来访车辆登记车牌号后停放在访客停车区。",
    ])
    _pdf(root / "信息系统" / "信息系统及数据管理制度.pdf", [
        ["信息系统及数据管理制度", "第一章 总则", "第一条 为规范ERP系统的使用，制定本制度。"],
        ["第二章 数据管理", "第五条 报关数据自海关手续办结之日起在系统中保存五年以上。",
         "第六条 数据每日增量备份，每月全量备份，备份介质异地存放。"],
    ])
    letter = root / "伙伴函件" / "供應商安全聲明.txt"
    letter.parent.mkdir(parents=True, exist_ok=True)
    letter.write_text("供應鏈安全聲明\n本公司所有出口貨櫃於裝貨前由專人執行７點檢查（前壁、左側、右側、地板、頂部、內外門、"
                      "外部及起落架），並施加符合ＩＳＯ１７７１２標準之高安全封條，封條號碼登記於台帳。\n", encoding="utf-8")
    wb = Workbook()
    ws = wb.active
    ws.title = "10月"
    ws.append(["日期", "早餐", "午餐", "晚餐"])
    for day in range(1, 20):
        ws.append([f"2026-10-{day:02d}", "包子、豆浆", "红烧肉、青菜、米饭", "面条"])
    (root / "行政").mkdir()
    wb.save(root / "行政" / "食堂菜单2026年10月.xlsx")
    return root


@pytest.fixture(scope="module")
def evidence(bundle, tmp_path_factory):
    result = ingest_bundle(bundle, out_dir=tmp_path_factory.mktemp("out"), workers=0)
    assessment = load_standard("2018-177").assessment("advanced", "importer")
    return match_passages(result.passages, assessment), result


def test_visitor_registration_finds_the_visitor_policy_first(evidence):
    ev, _ = evidence
    hits = ev["common.24.3"]
    assert hits, "no evidence for visitor registration"
    assert hits[0].path == "24 进入安全/门卫及来访人员管理制度.docx"
    assert hits[0].why["terms"], "why must name the matched terms"
    assert hits[0].why["kind"] == "policy"


def test_data_retention_points_to_the_right_pdf_page(evidence):
    ev, _ = evidence
    hits = ev["common.10"]
    assert hits[0].path == "信息系统/信息系统及数据管理制度.pdf"
    first_on_page_2 = next(h for h in hits if h.path.endswith(".pdf") and "保存五年" in h.text)
    assert first_on_page_2.page == 2


def test_traditional_and_fullwidth_text_matches_container_inspection(evidence):
    ev, _ = evidence
    inspection = ev["importer.13.1"]
    assert inspection and inspection[0].path == "伙伴函件/供應商安全聲明.txt"
    # the reason is given in the normalised (simplified, half-width) terms of the lexicon
    assert any("7点检查" in t or "七点检查" in t for t in inspection[0].why["terms"])
    seals = ev["importer.13.2"]
    assert any(h.path == "伙伴函件/供應商安全聲明.txt" for h in seals[:5])
    # the original text is kept for display
    assert "貨櫃" in inspection[0].text


def test_the_canteen_menu_is_never_evidence(evidence):
    ev, _ = evidence
    for uid, hits in ev.items():
        assert all("食堂菜单" not in h.path for h in hits[:5]), uid


def test_every_hit_explains_itself_and_scores_are_sorted(evidence):
    ev, _ = evidence
    for uid, hits in ev.items():
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True), uid
        for h in hits:
            assert set(h.why) >= {"terms", "fuzzy", "name", "kind", "parts"}
            assert h.why["terms"] or h.why["name"] > 0, uid


def test_duplicate_passages_in_two_files_are_collapsed(tmp_path):
    text = ["第三条　来访人员须在门卫处登记并出示身份证件，佩戴临时访客证，由被访人员陪同进入。"]
    _docx(tmp_path / "制度" / "访客管理制度.docx", "访客管理制度", text)
    _docx(tmp_path / "旧版" / "访客管理制度（副本）.docx", "访客管理制度", text)
    result = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0)
    assessment = load_standard("2018-177").assessment("advanced", "importer")
    hits = match_passages(result.passages, assessment)["common.24.3"]
    clause = [h for h in hits if "来访人员须在门卫处" in h.text]
    assert len(clause) == 1
    assert clause[0].why.get("duplicates"), "the copy must be listed, not dropped silently"


def test_index_is_reusable_and_results_are_deterministic(evidence):
    _, result = evidence
    assessment = load_standard("2018-177").assessment("advanced", "importer")
    index = build_index(result.passages)
    a = match_passages(result.passages, assessment, index=index)
    b = match_passages([p.to_json() for p in result.passages], assessment)
    assert {k: [h.passage_id for h in v] for k, v in a.items()} == {k: [h.passage_id for h in v] for k, v in b.items()}


def test_settings_come_from_the_models_file():
    s = MatchSettings.load()
    assert s.top_k >= 5 and 0 < s.min_score < 1


def test_a_sheet_named_after_the_unit_brings_its_rows(tmp_path):
    """A log kept as one sheet of a workbook with a neutral name (台账汇总.xlsx, sheet 来访登记): its
    rows seldom repeat what they record, the sheet's name says it; the other sheets get no share."""
    wb = Workbook()
    visits = wb.active
    visits.title = "来访登记"
    visits.append(["日期", "姓名", "单位", "证件号后四位", "陪同人"])
    for day in range(3, 9):
        visits.append([f"2026-03-{day:02d}", f"客人{day}", "宁波某公司", f"{1000 + day}", "刘芳"])
    menu = wb.create_sheet("食堂")
    menu.append(["日期", "午餐"])
    menu.append(["2026-03-03", "红烧肉"])
    wb.save(tmp_path / "台账汇总.xlsx")
    result = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0)
    assessment = load_standard("2018-177").assessment("advanced", "importer")
    hits = match_passages(result.passages, assessment)["common.24.3"]
    rows = [h for h in hits if h.locator and h.locator.startswith("来访登记!")]
    assert rows, [h.locator for h in hits]
    assert all(h.why["sheet_name"] > 0 and h.why["name"] == 0 for h in rows)
    assert not any(h.locator and h.locator.startswith("食堂!") for h in hits)


def test_a_table_is_named_by_its_caption_and_heading(tmp_path):
    """A training log kept as a table inside a handbook: its rows (2026-01-15 | 归类与申报要素 | …) never say
    what they record; the caption above the table (海关业务培训记录) does, as a sheet's name does for a
    sheet's rows. A blank form's table under its caption (应急演练记录表) gets no such share."""
    doc = Document()
    doc.add_heading("第二章 人员管理", level=1)
    doc.add_paragraph("第五条 人事行政部负责员工入职、调岗与离职手续。")
    doc.add_paragraph("海关业务培训记录（2025—2026）")
    rows = [["日期", "主题", "对象", "主讲", "人数"],
            ["2025-06-18", "归类与申报要素", "关务部", "刘婷", "26"],
            ["2026-01-15", "原产地规则与优惠关税", "关务部及物流部", "陈立新", "41"]]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            table.cell(i, j).text = v
    doc.add_heading("第三章 危机管理", level=1)
    doc.add_paragraph("应急演练记录表")
    blank = doc.add_table(rows=2, cols=4)
    for j, v in enumerate(["演练名称", "", "日期", ""]):
        blank.cell(0, j).text = v
    blank.cell(1, 0).text = "演练过程"
    doc.save(tmp_path / "管理制度及执行记录汇编.docx")
    result = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0)
    assessment = load_standard("2018-177").assessment("advanced", "importer")
    evidence = match_passages(result.passages, assessment)
    row = [h for h in evidence["common.1.1"] if "原产地规则" in h.text]
    assert row, [(h.locator, h.text[:20]) for h in evidence["common.1.1"]]
    assert row[0].why["sheet_name"] > 0
    drill = evidence["common.31.3"]
    assert not any(h.why.get("sheet_name") for h in drill), [(h.locator, h.why.get("sheet_name")) for h in drill]


def test_a_row_completes_a_compound_term_with_its_sheets_name(tmp_path):
    """A compound term (供应链安全+培训) whose second word only the place names: the rows of a sheet called
    培训签到 that give the subject 供应链安全与货物核查要点 are supply-chain trainings; the same rows on a sheet
    called 会议 are not."""
    wb = Workbook()
    for name in ("培训签到", "会议"):
        ws = wb.create_sheet(name)
        ws.append(["日期", "主题", "主讲", "人数"])
        ws.append(["2026-03-02", "供应链安全与货物核查要点", "陈立新", "30"])
    wb.remove(wb["Sheet"])
    wb.save(tmp_path / "台账汇总.xlsx")
    result = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0)
    assessment = load_standard("2018-177").assessment("general", "importer")
    hits = match_passages(result.passages, assessment)["common.29.2"]
    by_sheet = {h.locator.split("!")[0]: h for h in hits}
    assert "培训签到" in by_sheet, [h.locator for h in hits]
    assert "供应链安全+培训" in by_sheet["培训签到"].why["terms"]
    assert "会议" not in by_sheet or "供应链安全+培训" not in by_sheet["会议"].why["terms"]


def test_an_archive_kept_for_the_certification_and_a_declaration_flow_are_found(tmp_path):
    """A handbook says it in its own words — 为海关认证单独建立档案盒 (no 认证档案 as one word) and a
    procedure's 申报流程 (no 进出口流程): each is found for its unit, and the archive clause is no
    evidence of the declaration flow."""
    _docx(tmp_path / "制度" / "附件1.docx", "内部管理制度汇编", [
        "3.5　公司为海关认证单独建立档案盒和电子目录，由关务部经理维护。",
        "4.1　申报流程：业务部接单后录入订单，关务部制单、复核后申报，放行后单证员归档。",
    ])
    result = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0)
    hits = match_passages(result.passages, load_standard("2018-177").assessment("advanced", "importer"))
    archive = [h.text for h in hits["common.4.5"]]
    assert any("单独建立档案盒" in t for t in archive), archive
    flow = [h.text for h in hits["common.5"]]
    assert any("申报流程" in t for t in flow), flow
    assert not any("档案盒" in t for t in flow[:1]), flow


def test_the_index_names_every_units_term_by_that_units_concept():
    """The matcher's one index maps each term to a concept; every unit's core and support term must map
    to the concept the unit gives it — a negative term of one unit (反恐培训, kept out of a customs-law
    training) must not take the word from the training unit whose concept it is."""
    from evidence_checker.lexicon import load_lexicon
    from evidence_checker.match import _automaton, normalize

    lex = load_lexicon("2018-177")
    _, canonical = _automaton(lex)
    wrong = {(u.unit_id, t): (canonical.get(normalize(t)), c) for u in lex.units.values()
             for mapping in (u.core, u.support) for t, c in mapping.items()
             if canonical.get(normalize(t)) != normalize(c)}
    assert not wrong, list(wrong.items())[:5]


def test_an_internal_check_report_is_an_internal_audit_report(tmp_path):
    """Companies call their internal audit 内部检查 or 合规稽核: the year's 内部检查报告 is found for the
    unit asking for a yearly internal audit, with its core term named."""
    _docx(tmp_path / "2026资料" / "附件4.docx", "2026年内部检查报告", [
        "检查时间：2026年9月8日至9月10日；检查组：行政部、关务部。",
        "一、检查范围：进出口申报、单证归档、贸易安全。",
    ])
    result = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0)
    hits = match_passages(result.passages, load_standard("2018-177").assessment("advanced", "importer"))["common.6.2"]
    assert any("内部检查报告" in h.text and h.why["core_hits"] >= 1 for h in hits), [(h.text, h.why.get("core")) for h in hits]
