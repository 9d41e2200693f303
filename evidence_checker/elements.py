"""Requirement elements (``standards/<edition>/elements.yaml``): for every rated unit, the things a
customs auditor checks — a written policy, a dated record of the action, each facility the sentence
names — with the words that show each one in a passage.

A passage supports a unit by covering its elements (:func:`covered`); which elements are missing is
what a proposal names ("检查记录未覆盖：箱顶、底架"). The file is written for a domain expert to read and
correct; this module only loads it, resolves ``same_as`` and refuses what would silently mislead:
unknown units, unknown kinds, duplicate element ids, empty word lists, unknown threshold names.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .catalog import LEVELS, STANDARDS_DIR, BUSINESS_TYPES, CatalogError, Standard, load_standard
from .data import read_yaml

KINDS = ("policy", "record", "fact", "statement", "document")  # document: a contract, a letter, a pledge
UNIT_KEYS = {"action", "elements", "thresholds", "note"}
ELEMENT_KEYS = {"id", "label", "label_en", "kind", "any", "all", "not", "when", "note", "proof", "part", "column",
                "event", "must_see", "names_log"}


@dataclass(frozen=True)
class Element:
    """One thing the auditor looks for; a passage shows it when it contains one of ``any``, every
    word of ``all`` and none of ``not`` (see :func:`element_in`; ``a|b`` is either word)."""

    id: str
    label: str
    label_en: str
    kind: str  # policy | record | fact | statement
    any: tuple[str, ...]
    all: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    when: str = ""  # a profile flag ("producer") or its negation ("not producer"); "" = always required
    proof: bool = False  # a fact a policy's text cannot show: it needs a record, screenshot or photo
    part: bool = False  # one part of a thing checked part by part (a container's seven points): a check
    #                     log's columns must have it
    column: bool = False  # a step the unit's register records in a column of its own (a visitor log's 证件号):
    #                       a register kept without that column, and no other record of it, leaves it unrecorded
    must_see: bool = False  # a record the auditor must see whatever else is shown (the vehicle log beside the
    #                         visitor book): not seen, the unit is never 达标 unattended
    event: bool = False  # a record of an event and what was done (a typhoon reported to customs): an account of it in
    #                      a report's or a message log's paragraphs is that record, as a row of a log is
    names_log: bool = False  # a log whose name or header shows this record (客户分级, 访客登记) is the unit's record
    #                          for every dated row, though the rows name none of the unit's core terms

    def applies(self, flags: Mapping[str, bool]) -> bool:
        """Whether the element is required of an enterprise with these profile flags."""
        if not self.when:
            return True
        negate = self.when.startswith("not ")
        key = self.when[4:].strip() if negate else self.when
        return bool(flags.get(key, False)) != negate


@dataclass(frozen=True)
class UnitElements:
    """The elements of one rated unit at one level."""

    unit_id: str
    level: str
    action: bool  # the sentence asks that something be done: 达标 needs a dated record of it
    elements: tuple[Element, ...]
    thresholds: tuple[str, ...] = ()
    source: str = ""  # "advanced/common.24.1": the entry it was read from (same_as resolved)
    note: str = ""  # the reviewer's note on reading the unit (not used in matching)

    def element(self, element_id: str) -> Element:
        for e in self.elements:
            if e.id == element_id:
                return e
        raise KeyError(f"{self.level}/{self.unit_id} has no element {element_id!r}")

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.elements)

    def required(self, flags: Mapping[str, bool] | None = None) -> tuple[Element, ...]:
        """The elements required of an enterprise with these profile flags (all when ``None``)."""
        if flags is None:
            return self.elements
        return tuple(e for e in self.elements if e.applies(flags))


def normalize(text: str) -> str:
    """The form words and passages are compared in: NFKC (full-width → half-width), lower case,
    no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def word_in(word: str, text: str) -> bool:
    """Whether ``text`` (already :func:`normalize`-d) contains ``word``; a word written ``收回|交回|归还``
    is shown by any of its alternatives (useful in ``all``: the badge AND one of the verbs); one written
    ``短装|短少&报告|补发`` by one alternative of each group around ``&`` (a row that names the event and
    what was done about it)."""
    if "&" in word:
        return all(word_in(group, text) for group in word.split("&"))
    return any(alt in text for alt in _alternatives(word))


@lru_cache(maxsize=8192)
def _alternatives(word: str) -> tuple[str, ...]:
    """A word's alternatives, normalised once (every passage of a cited file is tested against them):
    each in this module's form (lower case, no spaces) and as written after NFKC, so that a word in
    Latin letters (AEO档案, ERP, GPS) is found in a passage normalised by the ingest stage, which keeps
    case and single spaces, as well as in one normalised here."""
    out: dict[str, None] = {}
    for alt in word.split("|"):
        out[normalize(alt)] = None
        out[unicodedata.normalize("NFKC", alt).strip()] = None
    return tuple(a for a in out if a)


