"""Facts found in passage text, and the date-window arithmetic the rating rules need.

Everything here is pure and deterministic: no I/O except reading ``models/facts.yaml`` once (the
role lexicon, the surname list for ``角色：姓名`` and the interpretation settings).

Entry point: :func:`extract_facts` ``(text) -> Facts`` with lists of

- :class:`DateFact`   ``2026年3月18日``, ``2026-03-18``, ``2026/3/18``, ``2026.03.18``,
  ``二〇二六年三月十八日`` (day); ``2026年3月``, ``2026-03`` (month); ``2025-I``, ``2025Q1``,
  ``2025年第一季度`` (quarter); ``2026年``, ``2025年度`` (year). Impossible dates are ignored.
- :class:`Frequency`  ``每年两次``, ``每年至少2次``, ``每半年一次``, ``每季度``, ``每月``, ``每年度``.
- :class:`Duration`   ``保存不少于五年``, ``保存3年以上``, ``3个月``, ``至少保留90天``.
- :class:`Count`      ``5次``, ``两次``, ``3家``.
- :class:`Amount`     ``3万元``, ``30,000元``, ``人民币伍万元整``, ``¥5,000``.
- :class:`Percentage` ``3%``, ``百分之三``, ``千分之一``, ``万分之三``, ``5‰``.
- :class:`RoleFact`   roles from the lexicon, with a person's name when written simply
  (``法定代表人：张伟``).

A span is ``(start, end)`` into the text given (full-width digits and signs are read as their
ASCII forms; spans stay valid because that mapping is one character to one character).
Overlaps are resolved by kind: a date's digits are not also a duration or a count, a
frequency's ``2次`` is not also a count.

Window helpers (all take the assessment date ``as_of``; see each docstring for the edges):
:func:`window_start`, :func:`within_window`, :func:`last_year_and_ytd`,
:func:`consecutive_quarters`, :func:`count_in_window`, :func:`per_year_counts`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal

from .data import models_root, read_yaml
from .wording import alt, load_wording

MODELS_DIR = models_root()  # inside the wheel, or the checkout's models/ (see data.py)
FACTS_SETTINGS = MODELS_DIR / "facts.yaml"
_W = load_wording()  # models/wording.yaml: how quantities, periods, dates and signatures are written

Precision = Literal["day", "month", "quarter", "year"]
PerYearBasis = Literal["rolling_12_months", "calendar_year", "previous_calendar_year"]
PER_YEAR_BASES: tuple[str, ...] = ("rolling_12_months", "calendar_year", "previous_calendar_year")

MIN_YEAR, MAX_YEAR = 1900, 2100

Span = tuple[int, int]


# ---------------------------------------------------------------------------------------------
# Fact types


@dataclass(frozen=True)
class DateFact:
    """A date as written. ``date`` is the first day of the period the text names (the day itself,
    the first of the month, the first day of the quarter or of the year); :attr:`end` is its last
    day. ``precision`` says which."""

    date: dt.date
    precision: Precision
    text: str
    span: Span

    @property
    def end(self) -> dt.date:
        if self.precision == "day":
            return self.date
        if self.precision == "month":
            return _month_end(self.date.year, self.date.month)
        if self.precision == "quarter":
            return _month_end(self.date.year, self.date.month + 2)
        return dt.date(self.date.year, 12, 31)

    def to_json(self) -> dict:
        return {"kind": "date", "date": self.date.isoformat(), "end": self.end.isoformat(),
                "precision": self.precision, "text": self.text, "span": list(self.span)}


@dataclass(frozen=True)
class Frequency:
    """How often: ``times_per_year`` (每月 → 12, 每季度 → 4, 每半年一次 → 2, 每两年一次 → 0.5).
    ``minimum`` is true when the text says at least (至少, 不少于, 以上)."""

    times_per_year: float
    text: str
    span: Span
    minimum: bool = False

    def to_json(self) -> dict:
        return {"kind": "frequency", **asdict(self), "span": list(self.span)}


DurationUnit = Literal["hour", "day", "week", "month", "year"]
_UNIT_YEARS = {"hour": 1 / (365 * 24), "day": 1 / 365, "week": 7 / 365, "month": 1 / 12, "year": 1.0}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


@dataclass(frozen=True)
class Duration:
    """A length of time as written (``value`` ``unit``), normalised to ``years`` (month = 1/12,
    day = 1/365). ``minimum`` is true for 不少于 / 至少 / 以上. Compare against a required length
    with :meth:`covers`, which avoids the 90天-versus-3个月 rounding trap."""

    value: float
    unit: DurationUnit
    years: float
    text: str
    span: Span
    minimum: bool = False

    @property
    def days(self) -> float:
        """Length in days (month = 30 days, year = 365 days)."""
        return self.value * _UNIT_DAYS[self.unit]

    def covers(self, value: float, unit: DurationUnit) -> bool:
        """Whether this duration is at least ``value`` ``unit``. Months and years compare exactly
        (36个月 = 3年); otherwise in days with month = 30 and year = 365 (90天 covers 3个月)."""
        if self.unit in ("month", "year") and unit in ("month", "year"):
            mine = self.value * (12 if self.unit == "year" else 1)
            need = value * (12 if unit == "year" else 1)
            return mine >= need
        return self.days >= value * _UNIT_DAYS[unit]

    def to_json(self) -> dict:
        return {"kind": "duration", **asdict(self), "days": self.days, "span": list(self.span)}


@dataclass(frozen=True)
class Count:
    """A number of things or events (``5次``, ``两次``, ``3家``). ``bound`` is ``min`` for 以上,
    ``max`` for 以下/不超过, else None."""

    value: float
    unit: str
    text: str
    span: Span
    bound: Literal["min", "max"] | None = None

    def to_json(self) -> dict:
        return {"kind": "count", **asdict(self), "span": list(self.span)}


@dataclass(frozen=True)
class Amount:
    """An amount of money in yuan (``3万元`` → 30000)."""

    yuan: float
    text: str
    span: Span

    def to_json(self) -> dict:
        return {"kind": "amount", **asdict(self), "span": list(self.span)}


@dataclass(frozen=True)
class Percentage:
    """A share as a fraction: ``3%`` → 0.03, ``千分之一`` → 0.001. :attr:`percent` gives 3.0."""

    ratio: float
    text: str
    span: Span

    @property
    def percent(self) -> float:
        return self.ratio * 100

    def to_json(self) -> dict:
        return {"kind": "percentage", **asdict(self), "percent": self.percent, "span": list(self.span)}


@dataclass(frozen=True)
class RoleFact:
    """A role named in the text (``role`` is the lexicon key, ``label`` its standard wording) and,
    when written simply next to it, the person holding it."""

    role: str
    label: str
    text: str
    span: Span
    person: str | None = None

    def to_json(self) -> dict:
        return {"kind": "role", **asdict(self), "span": list(self.span)}


@dataclass
class Facts:
    """Every fact found in one text, each list in text order."""

    dates: list[DateFact] = field(default_factory=list)
    frequencies: list[Frequency] = field(default_factory=list)
    durations: list[Duration] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    percentages: list[Percentage] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any((self.dates, self.frequencies, self.durations, self.counts, self.amounts,
                    self.percentages, self.roles))

    @property
    def people(self) -> dict[str, list[str]]:
        """Role key → names found next to it (in order, without repeats)."""
        out: dict[str, list[str]] = {}
        for r in self.roles:
            if r.person and r.person not in out.setdefault(r.role, []):
                out[r.role].append(r.person)
        return out

    def to_json(self) -> dict:
        return {k: [f.to_json() for f in getattr(self, k)]
                for k in ("dates", "frequencies", "durations", "counts", "amounts", "percentages", "roles")}


# ---------------------------------------------------------------------------------------------
# Numbers

# full-width digits and signs → ASCII, one character for one (spans stay valid); Chinese
# punctuation (，：（）) is left as it is
_WIDTH_NUM = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                            "％": "%", "．": ".", "／": "/", "－": "-", "￥": "¥", "Ｑ": "Q", "ｑ": "q"})

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}

_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN = r"[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点]+"
_CN_SMALL = r"[零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]+"
_NUM = rf"(?:{_AR}|{_CN_SMALL})"


@lru_cache(maxsize=4096)
def cn_number(text: str) -> float | None:
    """A Chinese or Arabic numeral as a number (``十八`` → 18, ``两`` → 2, ``伍万`` → 50000,
    ``30,000`` → 30000, ``3.5`` → 3.5); None when it is not one. Uses cn2an for Chinese numerals."""
    s = text.strip().translate(_WIDTH_NUM).replace(",", "")
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        pass
    if s.endswith("点") or s.startswith("点"):
        return None
    small = _small_cn(s)
    if small is not None:
        return float(small)
    try:
        import cn2an  # imported when first needed: 0.1–0.8 s at start-up otherwise

        v = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(v)


_SMALL_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_CN = re.compile("([二三四五六七八九])?十([一二三四五六七八九])?")


def _small_cn(s: str) -> int | None:
    """The numbers 1–99 as plainly written (``两``, ``九``, ``十八``, ``九十``, ``四十五``) without cn2an,
    whose import costs a re-check that reads one new article 0.13 s; the same values as cn2an's (test)."""
    if s == "两":
        return 2
    if len(s) == 1 and s in _SMALL_DIGIT:
        return _SMALL_DIGIT[s]
    m = _SMALL_CN.fullmatch(s)
    if m is None:
        return None
    tens, ones = m.groups()
    return (_SMALL_DIGIT[tens] if tens else 1) * 10 + (_SMALL_DIGIT[ones] if ones else 0)


