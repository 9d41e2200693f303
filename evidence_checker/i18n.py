"""Labels for messages and reports: Chinese by default, English with ``--lang en``.

The standard's own text always stays Chinese; only headings and labels are translated.
"""

from __future__ import annotations

LANGS = ("zh", "en")

_LABELS: dict[str, dict[str, str]] = {
    # ratings
    "compliant": {"zh": "达标", "en": "compliant"},
    "basically_compliant": {"zh": "基本达标", "en": "basically compliant"},
    "non_compliant": {"zh": "不达标", "en": "non-compliant"},
    "not_applicable": {"zh": "不适用", "en": "not applicable"},
    "unrated": {"zh": "未评", "en": "unrated"},
    "needs_review": {"zh": "待人工判断", "en": "needs review"},
    # categories
    "internal_control": {"zh": "内部控制", "en": "Internal control"},
    "financial": {"zh": "财务状况", "en": "Financial status"},
    "legal_compliance": {"zh": "守法规范", "en": "Legal compliance"},
    "trade_security": {"zh": "贸易安全", "en": "Trade security"},
    # levels and business types
    "advanced": {"zh": "高级认证", "en": "advanced certification"},
    "general": {"zh": "一般认证", "en": "general certification"},
    "importer": {"zh": "进出口货物收发货人", "en": "importer/exporter"},
    "broker": {"zh": "报关企业", "en": "customs broker"},
    "ftsp": {"zh": "外贸综合服务企业", "en": "foreign-trade service platform"},
    "common": {"zh": "通用标准", "en": "general standard"},
    # pass conditions
    "no_non_compliant": {"zh": "（一）无不达标项", "en": "(1) no non-compliant item"},
    "basic_limit": {"zh": "（二）基本达标项不超过3项", "en": "(2) at most 3 basically compliant items"},
    "min_total": {"zh": "（三）总分不低于95分", "en": "(3) total of at least 95"},
    "combined": {"zh": "两类合计", "en": "combined"},
    "per-category": {"zh": "分类计算", "en": "per category"},
    # words
    "passed": {"zh": "通过", "en": "PASS"},
    "failed": {"zh": "未通过", "en": "FAIL"},
    "ok": {"zh": "满足", "en": "met"},
    "not_ok": {"zh": "不满足", "en": "not met"},
    "total": {"zh": "总分", "en": "Total"},
    "result": {"zh": "结论", "en": "Result"},
    "category": {"zh": "类别", "en": "Category"},
    "items": {"zh": "标准项", "en": "Items"},
    "points": {"zh": "得分", "en": "Points"},
    "item": {"zh": "标准项", "en": "Item"},
    "title": {"zh": "名称", "en": "Title"},
    "rating": {"zh": "评分", "en": "Rating"},
    "conditions": {"zh": "通过条件", "en": "Pass conditions"},
    "reading": {"zh": "条件（二）的解读", "en": "Reading of condition (2)"},
    "way_to_pass": {"zh": "通过所需的最少改进", "en": "Smallest set of improvements to pass"},
    "reason.rate": {"zh": "尚未评分，须先评分", "en": "not rated yet"},
    "reason.non_compliant": {"zh": "不达标项须整改", "en": "non-compliant item must be fixed"},
    "reason.basic_limit": {"zh": "基本达标项超出上限", "en": "too many basically compliant items"},
    "reason.min_total": {"zh": "总分不足", "en": "total below the minimum"},
    "unrated_units": {"zh": "未评分的分项", "en": "Unrated sub-items"},
    "branch": {"zh": "分支机构", "en": "Branch"},
    "section": {"zh": "章节", "en": "Section"},
    "options": {"zh": "可选评分", "en": "Options"},
    "condition": {"zh": "适用条件", "en": "Applies when"},
    "thresholds": {"zh": "判定数值", "en": "Thresholds"},
    "notes": {"zh": "说明", "en": "Notes"},
    "subitems": {"zh": "分项", "en": "Sub-items"},
}

