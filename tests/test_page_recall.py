"""Causes of gold pages missing from a unit's top 5 (issue 14's page-level recall), each on a file
built for it: a policy set at a wide line spacing read line by line, …"""

from __future__ import annotations

from pathlib import Path

from test_ingest_builders import soffice_convert

from evidence_checker.ingest import pdf

ARTICLES = [
    "第七条　与进出口活动有关的系统数据自货物办结海关手续之日起在线保存不少于三年，超过三年的数据转入"
    "归档库保存，不得删除。信息技术部每年检查一次数据保存情况，并将检查结果报分管副总经理。",
    "第八条　信息技术部每日对企业资源计划系统和关务管理系统的数据库进行增量备份，每周进行一次全量备份，"
    "备份介质异地存放；每半年进行一次备份恢复测试，测试结果形成记录。",
    "第九条　各部门应当在业务发生时及时、准确、完整地将数据录入系统，不得事后集中补录或者修改已经审核的"
    "数据。确需修改的，应经部门负责人审批，系统自动保留修改日志。",
]


def spaced_policy_docx(path: Path, *, rule: str) -> Path:
    """A policy as Chinese offices set it: articles of three lines or more, with first-line indent,
    at a fixed 28 pt line spacing (``rule="exact"``) or double-spaced (``rule="double"``)."""
    import docx
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    d = docx.Document()
    d.add_heading("信息系统管理制度", level=1)
    d.add_paragraph("第三章　数据管理")
    for text in ARTICLES:
        para = d.add_paragraph(text)
        fmt = para.paragraph_format
        fmt.first_line_indent = Pt(24)
        fmt.space_after = Pt(0)
        if rule == "exact":
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(28)
        else:
            fmt.line_spacing_rule = WD_LINE_SPACING.DOUBLE
    d.save(str(path))
    return path


def _one_passage_per_article(out) -> None:
    # each article whole, its last line included, is one passage (not one passage per line)
    texts = [p.text for p in out if p.kind == "paragraph"]
    assert texts == [a.replace("　", " ") for a in ARTICLES]


def test_wide_line_spacing_keeps_an_article_in_one_passage(tmp_path):
    for rule in ("exact", "double"):
        exported = soffice_convert(spaced_policy_docx(tmp_path / f"{rule}.docx", rule=rule), "pdf",
                                   tmp_path / f"out-{rule}")
        out = pdf.read(exported, rel_path=f"{rule}.pdf")
        _one_passage_per_article(out)


def _docx(path: Path, title: str, paragraphs: list[str]) -> Path:
    import docx

    path.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.add_heading(title, level=1)
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def test_record_file_a_rating_reads_is_listed_as_its_evidence(tmp_path):
    """An enterprise never listed keeps an 异常名录 with its header and 无: none of the unit's words
    (信用信息异常企业名录) are in it, yet it is what the 企业守法 rating rests on — it must be listed
    beside a partner-evaluation article that merely says 海关信用等级."""
    from evidence_checker.catalog import load_standard
    from evidence_checker.ingest import ingest_bundle
    from evidence_checker.match import match_passages
    from evidence_checker.records import load_rule_map

    records = tmp_path / "records"
    records.mkdir()
    (records / "异常名录.csv").write_text("列入日期,移出日期,原因\n,,无\n", encoding="utf-8-sig")
    (records / "财务数据.csv").write_text(
        "年度,审计意见,资产总额,负债总额,流动资产,存货,流动负债,营业收入,营业利润,净利润,年初所有者权益,"
        "年末所有者权益,经营活动现金流量净额\n2025,无保留意见,251380000,109620000,131250000,44120000,"
        "79860000,276450000,23870000,20310000,131820000,152130000,25740000\n", encoding="utf-8-sig")
    _docx(tmp_path / "制度" / "商业伙伴管理制度.docx", "商业伙伴管理制度", [
        "第三条　新合作前，由采购部对供应商进行评估，了解其资质、海关信用等级和近两年守法情况。",
    ])
    std = load_standard("2018-177")
    assessment = std.assessment("advanced", "importer")
    rules = load_rule_map(std)["advanced"]
    abnormal = next(u for u, r in rules.items() if r.evaluator.name == "records.abnormal_list")
    finance = next(u for u, r in rules.items() if r.evaluator.name == "finance.composite")
    passages = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0).passages
    evidence = match_passages(passages, assessment)
    assert "records/异常名录.csv" in [h.path for h in evidence[abnormal][:5]], evidence[abnormal]
    assert "records/财务数据.csv" in [h.path for h in evidence[finance][:5]]
    # a record file is evidence only for the units whose rating reads it
    assert all(h.path != "records/异常名录.csv" for h in evidence[finance])