def _int_or_float(v: float) -> float:
    return int(v) if float(v).is_integer() else v


def _cn_digits(text: str) -> int | None:
    """Digit-by-digit Chinese numerals as in years (``二〇二六`` → 2026)."""
    try:
        return int("".join(str(_CN_DIGIT[c]) for c in text))
    except KeyError:
        return None


# ---------------------------------------------------------------------------------------------
# Dates

def _month_end(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _make_date(y: int | None, m: int | None = 1, d: int | None = 1) -> dt.date | None:
    if y is None or m is None or d is None or not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_CN_YEAR = r"[〇零○Ｏ一二三四五六七八九]{4}"
_CN_MD = r"[一二三四五六七八九十]{1,3}"
_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4}
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_DATE_RE = re.compile(
    r"(?<![\d.])(?:"
    r"(?P<ymd>(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号])"
    r"|(?P<iso>(?P<y2>\d{4})(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}))(?![\d.])"
    r"|(?P<q1>(?P<y3>\d{4})\s*[-/]\s*(?P<rq>IV|I{1,3})(?![A-Za-z]))"
    r"|(?P<q2>(?P<y4>\d{4})\s*(?:年\s*)?[-/]?\s*[Qq](?P<qq>[1-4])(?!\d))"
    r"|(?P<q3>(?P<y5>\d{4})\s*年\s*(?:第\s*)?(?P<cq>[一二三四1-4])\s*(?:" + alt(_W.quarter_words) + "))"
    r"|(?P<ym>(?P<y6>\d{4})\s*年\s*(?P<m6>\d{1,2})\s*月份?)"
    r"|(?P<isoym>(?P<y7>\d{4})[-/](?P<m7>\d{1,2}))(?![-/.\d])"
    r"|(?P<y>(?P<y8>\d{4})\s*年(?:度)?)"
    r")"
    r"|(?P<cymd>(?P<y9>" + _CN_YEAR + r")\s*年\s*(?P<m9>" + _CN_MD + r")\s*月\s*(?P<d9>" + _CN_MD + r")\s*[日号])"
    r"|(?P<cym>(?P<y10>" + _CN_YEAR + r")\s*年\s*(?P<m10>" + _CN_MD + r")\s*月份?)"
    r"|(?P<cy>(?P<y11>" + _CN_YEAR + r")\s*年(?:度)?)"
    # a month and day without a year: not reported (no year), only kept from being read as
    # a duration (18日) or a count
    r"|(?P<md>(?<![\d.])\d{1,2}\s*月\s*\d{1,2}\s*[日号])"
)


