"""The structured records a bundle may carry under ``records/``: their columns, and empty templates.

The schemas are data: ``models/records.yaml`` names, per kind of record file, its file stem and its
columns (header, how a cell is read, allowed values, the other spellings enterprises use). This
module reads and checks that file (:func:`load_schemas`; a :class:`RecordSchemaError` names the file,
the kind and the field) and keeps the names the code uses: :data:`SCHEMAS` by key, and
``PENALTIES``, ``DECLARATIONS``, ``QUARTERLY``, ``FINANCE``, ``ABNORMAL``.

One file per kind, named after it, CSV (UTF-8 with or without BOM, or GBK) or XLSX (the same
headers in row 1 of the first sheet). A header is matched to a column by its name or one of its
``aliases`` after :func:`norm_header` (full-width/half-width, spaces and bracket shapes ignored), or
by the same with the bracketed part left out (``企业值`` for ``企业值(%)``).

:func:`write_templates` writes the header row and one example row (UTF-8 with BOM so Excel shows
the Chinese headers) and never overwrites a file that is there. The example row's first cell starts
with ``#``: a row so marked is a comment, never read as a record, so the template as written still
decides nothing. :mod:`evidence_checker.records` reads them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

import yaml

from .data import models_root, read_yaml

RECORDS_DIR = "records"
RECORDS_FILE = "records.yaml"

ColumnKind = Literal["day", "month", "quarter", "year", "count", "money", "signed_money", "percent",
                     "choice", "text"]
KINDS: tuple[str, ...] = get_args(ColumnKind)


class RecordSchemaError(ValueError):
    """``models/records.yaml`` is not a valid set of record schemas (the message names the file, the
    kind and the field)."""


@dataclass(frozen=True)
class Column:
    """One column of a record file. ``kind`` says how a cell is read:

    day (a date), month (``2025-01``), quarter (``2025Q1``), year (``2025``), count (a whole
    number >= 0), money (yuan >= 0), signed_money (yuan, may be negative), percent (a number in
    percent >= 0, ``0.35`` or ``0.35%``), choice (one of ``choices``), text.
    """

    name: str
    kind: ColumnKind
    required: bool = True
    choices: tuple[str, ...] = ()
    hint: str = ""
    example: str = ""  # the value of the template's commented example row
    field: str = ""  # the name the code reads the column by (the header is for people, the field for code)
    aliases: tuple[str, ...] = ()  # other headers enterprises write for it (matched after norm_header)
    choice_aliases: tuple[tuple[str, str], ...] = ()  # (another spelling, the choice it is): 手(账)册规范申报率


COMMENT = "#"  # a row whose first filled cell starts with this is a comment (the templates' example rows)


@dataclass(frozen=True)
class WideLayout:
    """A table with one column per value of a choice column (季度 | 本企业查获比率 | 全国平均查获比率 …),
    read as one row per value: ``choice`` takes the value its header names, ``value`` the cell; a header
    with one of ``national_words`` is the ``national`` column of the value it names — or, naming none, of
    the value column to its left (报关差错率 | 同期全国一般信用企业平均差错率)."""

    choice: str
    value: str
    national: str
    national_words: tuple[str, ...]


@dataclass(frozen=True)
class RecordSchema:
    """A kind of record file: ``name`` is the file stem (``处罚记录`` → ``处罚记录.csv``)."""

    key: str
    name: str
    title: str
    columns: tuple[Column, ...]
    # a row whose only content is one of these words (in a text column) says "there are none"
    none_words: tuple[str, ...] = ()
    none_hint: str = ""
    wide: "WideLayout | None" = None  # how a table with one column per choice is read (季度指标)

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def header(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def example(self) -> list[str]:
        """The template's commented example row (its first cell starts with ``#``)."""
        row = [c.example for c in self.columns]
        return [f"{COMMENT}示例（以#开头的行不会被读取）：{row[0]}"] + row[1:]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def match_header(self, header: object) -> tuple[list[Column], bool]:
        """The columns ``header`` names, and whether it names them by an alias: the columns whose
        name or alias is the header (after :func:`norm_header`), else those whose name or alias
        is it with the bracketed part left out — unless both name a unit and the units differ.
        More than one column means the header is ambiguous."""
        h = norm_header(header)
        for strip in (False, True):
            key = bare_header(h) if strip else h
            if not key:
                continue
            hits: dict[str, bool] = {}  # column name → read by an alias (not by its own name)
            for c in self.columns:
                for i, known in enumerate((c.name, *c.aliases)):
                    n = norm_header(known)
                    if strip and _units(h) and _units(n) and _units(h) != _units(n):
                        continue  # 处罚金额(万元) is not 处罚金额(元): a different unit is no match
                    if (bare_header(n) if strip else n) == key:
                        hits[c.name] = i > 0
                        break
            if hits:
                return [self.column(n) for n in hits], any(hits.values())
        return [], False


