"""The review step's words (workbook, import messages, web pages, command lines): Chinese by default,
English with ``--lang en``. Ratings and shared labels come from :func:`evidence_checker.i18n.t`.

Data — file names, the standard's text, the tool's reasons, a reviewer's name and notes — is never
translated. ``tr(key, lang, **fmt)`` fills ``{name}`` placeholders.
"""

from __future__ import annotations

from ..i18n import t
from ..ratings import parse_rating

LANGS = ("zh", "en")
RATINGS = ("compliant", "basically_compliant", "non_compliant", "not_applicable")

TEXTS: dict[str, dict[str, str]] = {
    # command lines (review/cli.py)
    "cli.error": {"zh": "错误：", "en": "Error: "},
    "cli.note": {"zh": "注意：", "en": "Note: "},
    "cli.write_failed": {"zh": "无法写入复核表 {out}：{err}", "en": "cannot write the review workbook {out}: {err}"},
    "cli.exported": {"zh": "已导出复核表：{path}", "en": "Review workbook written: {path}"},
    "cli.problems": {"zh": "复核表有 {n} 处问题，未导入任何内容：",
                     "en": "The review workbook has {n} problem(s); nothing was imported:"},
    "cli.nothing_imported": {"zh": "{err}（未导入任何内容）", "en": "{err} (nothing was imported)"},
    "cli.imported": {"zh": "已导入：保存 {applied} 项结论或备注，{unchanged} 行未改动{plans}。",
                     "en": "Imported: {applied} decision(s) or note(s) saved, {unchanged} row(s) unchanged{plans}."},
    "cli.imported_plans": {"zh": "，整改计划 {n} 项", "en": ", {n} remediation plan(s)"},
    "cli.reports_stale": {"zh": "报告未更新：{err}（可运行 evidence-checker report {out}）",
                          "en": "the reports were not updated: {err} (run evidence-checker report {out})"},
    "cli.reports_updated": {"zh": "已按复核结论更新 score.json 和报告：总分 {total}，{verdict}。",
                            "en": "score.json and the reports now follow the review: total {total}, {verdict}."},
    "cli.host_not_local": {"zh": "监听地址 {host} 不是本机地址：其他电脑可以访问，必须用 --token 设置访问口令后再启动"
                                 "（或去掉 --host，只在本机 127.0.0.1 上使用）",
                           "en": "{host} is not a local address: other computers could reach it, so set an access "
                                 "token with --token (or leave out --host to serve on 127.0.0.1 only)"},
    "cli.token_short": {"zh": "--token 访问口令至少 8 个字符", "en": "the --token access token needs at least 8 characters"},
    "cli.serving": {"zh": "复核网页：{url}", "en": "Review page: {url}"},
    "cli.stop": {"zh": "按 Ctrl+C 停止。", "en": "Press Ctrl+C to stop."},
    # the workbook (review/excel.py, review/plan_sheet.py)
    "sheet.review": {"zh": "复核", "en": "Review"},
    "sheet.info": {"zh": "说明", "en": "Instructions"},
    "sheet.plan": {"zh": "整改计划", "en": "Remediation plan"},
    "col.id": {"zh": "编号", "en": "ID"},
    "col.item": {"zh": "标准项", "en": "Item"},
    "col.text": {"zh": "标准内容", "en": "Standard text"},
    "col.proposal": {"zh": "系统建议", "en": "Proposal"},
    "col.confidence": {"zh": "置信度", "en": "Confidence"},
    "col.reasons": {"zh": "理由", "en": "Reasons"},
    "col.current": {"zh": "当前结论", "en": "Current decision"},
    "col.ev1": {"zh": "证据1", "en": "Evidence 1"},
    "col.ev2": {"zh": "证据2", "en": "Evidence 2"},
    "col.ev3": {"zh": "证据3", "en": "Evidence 3"},
    "col.rating": {"zh": "确认评分", "en": "Rating"},
    "col.reviewer": {"zh": "复核人", "en": "Reviewer"},
    "col.note": {"zh": "备注", "en": "Note"},
    "col.version": {"zh": "版本", "en": "Version"},
    "col.base": {"zh": "导出时结论", "en": "Decision when exported"},
    "col.checksum": {"zh": "校验", "en": "Checksum"},
    "plan.id": {"zh": "编号", "en": "ID"},
    "plan.item": {"zh": "标准项", "en": "Item"},
    "plan.rating": {"zh": "当前评分", "en": "Current rating"},
    "plan.owner": {"zh": "责任人", "en": "Owner"},
    "plan.due": {"zh": "期限", "en": "Due"},
    "plan.status": {"zh": "状态", "en": "Status"},
    "plan.note": {"zh": "说明", "en": "Note"},
    "dv.error_title": {"zh": "评分无效", "en": "Invalid rating"},
    "dv.error": {"zh": "请从下拉列表中选择本项的可选评分：{options}",
                 "en": "Choose one of this item's ratings from the list: {options}"},
    "dv.prompt_title": {"zh": "确认评分", "en": "Rating"},
    "dv.prompt": {"zh": "可选：{options}", "en": "Options: {options}"},
    "row.current": {"zh": "{rating}（{action}，{reviewer}，{date}）", "en": "{rating} ({action}, {reviewer}, {date})"},
    "row.stale": {"zh": " 需复核：证据已变化", "en": " re-check: the evidence changed"},
    "action.confirm": {"zh": "确认", "en": "confirmed"},
    "action.override": {"zh": "改判", "en": "overridden"},
    "action.note": {"zh": "备注", "en": "note"},
    "action.stale": {"zh": "标记需复核", "en": "marked for re-check"},
    "proposal.none": {"zh": "无建议", "en": "no proposal"},
    "proposal.leaning": {"zh": "（倾向{rating}）", "en": " (leaning {rating})"},
    "proposal.needs_review": {"zh": "（待人工判断）", "en": " (needs review)"},
    "info.review": {"zh": "复核表", "en": "Review sheet"},
    "info.review_text": {"zh": "每行一个评分分项；请只填写黄色的三列：确认评分（下拉选择）、复核人、备注。",
                         "en": "One row per rated sub-item; fill in only the three yellow columns: Rating (from "
                               "the drop-down), Reviewer, Note."},
    "info.plan": {"zh": "整改计划", "en": "Remediation plan"},
    "info.plan_text": {"zh": "“整改计划”表每行一个未达标的标准项：填写责任人、期限（YYYY-MM-DD）、状态（下拉选择）和说明。",
                       "en": "The “Remediation plan” sheet has one row per item short of compliant: fill in Owner, "
                             "Due (YYYY-MM-DD), Status (from the drop-down) and Note."},
    "info.confirm": {"zh": "确认", "en": "Confirm"},
    "info.confirm_text": {"zh": "确认评分与系统建议相同即为确认；不同即为改判，改判须在备注中写明理由。",
                          "en": "A rating equal to the proposal confirms it; a different one overrides it, and an "
                                "override needs its reason in Note."},
    "info.import": {"zh": "导入", "en": "Import"},
    "info.import_text": {"zh": "evidence-checker review import 结果目录 本文件 [--reviewer 姓名]：先逐行检查，全部无误才一次性保存。",
                         "en": "evidence-checker review import RESULTS_DIR THIS_FILE [--reviewer NAME]: every row is "
                               "checked first, and everything is saved at once only when all rows are valid."},
    "info.caution": {"zh": "注意", "en": "Caution"},
    "info.caution_text": {"zh": "蓝色列受保护且有校验，改动会在导入时被发现；未改动的行不会重复保存。",
                          "en": "The blue columns are protected and checksummed, so a change to them is found on "
                                "import; rows left unchanged are not saved again."},
    "info.assessment": {"zh": "评估", "en": "Assessment"},
    "info.assessment_text": {"zh": "{level} · {business}  基准日 {as_of}", "en": "{level} · {business}  assessment date {as_of}"},
    # import problems
    "imp.where": {"zh": "{name} 第{row}行", "en": "{name}, sheet “{sheet}”, row {row}"},
    "imp.field": {"zh": "{where} {field}：", "en": "{where}, {field}: "},
    "imp.missing_file": {"zh": "{path}：文件不存在", "en": "{path}: no such file"},
    "imp.not_workbook": {"zh": "{name}：不是可读取的 Excel 工作簿（{kind}）", "en": "{name}: not a readable Excel workbook ({kind})"},
    "imp.no_sheet": {"zh": "{name}：没有“{sheet}”工作表（请使用 review export 导出的表格）",
                     "en": "{name}: no “{sheet}” sheet (use a workbook written by review export)"},
    "imp.missing_columns": {"zh": "{name} 第1行：缺少列 {columns}（请使用 review export 导出的表格）",
                            "en": "{name}, row 1: missing column(s) {columns} (use a workbook written by review export)"},
    "imp.other_assessment": {"zh": "{name}：这是另一项评估的复核表（{theirs}），不是 {ours}",
                             "en": "{name}: this workbook belongs to another assessment ({theirs}), not {ours}"},
    "imp.unknown_unit": {"zh": "{where} 编号：{uid} 不是本次评估的评分分项",
                         "en": "{where}, ID: {uid} is not a rated sub-item of this assessment"},
    "imp.empty": {"zh": "（空）", "en": "(empty)"},
    "imp.protected": {"zh": "{where}：受保护的列被改动过（{columns}），请在重新导出的表格中只填写确认评分、复核人、备注",
                      "en": "{where}: protected column(s) were changed ({columns}); export again and fill in only "
                            "Rating, Reviewer and Note"},
    "imp.hidden": {"zh": "隐藏列或校验值", "en": "hidden columns or the checksum"},
    "imp.cleared": {"zh": "{where} 确认评分：不能清空已有结论（{rating}）；如需修改请选择新的评分",
                    "en": "{where}, Rating: the existing decision ({rating}) cannot be cleared; choose a new rating "
                          "to change it"},
    "imp.not_rating": {"zh": "{where} 确认评分：“{value}”不是评分（可选：{options}）",
                       "en": "{where}, Rating: “{value}” is not a rating (options: {options})"},
    "imp.version": {"zh": "{where} 版本：隐藏的版本号缺失或无效", "en": "{where}, Version: the hidden version is missing or invalid"},
    "imp.plan_where": {"zh": "{name} {sheet}第{row}行（{item}）", "en": "{name}, sheet “{sheet}”, row {row} ({item})"},
    "imp.plan_columns": {"zh": "{name} {sheet}：第1行缺少列（应为：{columns}）",
                         "en": "{name}, sheet “{sheet}”, row 1: missing column(s) (expected: {columns})"},
    # plan problems (plans.py, plan_sheet.py); {where} is the item or the sheet row
    "plan.bad_status": {"zh": "{where}：状态“{value}”无效（可选：{options}）",
                        "en": "{where}, Status: “{value}” is not valid (options: {options})"},
    "plan.bad_due": {"zh": "{where}：期限“{value}”不是日期（格式 YYYY-MM-DD）",
                     "en": "{where}, Due: “{value}” is not a date (format YYYY-MM-DD)"},
    "plan.no_owner": {"zh": "{where}：请填写责任人", "en": "{where}, Owner: fill in who is responsible"},
    # store (review/store.py)
    "st.no_run": {"zh": "复核库中还没有运行结果：请先运行 evidence-checker check（或 review 命令会自动登记）",
                  "en": "the review store has no run yet: run evidence-checker check first (review commands record it)"},
    "st.not_unit": {"zh": "{where}{uid}：不是本次评估（{level}/{business}）的评分分项",
                    "en": "{where}{uid}: not a rated sub-item of this assessment ({level}/{business})"},
    "st.no_reviewer": {"zh": "{where}{uid}：未填写复核人", "en": "{where}{uid}: no reviewer given"},
    "st.bad_action": {"zh": "{where}{uid}：未知操作 {action}（可选 confirm、override、note）",
                      "en": "{where}{uid}: unknown action {action} (confirm, override or note)"},
    "st.empty_note": {"zh": "{where}{uid}：备注为空", "en": "{where}{uid}: the note is empty"},
    "st.not_rating": {"zh": "{where}{uid}：{value} 不是评分（可选：{options}）",
                      "en": "{where}{uid}: {value} is not a rating (options: {options})"},
    "st.no_proposal": {"zh": "{where}{uid}：系统未给出建议评分（待人工判断），请选择评分后改判",
                       "en": "{where}{uid}: the tool proposed no rating (needs review); choose a rating and override"},
    "st.no_rating": {"zh": "{where}{uid}：未选择评分", "en": "{where}{uid}: no rating chosen"},
    "st.not_option": {"zh": "{where}{uid}：“{rating}”不是{item}（{title}）的可选评分（可选：{options}）",
                      "en": "{where}{uid}: “{rating}” is not an option of {item} ({title}) (options: {options})"},
    "st.confirm_only": {"zh": "{where}{uid}：确认只能采用建议评分（{proposed}），选择“{rating}”请用改判",
                        "en": "{where}{uid}: confirming keeps the proposal ({proposed}); to choose “{rating}”, override"},
    "st.none": {"zh": "无", "en": "none"},
    "st.override_note": {"zh": "{where}{uid}：改判须填写理由（备注）", "en": "{where}{uid}: an override needs a reason (note)"},
    "st.duplicate": {"zh": "{where} {uid}：与{first}重复", "en": "{where} {uid}: duplicates {first}"},
    "st.saved_by": {"zh": "{reviewer} 已于 {at} 保存（{rating}）", "en": "{reviewer} saved it at {at} ({rating})"},
    "st.saved_by_other": {"zh": "其他人已保存", "en": "someone else saved it"},
    "st.conflict": {"zh": "{prefix}{uid}：{who}，您的修改未保存；请刷新查看后再提交",
                    "en": "{prefix}{uid}: {who}; your change was not saved; reload and try again"},
    "st.conflict_batch": {"zh": "其他人同时保存了其中的分项，本次保存全部未生效；请重新导出或刷新后再提交",
                          "en": "someone saved some of these sub-items at the same time; nothing was saved; export "
                                "again or reload and try again"},
    "st.schema_newer": {"zh": "复核数据库的结构版本为 {current}，比本程序支持的 {supported} 新：请升级 evidence-checker 后再打开",
                        "en": "the review database has schema version {current}, newer than the {supported} this "
                              "program knows: upgrade evidence-checker to open it"},
    "st.no_folder": {"zh": "结果目录不存在：{folder}（请先运行 evidence-checker check）",
                     "en": "no results folder {folder} (run evidence-checker check first)"},
    "st.bad_db": {"zh": "{path} 不是可用的复核数据库（{err}），未改动", "en": "{path} is not a usable review database ({err}); left as is"},
    "st.foreign_db": {"zh": "{path} 是其他程序的数据库（表：{tables}），不是 evidence-checker 的复核记录库，未改动；请换一个输出文件夹",
                      "en": "{path} is another program's database (tables: {tables}), not an evidence-checker review "
                            "store; left as is; use another output folder"},
    "st.bad_run_level": {"zh": "运行结果缺少或写错了认证类型/经营类别（{err}）",
                         "en": "run.json: the level or business type is missing or wrong ({err})"},
    # the note of a stale mark in a unit's history: the store keeps the Chinese, note_text shows it
    "st.stale_out_of_scope": {"zh": "该分项已不在本次评估范围内", "en": "the sub-item is no longer part of this assessment"},
    "st.stale_gone": {"zh": "证据已不存在", "en": "the evidence is gone"},
    "st.stale_changed": {"zh": "证据已变化", "en": "the evidence changed"},
    "st.incomplete_run": {"zh": "{out}：不是完整的运行结果目录（缺少 run.json 或 proposals.json），请先运行 evidence-checker check",
                          "en": "{out}: not a complete results folder (run.json or proposals.json missing); run "
                                "evidence-checker check first"},
}