_DATE_START = re.compile(r"(?<![\d.])\d|" + _CN_YEAR + r"\s*年")


def _date_from_match(m: re.Match) -> tuple[dt.date, Precision] | None:
    g = m.groupdict()
    if g["ymd"]:
        return _pair(_make_date(int(g["y1"]), int(g["m1"]), int(g["d1"])), "day")
    if g["iso"]:
        return _pair(_make_date(int(g["y2"]), int(g["m2"]), int(g["d2"])), "day")
    if g["cymd"]:
        return _pair(_make_date(_cn_digits(g["y9"]), _small(g["m9"]), _small(g["d9"])), "day")
    if g["q1"] or g["q2"] or g["q3"]:
        if g["q1"]:
            y, q = int(g["y3"]), _ROMAN_Q[g["rq"]]
        elif g["q2"]:
            y, q = int(g["y4"]), int(g["qq"])
        else:
            y, q = int(g["y5"]), _CN_Q[g["cq"]]
        return _pair(_make_date(y, 3 * q - 2, 1), "quarter")
    if g["ym"]:
        return _pair(_make_date(int(g["y6"]), int(g["m6"]), 1), "month")
    if g["cym"]:
        return _pair(_make_date(_cn_digits(g["y10"]), _small(g["m10"]), 1), "month")
    if g["isoym"]:
        return _pair(_make_date(int(g["y7"]), int(g["m7"]), 1), "month")
    if g["y"]:
        return _pair(_make_date(int(g["y8"]), 1, 1), "year")
    if g["cy"]:
        return _pair(_make_date(_cn_digits(g["y11"]), 1, 1), "year")
    return None


def _pair(d: dt.date | None, p: Precision) -> tuple[dt.date, Precision] | None:
    return (d, p) if d is not None else None


def _small(text: str) -> int | None:
    v = cn_number(text)
    return int(v) if v is not None and float(v).is_integer() else None


def find_dates(text: str) -> list[DateFact]:
    """Every date in ``text`` (see the module docstring for the formats); impossible ones dropped."""
    t = text.translate(_WIDTH_NUM)
    return _retext(_find_dates(t)[0], text, t)


def _retext(facts: list, orig: str, t: str) -> list:
    """Facts found in the width-normalised text carry the original text of their span."""
    if orig == t:
        return facts
    return [replace(f, text=orig[f.span[0]:f.span[1]]) for f in facts]


def _find_dates(t: str) -> tuple[list[DateFact], list[Span]]:
    """Dates in ``t``, and every span the date pattern took (also month-day without a year)."""
    out: list[DateFact] = []
    taken: list[Span] = []
    end = 0
    # try the full pattern only where a date can start (the start of a digit run, or a Chinese year)
    for q in _DATE_START.finditer(t):
        if q.start() < end:
            continue
        m = _DATE_RE.match(t, q.start())
        if m is None:
            continue
        end = m.end()
        taken.append(m.span())
        if m.group("md"):
            continue
        got = _date_from_match(m)
        if got is not None:
            out.append(DateFact(date=got[0], precision=got[1], text=m.group(0), span=m.span()))
    return out, taken