_BRACKETS = str.maketrans({"[": "(", "]": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "〈": "(", "〉": ")",
                           "{": "(", "}": ")"})


def norm_header(h: object) -> str:
    """A header as compared: full-width forms as half-width (NFKC), every bracket as ``()``, no
    spaces, Latin letters in lower case, no byte-order mark."""
    s = "" if h is None else str(h)
    s = unicodedata.normalize("NFKC", s.replace("\ufeff", "")).translate(_BRACKETS)
    return re.sub(r"\s+", "", s).casefold()


def _units(h: str) -> list[str]:
    """The bracketed parts of a normalised header (``处罚金额(元)`` → ``["元"]``): its unit."""
    return re.findall(r"\((.*?)\)", h)


def bare_header(h: str) -> str:
    """A normalised header without its bracketed parts (``企业值(%)`` → ``企业值``)."""
    return re.sub(r"\(.*?\)", "", h)


# ---------------------------------------------------------------------------------------------
# Loading models/records.yaml

# What the code reads of each kind: field → (the kinds it can take, whether it must be required).
# Renaming a field, or making a field the code always needs optional, is refused by the loader.
_NUMBER = ("money", "signed_money")
CONTRACT: dict[str, dict[str, tuple[tuple[str, ...], bool]]] = {
    "penalties": {"date": (("day",), True), "number": (("text",), False), "kind": (("choice",), True),
                  "amount": (("money",), True), "note": (("text",), False)},
    "declarations": {"month": (("month",), True), "declarations": (("count",), True),
                     "late_tax": (("count",), False), "manifests": (("count",), False)},
    "quarterly": {"quarter": (("quarter",), True), "indicator": (("choice",), True),
                  "value": (("percent",), True), "national": (("percent",), True)},
    "finance": {"year": (("year",), True), "opinion": (("choice",), False),
                **{f: (_NUMBER, False) for f in ("total_assets", "total_liabilities", "current_assets", "inventory",
                                                 "current_liabilities", "revenue", "operating_profit", "net_profit",
                                                 "equity_begin", "equity_end", "operating_cash_flow")}},
    "abnormal": {"listed": (("day",), True), "removed": (("day",), False), "reason": (("text",), False),
                 "note": (("text",), False)},
}
_SCHEMA_KEYS = {"name", "title", "columns", "none_words", "none_hint", "wide"}
_COLUMN_KEYS = {"name", "field", "kind", "required", "choices", "hint", "example", "aliases", "choice_aliases"}


def _text(v: object, where: str, *, empty: bool = False) -> str:
    if isinstance(v, bool) or v is None and not empty:
        raise RecordSchemaError(f"{where}: must be a text, not {v!r}")
    if v is None:
        return ""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (int, float, str)):
        s = str(v).strip()
        if not s and not empty:
            raise RecordSchemaError(f"{where}: is empty")
        return s
    raise RecordSchemaError(f"{where}: must be a text, not {type(v).__name__} {v!r}")


def _texts(v: object, where: str) -> tuple[str, ...]:
    if v is None:
        return ()
    if not isinstance(v, list):
        raise RecordSchemaError(f"{where}: must be a list, not {v!r}")
    return tuple(_text(x, f"{where}[{i}]") for i, x in enumerate(v))


