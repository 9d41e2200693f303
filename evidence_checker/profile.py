"""The enterprise profile (``profile.yaml``): who is assessed, on what, as of when, and the flags
that decide which sub-items apply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .catalog import BUSINESS_TYPES, LEVELS, CatalogError, Item, Standard, SubItem, load_standard

PROFILE_FILE = "profile.yaml"
MAX_PROFILE_BYTES = 1024**2


class ProfileError(ValueError):
    """profile.yaml is malformed; the message names the file and the field."""


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

    def flag(self, key: str) -> bool:
        return bool(self.flags.get(key, False))

    def applies(self, unit: Item | SubItem, item: Item | None = None) -> bool:
        """Whether a rated unit applies to this enterprise (its own and its item's conditions)."""
        conds = [c for c in (getattr(item, "condition", None), unit.condition) if c is not None]
        return all(c.holds(self.flags) for c in conds)

    def to_json(self) -> dict:
        return {"enterprise": self.enterprise, "edition": self.edition, "level": self.level,
                "business_type": self.business_type, "as_of": self.as_of.isoformat(), "flags": dict(self.flags),
                "branches": [{"name": b.name, "path": b.path} for b in self.branches]}


def parse_date(value: object, *, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ProfileError(f"{where}：{value!r} 不是日期（应为 YYYY-MM-DD）") from None


def load_profile(path: str | Path, *, level: str | None = None, business_type: str | None = None,
                 as_of: str | dt.date | None = None, standard: Standard | None = None) -> Profile:
    """Read and validate profile.yaml; command-line values override the file's."""
    path = Path(path)
    src = path.name
    if path.exists() and (not path.is_file() or path.stat().st_size > MAX_PROFILE_BYTES):
        raise ProfileError(f"{path}：不是普通的 YAML 文件（或大于 1 MB），未读取")  # /dev/zero, a FIFO
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except FileNotFoundError:
        raise ProfileError(f"{path}：文件不存在（可用 evidence-checker init 生成）") from None
    except yaml.YAMLError as e:
        raise ProfileError(f"{src}：不是有效的YAML（{e}）") from None
    except ValueError as e:  # YAML reads 2026-13-45 as a date and fails
        raise ProfileError(f"{src}：含无效的日期（{e}），日期应为有效的 YYYY-MM-DD") from None
    if not isinstance(data, dict):
        raise ProfileError(f"{src}：顶层应为映射")
    return profile_from_dict(data, src=src, level=level, business_type=business_type, as_of=as_of,
                             standard=standard)


def profile_from_dict(data: dict, *, src: str = PROFILE_FILE, level: str | None = None,
                      business_type: str | None = None, as_of: str | dt.date | None = None,
                      standard: Standard | None = None) -> Profile:
    edition = str(data.get("edition") or "2018-177")
    try:
        std = standard or load_standard(edition)
    except CatalogError as e:
        raise ProfileError(f"{src}：edition {edition!r} 无法使用（{e}）") from None
    lvl = level or data.get("level")
    btype = business_type or data.get("business_type")
    if lvl not in LEVELS:
        raise ProfileError(f"{src}：level {lvl!r} 无效（可选 {'、'.join(LEVELS)}）")
    if btype not in BUSINESS_TYPES:
        raise ProfileError(f"{src}：business_type {btype!r} 无效（可选 {'、'.join(BUSINESS_TYPES)}）")
    raw_date = as_of if as_of is not None else data.get("as_of")
    if raw_date is None:
        raise ProfileError(f"{src}：缺少 as_of（评估基准日，YYYY-MM-DD）")
    date = parse_date(raw_date, where=f"{src} as_of")
    flags_raw = data.get("flags") or {}
    if not isinstance(flags_raw, dict):
        raise ProfileError(f"{src}：flags 应为映射")
    flags = {}
    for k, v in flags_raw.items():
        if k not in std.flags:
            raise ProfileError(f"{src}：flags.{k} 不是已知的标志（可用：{'、'.join(std.flags)}）")
        if not isinstance(v, bool):
            raise ProfileError(f"{src}：flags.{k} 应为 true 或 false，而不是 {v!r}")
        flags[k] = v
    branches = []
    if not isinstance(data.get("branches") or [], list):
        raise ProfileError(f"{src}：branches 应为列表（[{{name: 上海分公司, path: branches/shanghai}}]）")
    for i, b in enumerate(data.get("branches") or []):
        if not isinstance(b, dict) or not b.get("name"):
            raise ProfileError(f"{src}：branches[{i}] 须有 name")
        branches.append(BranchRef(name=str(b["name"]), path=str(b.get("path") or "")))
    return Profile(enterprise=str(data.get("enterprise") or ""), edition=edition, level=lvl, business_type=btype,
                   as_of=date, flags=flags, branches=tuple(branches))


def profile_template(standard: Standard, *, enterprise: str = "示例进出口有限公司", level: str = "advanced",
                     business_type: str = "importer", as_of: dt.date | None = None) -> str:
    """profile.yaml text with Chinese comments, every flag listed (false), for ``init``."""
    as_of = as_of or dt.date.today()
    lines = [
        "# 企业概况：评估对象、认证类型、经营类别、评估基准日，以及决定分项是否适用的标志。",
        "# 由 evidence-checker init 生成；请按企业实际情况修改后再运行 evidence-checker check。",
        f"enterprise: {enterprise}",
        f"edition: {standard.edition}          # 标准版本（standards/ 下的文件夹）",
        f"level: {level}            # advanced 高级认证 | general 一般认证",
        f"business_type: {business_type}    # importer 进出口货物收发货人 | broker 报关企业 | ftsp 外贸综合服务企业",
        f"as_of: {as_of.isoformat()}          # 评估基准日：“1年内”“2年内”等期间由此向前计算",
        "flags:                     # 未设置的一律视为 false",
    ]
    for key, f in standard.flags.items():
        lines.append(f"  {key}: false    # {f.label}")
    lines.append("branches: []               # 分支机构：[{name: 上海分公司, path: branches/shanghai}]")
    return "\n".join(lines) + "\n"