# Reports (evidence_checker.report): headings, labels and sentence templates ({name} placeholders).
_LABELS.update({
    "report.title": {"zh": "海关认证企业标准评估报告", "en": "Certified-Enterprise Standard Assessment"},
    "report.self_title": {"zh": "企业自我评估报告（初稿）", "en": "Enterprise Self-Assessment Report (draft)"},
    "report.basis": {"zh": "依据海关总署公告2018年第177号《海关认证企业标准》",
                     "en": "Under GACC Announcement 2018 No.177 (海关认证企业标准)"},
    "report.enterprise": {"zh": "企业名称", "en": "Enterprise"},
    "report.level": {"zh": "认证类型", "en": "Level"},
    "report.business_type": {"zh": "经营类别", "en": "Business type"},
    "report.as_of": {"zh": "评估基准日", "en": "Assessment date"},
    "report.edition": {"zh": "标准版本", "en": "Edition"},
    "report.generated": {"zh": "生成时间", "en": "Generated"},
    "report.flags": {"zh": "适用情形", "en": "Circumstances"},
    "report.none": {"zh": "无", "en": "none"},
    "report.id": {"zh": "编号", "en": "ID"},
    "report.rank": {"zh": "序号", "en": "No."},
    "report.sum": {"zh": "合计", "en": "Sum"},
    "report.points_unit": {"zh": "{n}分", "en": "{n} points"},
    # where a rating comes from
    "report.sources": {"zh": "评分来源", "en": "Rating sources"},
    "report.sources_note": {
        "zh": "已确认：经人工复核确认的评分；初步建议：工具依据材料提出、尚未经人工确认的评分；"
              "待人工判断的分项按未评处理。",
        "en": "Confirmed: rated by a reviewer; proposed: suggested by the tool from the documents, not yet "
              "confirmed; sub-items that need review count as unrated."},
    "source.confirmed": {"zh": "已确认", "en": "confirmed"},
    "source.proposed": {"zh": "初步建议", "en": "proposed"},
    "source.mixed": {"zh": "部分已确认", "en": "partly confirmed"},
    "source.needs_review": {"zh": "待人工判断", "en": "needs review"},
    "source.missing": {"zh": "无建议", "en": "no proposal"},
    "report.stale": {"zh": "需复核", "en": "re-check"},
    # verdict and scoring
    "report.verdict": {"zh": "预评结论", "en": "Verdict"},
    "report.verdict_note": {"zh": "按本报告的评分计算的预评结果，不代表海关的认证结论。",
                            "en": "A pre-assessment computed from the ratings in this report, not a customs decision."},
    "report.unrated_block": {"zh": "{n}个标准项尚未评分（待人工判断），评分完成前不能得出通过结论。",
                             "en": "{n} item(s) not rated yet (needs review): no pass until they are rated."},
    "report.to_pass": {"zh": "距通过还需改进{n}个标准项，见“差距分析与整改清单”。",
                       "en": "{n} item(s) to improve before a pass: see the gap analysis."},
    "report.and_more": {"zh": "等，共{n}个", "en": " … ({n} in all)"},
    "fact.required": {"zh": "要求", "en": "required"},
    "fact.found": {"zh": "材料显示", "en": "documents show"},
    "fact.value": {"zh": "数值", "en": "value"},
    "fact.required_years": {"zh": "要求保存年限", "en": "years required"},
    "fact.stated_years": {"zh": "制度规定年限", "en": "years stated"},
    "fact.dates_in_window": {"zh": "评估期内的记录日期", "en": "record dates in the window"},
    "fact.dates_outside_window": {"zh": "评估期外的记录日期", "en": "record dates outside the window"},
    "fact.roles_missing": {"zh": "记录中未见", "en": "not in the records"},
    "fact.flags": {"zh": "企业概况未勾选", "en": "profile flag not set:"},
    "fact.rule.condition": {"zh": "适用条件未满足", "en": "applicability condition not met"},
    "fact.rule.special_zone_deemed_met": {"zh": "海关特殊监管区内视为符合", "en": "deemed met in a special customs zone"},
    "fact.year": {"zh": "年度", "en": "year"},
    "fact.opinion": {"zh": "审计意见", "en": "audit opinion"},
    "fact.rating": {"zh": "评分", "en": "rating"},
    "fact.operating_profit_margin": {"zh": "营业利润率", "en": "operating profit margin"},
    "fact.return_on_equity": {"zh": "净资产收益率", "en": "return on equity"},
    "fact.quick_ratio": {"zh": "速动比率", "en": "quick ratio"},
    "fact.cash_to_current_liabilities": {"zh": "现金流动负债比率", "en": "cash to current liabilities"},
    "fact.debt_ratio": {"zh": "资产负债率", "en": "debt ratio"},
    "fact.why_missing": {"zh": "说明", "en": "note"},
    "fact.bands_assumed": {"zh": "分值区间为假定值", "en": "score bands assumed"},
    "fact.scores": {"zh": "各比率分值", "en": "ratio scores"},
    "fact.window": {"zh": "期间", "en": "window"},
    "fact.declarations": {"zh": "报关单及备案清单票数", "en": "declarations"},
    "fact.late_tax": {"zh": "滞纳税款报关单票数", "en": "late-tax declarations"},
    "fact.limit_percent": {"zh": "上限（%）", "en": "limit (%)"},
    "fact.quarter": {"zh": "季度", "en": "quarter"},
    "fact.indicator": {"zh": "指标", "en": "indicator"},
    "fact.national": {"zh": "全国平均", "en": "national average"},
    "fact.ok": {"zh": "结果", "en": "result"},
    "fact.name.composite_score": {"zh": "综合分值", "en": "composite score"},
    "fact.name.declarations_in_window": {"zh": "评估期内报关单及备案清单票数", "en": "declarations in the window"},
    "fact.name.late_tax_rate": {"zh": "滞纳税款报关单率", "en": "late-tax declaration rate"},
    "fact.kind.audit_opinion": {"zh": "会计师事务所审计报告", "en": "CPA audit report"},
    "fact.kind.financial_ratios": {"zh": "财务比率", "en": "financial ratios"},
    "fact.kind.quarter_indicator": {"zh": "季度指标", "en": "quarterly indicator"},
    "report.row": {"zh": "第{row}行", "en": "row {row}"},
    "punct.colon": {"zh": "：", "en": ": "},
    "punct.semicolon": {"zh": "；", "en": "; "},
    "punct.list": {"zh": "、", "en": ", "},
    "punct.stop": {"zh": "。", "en": ". "},
    "punct.paren": {"zh": "（{text}）", "en": " ({text})"},
    "report.yes": {"zh": "是", "en": "yes"},
    "report.no": {"zh": "否", "en": "no"},
    "report.reading_note": {"zh": "条件（二）的计数口径尚无官方文本明确，本报告采用上述解读。",
                            "en": "No official text settles how condition (2) counts; this report uses the "
                                  "reading above."},
    "scope.combined": {"zh": "两类合计：内部控制与贸易安全（通用标准与单项标准合并）基本达标的标准项合计不超过3项（默认解读）",
                       "en": "Combined: at most 3 basically compliant items in internal control and trade "
                             "security together, general and single-item standards counted together (default)"},
    "scope.per-category": {"zh": "分类计算：内部控制、贸易安全各自基本达标的标准项不超过3项",
                           "en": "Per category: at most 3 basically compliant items in internal control and "
                                 "at most 3 in trade security"},
    "cond.no_non_compliant": {"zh": "不达标（-2分）的标准项{n}项", "en": "{n} non-compliant item(s) (-2)"},
    "cond.basic_limit.combined": {"zh": "内部控制、贸易安全基本达标的标准项合计{n}项（上限{limit}项）",
                                  "en": "{n} basically compliant item(s) in internal control and trade security "
                                        "(limit {limit})"},
    "cond.basic_limit.per-category": {"zh": "{parts}（每类上限{limit}项）", "en": "{parts} (limit {limit} each)"},
    "cond.basic_limit.part": {"zh": "{category}基本达标{n}项", "en": "{category}: {n}"},
    "cond.min_total": {"zh": "总分{total}分（须不低于{min}分）", "en": "total {total} (at least {min})"},
    "report.method_scoring": {"zh": "计分：总分＝100＋各标准项得分；达标0分，基本达标-1分，不达标-2分，不适用不计分；"
                                    "标准项取其各分项中最差的评分。",
                              "en": "Scoring: total = 100 + the item scores; compliant 0, basically compliant -1, "
                                    "non-compliant -2, not applicable not counted; an item takes its worst "
                                    "sub-item."},
    # sections
    "report.by_category": {"zh": "分类情况", "en": "By category"},
    "report.grid": {"zh": "标准项总览", "en": "All items at a glance"},
    "report.items": {"zh": "逐项评估", "en": "Item by item"},
    "report.method": {"zh": "评估方法", "en": "Method"},
    "report.method_read": {"zh": "读取企业提交的材料共{files}个文件（完整读取{ok}个，部分读取{partial}个，"
                                 "未能读取{failed}个，跳过{skipped}个），提取文本段落{passages}段。",
                           "en": "{files} files of the bundle were read ({ok} fully, {partial} partly, {failed} "
                                 "failed, {skipped} skipped), giving {passages} text passages."},
    "report.method_standard": {"zh": "对照{standard}（{level}·{business_type}）逐项评估；评估基准日为{as_of}，"
                                     "“1年内”“2年内”等期间自该日向前计算。",
                               "en": "Each item was assessed against {standard} ({level}, {business_type}); "
                                     "the assessment date is {as_of}, and windows such as 1年内 / 2年内 count back "
                                     "from it."},
    "report.profile": {"zh": "企业基本情况", "en": "Enterprise profile"},
    "report.result_section": {"zh": "评估结果", "en": "Result"},
    "report.draft_note": {"zh": "本报告由 evidence-checker 依据企业提交的材料自动生成，为初稿，须经企业核实、补充并签章后使用。",
                          "en": "Generated by evidence-checker from the enterprise's documents: a draft to be "
                                "checked, completed and signed by the enterprise."},
    # items
    "report.unit": {"zh": "分项", "en": "Sub-item"},
    "report.standard_text": {"zh": "标准条文", "en": "Standard text"},
    "report.item_rating": {"zh": "标准项评分", "en": "Item rating"},
    "report.source": {"zh": "来源", "en": "Source"},
    "report.confidence": {"zh": "置信度", "en": "Confidence"},
    "report.reasons": {"zh": "理由", "en": "Reasons"},
    "report.facts": {"zh": "事实", "en": "Facts"},
    "report.evidence": {"zh": "证据", "en": "Evidence"},
    "report.no_evidence": {"zh": "未找到证据", "en": "no evidence found"},
    "report.reviewer": {"zh": "复核人", "en": "Reviewer"},
    "report.note": {"zh": "备注", "en": "Note"},
    "report.page": {"zh": "第{page}页", "en": "p.{page}"},
    # where a passage is (evidence_checker.locators)
    "loc.para": {"zh": "第{n}段", "en": "para. {n}"},
    "loc.table": {"zh": "表{n}", "en": "table {n}"},
    "loc.row": {"zh": "第{n}行", "en": "row {n}"},
    "loc.rows": {"zh": "第{a}至{b}行", "en": "rows {a}-{b}"},
    "loc.ocr_block": {"zh": "识别文字第{n}块", "en": "OCR block {n}"},
    "loc.number": {"zh": "第{n}处", "en": "no. {n}"},
    "loc.sheet": {"zh": "工作表“{sheet}”", "en": "sheet “{sheet}” "},
    "loc.header": {"zh": "页眉", "en": "header"},
    "loc.footer": {"zh": "页脚", "en": "footer"},
    # gaps
    "report.gaps": {"zh": "差距分析与整改清单", "en": "Gap analysis and to-do list"},
    "report.open_gaps": {"zh": "存在的差距与改进计划", "en": "Open gaps and improvement plan"},
    "report.gaps_intro": {"zh": "按影响通过的程度排序：先是不达标项（-2分），其次是超出条件（二）上限的基本达标项，"
                                "再是达到95分所需的项，然后是待人工判断的项，最后是其余基本达标项。",
                          "en": "Ordered by what blocks a pass first: non-compliant items (-2), then basically "
                                "compliant items over the limit of condition (2), then those needed for 95 points, "
                                "then items still to be rated, then the other basically compliant items."},
    "report.no_gaps": {"zh": "所有标准项均已达标。", "en": "Every item is compliant."},
    "report.blocking": {"zh": "影响通过", "en": "blocks a pass"},
    "report.not_blocking": {"zh": "不影响通过", "en": "does not block a pass"},
    "reason.improve": {"zh": "基本达标，建议改进", "en": "basically compliant: improve"},
    "report.why": {"zh": "原因", "en": "Why"},
    "report.target": {"zh": "目标", "en": "Target"},
    "report.missing": {"zh": "缺少", "en": "Missing"},
    "report.documents": {"zh": "建议提供的材料", "en": "Documents that would close it"},
    "report.missing_kind": {"zh": "未找到{kind}", "en": "no {kind} found"},
    "report.missing_threshold": {"zh": "须满足：{text}", "en": "must meet: {text}"},
    "report.missing_found": {"zh": "（材料显示：{value}）", "en": " (documents show: {value})"},
    "report.suggested": {"zh": "工具倾向于{rating}，须人工判断", "en": "the tool leans to {rating}; a person must decide"},
    "report.gap_override": {"zh": "复核人{reviewer}改判为{rating}", "en": "{reviewer} (reviewer) rated it {rating}"},
    "report.gap_confirm": {"zh": "复核人{reviewer}确认为{rating}", "en": "{reviewer} (reviewer) confirmed {rating}"},
    "report.gap_tool": {"zh": "工具初步建议{rating}的理由", "en": "the tool's reasons for proposing {rating}"},
    "report.gap_reviewer_missing": {"zh": "复核意见：{note}", "en": "reviewer's note: {note}"},
    "report.no_reviewer": {"zh": "（未署名）", "en": "(unnamed)"},
    "report.no_note": {"zh": "未写明理由，请复核人补充", "en": "no reason given; the reviewer should add one"},
    "report.review_state": {"zh": "复核情况", "en": "Review"},
    "report.recheck": {"zh": "{kept} 项已确认保留，{stale} 项需复核", "en": "{kept} confirmed rating(s) kept, {stale} to re-check"},
    "report.proposed_total": {"zh": "仅按工具初步建议计算为{total}分（{verdict}）；以上结果已计入人工确认的评分。",
                              "en": "The tool's proposals alone score {total} ({verdict}); the result above counts the "
                                    "confirmed ratings."},
    # evidence index and unread files
    "report.evidence_index": {"zh": "证据索引", "en": "Evidence index"},
    "report.evidence_index_intro": {"zh": "每个标准项所依据的文件和页码；链接相对于本报告所在的文件夹。",
                                    "en": "The documents and pages each item rests on; links are relative to the "
                                          "report's folder."},
    "report.file": {"zh": "文件", "en": "File"},
    "report.pages": {"zh": "页码", "en": "Pages"},
    "report.kind": {"zh": "类型", "en": "Kind"},
    "kind.policy": {"zh": "制度", "en": "policy"},
    "kind.record": {"zh": "记录", "en": "record"},
    "kind.statement": {"zh": "声明", "en": "statement"},
    "kind.other": {"zh": "其他", "en": "other"},
    "report.file_missing": {"zh": "文件不在材料目录中", "en": "file not in the bundle"},
    "report.unread": {"zh": "未能读取的文件", "en": "Files not read"},
    "report.unread_intro": {"zh": "以下文件未能完整读取，其内容未用于评分；请提供可读的版本或人工核对。",
                            "en": "These files could not be read in full and did not count; provide a readable "
                                  "copy or check them by hand."},
    "report.all_read": {"zh": "所有文件均已读取。", "en": "Every file was read."},
    "report.status": {"zh": "状态", "en": "Status"},
    "report.error": {"zh": "原因", "en": "Reason"},
    "status.ok": {"zh": "已读取", "en": "read"},
    "status.partial": {"zh": "部分读取", "en": "partly read"},
    "status.failed": {"zh": "读取失败", "en": "failed"},
    "status.skipped": {"zh": "已跳过", "en": "skipped"},
    # upgrade to advanced
    "report.upgrade": {"zh": "升级高级认证：高级认证标准的额外要求", "en": "Upgrading: what the advanced standard adds"},
    "report.upgrade_intro": {"zh": "与一般认证标准相比，高级认证标准对本企业新增或从严的要求，以及现有材料的覆盖情况。",
                             "en": "Requirements the advanced standard adds or tightens for this enterprise, and "
                                   "whether the documents already cover them."},
    "report.upgrade_na": {"zh": "本次评估已按高级认证标准进行，无需升级对照。",
                          "en": "This run already assessed the advanced standard."},
    "change.new_item": {"zh": "新增标准项", "en": "new item"},
    "change.new_unit": {"zh": "新增分项", "en": "new sub-item"},
    "change.stricter": {"zh": "要求从严", "en": "stricter"},
    "change.changed": {"zh": "要求变化", "en": "changed"},
    "report.change": {"zh": "变化", "en": "Change"},
    "report.general_text": {"zh": "一般认证", "en": "General"},
    "report.advanced_text": {"zh": "高级认证", "en": "Advanced"},
    "report.coverage": {"zh": "现有材料", "en": "Coverage"},
    "coverage.covered": {"zh": "已有相关材料", "en": "evidence found"},
    "coverage.not_found": {"zh": "未找到相关材料", "en": "no evidence found"},
    "coverage.unknown": {"zh": "未知（匹配模块不可用）", "en": "unknown (matcher not available)"},
    "report.check_number": {"zh": "须核对是否满足新的数值", "en": "check the new number is met"},
    # workbook sheets
    "report.sheet_self": {"zh": "自评表", "en": "Self-assessment"},
    "report.sheet_summary": {"zh": "汇总", "en": "Summary"},
    "report.sheet_gaps": {"zh": "差距分析", "en": "Gaps"},
    "report.sheet_evidence": {"zh": "证据索引", "en": "Evidence index"},
    "report.sheet_unread": {"zh": "未读文件", "en": "Files not read"},
    "report.sheet_upgrade": {"zh": "升级对照", "en": "Upgrade"},
})


def t(key: str, lang: str = "zh") -> str:
    """The label for ``key`` in ``lang`` (the key itself when there is none)."""
    entry = _LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["zh"]
