"""finance.audit_opinion and finance.composite: 财务状况 from 财务数据 and the edition's finance model."""

from __future__ import annotations

from ..catalog import Item
from ..readings import chosen
from ..record_templates import FINANCE
from .finance_model import RATIO_KEYS, RATIO_LABELS, _dec, _num, composite_score, financial_ratios
from .registry import register
from .verdicts import RecordVerdict, _combine, _Ctx, _pct, _th


_RATING_ZH = {"compliant": "达标", "basically_compliant": "基本达标", "non_compliant": "不达标", None: "待复核"}


@register("finance.audit_opinion", version=1)
def _eval_accounting(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """会计信息: the audit opinion of the year(s) asked for, rated by finance.yaml's opinions."""
    th = _th(unit, "cpa_audit_min_per_year")
    offset = ctx.fin.setting("audit_year_offset")
    target = ctx.as_of.year - offset
    names = (["cpa_audit_min_per_year"] if th else []) + ["finance.yaml:accounting_info.opinions",
                                                           "finance.yaml:interpretations.audit_year_offset"]
    absent = ctx.absent_check(FINANCE, f"{target}年度的审计意见")
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    by = {f.year: f for f in ctx.records.finance}
    recert = ctx.profile.flag("recertification")
    if recert and not ctx.certified_since and chosen(ctx.assessment.standard.root, ctx.profile.readings,
                                                     "recertification_years") == "needs_review":
        return RecordVerdict(None, ["重新认证：认证年份未知（企业概况未填写 certified_since），须核对的审计年度无法确定"
                                    "（解读 recertification_years=needs_review）"],
                             missing=["profile.yaml certified_since：成为认证企业的年份"],
                             thresholds=names + ["readings.yaml:recertification_years"])
    if recert:
        first = ctx.certified_since or min([y for y in by if y <= target], default=target)
        years = list(range(first, target + 1))
        start_note = (f"认证年份{first}年" if ctx.certified_since else
                      f"认证年份未知，从财务数据最早年度{first}年起核对")
    else:
        years = [target]
        start_note = ""
    reasons, facts, missing = [], [], []
    ratings = []
    min_reports = int(th.value) if th else 1
    for y in years:
        fy = by.get(y)
        if fy is None or fy.opinion is None:
            missing.append(f"{ctx.file_label(FINANCE)}：{y}年度的审计意见（没有审计报告的填“无审计报告”）")
            ratings.append(None)
            continue
        r = ctx.fin.opinions.get(fy.opinion)
        ratings.append(r)
        facts.append({"kind": "audit_opinion", "year": y, "opinion": fy.opinion, "rating": r, "file": fy.file,
                      "row": fy.row})
        reasons.append(f"{y}年度审计意见：{fy.opinion} → {_RATING_ZH[r]}")
    if recert:
        have = [y for y, r in zip(years, ratings) if r is not None]
        lacking = [y for y, r in zip(years, ratings) if r is None]
        head = (f"重新认证：须自成为认证企业起每年（每年{min_reports}次以上）接受会计师事务所审计；{start_note}，"
                f"应有{years[0]}–{years[-1]}年共{len(years)}个年度的审计报告，已有{len(have)}个")
        if lacking:
            head += f"，缺少{'、'.join(str(y) for y in lacking)}年度"
        reasons.insert(0, head)
    else:
        reasons.insert(0, f"申请认证：须提交{target}年度（评估基准日上一会计年度）的会计师事务所审计报告")
    order = {"non_compliant": 0, "basically_compliant": 1, "compliant": 2}
    known = [r for r in ratings if r is not None]
    if "non_compliant" in known:
        rating = "non_compliant"
    elif None in ratings:
        rating = None
    else:
        rating = min(known, key=order.get)
    rating, extra = ctx.unreadable_note(["finance"], rating)
    return RecordVerdict(rating, reasons + extra, facts, missing, names)


@register("finance.composite", version=1)
def _eval_composite(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """综合财务状况: the debt-ratio limit, then the composite score of finance.yaml."""
    fin = ctx.fin
    target = ctx.as_of.year - fin.setting("audit_year_offset")
    names = ["finance.yaml:composite.debt_ratio_max", "finance.yaml:composite.weights",
             "finance.yaml:composite.cutoffs", "finance.yaml:composite.bands",
             "finance.yaml:interpretations.audit_year_offset"]
    absent = ctx.absent_check(FINANCE, f"{target}年度的资产负债表、利润表、现金流量表数据")
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    fy = next((f for f in ctx.records.finance if f.year == target), None)
    if fy is None:
        return RecordVerdict(None, [f"财务数据中没有{target}年度"],
                             missing=[f"{ctx.file_label(FINANCE)}：{target}年度的财务数据"], thresholds=names)
    ratios = financial_ratios(fy)
    facts = [ratios.to_json() | {"file": fy.file, "row": fy.row}]
    shown = "；".join(f"{RATIO_LABELS[k]}{_pct(ratios.get(k)) if k != 'quick_ratio' else _num(ratios.get(k))}"
                     if ratios.get(k) is not None else f"{RATIO_LABELS[k]}无法计算（{ratios.why_missing.get(k)}）"
                     for k in RATIO_KEYS)
    reasons = [f"{target}年度：{shown}"]
    missing = [f"{ctx.file_label(FINANCE)}：{target}年度 {RATIO_LABELS[k]}所需数据（{w}）"
               for k, w in ratios.why_missing.items()]
    debt = ratios.debt_ratio
    debt_max = _dec(fin.debt_ratio_max)
    if debt is not None and debt > debt_max:
        reasons.append(f"资产负债率{_pct(debt)}超过{_pct(debt_max)}，综合财务状况不达标")
        return _with_unreadable(ctx, RecordVerdict("non_compliant", reasons, facts, [], names))
    if debt is None:
        reasons.append("资产负债率无法计算")
        return _with_unreadable(ctx, RecordVerdict(None, reasons, facts, missing, names))
    reasons.append(f"资产负债率{_pct(debt)}，未超过{_pct(debt_max)}")
    got = composite_score(ratios, fin)
    if got is None:
        reasons.append("综合分值无法计算（有比率缺数据）")
        return _with_unreadable(ctx, RecordVerdict(None, reasons, facts, missing, names))
    total, scores = got
    if total >= _dec(fin.compliant_min):
        rating = "compliant"
    elif total >= _dec(fin.basically_compliant_min):
        rating = "basically_compliant"
    else:
        rating = "non_compliant"
    terms = " + ".join(f"{RATIO_LABELS[k]}{_num(scores[k])}×{_num(fin.weights[k])}" for k in RATIO_KEYS)
    reasons.append(f"综合分值 = {terms} = {_num(total)} → {_RATING_ZH[rating]}"
                   f"（>= {_num(fin.compliant_min)} 达标，{_num(fin.basically_compliant_min)} 至 < {_num(fin.compliant_min)} 基本达标）")
    if fin.bands_assumed:
        reasons.append(f"注意：各比率的分值对应表为假设值（见{fin.source}），须以官方行业参考值核对")
    facts.append({"kind": "indicator", "name": "composite_score", "value": float(total),
                  "scores": scores, "bands_assumed": fin.bands_assumed})
    return _with_unreadable(ctx, RecordVerdict(rating, reasons, facts, [], names))


def _with_unreadable(ctx: _Ctx, v: RecordVerdict) -> RecordVerdict:
    rating, extra = ctx.unreadable_note(["finance"], v.rating)
    return RecordVerdict(rating, v.reasons + extra, v.facts, v.missing, v.thresholds)