_CELL_DATE = re.compile(
    r"^\s*(?P<y>\d{4})\s*(?:[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})"
    r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号]?|(?P<compact>\d{4}))"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*$")


def parse_day(value: str) -> dt.date | None:
    """One exact day from a cell or a short string: ``2026-03-18``, ``2026/3/18``, ``2026.3.18``,
    ``2026年3月18日``, ``20260318``, with an optional time; also ``二〇二六年三月十八日``.
    None when it is not one valid day."""
    s = str(value).translate(_WIDTH_NUM).strip()
    m = _CELL_DATE.match(s)
    if m:
        y = int(m.group("y"))
        if m.group("compact"):
            c = m.group("compact")
            return _make_date(y, int(c[:2]), int(c[2:]))
        mo = m.group("m") or m.group("m2")
        d = m.group("d") or m.group("d2")
        return _make_date(y, int(mo), int(d))
    facts, _ = _find_dates(s)
    if len(facts) == 1 and facts[0].precision == "day" and facts[0].text.strip() == s:
        return facts[0].date
    return None


# ---------------------------------------------------------------------------------------------
# Frequencies, durations, counts, amounts, percentages

# the words of models/wording.yaml (每年/每季度, 至少/不少于, 以上, 保存, 个月, 人次, 百分之 …)
_PERIOD_YEARS = _W.periods
_MIN_WORDS = rf"(?:{alt(_W.min_words)})"
_MORE = alt(_W.more_suffixes)

_FREQ_RE = re.compile(
    # 每年 / 每两年 / 每半年 / 每季度 / 每月 / 每个月 / 每周 / 每天 …, then optionally a count
    r"(?P<every>每|(?<!第)一)\s*(?:(?P<nper>[两二三四五六2-6])\s*(?:个)?)?(?P<per>" + alt(_PERIOD_YEARS) + ")"
    r"(?:(?P<fill>[^\d，。；;,.\n每一二两三四五六七八九十]{0,8}?)"
    rf"(?P<min1>{_MIN_WORDS})?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*次(?P<min2>{_MORE})?)?"
)

_DUR_RE = re.compile(
    rf"(?P<min1>{_MIN_WORDS}\s*(?:{alt(_W.keep_words)})?\s*)?"
    rf"(?P<n>{_NUM})\s*(?P<unit>"
    + "|".join(re.escape(w) + (f"(?!{alt(d.not_before)})" if d.not_before else "") for w, d in _W.durations.items())
    + rf")(?P<min2>{_MORE})?"
)
_DUR_UNIT = {w: d.unit for w, d in _W.durations.items()}

_COUNT_RE = re.compile(
    rf"(?<!第)(?P<n>{_NUM})\s*(?P<unit>{alt(_W.count_units)})(?!性)"
    rf"(?P<bound>{alt(_W.count_bounds)})?"
)

_AMOUNT_RE = re.compile(
    rf"(?P<cur>人民币|RMB|CNY|¥)\s*(?P<n>{_AR}|{_CN})\s*(?P<mult>亿|万|千)?\s*(?P<yuan>元(?:整)?)?"
    rf"|(?P<n2>{_AR}|{_CN})\s*(?P<mult2>亿|万|千)?\s*(?P<yuan2>元(?:整)?)"
)
_HAS_DIGIT = re.compile(r"[\d零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]")
_MULT = {"亿": 1e8, "万": 1e4, "千": 1e3, None: 1.0}

_PCT_RE = re.compile(
    rf"(?P<ar>{_AR})\s*(?P<sign>%|‰)"
    rf"|(?P<base>{alt(_W.percent_words)})(?P<cn>{_AR}|[零〇一二两三四五六七八九十百点]+)"
)
_PCT_BASE = {**_W.percent_words, "%": 100.0, "‰": 1000.0}


class _Mask:
    """Characters already taken by a fact of a kind that takes precedence."""

    __slots__ = ("bits",)

    def __init__(self, n: int):
        self.bits = bytearray(n)

    def add(self, span: Span) -> None:
        a, b = span
        self.bits[a:b] = b"\x01" * (b - a)

    def add_all(self, spans: Iterable[Span]) -> None:
        for sp in spans:
            self.add(sp)

    def hits(self, span: Span) -> bool:
        return self.bits.find(1, span[0], span[1]) != -1


def _overlaps(span: Span, taken: "_Mask") -> bool:
    return taken.hits(span)


def _frequencies(t: str, taken: _Mask) -> list[Frequency]:
    out = []
    for m in _FREQ_RE.finditer(t):
        if _overlaps(m.span(), taken):
            continue
        per = m.group("per")
        n_text = m.group("n")
        if m.group("every") == "一" and (n_text is None or m.group("fill")):
            continue  # 一年 / 一个月 alone is a duration; 一年两次 must be written together
        if m.group("every") == "一" and per in ("天", "日"):
            continue
        period = _PERIOD_YEARS[per]
        if m.group("nper"):
            k = cn_number(m.group("nper"))
            if not k:
                continue
            period *= k
        n = cn_number(n_text) if n_text else 1.0
        if not n:
            continue
        tpy = round(n / period, 6)
        out.append(Frequency(times_per_year=_int_or_float(tpy), text=m.group(0), span=m.span(),
                             minimum=bool(m.group("min1") or m.group("min2")
                                          or (m.group("fill") and _MIN_RE.search(m.group("fill"))))))
    return out


