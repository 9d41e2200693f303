"""Ratings files (YAML, CSV, XLSX): read, validate against the catalog, collect every problem.

A ratings file names an assessment (edition, level, business type), rates sub-items or items
without sub-items (or whole items), optionally a ``default`` for every unit not listed, and
optionally branches (分支机构) with their own ratings. Nothing is scored from a file with errors:
:func:`read_ratings` raises :class:`RatingsError` listing every problem with its file, row or key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .catalog import Assessment, CatalogError, ScoringRules, load_standard
from .messages import Msg
from .score import Branch, rollup

RATING_VALUES = ("compliant", "basically_compliant", "non_compliant", "not_applicable")

_SPELLINGS = {"na": "not_applicable", "n/a": "not_applicable"}  # besides the ids, labels and points


def rating_spellings(rules: ScoringRules | None = None) -> dict[str, str]:
    """Every accepted spelling of a rating (lower case) → its id: the id itself, the edition's labels
    (rules.yaml ``labels``), its points (``0``/``-1``/``-2``) and ``na``/``n/a``. ``rules`` defaults to
    the default edition's."""
    rules = rules or load_standard().rules
    out = {r: r for r in RATING_VALUES}
    out |= {str(v).strip().lower(): k for k, v in rules.labels.items()}
    out |= {str(p): k for k, p in rules.points.items() if p is not None}
    return out | _SPELLINGS


def parse_rating(value: object, rules: ScoringRules | None = None) -> str | None:
    """A rating value in any accepted spelling of the edition of ``rules`` (None when not recognised)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        value = str(int(value)) if float(value).is_integer() else str(value)
    key = str(value).strip().lower()
    return rating_spellings(rules).get(key)


@dataclass(frozen=True)
class Problem:
    """One error in a ratings file: where (row or key) and why. ``where`` and ``message`` are
    messages of messages.yaml (``rat_*``) where the tool words them: ``str(problem)`` is the Chinese,
    ``problem.text(lang)`` the same facts in ``lang``."""

    source: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.source} {self.where}：{self.message}" if self.where else f"{self.source}：{self.message}"

    def text(self, lang: str = "zh") -> str:
        """The problem in ``lang``: file, where in it and what is wrong."""
        if lang == "zh":
            return str(self)
        if self.where:
            return Msg("rat_problem_at", source=self.source, where=self.where, message=self.message).render(lang)
        return Msg("rat_problem", source=self.source, message=self.message).render(lang)


def _row(n: int, sheet: str = "") -> Msg:
    """Row ``n`` of a table (of worksheet ``sheet``)."""
    return Msg("rat_sheet_row", sheet=sheet, row=n) if sheet else Msg("rat_row", row=n)


def _key(key: str) -> Msg:
    return Msg("rat_key", name=key)


def _in_branch(branch: str | None, where: str) -> str:
    return Msg("rat_in_branch", branch=branch, where=where) if branch else where


def _words(zh: str, en: str) -> Msg:
    """A name of the edition (a rating, a category, an item title) as it reads in each language."""
    return Msg("rat_words", zh=zh, en=en)


class RatingsError(ValueError):
    """The ratings file has errors; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class RatingEntry:
    id: str
    rating: str
    note: str = ""
    where: str = ""  # row or key, for messages


@dataclass
class RatingsSheet:
    """A validated ratings file, ready for :func:`evidence_checker.score.score`."""

    source: str
    edition: str
    level: str
    business_type: str
    ratings: dict[str, str]
    notes: dict[str, str] = field(default_factory=dict)
    default: str | None = None
    branches: list[Branch] = field(default_factory=list)
    as_of: dt.date | None = None  # the assessment date, when the file names one (edition validity)

    def assessment(self) -> Assessment:
        return load_standard(self.edition).assessment(self.level, self.business_type)


