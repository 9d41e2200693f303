"""Preliminary ratings with reasons: profile, applicability, dated records, quantitative rules.

For every rated unit, in this order:

1. **Applicability** — a unit whose condition is false for the profile is 不适用, the condition
   quoted; a 场所安全 item of an enterprise in a special customs zone is deemed met (the note).
2. **Structured records** — units the records decide (penalties, declarations, quarterly indicators,
   the abnormal list, finance: :mod:`evidence_checker.records`) take the records' verdict; when the
   records they need are absent the unit needs review, saying which file to provide.
3. **Documents** — for internal control and trade security: a policy (制度) and records that show it
   is carried out (有效落实) inside the window ending at ``as_of`` → 达标; a policy without records,
   or records that fall short of a typed threshold (one training where two are required, retention
   shorter than required, attendees missing a required role) → 基本达标 with the shortfall; nothing
   found → 不达标 (未找到证据). Legal-compliance units that documents cannot decide (negative facts:
   2年内无…) need review unless a statement and the records support them.

Never 达标 without evidence: a 达标 proposal always lists the passages it rests on (or, for the
special-zone note, the rule). Settings (score cut-offs, the record window, required roles) are data
in ``models/thresholds.yaml`` (``propose:``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

from .catalog import Assessment, Item, SubItem, Threshold
from .facts import extract_facts, role_labels, window_start
from .profile import Profile
from .results import EvidenceHit, Proposal
from .score import rollup

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


@dataclass(frozen=True)
class ProposeSettings:
    """Rule choices as data (``models/thresholds.yaml`` → ``propose``)."""

    evidence_min: float = 0.40  # a hit below this is not evidence
    strong_min: float = 0.55  # the best hit must reach this for 达标
    record_window_months: int = 12  # records must fall in the 12 months before as_of
    required_roles: dict[str, list[str]] = field(default_factory=lambda: {  # role keys of models/facts.yaml
        "training_min_per_year": ["legal_representative", "customs_manager"],
    })
    statement_min: float = 0.45  # a statement (声明/承诺) strong enough to support a legal unit
    # a unit needs a written policy when its text has one of these words
    policy_words: list[str] = field(default_factory=lambda: ["制度", "程序", "书面", "机制", "预案", "办法"])
    # … and records of it being carried out when its text has one of these (unless an exception)
    record_words: list[str] = field(default_factory=lambda: ["有效落实", "有效执行", "有效运行", "登记", "记录",
                                                             "台账", "定期", "每年", "演练"])
    records_not_needed: list[str] = field(default_factory=lambda: ["职责分工明确"])
    # a record passage about the unit with one of these reports an open problem, unless resolved
    finding_words: list[str] = field(default_factory=lambda: ["未修复", "损坏", "偏暗", "不足", "缺失", "整改中",
                                                              "待整改", "待更换", "未开展", "未培训", "未登记",
                                                              "未核验", "未按规定", "未按要求"])
    finding_core_concepts: int = 2  # core concepts a record must share with the unit for its problem to count
    document_head_passages: int = 15  # passages from the top of a report searched for its date
    resolved_words: list[str] = field(default_factory=lambda: ["已整改", "已完成", "已修复", "已关闭", "已闭环"])

    @classmethod
    def load(cls, path: Path | None = None) -> "ProposeSettings":
        path = path or MODELS_DIR / "thresholds.yaml"
        if not path.exists():
            return cls()
        data = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("propose") or {}
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class Context:
    """What the rules read besides the unit's own evidence."""

    profile: Profile
    settings: ProposeSettings
    passages_by_path: dict[str, list[dict]]  # path -> passages of that file, in order
    record_verdicts: dict  # unit id -> records.RecordVerdict
    records_present: bool


_LABEL = {"compliant": "达标", "basically_compliant": "基本达标", "non_compliant": "不达标",
          "not_applicable": "不适用"}


def _cite(h: EvidenceHit) -> str:
    where = f"第{h.page}页 " if h.page else ""
    return f"《{Path(h.path.split('!')[-1]).name}》{where}{h.locator}".strip()


def _dates(passages: Iterable[dict], start: dt.date, as_of: dt.date) -> list[tuple[dt.date, str]]:
    """Dates in the passages; a month, quarter or year that overlaps the window counts as its last
    day inside it (a report named "2026 AEO内审报告" is a record of 2026)."""
    out = []
    for p in passages:
        for d in extract_facts(p.get("norm") or p.get("text") or "").dates:
            if d.precision == "day":
                out.append((d.date, p.get("path", "")))
            elif d.date <= as_of and d.end >= start:
                out.append((min(d.end, as_of), p.get("path", "")))
            else:
                out.append((d.end, p.get("path", "")))
    return out


