"""Structured records (``records/``) → the standard's quantitative legal-compliance and financial rules.

Reading: :func:`read_records` ``(records_dir) -> Records`` (:mod:`.rows`) reads every kind of
:mod:`evidence_checker.record_templates` with the shared typed-table reader
(:mod:`evidence_checker.tables`: CSV in UTF-8 with or without BOM, or GBK; or XLSX with the headers in
the first row of the first sheet). A cell that cannot be read makes a :class:`RecordProblem` (file,
row, column, message in Chinese) and its row is skipped; every other row is used.

Rating: :func:`evaluate_records` ``(assessment, profile, records) -> {unit_id: RecordVerdict}`` for
the rated units the edition data gives an evaluator (``standards/<edition>/evaluators.yaml``,
:mod:`.registry`); one module per evaluator family:

- :mod:`.penalties` ``records.penalties`` — 企业守法 penalties (amount per kind, single and cumulative;
  violation count; the ratio of violations to last year's declarations; the amount band);
- :mod:`.declarations` ``records.late_tax`` (税款缴纳) and ``records.import_export_activity`` (进出口记录);
- :mod:`.quarterly` ``records.quarterly_indicators`` — 申报规范 / 传输规范 against the national average;
- :mod:`.abnormal` ``records.abnormal_list`` — 异常名录 (times and days within 1年内);
- :mod:`.financial` ``finance.audit_opinion`` (会计信息) and ``finance.composite`` (综合财务状况), with
  the finance model of :mod:`.finance_model` (``standards/<edition>/finance.yaml``).

Every number that decides comes from the catalog's :class:`~evidence_checker.catalog.Threshold`
by name, from ``finance.yaml`` or from the unit's parameters in ``evaluators.yaml``; no evaluator is
chosen by reading the unit's text. ``rating`` is None when the records needed are missing or
incomplete (the engine then asks a person); units the records cannot speak to are not in the result.
"""

from __future__ import annotations

from ..catalog import Assessment
from ..profile import Profile
from ..record_templates import write_templates
from ..tables import RecordProblem, read_record_file
from . import abnormal, declarations, financial, penalties, quarterly  # noqa: F401  (they register)
from .finance_model import (FINANCE_FILE, FinanceSettings, FinanceSettingsError, FinancialRatios, RATIO_KEYS,
                            RATIO_LABELS, composite_score, financial_ratios, load_finance_settings)
from .registry import EVALUATORS_FILE, Evaluator, RuleRef, load_rule_map, register, registered
from .rows import AbnormalListing, DeclarationMonth, FinanceYear, Penalty, QuarterIndicator, Records, read_records
from .verdicts import RecordVerdict, _Ctx

__all__ = [
    "RecordProblem", "Penalty", "DeclarationMonth", "QuarterIndicator", "FinanceYear", "AbnormalListing",
    "Records", "RecordVerdict", "FinanceSettings", "FinancialRatios", "read_records", "read_record_file",
    "write_templates", "evaluate_records", "load_finance_settings", "financial_ratios", "composite_score",
    "FinanceSettingsError", "served_units", "rules_of", "register", "registered", "Evaluator", "RuleRef",
    "load_rule_map", "FINANCE_FILE", "EVALUATORS_FILE", "RATIO_KEYS", "RATIO_LABELS",
]


def rules_of(assessment: Assessment) -> dict[str, RuleRef]:
    """unit id → its evaluator and parameters, for the rated units of ``assessment`` that have one."""
    by_level = load_rule_map(assessment.standard).get(assessment.level, {})
    return {unit.id: by_level[unit.id] for _, unit in assessment.rated_units() if unit.id in by_level}


def evaluate_records(assessment: Assessment, profile: Profile, records: Records | None, *,
                     finance: FinanceSettings | None = None, certified_since: int | None = None
                     ) -> dict[str, RecordVerdict]:
    """Verdicts for every applicable rated unit whose rule the records decide (see the module
    docstring). Units that do not apply to the profile, or that only documents can decide, are
    not in the result. ``certified_since`` (the year the enterprise became certified) makes the
    re-certification check of 会计信息 exact; without it the earliest year in 财务数据 is used.
    Pure: reads nothing but the edition's ``finance.yaml`` and ``evaluators.yaml`` (cached)."""
    fin = finance or load_finance_settings(assessment.standard.edition)
    ctx = _Ctx(assessment, profile, records or Records(), fin, certified_since)
    rules = rules_of(assessment)
    out: dict[str, RecordVerdict] = {}
    for item, unit in assessment.rated_units():
        rule = rules.get(unit.id)
        if rule is None or not profile.applies(unit, item):
            continue
        v = rule(ctx, item, unit)
        if v is not None:
            out[unit.id] = v
    return out


def served_units(assessment: Assessment) -> dict[str, list[str]]:
    """unit id → the threshold names its records rule uses (for documentation and the engine);
    every unit records can speak to, applicable or not."""
    rules = rules_of(assessment)
    return {unit.id: [t.name for t in unit.thresholds] or [rules[unit.id].evaluator.short]
            for _, unit in assessment.rated_units() if unit.id in rules}