@dataclass
class _Raw:
    edition: str | None = None
    level: str | None = None
    business_type: str | None = None
    default: object = None
    default_where: str = ""
    as_of: object = None
    entries: list[tuple[str, object, str, str]] = field(default_factory=list)  # id, raw rating, note, where
    branches: list[tuple[str, list[tuple[str, object, str, str]]]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Readers: each turns a file into _Raw, adding structural problems

class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that records repeated keys (PyYAML would silently keep the last one)."""

    duplicates: list[tuple[str, int]]


def _construct_mapping(loader: _UniqueKeyLoader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            loader.duplicates.append((str(key), key_node.start_mark.line + 1))
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path, problems: list[Problem]) -> _Raw:
    src = path.name
    try:
        loader = _UniqueKeyLoader(path.read_text(encoding="utf-8-sig"))
        loader.duplicates = []
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
        for key, line in loader.duplicates:
            problems.append(Problem(src, Msg("rat_line", line=line), Msg("rat_duplicate_key", id=key)))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        problems.append(Problem(src, "", Msg("rat_bad_yaml", error=str(e))))
        return _Raw()
    except ValueError as e:  # YAML reads an unquoted 2026-13-01 as a date and fails
        problems.append(Problem(src, "", Msg("rat_bad_date", error=str(e))))
        return _Raw()
    if not isinstance(data, dict):
        problems.append(Problem(src, "", Msg("rat_not_mapping")))
        return _Raw()
    raw = _Raw(edition=_s(data.get("edition")), level=_s(data.get("level")),
               business_type=_s(data.get("business_type")), default=data.get("default"),
               default_where=_key("default"), as_of=data.get("as_of"))
    unknown = set(data) - {"edition", "level", "business_type", "default", "ratings", "notes", "branches", "enterprise",
                           "as_of"}
    for k in sorted(unknown, key=str):
        problems.append(Problem(src, _key(k), Msg("rat_unknown_key")))
    notes = data.get("notes") or {}
    raw.entries = _yaml_entries(data.get("ratings"), "ratings", notes, src, problems)
    for i, br in enumerate(data.get("branches") or []):
        if not isinstance(br, dict) or not br.get("name"):
            problems.append(Problem(src, _key(f"branches[{i}]"), Msg("rat_branch_needs")))
            continue
        raw.branches.append((str(br["name"]), _yaml_entries(br.get("ratings"), f"branches[{i}].ratings",
                                                            br.get("notes") or {}, src, problems)))
    return raw


def _yaml_entries(ratings, key: str, notes: dict, src: str, problems: list[Problem]):
    out = []
    if ratings is None:
        return out
    if isinstance(ratings, dict):
        for k, v in ratings.items():
            out.append((str(k), v, str(notes.get(k, "") or ""), _key(f"{key}.{k}")))
    elif isinstance(ratings, list):  # [{id, rating, note}]
        for i, row in enumerate(ratings):
            if not isinstance(row, dict) or "id" not in row:
                problems.append(Problem(src, _key(f"{key}[{i}]"), Msg("rat_entry_needs")))
                continue
            out.append((str(row["id"]), row.get("rating"), str(row.get("note", "") or ""), _key(f"{key}[{i}]")))
    else:
        problems.append(Problem(src, _key(key), Msg("rat_bad_ratings")))
    return out


def _rows_to_raw(rows: list[list[object]], src: str, first_row: int, problems: list[Problem],
                 sheet: str = "") -> _Raw:
    raw = _Raw()
    if not rows:
        problems.append(Problem(src, "", Msg("rat_empty")))
        return raw
    header = [str(h or "").strip().lower() for h in rows[0]]
    names = {"id": ("id", "编号"), "rating": ("rating", "评分", "达标情况"), "note": ("note", "备注", "说明"),
             "level": ("level", "认证类型", "级别"), "business_type": ("business_type", "经营类别", "企业类型"),
             "branch": ("branch", "分支机构"), "edition": ("edition", "版本")}
    col = {}
    for key, aliases in names.items():
        for i, h in enumerate(header):
            if h in aliases:
                col[key] = i
                break
    for key in ("id", "rating"):
        if key not in col:
            problems.append(Problem(src, _row(first_row, sheet), Msg("rat_no_column", column=key)))
    if problems:
        return raw
    branches: dict[str, list] = {}
    for n, row in enumerate(rows[1:], start=first_row + 1):
        cells = list(row) + [None] * (len(header) - len(row))
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        where = _row(n, sheet)

        def get(key):
            return cells[col[key]] if key in col else None

        for key in ("level", "business_type", "edition"):
            v = _s(get(key))
            if v:
                cur = getattr(raw, key)
                if cur and cur != v:
                    problems.append(Problem(src, where, Msg("rat_inconsistent", field=key, value=v, first=cur)))
                setattr(raw, key, v)
        uid = _s(get("id")) or ""
        if not uid:
            problems.append(Problem(src, where, Msg("rat_no_id")))
            continue
        if uid.lower() == "default":
            raw.default, raw.default_where = get("rating"), where
            continue
        entry = (uid, get("rating"), _s(get("note")) or "", where)
        branch = _s(get("branch"))
        if branch:
            branches.setdefault(branch, []).append(entry)
        else:
            raw.entries.append(entry)
    raw.branches = list(branches.items())
    return raw


def _read_csv(path: Path, problems: list[Problem]) -> _Raw:
    """A CSV (or TSV) ratings file through the shared typed-table reader (UTF-8 or GBK)."""
    from .tables import read_table_rows

    try:
        rows = [values for _, values, _ in read_table_rows(path)]
    except UnicodeDecodeError:
        problems.append(Problem(path.name, "", Msg("rat_encoding")))
        return _Raw()
    return _rows_to_raw(rows, path.name, 1, problems)


def _read_xlsx(path: Path, problems: list[Problem]) -> _Raw:
    from openpyxl import load_workbook

    from .ingest.budget import BudgetError, bounded_rows, workbook_problem

    refused = workbook_problem(path)  # a bomb: not opened (models/limits.yaml)
    if refused:
        problems.append(Problem(path.name, "", refused))
        return _Raw()
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types for broken files
        problems.append(Problem(path.name, "", Msg("rat_xlsx_open", error=f"{type(e).__name__}: {e}")))
        return _Raw()
    ws = wb.worksheets[0]
    try:
        rows = [list(r) for r in bounded_rows(ws)]
    except BudgetError as e:
        problems.append(Problem(path.name, "", e.message()))
        return _Raw()
    finally:
        wb.close()
    return _rows_to_raw(rows, path.name, 1, problems, sheet=ws.title)


_READERS = {".yaml": _read_yaml, ".yml": _read_yaml, ".csv": _read_csv, ".xlsx": _read_xlsx}


def _s(v: object) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


# ---------------------------------------------------------------------------------------------
# Validation

def read_ratings(path: str | Path, *, level: str | None = None, business_type: str | None = None,
                 edition: str | None = None, overrides: dict[str, object] | None = None) -> RatingsSheet:
    """Read and validate a ratings file; raise :class:`RatingsError` with every problem found.

    ``level``/``business_type`` fill in what the file does not say, and must agree with what it
    says. ``overrides`` (what-if ratings, id → rating) replace or add to the file's ratings.
    """
    path = Path(path)
    src = path.name
    problems: list[Problem] = []
    reader = _READERS.get(path.suffix.lower())
    if not path.is_file():
        raise RatingsError([Problem(src, "", Msg("rat_no_file"))])
    if reader is None:
        raise RatingsError([Problem(src, "", Msg("rat_unsupported", suffix=path.suffix))])
    raw = reader(path, problems)
    if problems:
        raise RatingsError(problems)

    ed = raw.edition or edition or "2018-177"
    try:  # the edition declares its levels and business types (and their Chinese names)
        shape = load_standard(ed).shape
    except CatalogError as e:
        raise RatingsError([Problem(src, "edition", str(e))]) from None
    lv, bt = shape.canon_level, shape.canon_business_type
    sheet_level = _canon(raw.level, lv, src, "level", tuple(shape.levels), problems)
    sheet_type = _canon(raw.business_type, bt, src, "business_type", shape.single_parts, problems)
    opt_level = _canon(level, lv, "--level", "", tuple(shape.levels), problems)
    opt_type = _canon(business_type, bt, "--type", "", shape.single_parts, problems)
    if sheet_level and opt_level and sheet_level != opt_level:
        problems.append(Problem(src, "level", Msg("rat_differs", file=sheet_level, cli=f"--level {opt_level}")))
    if sheet_type and opt_type and sheet_type != opt_type:
        problems.append(Problem(src, "business_type", Msg("rat_differs", file=sheet_type, cli=f"--type {opt_type}")))
    lvl, btype = sheet_level or opt_level, sheet_type or opt_type
    if not lvl:
        problems.append(Problem(src, "level", Msg("rat_no_level", options="|".join(shape.levels))))
    if not btype:
        problems.append(Problem(src, "business_type", Msg("rat_no_type", options="|".join(shape.single_parts))))
    as_of = None
    if raw.as_of is not None:
        try:
            as_of = raw.as_of if isinstance(raw.as_of, dt.date) else dt.date.fromisoformat(str(raw.as_of).strip())
        except ValueError:
            problems.append(Problem(src, "as_of", Msg("rat_bad_as_of", value=repr(raw.as_of))))
    if edition and raw.edition and edition != raw.edition:
        problems.append(Problem(src, "edition", Msg("rat_differs", file=raw.edition, cli=edition)))
    if problems:
        raise RatingsError(problems)
    try:
        assessment = load_standard(ed).assessment(lvl, btype)
    except CatalogError as e:
        raise RatingsError([Problem(src, "edition", str(e))]) from None

    default = None
    if raw.default is not None:
        default = parse_rating(raw.default, assessment.standard.rules)
        if default is None:
            problems.append(Problem(src, raw.default_where, Msg("rat_bad_default", value=repr(raw.default))))
    entries = list(raw.entries)
    for uid, value in (overrides or {}).items():
        entries = [e for e in entries if e[0] != uid] + [(uid, value, "", f"--set {uid}")]  # the same in both languages
    ratings, notes = _validate_entries(entries, assessment, src, problems)
    branches = []
    for name, b_entries in raw.branches:
        b_ratings, _ = _validate_entries(b_entries, assessment, src, problems, branch=name)
        branches.append(Branch(name=name, ratings=b_ratings))
    if problems:
        raise RatingsError(problems)
    return RatingsSheet(source=src, edition=ed, level=lvl, business_type=btype, ratings=ratings, notes=notes,
                        default=default, branches=branches, as_of=as_of)


def _canon(value, canon, src, where, allowed, problems) -> str | None:
    if value is None or value == "":
        return None
    v = canon(value)
    if v is None:
        problems.append(Problem(src, where, Msg("rat_not_valid", value=repr(value), options={"list": list(allowed)})))
    return v


def _validate_entries(entries, assessment: Assessment, src: str, problems: list[Problem],
                      branch: str | None = None) -> tuple[dict[str, str], dict[str, str]]:
    from .edition_labels import edition_labels
    from .i18n import t
    from .translation import translate

    std = assessment.standard
    rules = std.rules
    names = edition_labels(std)  # the edition's names of its ratings and categories, in each language

    def label(key: str) -> Msg:
        return _words(rules.labels[key], names.t(key, "en"))

    ratings: dict[str, str] = {}
    notes: dict[str, str] = {}
    first_where: dict[str, str] = {}
    for uid, value, note, where in entries:
        where = _in_branch(branch, where)
        if uid in first_where:
            problems.append(Problem(src, where, Msg("rat_duplicate_id", id=uid, first=first_where[uid])))
            continue
        first_where[uid] = where
        if uid not in assessment:
            problems.append(Problem(src, where, Msg("rat_unknown_id", id=uid, level=assessment.level,
                                                    business_type=assessment.business_type)))
            continue
        item = assessment.item_of(uid)
        if item.scored_via_single_item:
            problems.append(Problem(src, where, Msg("rat_via_single", id=uid,
                                                    title=_words(item.title, translate(std, item.title, "en")))))
            continue
        rating = parse_rating(value, assessment.standard.rules)
        if rating is None:
            problems.append(Problem(src, where, Msg(
                "rat_bad_rating", value=repr(value), labels="/".join(rules.labels.values()), ids="/".join(RATING_VALUES),
                points="/".join(str(p) for p in rules.points.values() if p is not None))))
            continue
        if rating not in item.options:
            problems.append(Problem(src, where, Msg(
                "rat_not_an_option", id=uid, rating=label(rating), options={"list": [label(o) for o in item.options]},
                category=_words(rules.category_labels[item.category], names.t(item.category, "en")))))
            continue
        ratings[uid] = rating
        if note:
            notes[uid] = note
    # an item rated as a whole and through its sub-items must agree
    for uid, rating in list(ratings.items()):
        item = assessment.item_of(uid)
        if uid != item.id or not item.subitems:
            continue
        listed = {s.id: ratings[s.id] for s in item.subitems if s.id in ratings}
        if not listed:
            continue
        combined = [listed.get(s.id, rating) for s in item.subitems]
        rolled = rollup(combined)
        if rolled != rating:
            problems.append(Problem(src, first_where[uid], Msg(
                "rat_rollup", id=uid, rating=label(rating),
                rolled=label(rolled) if rolled else _words(t("unrated", "zh"), t("unrated", "en")))))
    return ratings, notes