def _record_files(hits: list[EvidenceHit]) -> list[str]:
    seen: list[str] = []
    for h in hits:
        if h.why.get("kind") in ("record", "statement") and h.path not in seen:
            seen.append(h.path)
    return seen


def _policy_hits(hits: list[EvidenceHit]) -> list[EvidenceHit]:
    return [h for h in hits if h.why.get("kind") == "policy"]


def propose_unit(item: Item, unit: Item | SubItem, hits: list[EvidenceHit], ctx: Context) -> Proposal:
    """The proposal for one rated unit (see the module docstring for the order of the rules)."""
    prof, s = ctx.profile, ctx.settings
    # 1. applicability
    for cond in (item.condition, unit.condition):
        if cond is not None and not cond.holds(prof.flags):
            flags = "、".join(f"{f}={str(prof.flag(f)).lower()}" for f in cond.any_of + cond.none_of)
            return Proposal(unit.id, "not_applicable", "proposed", 1.0,
                            (f"适用条件不满足：{cond.text or '、'.join(cond.any_of)}（企业概况 {flags}）",),
                            facts=({"rule": "condition", "flags": list(cond.any_of + cond.none_of)},))
    if prof.flag("special_zone") and any(n.kind == "special_zone_deemed_met" for n in item.notes):
        note = next(n for n in item.notes if n.kind == "special_zone_deemed_met")
        return Proposal(unit.id, "compliant", "proposed", 0.8, (f"企业位于海关特殊监管区：{note.text}",),
                        facts=({"rule": "special_zone_deemed_met"},),
                        missing=("请附海关特殊监管区内企业符合监管要求的证明",))
    good = [h for h in hits if h.score >= s.evidence_min]
    ev_ids = tuple(h.passage_id for h in good)
    # 2. structured records
    verdict = ctx.record_verdicts.get(unit.id)
    if verdict is not None:
        if verdict.rating is None:
            return Proposal(unit.id, None, "needs_review", 0.0, tuple(verdict.reasons), ev_ids,
                            missing=tuple(verdict.missing), facts=tuple(verdict.facts))
        return Proposal(unit.id, verdict.rating, "proposed", 0.9, tuple(verdict.reasons), ev_ids,
                        missing=tuple(verdict.missing), facts=tuple(verdict.facts))
    if item.category in ("legal_compliance", "financial"):
        return _document_only(item, unit, good, ctx)
    return _policy_and_records(item, unit, good, ctx)


def _document_only(item: Item, unit, good: list[EvidenceHit], ctx: Context) -> Proposal:
    """Legal-compliance and financial units the records did not decide: statements and reports."""
    s = ctx.settings
    ev_ids = tuple(h.passage_id for h in good)
    text = " ".join(h.text for h in good)
    if item.category == "financial":
        opinion = _audit_opinion(good) if any(t.name == "cpa_audit_min_per_year" for t in unit.thresholds) else None
        if opinion is not None:
            rating, h = opinion
            return Proposal(unit.id, rating, "proposed", 0.6,
                            (f"审计报告意见：{_cite(h)}“{_short(h.text, 40)}”",), ev_ids,
                            missing=() if rating == "compliant" else ("无保留意见的审计报告",))
        return Proposal(unit.id, None, "needs_review", 0.0,
                        ("文件中未能判定财务状况；请在 records/财务数据.csv 填写财务数据和审计意见",), ev_ids,
                        missing=("records/财务数据.csv",))
    statements = [h for h in good if h.why.get("kind") in ("statement", "record") and h.score >= s.statement_min]
    if statements and ctx.records_present:
        cites = "；".join(_cite(h) for h in statements[:2])
        return Proposal(unit.id, "compliant", "proposed", 0.6,
                        (f"有声明或记录支持：{cites}；结构化记录中未见相反情形",), ev_ids)
    what = "结构化记录（records/处罚记录.csv 等）" if not ctx.records_present else "相关声明、证明或查询截图"
    return Proposal(unit.id, None, "needs_review", 0.0,
                    (f"文件无法判定此项（多为“{_short(unit.text)}”类否定性事实），请人工核实",), ev_ids,
                    missing=(what,), suggested="compliant" if statements else None)


_OPINIONS = (("无保留意见", "compliant"), ("否定意见", "non_compliant"), ("无法表示意见", "non_compliant"),
             ("保留意见", "basically_compliant"))


def _audit_opinion(good: list[EvidenceHit]) -> tuple[str, EvidenceHit] | None:
    """The CPA audit opinion read from evidence passages (NOTES §3), with the passage it came from."""
    for h in good:
        if "审计" not in h.text and "审计" not in h.path:
            continue
        for phrase, rating in _OPINIONS:
            if phrase in h.text:
                return rating, h
    return None


