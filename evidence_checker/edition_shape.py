"""The shape of an edition, declared in its ``edition.yaml``: certification levels, parts (the general
standard, single-item standards, bonus standards) and how an assessment is composed of them.

``composition: one_single`` (2018-177): the general standard plus the single-item standard of the
enterprise's business type (1+1). ``any_single`` (the later standards' "1+N"): the general standard
plus any number of single-item standards chosen by the enterprise's business, written ``bonded+food``
as the business type. Bonus parts (附加标准) are always part of an assessment of their level.
An edition without these keys has the 2018-177 shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PartKind = Literal["general", "single", "bonus"]
SEP = "+"


class ShapeError(ValueError):
    """``edition.yaml``'s levels/parts/composition are malformed; the message names the field."""


@dataclass(frozen=True)
class Named:
    """A level or a part: its key, kind (parts only), Chinese and English names, other spellings."""

    key: str
    zh: str
    en: str
    kind: str = ""
    aliases: tuple[str, ...] = ()

    def spellings(self) -> tuple[str, ...]:
        return (self.key, self.zh, self.en, *self.aliases)


@dataclass(frozen=True)
class EditionShape:
    levels: dict[str, Named]
    parts: dict[str, Named]
    composition: Literal["one_single", "any_single"] = "one_single"

    @property
    def general_part(self) -> str:
        return next(k for k, p in self.parts.items() if p.kind == "general")

    @property
    def single_parts(self) -> tuple[str, ...]:
        return tuple(k for k, p in self.parts.items() if p.kind == "single")

    @property
    def bonus_parts(self) -> tuple[str, ...]:
        return tuple(k for k, p in self.parts.items() if p.kind == "bonus")

    def business_parts(self, business_type: str) -> tuple[str, ...]:
        """The single-item parts a business type names (``importer``; ``bonded+food`` for 1+N)."""
        names = tuple(p for p in str(business_type).split(SEP) if p)
        unknown = [p for p in names if p not in self.single_parts]
        if unknown or not names:
            raise KeyError(f"unknown business type {business_type!r} (expected "
                           + (" or ".join(self.single_parts) if self.composition == "one_single" else
                              f"one or more of {', '.join(self.single_parts)} joined by {SEP}") + ")")
        if self.composition == "one_single" and len(names) != 1:
            raise KeyError(f"business type {business_type!r}: this edition assesses exactly one single-item "
                           f"standard ({', '.join(self.single_parts)})")
        return tuple(p for p in self.single_parts if p in names)  # declaration order, no repeats

    def canon_level(self, value: object) -> str | None:
        """The level key for a key, a name or an alias (None when unknown)."""
        v = str(value).strip()
        return next((k for k, n in self.levels.items() if v in n.spellings() or v.lower() == k), None)

    def canon_business_type(self, value: object) -> str | None:
        """The business type key(s) for keys, names or aliases joined by ``+`` (None when unknown)."""
        out = []
        for raw in str(value).strip().split(SEP):
            v = raw.strip()
            key = next((k for k in self.single_parts if v in self.parts[k].spellings() or v.lower() == k), None)
            if key is None:
                return None
            out.append(key)
        try:
            return SEP.join(self.business_parts(SEP.join(out)))
        except KeyError:
            return None

    def business_type_label(self, business_type: str, lang: str = "zh") -> str:
        parts = [self.parts[p] for p in str(business_type).split(SEP) if p in self.parts]
        return ("、" if lang == "zh" else ", ").join(p.zh if lang == "zh" else p.en for p in parts) or business_type


def _named(key: str, raw: object, where: str, *, part: bool) -> Named:
    if not isinstance(raw, dict):
        raise ShapeError(f"{where}.{key}: must be a mapping with zh and en")
    kind = str(raw.get("kind", "")) if part else ""
    if part and kind not in ("general", "single", "bonus"):
        raise ShapeError(f"{where}.{key}.kind: {kind!r} is not general, single or bonus")
    if SEP in key:
        raise ShapeError(f"{where}.{key}: a key may not contain {SEP!r}")
    return Named(key=key, zh=str(raw.get("zh", key)), en=str(raw.get("en", key)), kind=kind,
                 aliases=tuple(str(a) for a in raw.get("aliases") or ()))


def parse_shape(meta: dict, file: str = "edition.yaml") -> EditionShape:
    """The shape declared in ``meta`` (the mapping of edition.yaml); the 2018-177 shape when absent."""
    if "levels" not in meta and "parts" not in meta:
        return DEFAULT_SHAPE
    levels_raw, parts_raw = meta.get("levels"), meta.get("parts")
    if not isinstance(levels_raw, dict) or not levels_raw:
        raise ShapeError(f"{file}: levels: must name at least one level")
    if not isinstance(parts_raw, dict) or not parts_raw:
        raise ShapeError(f"{file}: parts: must name the general standard and the single-item standards")
    levels = {str(k): _named(str(k), v, f"{file}: levels", part=False) for k, v in levels_raw.items()}
    parts = {str(k): _named(str(k), v, f"{file}: parts", part=True) for k, v in parts_raw.items()}
    generals = [k for k, p in parts.items() if p.kind == "general"]
    if len(generals) != 1:
        raise ShapeError(f"{file}: parts: exactly one part must be kind general (found {len(generals)})")
    if not any(p.kind == "single" for p in parts.values()):
        raise ShapeError(f"{file}: parts: at least one part must be kind single")
    composition = meta.get("composition", "one_single")
    if composition not in ("one_single", "any_single"):
        raise ShapeError(f"{file}: composition: {composition!r} is not one_single or any_single")
    return EditionShape(levels=levels, parts=parts, composition=composition)


DEFAULT_SHAPE = EditionShape(
    levels={"advanced": Named("advanced", "高级认证", "advanced certification", aliases=("高级",)),
            "general": Named("general", "一般认证", "general certification", aliases=("一般",))},
    parts={"common": Named("common", "通用标准", "general standard", "general"),
           "importer": Named("importer", "进出口货物收发货人", "importer/exporter", "single", ("收发货人",)),
           "broker": Named("broker", "报关企业", "customs broker", "single"),
           "ftsp": Named("ftsp", "外贸综合服务企业", "foreign-trade service platform", "single")},
)
