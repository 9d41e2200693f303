"""The standards catalog: load and validate ``standards/<edition>/`` into plain, frozen objects.

One YAML file per attachment table (``tables/*.yaml``) plus ``rules.yaml`` (options per category,
the pass conditions) and ``flags.yaml`` (the profile flags that applicability conditions may name).
A malformed or inconsistent file fails loading with :class:`CatalogError` naming the file, the item
and the field.

Ids within one assessment (a level and a business type): an item is ``PART.ITEM`` and a sub-item
``PART.ITEM.SUB`` (``common.21.3``, ``importer.10.4``); parts are ``common`` (通用标准) and the
business type's single-item part (``importer``, ``broker``, ``ftsp``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationError,
    field_validator,
    model_validator,
)

from .data import editions as _editions
from .data import read_yaml, standards_root

STANDARDS_DIR = standards_root()  # the bundled editions (inside the wheel, or the checkout's standards/)

from .edition_shape import DEFAULT_SHAPE, EditionShape, ShapeError, parse_shape

# Levels, parts, business types and categories are declared by each edition (edition.yaml, rules.yaml);
# the constants below are 2018-177's, kept for callers that know they work with it.
Level = str
Part = str
BusinessType = str  # one single-item part, or several joined by "+" in a 1+N edition
Category = str
RatingValue = Literal["compliant", "basically_compliant", "non_compliant", "not_applicable"]

LEVELS: tuple[str, ...] = ("advanced", "general")
BUSINESS_TYPES: tuple[str, ...] = ("importer", "broker", "ftsp")
CATEGORIES: tuple[str, ...] = ("internal_control", "financial", "legal_compliance", "trade_security")


def qualified_id(edition: str, level: str, unit_id: str) -> str:
    """A unit id unique across editions and levels: ``edition/level/part.item.sub``."""
    return f"{edition}/{level}/{unit_id}"


class CatalogError(ValueError):
    """A standards file is malformed or inconsistent; the message names file, item and field."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Threshold(_Frozen):
    """A number in the standard's text that decides a rating, as a typed field.

    ``text`` is the phrase as it stands in the item or sub-item text (whitespace normalised), so a
    reader can find it; ``op`` says what a compliant fact must satisfy against ``value``.
    """

    name: str
    kind: Literal[
        "frequency",  # at least N times per period (培训每年2次以上)
        "window",  # a look-back window (2年内, 1年内, 上年度以及本年度1月至上月)
        "consecutive_quarters",  # 连续4个季度
        "retention",  # keep data/records at least this long (3年以上, 3个月)
        "percentage",  # a share in percent (3%, 90%, 99%, 10%)
        "ratio",  # a plain ratio (千分之一 = 0.001, 吻合度 0.3)
        "amount",  # an amount in yuan (3万元 = 30000)
        "count",  # a number of events or things (5次, 1次, 1家)
        "days",  # a number of days (30日)
        "standard_ref",  # a cited technical standard (PAS ISO 17712), not a limit
    ]
    value: float
    unit: str
    op: Literal[">=", "<=", ">", "<", "=="]
    text: str
    cumulative: bool = False  # amounts/counts summed over the window (累计)
    applies_to: str | None = None  # what is counted or measured, in plain words

    @field_validator("name")
    @classmethod
    def _name_is_key(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", v):
            raise ValueError(f"threshold name {v!r} must be snake_case ascii")
        return v


class Note(_Frozen):
    """A note printed in an item's row that changes how it is assessed."""

    kind: Literal[
        "special_zone_deemed_met",  # 海关特殊监管区内的企业 … 视为符合
        "certified_partner_exempt",  # 商业伙伴系海关认证企业的 … 免于
        "pure_trading_extension",  # 只做单纯国际贸易 … 延伸认证其1家 … 物流运输企业
        "pure_brokerage_extension",  # 只做单纯报关业务 … 延伸认证其1家 … 被代理企业或者物流运输企业
    ]
    text: str
    flag: str | None = None  # the profile flag that triggers the note
    thresholds: tuple[Threshold, ...] = ()


class Condition(_Frozen):
    """Applicability: true when any flag of ``any_of`` is set and no flag of ``none_of`` is set."""

    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    text: str = ""  # the words of the standard the condition comes from
    narrower: str = ""  # how the wording is narrower than the flag (e.g. export only), for the reading wider_flags

    def holds(self, flags: dict[str, bool]) -> bool:
        if self.any_of and not any(flags.get(f, False) for f in self.any_of):
            return False
        return not any(flags.get(f, False) for f in self.none_of)


class SubItem(_Frozen):
    """A numbered sub-item ((1), (2) …) of an item. ``id`` is ``PART.ITEM.SUB``."""

    id: str
    number: int
    text: str
    condition: Condition | None = None
    thresholds: tuple[Threshold, ...] = ()


class Item(_Frozen):
    """A numbered standard item (1, 2, 3 …), the unit the official scoring counts."""

    id: str
    part: Part
    number: int
    title: str
    category: Category
    section: str
    options: tuple[RatingValue, ...]
    text: str | None = None  # for items without printed sub-items
    notes: tuple[Note, ...] = ()
    subitems: tuple[SubItem, ...] = ()
    condition: Condition | None = None
    thresholds: tuple[Threshold, ...] = ()
    scored_via_single_item: bool = False  # 申报规范/传输规范: 见单项标准, never scored twice

    @property
    def rated_units(self) -> tuple["SubItem | Item", ...]:
        """What is rated: the sub-items, or the item itself when it has none."""
        return self.subitems if self.subitems else (self,)


class Table(_Frozen):
    """One attachment table of the announcement: a level and a part."""

    edition: str
    attachment: int
    level: Level
    part: Part
    title: str
    items: tuple[Item, ...]
    source_file: str = ""


class Bonus(_Frozen):
    """Bonus items (附加标准): the parts they are in, points per rating, and the cap on their sum."""

    parts: tuple[str, ...]
    points: dict[RatingValue, int]
    cap: int
    text: str = ""
    text_en: str = ""  # the same rule in English (reports' method section)


class PassCondition(_Frozen):
    id: Literal["no_non_compliant", "basic_limit", "min_total"]
    text: str
    label: dict[str, str] | None = None  # the short heading in outputs, {zh, en}
    name: dict[str, str] | None = None  # how sentences refer to it ("条件（二）"), {zh, en}


class ScoringRules(_Frozen):
    """Attachment 1 (说明) as data: points per rating, options per category, pass conditions."""

    base_score: int
    points: dict[RatingValue, int | None]
    labels: dict[RatingValue, str]
    options_by_category: dict[Category, tuple[RatingValue, ...]]
    category_labels: dict[Category, str]
    basic_limit_max: int
    basic_limit_categories: tuple[Category, ...]
    basic_limit_scopes: dict[str, str]  # scope name -> explanation
    basic_limit_scope_default: str
    min_total: int
    pass_conditions: tuple[PassCondition, ...]
    bonus: Bonus | None = None
    # English names of the ratings, categories and readings of condition (二) (labels_en,
    # category_labels_en, basic_limit.scopes_en in rules.yaml); reports fall back to the shared labels
    labels_en: dict[RatingValue, str] = {}
    category_labels_en: dict[Category, str] = {}
    basic_limit_scopes_en: dict[str, str] = {}

    @model_validator(mode="after")
    def _consistent(self) -> "ScoringRules":
        if self.basic_limit_scope_default not in self.basic_limit_scopes:
            raise ValueError("basic_limit_scope_default must be one of basic_limit_scopes")
        if set(self.options_by_category) != set(self.category_labels):
            raise ValueError(f"options_by_category must name exactly the categories of category_labels "
                             f"({', '.join(self.category_labels)})")
        if not set(self.basic_limit_categories) <= set(self.category_labels):
            raise ValueError("basic_limit.categories must be categories of category_labels")
        return self


class Flag(_Frozen):
    key: str
    label: str
    text: str = ""


class Assessment:
    """The items one enterprise is assessed on: the general standard and its business type's part."""

    def __init__(self, standard: "Standard", level: str, business_type: str):
        shape = standard.shape
        if level not in shape.levels:
            raise KeyError(f"unknown level {level!r} (expected one of {', '.join(shape.levels)})")
        parts = shape.business_parts(business_type)  # KeyError naming the choices
        self.standard = standard
        self.level = level
        self.business_type = "+".join(parts)
        self.parts = (shape.general_part, *parts, *(p for p in shape.bonus_parts if (level, p) in standard._by_key))
        self.tables = tuple(standard.table(level, p) for p in self.parts)
        self._items: dict[str, Item] = {}
        self._subitems: dict[str, SubItem] = {}
        self._parent: dict[str, Item] = {}
        for table in self.tables:
            for item in table.items:
                self._items[item.id] = item
                for sub in item.subitems:
                    self._subitems[sub.id] = sub
                    self._parent[sub.id] = item

    @property
    def items(self) -> list[Item]:
        """Every item, general standard first, in printed order (including 见单项标准 items)."""
        return list(self._items.values())

    @property
    def scored_items(self) -> list[Item]:
        """The items the official scoring counts: 见单项标准 items are scored in the single-item part."""
        return [i for i in self._items.values() if not i.scored_via_single_item]

    def item(self, item_id: str) -> Item:
        try:
            return self._items[item_id]
        except KeyError:
            raise KeyError(f"no item {item_id!r} in {self.level}/{self.business_type}") from None

    def subitem(self, subitem_id: str) -> SubItem:
        try:
            return self._subitems[subitem_id]
        except KeyError:
            raise KeyError(f"no sub-item {subitem_id!r} in {self.level}/{self.business_type}") from None

    def parent(self, subitem_id: str) -> Item:
        return self._parent[subitem_id]

    def lookup(self, any_id: str) -> Item | SubItem:
        """An item or a sub-item by id."""
        if any_id in self._items:
            return self._items[any_id]
        if any_id in self._subitems:
            return self._subitems[any_id]
        raise KeyError(f"no item or sub-item {any_id!r} in {self.level}/{self.business_type}")

    def item_of(self, any_id: str) -> Item:
        """The numbered item an id belongs to (itself for an item)."""
        if any_id in self._items:
            return self._items[any_id]
        if any_id in self._parent:
            return self._parent[any_id]
        raise KeyError(f"no item or sub-item {any_id!r} in {self.level}/{self.business_type}")

    def rated_units(self) -> Iterator[tuple[Item, "SubItem | Item"]]:
        """(item, unit) for every unit that is rated: sub-items, or items without sub-items."""
        for item in self.scored_items:
            for unit in item.rated_units:
                yield item, unit

    def __contains__(self, any_id: str) -> bool:
        return any_id in self._items or any_id in self._subitems


class Standard:
    """An edition of the standard: its tables, scoring rules and profile flags."""

    def __init__(self, edition: str, tables: list[Table], rules: ScoringRules, flags: list[Flag],
                 root: Path, title: str = "", shape: EditionShape = DEFAULT_SHAPE):
        self.edition = edition
        self.title = title
        self.shape = shape
        self.root = root
        self.rules = rules
        self.flags = {f.key: f for f in flags}
        self.tables = tables
        self._by_key = {(t.level, t.part): t for t in tables}

    def table(self, level: str, part: str) -> Table:
        try:
            return self._by_key[(level, part)]
        except KeyError:
            raise KeyError(f"edition {self.edition} has no table for {level}/{part}") from None

    def assessment(self, level: str, business_type: str) -> Assessment:
        return Assessment(self, level, business_type)

    def to_export(self) -> list[dict]:
        """The JSON export shape of ARCHITECTURE.md: a list of tables with items and sub-items."""
        return [table_to_dict(t) for t in self.tables]


# ---------------------------------------------------------------------------------------------
# Loading

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"


def normalize_ws(text: str) -> str:
    """Whitespace normalisation used for catalog text: no spaces next to CJK, single spaces elsewhere."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(rf"(?<=[{_CJK}]) (?=\S)", "", text)
    text = re.sub(rf"(?<=\S) (?=[{_CJK}])", "", text)
    return text


def _fail(path: Path, where: str, msg: str) -> CatalogError:
    return CatalogError(f"{path.name}: {where}: {msg}")


def _read_yaml(path: Path) -> dict:
    try:
        data = read_yaml(path)
    except yaml.YAMLError as e:
        raise CatalogError(f"{path.name}: not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise CatalogError(f"{path.name}: expected a mapping at the top level")
    return data


def _pydantic_msg(e: ValidationError) -> str:
    parts = []
    for err in e.errors():
        loc = ".".join(str(x) for x in err["loc"]) or "(top)"
        parts.append(f"field {loc}: {err['msg']}")
    return "; ".join(parts)


def _build_condition(raw, path: Path, where: str, flags: dict[str, Flag]) -> Condition | None:
    if raw is None:
        return None
    try:
        cond = Condition(**raw)
    except (ValidationError, TypeError) as e:
        msg = _pydantic_msg(e) if isinstance(e, ValidationError) else str(e)
        raise _fail(path, where, f"condition: {msg}") from None
    for f in cond.any_of + cond.none_of:
        if f not in flags:
            raise _fail(path, where, f"condition names unknown profile flag {f!r} "
                                     f"(known: {', '.join(flags)})")
    return cond


def _build_thresholds(raw, path: Path, where: str, text: str) -> tuple[Threshold, ...]:
    out = []
    for i, t in enumerate(raw or []):
        try:
            th = Threshold(**t)
        except (ValidationError, TypeError) as e:
            msg = _pydantic_msg(e) if isinstance(e, ValidationError) else str(e)
            raise _fail(path, where, f"thresholds[{i}]: {msg}") from None
        if normalize_ws(th.text) not in text:
            raise _fail(path, where, f"thresholds[{i}] ({th.name}): text {th.text!r} is not in the item's text")
        out.append(th)
    names = [t.name for t in out]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise _fail(path, where, f"threshold names repeated: {', '.join(sorted(dup))}")
    return tuple(out)


def _build_table(data: dict, path: Path, edition: str, rules: ScoringRules,
                 flags: dict[str, Flag], shape: EditionShape = DEFAULT_SHAPE) -> Table:
    """Validate one table given as a mapping (a table YAML file, or one table of the JSON export)."""
    for key in ("attachment", "level", "part", "title", "items"):
        if key not in data:
            raise CatalogError(f"{path.name}: missing top-level field {key!r}")
    level, part = data["level"], data["part"]
    if level not in shape.levels:
        raise _fail(path, "level", f"{level!r} is not one of the edition's levels ({', '.join(shape.levels)})")
    if part not in shape.parts:
        raise _fail(path, "part", f"{part!r} is not one of the edition's parts ({', '.join(shape.parts)})")
    if not isinstance(data["items"], list) or not data["items"]:
        raise _fail(path, "items", "must be a non-empty list")
    items = []
    for idx, raw in enumerate(data["items"]):
        where = f"items[{idx}]"
        if not isinstance(raw, dict):
            raise _fail(path, where, "must be a mapping")
        number = raw.get("number")
        if not isinstance(number, int):
            raise _fail(path, where, f"field number: must be an integer, got {number!r}")
        item_id = f"{part}.{number}"
        where = f"item {item_id}"
        if number != idx + 1:
            raise _fail(path, where, f"field number: expected {idx + 1} (items are numbered in order)")
        if "id" in raw and raw["id"] != item_id:
            raise _fail(path, where, f"field id: {raw['id']!r} does not match part and number")
        allowed = {"id", "number", "title", "category", "section", "text", "notes", "subitems", "condition",
                   "thresholds", "scored_via_single_item", "options"}
        extra = set(raw) - allowed
        if extra:
            raise _fail(path, where, f"unknown field(s): {', '.join(sorted(extra))}")
        category = raw.get("category")
        if category not in rules.category_labels:
            raise _fail(path, where, f"field category: {category!r} is not one of {tuple(rules.category_labels)}")
        for key in ("title", "section"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _fail(path, where, f"field {key}: must be a non-empty string")
        options = tuple(raw.get("options") or rules.options_by_category[category])
        if not set(options) <= set(rules.options_by_category[category]):
            raise _fail(path, where, f"field options: {options} not allowed for category {category}")
        text = normalize_ws(raw["text"]) if raw.get("text") else None
        subs_raw = raw.get("subitems") or []
        if bool(text) == bool(subs_raw):
            raise _fail(path, where, "needs exactly one of text (no sub-items) or subitems")
        subitems = []
        for sidx, sraw in enumerate(subs_raw):
            swhere = f"sub-item {item_id}.{sidx + 1}"
            if not isinstance(sraw, dict) or sraw.get("number") != sidx + 1:
                raise _fail(path, swhere, "field number: sub-items must be numbered 1, 2, 3 … in order")
            if isinstance(sraw, dict) and "conditions" in sraw:  # the export's spelling
                sraw = {k: v for k, v in sraw.items() if k != "conditions"} | {"condition": sraw["conditions"]}
            if isinstance(sraw, dict) and "id" in sraw:
                if sraw["id"] != f"{item_id}.{sidx + 1}":
                    raise _fail(path, swhere, f"field id: {sraw['id']!r} does not match its number")
                sraw = {k: v for k, v in sraw.items() if k != "id"}
            extra = set(sraw) - {"number", "text", "condition", "thresholds"}
            if extra:
                raise _fail(path, swhere, f"unknown field(s): {', '.join(sorted(extra))}")
            if not isinstance(sraw.get("text"), str) or not sraw["text"].strip():
                raise _fail(path, swhere, "field text: must be a non-empty string")
            stext = normalize_ws(sraw["text"])
            subitems.append(SubItem(
                id=f"{item_id}.{sidx + 1}", number=sidx + 1, text=stext,
                condition=_build_condition(sraw.get("condition"), path, swhere, flags),
                thresholds=_build_thresholds(sraw.get("thresholds"), path, swhere, stext),
            ))
        notes = []
        for nidx, nraw in enumerate(raw.get("notes") or []):
            try:
                note_text = normalize_ws(nraw.get("text", ""))
                note = Note(**{**nraw, "text": note_text,
                               "thresholds": _build_thresholds(nraw.get("thresholds"), path,
                                                               f"{where} notes[{nidx}]", note_text)})
            except (ValidationError, TypeError, AttributeError) as e:
                msg = _pydantic_msg(e) if isinstance(e, ValidationError) else str(e)
                raise _fail(path, f"{where} notes[{nidx}]", msg) from None
            if note.flag and note.flag not in flags:
                raise _fail(path, f"{where} notes[{nidx}]", f"field flag: unknown profile flag {note.flag!r}")
            notes.append(note)
        try:
            item = Item(
                id=item_id, part=part, number=number, title=normalize_ws(raw["title"]),
                category=category, section=normalize_ws(raw["section"]), options=options, text=text,
                notes=tuple(notes), subitems=tuple(subitems),
                condition=_build_condition(raw.get("condition"), path, where, flags),
                thresholds=_build_thresholds(raw.get("thresholds"), path, where, text or ""),
                scored_via_single_item=bool(raw.get("scored_via_single_item", False)),
            )
        except ValidationError as e:
            raise _fail(path, where, _pydantic_msg(e)) from None
        if item.scored_via_single_item and shape.parts[part].kind != "general":
            raise _fail(path, where, "scored_via_single_item is only for items of the general standard")
        items.append(item)
    try:
        return Table(edition=edition, attachment=data["attachment"], level=level, part=part,
                     title=normalize_ws(data["title"]), items=tuple(items), source_file=path.name)
    except ValidationError as e:
        raise _fail(path, "table", _pydantic_msg(e)) from None


def _load_rules(path: Path) -> ScoringRules:
    data = _read_yaml(path)
    try:
        bl = data["basic_limit"]
        return ScoringRules(
            base_score=data["base_score"],
            points=data["points"],
            labels=data["labels"],
            options_by_category=data["options_by_category"],
            category_labels=data["category_labels"],
            basic_limit_max=bl["max_items"],
            basic_limit_categories=tuple(bl["categories"]),
            basic_limit_scopes=bl["scopes"],
            basic_limit_scope_default=bl["default_scope"],
            min_total=data["min_total"],
            pass_conditions=tuple(PassCondition(**c) for c in data["pass_conditions"]),
            bonus=Bonus(**data["bonus"]) if data.get("bonus") else None,
            labels_en=data.get("labels_en") or {},
            category_labels_en=data.get("category_labels_en") or {},
            basic_limit_scopes_en=bl.get("scopes_en") or {},
        )
    except KeyError as e:
        raise CatalogError(f"{path.name}: missing field {e.args[0]!r}") from None
    except ValidationError as e:
        raise CatalogError(f"{path.name}: {_pydantic_msg(e)}") from None


def _load_flags(path: Path) -> list[Flag]:
    data = _read_yaml(path)
    out = []
    for key, raw in (data.get("flags") or {}).items():
        try:
            out.append(Flag(key=key, **raw))
        except (ValidationError, TypeError) as e:
            msg = _pydantic_msg(e) if isinstance(e, ValidationError) else str(e)
            raise CatalogError(f"{path.name}: flag {key}: {msg}") from None
    if not out:
        raise CatalogError(f"{path.name}: no flags defined")
    return out


def load_standard_from(root: Path) -> Standard:
    """Load and validate an edition folder (``edition.yaml``, ``rules.yaml``, ``flags.yaml``, ``tables/``)."""
    root = Path(root)
    if not root.is_dir():
        raise CatalogError(f"standards folder {root} does not exist")
    meta = _read_yaml(root / "edition.yaml") if (root / "edition.yaml").exists() else {}
    from .validity import EditionMetaError, parse_edition_meta

    try:  # the validity window and its sources (validity.py); checked here so a bad file fails loading
        parse_edition_meta(meta, root / "edition.yaml", root.name)
    except EditionMetaError as e:
        raise CatalogError(str(e)) from None
    edition = str(meta.get("edition", root.name))
    try:
        shape = parse_shape(meta)
    except ShapeError as e:
        raise CatalogError(str(e)) from None
    rules = _load_rules(root / "rules.yaml")
    flags = _load_flags(root / "flags.yaml")
    flag_map = {f.key: f for f in flags}
    table_files = sorted((root / "tables").glob("*.yaml"))
    if not table_files:
        raise CatalogError(f"{root}: no table files in tables/")
    tables = [_build_table(_read_yaml(p), p, edition, rules, flag_map, shape) for p in table_files]
    return _assemble(edition, tables, rules, flags, root, str(meta.get("title", "")), shape)


def _assemble(edition: str, tables: list[Table], rules: ScoringRules, flags: list[Flag], root: Path,
              title: str, shape: EditionShape = DEFAULT_SHAPE) -> Standard:
    tables.sort(key=lambda t: t.attachment)
    seen: dict[tuple[str, str], str] = {}
    for t in tables:
        key = (t.level, t.part)
        if key in seen:
            raise CatalogError(f"{t.source_file}: table {t.level}/{t.part} also defined in {seen[key]}")
        seen[key] = t.source_file
    # 见单项标准 items must have a same-named item in at least one single-item table of the level
    for t in tables:
        for item in t.items:
            if item.scored_via_single_item:
                names = {i.title for s in tables if s.level == t.level and shape.parts[s.part].kind == "single"
                         for i in s.items}
                if item.title not in names:
                    raise CatalogError(f"{t.source_file}: item {item.id}: scored_via_single_item but no "
                                       f"single-item table of level {t.level} has an item {item.title!r}")
    if rules.bonus is not None:
        unknown = [p for p in rules.bonus.parts if shape.parts.get(p, None) is None or shape.parts[p].kind != "bonus"]
        if unknown:
            raise CatalogError(f"rules.yaml: bonus.parts: {', '.join(unknown)} not declared as bonus parts in edition.yaml")
    return Standard(edition, tables, rules, flags, root, title=title, shape=shape)


def load_export(tables_json: list[dict], *, edition: str = "2018-177") -> Standard:
    """Rebuild a Standard from ``standards export --json`` output (rules and flags from the edition)."""
    base = load_standard(edition)
    flag_map = base.flags
    tables = []
    for i, t in enumerate(tables_json):
        if not isinstance(t, dict):
            raise CatalogError(f"export: table {i}: must be a mapping")
        tables.append(_build_table(t, Path(f"export[{i}]"), edition, base.rules, flag_map, base.shape))
    return _assemble(edition, tables, base.rules, list(flag_map.values()), base.root, base.title, base.shape)


def edition_root(edition: str) -> Path:
    """The folder of ``edition``: a user's folder (``--standards-dir``, ``EVIDENCE_CHECKER_STANDARDS``)
    or the bundled ``standards/<edition>/``."""
    known = _editions()
    if edition not in known:
        raise CatalogError(f"unknown edition {edition!r} (available: {', '.join(sorted(known)) or 'none'})")
    return known[edition]


def load_standard(edition: str = "2018-177") -> Standard:
    """Load an edition by name from the user's folders or the bundled ones (cached per folder)."""
    return _load_cached(edition_root(edition))


@lru_cache(maxsize=8)
def _load_cached(root: Path) -> Standard:
    return load_standard_from(root)


# ---------------------------------------------------------------------------------------------
# Export

def _threshold_dict(t: Threshold) -> dict:
    return t.model_dump(exclude_defaults=True)


def table_to_dict(t: Table) -> dict:
    """One table in the export shape (and the shape the table YAML is written in, plus ids)."""
    return {
        "edition": t.edition, "attachment": t.attachment, "level": t.level, "part": t.part,
        "title": t.title,
        "items": [
            {
                "id": i.id, "number": i.number, "title": i.title, "category": i.category,
                "section": i.section, "options": list(i.options),
                **({"text": i.text} if i.text else {}),
                "notes": [n.model_dump(exclude_defaults=True) for n in i.notes],
                **({"condition": i.condition.model_dump(exclude_defaults=True)} if i.condition else {}),
                **({"thresholds": [_threshold_dict(x) for x in i.thresholds]} if i.thresholds else {}),
                **({"scored_via_single_item": True} if i.scored_via_single_item else {}),
                "subitems": [
                    {
                        "id": s.id, "number": s.number, "text": s.text,
                        "conditions": s.condition.model_dump(exclude_defaults=True) if s.condition else None,
                        **({"thresholds": [_threshold_dict(x) for x in s.thresholds]} if s.thresholds else {}),
                    }
                    for s in i.subitems
                ],
            }
            for i in t.items
        ],
    }