_MIN_RE = re.compile(_MIN_WORDS)


def _durations(t: str, taken: _Mask) -> list[Duration]:
    out = []
    for m in _DUR_RE.finditer(t):
        core = (m.start("n"), m.end())
        if _overlaps(core, taken):
            continue
        v = cn_number(m.group("n"))
        if v is None or v <= 0:
            continue
        unit = _DUR_UNIT[m.group("unit")]
        if unit == "year" and m.group("n").isdigit() and len(m.group("n")) == 4:
            continue  # a year of the calendar
        start = m.start() if m.group("min1") else m.start("n")
        out.append(Duration(value=_int_or_float(v), unit=unit, years=v * _UNIT_YEARS[unit],
                            text=t[start:m.end()], span=(start, m.end()),
                            minimum=bool(m.group("min1") or m.group("min2"))))
    return out


def _counts(t: str, taken: _Mask) -> list[Count]:
    out = []
    for m in _COUNT_RE.finditer(t):
        if _overlaps(m.span(), taken):
            continue
        v = cn_number(m.group("n"))
        if v is None:
            continue
        b = m.group("bound")
        bound = None if not b else _W.count_bounds[b]
        before = t[max(0, m.start() - 3):m.start()]
        if bound is None and re.search(rf"({alt(_W.max_words)})\s*$", before):
            bound = "max"
        elif bound is None and re.search(rf"{_MIN_WORDS}\s*$", before):
            bound = "min"
        out.append(Count(value=_int_or_float(v), unit=m.group("unit"), text=m.group(0), span=m.span(),
                         bound=bound))
    return out


def _amounts(t: str, taken: _Mask) -> list[Amount]:
    out = []
    for m in _AMOUNT_RE.finditer(t):
        key = "n" if m.group("n") else "n2"
        n_text = m.group(key)
        mult = m.group("mult") if key == "n" else m.group("mult2")
        if not _HAS_DIGIT.search(n_text):
            continue  # 单位：万元
        if _overlaps((m.start(key), m.end()), taken):
            continue
        v = cn_number(n_text)
        if v is None:
            continue
        text = m.group(0).rstrip()
        out.append(Amount(yuan=_int_or_float(round(v * _MULT[mult], 2)), text=text,
                          span=(m.start(), m.start() + len(text))))
    return out


def _percentages(t: str, taken: _Mask) -> list[Percentage]:
    out = []
    for m in _PCT_RE.finditer(t):
        if _overlaps(m.span(), taken):
            continue
        if m.group("ar"):
            v, base = cn_number(m.group("ar")), _PCT_BASE[m.group("sign")]
        else:
            v, base = cn_number(m.group("cn")), _PCT_BASE[m.group("base")]
        if v is None:
            continue
        out.append(Percentage(ratio=round(v / base, 12), text=m.group(0), span=m.span()))
    return out


# ---------------------------------------------------------------------------------------------
# Roles

