"""records.penalties: 企业守法 penalties from 处罚记录 (and 报关单统计 for the violation ratio)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ..catalog import Item, Threshold
from ..facts import window_start
from ..record_templates import DECLARATIONS, PENALTIES
from .finance_model import _num
from .registry import register
from .rows import Penalty
from ..messages import Msg, name, std, yuan
from .verdicts import RecordVerdict, _Check, _cmp, _combine, _Ctx, _meets, _ratio_text, _th, _within


@register("records.penalties", version=1, params=("customs", "quarantine", "inspection", "either_or",
                                                  "with_manifests"))
def _eval_penalties(ctx: _Ctx, item: Item, unit, params) -> RecordVerdict:
    """Penalties over the window: single and cumulative amounts per kind, the amount band, the count,
    and violations against last year's declarations (``either_or``: count or ratio suffices;
    ``with_manifests``: the ratio's denominator includes 舱单). ``customs``/``quarantine``/
    ``inspection`` are the 违法类别 values of 处罚记录 each limit counts."""
    customs_kinds = tuple(params["customs"])
    quarantine_kinds = tuple(params["quarantine"])
    inspection_kinds = tuple(params["inspection"])
    win = _th(unit, "window_years")
    years = win.value if win else None
    start = window_start(ctx.as_of, years=years) if years else None
    names_used = ["window_years"] if win else []
    absent = ctx.absent_check(PENALTIES, Msg("pen_what", years=_num(years) if years else ""))
    if absent:
        return _combine([absent], ctx)
    all_p = ctx.records.penalties
    inwin = [p for p in all_p if start is None or start <= p.date <= ctx.as_of]
    later = [p for p in all_p if p.date > ctx.as_of]
    wtxt = _within(years, start, ctx.as_of)
    checks: list[_Check] = []
    base_facts = [p.to_fact() for p in inwin]
    if later:
        checks.append(_Check(True, [Msg("pen_later", n=len(later), date=ctx.as_of.isoformat())]))

    customs = [p for p in inwin if p.kind in customs_kinds]

    def single(name: str, kinds: tuple[str, ...], label: Msg):
        th = _th(unit, name)
        if not th:
            return
        rows = [p for p in inwin if p.kind in kinds]
        over = [p for p in rows if not _meets(p.amount, th)]
        if over:
            reasons = [Msg("pen_over", within=wtxt, date=p.date.isoformat(), law=label, amount=yuan(p.amount),
                           file=_name(p.file), row=p.row, limit=yuan(th.value),
                           number=Msg("pen_number", number=_name(p.number)) if p.number else "")
                       for p in over]
            checks.append(_Check(False, reasons, names=[name], files=("penalties",)))
        else:
            top = max((p.amount for p in rows), default=Decimal(0))
            checks.append(_Check(True, [Msg("pen_single_ok", within=wtxt, law=label, top=yuan(top), limit=yuan(th.value))
                                        if rows else Msg("pen_single_none", within=wtxt, law=label)],
                                 facts=[{"kind": "indicator", "name": name, "value": float(top), "limit": th.value,
                                         "op": th.op}], names=[name], files=("penalties",)))

    def cumulative(name: str, kinds: tuple[str, ...], label: Msg):
        th = _th(unit, name)
        if not th:
            return
        total = sum((p.amount for p in inwin if p.kind in kinds), Decimal(0))
        ok = _meets(total, th)
        n = sum(1 for p in inwin if p.kind in kinds)
        checks.append(_Check(ok, [Msg("pen_cumulative", within=wtxt, law=label, n=n, total=yuan(total), cmp=_cmp(ok),
                                      limit=yuan(th.value))],
                             facts=[{"kind": "indicator", "name": name, "value": float(total), "limit": th.value,
                                     "op": th.op, "window": [start.isoformat() if start else None, ctx.as_of.isoformat()]}],
                             names=[name], files=("penalties",)))

    single("customs_penalty_single_max", customs_kinds, Msg("law_customs"))
    single("inspection_penalty_single_max", inspection_kinds, Msg("law_inspection"))
    cumulative("quarantine_penalty_cumulative_max", quarantine_kinds, Msg("law_quarantine"))
    cumulative("customs_penalty_cumulative_max", customs_kinds, Msg("law_customs"))

    # the band: penalties with band_min < amount <= band_max, at most band_max_count of them
    bmin, bmax, bcount = (_th(unit, n) for n in ("penalty_band_min", "penalty_band_max", "penalty_band_max_count"))
    if bmin and bmax and bcount:
        inband = [p for p in customs if _meets(p.amount, bmin) and _meets(p.amount, bmax)]
        ok = _meets(len(inband), bcount)
        detail = Msg("pen_band_detail", rows={"list": [Msg("pen_date_amount", date=p.date.isoformat(), amount=yuan(p.amount))
                                                       for p in inband]}) if inband else ""
        checks.append(_Check(ok, [Msg("pen_band", within=wtxt, law=Msg("law_customs"), lo=yuan(bmin.value),
                                      hi=yuan(bmax.value), n=len(inband), cmp=_cmp(ok), max=_num(bcount.value),
                                      detail=detail)],
                             facts=[{"kind": "indicator", "name": "penalty_band_count", "value": len(inband),
                                     "limit": bcount.value, "band": [bmin.value, bmax.value]}],
                             names=["penalty_band_min", "penalty_band_max", "penalty_band_max_count"], files=("penalties",)))

    th_pc = _th(unit, "penalty_count_max")
    if th_pc:
        ok = _meets(len(customs), th_pc)
        limit = (Msg("pen_count_limit", cmp=_cmp(ok), max=_num(th_pc.value)) if th_pc.value
                 else Msg("pen_std_wants_none" if not ok else "pen_none_such"))
        checks.append(_Check(ok, [Msg("pen_count", within=wtxt, law=Msg("law_customs"), n=len(customs), limit=limit)],
                             facts=[{"kind": "indicator", "name": "penalty_count", "value": len(customs),
                                     "limit": th_pc.value}], names=["penalty_count_max"], files=("penalties",)))

    vc, vr = _th(unit, "violation_count_max"), _th(unit, "violation_ratio_max")
    if vc or vr:
        checks.append(_violations(ctx, unit, customs, vc, vr, wtxt, params))

    v = _combine(checks, ctx)
    return RecordVerdict(v.rating, v.reasons, base_facts + v.facts, v.missing, names_used + v.thresholds)


def _name(text: str) -> dict:
    return name(text)


def _last_year_declarations(ctx: _Ctx, with_manifests: bool) -> tuple[int | None, list[str], list[Msg], list[dict]]:
    """(total or None, missing months, notes, facts) for the calendar year before as_of."""
    y = ctx.as_of.year - 1
    months = {(m.year, m.month): m for m in ctx.records.declarations if m.year == y}
    absent = [f"{y}-{mo:02d}" for mo in range(1, 13) if (y, mo) not in months]
    if absent:
        return None, absent, [], []
    total = sum(m.declarations for m in months.values())
    notes = []
    if with_manifests:
        if all(m.manifests is not None for m in months.values()):
            total += sum(m.manifests for m in months.values())
            notes.append(Msg("pen_manifests_in", n=sum(m.manifests for m in months.values())))
        else:
            notes.append(Msg("pen_manifests_short"))
    return total, [], notes, [{"kind": "indicator", "name": "last_year_declarations", "year": y, "value": total}]


def _violations(ctx: _Ctx, unit, customs: list[Penalty], vc: Threshold | None, vr: Threshold | None,
                wtxt: Msg | str, params) -> _Check:
    n = len(customs)
    either = bool(vc and vr and params.get("either_or", False))
    parts: list[_Check] = []
    if vc:
        ok = _meets(n, vc)
        parts.append(_Check(ok, [Msg("pen_violations", within=wtxt, law=Msg("law_customs"), n=n, cmp=_cmp(ok),
                                     max=_num(vc.value))],
                            facts=[{"kind": "indicator", "name": "violation_count", "value": n, "limit": vc.value}],
                            names=["violation_count_max"], files=("penalties",)))
    if vr and not (either and parts[0].ok):
        with_manifests = bool(params.get("with_manifests", False))
        y = ctx.as_of.year - 1
        if n == 0:
            parts.append(_Check(True, [Msg("pen_violations_zero", within=wtxt, law=Msg("law_customs"))],
                                names=["violation_ratio_max"],
                                files=("penalties",)))
        else:
            st = ctx.records.status("declarations")
            total, absent, notes, facts = _last_year_declarations(ctx, with_manifests) if st == "rows" else (None, [], [], [])
            if total is None:
                what = Msg("pen_decl_last_year", year=y, extra=Msg("pen_and_manifests") if with_manifests else "")
                why = Msg("rec_months_missing", months={"list": absent}) if absent else Msg("rec_not_provided")
                file = ctx.file_label(DECLARATIONS)
                parts.append(_Check(None, [Msg("pen_ratio_unknown", why=why)],
                                    missing=[Msg("rec_file_needs_why", file=file, what=what, why=why) if absent
                                             else Msg("rec_file_needs", file=file, what=what)],
                                    names=["violation_ratio_max"], files=("declarations",)))
            else:
                ratio = Fraction(n, total) if total else None
                ok = ratio is not None and _meets(ratio, vr)
                shown = f"{n}/{total}={_ratio_text(Decimal(n) / Decimal(total))}" if total else f"{n}/0"
                parts.append(_Check(ok, [Msg("pen_ratio", year=y, shown=shown, cmp=_cmp(ok),
                                             limit=std(vr.text.replace('不超过', '').replace('总票数的', '')),
                                             value=_num(vr.value),
                                             notes=Msg("rec_then_notes", notes={"join": notes}) if notes else "")],
                                    facts=facts + [{"kind": "indicator", "name": "violation_ratio", "value":
                                                    (n / total) if total else None, "limit": vr.value}],
                                    names=["violation_ratio_max"], files=("penalties", "declarations")))
    if either:
        ok_any = any(p.ok for p in parts)
        ok = True if ok_any else (None if any(p.ok is None for p in parts) else False)
        head = Msg("pen_either_or", outcome=Msg("pen_either_met" if ok else (
            "pen_either_unknown" if ok is None else "pen_either_neither")))
        return _Check(ok, [head] + [r for p in parts for r in p.reasons], [f for p in parts for f in p.facts],
                      [m for p in parts for m in p.missing], [x for p in parts for x in p.names],
                      tuple(k for p in parts for k in p.files))
    ok = False if any(p.ok is False for p in parts) else (None if any(p.ok is None for p in parts) else True)
    return _Check(ok, [r for p in parts for r in p.reasons], [f for p in parts for f in p.facts],
                  [m for p in parts for m in p.missing], [x for p in parts for x in p.names],
                  tuple(k for p in parts for k in p.files))
