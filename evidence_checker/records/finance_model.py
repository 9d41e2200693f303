"""The finance model of an edition: ``standards/<edition>/finance.yaml`` (audit opinions → ratings,
the composite score's weights, cut-offs and assumed bands, the interpretation settings) and the
ratios of 综合财务状况 computed exactly from a year of 财务数据 (NOTES §3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..catalog import edition_root
from ..data import read_yaml
from ..messages import Msg
from .rows import FinanceYear

__all__ = ["FINANCE_FILE", "FinanceSettings", "FinanceSettingsError", "FinancialRatios", "RATIO_KEYS",
           "RATIO_LABELS", "load_finance_settings", "financial_ratios", "composite_score"]

FINANCE_FILE = "finance.yaml"


# ---------------------------------------------------------------------------------------------
# finance.yaml

@dataclass(frozen=True)
class Band:
    score: float
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class RatioBands:
    direction: str  # higher_better | lower_better
    bands: tuple[Band, ...]

    def score(self, value: Decimal) -> float:
        for b in self.bands:
            if b.min is not None and value < _dec(b.min):
                continue
            if b.max is not None and value > _dec(b.max):
                continue
            return b.score
        raise AssertionError("the last band catches everything")  # validated on load


@dataclass(frozen=True)
class FinanceSettings:
    """``standards/<edition>/finance.yaml``: opinions → ratings, the composite score's weights,
    cut-offs and (assumed) bands, and the interpretation settings for records."""

    opinions: dict[str, str]
    debt_ratio_max: float
    weights: dict[str, float]
    compliant_min: float
    basically_compliant_min: float
    bands: dict[str, RatioBands]
    bands_assumed: bool
    interpretations: dict[str, Any]
    source: str = FINANCE_FILE
    document_words: tuple[str, ...] = ()  # accounting_info.in_documents.words
    document_opinions: tuple[str, ...] = ()  # accounting_info.in_documents.order (keys of opinions)

    def opinion_in(self, text: str, path: str = "") -> str | None:
        """The audit opinion a document passage states (the first of ``document_opinions`` found),
        when the passage or its file name mentions one of ``document_words``; else None."""
        if not any(w in text or w in path for w in self.document_words):
            return None
        return next((o for o in self.document_opinions if o in text), None)

    def setting(self, key: str) -> Any:
        return self.interpretations[key]


RATIO_KEYS = ("operating_profit_margin", "return_on_equity", "quick_ratio", "cash_to_current_liabilities",
              "debt_ratio")
RATIO_LABELS = {"operating_profit_margin": "营业利润率", "return_on_equity": "净资产收益率", "quick_ratio": "速动比率",
                "cash_to_current_liabilities": "现金流动负债比率", "debt_ratio": "资产负债率"}
_INTERPRETATIONS = {
    "audit_year_offset": (int, None),
    "empty_record_file": (str, ("unknown", "none")),
    "abnormal_list_window": (str, ("overlap", "listed_in_window")),
    "abnormal_list_days": (str, ("cumulative", "per_listing")),
    "unreadable_rows_block_compliant": (bool, None),
}


class FinanceSettingsError(ValueError):
    """finance.yaml is malformed; the message names the field."""


def _dec(x: float | int | str | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def _num(x: Decimal | float | int) -> str:
    d = _dec(x)
    s = format(d.quantize(Decimal("0.0001")) if d != d.to_integral_value() else d.to_integral_value(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


@lru_cache(maxsize=8)
def _load_finance(path: str) -> FinanceSettings:
    p = Path(path)
    try:
        data = read_yaml(p) or {}
    except (OSError, yaml.YAMLError) as e:
        raise FinanceSettingsError(f"{p.name}: {e}") from None

    def need(d: dict, key: str, where: str):
        if not isinstance(d, dict) or key not in d:
            raise FinanceSettingsError(f"{p.name}: missing field {where}{key}")
        return d[key]

    acc = need(data, "accounting_info", "")
    opinions = dict(need(acc, "opinions", "accounting_info."))
    for k, v in opinions.items():
        if v not in ("compliant", "basically_compliant", "non_compliant"):
            raise FinanceSettingsError(f"{p.name}: accounting_info.opinions.{k}: {v!r} is not a rating")
    docs = acc.get("in_documents") or {}
    order = tuple(str(o) for o in docs.get("order") or ())
    for o in order:
        if o not in opinions:
            raise FinanceSettingsError(f"{p.name}: accounting_info.in_documents.order: {o!r} is not one of opinions")
    comp = need(data, "composite", "")
    weights = {k: float(v) for k, v in need(comp, "weights", "composite.").items()}
    if set(weights) != set(RATIO_KEYS):
        raise FinanceSettingsError(f"{p.name}: composite.weights must name exactly {', '.join(RATIO_KEYS)}")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise FinanceSettingsError(f"{p.name}: composite.weights sum to {sum(weights.values())}, not 1")
    cut = need(comp, "cutoffs", "composite.")
    bands_raw = need(comp, "bands", "composite.")
    bands = {}
    for key in RATIO_KEYS:
        raw = need(bands_raw, key, "composite.bands.")
        direction = need(raw, "direction", f"composite.bands.{key}.")
        if direction not in ("higher_better", "lower_better"):
            raise FinanceSettingsError(f"{p.name}: composite.bands.{key}.direction {direction!r}")
        bl = []
        for i, b in enumerate(need(raw, "bands", f"composite.bands.{key}.")):
            bound = "min" if direction == "higher_better" else "max"
            other = "max" if bound == "min" else "min"
            if other in b:
                raise FinanceSettingsError(f"{p.name}: composite.bands.{key}.bands[{i}]: {direction} uses {bound}")
            bl.append(Band(score=float(need(b, "score", f"composite.bands.{key}.bands[{i}].")),
                           **({bound: float(b[bound])} if bound in b else {})))
        if not bl or bl[-1].min is not None or bl[-1].max is not None:
            raise FinanceSettingsError(f"{p.name}: composite.bands.{key}: the last band must have no bound")
        bands[key] = RatioBands(direction=direction, bands=tuple(bl))
    interp = dict(need(data, "interpretations", ""))
    for k, (typ, allowed) in _INTERPRETATIONS.items():
        v = need(interp, k, "interpretations.")
        if not isinstance(v, typ) or (allowed and v not in allowed):
            raise FinanceSettingsError(f"{p.name}: interpretations.{k}: {v!r} (expected {allowed or typ.__name__})")
    return FinanceSettings(
        opinions=opinions, debt_ratio_max=float(need(comp, "debt_ratio_max", "composite.")), weights=weights,
        compliant_min=float(need(cut, "compliant_min", "composite.cutoffs.")),
        basically_compliant_min=float(need(cut, "basically_compliant_min", "composite.cutoffs.")),
        bands=bands, bands_assumed=bool(bands_raw.get("assumed", True)), interpretations=interp,
        source=f"standards/{p.parent.name}/{p.name}",
        document_words=tuple(str(w) for w in docs.get("words") or ()), document_opinions=order,
    )


def load_finance_settings(edition: str = "2018-177", *, path: str | Path | None = None) -> FinanceSettings:
    """Read and validate ``standards/<edition>/finance.yaml`` (or ``path``); cached."""
    return _load_finance(str(path or edition_root(edition) / FINANCE_FILE))


# ---------------------------------------------------------------------------------------------
# Financial ratios (NOTES §3)

@dataclass(frozen=True)
class FinancialRatios:
    """The five ratios of 综合财务状况 for one year (None where a figure is missing or a
    denominator is not positive; ``why_missing`` says which)."""

    year: int
    operating_profit_margin: Decimal | None  # 营业利润 / 营业收入
    return_on_equity: Decimal | None  # 净利润 / ((年初 + 年末所有者权益) / 2)
    quick_ratio: Decimal | None  # (流动资产 − 存货) / 流动负债
    cash_to_current_liabilities: Decimal | None  # 经营活动现金流量净额 / 年末流动负债
    debt_ratio: Decimal | None  # 负债总额 / 资产总额
    why_missing: dict[str, Msg] = field(default_factory=dict)

    def get(self, key: str) -> Decimal | None:
        return getattr(self, key)

    def to_json(self) -> dict:
        return {"kind": "financial_ratios", "year": self.year,
                **{k: (float(v) if v is not None else None) for k in RATIO_KEYS for v in [self.get(k)]},
                "why_missing": {k: str(v) for k, v in self.why_missing.items()}}


def _figure(key: str) -> Msg:
    """A figure of the statements by name (营业利润 / operating profit)."""
    return Msg("fig_" + key)


def _absent(keys: list[str]) -> Msg:
    return Msg("fin_why_absent", figures={"list": [_figure(k) for k in keys]})


def _ratio(num: Decimal | None, den: Decimal | None, names: tuple[str, str], why: dict, key: str
           ) -> Decimal | None:
    absent = [n for n, v in zip(names, (num, den)) if v is None]
    if absent:
        why[key] = _absent(absent)
        return None
    if den <= 0:
        why[key] = Msg("fin_why_not_positive", figure=_figure(names[1]), value=_num(den))
        return None
    return num / den


def financial_ratios(fy: FinanceYear) -> FinancialRatios:
    """The ratios of NOTES §3, exactly (Decimal arithmetic). ``why_missing`` holds messages
    (:class:`~evidence_checker.messages.Msg`: the Chinese text, also in English)."""
    why: dict[str, Msg] = {}
    opm = _ratio(fy.operating_profit, fy.revenue, ("operating_profit", "revenue"), why, "operating_profit_margin")
    if fy.equity_begin is None or fy.equity_end is None:
        roe = _ratio(fy.net_profit, None, ("net_profit", "equity_begin_end"), why, "return_on_equity")
    else:
        avg = (fy.equity_begin + fy.equity_end) / 2
        roe = _ratio(fy.net_profit, avg, ("net_profit", "equity_average"), why, "return_on_equity")
    if fy.current_assets is None or fy.inventory is None:
        why["quick_ratio"] = _absent([n for n, v in (("current_assets", fy.current_assets), ("inventory", fy.inventory),
                                                     ("current_liabilities", fy.current_liabilities)) if v is None])
        quick = None
    else:
        quick = _ratio(fy.current_assets - fy.inventory, fy.current_liabilities, ("quick_assets", "current_liabilities"),
                       why, "quick_ratio")
    cash = _ratio(fy.operating_cash_flow, fy.current_liabilities, ("operating_cash_flow", "current_liabilities"), why,
                  "cash_to_current_liabilities")
    debt = _ratio(fy.total_liabilities, fy.total_assets, ("total_liabilities", "total_assets"), why, "debt_ratio")
    return FinancialRatios(year=fy.year, operating_profit_margin=opm, return_on_equity=roe, quick_ratio=quick,
                           cash_to_current_liabilities=cash, debt_ratio=debt, why_missing=why)


def composite_score(ratios: FinancialRatios, settings: FinanceSettings) -> tuple[Decimal, dict[str, float]] | None:
    """综合分值 and each ratio's 分值 from the (assumed) bands; None when a ratio is missing."""
    scores = {}
    for key in RATIO_KEYS:
        v = ratios.get(key)
        if v is None:
            return None
        scores[key] = settings.bands[key].score(v)
    total = sum((_dec(settings.weights[k]) * _dec(scores[k]) for k in RATIO_KEYS), Decimal(0))
    return total, scores
