"""finance.audit_opinion and finance.composite: 财务状况 from 财务数据 and the edition's finance model."""

from __future__ import annotations

from ..catalog import Item
from ..readings import chosen
from ..record_templates import FINANCE
from .finance_model import RATIO_KEYS, _dec, _num, composite_score, financial_ratios
from .registry import register
from ..messages import Msg, name, plus
from .verdicts import RecordVerdict, _combine, _Ctx, _pct, _th


def _rating(r: str | None) -> Msg:
    """达标/基本达标/不达标/待复核 as a message."""
    return Msg(f"fin_rating_{r or 'none'}")


def _ratio(k: str) -> Msg:
    return Msg(f"ratio_{k}")


@register("finance.audit_opinion", version=1)
def _eval_accounting(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """会计信息: the audit opinion of the year(s) asked for, rated by finance.yaml's opinions."""
    th = _th(unit, "cpa_audit_min_per_year")
    offset = ctx.fin.setting("audit_year_offset")
    target = ctx.as_of.year - offset
    names = (["cpa_audit_min_per_year"] if th else []) + ["finance.yaml:accounting_info.opinions",
                                                           "finance.yaml:interpretations.audit_year_offset"]
    absent = ctx.absent_check(FINANCE, Msg("fin_opinion_what", year=target))
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    by = {f.year: f for f in ctx.records.finance}
    recert = ctx.profile.flag("recertification")
    if recert and not ctx.certified_since and chosen(ctx.assessment.standard.root, ctx.profile.readings,
                                                     "recertification_years") == "needs_review":
        return RecordVerdict(None, [Msg("fin_recert_unknown")], missing=[Msg("fin_certified_since")],
                             thresholds=names + ["readings.yaml:recertification_years"])
    if recert:
        first = ctx.certified_since or min([y for y in by if y <= target], default=target)
        years = list(range(first, target + 1))
        start_note = Msg("fin_certified_in" if ctx.certified_since else "fin_certified_guess", year=first)
    else:
        years = [target]
        start_note = ""
    reasons, facts, missing = [], [], []
    ratings = []
    min_reports = int(th.value) if th else 1
    for y in years:
        fy = by.get(y)
        if fy is None or fy.opinion is None:
            missing.append(Msg("fin_opinion_fill", file=ctx.file_label(FINANCE), year=y))
            ratings.append(None)
            continue
        r = ctx.fin.opinions.get(fy.opinion)
        ratings.append(r)
        facts.append({"kind": "audit_opinion", "year": y, "opinion": fy.opinion, "rating": r, "file": fy.file,
                      "row": fy.row})
        reasons.append(Msg("fin_opinion", year=y, opinion=name(fy.opinion), rating=_rating(r)))
    if recert:
        have = [y for y, r in zip(years, ratings) if r is not None]
        lacking = [y for y, r in zip(years, ratings) if r is None]
        head = Msg("fin_recert", min=min_reports, note=start_note, first=years[0], last=years[-1], n=len(years),
                   have=len(have), lacking=Msg("fin_lacking_years", years={"list": [str(y) for y in lacking]})
                   if lacking else "")
        reasons.insert(0, head)
    else:
        reasons.insert(0, Msg("fin_apply", year=target))
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
    absent = ctx.absent_check(FINANCE, Msg("fin_statements_what", year=target))
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    fy = next((f for f in ctx.records.finance if f.year == target), None)
    if fy is None:
        return RecordVerdict(None, [Msg("fin_no_year", year=target)],
                             missing=[Msg("fin_year_fill", file=ctx.file_label(FINANCE), year=target)], thresholds=names)
    ratios = financial_ratios(fy)
    facts = [ratios.to_json() | {"file": fy.file, "row": fy.row}]
    shown = [Msg("fin_ratio_value", ratio=_ratio(k),
                 value=_pct(ratios.get(k)) if k != 'quick_ratio' else _num(ratios.get(k)))
             if ratios.get(k) is not None else
             Msg("fin_ratio_unknown", ratio=_ratio(k), why=ratios.why_missing[k])
             for k in RATIO_KEYS]
    reasons = [Msg("fin_year_ratios", year=target, ratios={"join": shown})]
    missing = [Msg("fin_ratio_fill", file=ctx.file_label(FINANCE), year=target, ratio=_ratio(k), why=w)
               for k, w in ratios.why_missing.items()]
    debt = ratios.debt_ratio
    debt_max = _dec(fin.debt_ratio_max)
    if debt is not None and debt > debt_max:
        reasons.append(Msg("fin_debt_over", value=_pct(debt), max=_pct(debt_max)))
        return _with_unreadable(ctx, RecordVerdict("non_compliant", reasons, facts, [], names))
    if debt is None:
        reasons.append(Msg("fin_debt_unknown"))
        return _with_unreadable(ctx, RecordVerdict(None, reasons, facts, missing, names))
    reasons.append(Msg("fin_debt_ok", value=_pct(debt), max=_pct(debt_max)))
    got = composite_score(ratios, fin)
    if got is None:
        reasons.append(Msg("fin_score_unknown"))
        return _with_unreadable(ctx, RecordVerdict(None, reasons, facts, missing, names))
    total, scores = got
    if total >= _dec(fin.compliant_min):
        rating = "compliant"
    elif total >= _dec(fin.basically_compliant_min):
        rating = "basically_compliant"
    else:
        rating = "non_compliant"
    terms = plus(Msg("fin_term", ratio=_ratio(k), score=_num(scores[k]), weight=_num(fin.weights[k])) for k in RATIO_KEYS)
    reasons.append(Msg("fin_score", terms=terms, total=_num(total), rating=_rating(rating), cmin=_num(fin.compliant_min),
                       bmin=_num(fin.basically_compliant_min)))
    if fin.bands_assumed:
        reasons.append(Msg("fin_bands_assumed", source=fin.source))
    facts.append({"kind": "indicator", "name": "composite_score", "value": float(total),
                  "scores": scores, "bands_assumed": fin.bands_assumed})
    return _with_unreadable(ctx, RecordVerdict(rating, reasons, facts, [], names))


def _with_unreadable(ctx: _Ctx, v: RecordVerdict) -> RecordVerdict:
    rating, extra = ctx.unreadable_note(["finance"], v.rating)
    return RecordVerdict(rating, v.reasons + extra, v.facts, v.missing, v.thresholds)
