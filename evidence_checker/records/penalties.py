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
from .verdicts import RecordVerdict, _Check, _combine, _Ctx, _meets, _ratio_text, _th, _window_text, _yuan


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
    absent = ctx.absent_check(PENALTIES, f"{_num(years) if years else ''}年内的行政处罚记录")
    if absent:
        return _combine([absent], ctx)
    all_p = ctx.records.penalties
    inwin = [p for p in all_p if start is None or start <= p.date <= ctx.as_of]
    later = [p for p in all_p if p.date > ctx.as_of]
    wtxt = f"{_num(years)}年内（{_window_text(start, ctx.as_of)}）" if start else ""
    checks: list[_Check] = []
    base_facts = [p.to_fact() for p in inwin]
    if later:
        checks.append(_Check(True, [f"{len(later)}条处罚日期晚于评估基准日{ctx.as_of.isoformat()}，未计入"]))

    customs = [p for p in inwin if p.kind in customs_kinds]

    def single(name: str, kinds: tuple[str, ...], label: str):
        th = _th(unit, name)
        if not th:
            return
        rows = [p for p in inwin if p.kind in kinds]
        over = [p for p in rows if not _meets(p.amount, th)]
        if over:
            reasons = [f"{wtxt}{p.date.isoformat()}因违反{label}被处罚{_yuan(p.amount)}"
                       f"（{p.file} 第{p.row}行{('，' + p.number) if p.number else ''}），超过{_yuan(th.value)}"
                       for p in over]
            checks.append(_Check(False, reasons, names=[name], files=("penalties",)))
        else:
            top = max((p.amount for p in rows), default=Decimal(0))
            checks.append(_Check(True, [f"{wtxt}因违反{label}的单次处罚金额最高{_yuan(top)}，未超过{_yuan(th.value)}"
                                        if rows else f"{wtxt}无因违反{label}被处罚的记录"],
                                 facts=[{"kind": "indicator", "name": name, "value": float(top), "limit": th.value,
                                         "op": th.op}], names=[name], files=("penalties",)))

    def cumulative(name: str, kinds: tuple[str, ...], label: str):
        th = _th(unit, name)
        if not th:
            return
        total = sum((p.amount for p in inwin if p.kind in kinds), Decimal(0))
        ok = _meets(total, th)
        n = sum(1 for p in inwin if p.kind in kinds)
        checks.append(_Check(ok, [f"{wtxt}因违反{label}被处罚{n}次，金额累计{_yuan(total)}，"
                                  f"{'未超过' if ok else '超过'}{_yuan(th.value)}"],
                             facts=[{"kind": "indicator", "name": name, "value": float(total), "limit": th.value,
                                     "op": th.op, "window": [start.isoformat() if start else None, ctx.as_of.isoformat()]}],
                             names=[name], files=("penalties",)))

    single("customs_penalty_single_max", customs_kinds, "海关监管规定")
    single("inspection_penalty_single_max", inspection_kinds, "进出口商品检验监管规定")
    cumulative("quarantine_penalty_cumulative_max", quarantine_kinds, "进出境动植物检疫、国境卫生检疫法律法规")
    cumulative("customs_penalty_cumulative_max", customs_kinds, "海关监管规定")

    # the band: penalties with band_min < amount <= band_max, at most band_max_count of them
    bmin, bmax, bcount = (_th(unit, n) for n in ("penalty_band_min", "penalty_band_max", "penalty_band_max_count"))
    if bmin and bmax and bcount:
        inband = [p for p in customs if _meets(p.amount, bmin) and _meets(p.amount, bmax)]
        ok = _meets(len(inband), bcount)
        lo, hi = _yuan(bmin.value), _yuan(bmax.value)
        checks.append(_Check(ok, [f"{wtxt}因违反海关监管规定被处罚金额超过{lo}且{hi}以下的行为{len(inband)}次，"
                                  f"{'未超过' if ok else '超过'}{_num(bcount.value)}次"
                                  + (f"：{'、'.join(f'{p.date.isoformat()} {_yuan(p.amount)}' for p in inband)}" if inband else "")],
                             facts=[{"kind": "indicator", "name": "penalty_band_count", "value": len(inband),
                                     "limit": bcount.value, "band": [bmin.value, bmax.value]}],
                             names=["penalty_band_min", "penalty_band_max", "penalty_band_max_count"], files=("penalties",)))

    th_pc = _th(unit, "penalty_count_max")
    if th_pc:
        ok = _meets(len(customs), th_pc)
        limit = f"{'未超过' if ok else '超过'}{_num(th_pc.value)}次" if th_pc.value else ("标准要求无此类处罚" if not ok else "无此类处罚")
        checks.append(_Check(ok, [f"{wtxt}因违反海关监管规定被处罚{len(customs)}次，{limit}"],
                             facts=[{"kind": "indicator", "name": "penalty_count", "value": len(customs),
                                     "limit": th_pc.value}], names=["penalty_count_max"], files=("penalties",)))

    vc, vr = _th(unit, "violation_count_max"), _th(unit, "violation_ratio_max")
    if vc or vr:
        checks.append(_violations(ctx, unit, customs, vc, vr, wtxt, params))

    v = _combine(checks, ctx)
    return RecordVerdict(v.rating, v.reasons, base_facts + v.facts, v.missing, names_used + v.thresholds)