# The web pages (templates/*.html, web.py)
TEXTS.update({
    "web.html_lang": {"zh": "zh-CN", "en": "en"},
    "web.title": {"zh": "人工复核", "en": "Review"},
    "web.app_title": {"zh": "evidence-checker 复核", "en": "evidence-checker review"},
    "web.as_of": {"zh": "基准日", "en": "assessment date"},
    "web.reports": {"zh": "报告：", "en": "Reports: "},
    "web.list_title": {"zh": "标准项列表", "en": "Items"},
    "web.all": {"zh": "全部", "en": "All"},
    "web.rating": {"zh": "评分", "en": "Rating"},
    "web.category": {"zh": "类别", "en": "Category"},
    "web.search": {"zh": "搜索", "en": "Search"},
    "web.search_hint": {"zh": "编号、标准项、条文或理由中的文字", "en": "words in the ID, item, standard text or reasons"},
    "web.filter": {"zh": "筛选", "en": "Filter"},
    "web.count": {"zh": "{name}（{n}）", "en": "{name} ({n})"},
    "web.confirmed_n": {"zh": "已确认 {n} 项系统建议。", "en": "{n} proposal(s) confirmed."},
    "web.reviewer": {"zh": "复核人", "en": "Reviewer"},
    "web.confirm_all": {"zh": "确认列表中全部 {n} 项系统建议", "en": "Confirm all {n} proposal(s) in the list"},
    "web.confirm_all_hint": {"zh": "只确认尚未复核、且系统给出了评分的分项；待人工判断的分项须逐项评分。",
                             "en": "Confirms only sub-items not reviewed yet that have a proposed rating; sub-items "
                                   "that need review must be rated one by one."},
    "web.col_id": {"zh": "编号", "en": "ID"},
    "web.col_item": {"zh": "标准项", "en": "Item"},
    "web.col_category": {"zh": "类别", "en": "Category"},
    "web.col_units": {"zh": "分项", "en": "Sub-items"},
    "web.col_progress": {"zh": "复核进度", "en": "Progress"},
    "web.chip_title": {"zh": "{uid} 建议：{proposal}", "en": "{uid} proposal: {proposal}"},
    "web.chip_decision": {"zh": "；结论：{rating}", "en": "; decision: {rating}"},
    "web.reviewed": {"zh": "{done}/{total} 已复核", "en": "{done}/{total} reviewed"},
    "web.no_rows": {"zh": "没有符合条件的分项。", "en": "No sub-item matches."},
    "web.list_changed": {"zh": "列表在您查看之后有变化（其他人保存了其中的分项或检查结果已更新），本次未保存；请核对后再确认。",
                         "en": "The list changed since you looked (someone saved some of its sub-items or the check "
                               "was re-run); nothing was saved; check it and confirm again."},
    # filters
    "filter.all": {"zh": "全部", "en": "All"},
    "filter.unreviewed": {"zh": "未复核", "en": "Not reviewed"},
    "filter.needs_review": {"zh": "待人工判断", "en": "Needs review"},
    "filter.overridden": {"zh": "已改判", "en": "Overridden"},
    "filter.stale": {"zh": "需复核（证据已变化）", "en": "Re-check (evidence changed)"},
    # item page
    "web.all_items": {"zh": "全部标准项", "en": "All items"},
    "web.prev": {"zh": "上一项", "en": "Previous"},
    "web.next": {"zh": "下一项", "en": "Next"},
    "web.options": {"zh": "可选评分：", "en": "Options: "},
    "web.item_note": {"zh": "说明：", "en": "Note: "},
    "web.keys": {"zh": "快捷键：", "en": "Keys: "},
    "web.key_next": {"zh": "下一分项", "en": "next sub-item"},
    "web.key_prev": {"zh": "上一分项", "en": "previous sub-item"},
    "web.key_confirm": {"zh": "确认当前分项的系统建议", "en": "confirm the current sub-item's proposal"},
    "web.decision": {"zh": "结论：", "en": "Decision: "},
    "web.decision_by": {"zh": "（{action}，{reviewer}，", "en": "({action}, {reviewer}, "},
    "web.decision_end": {"zh": "）", "en": ")"},
    "web.reason_note": {"zh": "理由/备注：", "en": "Reason/note: "},
    "web.stale": {"zh": "需复核：此结论所依据的证据在之后的检查中已变化或不存在，请重新确认。",
                  "en": "Re-check: the evidence this decision rests on changed or disappeared in a later check; "
                        "please decide again."},
    "web.not_reviewed": {"zh": "尚未复核", "en": "Not reviewed yet"},
    "web.counted": {"zh": "计分依据：", "en": "Counted as: "},
    "web.counted_confirmed": {"zh": "人工结论（{rating}）", "en": "the reviewer's decision ({rating})"},
    "web.counted_proposed": {"zh": "系统建议（{rating}，未确认）", "en": "the tool's proposal ({rating}, not confirmed)"},
    "web.proposal": {"zh": "系统建议：", "en": "Proposal: "},
    "web.confidence": {"zh": "置信度", "en": "confidence"},
    "web.missing": {"zh": "缺少：", "en": "Missing: "},
    "web.evidence": {"zh": "证据（{n}）", "en": "Evidence ({n})"},
    "web.matched": {"zh": "命中：", "en": "matched: "},
    "web.show_source": {"zh": "查看原文位置", "en": "Show it in the document"},
    "web.boxed": {"zh": "（框出的是证据位置）", "en": " (the box marks the evidence)"},
    "web.no_source": {"zh": "无法显示原文位置。", "en": "The place in the document cannot be shown."},
    "web.no_evidence": {"zh": "未找到证据。", "en": "No evidence found."},
    "web.saved": {"zh": "已保存。", "en": "Saved."},
    "web.note_label": {"zh": "理由/备注", "en": "Reason/note"},
    "web.no_proposal_title": {"zh": "系统未给出建议评分，请改判", "en": "The tool proposed no rating: override instead"},
    "web.confirm": {"zh": "确认建议", "en": "Confirm proposal"},
    "web.paren": {"zh": "（{text}）", "en": " ({text})"},
    "web.or_override": {"zh": "或改判为", "en": "or override with"},
    "web.override_rating": {"zh": "改判评分", "en": "Override rating"},
    "web.override": {"zh": "改判", "en": "Override"},
    "web.note_only": {"zh": "仅添加备注", "en": "Add a note only"},
    "web.history": {"zh": "复核记录（{n}）", "en": "Review history ({n})"},
    "web.plan": {"zh": "整改计划", "en": "Remediation plan"},
    "web.plan_current": {"zh": "当前：责任人", "en": "Current plan: owner"},
    "web.plan_due": {"zh": "，期限", "en": ", due"},
    "web.plan_status": {"zh": "状态", "en": "status"},
    "web.plan_sep": {"zh": "，", "en": ","},
    "web.plan_by": {"zh": "（{by}，", "en": "({by}, "},
    "web.plan_done_by_evidence": {"zh": "（本项已达标）", "en": " (the item is compliant now)"},
    "web.unsigned": {"zh": "未署名", "en": "unnamed"},
    "web.plan_saved": {"zh": "整改计划已保存。", "en": "Remediation plan saved."},
    "web.owner": {"zh": "责任人", "en": "Owner"},
    "web.due": {"zh": "期限", "en": "Due"},
    "web.status": {"zh": "状态", "en": "Status"},
    "web.plan_note": {"zh": "说明", "en": "Note"},
    "web.save_plan": {"zh": "保存整改计划", "en": "Save the plan"},
    "web.list_sep": {"zh": "、", "en": ", "},
    "web.colon": {"zh": "：", "en": ": "},
    # score panel
    "score.aria": {"zh": "计分", "en": "Score"},
    "score.title": {"zh": "当前计分", "en": "Current score"},
    "score.total": {"zh": "总分", "en": "Total"},
    "score.points": {"zh": "分", "en": "points"},
    "score.pending": {"zh": "尚有未评项", "en": "items still unrated"},
    "score.confirmed": {"zh": "人工确认", "en": "Confirmed by a reviewer"},
    "score.proposed": {"zh": "采用系统建议（未确认）", "en": "Tool's proposal (not confirmed)"},
    "score.unrated": {"zh": "未评（待人工判断）", "en": "Unrated (needs review)"},
    "score.stale": {"zh": "需复核（证据已变化）", "en": "Re-check (evidence changed)"},
    "score.n": {"zh": "项", "en": ""},
    "score.unrated_items": {"zh": "未评的标准项：", "en": "Unrated items: "},
    "score.basis": {"zh": "计分口径：已确认的分项按人工结论，其余分项暂按系统建议；待人工判断且未复核的分项计为未评，不能通过。",
                    "en": "How it counts: reviewed sub-items by the reviewer's decision, the others by the tool's "
                          "proposal for now; sub-items that need review and are not reviewed count as unrated, "
                          "and there is no pass until they are rated. "},
    "score.stop": {"zh": "。", "en": "."},
    # plain error pages (web.py)
    "web.home": {"zh": "返回首页", "en": "Back to the list"},
    "web.forbidden_host": {"zh": "拒绝访问：未设置访问口令时只接受本机地址（127.0.0.1 / localhost）的访问",
                           "en": "Forbidden: without an access token only local addresses (127.0.0.1 / localhost) "
                                 "are accepted"},
    "web.need_token": {"zh": "需要访问口令：请使用启动时显示的带 ?token= 的地址打开",
                       "en": "Access token needed: open the address with ?token= shown at start-up"},
    "web.foreign_origin": {"zh": "拒绝访问：表单来自其他网站", "en": "Forbidden: the form came from another site"},
    "web.bad_csrf": {"zh": "拒绝访问：表单令牌（CSRF）缺失或无效，请刷新页面后重试",
                     "en": "Forbidden: the form token (CSRF) is missing or invalid; reload the page and try again"},
    "web.no_item": {"zh": "没有标准项 {item}", "en": "No item {item}"},
    "web.single_item": {"zh": "{item} 见单项标准，在单项标准的同名标准项中评分",
                        "en": "{item} belongs to the single standard: rate it under the item of the same name there"},
    "web.no_version": {"zh": "表单缺少版本号，请刷新页面后重试", "en": "The form has no version; reload the page and try again"},
    "web.no_unit": {"zh": "{item} 下没有分项 {unit}", "en": "{item} has no sub-item {unit}"},
    "web.no_page": {"zh": "没有可显示的页面", "en": "No page to show"},
    "web.page_failed": {"zh": "无法显示 {path} 第{page}页", "en": "Cannot show {path} page {page}"},
    "web.no_file": {"zh": "文件不存在或不属于本次检查的材料", "en": "No such file among the documents of this check"},
    "web.no_report": {"zh": "报告不存在（可用 evidence-checker report 生成）",
                      "en": "No such report (evidence-checker report writes it)"},
})


