"""The enterprise profile (``profile.yaml``): who is assessed, on what, as of when, and the flags
that decide which sub-items apply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .catalog import CatalogError, Item, Standard, SubItem, load_standard
from .messages import MessageError

PROFILE_FILE = "profile.yaml"
MAX_PROFILE_BYTES = 1024**2
CLI_SOURCE = "命令行"  # the source of a profile given by --level, --type and --as-of alone


class ProfileError(MessageError):
    """profile.yaml is malformed; the message names the file and the field. ``str(e)`` is Chinese,
    ``e.text(lang)`` in ``lang`` (a ``profile_*`` or ``reading_*`` message of messages.yaml)."""


def _src(src: str):
    """The name of a profile's source as a message parameter (the command line is worded per language)."""
    return {"key": "profile_cli"} if src == CLI_SOURCE else src


def _options(names) -> dict:
    return {"list": [str(n) for n in names]}


@dataclass(frozen=True)
class BranchRef:
    name: str
    path: str = ""


@dataclass(frozen=True)
class Profile:
    enterprise: str
    edition: str
    level: str
    business_type: str
    as_of: dt.date
    flags: dict[str, bool] = field(default_factory=dict)
    branches: tuple[BranchRef, ...] = ()
    readings: dict[str, str] = field(default_factory=dict)  # chosen readings (readings.yaml), key -> option
    certified_since: int | None = None  # the year the enterprise became certified (re-certification)

    def flag(self, key: str) -> bool:
        return bool(self.flags.get(key, False))

    def applies(self, unit: Item | SubItem, item: Item | None = None) -> bool:
        """Whether a rated unit applies to this enterprise (its own and its item's conditions)."""
        conds = [c for c in (getattr(item, "condition", None), unit.condition) if c is not None]
        return all(c.holds(self.flags) for c in conds)

    def unset_flags(self, unit: Item | SubItem, item: Item | None = None) -> list[str]:
        """The flags the unit's (and its item's) conditions name that the profile leaves unset."""
        conds = [c for c in (getattr(item, "condition", None), unit.condition) if c is not None]
        return [f for c in conds for f in c.any_of + c.none_of if f not in self.flags]

    def to_json(self) -> dict:
        return {"enterprise": self.enterprise, "edition": self.edition, "level": self.level,
                "business_type": self.business_type, "as_of": self.as_of.isoformat(), "flags": dict(self.flags),
                "branches": [{"name": b.name, "path": b.path} for b in self.branches],
                **({"readings": dict(self.readings)} if self.readings else {}),
                **({"certified_since": self.certified_since} if self.certified_since else {})}