def element_in(element: Element, text: str) -> bool:
    """Whether ``text`` (already :func:`normalize`-d) shows ``element``: one word of ``any``, every
    word of ``all``, no word of ``not``."""
    if not any(word_in(w, text) for w in element.any):
        return False
    if not all(word_in(w, text) for w in element.all):
        return False
    return not any(word_in(w, text) for w in element.not_)


def covered(unit: UnitElements, text: str) -> set[str]:
    """The ids of the unit's elements that ``text`` shows."""
    norm = normalize(text)
    return {e.id for e in unit.elements if element_in(e, norm)}


def missing(unit: UnitElements, text: str, flags: Mapping[str, bool] | None = None) -> list[Element]:
    """The unit's required elements (see :meth:`UnitElements.required`) ``text`` does not show, in
    the file's order."""
    have = covered(unit, text)
    return [e for e in unit.required(flags) if e.id not in have]


# ---------------------------------------------------------------------------------------------
# Loading


def _rated_ids(standard: Standard) -> dict[str, dict[str, set[str]]]:
    """level -> unit id -> threshold names usable by that unit (its own and its item's)."""
    out: dict[str, dict[str, set[str]]] = {lv: {} for lv in LEVELS}
    for level in LEVELS:
        for bt in BUSINESS_TYPES:
            try:
                assessment = standard.assessment(level, bt)
            except KeyError:
                continue
            for item, unit in assessment.rated_units():
                names = {t.name for t in item.thresholds}
                if unit is not item:
                    names |= {t.name for t in unit.thresholds}
                out[level].setdefault(unit.id, set()).update(names)
    return out


def _words(raw, where: str, name: str, field: str, required: bool) -> tuple[str, ...]:
    if raw is None:
        raw = []
    if not isinstance(raw, list) or not all(isinstance(w, (str, int)) for w in raw):
        raise CatalogError(f"{name}: {where}: field {field}: expected a list of words")
    words = tuple(str(w).strip() for w in raw)
    if any(not alt.strip() for w in words for group in w.split("&") for alt in group.split("|")):
        raise CatalogError(f"{name}: {where}: field {field}: empty word (or empty alternative around '|' or '&')")
    if required and not words:
        raise CatalogError(f"{name}: {where}: field {field}: must list at least one word")
    return words


def _element(raw, where: str, name: str, flags: Mapping[str, object]) -> Element:
    if not isinstance(raw, dict):
        raise CatalogError(f"{name}: {where}: expected a mapping")
    extra = set(raw) - ELEMENT_KEYS
    if extra:
        raise CatalogError(f"{name}: {where}: unknown fields {sorted(extra)}")
    for field in ("id", "label", "label_en", "kind"):
        if not str(raw.get(field) or "").strip():
            raise CatalogError(f"{name}: {where}: field {field}: missing")
    kind = str(raw["kind"])
    if kind not in KINDS:
        raise CatalogError(f"{name}: {where}: field kind: {kind!r} is not one of {', '.join(KINDS)}")
    when = str(raw.get("when") or "").strip()
    if when and (when[4:].strip() if when.startswith("not ") else when) not in flags:
        raise CatalogError(f"{name}: {where}: field when: {when!r} is not a profile flag "
                           f"(or 'not FLAG'; flags: {', '.join(flags)})")
    proof = raw.get("proof", False)
    if not isinstance(proof, bool):
        raise CatalogError(f"{name}: {where}: field proof: expected true or false, got {proof!r}")
    if proof and kind != "fact":
        raise CatalogError(f"{name}: {where}: field proof: only a fact element can ask for proof")
    marks = {}
    for mark in ("part", "column", "event", "must_see", "names_log"):  # switches of a record element: the check
        # log's or register's columns; an event's account in a report; one to be seen; a log named for it
        value = raw.get(mark, False)
        if not isinstance(value, bool) or (value and kind != "record"):
            raise CatalogError(f"{name}: {where}: field {mark}: true only on a record element, got {value!r}")
        marks[mark] = value
    return Element(
        id=str(raw["id"]), label=str(raw["label"]), label_en=str(raw["label_en"]), kind=kind, when=when,
        proof=proof, **marks,
        any=_words(raw.get("any"), where, name, "any", True),
        all=_words(raw.get("all"), where, name, "all", False),
        not_=_words(raw.get("not"), where, name, "not", False),
    )