def _short(text: str | None, n: int = 18) -> str:
    text = text or ""
    return text if len(text) <= n else text[:n] + "…"


def _requirement_text(unit, prof: Profile) -> str:
    """The unit's text, keeping of a 生产型企业…；非生产型企业… pair only the half for this enterprise."""
    text = re.sub(r"^[^：:，,。]{1,12}[：:]", "", unit.text or "")  # drop a label like "出口安全："
    parts = [p for p in text.replace(";", "；").split("；") if p]
    producer = [p for p in parts if p.lstrip().startswith("生产型企业")]
    non_producer = [p for p in parts if p.lstrip().startswith("非生产型企业")]
    if producer and non_producer:
        drop = non_producer if prof.flag("producer") else producer
        return "；".join(p for p in parts if p not in drop)
    return text


def _requires(text: str, words: list[str], exceptions: list[str] = ()) -> bool:
    return any(w in text for w in words) and not any(x in text for x in exceptions)


def _record_dates(hits: list[EvidenceHit], ctx: Context, start: dt.date
                  ) -> tuple[list[tuple[dt.date, str]], list[dict]]:
    """Dates of the unit's records: those in its record hits, and for a sheet that is about the unit
    (its title or header row matched, or its file name speaks of the unit) every row of it."""
    passages: list[dict] = []
    seen: set[str] = set()
    for h in hits:
        if h.why.get("kind") not in ("record", "statement"):
            continue
        rows = ctx.passages_by_path.get(h.path, [])
        about_unit = h.why.get("name", 0) >= 0.5 or any(r.get("id") == h.passage_id for r in rows[:3])
        if about_unit and rows and rows[0].get("kind") == "sheet_row":
            chosen = rows  # a log about the unit: every row is a record
        elif about_unit:
            chosen = rows[: ctx.settings.document_head_passages]  # a report: its date stands near the top
        else:
            chosen = []
        chosen = chosen + [{"id": h.passage_id, "path": h.path, "text": h.text},
                           {"id": "name:" + h.path, "path": h.path, "text": Path(h.path.split("!")[-1]).stem}]
        for p in chosen:
            if p.get("id") not in seen:
                seen.add(p.get("id"))
                passages.append(p)
    return _dates(passages, start, ctx.profile.as_of), passages


def _findings(hits: list[EvidenceHit], s: "ProposeSettings") -> list[EvidenceHit]:
    """Record passages about the unit that report an open problem (未修复、不足、整改中 …)."""
    out = []
    for h in hits:
        if h.why.get("kind") != "record" or h.why.get("core_hits", 0) < s.finding_core_concepts:
            continue
        if any(w in h.text for w in s.finding_words) and not any(w in h.text for w in s.resolved_words):
            out.append(h)
    return out