def _trie_regex(words: Iterable[str]) -> re.Pattern:
    """One regex for a word list, as a trie: fast, and the longest word wins at each position
    (副总经理 over 总经理, 分管关务的副总经理 over 分管关务)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie))


@dataclass(frozen=True)
class _RoleLexicon:
    regex: re.Pattern
    alias_to_role: dict[str, str]
    also: dict[str, tuple[str, ...]]  # an alias naming two roles at once (分管关务及贸易安全): the others
    patterns: tuple[tuple[str, re.Pattern], ...]  # (role, regex): duties written out (负责…及贸易安全管理)
    labels: dict[str, str]
    labels_en: dict[str, str]
    in_standard: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    trailing: tuple[str, ...]


@dataclass(frozen=True)
class FactSettings:
    """The interpretation settings of ``models/facts.yaml`` (``interpretations:``)."""

    per_year_basis: str = "rolling_12_months"


@lru_cache(maxsize=4)
def _settings_data(path: str) -> dict:
    return read_yaml(Path(path)) or {}


def load_settings(path: str | Path | None = None) -> FactSettings:
    """Interpretation settings from ``models/facts.yaml`` (or ``path``)."""
    data = _settings_data(str(path or FACTS_SETTINGS)).get("interpretations") or {}
    basis = data.get("per_year_basis", "rolling_12_months")
    if basis not in PER_YEAR_BASES:
        raise ValueError(f"facts.yaml: interpretations.per_year_basis {basis!r} is not one of {PER_YEAR_BASES}")
    return FactSettings(per_year_basis=basis)


@lru_cache(maxsize=4)
def _lexicon(path: str) -> _RoleLexicon:
    data = _settings_data(path)
    alias_to_role: dict[str, str] = {}
    labels, labels_en, in_std = {}, {}, set()
    for key, raw in (data.get("roles") or {}).items():
        labels[key] = raw["label"]
        labels_en[key] = str(raw.get("label_en") or raw["label"])
        if raw.get("in_standard"):
            in_std.add(key)
        for a in raw.get("aliases") or []:
            if a in alias_to_role and alias_to_role[a] != key:
                raise ValueError(f"facts.yaml: alias {a!r} is given for both {alias_to_role[a]} and {key}")
            alias_to_role[a] = key
    also: dict[str, tuple[str, ...]] = {}
    for a, keys in (data.get("shared_aliases") or {}).items():
        unknown = [k for k in keys if k not in labels]
        if unknown or len(keys) < 2 or a in alias_to_role:
            raise ValueError(f"facts.yaml: shared alias {a!r} must name two roles or more, all known, "
                             "and no other alias")
        alias_to_role[a], also[a] = keys[0], tuple(keys[1:])
    patterns = tuple((key, re.compile(pat)) for key, pats in (data.get("role_patterns") or {}).items()
                     for pat in pats if key in labels)
    regex = _trie_regex(alias_to_role) if alias_to_role else re.compile(r"(?!x)x")
    pn = data.get("person_names") or {}
    return _RoleLexicon(regex=regex, alias_to_role=alias_to_role, also=also, patterns=patterns, labels=labels,
                        labels_en=labels_en, in_standard=frozenset(in_std),
                        surnames=frozenset(str(pn.get("surnames") or "").strip()),
                        compound_surnames=tuple(pn.get("compound_surnames") or ()),
                        trailing=tuple(sorted(pn.get("trailing_words") or (), key=len, reverse=True)))


def role_labels(path: str | Path | None = None, lang: str = "zh") -> dict[str, str]:
    """Role key → standard wording, from the lexicon (``label``; ``label_en`` in English)."""
    lex = _lexicon(str(path or FACTS_SETTINGS))
    return dict(lex.labels_en if lang == "en" else lex.labels)


def standard_roles(path: str | Path | None = None) -> frozenset[str]:
    """The role keys the standard names (``in_standard: true``)."""
    return _lexicon(str(path or FACTS_SETTINGS)).in_standard


_NAMES = _settings_data(str(FACTS_SETTINGS)).get("person_names") or {}
_TITLES = tuple(_NAMES.get("titles_between") or ("副总经理",))  # 分管安保的副总经理郑斌
_AFTER_ROLE = re.compile(
    rf"\s*(?:[(（]\s*(?:{alt(_W.signature_in_brackets)})\s*[)）])?\s*(?:{alt(_W.signature_after_role)})?"
    rf"(?:的?(?:{alt(_TITLES)}))?\s*(?:[:：|]|为|是|\s)?\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,8})(?![\u4e00-\u9fff])"
)


def _person_after(t: str, pos: int, lex: _RoleLexicon) -> str | None:
    m = _AFTER_ROLE.match(t, pos)
    if not m:
        return None
    name = m.group("name")
    changed = True
    while changed:
        changed = False
        for w in lex.trailing:
            if name.endswith(w) and len(name) > len(w):
                name, changed = name[: -len(w)], True
    if any(name.startswith(c) for c in lex.compound_surnames):
        ok = 3 <= len(name) <= 4
    else:
        ok = 2 <= len(name) <= 3 and name[0] in lex.surnames
    if not ok or lex.regex.fullmatch(name):
        return None
    return name


def _roles(t: str, lex: _RoleLexicon) -> list[RoleFact]:
    out = []
    for m in lex.regex.finditer(t):
        person = _person_after(t, m.end(), lex)
        if person is None and _LINKED.search(t[max(0, m.start() - 2):m.start()]):
            person = _person_before(t, m.start(), lex)  # 任命副总经理李敏为负责关务的高级管理人员
        for key in (lex.alias_to_role[m.group(0)], *lex.also.get(m.group(0), ())):
            out.append(RoleFact(role=key, label=lex.labels[key], text=m.group(0), span=m.span(), person=person))
    found = {(r.role, r.span) for r in out if r.person}  # (an alias met without its holder's name does not
    #                                                    stop the duty naming him: 副总经理何志峰分管关务工作)
    for key, pattern in lex.patterns:
        for m in pattern.finditer(t):
            person = _person_before(t, m.start(), lex)
            if person and not any(k == key and a <= m.start() < b for k, (a, b) in found):
                # only with the person it names: "安保部负责贸易安全检查" is a department's task, not a role
                out.append(RoleFact(role=key, label=lex.labels[key], text=m.group(0), span=m.span(), person=person))
    return sorted(out, key=lambda r: r.span)


_LINKS = tuple(_NAMES.get("links_before_role") or ())  # 李敏为负责关务的高级管理人员
_LINKED = re.compile(rf"(?:{alt(_LINKS)})$") if _LINKS else re.compile(r"(?!x)x")
_DUTY_LINKS = tuple(_NAMES.get("links_before_duty") or ())  # 刘志强兼分管贸易安全
_BEFORE_DUTY = re.compile(rf"(?P<name>[\u4e00-\u9fff·]{{2,4}})(?:{alt(_DUTY_LINKS)})?$" if _DUTY_LINKS
                          else r"(?P<name>[\u4e00-\u9fff·]{2,4})$")
_TITLE_ENDS = str(_NAMES.get("title_last_chars") or "")  # 行政副总王海燕: a title ends in one of these


def _person_before(t: str, pos: int, lex: _RoleLexicon) -> str | None:
    """The name written right before a duty (行政副总王海燕负责…贸易安全 → 王海燕): its last 2–3 characters
    before it that start with a surname, after a title (副总, 经理) or a clause break."""
    m = _BEFORE_DUTY.search(t[max(0, pos - 6):pos])
    if not m:
        return None
    chunk = m.group("name")
    for n in (3, 2):
        name = chunk[-n:]
        head = chunk[:-n]
        if len(chunk) >= n and name[0] in lex.surnames and (not head or any(head.endswith(w) for w in _TITLES)
                                                           or (head[-1:] and head[-1:] in _TITLE_ENDS)):
            return name
    return None


# ---------------------------------------------------------------------------------------------
# Entry point

def extract_facts(text: str, *, lexicon: str | Path | None = None) -> Facts:
    """Every fact in ``text``. Deterministic; regexes are compiled once at import.

    Order of precedence where matches overlap: dates, then frequencies, then percentages,
    amounts, durations, and counts last (``每年2次`` is a frequency, not a count; the ``18日`` of
    ``3月18日`` is a date, not a duration).
    """
    t = text.translate(_WIDTH_NUM)
    dates, date_spans = _find_dates(t)
    mask = _Mask(len(t))
    mask.add_all(date_spans)
    freqs = _frequencies(t, mask)
    mask.add_all(f.span for f in freqs)
    pcts = _percentages(t, mask)
    mask.add_all(p.span for p in pcts)
    amounts = _amounts(t, mask)
    mask.add_all(a.span for a in amounts)
    durs = _durations(t, mask)
    mask.add_all(d.span for d in durs)
    counts = _counts(t, mask)
    roles = _roles(t, _lexicon(str(lexicon or FACTS_SETTINGS)))
    return Facts(dates=_retext(dates, text, t), frequencies=_retext(freqs, text, t),
                 durations=_retext(durs, text, t), counts=_retext(counts, text, t),
                 amounts=_retext(amounts, text, t), percentages=_retext(pcts, text, t),
                 roles=_retext(roles, text, t))


# ---------------------------------------------------------------------------------------------
# Windows

def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months; a day that does not exist in the target month becomes that
    month's last day (2024-02-29 − 12 months → 2023-02-28), as 《民法典》第二百零三条 counts
    periods: 没有对应日的，月末日为期间的最后一日."""
    idx = d.year * 12 + (d.month - 1) + months
    y, m = divmod(idx, 12)
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def window_start(as_of: dt.date, *, years: float | None = None, months: float | None = None,
                 quarters: float | None = None, days: int | None = None) -> dt.date:
    """The first day of the look-back window ``N年内`` / ``N个月内`` / ``N个季度内`` / ``N日内`` ending
    at ``as_of``: the same calendar day N years (months, quarters) earlier. Exactly one unit."""
    given = [x for x in (years, months, quarters, days) if x is not None]
    if len(given) != 1:
        raise ValueError("give exactly one of years, months, quarters, days")
    if days is not None:
        return as_of - dt.timedelta(days=int(days))
    total = (years or 0) * 12 + (months or 0) + (quarters or 0) * 3
    if not float(total).is_integer():
        raise ValueError(f"window of {total} months is not a whole number of months")
    return add_months(as_of, -int(total))