def _unit(raw, level: str, uid: str, source: str, thresholds: set[str], name: str,
          flags: Mapping[str, object]) -> UnitElements:
    where = f"units.{uid}" + (f" ({level})" if source == f"{level}/{uid}" else f" ({level}, from {source})")
    if not isinstance(raw, dict):
        raise CatalogError(f"{name}: {where}: expected a mapping")
    extra = set(raw) - UNIT_KEYS
    if extra:
        raise CatalogError(f"{name}: {where}: unknown fields {sorted(extra)}")
    if not isinstance(raw.get("action"), bool):
        raise CatalogError(f"{name}: {where}: field action: must be true or false")
    raw_elements = raw.get("elements")
    if not isinstance(raw_elements, list) or not raw_elements:
        raise CatalogError(f"{name}: {where}: field elements: must list at least one element")
    elements = tuple(_element(e, f"{where}.elements[{i}]", name, flags) for i, e in enumerate(raw_elements))
    seen: set[str] = set()
    for e in elements:
        if e.id in seen:
            raise CatalogError(f"{name}: {where}: element id {e.id!r} used twice")
        seen.add(e.id)
    names = tuple(str(t) for t in raw.get("thresholds") or ())
    unknown = [t for t in names if t not in thresholds]
    if unknown:
        raise CatalogError(f"{name}: {where}: field thresholds: {unknown} are not thresholds of "
                           f"{level}/{uid} in the catalog (known: {sorted(thresholds) or 'none'})")
    return UnitElements(unit_id=uid, level=level, action=raw["action"], elements=elements,
                        thresholds=names, source=source, note=str(raw.get("note") or ""))


def _split(entry, uid: str, name: str) -> dict[str, object] | None:
    """``{advanced: …, general: …}`` → per-level entries; ``None`` when the entry is for every level."""
    if isinstance(entry, dict) and entry and set(entry) <= set(LEVELS):
        return dict(entry)
    if isinstance(entry, dict) and set(entry) & set(LEVELS):
        raise CatalogError(f"{name}: units.{uid}: mixes level keys with unit fields")
    return None


def load_elements_from(path: Path, standard: Standard) -> dict[tuple[str, str], UnitElements]:
    """Read and check an elements file against ``standard``'s catalog; :class:`CatalogError` names
    the file, the unit and the field on errors."""
    name = path.name
    try:
        data = read_yaml(path)  # libyaml: the same data in a seventh of the time
    except FileNotFoundError:
        raise CatalogError(f"{path}: elements file missing") from None
    except yaml.YAMLError as e:
        raise CatalogError(f"{name}: not valid YAML: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("units"), dict):
        raise CatalogError(f"{name}: expected a mapping with a 'units' mapping")
    if str(data.get("edition", standard.edition)) != standard.edition:
        raise CatalogError(f"{name}: field edition: {data.get('edition')!r} is not {standard.edition!r}")
    rated = _rated_ids(standard)
    # (level, uid) -> raw entry (may be a same_as reference)
    raw: dict[tuple[str, str], object] = {}
    for uid, entry in data["units"].items():
        uid = str(uid)
        per_level = _split(entry, uid, name)
        levels = [lv for lv in LEVELS if uid in rated[lv]] if per_level is None else list(per_level)
        if not levels:
            raise CatalogError(f"{name}: units.{uid}: not a rated unit at any level of {standard.edition}")
        for level in levels:
            if uid not in rated[level]:
                raise CatalogError(f"{name}: units.{uid} ({level}): not a rated unit at level {level}")
            raw[(level, uid)] = entry if per_level is None else per_level[level]
    out: dict[tuple[str, str], UnitElements] = {}
    for (level, uid), entry in raw.items():
        src_level, src_id, resolved = level, uid, entry
        if isinstance(entry, dict) and "same_as" in entry:
            ref = str(entry["same_as"])
            if "/" not in ref:
                raise CatalogError(f"{name}: units.{uid} ({level}): same_as {ref!r} must be LEVEL/UNIT_ID")
            src_level, src_id = ref.split("/", 1)
            target = raw.get((src_level, src_id))
            if not isinstance(target, dict) or "same_as" in target:
                raise CatalogError(f"{name}: units.{uid} ({level}): same_as {ref!r} does not name a full entry")
            extra = set(entry) - {"same_as", "thresholds", "note"}
            if extra:
                raise CatalogError(f"{name}: units.{uid} ({level}): a same_as entry may only add "
                                   f"thresholds or a note, not {sorted(extra)}")
            resolved = {**target, **({"thresholds": entry["thresholds"]} if "thresholds" in entry else {})}
        out[(level, uid)] = _unit(resolved, level, uid, f"{src_level}/{src_id}",
                                  rated[level][uid], name, standard.flags)
    return out


@lru_cache(maxsize=4)
def load_elements(edition: str = "2018-177") -> dict[tuple[str, str], UnitElements]:
    """The elements of every rated unit of ``edition``, keyed by ``(level, unit id)``."""
    return load_elements_from(STANDARDS_DIR / edition / "elements.yaml", load_standard(edition))
