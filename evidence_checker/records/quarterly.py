"""records.quarterly_indicators: quarterly indicators against the national average, from 季度指标."""

from __future__ import annotations

from ..catalog import Item
from ..facts import consecutive_quarters
from ..record_templates import QUARTERLY
from .finance_model import _num
from .registry import register
from ..messages import Msg, name
from .verdicts import RecordVerdict, _Check, _combine, _Ctx, _th


@register("records.quarterly_indicators", version=1, params=("indicators",))
def _eval_quarterly(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict | None:
    """申报规范/传输规范: each of ``indicators`` ({indicator: the 指标 value in 季度指标, above: true when
    the enterprise must be above the national average, false when not above}) over 连续N个季度."""
    th = _th(unit, "consecutive_quarters")
    rules = [(str(r["indicator"]), bool(r["above"])) for r in params.get("indicators") or ()]
    if not rules:
        return None  # e.g. a rule over quarters the records do not carry
    n = int(th.value)
    qs = consecutive_quarters(ctx.as_of, n)
    qtxt = Msg("q_window", n=n, first=qs[0].label, last=qs[-1].label)
    absent = ctx.absent_check(QUARTERLY, Msg("q_what", quarters=qtxt, indicators={"list": [name(r[0]) for r in rules]}))
    if absent:
        absent.names = ["consecutive_quarters"]
        return _combine([absent], ctx)
    by = {(q.quarter, q.indicator): q for q in ctx.records.quarterly}
    checks = []
    for ind, above in rules:
        lacking = [q.label for q in qs if (q, ind) not in by]
        if lacking:
            checks.append(_Check(None, [Msg("q_lacking", indicator=name(ind), lacking={"list": lacking})],
                                 missing=[Msg("q_lacking_fill", file=ctx.file_label(QUARTERLY), indicator=name(ind),
                                              lacking={"list": lacking})],
                                 names=["consecutive_quarters"], files=("quarterly",)))
            continue
        bad, shown, facts = [], [], []
        for q in qs:
            r = by[(q, ind)]
            ok = r.value > r.national if above else r.value <= r.national
            shown.append(f"{q.label} {_num(r.value)}%/{_num(r.national)}%")
            facts.append({"kind": "quarter_indicator", "quarter": q.label, "indicator": ind, "value": float(r.value),
                          "national": float(r.national), "ok": ok, "file": r.file, "row": r.row})
            if not ok:
                bad.append(q.label)
        rel = Msg("q_above" if above else "q_not_above")
        if bad:
            reason = Msg("q_bad", indicator=name(ind), quarters=qtxt, rel=rel, bad={"list": bad}, shown={"join": shown})
        else:
            reason = Msg("q_ok", indicator=name(ind), quarters=qtxt, rel=rel, shown={"join": shown})
        checks.append(_Check(not bad, [reason], facts, names=["consecutive_quarters"], files=("quarterly",)))
    return _combine(checks, ctx)
