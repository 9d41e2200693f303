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
