"""An edition's period of validity (``edition.yaml``: in_force_from, replaced_on, replaced_by, sources)
and whether an assessment date lies inside it.

An assessment dated outside the window is still scored under the edition it names, but ``check``,
``score`` and every report say so at the top, and ``--json`` carries a ``validity`` block.
Facts the project could not check against an official text are ``verified: false`` in the data and
the warning says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml

from .data import read_yaml

Status = Literal["in_force", "not_yet_in_force", "replaced", "unknown"]
_FACTS_ZH = {"in_force_from": "施行日期", "replaced_on": "取代日期", "replaced_by": "取代它的标准"}
_FACTS_EN = {"in_force_from": "the date it came into force", "replaced_on": "the date it was replaced",
             "replaced_by": "what replaced it"}


class EditionMetaError(ValueError):
    """``edition.yaml`` is malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Source:
    """Where one fact of the edition's metadata comes from, and whether it was checked."""

    fact: str
    says: str
    where: str
    verified: bool


@dataclass(frozen=True)
class EditionMeta:
    """The metadata block of ``edition.yaml``."""

    edition: str
    title: str
    title_en: str
    in_force_from: dt.date | None
    replaced_on: dt.date | None
    replaced_by: dict[str, str]
    sources: tuple[Source, ...]

    def unverified(self) -> tuple[str, ...]:
        """The facts (in_force_from, replaced_on, …) whose source is marked ``verified: false``."""
        return tuple(s.fact for s in self.sources if not s.verified)


def _date(raw, path: Path, key: str) -> dt.date | None:
    if raw is None:
        return None
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError:
        raise EditionMetaError(f"{path.name}: {key}: {raw!r} is not a date YYYY-MM-DD") from None


def parse_edition_meta(data: dict, path: Path, default_edition: str) -> EditionMeta:
    """Validate the mapping read from ``edition.yaml`` at ``path``."""
    if not isinstance(data, dict):
        raise EditionMetaError(f"{path.name}: must be a mapping")
    by = data.get("replaced_by") or {}
    if isinstance(by, str):
        by = {"zh": by, "en": by}
    if not isinstance(by, dict):
        raise EditionMetaError(f"{path.name}: replaced_by: must be text or a mapping zh/en")
    sources = []
    for n, s in enumerate(data.get("sources") or []):
        if not isinstance(s, dict) or "fact" not in s or "verified" not in s:
            raise EditionMetaError(f"{path.name}: sources[{n}]: needs fact and verified (true/false)")
        if not isinstance(s["verified"], bool):
            raise EditionMetaError(f"{path.name}: sources[{n}].verified: must be true or false")
        sources.append(Source(str(s["fact"]), str(s.get("says", "")), str(s.get("where", "")), s["verified"]))
    start = _date(data.get("in_force_from", data.get("in_force")), path, "in_force_from")
    end = _date(data.get("replaced_on"), path, "replaced_on")
    if start and end and end <= start:
        raise EditionMetaError(f"{path.name}: replaced_on {end} is not after in_force_from {start}")
    return EditionMeta(edition=str(data.get("edition", default_edition)), title=str(data.get("title", "")),
                       title_en=str(data.get("title_en", "")), in_force_from=start, replaced_on=end,
                       replaced_by={str(k): str(v) for k, v in by.items()}, sources=tuple(sources))


def read_edition_meta(root: Path) -> EditionMeta:
    """The metadata of the edition folder ``root`` (an empty block when it has no ``edition.yaml``)."""
    path = Path(root) / "edition.yaml"
    if not path.exists():
        return parse_edition_meta({}, path, Path(root).name)
    try:
        data = read_yaml(path) or {}
    except yaml.YAMLError as e:
        raise EditionMetaError(f"{path.name}: not valid YAML: {e}") from None
    return parse_edition_meta(data, path, Path(root).name)


