"""records.abnormal_list: the credit-abnormal list (信用信息异常企业名录), from 异常名录."""

from __future__ import annotations

from ..catalog import Item
from ..facts import window_start
from ..record_templates import ABNORMAL
from .finance_model import _num
from .registry import register
from ..messages import Msg
from .verdicts import RecordVerdict, _Check, _cmp, _combine, _Ctx, _meets, _th, _years_window


@register("records.abnormal_list", version=1)
def _eval_abnormal(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """企业守法 异常名录: times listed and days on the list within the window, from 异常名录."""
    win = _th(unit, "window_years")
    t_times, t_days = _th(unit, "abnormal_list_max_times"), _th(unit, "abnormal_list_max_days")
    names = [n for n in ("window_years", "abnormal_list_max_times", "abnormal_list_max_days") if _th(unit, n)]
    start = window_start(ctx.as_of, years=win.value)
    wtxt = _years_window(win.value, start, ctx.as_of)
    absent = ctx.absent_check(ABNORMAL, Msg("ab_what", win=wtxt))
    if absent:
        absent.names = names + absent.names
        return _combine([absent], ctx)
    reading = ctx.fin.setting("abnormal_list_window")
    days_rule = ctx.fin.setting("abnormal_list_days")
    if reading == "overlap":
        rows = [a for a in ctx.records.abnormal if a.listed <= ctx.as_of and (a.removed or ctx.as_of) >= start]
    else:
        rows = [a for a in ctx.records.abnormal if start <= a.listed <= ctx.as_of]
    lengths = [((a.removed or ctx.as_of) - a.listed).days for a in rows]
    days = (sum(lengths) if days_rule == "cumulative" else max(lengths, default=0))
    checks = []
    facts = [{"kind": "abnormal_listing", "listed": a.listed.isoformat(),
              "removed": a.removed.isoformat() if a.removed else None, "days": d, "file": a.file, "row": a.row}
             for a, d in zip(rows, lengths)]
    interp = ["finance.yaml:interpretations.abnormal_list_window", "finance.yaml:interpretations.abnormal_list_days"]
    if t_times:
        ok = _meets(len(rows), t_times)
        checks.append(_Check(ok, [Msg("ab_times", win=wtxt, n=len(rows), cmp=_cmp(ok), max=_num(t_times.value))],
                             names=names, files=("abnormal",)))
    if t_days:
        ok = _meets(days, t_days)
        how = Msg("ab_cumulative" if days_rule == "cumulative" else "ab_longest")
        still = [a for a in rows if a.removed is None]
        listings = [Msg("ab_listing", listed=a.listed.isoformat(), days=d,
                        removed=Msg("ab_removed", date=a.removed.isoformat()) if a.removed else Msg("ab_still_listed"))
                    for a, d in zip(rows, lengths)]
        detail = Msg("ab_detail", listings={"join": listings}) if listings else ""
        checks.append(_Check(ok, [Msg("ab_days", how=how, days=days, cmp=_cmp(ok), max=_num(t_days.value),
                                      detail=detail)],
                             names=names + interp, files=("abnormal",)))
        if still:
            checks[-1].reasons.append(Msg("ab_still"))
    v = _combine(checks, ctx)
    return RecordVerdict(v.rating, v.reasons, facts + v.facts, v.missing, v.thresholds)