def within_window(date: dt.date | DateFact, as_of: dt.date, *, years: float | None = None,
                  months: float | None = None, quarters: float | None = None,
                  days: int | None = None) -> bool:
    """Whether ``date`` falls in the window ending at ``as_of``: ``start <= date <= as_of``.

    Both ends count. A record exactly one year before ``as_of`` is inside ``1年内``
    (as_of 2026-11-01: 2025-11-01 is in, 2025-10-31 is out); a date after ``as_of`` is out.
    With as_of 2024-02-29 the one-year window starts 2023-02-28 (no 02-29 in 2023).
    A :class:`DateFact` counts by its first day (``date``); pass ``fact.end`` to count a month-
    or year-precision fact by its last day instead.
    """
    d = date.date if isinstance(date, DateFact) else date
    start = window_start(as_of, years=years, months=months, quarters=quarters, days=days)
    return start <= d <= as_of


def last_year_and_ytd(as_of: dt.date) -> tuple[dt.date, dt.date]:
    """上年度以及本年度1月至上月: (1 January of the previous year, last day of the month before
    ``as_of``'s month). In January that is just the previous calendar year."""
    start = dt.date(as_of.year - 1, 1, 1)
    end = dt.date(as_of.year, as_of.month, 1) - dt.timedelta(days=1)
    return start, end


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter (``2025Q1`` … ``2025Q4``)."""

    year: int
    q: int

    def __post_init__(self):
        if self.q not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1–4, got {self.q}")

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.q - 2, 1)

    @property
    def end(self) -> dt.date:
        return _month_end(self.year, 3 * self.q)

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def label_zh(self) -> str:
        return f"{self.year}年第{'一二三四'[self.q - 1]}季度"

    def previous(self) -> "Quarter":
        return Quarter(self.year - 1, 4) if self.q == 1 else Quarter(self.year, self.q - 1)

    @classmethod
    def of(cls, d: dt.date) -> "Quarter":
        return cls(d.year, (d.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> "Quarter | None":
        """``2025Q1``, ``2025-Q1``, ``2025 q1``, ``2025-I``, ``2025年第一季度``, ``2025年1季度``; else None."""
        s = str(text).translate(_WIDTH_NUM).strip()
        facts, _ = _find_dates(s)
        if len(facts) == 1 and facts[0].precision == "quarter" and facts[0].text.strip() == s:
            return cls.of(facts[0].date)
        return None

    def __str__(self) -> str:
        return self.label


def consecutive_quarters(as_of: dt.date, n: int) -> list[Quarter]:
    """The ``n`` most recent complete quarters before ``as_of``, oldest first. A quarter is complete
    when its last day is before ``as_of`` (as_of 2026-10-01 → …, 2026Q3; as_of 2026-09-30 → …,
    2026Q2: the quarter still running on as_of does not count)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    q = Quarter.of(as_of).previous()  # the quarter containing as_of is still running
    out = [q]
    while len(out) < n:
        q = q.previous()
        out.append(q)
    return list(reversed(out))


