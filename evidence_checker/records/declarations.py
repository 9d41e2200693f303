"""records.late_tax and records.import_export_activity: the rules 报关单统计 decides."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from ..catalog import Item
from ..facts import last_year_and_ytd, window_start
from ..record_templates import DECLARATIONS
from .finance_model import _num
from .registry import register
from ..messages import Msg, period
from .verdicts import RecordVerdict, _Check, _cmp, _combine, _Ctx, _meets, _pct, _th, _years_window


def _months_between(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@register("records.late_tax", version=1)
def _eval_late_tax(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """税款缴纳: the late-tax declaration rate over 上年度以及本年度1月至上月, from 报关单统计."""
    th = _th(unit, "late_tax_declaration_rate_max")
    names = ["window_last_year_and_ytd", "late_tax_declaration_rate_max"]
    start, end = last_year_and_ytd(ctx.as_of)
    span = period(f"{start.year}-{start.month:02d}", f"{end.year}-{end.month:02d}")
    absent = ctx.absent_check(DECLARATIONS, Msg("decl_late_what", span=span))
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    by = {(m.year, m.month): m for m in ctx.records.declarations}
    need = _months_between(start, end)
    lacking = [f"{y}-{m:02d}" for y, m in need if (y, m) not in by]
    no_late = [f"{y}-{m:02d}" for y, m in need if (y, m) in by and by[(y, m)].late_tax is None]
    if lacking or no_late:
        msg = []
        if lacking:
            msg.append(Msg("rec_months_missing", months={"list": lacking}))
        if no_late:
            msg.append(Msg("decl_no_late", months={"list": no_late}))
        return _combine([_Check(None, [Msg("decl_incomplete", span=span, what={"join": msg})],
                                missing=[Msg("rec_file_needs", file=ctx.file_label(DECLARATIONS), what={"join": msg})],
                                names=names,
                                files=("declarations",))], ctx)
    total = sum(by[k].declarations for k in need)
    late = sum(by[k].late_tax for k in need)
    facts = [{"kind": "indicator", "name": "late_tax_rate", "declarations": total, "late_tax": late,
              "value": (late / total) if total else None, "limit_percent": th.value, "window": [start.isoformat(), end.isoformat()]}]
    if total == 0:
        return _combine([_Check(None, [Msg("decl_zero", span=span)],
                                facts=facts, names=names, files=("declarations",))], ctx)
    rate = Fraction(late, total)
    ok = _meets(rate * 100, th)  # the threshold is in percent
    return _combine([_Check(ok, [Msg("decl_late_rate", span=span, late=late, total=total, pct=_pct(rate), cmp=_cmp(ok),
                                     limit=_num(th.value))],
                            facts=facts, names=names, files=("declarations",))], ctx)


@register("records.import_export_activity", version=1)
def _eval_activity(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """进出口记录: declarations inside the window (only 达标 or a question for a person)."""
    win = _th(unit, "window_years")
    start = window_start(ctx.as_of, years=win.value)
    wtxt = _years_window(win.value, start, ctx.as_of)
    st = ctx.records.status("declarations")
    if st != "rows":
        return RecordVerdict(None, [Msg("decl_activity_absent", win=wtxt)],
                             missing=[Msg("decl_activity_fill", file=ctx.file_label(DECLARATIONS), win=wtxt)],
                             thresholds=["window_years"])
    rows = [m for m in ctx.records.declarations if m.end >= start and m.start <= ctx.as_of]
    total = sum(m.declarations + (m.manifests or 0) for m in rows)
    facts = [{"kind": "indicator", "name": "declarations_in_window", "value": total,
              "window": [start.isoformat(), ctx.as_of.isoformat()]}]
    if total > 0:
        return RecordVerdict("compliant", [Msg("decl_activity_ok", win=wtxt, total=total)], facts,
                             thresholds=["window_years"])
    return RecordVerdict(None, [Msg("decl_activity_zero", win=wtxt)], facts,
                         missing=[Msg("decl_activity_proof", win=wtxt)], thresholds=["window_years"])