def _last_year_declarations(ctx: _Ctx, with_manifests: bool) -> tuple[int | None, list[str], list[str], list[dict]]:
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
            notes.append(f"分母含舱单票数{sum(m.manifests for m in months.values())}票")
        else:
            notes.append("报关单统计未填全年舱单票数，分母只含报关单及备案清单（比例偏高，结论偏严）")
    return total, [], notes, [{"kind": "indicator", "name": "last_year_declarations", "year": y, "value": total}]


def _violations(ctx: _Ctx, unit, customs: list[Penalty], vc: Threshold | None, vr: Threshold | None,
                wtxt: str, params) -> _Check:
    n = len(customs)
    either = bool(vc and vr and params.get("either_or", False))
    parts: list[_Check] = []
    if vc:
        ok = _meets(n, vc)
        parts.append(_Check(ok, [f"{wtxt}违反海关监管规定{n}次，{'未超过' if ok else '超过'}{_num(vc.value)}次"],
                            facts=[{"kind": "indicator", "name": "violation_count", "value": n, "limit": vc.value}],
                            names=["violation_count_max"], files=("penalties",)))
    if vr and not (either and parts[0].ok):
        with_manifests = bool(params.get("with_manifests", False))
        y = ctx.as_of.year - 1
        if n == 0:
            parts.append(_Check(True, [f"{wtxt}无违反海关监管规定的行为，比例为0"], names=["violation_ratio_max"],
                                files=("penalties",)))
        else:
            st = ctx.records.status("declarations")
            total, absent, notes, facts = _last_year_declarations(ctx, with_manifests) if st == "rows" else (None, [], [], [])
            if total is None:
                what = f"{y}年（上年度）1–12月的报关单及备案清单票数" + ("及舱单票数" if with_manifests else "")
                why = f"缺少月份：{'、'.join(absent)}" if absent else "未提供"
                parts.append(_Check(None, [f"违法次数与上年度总票数的比例无法计算：报关单统计{why}"],
                                    missing=[f"{ctx.file_label(DECLARATIONS)}：{what}" + (f"（{why}）" if absent else "")],
                                    names=["violation_ratio_max"], files=("declarations",)))
            else:
                ratio = Fraction(n, total) if total else None
                ok = ratio is not None and _meets(ratio, vr)
                shown = f"{n}/{total}={_ratio_text(Decimal(n) / Decimal(total))}" if total else f"{n}/0"
                parts.append(_Check(ok, [f"违法次数与{y}年（上年度）总票数之比 {shown}，"
                                         f"{'未超过' if ok else '超过'}{vr.text.replace('不超过', '').replace('总票数的', '')}"
                                         f"（{_num(vr.value)}）" + (f"；{'；'.join(notes)}" if notes else "")],
                                    facts=facts + [{"kind": "indicator", "name": "violation_ratio", "value":
                                                    (n / total) if total else None, "limit": vr.value}],
                                    names=["violation_ratio_max"], files=("penalties", "declarations")))
    if either:
        ok_any = any(p.ok for p in parts)
        ok = True if ok_any else (None if any(p.ok is None for p in parts) else False)
        head = "违法次数与比例二者满足其一即可：" + ("满足" if ok else ("无法判断" if ok is None else "均不满足"))
        return _Check(ok, [head] + [r for p in parts for r in p.reasons], [f for p in parts for f in p.facts],
                      [m for p in parts for m in p.missing], [x for p in parts for x in p.names],
                      tuple(k for p in parts for k in p.files))
    ok = False if any(p.ok is False for p in parts) else (None if any(p.ok is None for p in parts) else True)
    return _Check(ok, [r for p in parts for r in p.reasons], [f for p in parts for f in p.facts],
                  [m for p in parts for m in p.missing], [x for p in parts for x in p.names],
                  tuple(k for p in parts for k in p.files))
