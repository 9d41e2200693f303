"""records.abnormal_list: the credit-abnormal list (信用信息异常企业名录), from 异常名录."""

from __future__ import annotations

from ..catalog import Item
from ..facts import window_start
from ..record_templates import ABNORMAL
from .finance_model import _num
from .registry import register
from .verdicts import RecordVerdict, _Check, _combine, _Ctx, _meets, _th, _window_text


@register("records.abnormal_list", version=1)
def _eval_abnormal(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """企业守法 异常名录: times listed and days on the list within the window, from 异常名录."""
    win = _th(unit, "window_years")
    t_times, t_days = _th(unit, "abnormal_list_max_times"), _th(unit, "abnormal_list_max_days")
    names = [n for n in ("window_years", "abnormal_list_max_times", "abnormal_list_max_days") if _th(unit, n)]
    start = window_start(ctx.as_of, years=win.value)
    wtxt = f"{_num(win.value)}年内（{_window_text(start, ctx.as_of)}）"
    absent = ctx.absent_check(ABNORMAL, f"{wtxt}被列入信用信息异常企业名录的记录")
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
        checks.append(_Check(ok, [f"{wtxt}被列入信用信息异常企业名录{len(rows)}次，{'未超过' if ok else '超过'}{_num(t_times.value)}次"],
                             names=names, files=("abnormal",)))
    if t_days:
        ok = _meets(days, t_days)
        how = "合计" if days_rule == "cumulative" else "最长一次"
        still = [a for a in rows if a.removed is None]
        detail = "；".join(f"{a.listed.isoformat()}列入、{a.removed.isoformat() + '移出' if a.removed else '至评估基准日仍在名录中'}，{d}日"
                          for a, d in zip(rows, lengths))
        checks.append(_Check(ok, [f"在名录中的天数{how}{days}日，{'未超过' if ok else '超过'}{_num(t_days.value)}日"
                                  + (f"（{detail}）" if detail else "")],
                             names=names + interp, files=("abnormal",)))
        if still:
            checks[-1].reasons.append("至评估基准日仍在异常名录中")
    v = _combine(checks, ctx)
    return RecordVerdict(v.rating, v.reasons, facts + v.facts, v.missing, v.thresholds)