def _ftsp():
    from evidence_checker.catalog import load_standard

    return load_standard("2018-177").assessment("advanced", "ftsp")


def test_the_enterprise_own_name_is_no_evidence(tmp_path):
    """A 外贸综合服务企业's name holds the words of its units (外贸综合服务): its letterhead and
    cover lines must not outrank the document that describes the platform."""
    from evidence_checker.ingest import ingest_bundle
    from evidence_checker.match import match_passages
    from evidence_checker.profile import profile_from_dict

    name = "杭州远帆外贸综合服务有限公司"
    _docx(tmp_path / "01 简介" / "公司简介.docx", name, [name, "地址：杭州市滨江区江南大道88号", f"{name}（盖章）"])
    _docx(tmp_path / "02 资料" / "2025年度审计报告.docx", "审计报告", [
        f"{name}全体股东：我们审计了贵公司2025年度财务报表。",
    ])
    _docx(tmp_path / "03 系统" / "远帆通平台功能说明.docx", "远帆通平台功能说明", [
        "远帆通平台设有财务控制、物流控制和风险控制三个功能模块，与海关系统数据对接，会员企业在线下单、上传资料并查询办理进度。",
    ])
    profile = profile_from_dict({"enterprise": name, "level": "advanced", "business_type": "ftsp",
                                 "as_of": "2026-11-01"})
    passages = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0).passages
    hits = match_passages(passages, _ftsp(), profile=profile)["ftsp.5.1"]
    assert hits and hits[0].path == "03 系统/远帆通平台功能说明.docx", [(h.path, h.text) for h in hits]
    # a line that is nothing but the name (a letterhead, a seal line) is not listed at all
    assert not [h for h in hits if name in h.text and len(h.text) <= len(name) + 6], [h.text for h in hits]


def test_a_screenshot_of_the_system_is_a_record(tmp_path):
    """A platform screenshot (an image file: what the system shows, i.e. practice) is evidence of
    the record kind a 平台线上操作 unit expects — as a dated ledger row is — so its order table,
    naming 报关/物流/退税/结算/信保, is listed among the first five."""
    from PIL import Image, ImageDraw, ImageFont
    from test_ingest_builders import NOTO_CJK, NOTO_SC_INDEX, needs_ocr

    from evidence_checker.ingest import ingest_bundle
    from evidence_checker.match import match_passages
    from openpyxl import Workbook

    needs_ocr()
    font = ImageFont.truetype(str(NOTO_CJK), 30, index=NOTO_SC_INDEX)
    image = Image.new("RGB", (1700, 420), (250, 250, 252))
    draw = ImageDraw.Draw(image)
    rows = [["订单号", "报关状态", "物流节点", "退税", "结算", "信保"],
            ["YF2026100208", "已放行", "已装船", "已申报", "已收汇", "已投保"],
            ["YF2026100197", "申报中", "已集港", "未申报", "待收汇", "已投保"]]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            draw.text((40 + c * 270, 60 + r * 110), cell, font=font, fill=(20, 20, 20))
    (tmp_path / "截屏").mkdir()
    image.save(tmp_path / "截屏" / "Screenshot_20261015_093015.png")
    wb = Workbook()
    ws = wb.active
    ws.title = "印章使用登记"
    ws.append(["日期", "印章", "用途", "份数", "申请人"])
    for k in range(1, 10):
        ws.append([f"2026-0{k}-1{k}", "出口退税专用章", f"退税申报汇总表及结算单据第{k}批", 3, "冯洁"])
    (tmp_path / "台账").mkdir()
    wb.save(tmp_path / "台账" / "印章登记.xlsx")
    passages = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0).passages
    hits = match_passages(passages, _ftsp())["ftsp.5.2"]
    assert any(h.path.endswith(".png") for h in hits[:5]), [(h.path, h.text[:40]) for h in hits]
    assert all(h.why["kind"] == "record" for h in hits if h.path.endswith(".png"))


def test_a_unit_whose_core_words_are_absent_lists_its_support_word_passages(tmp_path):
    """A bundle written in its own words never says 供应链风险/货物安全培训; its training ledger says
    供应链安全（反恐）. The unit must still list that ledger rather than nothing at all."""
    from evidence_checker.catalog import load_standard
    from evidence_checker.ingest import ingest_bundle
    from evidence_checker.lexicon import load_lexicon
    from evidence_checker.match import match_passages
    from openpyxl import Workbook

    assessment = load_standard("2018-177").assessment("advanced", "importer")
    lex = load_lexicon("2018-177").unit("advanced", "common.31.2")
    wb = Workbook()
    ws = wb.active
    ws.title = "课程记录"
    ws.append(["日期", "课程", "讲师", "参加人数"])
    ws.append(["2026-06-18", "供应链安全（反恐）与应急处置", "刘建军", 23])
    ws.append(["2026-03-05", "海关法律法规", "王晓琳", 18])
    wb.save(tmp_path / "2026台账.xlsx")
    passages = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0).passages
    texts = " ".join(p.text for p in passages)
    assert not [t for t in lex.core if t in texts]  # none of the unit's core words is in the bundle
    hits = match_passages(passages, assessment)["common.31.2"]
    assert hits and "供应链安全" in hits[0].text, [h.text for h in hits]