def parse_date(value: object, *, where: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ProfileError("profile_not_date", where=where, value=repr(value)) from None


def load_profile(path: str | Path, *, level: str | None = None, business_type: str | None = None,
                 as_of: str | dt.date | None = None, standard: Standard | None = None) -> Profile:
    """Read and validate profile.yaml; command-line values override the file's."""
    path = Path(path)
    src = path.name
    if path.exists() and (not path.is_file() or path.stat().st_size > MAX_PROFILE_BYTES):
        raise ProfileError("profile_not_regular", path=str(path))  # /dev/zero, a FIFO
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except FileNotFoundError:
        raise ProfileError("profile_missing", path=str(path)) from None
    except yaml.YAMLError as e:
        raise ProfileError("profile_bad_yaml", src=src, error=str(e)) from None
    except ValueError as e:  # YAML reads 2026-13-45 as a date and fails
        raise ProfileError("profile_bad_date", src=src, error=str(e)) from None
    if not isinstance(data, dict):
        raise ProfileError("profile_not_mapping", src=src)
    return profile_from_dict(data, src=src, level=level, business_type=business_type, as_of=as_of,
                             standard=standard)


def profile_from_dict(data: dict, *, src: str = PROFILE_FILE, level: str | None = None,
                      business_type: str | None = None, as_of: str | dt.date | None = None,
                      standard: Standard | None = None) -> Profile:
    edition = str(data.get("edition") or "2018-177")
    where = _src(src)
    try:
        std = standard or load_standard(edition)
    except CatalogError as e:
        raise ProfileError("profile_bad_edition", src=where, edition=repr(edition), error=str(e)) from None
    lvl = level or data.get("level")
    btype = business_type or data.get("business_type")
    shape = std.shape  # the edition declares its levels and business types (edition.yaml)
    if lvl not in shape.levels:
        raise ProfileError("profile_bad_level", src=where, value=repr(lvl), options=_options(shape.levels))
    canon = shape.canon_business_type(btype) if btype is not None else None
    if canon is None or any(p not in shape.single_parts for p in str(btype).split("+")):
        joined = {"key": "profile_combine"} if shape.composition == "any_single" else ""
        raise ProfileError("profile_bad_business_type", src=where, value=repr(btype),
                           options=_options(shape.single_parts), combine=joined)
    btype = canon
    raw_date = as_of if as_of is not None else data.get("as_of")
    if raw_date is None:
        raise ProfileError("profile_no_as_of", src=where)
    date = parse_date(raw_date, where={"key": "profile_at", "args": {"src": where, "field": "as_of"}})
    flags_raw = data.get("flags") or {}
    if not isinstance(flags_raw, dict):
        raise ProfileError("profile_flags_not_mapping", src=where)
    flags = {}
    for k, v in flags_raw.items():
        if k not in std.flags:
            raise ProfileError("profile_unknown_flag", src=where, flag=str(k), options=_options(std.flags))
        if not isinstance(v, bool):
            raise ProfileError("profile_flag_not_bool", src=where, flag=str(k), value=repr(v))
        flags[k] = v
    branches = []
    if not isinstance(data.get("branches") or [], list):
        raise ProfileError("profile_branches_not_list", src=where)
    for i, b in enumerate(data.get("branches") or []):
        if isinstance(b, str) and b.strip():
            b = {"name": b.strip()}  # a branch given by its name alone (- 皇岗分公司)
        if not isinstance(b, dict) or not b.get("name"):
            raise ProfileError("profile_branch_no_name", src=where, i=i, value=repr(b))
        branches.append(BranchRef(name=str(b["name"]), path=str(b.get("path") or "")))
    readings = data.get("readings") or {}
    if not isinstance(readings, dict):
        raise ProfileError("profile_readings_not_mapping", src=where)
    from .readings import ReadingError, validate

    try:
        readings = validate(std.root, {str(k): str(v) for k, v in readings.items()}, where=where)
    except ReadingError as e:
        raise ProfileError(e.key, **e.params) from None
    since = data.get("certified_since")
    if since is not None and (not isinstance(since, int) or isinstance(since, bool) or not 1990 <= since <= 2100):
        raise ProfileError("profile_bad_certified_since", src=where, value=repr(since))
    return Profile(enterprise=str(data.get("enterprise") or ""), edition=edition, level=lvl, business_type=btype,
                   as_of=date, flags=flags, branches=tuple(branches), readings=readings, certified_since=since)


_TEMPLATE_COMMENTS = {
    "zh": {
        "head": "# 企业概况：评估对象、认证类型、经营类别、评估基准日，以及决定分项是否适用的标志。",
        "made_by": "# 由 evidence-checker init 生成；请按企业实际情况修改后再运行 evidence-checker check。",
        "edition": "标准版本（standards/ 下的文件夹）",
        "as_of": "评估基准日：“1年内”“2年内”等期间由此向前计算",
        "flags": "未设置的一律视为 false",
        "unknown": "未知（请填写 true 或 false）",
        "branches": "分支机构：[{name: 上海分公司, path: branches/shanghai}]",
    },
    "en": {
        "head": "# Enterprise profile: who is assessed, the level, the business type, the assessment date, and "
                "the flags that decide which sub-items apply.",
        "made_by": "# Written by evidence-checker init; edit it to match the enterprise, then run evidence-checker "
                   "check.",
        "edition": "edition of the standard (a folder under standards/)",
        "as_of": "assessment date: windows such as “1年内” / “2年内” count back from it",
        "flags": "a flag left out counts as false",
        "unknown": "unknown (fill in true or false)",
        "branches": "branches: [{name: Shanghai branch, path: branches/shanghai}]",
    },
}


def profile_template(standard: Standard, *, enterprise: str = "示例进出口有限公司", level: str = "advanced",
                     business_type: str = "importer", as_of: dt.date | None = None,
                     answers: dict[str, bool | None] | None = None, lang: str = "zh") -> str:
    """profile.yaml text with comments in ``lang`` (Chinese by default; the flags' own labels stay
    Chinese), every flag listed, for ``init``: false, or the ``answers`` given (a None answer leaves
    the flag unset, commented out, for the reading unset_flags)."""
    as_of = as_of or dt.date.today()
    c = _TEMPLATE_COMMENTS["en" if lang == "en" else "zh"]
    shape = standard.shape
    name = (lambda k, n: f"{k} ({n.en})") if lang == "en" else (lambda k, n: f"{k} {n.zh}")
    levels = " | ".join(name(k, n) for k, n in shape.levels.items())
    types = " | ".join(name(k, shape.parts[k]) for k in shape.single_parts)
    lines = [
        c["head"],
        c["made_by"],
        f"enterprise: {enterprise}",
        f"edition: {standard.edition}          # {c['edition']}",
        f"level: {level}            # {levels}",
        f"business_type: {business_type}    # {types}",
        f"as_of: {as_of.isoformat()}          # {c['as_of']}",
        f"flags:                     # {c['flags']}",
    ]
    for key, f in standard.flags.items():
        answer = (answers or {}).get(key, False)
        if answer is None:
            lines.append(f"  # {key}: {c['unknown']}    # {f.label}")
        else:
            lines.append(f"  {key}: {str(answer).lower()}    # {f.label}")
    lines.append(f"branches: []               # {c['branches']}")
    return "\n".join(lines) + "\n"