def _policy_and_records(item: Item, unit, good: list[EvidenceHit], ctx: Context) -> Proposal:
    """Internal control and trade security: policy + dated records in the window + typed thresholds."""
    prof, s = ctx.profile, ctx.settings
    ev_ids = tuple(h.passage_id for h in good)
    if not good:
        return Proposal(unit.id, "non_compliant", "proposed", 0.7,
                        ("未找到证据：材料中没有与本项相关的制度或记录",),
                        missing=("制度文件", "执行记录"))
    text = _requirement_text(unit, prof)
    needs_policy = _requires(text, s.policy_words)
    needs_records = _requires(text, s.record_words, s.records_not_needed) or any(
        t.kind == "frequency" for t in unit.thresholds)
    policies = _policy_hits(good)
    record_paths = _record_files(good)
    start = window_start(prof.as_of, months=s.record_window_months)
    dates, rec_passages = _record_dates(good, ctx, start)
    in_window = sorted({d for d, _ in dates if start <= d <= prof.as_of})
    out_window = sorted({d for d, _ in dates if not (start <= d <= prof.as_of)})
    reasons: list[str] = []
    missing: list[str] = []
    facts: list[dict] = []
    shortfalls: list[str] = []
    if policies:
        reasons.append(f"制度：{_cite(policies[0])}")
    if record_paths:
        reasons.append("记录：" + "、".join(f"《{Path(p.split('!')[-1]).name}》" for p in record_paths[:3]))
    if in_window:
        facts.append({"dates_in_window": [d.isoformat() for d in in_window]})
        reasons.append(f"评估期内（{start.isoformat()}至{prof.as_of.isoformat()}）有{len(in_window)}个日期的记录")
    elif dates:
        reasons.append(f"记录日期均不在评估期内（最近为{max(d for d, _ in dates).isoformat()}）")
    if out_window and in_window:
        facts.append({"dates_outside_window": [d.isoformat() for d in out_window]})
    for th in unit.thresholds:
        short = _check_threshold(th, in_window, rec_passages, policies, ctx, facts)
        if short:
            shortfalls.append(short)
    for h in _findings(good, s)[:2]:
        shortfalls.append(f"记录显示存在未解决的问题：{_cite(h)}“{_short(h.text, 60)}”")
    best = max(h.score for h in good)
    strong = best >= s.strong_min
    policy_ok = bool(policies) or not needs_policy
    records_ok = bool(in_window) or not needs_records
    if policy_ok and records_ok and not shortfalls and strong:
        if not needs_policy and not needs_records:
            reasons.append("本项要求的是事实或设施，材料已载明")
        return Proposal(unit.id, "compliant", "proposed", min(0.95, best), tuple(reasons), ev_ids, facts=tuple(facts))
    # short of 达标: say what is missing
    if not policy_ok:
        missing.append("制度文件（未见相应的管理制度/办法/规定）")
    if not records_ok:
        missing.append(f"评估期内（{start.isoformat()}至{prof.as_of.isoformat()}）的执行记录")
    missing.extend(shortfalls)
    if not strong and not missing:
        missing.append("证据与本项的匹配度不高，请人工确认")
    reasons.extend(shortfalls)
    rating = "basically_compliant" if "basically_compliant" in item.options else "non_compliant"
    if not policies and not record_paths and not strong:
        rating = "non_compliant"
        reasons.insert(0, "仅找到弱相关的材料，未见制度或记录")
    return Proposal(unit.id, rating, "proposed", 0.6, tuple(reasons), ev_ids, missing=tuple(missing),
                    facts=tuple(facts))


def _check_threshold(th: Threshold, in_window: list[dt.date], rec_passages: list[dict],
                     policies: list[EvidenceHit], ctx: Context, facts: list[dict]) -> str | None:
    """A shortfall against one typed threshold, in Chinese, or None."""
    if th.kind == "frequency":
        sessions = len(in_window)
        facts.append({"threshold": th.name, "required": th.value, "found": sessions})
        if sessions < th.value:
            return f"评估期内仅有{sessions}次记录，要求{th.text}"
        roles = ctx.settings.required_roles.get(th.name) or []
        present = {r.role for p in rec_passages for r in extract_facts(p.get("norm") or p.get("text") or "").roles}
        absent = [r for r in roles if r not in present]
        if absent:
            labels = role_labels()
            facts.append({"threshold": th.name, "roles_missing": absent})
            return f"记录中未见{'、'.join(labels.get(r, r) for r in absent)}参加"
    elif th.kind == "retention":
        stated = []
        for h in policies:
            for d in extract_facts(h.text).durations:
                stated.append(d)
        want_years = th.value if th.unit == "years" else th.value / 12.0
        if not stated:
            return f"制度中未见保存期限（要求{th.text}）"
        longest = max(d.years for d in stated)
        facts.append({"threshold": th.name, "required_years": want_years, "stated_years": longest})
        if longest + 1e-9 < want_years:
            return f"制度规定的保存期限为{longest:g}年，短于要求（{th.text}）"
    return None


def propose(assessment: Assessment, profile: Profile, evidence: dict[str, list[EvidenceHit]], *,
            passages: Iterable = (), record_verdicts: dict | None = None, records_present: bool = False,
            settings: ProposeSettings | None = None) -> tuple[dict[str, Proposal], dict[str, dict]]:
    """Proposals for every rated unit and the item roll-up ``{item id: {rating, score}}``."""
    by_path: dict[str, list[dict]] = {}
    for p in passages:
        d = p if isinstance(p, dict) else p.to_json()
        by_path.setdefault(d["path"], []).append(d)
    ctx = Context(profile=profile, settings=settings or ProposeSettings.load(), passages_by_path=by_path,
                  record_verdicts=record_verdicts or {}, records_present=records_present)
    proposals: dict[str, Proposal] = {}
    items: dict[str, dict] = {}
    points = assessment.standard.rules.points
    for item in assessment.scored_items:
        unit_ratings = []
        for unit in item.rated_units:
            prop = propose_unit(item, unit, evidence.get(unit.id, []), ctx)
            proposals[unit.id] = prop
            unit_ratings.append(prop.rating if prop.status != "needs_review" else None)
        rating = rollup(unit_ratings)
        items[item.id] = {"rating": rating, "score": points[rating] if rating else None,
                          "label": _LABEL.get(rating or "", "待人工判断")}
    return proposals, items
