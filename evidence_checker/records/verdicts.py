"""What every records evaluator shares: the verdict (:class:`RecordVerdict`), partial checks and how
they combine, the evaluation context (profile, records, finance settings), exact threshold tests and
the number formats of the Chinese reasons."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Callable

from ..catalog import Assessment, Item, SubItem, Threshold
from ..messages import Msg, name, period, templates
from ..profile import Profile
from ..record_templates import SCHEMAS, RecordSchema
from .finance_model import FinanceSettings, _dec, _num
from .rows import Records


# ---------------------------------------------------------------------------------------------
# Verdicts

@dataclass(frozen=True)
class RecordVerdict:
    """What the records say about one rated unit.

    ``rating``: compliant | basically_compliant | non_compliant, or None when the records needed
    are missing or incomplete (the engine marks the unit needs_review). ``reasons`` are Chinese
    sentences with the numbers; ``facts`` the rows and computed values used (JSON-ready);
    ``missing`` what to add to decide; ``thresholds`` the catalog threshold names (and
    ``finance.yaml:`` keys, interpretation settings) the verdict rests on.
    """

    rating: str | None
    reasons: list[str]
    facts: list[dict] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    thresholds: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"rating": self.rating, "reasons": list(self.reasons), "facts": list(self.facts),
                "missing": list(self.missing), "thresholds": list(self.thresholds)}


@dataclass
class _Check:
    ok: bool | None
    reasons: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    files: tuple[str, ...] = ()  # record kinds the check read


def _combine(checks: list[_Check], ctx: "_Ctx") -> RecordVerdict:
    if any(c.ok is False for c in checks):
        rating = "non_compliant"
    elif any(c.ok is None for c in checks):
        rating = None
    else:
        rating = "compliant"
    reasons, facts, missing, names = [], [], [], []
    for c in checks:
        reasons += c.reasons
        facts += c.facts
        missing += [m for m in c.missing if m not in missing]
        names += [n for n in c.names if n not in names]
    kinds = sorted({k for c in checks for k in c.files})
    rating, extra = ctx.unreadable_note(kinds, rating)
    return RecordVerdict(rating=rating, reasons=reasons + extra, facts=facts, missing=missing, thresholds=names)


def _ratio_text(d: Decimal) -> str:
    s = format(d.quantize(Decimal("0.00000001")), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _yuan(x: Decimal | float | int) -> str:
    d = _dec(x)
    if abs(d) >= 10000:
        return f"{_num(d / 10000)}万元"
    return f"{_num(d)}元"


def _pct(x: Decimal | Fraction) -> str:
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else x
    return f"{(d * 100).quantize(Decimal('0.01'))}%"


def _frac(x: Decimal | float | int) -> Fraction:
    return Fraction(str(x)) if not isinstance(x, Fraction) else x


OPS: dict[str, Callable[[Fraction, Fraction], bool]] = {  # a threshold's op: the comparison it makes
    "<=": lambda a, b: a <= b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, ">": lambda a, b: a > b,
    "==": lambda a, b: a == b,
}


def _meets(value, th: Threshold) -> bool:
    """Whether ``value`` satisfies the threshold as the catalog states it (``op`` against ``value``),
    exactly (fractions, so 3/100 is 3% and 6/6000 is 千分之一)."""
    return OPS[th.op](_frac(value), _frac(th.value))


_OP_WORDS = {"<=": ("未超过", "超过"), "<": ("低于", "不低于"), ">=": ("达到", "未达到"), ">": ("超过", "未超过")}


class _Ctx:
    def __init__(self, assessment: Assessment, profile: Profile, records: Records, fin: FinanceSettings,
                 certified_since: int | None):
        self.assessment = assessment
        self.profile = profile
        self.as_of = profile.as_of
        self.records = records
        self.fin = fin
        self.certified_since = certified_since

    def file_label(self, schema: RecordSchema) -> str | dict:
        """The record files of ``schema`` read (a list of names), or the file to provide (a message)."""
        got = self.records.files.get(schema.key) or []
        return {"list": [name(g) for g in got]} if got else Msg("rec_file_default", filename=schema.filename)

    def unreadable_note(self, kinds: list[str], rating: str | None) -> tuple[str | None, list[str]]:
        notes = []
        for k in kinds:
            n = self.records.skipped.get(k, 0)
            if n:
                notes.append(Msg("rec_unreadable_rows", kind=name(SCHEMAS[k].name), n=n))
        if notes and rating == "compliant" and self.fin.setting("unreadable_rows_block_compliant"):
            notes.append(Msg("rec_unreadable_blocks"))
            rating = None
        return rating, notes

    def absent_check(self, schema: RecordSchema, what: Msg) -> _Check | None:
        """A check that cannot run because the file is absent, unusable or (by setting) empty."""
        st = self.records.status(schema.key)
        file = self.file_label(schema)
        if st == "absent":
            return _Check(None, [Msg("rec_absent", kind=name(schema.name), what=what)],
                          missing=[Msg("rec_file_needs", file=Msg("rec_file_default", filename=schema.filename),
                                       what=what)], files=(schema.key,))
        if st == "unusable":
            return _Check(None, [Msg("rec_unusable", file=file)],
                          missing=[Msg("rec_unusable_fill", file=file, what=what)], files=(schema.key,))
        if st == "empty" and not schema.none_words:
            return _Check(None, [Msg("rec_no_rows", file=file)],
                          missing=[Msg("rec_file_needs", file=file, what=what)], files=(schema.key,))
        if st == "empty" and self.fin.setting("empty_record_file") == "unknown":
            hint = _none_hint(schema)
            return _Check(None, [Msg("rec_header_only", file=file, hint=hint)],
                          missing=[Msg("rec_header_only_fill", file=file, what=what, hint=hint)], files=(schema.key,),
                          names=["finance.yaml:interpretations.empty_record_file"])
        return None


def _none_hint(schema: RecordSchema) -> Msg | dict:
    """The schema's "write 无" hint: its message when messages.yaml has it (same Chinese), else as it is."""
    key = f"none_hint_{schema.key}"
    if key in templates() and str(Msg(key)) == schema.none_hint:
        return Msg(key)
    return name(schema.none_hint)


def _cmp(ok: bool) -> Msg:
    """未超过 / 超过 (not over / over)."""
    return Msg("rec_not_over" if ok else "rec_over")


def _within(years, start: dt.date | None, end: dt.date) -> Msg | str:
    """The window as a prefix of a sentence (1年内（…至…）); "" without a window."""
    return Msg("rec_within", years=_num(years), period=period(start.isoformat(), end.isoformat())) if start else ""


def _years_window(years, start: dt.date, end: dt.date) -> Msg:
    """The window as a noun (1年内（…至…）)."""
    return Msg("rec_years_window", years=_num(years), period=period(start.isoformat(), end.isoformat()))


def _th(unit: Item | SubItem, name: str) -> Threshold | None:
    for t in unit.thresholds:
        if t.name == name:
            return t
    return None


def _window_text(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}至{end.isoformat()}"