def lang_of(value: object) -> str:
    """``zh`` or ``en`` from a Lang enum, a string or None (anything else: ``zh``)."""
    code = getattr(value, "value", value)
    return code if code in LANGS else "zh"


def tr(key: str, lang: str = "zh", **fmt: object) -> str:
    """The review text ``key`` in ``lang`` with ``fmt`` filled in (the key itself when unknown)."""
    entry = TEXTS.get(key)
    text = entry.get(lang, entry["zh"]) if entry else t(key, lang)
    return text.format(**fmt) if fmt else text


STALE_NOTES = ("st.stale_out_of_scope", "st.stale_gone", "st.stale_changed")


def note_text(kind: str, note: str, lang: str = "zh") -> str:
    """A history entry's note in ``lang``: the store's own note on a stale mark (kept in Chinese)
    translated; a reviewer's note as written."""
    if kind == "stale" and lang != "zh":
        for key in STALE_NOTES:
            if note == tr(key, "zh"):
                return tr(key, lang)
    return note


def rating_label(rating: str | None, lang: str = "zh") -> str:
    """A rating's name (达标 … / compliant …); ``未评`` / ``unrated`` for none."""
    return t(rating or "unrated", lang)


def options_text(options, lang: str = "zh") -> str:
    """The ratings ``options`` named and listed (达标、不达标 / compliant, non-compliant)."""
    return t("punct.list", lang).join(rating_label(o, lang) for o in options)


def parse_review_rating(value: object, rules=None) -> str | None:
    """A rating in any accepted spelling (:func:`parse_rating`) or its English label
    (``basically compliant``, ``non-compliant`` …); None when not recognised."""
    found = parse_rating(value, rules)
    if found is not None or not isinstance(value, str):
        return found
    key = " ".join(value.strip().lower().replace("_", " ").split())
    english = {t(r, "en").lower(): r for r in RATINGS}
    if rules is not None:
        english |= {str(v).strip().lower(): k for k, v in getattr(rules, "labels_en", {}).items()}
    english |= {k.replace("-", " "): r for k, r in list(english.items())}
    return english.get(key) or english.get(key.replace("-", " "))


def header_names(prefix: str, key: str) -> tuple[str, str]:
    """The Chinese and the English header of a workbook column (both are read back)."""
    return tr(f"{prefix}.{key}", "zh"), tr(f"{prefix}.{key}", "en")