def _as_date(x: dt.date | DateFact) -> dt.date:
    return x.date if isinstance(x, DateFact) else x


def count_in_window(dates: Iterable[dt.date | DateFact], as_of: dt.date, *, years: float | None = None,
                    months: float | None = None, quarters: float | None = None, days: int | None = None,
                    start: dt.date | None = None, end: dt.date | None = None) -> int:
    """How many ``dates`` fall in a window: either a look-back window (one of years / months /
    quarters / days, ending at ``as_of``, both ends included — see :func:`within_window`) or an
    explicit ``start``/``end`` (both included; ``end`` defaults to ``as_of``)."""
    if start is not None:
        stop = end or as_of
        return sum(1 for x in dates if start <= _as_date(x) <= stop)
    s = window_start(as_of, years=years, months=months, quarters=quarters, days=days)
    return sum(1 for x in dates if s <= _as_date(x) <= as_of)


@dataclass(frozen=True)
class PerYearCounts:
    """Counts for a 每年N次 rule, on three readings of 每年; ``value`` is the count on ``basis``.

    - ``rolling_12_months``: as_of − 12 months … as_of (both included);
    - ``calendar_year``: 1 January of as_of's year … as_of;
    - ``previous_calendar_year``: the whole previous calendar year.
    """

    rolling_12_months: int
    calendar_year: int
    previous_calendar_year: int
    basis: str
    windows: dict[str, tuple[str, str]]

    @property
    def value(self) -> int:
        return getattr(self, self.basis)

    def to_json(self) -> dict:
        return {"rolling_12_months": self.rolling_12_months, "calendar_year": self.calendar_year,
                "previous_calendar_year": self.previous_calendar_year, "basis": self.basis,
                "value": self.value, "windows": {k: list(v) for k, v in self.windows.items()}}


def per_year_counts(dates: Iterable[dt.date | DateFact], as_of: dt.date, *,
                    basis: str | None = None) -> PerYearCounts:
    """Count dated events for a 每年N次 rule on all three readings (see :class:`PerYearCounts`).

    The engine should decide on ``.value``, whose basis comes from ``models/facts.yaml``
    (``interpretations.per_year_basis``, default ``rolling_12_months``: the twelve months ending at
    the assessment date are a whole year whatever day the assessment falls on, whereas the calendar
    year in progress is incomplete until December), and show all three in its reasons.
    Dates after ``as_of`` are not counted.
    """
    basis = basis or load_settings().per_year_basis
    if basis not in PER_YEAR_BASES:
        raise ValueError(f"basis {basis!r} is not one of {PER_YEAR_BASES}")
    ds = [_as_date(x) for x in dates]
    r_start = add_months(as_of, -12)
    c_start = dt.date(as_of.year, 1, 1)
    p_start, p_end = dt.date(as_of.year - 1, 1, 1), dt.date(as_of.year - 1, 12, 31)
    return PerYearCounts(
        rolling_12_months=sum(1 for d in ds if r_start <= d <= as_of),
        calendar_year=sum(1 for d in ds if c_start <= d <= as_of),
        previous_calendar_year=sum(1 for d in ds if p_start <= d <= p_end),
        basis=basis,
        windows={"rolling_12_months": (r_start.isoformat(), as_of.isoformat()),
                 "calendar_year": (c_start.isoformat(), as_of.isoformat()),
                 "previous_calendar_year": (p_start.isoformat(), p_end.isoformat())},
    )
