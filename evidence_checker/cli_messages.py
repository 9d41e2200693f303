"""The words of the commands init, check, score, match, propose, eval, calibrate, ingest, standards
export and models build: Chinese by default, English with ``--lang en``.

Each entry of :data:`MESSAGES` is a ``str.format`` template; :func:`msg` fills it in. Labels shared
with the reports (ratings, pass/fail) come from :func:`evidence_checker.i18n.t` instead.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        # shared
        "no_bundle": "材料文件夹不存在：{bundle}",
        "wrote": "已写出 {path}",
        "list_sep": "、",
        "no_corpus": "{corpus} 中没有带 gold.yaml 的材料文件夹（先运行 python -m corpora.build）",
        "load_failed": "标准数据无法加载：{error}",
        "no_standards_dir": "标准文件夹不存在：{dir}（来自 --standards-dir 或 {env}）",
        "interrupted": "已中断",
        "out_of_memory": "[red]错误：[/red]内存不足，运行已停止（可在 models/limits.yaml 中调低读取预算）",
        "bug": "[red]错误：[/red]{error}（运行已停止；这是本工具的缺陷，请报告）",
        # standards list / show
        "std.bad_choice": "{option} {value} 无效（可选 {choices}）",
        "std.table": "{title}（附件{n}）",
        "std.via_single": "（见单项标准）",
        "std.via_single_note": "本项见单项标准，在单项标准的同名标准项中评分，不重复计分。",
        "std.id": "编号",
        # init
        "init.exists": "已存在，未覆盖：{path}",
        "init.written": "已生成：{path}",
        "init.ask": "{label}（{key}）？y 是 / n 否 / ? 未知",
        "next.title": "下一步：",
        "next.profile": "  1. 打开 {profile}，核对企业名称、认证类型、经营类别和评估基准日，"
                        "并按实际情况勾选适用情形（如进出口食品、加工贸易、海关特殊监管区）。",
        "next.records": "  2. 在 {records}/ 的模板中填写处罚记录、报关单统计、季度指标、财务数据和异常名录："
                        "每个模板第2行是以 # 开头的示例（不会被读取）；确无处罚或从未列入异常名录的，只填一行，说明列写“无”。",
        "next.documents": "  3. 守法规范各项除结构化记录外，请把以下声明、证明或查询截图放入材料文件夹：",
        "next.item": "     {item} {title}：{docs}",
        "next.doc_sep": "；",
        "next.check": "  4. 运行 evidence-checker check {bundle}，再用 evidence-checker review serve {bundle} 逐项复核。",
        # check: the progress bar, and what did not get done after the run
        "check.start": "开始",
        "check.files": "文件",
        "check.ingest": "读取材料",
        "check.match": "定位证据",
        "check.propose": "初步评分",
        "check.score": "正式计分",
        "check.store_failed": "复核记录库未更新：{error}",
        "check.report_failed": "报告未生成：{error}",
        "check.out_of_memory": "内存不足",
        # score
        "score.bad_set": "--set {value} 格式应为 编号=评分，例如 common.1.2=达标",
        "score.problems": "评分文件有 {n} 处错误，未计分：",
        # match
        "match.hits": "{n} 条证据",
        # propose
        "propose.not_rated": "--show {show}：不是{level}·{business_type}的评分分项（如 common.1.2）",
        "propose.line": "[bold]{uid}[/bold] {label}（置信度 {confidence:.2f}）",
        "propose.missing": "缺少",
        # eval
        "eval.bad_set": "--set 只能是 {choices}，而不是 {value!r}",
        "eval.or": " 或 ",
        "eval.progress": "评测 {name} …",
        "eval.done": "已评测 {name}",
        "eval.skipped": "[red]未评测[/red] {name}：{errors}",
        "eval.error_sep": "；",
        "eval.heldout": "留出集（盲写，从未用于调参）",
        "eval.in-sample": "样本集（其措辞用于构建词表和阈值）",
        "eval.retrieval": "证据定位：本工具 vs BM25基线",
        "eval.ratings": "初步评分 vs 金标准",
        "eval.total": "合计",
        "eval.summary": "合计：评分准确率 {accuracy:.3f}（自动判定 {automatic_share:.0%}，其准确率 "
                        "{accuracy_automatic:.3f}），过度乐观 {over_optimistic}（其中达标 "
                        "{over_optimistic_compliant}），待人工 {needs_review}，不适用准确率 {na_accuracy:.3f}，"
                        "结论一致 {pass_agreement:.2f}（过度乐观的结论 {over_optimistic_verdicts}），"
                        "总分一致 {total_agreement:.2f}",
        "eval.band": "[{low:.1f}, {high:.1f}) {n}项 平均置信度{mean_confidence:.2f} 准确率{accuracy:.2f}",
        "eval.band_sep": "；",
        "eval.reliability": "置信度可靠性（自动判定）：{bands}；校准误差 {calibration_error:.3f}，Brier {brier:.3f}",
        "eval.path": "{path} {n}项 判对{right} 过度乐观{over_optimistic}",
        "eval.paths": "按判定路径（自动判定）：{paths}",
        # calibrate
        "cal.progress": "拟合 {name} …",
        "cal.done": "已拟合 {name}",
        "cal.not_used": "[red]未用于拟合[/red] {error}",
        "cal.no_sample": "{corpus} 中没有样本集（in-sample）材料包，无从拟合",
        "cal.title": "各判定路径的置信度（{n} 个样本集材料包）",
        "cal.prior": "（沿用先验）",
        # batch
        "batch.none": "{source} 中没有材料包（子文件夹应含 profile.yaml）",
        "batch.start": "批量检查 {n} 个材料包，执行于{where}",
        "batch.bundles": "材料包",
        "batch.files": "文件",
        "batch.pages": "扫描页",
        # models build
        "models.built": "已生成 {path}",
    },
    "en": {
        "no_bundle": "bundle folder not found: {bundle}",
        "wrote": "written: {path}",
        "list_sep": ", ",
        "no_corpus": "no bundle folder with a gold.yaml in {corpus} (run python -m corpora.build first)",
        "load_failed": "cannot load the standard: {error}",
        "no_standards_dir": "standards folder not found: {dir} (from --standards-dir or {env})",
        "interrupted": "Interrupted",
        "out_of_memory": "[red]Error: [/red]out of memory; the run stopped (the reading budgets in "
                         "models/limits.yaml can be lowered)",
        "bug": "[red]Error: [/red]{error} (the run stopped; this is a bug of this tool, please report it)",
        "std.bad_choice": "{option} {value} is not valid (choices: {choices})",
        "std.table": "{title} (Attachment {n})",
        "std.via_single": " (see the single-item standards)",
        "std.via_single_note": "This item is rated in the single-item standards, under the item of the same name; "
                               "it is not scored twice.",
        "std.id": "ID",
        "init.exists": "exists, not overwritten: {path}",
        "init.written": "written: {path}",
        "init.ask": "{label} ({key})? y yes / n no / ? unknown",
        "next.title": "Next steps:",
        "next.profile": "  1. Open {profile}: check the enterprise name, level, business type and assessment "
                        "date, and set the flags that apply (e.g. food imports/exports, processing trade, "
                        "special customs zone).",
        "next.records": "  2. Fill in the templates in {records}/ (penalties, declaration statistics, quarterly "
                        "indicators, financial data, abnormal-list entries): row 2 of each template is an example "
                        "starting with # (not read); with no penalties, or never on the abnormal list, fill in "
                        "a single row with “无” (none) in the note column.",
        "next.documents": "  3. For the legal-compliance items, besides the records, put these statements, "
                          "certificates or search screenshots in the bundle folder:",
        "next.item": "     {item} {title}: {docs}",
        "next.doc_sep": "; ",
        "next.check": "  4. Run evidence-checker check {bundle} --lang en, then review item by item with "
                      "evidence-checker review serve {bundle}.",
        "check.start": "Starting",
        "check.files": "Files",
        "check.ingest": "Reading the documents",
        "check.match": "Locating evidence",
        "check.propose": "Proposing ratings",
        "check.score": "Scoring",
        "check.store_failed": "the review store was not updated: {error}",
        "check.report_failed": "the reports were not written: {error}",
        "check.out_of_memory": "out of memory",
        "score.bad_set": "--set {value}: expected ID=rating, e.g. common.1.2=compliant",
        "score.problems": "The ratings file has {n} error(s); nothing was scored:",
        "match.hits": "{n} passage(s) of evidence",
        "propose.not_rated": "--show {show}: not a rated sub-item of {level} · {business_type} (e.g. common.1.2)",
        "propose.line": "[bold]{uid}[/bold] {label} (confidence {confidence:.2f})",
        "propose.missing": "missing:",
        "eval.bad_set": "--set must be {choices}, not {value!r}",
        "eval.or": " or ",
        "eval.progress": "evaluating {name} …",
        "eval.done": "evaluated {name}",
        "eval.skipped": "[red]not evaluated[/red] {name}: {errors}",
        "eval.error_sep": "; ",
        "eval.heldout": "Held-out set (written blind, never used for tuning)",
        "eval.in-sample": "In-sample set (its wording built the lexicon and thresholds)",
        "eval.retrieval": "Evidence location: this tool vs the BM25 baseline",
        "eval.ratings": "Proposals vs the gold standard",
        "eval.total": "Total",
        "eval.summary": "Total: rating accuracy {accuracy:.3f} (automatic {automatic_share:.0%}, accuracy "
                        "{accuracy_automatic:.3f}), over-optimistic {over_optimistic} (compliant "
                        "{over_optimistic_compliant}), needs review {needs_review}, not-applicable accuracy "
                        "{na_accuracy:.3f}, verdict agreement {pass_agreement:.2f} (over-optimistic verdicts "
                        "{over_optimistic_verdicts}), total agreement {total_agreement:.2f}",
        "eval.band": "[{low:.1f}, {high:.1f}) {n} item(s), mean confidence {mean_confidence:.2f}, "
                     "accuracy {accuracy:.2f}",
        "eval.band_sep": "; ",
        "eval.reliability": "Confidence reliability (automatic): {bands}; calibration error "
                            "{calibration_error:.3f}, Brier {brier:.3f}",
        "eval.path": "{path} {n}, {right} right, {over_optimistic} over-optimistic",
        "eval.paths": "By decision path (automatic): {paths}",
        "cal.progress": "fitting {name} …",
        "cal.done": "fitted {name}",
        "cal.not_used": "[red]not used for fitting[/red] {error}",
        "cal.no_sample": "no in-sample bundle in {corpus}: nothing to fit",
        "cal.title": "Confidence per decision path ({n} in-sample bundle(s))",
        "cal.prior": "(prior kept)",
        "batch.none": "no bundle in {source} (each sub-folder needs a profile.yaml)",
        "batch.start": "Checking {n} bundle(s) on {where}",
        "batch.bundles": "Bundles",
        "batch.files": "Files",
        "batch.pages": "Scanned pages",
        "models.built": "built {path}",
    },
}

# Table headers, in column order.
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "eval.retrieval": ("材料包", "分项", "R@1", "R@5", "页级R@5", "MRR", "精确率", "无关文件进前5",
                           "BM25 R@1", "BM25 R@5", "BM25 MRR"),
        "eval.ratings": ("材料包", "分项", "准确率", "自动判定", "自动判定准确率", "过度乐观", "其中达标", "待人工",
                         "不适用准确率", "总分(工具/金标准)", "结论(工具/金标准)"),
        "cal.table": ("判定路径/评分", "次数", "判对", "置信度"),
    },
    "en": {
        "eval.retrieval": ("Bundle", "Sub-items", "R@1", "R@5", "Page R@5", "MRR", "Precision",
                           "Irrelevant in top 5", "BM25 R@1", "BM25 R@5", "BM25 MRR"),
        "eval.ratings": ("Bundle", "Sub-items", "Accuracy", "Automatic", "Automatic accuracy", "Over-optimistic",
                         "of which compliant", "Needs review", "N/A accuracy", "Total (tool/gold)",
                         "Verdict (tool/gold)"),
        "cal.table": ("Decision path/rating", "Count", "Right", "Confidence"),
    },
}


def msg(name: str, lang: str = "zh", /, **fields: Any) -> str:
    """The message ``name`` in ``lang`` (Chinese when ``lang`` is unknown), filled in with ``fields``."""
    return MESSAGES.get(lang, MESSAGES["zh"])[name].format(**fields)


def columns(key: str, lang: str = "zh") -> tuple[str, ...]:
    """The column headers of table ``key`` in ``lang``."""
    return COLUMNS.get(lang, COLUMNS["zh"])[key]