def _column(raw: object, where: str) -> Column:
    if not isinstance(raw, dict):
        raise RecordSchemaError(f"{where}: must be a mapping (name, field, kind …), not {raw!r}")
    unknown = set(raw) - _COLUMN_KEYS
    if unknown:
        raise RecordSchemaError(f"{where}: unknown field {', '.join(sorted(map(str, unknown)))} "
                                f"(known: {', '.join(sorted(_COLUMN_KEYS))})")
    name = _text(raw.get("name"), f"{where}.name")
    where = f"{where} ({name})"
    kind = raw.get("kind")
    if kind not in KINDS:
        raise RecordSchemaError(f"{where}: kind: {kind!r} is not one of {', '.join(KINDS)}")
    required = raw.get("required", True)
    if not isinstance(required, bool):
        raise RecordSchemaError(f"{where}: required: must be true or false, not {required!r}")
    choices = _texts(raw.get("choices"), f"{where}: choices")
    if (kind == "choice") != bool(choices):
        raise RecordSchemaError(f"{where}: choices: " + ("a choice column needs its choices" if kind == "choice"
                                                          else f"only a choice column has choices (kind is {kind})"))
    return Column(name=name, kind=kind, required=required, choices=choices,
                  hint=_text(raw.get("hint"), f"{where}: hint", empty=True),
                  example=_text(raw.get("example"), f"{where}: example", empty=True),
                  field=_text(raw.get("field"), f"{where}: field"),
                  aliases=_texts(raw.get("aliases"), f"{where}: aliases"),
                  choice_aliases=_choice_aliases(raw.get("choice_aliases"), choices, f"{where}: choice_aliases"))


