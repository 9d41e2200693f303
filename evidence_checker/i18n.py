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


def t(key: str, lang: str = "zh") -> str:
    """The label for ``key`` in ``lang`` (the key itself when there is none)."""
    entry = _LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["zh"]