def test_one_sheet_of_look_alike_rows_does_not_fill_the_top_five(tmp_path):
    """A seal ledger's rows all say 施封/监装 alike and outscore everything; three of them used to take
    three of the five places, pushing the loading procedure (the unit's policy) down to the sixth."""
    from collections import Counter

    from evidence_checker.catalog import load_standard
    from evidence_checker.ingest import ingest_bundle
    from evidence_checker.match import MatchSettings, match_passages
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["日期", "类型", "施封锁编号", "数量", "说明", "经办人"])
    for k in range(1, 10):
        ws.append([f"2026-0{k}-0{k}", "领用施封", f"HT10000{k:02d}", 1, "柜号见出口监装记录，监装员现场施封", "钱伟"])
    (tmp_path / "28 集装箱安全").mkdir()
    wb.save(tmp_path / "28 集装箱安全" / "施封锁台账2026.xlsx")
    _docx(tmp_path / "28 集装箱安全" / "集装箱检查及施封锁管理规定.docx", "集装箱检查及施封锁管理规定", [
        "第二条　装柜前由监装员按7点检查法逐项检查集装箱，并填写检查记录。",
        "第四条　装柜完毕由监装员当场施加施封锁，拍照记录施封锁号和柜号。",
        "第五条　施封锁由仓储部专人保管，领用登记。",
    ])
    _docx(tmp_path / "27 货物安全" / "货物收发及装运安全管理程序.docx", "货物收发及装运安全管理程序", [
        "第六条　出口货物装运时由仓储部指定专人现场监装，核对品名、数量与装箱单一致，监装记录保存三年。",
    ])
    assessment = load_standard("2018-177").assessment("advanced", "importer")
    passages = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0).passages
    sheet_of = {p.id: p.sheet for p in passages}
    evidence = match_passages(passages, assessment)
    limit = MatchSettings.load().per_place
    for uid, hits in evidence.items():
        places = Counter((h.path, h.page, sheet_of[h.passage_id]) for h in hits)
        assert max(places.values(), default=0) <= limit, (uid, places)
    top = [h.path for h in evidence["importer.12.2"][:5]]
    assert "27 货物安全/货物收发及装运安全管理程序.docx" in top, top


def test_the_answering_article_late_in_a_long_handbook_is_scored(tmp_path):
    """A 40-page compiled handbook whose every chapter mentions 装箱单 (a core word of 出口安全) in
    passing: the candidates of one file used to be its first ones in page order, so the article on
    page 38 that provides for 监装 was never scored."""
    import docx
    from docx.enum.text import WD_BREAK

    from evidence_checker.catalog import load_standard
    from evidence_checker.ingest import ingest_bundle
    from evidence_checker.match import match_passages

    d = docx.Document()
    d.add_heading("管理制度汇编", level=1)
    numbers = "一二三四五六七八九十"
    for chapter in range(1, 41):
        label = numbers[chapter // 10 - 1] + "十" if chapter >= 10 else ""
        label = (label + numbers[chapter % 10 - 1]) if chapter % 10 else (label or "十")
        d.add_paragraph(f"第{label}章　业务管理之{chapter}")
        if chapter == 38:
            d.add_paragraph("第一百零一条　出口货物装箱时由仓储部指定监装员全程现场监装，监装员检查集装箱并核对货物，"
                            "施加封条后在监装记录上签字，监装记录保存三年。")
        else:
            for k in range(3):
                d.add_paragraph(f"第{chapter * 3 + k}条　各部门按职责办理本章事务，涉及的合同、发票、装箱单等单证"
                                "按规定归档，归档前由经办人核对份数。")
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.save(str(tmp_path / "管理制度汇编.docx"))
    soffice_convert(tmp_path / "管理制度汇编.docx", "pdf", tmp_path / "bundle")
    passages = ingest_bundle(tmp_path / "bundle", out_dir=tmp_path / ".out", workers=0).passages
    page = next(p.page for p in passages if "第一百零一条" in p.text)
    assert page and page >= 35
    hits = match_passages(passages, load_standard("2018-177").assessment("advanced", "importer"))["importer.12.2"]
    assert page in [h.page for h in hits[:5]], [(h.page, h.text[:30]) for h in hits[:5]]