def _choice_aliases(raw: object, choices: tuple[str, ...], where: str) -> tuple[tuple[str, str], ...]:
    """``{choice: [other spellings]}`` as (spelling, choice) pairs; every key must be one of ``choices``."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise RecordSchemaError(f"{where}: must be a mapping of a choice to its other spellings, not {raw!r}")
    out = []
    for choice, spellings in raw.items():
        if choice not in choices:
            raise RecordSchemaError(f"{where}: {choice!r} is not one of the choices ({', '.join(choices)})")
        out += [(re.sub(r"\s+", "", s), choice) for s in _texts(spellings, f"{where}.{choice}")]
    return tuple(out)


def _schema(key: str, raw: object, src: str) -> RecordSchema:
    where = f"{src}: {key}"
    if not isinstance(raw, dict):
        raise RecordSchemaError(f"{where}: must be a mapping with name, title and columns")
    unknown = set(raw) - _SCHEMA_KEYS
    if unknown:
        raise RecordSchemaError(f"{where}: unknown field {', '.join(sorted(map(str, unknown)))} "
                                f"(known: {', '.join(sorted(_SCHEMA_KEYS))})")
    name = _text(raw.get("name"), f"{where}.name")
    if re.search(r'[\\/:*?"<>|.]', name):
        raise RecordSchemaError(f"{where}.name: {name!r} cannot be a file name (no / \\ : * ? \" < > | .)")
    cols_raw = raw.get("columns")
    if not isinstance(cols_raw, list) or not cols_raw:
        raise RecordSchemaError(f"{where}.columns: must be a non-empty list of columns")
    columns = tuple(_column(c, f"{where}.columns[{i}]") for i, c in enumerate(cols_raw))
    contract = CONTRACT[key]
    seen_field: dict[str, str] = {}
    seen_header: dict[str, str] = {}  # normalised name or alias → the column it belongs to
    for c in columns:
        cw = f"{where}.columns ({c.name})"
        if c.field in seen_field:
            raise RecordSchemaError(f"{cw}: field: {c.field!r} is also the field of {seen_field[c.field]}")
        seen_field[c.field] = c.name
        if c.field not in contract:
            raise RecordSchemaError(f"{cw}: field: {c.field!r} is not a field the code reads for {key} "
                                    f"(it reads: {', '.join(contract)})")
        kinds, must = contract[c.field]
        if c.kind not in kinds:
            raise RecordSchemaError(f"{cw}: kind: field {c.field} is read as {' or '.join(kinds)}, not {c.kind}")
        if must and not c.required:
            raise RecordSchemaError(f"{cw}: required: field {c.field} is needed in every row (required: true)")
        for h in (c.name, *c.aliases):
            nh = norm_header(h)
            if not nh:
                raise RecordSchemaError(f"{cw}: aliases: an empty header")
            if nh in seen_header and seen_header[nh] != c.name:
                raise RecordSchemaError(f"{cw}: aliases: “{h}” is also a header of {seen_header[nh]}")
            seen_header[nh] = c.name
    missing = [f for f in contract if f not in seen_field]
    if missing:
        raise RecordSchemaError(f"{where}.columns: no column for field {', '.join(missing)} (the code reads it)")
    none_words = _texts(raw.get("none_words"), f"{where}.none_words")
    if none_words and not any(c.kind == "text" for c in columns):
        raise RecordSchemaError(f"{where}.none_words: a “none” row is written in a text column; {key} has none")
    return RecordSchema(key=key, name=name, title=_text(raw.get("title"), f"{where}.title"), columns=columns,
                        none_words=none_words, none_hint=_text(raw.get("none_hint"), f"{where}.none_hint", empty=True),
                        wide=_wide(raw.get("wide"), columns, f"{where}.wide"))


def _wide(raw: object, columns: tuple[Column, ...], where: str) -> WideLayout | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"choice", "value", "national", "national_words"}:
        raise RecordSchemaError(f"{where}: must be a mapping with choice, value, national and national_words")
    names = {c.name: c for c in columns}
    layout = WideLayout(choice=_text(raw["choice"], f"{where}.choice"), value=_text(raw["value"], f"{where}.value"),
                        national=_text(raw["national"], f"{where}.national"),
                        national_words=_texts(raw["national_words"], f"{where}.national_words"))
    for key in ("choice", "value", "national"):
        if getattr(layout, key) not in names:
            raise RecordSchemaError(f"{where}.{key}: {getattr(layout, key)!r} is not a column of this record")
    if names[layout.choice].kind != "choice" or not layout.national_words:
        raise RecordSchemaError(f"{where}: choice must name a choice column, and national_words must not be empty")
    return layout


def load_schemas(path: str | Path | None = None) -> dict[str, RecordSchema]:
    """The record schemas of ``path`` (default ``models/records.yaml``), key → schema, checked:
    every kind the code reads is there, every field it reads has a column of a kind it can read."""
    p = Path(path) if path is not None else models_root() / RECORDS_FILE
    src = p.name
    try:
        data = read_yaml(p)
    except OSError as e:
        raise RecordSchemaError(f"{src}: cannot be read: {e}") from None
    except yaml.YAMLError as e:
        raise RecordSchemaError(f"{src}: not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise RecordSchemaError(f"{src}: must be a mapping of record kinds ({', '.join(CONTRACT)})")
    unknown = [str(k) for k in data if k not in CONTRACT]
    if unknown:
        raise RecordSchemaError(f"{src}: unknown record kind {', '.join(unknown)} (known: {', '.join(CONTRACT)})")
    missing = [k for k in CONTRACT if k not in data]
    if missing:
        raise RecordSchemaError(f"{src}: no schema for {', '.join(missing)} (the code reads it)")
    out = {k: _schema(k, data[k], src) for k in data}
    names: dict[str, str] = {}
    for k, s in out.items():
        if s.name in names:
            raise RecordSchemaError(f"{src}: {k}.name: {s.name!r} is also the file of {names[s.name]}")
        names[s.name] = k
    return out


SCHEMAS: dict[str, RecordSchema] = load_schemas()
PENALTIES = SCHEMAS["penalties"]
DECLARATIONS = SCHEMAS["declarations"]
QUARTERLY = SCHEMAS["quarterly"]
FINANCE = SCHEMAS["finance"]
ABNORMAL = SCHEMAS["abnormal"]
PENALTY_KINDS = next(c.choices for c in PENALTIES.columns if c.field == "kind")
INDICATORS = next(c.choices for c in QUARTERLY.columns if c.field == "indicator")
AUDIT_OPINIONS = next(c.choices for c in FINANCE.columns if c.field == "opinion")


def template_text(schema: RecordSchema) -> str:
    """The template's content: the header row and the commented example row."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(schema.header)
    w.writerow(schema.example)
    return buf.getvalue()


def is_comment(values) -> bool:
    """A row whose first filled cell starts with ``#`` (the templates' example rows)."""
    first = next((v for v in values if v is not None and str(v).strip()), None)
    return first is not None and str(first).strip().startswith(COMMENT)


def write_templates(records_dir: str | Path) -> list[Path]:
    """Write an empty template (header row and a commented example row, UTF-8 with BOM) for every record kind into
    ``records_dir`` (created if needed). A kind that already has a file there — ``.csv`` or
    ``.xlsx`` — is left alone: nothing is ever overwritten. Returns the files written."""
    d = Path(records_dir)
    d.mkdir(parents=True, exist_ok=True)
    written = []
    for schema in SCHEMAS.values():
        if any((d / f"{schema.name}{ext}").exists() for ext in (".csv", ".xlsx", ".CSV", ".XLSX")):
            continue
        path = d / schema.filename
        with path.open("x", encoding="utf-8-sig", newline="") as fh:  # "x": fail rather than overwrite
            fh.write(template_text(schema))
        written.append(path)
    return written
