"""Labels for messages and reports: Chinese by default, English with ``--lang en``.

The standard's own words are not here: English shows them from the edition's unofficial translation
(:mod:`evidence_checker.translation`).
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
    # The edition's own names — levels, business types, categories, pass conditions, readings of
    # condition (二), the basis line — are its data (edition.yaml, rules.yaml): edition_labels.py.
    # Labels below that quote the edition's numbers carry placeholders that module fills
    # ({min}, {limit}, {points_nc}, {points_list}, {base}, {cond_basic}, {basic_cats}, {n_conditions}).
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
    "reading": {"zh": "{cond_basic}的解读", "en": "Reading of {cond_basic}"},
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
    "fact.limit": {"zh": "标准要求", "en": "limit"},
    "fact.op.le": {"zh": "不超过{value}", "en": "at most {value}"},
    "fact.op.lt": {"zh": "低于{value}", "en": "below {value}"},
    "fact.op.ge": {"zh": "不少于{value}", "en": "at least {value}"},
    "fact.op.gt": {"zh": "超过{value}", "en": "above {value}"},
    "fact.op.eq": {"zh": "等于{value}", "en": "equal to {value}"},
    "fact.occasions": {"zh": "记录的场次", "en": "dated occasions"},
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
    "fact.name.penalty_count": {"zh": "因违反海关监管规定被处罚次数", "en": "customs penalties"},
    "fact.name.penalty_band_count": {"zh": "处罚金额在该区间内的次数", "en": "penalties in the amount band"},
    "fact.name.violation_count": {"zh": "违反海关监管规定次数", "en": "customs violations"},
    "fact.name.violation_ratio": {"zh": "违法次数与上年度总票数之比", "en": "violations per declaration last year"},
    "fact.name.last_year_declarations": {"zh": "上年度报关单及备案清单票数", "en": "declarations last year"},
    "fact.band": {"zh": "金额区间", "en": "amount band"},
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
    "report.translation_note": {"zh": "", "en": "Item titles and requirement texts are shown in an unofficial English "
                                              "translation (standards/<edition>/translation.en.yaml); the Chinese "
                                              "text of the announcement is authoritative."},
    "report.reading_note": {"zh": "{cond_basic}的计数口径尚无官方文本明确，本报告采用上述解读。",
                            "en": "No official text settles how {cond_basic} counts; this report uses the "
                                  "reading above."},
    "cond.no_non_compliant": {"zh": "不达标（{points_nc}分）的标准项{n}项", "en": "{n} non-compliant item(s) ({points_nc})"},
    "cond.basic_limit.combined": {"zh": "{basic_cats}基本达标的标准项合计{n}项（上限{limit}项）",
                                  "en": "{n} basically compliant item(s) in {basic_cats} (limit {limit})"},
    "cond.basic_limit.per-category": {"zh": "{parts}（每类上限{limit}项）", "en": "{parts} (limit {limit} each)"},
    "cond.basic_limit.part": {"zh": "{category}基本达标{n}项", "en": "{category}: {n}"},
    "cond.min_total": {"zh": "总分{total}分（须不低于{min}分）", "en": "total {total} (at least {min})"},
    "report.method_scoring": {"zh": "计分：总分＝{base}＋各标准项得分；{points_list}，不适用不计分；"
                                    "标准项取其各分项中最差的评分。{bonus_note}",
                              "en": "Scoring: total = {base} + the item scores; {points_list}, not applicable not "
                                    "counted; an item takes its worst sub-item.{bonus_note}"},
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
                                     "the assessment date is {as_of}, and windows such as “1年内” / “2年内” count back "
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
    "report.gaps_intro": {"zh": "按影响通过的程度排序：先是不达标项（{points_nc}分），其次是超出{cond_basic}上限的基本达标项，"
                                "再是达到{min}分所需的项，然后是待人工判断的项，最后是其余基本达标项。",
                          "en": "Ordered by what blocks a pass first: non-compliant items ({points_nc}), then basically "
                                "compliant items over the limit of {cond_basic}, then those needed for {min} points, "
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
    "report.missing_threshold": {"zh": "须满足：{text}", "en": "must meet: “{text}”"},
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
    # self-assessment.docx: the official shape of a 企业自我评估报告
    "sa.title": {"zh": "企业自我评估报告", "en": "Enterprise Self-Assessment Report"},
    "sa.assessment": {"zh": "评估情况", "en": "Assessment"},
    "sa.overall": {"zh": "总体情况", "en": "Overall"},
    "sa.problems": {"zh": "存在问题及整改措施", "en": "Problems found and corrective actions"},
    "sa.conclusion": {"zh": "结论", "en": "Conclusion"},
    "sa.appendix": {"zh": "附件{n}　{title}", "en": "Appendix {n}: {title}"},
    "sa.profile_text": {"zh": "{enterprise}申请{level}，经营类别为{business_type}。本次自我评估的评估基准日为{as_of}，"
                              "适用情形：{flags}。",
                        "en": "{enterprise} applies for {level} as {business_type}. The assessment date is {as_of}; "
                              "circumstances: {flags}."},
    "sa.item_text": {"zh": "经自我评估，本项{rating}{points}。本项{n}个分项中，{counts}。",
                     "en": "Self-assessed as {rating}{points}. Of its {n} sub-item(s): {counts}."},
    "sa.item_source": {"zh": "评分来源：{source}。", "en": "Rating source: {source}."},
    "sa.item_evidence": {"zh": "主要依据：{docs}。", "en": "Main evidence: {docs}."},
    "sa.item_no_evidence": {"zh": "未找到相应的制度或记录。", "en": "No policy or record was found."},
    "sa.count": {"zh": "{rating}{n}项", "en": "{n} {rating}"},
    "sa.problem": {"zh": "存在问题：", "en": "Problem: "},
    "sa.measures": {"zh": "整改措施：补充或完善以下材料并落实执行——", "en": "Corrective action: provide or complete "},
    "sa.no_problems": {"zh": "经自我评估，所有标准项均已达标，暂无需要整改的问题。",
                       "en": "Every item is self-assessed as compliant; nothing needs correcting."},
    "sa.conclusion_text": {"zh": "综上，按本报告的评分（{sources}），企业总分为{total}分，{conditions}，"
                                 "自我评估结论为：{verdict}。",
                           "en": "In sum, on the ratings of this report ({sources}), the total is {total}; "
                                 "{conditions}; the self-assessment result is: {verdict}."},
    "sa.conditions_met": {"zh": "{n_conditions}项通过条件均已满足", "en": "all {n_conditions} pass conditions are met"},
    "sa.conditions_not_met": {"zh": "未满足的通过条件为{conds}", "en": "conditions not met: {conds}"},
    "sa.declaration": {"zh": "本企业承诺：以上自我评估内容及所附材料真实、准确、完整，并对其真实性负责。",
                       "en": "The enterprise declares that this self-assessment and the documents attached are "
                             "true, accurate and complete."},
    "sa.sign_representative": {"zh": "法定代表人（签字）：", "en": "Legal representative (signature):"},
    "sa.sign_customs": {"zh": "关务负责人（签字）：", "en": "Customs manager (signature):"},
    "sa.sign_seal": {"zh": "盖章", "en": "seal"},
    "sa.sign_date": {"zh": "年　　月　　日", "en": "Date:"},
    "sa.signature_page": {"zh": "签字盖章", "en": "Signature and seal"},
    # remediation plan (review/plans.py)
    "plan.title": {"zh": "整改计划", "en": "Remediation plan"},
    "plan.line": {"zh": "整改计划：责任人 {owner}，期限 {due}，状态 {status}", "en": "Plan: {owner}, due {due}, {status}"},
    "plan.open": {"zh": "未开始", "en": "not started"},
    "plan.in_progress": {"zh": "进行中", "en": "in progress"},
    "plan.done": {"zh": "已完成", "en": "done"},
    "plan.closed_by_evidence": {"zh": "（本项已达标）", "en": " (the item is compliant now)"},
    "plan.overdue": {"zh": "（已逾期）", "en": " (overdue)"},
    "plan.none": {"zh": "尚未制定整改计划（可在复核网页的标准项页面填写）。",
                  "en": "No remediation plan yet (fill it in on the item's review page)."},
    # run-to-run comparison (review/runs.py)
    "runs.title": {"zh": "与上次检查相比", "en": "Since the previous check"},
    "runs.score": {"zh": "总分 {before} → {after}（{verdict_before} → {verdict_after}；上次检查：{at}）",
                   "en": "Total {before} → {after} ({verdict_before} → {verdict_after}; previous check: {at})"},
    "runs.item": {"zh": "{item} {title}：{before} → {after}", "en": "{item} {title}: {before} → {after}"},
    "runs.evidence": {"zh": "证据新增{added}条、消失{removed}条，涉及分项：{units}",
                      "en": "{added} passage(s) of evidence new, {removed} gone, in: {units}"},
    "runs.no_evidence_change": {"zh": "证据无变化", "en": "no change in the evidence"},
    "runs.trend": {"zh": "历次检查得分", "en": "Score of every check"},
    # the document-request list (report/requests.py)
    "req.title": {"zh": "补充材料清单", "en": "Documents requested"},
    "req.intro": {"zh": "为完成海关认证企业标准的自我评估，请按下表提供材料（按影响通过的程度排序）；"
                        "已有的请直接提供，尚未建立或执行的请先整改后提供。",
                  "en": "To complete the self-assessment against the certified-enterprise standard, please provide "
                        "the documents below (ordered by what blocks a pass first); what does not exist yet needs "
                        "putting in place first."},
    "req.provide": {"zh": "请提供", "en": "Please provide"},
    "req.why": {"zh": "检查发现", "en": "What the check found"},
    "req.owner": {"zh": "提供人", "en": "Provided by"},
    "req.due": {"zh": "期限", "en": "Due"},
    "req.done": {"zh": "已提供", "en": "Done"},
    "req.none": {"zh": "所有标准项均已达标，无需补充材料。", "en": "Every item is compliant: nothing to request."},
    "req.closing": {"zh": "如有疑问请与我们联系。材料请按标准项编号命名或分文件夹存放，便于核对。",
                    "en": "Please name or file the documents by item number so they can be checked quickly."},
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