@dataclass(frozen=True)
class Validity:
    """Whether ``as_of`` lies in the edition's window, with the message for the top of every output."""

    edition: str
    title: str
    as_of: dt.date
    status: Status
    in_force_from: dt.date | None
    replaced_on: dt.date | None
    replaced_by: dict[str, str]
    unverified: tuple[str, ...]

    @property
    def in_force(self) -> bool:
        """True when the date is inside the window (or the edition declares no window)."""
        return self.status in ("in_force", "unknown")

    def heading(self, lang: str = "zh") -> str:
        """A short heading for the warning; empty when the edition is in force."""
        if self.in_force:
            return ""
        return (f"Warning: edition {self.edition} is not in force on the assessment date {self.as_of}" if lang == "en"
                else f"注意：标准版本 {self.edition} 在评估基准日 {self.as_of} 不在有效期内")

    def message(self, lang: str = "zh") -> str:
        """One plain paragraph for the top of a report or the CLI; empty when the edition is in force."""
        if self.in_force:
            return ""
        en = lang == "en"
        name = self.edition if en else f"{self.title or self.edition}"
        if self.status == "not_yet_in_force":
            text = (f"The assessment date {self.as_of} lies before edition {name} came into force "
                    f"({self.in_force_from})." if en else
                    f"评估基准日 {self.as_of} 早于{name}的施行日期（{self.in_force_from}），不在其有效期内。")
        else:
            by = self.replaced_by.get("en" if en else "zh") or self.replaced_by.get("zh", "")
            text = (f"The assessment date {self.as_of} lies outside the validity of edition {name}: it applied "
                    f"from {self.in_force_from} and was replaced on {self.replaced_on}"
                    + (f" by {by}" if by else "") + "." if en else
                    f"评估基准日 {self.as_of} 不在{name}的有效期内：该标准自 {self.in_force_from} 施行，"
                    f"自 {self.replaced_on} 起已被取代" + (f"，取代它的是{by}" if by else "") + "。")
        text += (f" The assessment is scored under {self.edition} as asked; it does not show the result under "
                 f"the standard in force on that date." if en else
                 f"本评估仍按 {self.edition} 计分，结论不代表按当日有效标准的认证结果。")
        relevant = ("in_force_from",) if self.status == "not_yet_in_force" else ("replaced_on", "replaced_by")
        facts = [f for f in self.unverified if f in relevant]
        if facts:
            text += (f" (Not verified against an official text: {', '.join(_FACTS_EN[f] for f in facts)}.)" if en
                     else f"（{'、'.join(_FACTS_ZH[f] for f in facts)}未经官方原文核实。）")
        return text

    def to_json(self) -> dict:
        """The ``validity`` block of ``--json`` and ``score.json``."""
        return {
            "edition": self.edition, "as_of": self.as_of.isoformat(), "status": self.status,
            "in_force": self.in_force,
            "in_force_from": self.in_force_from.isoformat() if self.in_force_from else None,
            "replaced_on": self.replaced_on.isoformat() if self.replaced_on else None,
            "replaced_by": dict(self.replaced_by), "unverified": list(self.unverified),
            "heading": self.heading("zh"), "heading_en": self.heading("en"),
            "message": self.message("zh"), "message_en": self.message("en"),
        }


def check_validity(meta: EditionMeta, as_of: dt.date | str) -> Validity:
    """Where ``as_of`` falls against the window of the edition described by ``meta``."""
    day = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(str(as_of))
    if meta.in_force_from is None and meta.replaced_on is None:
        status: Status = "unknown"
    elif meta.in_force_from and day < meta.in_force_from:
        status = "not_yet_in_force"
    elif meta.replaced_on and day >= meta.replaced_on:
        status = "replaced"
    else:
        status = "in_force"
    return Validity(edition=meta.edition, title=meta.title, as_of=day, status=status,
                    in_force_from=meta.in_force_from, replaced_on=meta.replaced_on,
                    replaced_by=meta.replaced_by, unverified=meta.unverified())


@lru_cache(maxsize=16)
def _meta_of(root: Path) -> EditionMeta:
    return read_edition_meta(root)


def validity_of(edition: str, as_of: dt.date | str) -> Validity:
    """The validity of the named edition (found like ``load_standard`` finds it) on ``as_of``."""
    from .catalog import edition_root

    return check_validity(_meta_of(edition_root(edition)), as_of)
