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
   found → 不达标 (未找到证据). Also: frequencies counted per occasion and per required role, open
   findings in audit reports and logs, the record checks of ``rating_rules.yaml`` (visitor log
   fields, a stale staff list, a shortage without an exception report), and 延伸认证 (a pure trader's
   or broker's container, vehicle and cargo items are evidenced by the extended company's files).
   Legal-compliance units that documents cannot decide (negative facts: 2年内无…) need review
   unless a statement and the records support them.

Never 达标 without evidence: a 达标 proposal always lists the passages it rests on (or, for the
special-zone note, the rule). Cut-offs are data in ``models/thresholds.yaml`` (``propose:``), the
rule choices (windows, words, roles, record checks) in ``standards/<edition>/rating_rules.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from .catalog import Assessment, CatalogError, Item, SubItem, Threshold, edition_root
from .calibrate import CALIBRATION, load_calibration
from .data import models_root, read_yaml
from .facts import add_months, role_labels, window_start
from .facts import extract_facts as _extract_facts
from .ingest.normalize import normalize
from .lexicon import load_lexicon
from .messages import Msg, cite, cites, files, labels as element_labels, period, quote, std
from .profile import Profile
from .readings import chosen
from .results import EvidenceHit, Proposal
from .roles import POINTER_ROLES
from .score import rollup
from .support import document_coverage, load_unit_elements, row_role, split, with_roles

T = TypeVar("T")

FACTS: dict = {}  # text -> facts, this process's answers (bounded: cleared when full)
FACTS_PRIOR: dict = {}  # text -> facts kept from the previous run of the same program (rerun.restore_facts)


def extract_facts(text: str):
    """:func:`facts.extract_facts`, memoised: a passage is read for facts by several units (31,937
    calls for 5,023 passages of the demo bundle), and a re-check takes the previous run's answers
    (:data:`FACTS_PRIOR`); callers only read the result."""
    found = FACTS.get(text)
    if found is None:
        found = FACTS_PRIOR.get(text)
        if found is None:
            found = _extract_facts(text)
        if len(FACTS) >= 65536:
            FACTS.clear()
        FACTS[text] = found
    return found


MODELS_DIR = models_root()  # inside the wheel, or the checkout's models/ (see data.py)


@dataclass(frozen=True)
class RecordCheck:
    """A check of the records of units whose text contains ``when`` (``rating_rules.yaml``)."""

    when: str
    shortfall: str
    shortfall_en: str = ""  # the same shortfall in English (values quoted); else the Chinese is shown
    log_words: tuple[str, ...] = ()
    required_fields: tuple[tuple[str, ...], ...] = ()
    max_age_months: int | None = None
    events: tuple[str, ...] = ()
    follow_up_words: tuple[str, ...] = ()
    handled_words: tuple[str, ...] = ()  # the event's own row says what was done (处理: 已通知供应商补发)
    not_event_words: tuple[str, ...] = ()  # the row is about something else (封条作废(破损))
    event_context: tuple[str, ...] = ()  # the row is about what the check is about (goods: 品名, 件数, 提单)


@dataclass(frozen=True)
class ProposeSettings:
    """Cut-offs (``models/thresholds.yaml`` → ``propose``) and rule choices
    (``standards/<edition>/rating_rules.yaml``), both data."""

    evidence_min: float
    fact_name_min: float  # a non-policy passage in a file named for the unit this well shows a fact (_fact_shown)
    strong_min: float
    statement_min: float
    record_window_months: int
    policy_words: tuple[str, ...]
    record_words: tuple[str, ...]
    records_not_needed: tuple[str, ...]
    required_roles: dict[str, list[str]]
    finding_words: tuple[str, ...]
    resolved_words: tuple[str, ...]
    finding_core_concepts: int
    document_head_passages: int
    item_folder_similarity: float
    extension_words: tuple[str, ...]
    record_checks: tuple[RecordCheck, ...] = ()
    umbrella_words: tuple[str, ...] = ()  # a unit text with one of these also takes its siblings' records
    policy_file_words: tuple[str, ...] = ()  # file-name stems that mark a policy file, besides policy_words
    flag_alternatives: tuple[dict, ...] = ()  # {flag, set, unset}: keep the half of "A…；B…" that fits
    action_words: tuple[str, ...] = ()  # the requirement asks for an action: 达标 needs a dated record
    support_min_hits: int = 2  # content passages (not pointers) a 达标 rests on, at least …
    clear_min: float = 0.7  # … unless one of them alone matches this well
    elements_min_share: float = 0.5  # share of the unit's elements (elements.yaml) a 达标 must cover
    use_elements: bool = False  # rate with the requirement elements' coverage (thresholds.yaml)
    record_owner_margin: float = 0.08  # a record is about a unit when it scores within this of its best unit
    finding_negators: tuple[str, ...] = ()  # 无, 未发现: before a finding word, it says there is no problem
    finding_clause_negators: tuple[str, ...] = ()  # 不存在: … as does one further back in the same clause
    handled_labels: tuple[str, ...] = ()  # a row's outcome cell (处置结果: 退回客户): what it caught was handled
    resolved_void_after: str = ""  # regex: after a resolved word it says nothing was resolved (已关闭 0 项)
    resolved_patterns: tuple[str, ...] = ()  # regexes: a log row's outcome done on a day (处理: 1月18日更换)
    record_note_labels: tuple[str, ...] = ()  # a record's cells that give a reason or a note, not the act
    record_who_labels: tuple[str, ...] = ()  # … and the cells that say who took part (部门: 客户服务部), not what
    record_word_suffixes: tuple[str, ...] = ()  # 记录, 表 …: a record row's element word may go without them
    record_word_stem_min: int = 2  # … when what is left has this many characters
    unit_records: tuple = ()  # [{unit: words of the requirement, record: words its records must hold}]
    record_topics: tuple = ()  # [{record: words naming the log, unit: words the requirement must hold, in_text: the row's own text too}]
    absence_words: tuple[str, ...] = ()  # a record naming a person with one of these: he did not attend
    absence_patterns: tuple[str, ...] = ()  # the same as regexes: 签到: 缺
    occasion_words: dict = field(default_factory=dict)  # frequency threshold -> word groups an occasion shows
    occasion_title_passages: int = 0  # … a document counts as an occasion's record when its name or this many
    occasion_by_title: tuple[str, ...] = ()  # … first passages show it, for these frequencies (audits: not minutes)
    finding_patterns: tuple[str, ...] = ()  # regexes that also report an open problem (没有…记录, 未…安排)
    finding_kinds: tuple[str, ...] = ("record",)  # passage kinds whose open problems count
    finding_unclear_core_concepts: int = 0  # an open problem naming this many core concepts: abstain (0 = off)
    finding_elsewhere_margin: int = 0  # … unless it names this many more core concepts of another unit (0 = off)
    plan_date_before: tuple[str, ...] = ()  # a date shortly after one of these is a plan: 计划月份: 2026-11
    plan_heading_words: tuple[str, ...] = ()  # a passage under a heading with one of these is a plan …
    plan_heading_not: tuple[str, ...] = ()  # … unless the heading reports it done (计划执行情况)
    plan_date_after: tuple[str, ...] = ()  # … or right before one of these: 12月底前
    plan_date_reach: int = 6  # how many characters before a date are read for plan words
    plan_line_words: tuple[str, ...] = ()  # a message (chat line) with one of these proposes, it records nothing
    message_question_marks: tuple[str, ...] = ()  # … and one ending with one of these asks (内审还做吗？)
    abstain_missing_kinds: tuple[str, ...] = ()  # element kinds (document) that, not seen, keep a unit from 达标 unattended
    gap_list_labels: tuple[str, ...] = ()  # a table column so labelled (差距) lists what is missing: a filled cell is a finding
    gap_list_none: tuple[str, ...] = ()  # … unless it says there is none (无明显差距)
    message_line_pattern: str = ""  # regex: a line that begins a message (date and time) …
    message_log_share: float = 0.3  # … in this share of a text file's lines: a message log, each line its own record
    problem_status_chars: int = 0  # a problem cell this short ("状态: 未开展") is about its whole row …
    list_words: tuple[str, ...] = ()  # a sheet named so is a list of partners, clients or staff …
    list_min_share: float = 0.0  # … and counts only when this share of its rows is dated in the window
    cited_heading_extra: int = 20  # a passage this much longer than the title can still be its heading
    cited_document_words: tuple[str, ...] = ()  # a unit asking for such a document needs it handed in
    element_log_rows: int = 0  # rows of logs named for a record element taken when the matcher found none
    element_log_row_names: bool = False  # … and rows of other sheets showing the element read with the sheet's names
    element_policy_passages: int = 0  # policy passages showing a policy element taken when records are found, a policy not
    element_report_span: int = 0  # a report's paragraphs read together for what a record row says (0 = none) …
    element_report_not_files: tuple[str, ...] = ()  # … but not in a file named so (training slides' examples)
    document_file_words: tuple[str, ...] = ()  # a file named so (合同, 协议) is a contract: its passages showing …
    document_rows: int = 0  # … a unit's document element are taken (at most this many) when the matcher missed them
    log_periods: dict = field(default_factory=dict)  # words naming a periodic log -> its period in days
    log_stale_periods: int = 4  # a periodic log whose last entry is this many periods old has stopped …
    log_stale_min_days: int = 45  # … and at least this many days
    policy_phrases_not: tuple[str, ...] = ()  # in a unit that counts occasions, phrases whose policy word asks for no policy
    log_rhythm_min_dates: int = 0  # a log naming no period, with this many days on it (0 = off) …
    log_rhythm_min_span: int = 0  # … spread over at least this many days, has the median gap as its period …
    log_rhythm_min_days: int = 0  # … and has stopped when its last entry is that many periods and these days old
    log_rhythm_words: tuple[str, ...] = ()  # … when its name says it is a routine check (检查, 巡查) …
    log_gap_words: tuple[str, ...] = ()  # a log so named (门卫登记, 访客登记, 日常巡查) kept at a rhythm …
    log_gap_max_period: int = 14  # … every two weeks at most (its median gap) …
    log_gap_min_days: int = 0  # … that leaves this many days blank at least inside the window has a gap (0 = off) …
    log_gap_side_min_dates: int = 1  # … between this many days of entries before it and after it
    log_series_pattern: str = ""  # … and names no year, quarter or month (regex): one file of a series
    log_series_halves: dict = field(default_factory=dict)  # 上半年 -> [6, 30]: the day a half-year volume ends
    pending_status_values: tuple[str, ...] = ()  # a status cell holding only one of these is open: 推迟
    problem_subject_labels: tuple[str, ...] = ()  # a checklist row's subject cell (检查项目) names the problem's unit
    problem_row_labels: tuple[str, ...] = ()  # … unless a cell's label says the row describes a problem
    problem_description_labels: tuple[str, ...] = ()  # labels of a tracker row's problem description …
    problem_description_not: tuple[str, ...] = ()  # … but not these (问题来源: 内审 names no problem)
    open_status_words: tuple[str, ...] = ()  # a tracker row's status that says the item is still open
    open_items_units: tuple[str, ...] = ()  # a unit text with one of these (改进机制): any overdue item of the bundle …
    overdue_status: str = ""  # … a row with a cell saying only this (regex: 进行中（逾期）) — is its possible finding
    deadline_labels: tuple[str, ...] = ()  # … as is an open row whose deadline (期限: …) is before the assessment date
    finding_number_labels: tuple[str, ...] = ()  # … or whose number (编号: JH26-03) another row gives such a deadline
    loose_problem_max_units: int = 0  # a tracker row's problem goes to at most this many units (0 = off)
    gap_values: tuple[str, ...] = ()  # a record cell holding only one of these says the step was not done: 无, 否
    gap_value_patterns: tuple[str, ...] = ()  # the same as regexes: 未核实, 未提交, 尚未建立
    gap_label_not: tuple[str, ...] = ()  # column labels for which "无" is good news: 违法记录: 无
    gap_row_kinds: tuple[str, ...] = ("record",)  # hit kinds whose sheets are read for gaps
    gap_min_share: float = 0.0  # … in at least this share of the list's rows
    gap_blank: str = "（空）"  # how a blank cell of a step's column is quoted
    gap_blank_min_share: float = 1.0  # a step's column blank in at least this share of the rows
    gap_blank_label_not: tuple[str, ...] = ()  # columns whose blank means nothing happened yet (离职日期) …
    gap_blank_step_words: tuple[str, ...] = ()  # … unless the column dates a step (最近复评日期, 归还日期)
    gap_row_min_cells: int = 3  # a row with fewer filled cells is no entry of the list (合计, a note)
    gap_blank_leaving_steps: tuple[str, ...] = ()  # a column of a step done when one leaves (工牌收回) …
    gap_blank_leaving_labels: tuple[str, ...] = ()  # … blank in a row whose leaving column (离职日期) is blank too
    gap_blank_leaving_min_share: float = 1.0  # … blank in the rows of people who did leave, in this share of them
    gap_none_values: tuple[str, ...] = ()  # values that say "none" (无): a gap only under a thing's label …
    gap_none_labels: tuple[str, ...] = ()  # … ending in one of these (安全条款: 无), not 钥匙收回: 无
    company_suffixes: tuple[str, ...] = ()  # what ends a company's full name (有限公司): see owners.py
    shared_document_words: tuple[str, ...] = ()  # documents both sides share (合同, 协议): never another's
    trade_name_chars: int = 2  # leading characters of a file or folder name read as a trade name
    trade_name_not: tuple[str, ...] = ()  # … unless they are one of these common words (客户, 物流)
    other_company_units: tuple[str, ...] = ()  # a unit or item text with one of these takes other companies' files
    own_frequency_pattern: str = ""  # how often the unit's own policy says the action is done (regex: 每季度, 每年至少两次)
    own_frequency_periods: dict = field(default_factory=dict)  # … its period word -> periods a year (季度: 4; {} = off)
    own_frequency_numerals: dict = field(default_factory=dict)  # … its count written in words (两: 2)
    own_frequency_actions: tuple[str, ...] = ()  # … in a clause naming an action (检查, 培训)
    own_frequency_max_seen: int = 0  # … and the window's records fill this many of its periods at most
    frequency_none_non_compliant: tuple[str, ...] = ()  # frequencies (每年1次以上) that, with no occasion in the window, are 不达标
    log_parts_min: int = 0  # a log whose columns show this many record elements is a parts checklist (0 = off)
    unrecorded_words: tuple[str, ...] = ()  # a clause with one of these says a step was not recorded
    empty_register_words: tuple[str, ...] = ()  # a header-only sheet named with one of these (台账) is an empty register
    draft_words: tuple[str, ...] = ()  # a policy file with one of these in its name or first lines is a draft
    draft_rule_patterns: tuple[str, ...] = ()  # a unit whose text says so (建立…管理) asks for a rule in force
    roster_words: tuple[str, ...] = ()  # a sheet named with one of these (清单, 名录) …
    roster_unit_words: tuple[str, ...] = ()  # … and one of these (伙伴, 客户) lists whom a unit with it must cover
    roster_unit_periodic: tuple[str, ...] = ()  # … when it asks for it again and again (定期, 每年, 复评)
    roster_min_entries: int = 3  # a list this long at least
    roster_missing_min_share: float = 1.0  # entries the window's records do not name, at least this share: a gap
    roles_if_named: tuple[str, ...] = ()  # required roles judged only when the bundle names who holds them
    admission_only_rating: str = ""  # no policy, and every record says the thing was not done: this rating
    quoted_finding_similarity: float = 0  # a gap-list row quoting the unit this closely reports its finding (0 = off)
    percentage_labels: dict = field(default_factory=dict)  # percentage threshold -> words naming its figure in records
    retention_words: tuple[str, ...] = ()  # a passage stating how long something is kept (保存, 存储 …)
    retention_subjects: dict = field(default_factory=dict)  # retention threshold -> what is kept (数据, 视频 …)
    retention_earliest_labels: dict = field(default_factory=dict)  # retention threshold -> words before the day the kept data begins
    percentage_rule_words: tuple[str, ...] = ()  # a figure right after one of these (不低于10%) states a rule
    sibling_clause_elements: tuple[str, ...] = ()  # a contract's clause (elements of kind document with these ids) …
    fact_photo_suffixes: tuple[str, ...] = ()  # an image (.jpg, .png) …
    fact_screenshot_words: tuple[str, ...] = ()  # … named a screenshot (截图) whose text names a fact element shows it …
    fact_export_words: tuple[str, ...] = ()  # … as does a table named a system's export (导出, export), with its name
    fact_seen_in_records: bool = False  # … as does a record row anywhere whose column labels name one …
    fact_check_values: tuple[str, ...] = ()  # … over a check's outcome (监控: 正常)
    frequency_none_unless_policy: tuple[str, ...] = ()  # … and those that are 不达标 only without the unit's own policy
    sibling_contract_not: tuple[str, ...] = ()  # … missing from a contract filed beside one that has it (not these files)
    contract_party_words: tuple[str, ...] = ()  # a contract's party lines (甲方（盖章）：…) left blank: kept unsigned
    attendance_roles_also: tuple[str, ...] = ()  # a problem naming these or a sibling's required roles is the sibling's
    confidence: dict = field(default_factory=dict)  # decision path -> confidence (thresholds.yaml)
    calibration: dict = field(default_factory=dict)  # "path/rating" -> fitted confidence (models/calibration.yaml)

    @classmethod
    def load(cls, edition: str = "2018-177", *, thresholds: Path | None = None,
             rules: Path | None = None) -> "ProposeSettings":
        thresholds = thresholds or MODELS_DIR / "thresholds.yaml"
        rules = rules or edition_root(edition) / "rating_rules.yaml"
        data: dict = {}
        for path, key in ((thresholds, "propose"), (rules, None)):
            try:
                raw = read_yaml(path) or {}
            except FileNotFoundError:
                raise CatalogError(f"{path}: missing (rating settings)") from None
            data.update(raw.get(key) or {} if key else raw)
        checks = tuple(RecordCheck(**{k: (tuple(tuple(x) if isinstance(x, list) else x for x in v)
                                          if isinstance(v, list) else v) for k, v in c.items()})
                       for c in data.pop("record_checks", []) or [])
        fields = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items()}
        import dataclasses

        missing = [f.name for f in dataclasses.fields(cls) if f.name not in fields
                   and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
        if missing:
            raise CatalogError(f"rating settings: missing {', '.join(missing)} ({thresholds.name}, {rules.name})")
        unknown = [k for k in fields if k not in cls.__dataclass_fields__]
        if unknown:
            raise CatalogError(f"rating settings: unknown {', '.join(unknown)} ({thresholds.name}, {rules.name})")
        return cls(**fields, record_checks=checks, calibration=load_calibration(thresholds.parent / CALIBRATION))


@dataclass
class Context:
    """What the rules read besides the unit's own evidence."""

    profile: Profile
    settings: ProposeSettings
    passages_by_path: dict[str, list[dict]]  # path -> passages of that file, in order
    record_verdicts: dict  # unit id -> records.RecordVerdict
    records_present: bool
    best_unit: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # passage -> item -> its best sub-item(s)
    sibling_records: dict[str, list[EvidenceHit]] = field(default_factory=dict)  # unit -> siblings' records
    lexicon: object = None  # the edition's Lexicon (for the unit's core terms)
    assessment: Assessment | None = None
    elements: dict = field(default_factory=dict)  # (level, unit id) -> UnitElements (elements.yaml)
    top_score: dict[str, float] = field(default_factory=dict)  # passage id -> its best score for any unit
    # passage id -> the most core concepts it names of any one unit, and the units it names that many of
    top_core: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)
    # the run's memo of answers that are functions of one file's passages (each read through
    # ``passages_by_path`` first, so a unit's re-check memo knows the file): support.document_coverage's
    # and row_role's, and through :func:`_per_run` a workbook's rows by sheet (:func:`_sheets_of`), a log
    # row's freshness (:func:`_fresh_row`), a log sheet's days (:func:`_sheet_days`)
    file_memo: dict = field(default_factory=dict)
    _people: dict[str, list[str]] | None = None
    _problems: list[dict] | None = None
    _named: dict[str, list[dict]] | None = None
    _whole: dict = field(default_factory=dict)  # whole-bundle answers, each found once per run

    def _once(self, key: str, find):
        if key not in self._whole:
            self._whole[key] = find()
        return self._whole[key]

    def passage(self, passage_id: str) -> dict | None:
        """The bundle's passage of that id (one index for the run, instead of a scan of its file's rows)."""
        index = self._once("passage_index", lambda: {
            r.get("id"): r for rows in self.passages_by_path.values() for r in rows})
        return index.get(passage_id)

    def other_company_files(self) -> set[str]:
        """Paths of files that are another company's documents (:mod:`.owners`)."""
        from .owners import other_company_files

        s = self.settings
        return self._once("other_company_files", lambda: other_company_files(
            {path: [p.get("text") or "" for p in rows] for path, rows in self.passages_by_path.items()},
            self.profile.enterprise, suffixes=s.company_suffixes, shared_words=s.shared_document_words,
            not_names=s.trade_name_not, name_chars=s.trade_name_chars))

    def overdue_rows(self) -> list[dict]:
        """The bundle's tracker rows still open past their deadline (:func:`_overdue`)."""
        s, as_of = self.settings, self.profile.as_of
        def find() -> list[dict]:
            files = {path: rows for path, rows in self.passages_by_path.items() if not _is_policy_file(path, s)}
            deadlines = _deadlines_by_number(files, s)
            return [p for rows in files.values() for p in rows if _overdue(p, rows, s, as_of, deadlines)]

        return self._once("overdue_rows", find)

    def overdue_ids(self) -> frozenset:
        """Passage ids of :meth:`overdue_rows`, for a membership test per hit."""
        return self._once("overdue_ids", lambda: frozenset(p.get("id") for p in self.overdue_rows()))

    def roster_lists(self) -> list[tuple[str, str, list[str]]]:
        """The bundle's lists of partners or clients (:func:`_rosters`)."""
        return self._once("roster_lists", lambda: _rosters(self.passages_by_path, self.settings))

    def filled_names(self) -> tuple[tuple[str, str], ...]:
        """(path, name) of every name that stands for content in the bundle (:func:`_filled_names`)."""
        return self._once("filled_names", lambda: _filled_names(self.passages_by_path))

    def draft_files(self) -> set[str]:
        """Paths of the bundle's drafts never issued (:func:`_drafts`)."""
        return self._once("draft_files", lambda: _drafts(self.passages_by_path, self.settings))

    def empty_registers(self) -> list[tuple[str, str]]:
        """(path, sheet) of the bundle's header-only registers (:func:`_empty_sheets`)."""
        return self._once("empty_registers", lambda: _empty_sheets(self.passages_by_path, self.settings))

    def named_findings(self) -> dict[str, list[dict]]:
        if self._named is None:
            self._named = _named_findings(self.assessment, self) if self.assessment else {}
        return self._named

    def problem_passages(self) -> list[dict]:
        """Passages of the bundle's record files (not policies) that report an open problem."""
        if self._problems is None:
            self._problems = [p for path, rows in self.passages_by_path.items()
                              if not _is_policy_file(path, self.settings)
                              for p in rows if _open_problem(p.get("norm") or p.get("text") or "", self.settings)]
        return self._problems

    def role_people(self) -> dict[str, list[str]]:
        """Role key -> names of the people who hold it, read once from the whole bundle
        (任命通知: "副总经理罗嘉欣分管公司关务工作")."""
        if self._people is None:
            people: dict[str, list[str]] = {}
            for rows in self.passages_by_path.values():
                for p in rows:
                    for role, names in extract_facts(p.get("norm") or p.get("text") or "").people.items():
                        for n in names:
                            if n not in people.setdefault(role, []):
                                people[role].append(n)
            self._people = people
        return self._people


_LABEL = {"compliant": "达标", "basically_compliant": "基本达标", "non_compliant": "不达标",
          "not_applicable": "不适用"}


@dataclass(frozen=True)
class _Dated:
    date: dt.date
    day: bool  # day precision (a session, a visit); else a month/quarter/year the record covers
    path: str


def _dates(passages: Iterable[dict], start: dt.date, as_of: dt.date,
           plan: "ProposeSettings | None" = None) -> list[_Dated]:
    """Dates in the passages; a month, quarter or year that overlaps the window counts as its last
    day inside it (a report named "2026 AEO内审报告" is a record of 2026). With ``plan`` (the
    settings), dates of plans and deadlines are left out."""
    out = []
    for p in passages:
        if p.get("undated"):
            continue  # a row of a report's table: its dates are of what the report lists
        if plan and plan.plan_heading_words and _under_plan_heading(p, plan):
            continue  # a point under "四、2026年工作安排": what is to be done, not what was
        text = p.get("norm") or p.get("text") or ""
        if plan and plan.record_note_labels and " | " in text and any(w in text for w in plan.record_note_labels):
            # a row's note (备注: 2025年因仓库搬迁未组织) says why, not when the record was made
            text = " | ".join(c for c in text.split(" | ")
                              if not any(w in c.partition(":")[0] for w in plan.record_note_labels) or ":" not in c)
        found = extract_facts(text).dates
        finer = [d for d in found if d.precision in ("day", "month")]
        for d in found:
            if plan and _planned(text, d.span, plan):
                continue  # a deadline or a plan (完成期限: 2025-12-31, 12月底前), not a day it was done
            if d.precision not in ("day", "month") and any(d.date <= f.date <= d.end for f in finer):
                continue  # a year the passage also dates finer (2025年度内审报告 | 形成日期: 2025-07): the finer date
            if d.precision == "day":
                out.append(_Dated(d.date, True, p.get("path", "")))
            elif d.date <= as_of and d.end >= start:
                out.append(_Dated(min(d.end, as_of), False, p.get("path", "")))
            else:
                out.append(_Dated(d.end, False, p.get("path", "")))
    return out


def _under_plan_heading(p: dict, s: "ProposeSettings") -> bool:
    """The passage stands under a heading of plans (``plan_heading_words``: 2026年工作安排, 下一步计划) that
    reports nothing done (none of ``plan_heading_not``: 计划执行情况)."""
    if p.get("kind") == "sheet_row":
        return False  # a sheet's title (2026年培训计划及签到) heads its rows, done or not
    heading = normalize(p.get("heading") or "")
    return bool(heading) and any(w in heading for w in s.plan_heading_words) and \
        not any(w in heading for w in s.plan_heading_not)


def _planned(text: str, span, s: "ProposeSettings") -> bool:
    """The date at ``span`` of ``text`` is a plan or a deadline: a plan word shortly before it
    (计划月份: 2026-11) or a "before" right after it (12月底前)."""
    before = text[max(0, span[0] - s.plan_date_reach):span[0]]
    after = text[span[1]:span[1] + 3].lstrip()
    return any(w in before for w in s.plan_date_before) or after.startswith(tuple(s.plan_date_after))


def _passage_hit(p: dict, score: float, why: dict) -> EvidenceHit:
    """A passage a rule (not the matcher) brings to a unit, as a hit: a finding, a log found by its name."""
    return EvidenceHit(passage_id=p.get("id", ""), path=p.get("path", ""), page=p.get("page"),
                       locator=p.get("locator", ""), text=p.get("text", ""), score=score, why=why)


def _record_files(hits: list[EvidenceHit]) -> list[str]:
    seen: list[str] = []
    for h in hits:
        if h.why.get("kind") in ("record", "statement") and h.path not in seen:
            seen.append(h.path)
    return seen


def _flag_names(prof: Profile, names) -> dict:
    """Profile flags by their wording (“出入境特殊物品”), as a list parameter of a message."""
    from .catalog import load_standard

    flags = load_standard(prof.edition).flags
    return {"list": [quote(flags[f].label if f in flags else f) for f in names]}


def _flag_words(prof: Profile, cond) -> dict:
    """How the profile answers a condition's flags, in words: 企业概况未勾选“出入境特殊物品”."""
    from .catalog import load_standard

    flags = load_standard(prof.edition).flags
    said: dict[bool, list] = {True: [], False: []}
    for f in cond.any_of + cond.none_of:
        said[bool(prof.flag(f))].append(quote(flags[f].label if f in flags else f))
    parts = ([Msg("flags_set", flags={"list": said[True]})] if said[True] else []) + \
        ([Msg("flags_unset", flags={"list": said[False]})] if said[False] else [])
    return {"join": parts}


def _policy_hits(hits: list[EvidenceHit]) -> list[EvidenceHit]:
    return [h for h in hits if h.why.get("kind") == "policy"]


def propose_unit(item: Item, unit: Item | SubItem, hits: list[EvidenceHit], ctx: Context) -> Proposal:
    """The proposal for one rated unit (:func:`_propose_unit`), its confidence the accuracy its decision
    path and rating had on the in-sample corpora where that was measured (``models/calibration.yaml``)."""
    return calibrated(_propose_unit(item, unit, hits, ctx), ctx.settings.calibration)


def calibrated(prop: Proposal, table: dict[str, float]) -> Proposal:
    """``prop`` with the fitted confidence of its ``basis/rating`` (:mod:`evidence_checker.calibrate`), if any."""
    fitted = table.get(f"{prop.basis}/{prop.rating}") if prop.status == "proposed" and prop.basis else None
    return prop if fitted is None else replace(prop, confidence=fitted)


def _propose_unit(item: Item, unit: Item | SubItem, hits: list[EvidenceHit], ctx: Context) -> Proposal:
    """The proposal for one rated unit (see the module docstring for the order of the rules)."""
    prof, s = ctx.profile, ctx.settings
    # 1. applicability (an unset flag is false, or unknown under the reading unset_flags=needs_review)
    unset = prof.unset_flags(unit, item)
    if unset and ctx.assessment is not None and \
            chosen(ctx.assessment.standard.root, prof.readings, "unset_flags") == "needs_review":
        return Proposal(unit.id, None, "needs_review", 0.0,
                        (Msg("applicability_unknown", flags=_flag_names(prof, unset)),),
                        missing=tuple(Msg("missing_flag", flag=_flag_names(prof, [f])) for f in unset),
                        facts=({"rule": "condition", "unset_flags": unset},))
    for cond in (item.condition, unit.condition):
        if cond is not None and not cond.holds(prof.flags):
            return Proposal(unit.id, "not_applicable", "proposed", _conf(s, "not_applicable", 1.0),
                            (Msg("not_applicable", condition=std(cond.text or "、".join(cond.any_of)),
                                 flags=_flag_words(prof, cond)),),
                            facts=({"rule": "condition", "flags": list(cond.any_of + cond.none_of)},),
                            basis="not_applicable")
    narrower = [c.narrower for c in (item.condition, unit.condition) if c is not None and c.narrower]
    if narrower and ctx.assessment is not None and \
            chosen(ctx.assessment.standard.root, prof.readings, "wider_flags") == "needs_review":
        return Proposal(unit.id, None, "needs_review", 0.0,
                        (Msg("applicability_narrower", narrower=std("；".join(narrower))),),
                        missing=(Msg("missing_business_confirm"),),
                        facts=({"rule": "condition", "narrower": narrower},))
    if prof.flag("special_zone") and any(n.kind == "special_zone_deemed_met" for n in item.notes):
        note = next(n for n in item.notes if n.kind == "special_zone_deemed_met")
        return Proposal(unit.id, "compliant", "proposed", _conf(s, "special_zone", 0.8),
                        (Msg("special_zone", note=std(note.text)),), facts=({"rule": "special_zone_deemed_met"},),
                        missing=(Msg("special_zone_proof"),), basis="special_zone")
    content, pointers = split(hits)
    others = _other_company_hits(item, unit, content, ctx)
    if others:
        # another company's rules and logs (the cold store's visitor book) are not the applicant's: shown
        # with the pointers, never counted — except where the item is about partners or extended to one
        content = [h for h in content if h not in others]
        pointers = pointers + others
    good = [h for h in content if h.score >= s.evidence_min]
    # pointers (titles, cross-references, forms, quotations of the standard) are listed after the content
    ev_ids = tuple(h.passage_id for h in good) + tuple(h.passage_id for h in pointers if h.score >= s.evidence_min)
    # 2. structured records
    verdict = ctx.record_verdicts.get(unit.id)
    if verdict is not None:
        if verdict.rating is None:
            return Proposal(unit.id, None, "needs_review", 0.0, tuple(verdict.reasons), ev_ids,
                            missing=tuple(verdict.missing), facts=tuple(verdict.facts))
        return Proposal(unit.id, verdict.rating, "proposed", _conf(s, "records", 0.9), tuple(verdict.reasons), ev_ids,
                        missing=tuple(verdict.missing), facts=tuple(verdict.facts), basis="records")
    if item.category in ("legal_compliance", "financial"):
        return _with_ids(_document_only(item, unit, good, ctx), ev_ids)
    if not good and others:
        # all the matcher found is another company's (the cold store's patrol log): the enterprise's own
        # may be further down — a person looks; the suggestion is the rating of a policy without records
        return Proposal(unit.id, None, "needs_review", 0.0,
                        (Msg("other_company_only", files=files(list(dict.fromkeys(h.path for h in others))[:3])),), ev_ids,
                        missing=(Msg("missing_policy_short"), Msg("missing_records")),
                        suggested="basically_compliant" if "basically_compliant" in item.options else "non_compliant")
    if not good and pointers:
        return Proposal(unit.id, "non_compliant", "proposed", _conf(s, "non_compliant_pointers", 0.7),
                        (Msg("pointers_only", cites=cites(pointers[:2])),),
                        ev_ids, missing=(Msg("missing_policy_short"), Msg("missing_records")),
                        basis="non_compliant_pointers")
    quoted = _quoted_findings(unit, pointers, ctx)
    return _with_ids(_extension(item, _policy_and_records(item, unit, good, ctx, quoted), good, ctx), ev_ids)


def _other_company_hits(item: Item, unit, hits: list[EvidenceHit], ctx: Context) -> list[EvidenceHit]:
    """The hits from another company's files that do not count for the unit (:func:`_not_own_paths`)."""
    paths = _not_own_paths(item, unit, ctx) if hits else set()
    return [h for h in hits if h.path in paths]


def _not_own_paths(item: Item, unit, ctx: Context) -> set[str]:
    """Another company's files (:meth:`Context.other_company_files`), unless the unit is about partners
    (``other_company_units`` in its or its item's text) or the item is extended to the company the
    enterprise works with (延伸认证 of a pure trader or broker): then none."""
    s = ctx.settings
    if not s.company_suffixes:
        return set()
    if any(w in (unit.text or "") or w in (item.text or "") or w in (item.title or "") for w in s.other_company_units):
        return set()
    if any(n.kind in ("pure_trading_extension", "pure_brokerage_extension") and n.flag and ctx.profile.flag(n.flag)
           for n in item.notes):
        return set()
    return ctx.other_company_files()


def _with_ids(prop: Proposal, ev_ids: tuple[str, ...]) -> Proposal:
    """The proposal listing the pointers too (after its content evidence)."""
    extra = tuple(i for i in ev_ids if i not in prop.evidence)
    return replace(prop, evidence=prop.evidence + extra) if prop.evidence and extra else prop


def _conf(s: "ProposeSettings", path: str, default: float) -> float:
    """The confidence of a decision path (``models/thresholds.yaml`` → ``propose.confidence``)."""
    return float(s.confidence.get(path, default))


def _extension(item: Item, prop: Proposal, good: list[EvidenceHit], ctx: Context) -> Proposal:
    """延伸认证: a pure trader (pure broker) is assessed on its main logistics company (or the client it
    declares for) for these items; evidence from the enterprise's own files alone is not enough."""
    notes = [n for n in item.notes if n.kind in ("pure_trading_extension", "pure_brokerage_extension")
             and n.flag and ctx.profile.flag(n.flag)]
    if not notes:
        return prop
    words = ctx.settings.extension_words
    from_partner = [h for h in good if any(w in h.path for w in words)]
    note = std(notes[0].text)
    if not from_partner:
        missing = prop.missing + (Msg("extension_missing"),)
        if prop.rating == "compliant":
            # the enterprise's own files would make it 达标, and nothing says whose they are (the logistics
            # company's checks are often filed under the trader's name): a person decides, 达标 suggested
            return replace(prop, rating=None, status="needs_review", confidence=0.0, suggested="compliant", basis="",
                           reasons=prop.reasons + (Msg("extension", note=note, outcome=Msg("extension_review")),),
                           missing=missing)
        return replace(prop, reasons=prop.reasons + (Msg("extension", note=note, outcome=Msg("extension_none")),),
                       missing=missing)
    about = [h for h in from_partner if h.why.get("core_hits", 0) >= 1 and h.why.get("kind") in ("policy", "record")]
    if not about:
        # the extended company's files are there, but none is a policy or a record of this requirement
        return replace(prop, rating="non_compliant", confidence=_conf(ctx.settings, "extension_not_about", 0.6),
                       basis="extension_not_about",
                       reasons=(Msg("extension", note=note, outcome=Msg(
                           "extension_not_about", file=files([from_partner[0].path]))),) + prop.reasons,
                       missing=prop.missing + (Msg("extension_missing_item"),))
    return replace(prop, reasons=prop.reasons + (
        Msg("extension", note=note, outcome=Msg("extension_seen", file=files([about[0].path]))),))


def _document_only(item: Item, unit, good: list[EvidenceHit], ctx: Context) -> Proposal:
    """Legal-compliance and financial units the records did not decide: statements and reports."""
    s = ctx.settings
    ev_ids = tuple(h.passage_id for h in good)
    if item.category == "financial":
        edition = ctx.assessment.standard.edition if ctx.assessment else ctx.profile.edition
        opinion = _audit_opinion(good, edition) if any(t.name == "cpa_audit_min_per_year" for t in unit.thresholds) else None
        if opinion is not None:
            rating, h = opinion
            return Proposal(unit.id, rating, "proposed", _conf(s, "audit_opinion", 0.6),
                            (Msg("audit_opinion", cite=cite(h.path, h.page, h.locator), quote=quote(_short(h.text, 40))),),
                            ev_ids, missing=() if rating == "compliant" else (Msg("missing_clean_audit"),),
                            basis="audit_opinion")
        return Proposal(unit.id, None, "needs_review", 0.0, (Msg("finance_undecided"),), ev_ids,
                        missing=("records/财务数据.csv",))
    statements = [h for h in good if h.why.get("kind") in ("statement", "record") and h.score >= s.statement_min]
    if statements and ctx.records_present:
        return Proposal(unit.id, "compliant", "proposed", _conf(s, "statement_legal", 0.6),
                        (Msg("statements", cites=cites(statements[:2])),), ev_ids, basis="statement_legal")
    what = Msg("missing_records_files") if not ctx.records_present else Msg("missing_statements")
    return Proposal(unit.id, None, "needs_review", 0.0, (Msg("cannot_decide", quote=quote(_short(unit.text))),),
                    ev_ids, missing=(what,), suggested="compliant" if statements else None)


def _audit_opinion(good: list[EvidenceHit], edition: str) -> tuple[str, EvidenceHit] | None:
    """The CPA audit opinion read from evidence passages (NOTES §3), with the passage it came from;
    which phrases count and what they rate are the edition's finance.yaml (accounting_info)."""
    from .records import load_finance_settings

    fin = load_finance_settings(edition)
    for h in good:
        opinion = fin.opinion_in(h.text, h.path)
        if opinion is not None:
            return fin.opinions[opinion], h
    return None


def _short(text: str | None, n: int = 18) -> str:
    text = text or ""
    return text if len(text) <= n else text[:n] + "…"


def _requirement_text(unit, prof: Profile, s: "ProposeSettings") -> str:
    """The unit's text, keeping of a pair of alternatives chosen by a profile flag (rating_rules.yaml
    ``flag_alternatives``, e.g. 生产型企业…；非生产型企业…) only the half for this enterprise."""
    text = re.sub(r"^[^：:，,。]{1,12}[：:]", "", unit.text or "")  # drop a label like "出口安全："
    parts = [p for p in text.replace(";", "；").split("；") if p]
    for alt in s.flag_alternatives:
        when_set = [p for p in parts if p.lstrip().startswith(alt["set"])]
        when_unset = [p for p in parts if p.lstrip().startswith(alt["unset"])]
        if when_set and when_unset:
            drop = when_unset if prof.flag(alt["flag"]) else when_set
            return "；".join(p for p in parts if p not in drop)
    return text


def _without(text: str, phrases: tuple[str, ...]) -> str:
    """``text`` with ``phrases`` taken out (书面或者电子资料 speaks of a file's form, not of a written rule)."""
    for p in phrases:
        text = text.replace(p, "")
    return text


def _requires(text: str, words: list[str], exceptions: list[str] = ()) -> bool:
    return any(w in text for w in words) and not any(x in text for x in exceptions)


def _record_dates(hits: list[EvidenceHit], ctx: Context, start: dt.date) -> tuple[list[_Dated], list[dict]]:
    """Dates of the unit's records: those in its record hits, and for a sheet that is about the unit
    (its title or header row matched, or its file name speaks of the unit) every row of it."""
    passages: list[dict] = []
    seen: set[str] = set()
    for h in hits:
        if h.why.get("kind") != "record":
            continue
        rows = ctx.passages_by_path.get(h.path, [])
        own = ctx.passage(h.passage_id)
        if ctx.settings.plan_heading_words and own is not None and _under_plan_heading(own, ctx.settings):
            continue  # a point of minutes under "四、2026年工作安排" (组织一次应急演练): a plan, whatever the minutes' date
        if h.why.get("sheet_name", 0) >= 0.5 and h.why.get("name", 0) < 0.5:
            # a sheet named after the unit in a workbook that is not: that sheet's rows are its log
            sheet = _sheet_name(h.locator)
            rows = _sheet_rows(h.path, sheet, ctx)
        about_unit = (max(h.why.get("name", 0), h.why.get("sheet_name", 0)) >= 0.5
                      or any(r.get("id") == h.passage_id for r in rows[:3]))
        if rows and rows[0].get("kind") == "line" and _message_log(rows, ctx.settings):
            # a message log (a chat or mail export): each line is its own message, of its own day — not of
            # every day in the file's first lines; a message that proposes (下周把内审做了吧), asks (内审还做吗？)
            # or admits it is not done (今年的内审一直没做) records nothing
            if _message_records_nothing(h.text or "", ctx.settings):
                continue
            chosen = _line_date(h, rows)
        elif not (rows and rows[0].get("kind") == "sheet_row") and _open_problem(h.text or "", ctx.settings):
            continue  # a report's finding (2025年度未举办客户海关业务培训，状态：未完成) records the thing not done
        elif not (rows and rows[0].get("kind") == "sheet_row") and _announces(h.text, ctx.settings):
            chosen = []  # a notice of a drill to come (定于…进行): the notice's date says when it was sent
        elif about_unit and rows and rows[0].get("kind") == "sheet_row":
            chosen = rows  # a log about the unit: every row is a record
        elif about_unit or (rows and rows[0].get("kind") != "sheet_row" and h.why.get("role") == "record"):
            # a report (its content, not its name, says it is a record): its date stands near the top; when its
            # text bears a day (报告日期：2024年9月20日), the dates in its tables are of what it lists (the
            # findings' deadlines, their completion), not of the report
            chosen = _report_head(rows[: ctx.settings.document_head_passages], h.passage_id)
        else:
            chosen = []
        chosen = chosen + [{"id": h.passage_id, "path": h.path, "text": h.text, "locator": h.locator}]
        if not extract_facts(normalize(h.text or "")).dates:
            # a passage without a date of its own is of its sheet's day (培训日期: 2026-03-26 above a
            # sign-in table) or of its file's day or year (台账2026); one whose only date is a plan
            # (计划月份: 2026-11) is not
            head = _row_heading(h.passage_id, ctx)
            if head and any(d.precision == "day" for d in extract_facts(normalize(head)).dates):
                chosen.append({"id": "head:" + h.passage_id, "path": h.path, "text": head, "locator": h.locator})
            chosen.append({"id": "name:" + h.path, "path": h.path, "text": Path(h.path.split("!")[-1]).stem})
        for p in chosen:
            if p.get("id") not in seen:
                seen.add(p.get("id"))
                passages.append(p)
    dates = _dates(passages, start, ctx.profile.as_of, ctx.settings)
    # a file with a day on it is of that day: "2025年度内审报告" dated 2025-11-28 is not a record of
    # 2025-12-31 because the year reaches into the window (a month or year alone still counts)
    # (a workbook's name is about all its sheets: "台账2026" still dates rows the matcher did not pick)
    dated_files = {d.path for d in dates if d.day and not _is_log(d.path, ctx)}
    return [d for d in dates if d.day or d.path not in dated_files], passages


def _row_heading(passage_id: str, ctx: Context) -> str:
    """What heads a row of a sheet besides its header: the sheet's title and the label/value rows above
    its table (培训日期: 2026-03-26 主题: 供应链安全); "" for other passages."""
    p = ctx.passage(passage_id) or {}
    return (p.get("heading") or "") if p.get("kind") == "sheet_row" else ""


def _report_head(rows: list[dict], hit_id: str) -> list[dict]:
    """The opening passages of a report; when its text bears a day of its own (报告日期：2024年9月20日),
    its table rows are marked ``undated``: their dates are of what the report lists (the findings'
    deadlines, their completion), not of the report (a sign-in sheet dated only in its table keeps them).
    The hit itself is never marked."""
    text = [r for r in rows if r.get("kind") != "table_row"]
    if len(text) == len(rows) or not any(d.precision == "day" for r in text
                                         for d in extract_facts(r.get("norm") or normalize(r.get("text") or "")).dates):
        return rows
    return [{**r, "undated": True} if r.get("kind") == "table_row" and r.get("id") != hit_id else r for r in rows]


def _message_log(rows: list[dict], s: "ProposeSettings") -> bool:
    """A text file most of whose lines begin with a date and time (a chat export: "2025-12-16 15:30 李慧：…"),
    at least ``message_log_share`` of them."""
    if not s.message_line_pattern:
        return False
    n = sum(1 for r in rows if re.match(s.message_line_pattern, r.get("text") or ""))
    return n >= s.message_log_share * len(rows)


def _message_records_nothing(text: str, s: "ProposeSettings") -> bool:
    """A message (a chat or mail line) that proposes (``plan_line_words``: 下周, 再说), asks (ends with one
    of ``message_question_marks``) or reports an open problem (还没排, 一直没做) is no record of the thing done."""
    text = text.strip()
    return any(w in text for w in s.plan_line_words) or _open_problem(text, s) or (
        bool(text) and any(text.endswith(m) for m in s.message_question_marks))


def _line_date(h: EvidenceHit, rows: list[dict]) -> list[dict]:
    """For a line of a message log without a day of its own, the nearest line above it that has one (a
    mail's 发送时间, a chat's date line); [] when the line has its own or none is found."""
    at = next((i for i, r in enumerate(rows) if r.get("id") == h.passage_id), None)
    if at is None or any(d.precision == "day" for d in extract_facts(normalize(h.text or "")).dates):
        return []
    for r in reversed(rows[max(0, at - 15):at]):
        if any(d.precision == "day" for d in extract_facts(r.get("norm") or normalize(r.get("text") or "")).dates):
            return [r]
    return []


def _announces(text: str, s: "ProposeSettings") -> bool:
    """The passage dates something only as a plan (定于2025年11月28日进行…, 计划于…): an announcement."""
    found = extract_facts(normalize(text or "")).dates
    norm = normalize(text or "")
    return bool(found) and all(_planned(norm, d.span, s) for d in found)


def _is_log(path: str, ctx: Context) -> bool:
    rows = ctx.passages_by_path.get(path, [])
    return bool(rows) and rows[0].get("kind") == "sheet_row"


def _records_of_action(hits: list[EvidenceHit], elements, ctx: Context, unit_text: str = "") -> list[EvidenceHit]:
    """The hits whose records can show the unit's action carried out: a record hit counts only when
    it, its file's name, its sheet's name or its table's header row shows one of the unit's record
    elements (elements.yaml, ``kind: record``) — a training sign-in sheet is no record of a declaration
    review — or when the record fits this unit about as well as any other unit (its best score, within
    ``record_owner_margin``). Without record elements every record hit counts."""
    wanted = _record_elements(elements, ctx)
    hits = [h for h in hits if _record_topic_fits(h, unit_text, ctx, wanted)]
    if not wanted:
        return hits
    margin = ctx.settings.record_owner_margin
    return [h for h in hits if not _is_record_row(h)
            or h.score >= ctx.top_score.get(h.passage_id, 0.0) - margin  # about this unit as much as any
            or _shows_record_element(h, wanted, ctx)]


def _record_topic_fits(h: EvidenceHit, unit_text: str, ctx: Context, wanted: Sequence = ()) -> bool:
    """A record of a kind that serves only some requirements (``rating_rules.yaml`` ``record_topics``):
    a training sign-in sheet on information security records a training, not the security measures —
    unless the row's own sheet is named or headed for one of the unit's record elements ``wanted``
    (a sheet 应急处置记录 in a workbook 培训及应急记录.xlsx)."""
    if not _is_record_row(h) or not (ctx.settings.record_topics or ctx.settings.unit_records):
        return True
    where = _record_context(h, ctx)
    for rule in ctx.settings.record_topics:
        here = f"{where} {h.text or ''}" if rule.get("in_text") else where
        if any(w in here for w in rule.get("record", ())) and not any(w in unit_text for w in rule.get("unit", ())) \
                and not _sheet_shows(h, wanted, ctx):
            return False
    for rule in ctx.settings.unit_records:
        if any(w in unit_text for w in rule.get("unit", ())) and not any(
                w in where or w in (h.text or "") for w in rule.get("record", ())):
            return False
    return True


def _records_show_element(hits: list[EvidenceHit], elements, ctx: Context, unit_text: str,
                           start: dt.date) -> bool:
    """Some record hit of a kind that serves the unit (``record_topics``: a training on export refunds
    is no refund file) shows one of its record elements (elements.yaml) in its text, its file's or
    sheet's name or its header row; True when the unit has no record elements. A row of a sheet counts
    only when its sheet has a row dated from ``start`` on (a check log that ends before
    the window is not the record beside an incident report inside it)."""
    wanted = _record_elements(elements, ctx)
    return not wanted or any(_is_record_row(h) and _record_topic_fits(h, unit_text, ctx, wanted)
                             and _shows_record_element(h, wanted, ctx)
                             and _sheet_reaches(h, ctx, start) for h in hits)


def _stale_logs(hits: list[EvidenceHit], elements, ctx: Context, start: dt.date) -> list[tuple[object, dt.date]]:
    """Record elements kept as a log of their own — a sheet whose name shows the element (应急演练 beside
    培训签到) — whose rows all date from before the window, while another record element of the unit has
    records in it: the drill was last held before the window though the training was inside it."""
    from .elements import element_in

    wanted = _record_elements(elements, ctx)
    if len(wanted) < 2:
        return []
    stale, current = {}, set()
    for h in hits:
        sheet = _sheet_name(h.locator)
        if not sheet or not _is_record_row(h):
            continue
        name = _log_name(h.path, sheet)
        rows = _sheet_rows(h.path, sheet, ctx)
        dates = [d.date for d in _dates(rows, start, ctx.profile.as_of, ctx.settings) if d.date <= ctx.profile.as_of]
        if not dates:
            continue
        for e in wanted:
            stems = _record_stems(e, ctx.settings)
            named = element_in(e, name) or (stems and element_in(replace(e, any=stems), name))
            if not named:
                continue
            if max(dates) >= start:
                current.add(e.id)
            else:
                stale[e.id] = max(max(dates), stale.get(e.id, max(dates)))
    if not current:
        return []
    return [(e, stale[e.id]) for e in wanted if e.id in stale and e.id not in current]


def _sheet_reaches(h: EvidenceHit, ctx: Context, start: dt.date) -> bool:
    """The hit's sheet has a row dated in the window (or no date at all); a hit that is no sheet row
    (a row of a document's table, a paragraph) is not one whose own dates all lie before the window
    (2025-06-10 | 信息安全培训 in a sign-in summary of the year before)."""
    sheet = _sheet_name(h.locator)
    if not sheet:
        own = [d.date for d in _dates([{"text": h.text or ""}], start, ctx.profile.as_of, ctx.settings)
               if d.day and d.date <= ctx.profile.as_of]
        return not own or max(own) >= start
    rows = _sheet_rows(h.path, sheet, ctx)
    dates = [d.date for d in _dates(rows, start, ctx.profile.as_of, ctx.settings)]
    return not dates or any(start <= d <= ctx.profile.as_of for d in dates)


def _is_record_row(h: EvidenceHit) -> bool:
    """A record passage the matcher found (not one a rule added: an item folder's file, a finding)."""
    return h.why.get("kind") == "record" and not h.why.get("from")


def _record_elements(elements, ctx: Context) -> list:
    """The unit's record elements required of this enterprise (none without elements)."""
    if elements is None or isinstance(elements, dict):
        return []
    return [e for e in elements.required(ctx.profile.flags) if e.kind == "record"]


def _shows_record_element(h: EvidenceHit, wanted: list, ctx: Context) -> bool:
    """The record, read with its file's and sheet's names and header row, shows one of ``wanted`` — not
    in a cell that only gives a reason or a note ("事由: 端午假期巡查" on a key log is no patrol record) or
    says who took part ("部门/单位: 客户服务部" on a sign-in sheet makes no session a client training).
    A row of a sheet is a record: its log's name (the file's or the sheet's) may give an element word
    without its record suffix (a row of the sheet 车辆检查 is a 车辆检查记录)."""
    from .elements import element_in

    skip = ctx.settings.record_note_labels + ctx.settings.record_who_labels
    own = " | ".join(c for c in (h.text or "").split(" | ")
                     if not (":" in c and any(w in c.partition(":")[0] for w in skip)))
    context = _record_context(h, ctx)
    text = normalize(" ".join((own, context)))
    if any(element_in(e, text) for e in wanted):
        return True
    # a row that names an event and what was done (``短装|短少&报告|补发``), the event often told in its
    # 事由 or 说明 cell (事由: 尾随员工欲进东门 … 已劝离)
    row = normalize(h.text or "")
    if any(element_in(r, row) for r in filter(None, map(_row_words, wanted))):
        return True
    sheet = _sheet_name(h.locator)
    if not sheet:
        # a report is one record: its opening (the incident, what was done, "书面报告义乌海关") says what it
        # records, not only the passage the matcher picked (its title)
        rows = ctx.passages_by_path.get(h.path, [])
        if rows and rows[0].get("kind") != "sheet_row":
            head = normalize(" ".join([context] + [r.get("text") or "" for r in rows[: ctx.settings.document_head_passages]]))
            # (not by the words a single row says — an event and what was done: across a report's opening
            # paragraphs they meet by chance, ERP in one and 已关闭 in another)
            return any(element_in(e, head) for e in (_row_words(e, only=False) for e in wanted) if e is not None)
        return False
    name = _log_name(h.path, sheet)
    return any(_log_named_for(e, name, text, ctx.settings) for e in wanted)


def _row_words(e, only: bool = True):
    """The record element with only the words a row of the record itself says — an event and what was
    done about it (``短装|短少&报告|补发``) — or, with ``only`` false, without them; None when none are left."""
    words = tuple(w for w in e.any if ("&" in w) == only)
    return replace(e, any=words) if words else None


def _log_named_for(e, name: str, where: str, s: "ProposeSettings") -> bool:
    """A log named for the record element without its record suffix: the sheet 突发事件处置 is a
    处置记录, the sheet 车辆检查 a 车辆检查记录 (``where``: its names and header, for the element's
    other words)."""
    from .elements import element_in, word_in

    stems = _record_stems(e, s)
    return bool(stems) and any(word_in(w, name) for w in stems) and element_in(replace(e, any=stems), where)


def _minus_named_logs(coverage, elements, good: list[EvidenceHit], ctx: Context):
    """The coverage without the record elements a log stands for by its name (the rows of a sheet
    突发事件处置 are the 处置记录 asked for, though no row says 处置记录), whether the log was found by
    its name or by the matcher: not listed as not seen."""
    from .support import Coverage

    named = [h for h in good if h.why.get("found_by") == "log_name" or _is_record_row(h)]
    if coverage is None or not coverage.missing or not named or elements is None or isinstance(elements, dict):
        return coverage
    s = ctx.settings
    shown = set()
    for e in _record_elements(elements, ctx):
        for h in named:
            sheet = _sheet_name(h.locator)
            name = _log_name(h.path, sheet)
            where = normalize(" ".join((name, _sheet_head(h.path, sheet, ctx))))
            if e.id in coverage.missing and (_log_named_for(e, name, where, s) or _shows_record_element(h, [e], ctx)):
                shown.add(e.id)
    if not shown:
        return coverage
    keep = [(m, lab) for m, lab in zip(coverage.missing, coverage.missing_pairs()) if m not in shown]
    return Coverage(coverage.covered + tuple(sorted(shown)), tuple(m for m, _ in keep), tuple(lab[0] for _, lab in keep),
                    coverage.by, tuple(lab[1] for _, lab in keep))


def _record_stems(e, s: "ProposeSettings") -> tuple[str, ...]:
    """An element's record words without their record suffix (车辆检查记录 → 车辆检查), those only."""
    out = []
    for word in e.any:
        if "&" in word:
            continue  # (an event and what was done: no log name)
        for suffix in s.record_word_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= s.record_word_stem_min:
                out.append(word[: -len(suffix)])
                break
    return tuple(dict.fromkeys(out))


def _record_context(h: EvidenceHit, ctx: Context) -> str:
    """What tells what a record row is about besides its own text: its file's name, its sheet's name
    and its table's header row."""
    sheet = _sheet_name(h.locator)
    return " ".join((Path(h.path.split("!")[-1]).stem, sheet, _sheet_head(h.path, sheet, ctx),
                     _row_heading(h.passage_id, ctx)))


def _sheet_shows(h: EvidenceHit, wanted, ctx: Context) -> bool:
    """The name or the column names of the row's own sheet (not its file's name, nor a title or a session's
    topic above its table) show one of the elements ``wanted``."""
    from .elements import element_in

    sheet = _sheet_name(h.locator)
    if not sheet or not wanted:
        return False
    own = normalize(f"{sheet} {(ctx.passage(h.passage_id) or {}).get('header') or ''}")
    return any(element_in(e, own) for e in wanted)


def _sheet_name(locator: str | None) -> str:
    """The sheet of a workbook row's locator (``台账!A3:F3`` → ``台账``); "" for other passages."""
    return locator.split("!")[0] if locator and "!" in locator else ""


def _by_sheet(rows: list[dict]) -> dict[str, list[dict]]:
    """A workbook's passages grouped by sheet, each sheet's rows in order."""
    sheets: dict[str, list[dict]] = {}
    for r in rows:
        sheets.setdefault(_sheet_name(r.get("locator")), []).append(r)
    return sheets


def _sheet_head(path: str, sheet: str, ctx: Context) -> str:
    """The first row (title or header) of a sheet of a file; "" without a sheet."""
    rows = _sheet_rows(path, sheet, ctx) if sheet else []
    return (rows[0].get("text", "") or "") if rows else ""


def _column_labels(path: str, sheet: str, ctx: Context) -> str:
    """A sheet's first row, normalised, when it is a header of column labels (cells, no values); "" else."""
    head = normalize(_sheet_head(path, sheet, ctx))
    return head if " | " in head and ":" not in head else ""


def _log_name(path: str, sheet: str) -> str:
    """What a log is called: its file's name and its sheet's, normalised (not the header: a column is no log)."""
    return normalize(" ".join((Path(path.split("!")[-1]).stem, sheet)))


def _sheet_rows(path: str, sheet: str, ctx: Context) -> list[dict]:
    """The passages of one sheet of a workbook, in order (the run's list: not to be changed)."""
    return _sheets_of(path, ctx).get(sheet, [])


def _per_run(ctx: Context, key: tuple, find: Callable[[], T]) -> T:
    """``find()``, found once per run under ``key`` in the run's ``file_memo``: ``find`` must answer from
    files already read through ``passages_by_path`` (so a unit's re-check memo knows them)."""
    if key not in ctx.file_memo:
        ctx.file_memo[key] = find()
    return ctx.file_memo[key]


def _sheets_of(path: str, ctx: Context) -> dict[str, list[dict]]:
    """:func:`_by_sheet` of a file's passages, found once per run (the run's dict: not to be changed)."""
    rows = ctx.passages_by_path.get(path, [])
    return _per_run(ctx, ("sheets", path), lambda: _by_sheet(rows))


def _open_problem(text: str, s: "ProposeSettings") -> bool:
    """The text reports a problem not yet solved: a finding word or pattern, or a cell whose status is
    only "postponed" (状态: 推迟); and no resolved word, nor an outcome cell saying what was done about it."""
    if any(_resolved(w, text, s) for w in s.resolved_words) or _handled(text, s) or _done_on_a_day(text, s):
        return False
    return any(_stated(w, text, s) for w in s.finding_words) or any(re.search(p, text) for p in s.finding_patterns) \
        or any(c.partition(":")[2].strip() in s.pending_status_values for c in text.split(" | ") if ":" in c)


def _done_on_a_day(text: str, s: "ProposeSettings") -> bool:
    """A row of a log (cells "label: value") that says its problem was put right on a given day
    (``resolved_patterns``: 发现问题: 窗锁损坏 | 处理: 1月18日更换; 修缮情况: 2026-03-20更换). Only rows: in a
    paragraph listing several findings, one put right says nothing of the others."""
    return " | " in text and any(re.search(p, text) for p in s.resolved_patterns)


def _handled(text: str, s: "ProposeSettings") -> bool:
    """A row of a log with an outcome cell (``handled_labels``: 处置结果: 修改申报后放行) that is filled and
    reports nothing still open itself: the row records a case the control caught and handled (预警类型:
    归类异常 | 规则: 品名与商品编码逻辑不符), its finding words say what was caught."""
    if not s.handled_labels or " | " not in text:
        return False
    for cell in text.split(" | "):
        label, _, value = cell.partition(":")
        value = value.strip()
        if value and any(w in label for w in s.handled_labels) and value not in s.pending_status_values \
                and not any(w in value for w in s.open_status_words) \
                and not any(_stated(w, value, s) for w in s.finding_words) \
                and not any(re.search(p, value) for p in s.finding_patterns):
            return True
    return False


def _labelled_cells(p: dict, rows: list[dict]) -> tuple[list[str], list[str]]:
    """(labels, values) of a row's cells ("期限: 2026-07-31"); a row without labels of its own is read
    under its table's header row when that has as many cells (labels all "" otherwise)."""
    cells = [c.strip() for c in (p.get("norm") or normalize(p.get("text") or "")).split(" | ")]
    labels = [c.partition(":")[0].strip() if ":" in c else "" for c in cells]
    values = [c.partition(":")[2].strip() if ":" in c else c for c in cells]
    if not any(labels) and p.get("id") is not None:
        from .roles import _table_rows

        same = _table_rows(p, rows)
        if same and same[0].get("id") != p.get("id"):
            head = [c.strip() for c in normalize(same[0].get("text") or "").split(" | ")]
            if len(head) == len(cells):
                labels = head
    return labels, values


def _quoted_findings(unit, pointers: list[EvidenceHit], ctx: Context) -> list[EvidenceHit]:
    """Rows of a consultant's gap list or a self-assessment table that quote the unit's own text in one cell
    (条款（标准原文摘录） | 发现 | 建议) and report, in the other cells, that it is not met ("2026年未演练"):
    the quotation is never evidence that the unit is met, but its finding is a finding."""
    from rapidfuzz import fuzz

    s = ctx.settings
    if not s.quoted_finding_similarity:
        return []
    want = normalize(unit.text or "")
    out: list[EvidenceHit] = []
    for h in pointers:
        if h.why.get("role") != "quotation" or h.score < s.evidence_min:
            continue
        p = ctx.passage(h.passage_id)
        if p is None or p.get("kind") not in ("sheet_row", "table_row"):
            continue
        cells = [c.strip() for c in (p.get("norm") or normalize(p.get("text") or "")).split(" | ")]
        values = [c.partition(":")[2].strip() if ":" in c else c for c in cells]
        quote_at = max(range(len(values)), key=lambda i: fuzz.partial_ratio(want, values[i]), default=None)
        if quote_at is None or len(values[quote_at]) < 8 or \
                fuzz.partial_ratio(want, values[quote_at]) < s.quoted_finding_similarity:
            continue  # the row quotes another unit
        rest = " | ".join(c for i, c in enumerate(cells) if i != quote_at)
        if rest and _open_problem(rest, s) and not any(_resolved(w, rest, s) for w in s.resolved_words):
            out.append(replace(h, why={**h.why, "kind": "record", "from": "quoted_finding"}))
    return out


def _gap_list_row(h: EvidenceHit, ctx: Context) -> bool:
    """A row of a gap list (a consultant's 差距分析 "条目 | 现状 | 差距 | 建议") whose cell under a gap label
    (``gap_list_labels``) is filled and does not say there is none (``gap_list_none``: 无明显差距), and that
    no resolved word closes: an open problem of what the row names, whatever its words."""
    s = ctx.settings
    if not s.gap_list_labels:
        return False
    rows = ctx.passages_by_path.get(h.path, [])
    p = ctx.passage(h.passage_id)
    if p is None or p.get("kind") not in ("sheet_row", "table_row"):
        return False
    text = p.get("norm") or normalize(p.get("text") or "")
    if any(_resolved(w, text, s) for w in s.resolved_words):
        return False
    labels, values = _labelled_cells(p, rows)
    if not any(labels):
        return False
    return any(any(w in label for w in s.gap_list_labels) and value.strip("。.；;") not in s.gap_list_none
               for label, value in zip(labels, values) if value)


def _occurs(word: str, text: str, void) -> bool:
    """``word`` occurs in ``text`` at least once where ``void(at)`` (its position) does not cancel it."""
    at = text.find(word)
    while at >= 0:
        if not void(at):
            return True
        at = text.find(word, at + 1)
    return False


def _resolved(word: str, text: str, s: "ProposeSettings") -> bool:
    """``word`` (已关闭) occurs in ``text`` once at least without a count of none after it (已关闭 0 项)."""
    return _occurs(word, text, lambda at: bool(
        s.resolved_void_after and re.match(s.resolved_void_after, text[at + len(word):])))


def _stated(word: str, text: str, s: "ProposeSettings") -> bool:
    """``word`` occurs in ``text`` at least once without a negator right before it (无超期 is no overdue),
    nor before a run of finding words that ends right before it (无超期未归档: nothing overdue unfiled)."""
    return _occurs(word, text, lambda at: _negated_at(at, text, s))


def _negated_at(at: int, text: str, s: "ProposeSettings") -> bool:
    """A negator ends at ``at``, or a finding word ends there that is itself negated."""
    head = text[:at]
    if any(head.endswith(n) for n in s.finding_negators):
        return True
    clause = re.split(r"[，。；,;|]", head)[-1]
    if any(n in clause for n in s.finding_clause_negators):
        return True  # 本公司近两年内不存在海关责令限期改正而逾期不改、…: a list of what did not happen
    return any(len(w) < at and head.endswith(w) and _negated_at(at - len(w), text, s) for w in s.finding_words)


def _findings(item: Item, unit_id: str, hits: list[EvidenceHit], ctx: Context) -> list[EvidenceHit]:
    """Record passages that report an open problem (未修复、不足、整改中 …) of the unit: among its hits,
    those sharing enough core concepts with it when it is the sub-item of its item they match best;
    and the audit finding rows naming its item that are given to it (:func:`_named_findings`)."""
    s = ctx.settings
    out: list[EvidenceHit] = []
    overdue = ctx.overdue_ids()
    for h in hits:
        gap_row = _gap_list_row(h, ctx)
        if not (gap_row or _open_problem(h.text, s) or h.passage_id in overdue) or not _may_report(h, ctx) \
                or _attendance_problem(item, unit_id, h.text, ctx):
            continue  # (a tracker row still open past its deadline reports its problem whatever its words)
        owner = ctx.best_unit.get(h.passage_id, {}).get(item.id)
        # a gap list's row names its subject in a few words (客户实地考察): one core concept of the unit it
        # fits best is enough
        need = max(1, s.finding_unclear_core_concepts) if gap_row else s.finding_core_concepts
        if h.why.get("core_hits", 0) >= need and (owner is None or unit_id in owner
                                                  or _problem_names_unit(h.text, unit_id, ctx, besides=owner)):
            out.append(h)  # (a sibling fits the passage better, but its problem clause names a term only this unit has)
    seen = {h.passage_id for h in out}
    for p in ctx.named_findings().get(unit_id, []):
        if p.get("id") not in seen and not p.get("loose") and not _attendance_problem(item, unit_id, p.get("text"), ctx):
            out.append(_passage_hit(p, 0.0, {"kind": "record", "from": "finding"}))
    return out


def _gap_cells(unit, hits: list[EvidenceHit], ctx: Context, start: dt.date) -> list[tuple[dict, str]]:
    """Cells of the unit's record logs that say one of its steps was not done: "合同安全条款: 无",
    "工作经历核实: 未核实", "评估方式: 未评估" — in every dated-in-window or undated row of a sheet
    among its record hits (the whole list, not only the rows the matcher found), when the cell's label
    names one of the unit's core terms or record words, or the "未…" verb stands in its requirement;
    and only where such rows are at least ``gap_min_share`` of the list. Returns (row, cell) pairs."""
    s = ctx.settings
    if not (s.gap_values or s.gap_value_patterns):
        return []
    level = ctx.assessment.level if ctx.assessment else ctx.profile.level
    lex = ctx.lexicon.unit(level, unit.id) if ctx.lexicon and ctx.assessment else None
    elements = ctx.elements.get((level, unit.id))
    words = {normalize(t) for t in (lex.core if lex else ()) if len(t) >= 2}
    for e in _record_elements(elements, ctx):
        words.update(normalize(w) for a in e.any for w in re.split(r"[|&]", a) if len(w) >= 2)
    text = normalize(unit.text or "")
    out: list[tuple[dict, str]] = []
    seen: set[tuple[str, str]] = set()
    for h in hits:
        if h.why.get("kind") not in s.gap_row_kinds or h.why.get("from") or h.score < s.evidence_min:
            continue  # (a list row without a date reads as "other": 合同含安全条款: 否 is still a gap)
        sheet = _sheet_name(h.locator)
        if not sheet or (h.path, sheet) in seen:
            continue
        seen.add((h.path, sheet))
        rows = _sheet_rows(h.path, sheet, ctx)
        step_columns = _step_columns(rows, lex, elements, ctx)
        leaving = _leaving_columns(rows, step_columns, s)
        found: list[tuple[dict, str]] = []
        blanks: list[tuple[dict, str]] = []
        skipped_on_leaving: list[tuple[dict, str]] = []
        counted = due = left = 0
        for row in rows[1:]:
            row_text = row.get("norm") or normalize(row.get("text") or "")
            days = [d.date for d in extract_facts(row_text).dates if d.precision == "day"]
            if days and not any(start <= d <= ctx.profile.as_of for d in days):
                continue
            counted += 1
            cell = _gap_cell(row_text, words, text, s)
            labels = _row_labels(row_text)
            # the step columns this row should fill: not one done on leaving in the row of someone still employed
            owed = [c for c in step_columns if not _not_left_yet(c, labels, leaving, s)]
            due += bool(owed)
            on_leaving = [c for c in owed if _done_on_leaving(c, labels, leaving, s)]
            left += bool(on_leaving)
            if cell:
                found.append((row, cell))
            elif len(labels) >= s.gap_row_min_cells:
                # a step's column left blank (empty cells are not in the row's text)
                blank = next((c for c in owed if c not in labels), "")
                if blank:
                    blanks.append((row, f"{blank}: {s.gap_blank}"))
                gone = next((c for c in on_leaving if c not in labels), "")
                if gone:
                    skipped_on_leaving.append((row, f"{gone}: {s.gap_blank}"))
        if found and len(found) >= s.gap_min_share * counted:
            out.extend(found)  # a step skipped for one client in twenty is an exception, not a gap
        if blanks and len(blanks) >= s.gap_blank_min_share * due:
            out.extend(blanks)  # … and a column mostly left blank, in the rows it was owed, is a step mostly not recorded
        elif skipped_on_leaving and len(skipped_on_leaving) >= s.gap_blank_leaving_min_share * left:
            # … and the badge not taken back, the account not closed, for a few of those who left: the step
            # was skipped for them, however many others it was done for
            out.extend(skipped_on_leaving)
    return out


def _is_draft(path: str, ctx: Context) -> bool:
    """The file is a draft not issued (草稿, 讨论稿, 征求意见稿 in its name or its first lines)."""
    return path in ctx.draft_files()


def _drafts(passages_by_path: dict[str, list[dict]], s: "ProposeSettings") -> set[str]:
    """Paths of the bundle's drafts: ``draft_words`` in the file's name or its first three passages."""
    if not s.draft_words:
        return set()
    return {path for path, rows in passages_by_path.items()
            if any(w in " ".join([Path(path.split("!")[-1]).stem] + [r.get("text") or "" for r in rows[:3]])
                   for w in s.draft_words)}


def _empty_register(elements, ctx: Context) -> Msg | None:
    """A register the bundle hands in empty — a sheet with a header row and nothing under it — whose name
    (file and sheet) is that of one of the unit's record elements (铅封台账 for 封条使用记录): the register
    is not kept, whatever else mentions the thing."""
    from .elements import element_in

    wanted = _record_elements(elements, ctx)
    if not wanted:
        return None
    for path, sheet in ctx.empty_registers():
        name = _log_name(path, sheet)
        for e in wanted:
            if element_in(e, name):
                return Msg("empty_register", cite=cite(path, None, sheet), label=element_labels([e]))
    return None


def _empty_sheets(passages_by_path: dict[str, list[dict]], s: "ProposeSettings") -> list[tuple[str, str]]:
    """(path, sheet) of every sheet with a header row and nothing under it, named as a register
    (``empty_register_words``: 台账, 登记)."""
    out = []
    if not s.empty_register_words:
        return out
    for path, rows in passages_by_path.items():
        if not rows or rows[0].get("kind") != "sheet_row":
            continue
        out += [(path, sheet) for sheet, srows in _by_sheet(rows).items()
                if len(srows) == 1 and any(w in sheet for w in s.empty_register_words)]
    return out


def _parts_not_recorded(hits: list[EvidenceHit], elements, ctx: Context, start: dt.date) -> Msg | None:
    """A check log kept as a list of parts (its header's columns show at least ``log_parts_min`` of the
    unit's part elements, ``part: true`` in elements.yaml: 前壁 | 左侧 | 右侧 | 地板 | 箱门) that has no
    column for others (顶部, 外部/起落架) and rows in the window: those parts are never recorded as checked."""
    from .elements import element_in

    s = ctx.settings
    wanted = [e for e in _record_elements(elements, ctx) if e.part]
    if not s.log_parts_min or len(wanted) < s.log_parts_min:
        return None
    for h in hits:
        sheet = _sheet_name(h.locator)
        if not sheet or not _is_record_row(h) or not _sheet_reaches(h, ctx, start):
            continue
        head = _column_labels(h.path, sheet, ctx)
        if not head:
            continue  # no header row of column labels
        shown = [e for e in wanted if element_in(e, head)]
        missing = [e for e in wanted if e not in shown]
        if len(shown) >= s.log_parts_min and missing:
            return Msg("record_parts_missing", cite=cite(h.path, None, sheet),
                       labels=element_labels(missing))
    return None


def _columns_not_recorded(hits: list[EvidenceHit], elements, ctx: Context, start: dt.date) -> Msg | None:
    """The unit's register (a log whose names or header row show one of its record elements that is not a
    column) kept with a header row of column labels and rows in the window, without a column for a step
    the unit asks to record (``column: true`` in elements.yaml: 证件号 in a visitor log), which no other
    record hit and no other log of the unit's subject (its core terms) with rows in the window shows: that
    step is not recorded."""
    from .elements import element_in

    wanted = _record_elements(elements, ctx)
    columns = [e for e in wanted if e.column]
    registers = [e for e in wanted if not e.column]
    if not columns or not registers:
        return None
    logs: dict[tuple[str, str], str] = {}
    for h in hits:
        sheet = _sheet_name(h.locator)
        if not sheet or not _is_record_row(h) or (h.path, sheet) in logs or not _sheet_reaches(h, ctx, start):
            continue
        head = _column_labels(h.path, sheet, ctx)
        if not head:
            continue  # no header row of column labels
        where = normalize(f"{_log_name(h.path, sheet)} {head}")
        if any(element_in(e, where) for e in registers):
            logs[(h.path, sheet)] = where
    if not logs:
        return None
    unshown = [e for e in columns if not any(element_in(e, w) for w in logs.values())]
    if not unshown:
        return None
    said = ctx.settings.unrecorded_words
    others = [normalize(" ".join([c for c in _CLAUSE.split(normalize(h.text or "")) if not any(w in c for w in said)]
                                 + [_record_context(h, ctx)]))
              for h in hits if _is_record_row(h) and (h.path, _sheet_name(h.locator)) not in logs
              and " | " in (h.text or "")  # another log's row, not a sentence about the step in a rule or report
              and not _open_problem(h.text or "", ctx.settings)]  # (来访登记未记录证件号码 records no 证件号)
    unshown = [e for e in unshown if not any(element_in(e, t) for t in others)]
    terms = [normalize(t) for t in _core_terms(elements.unit_id, ctx)]
    if unshown and terms:
        for path, rows in ctx.passages_by_path.items():
            if not rows or rows[0].get("kind") != "sheet_row":
                continue
            for sheet, srows in _sheets_of(path, ctx).items():
                if (path, sheet) in logs or len(srows) < 2:
                    continue
                where = normalize(f"{_log_name(path, sheet)} {srows[0].get('text') or ''}")
                if any(t in where for t in terms) and any(element_in(e, where) for e in unshown) and any(
                        start <= d.date <= ctx.profile.as_of for d in _dates(srows[1:], start, ctx.profile.as_of,
                                                                            ctx.settings)):
                    unshown = [e for e in unshown if not element_in(e, where)]
    if not unshown:
        return None
    path, sheet = next(iter(logs))
    return Msg("record_columns_missing", cite=cite(path, None, sheet), labels=element_labels(unshown))


def _rosters(passages_by_path: dict[str, list[dict]], s: "ProposeSettings") -> list[tuple[str, str, list[str]]]:
    """(path, sheet, entries) of the bundle's lists of partners or clients: sheets named with one of
    ``roster_words`` and one of ``roster_unit_words`` (合作方清单), their entries the values of the cells
    labelled so (or 名称), at least ``roster_min_entries`` of them."""
    out = []
    if not s.roster_words:
        return out
    for path, rows in passages_by_path.items():
        if not rows or rows[0].get("kind") != "sheet_row":
            continue
        sheets = _by_sheet(rows)
        for sheet, srows in sheets.items():
            name = _log_name(path, sheet)
            if not any(w in name for w in s.roster_words) or not any(w in name for w in s.roster_unit_words):
                continue
            keys = [c.partition(":")[2].strip() for r in srows[1:]
                    for c in (r.get("norm") or normalize(r.get("text") or "")).split(" | ")
                    if any(w in c.partition(":")[0] for w in s.roster_unit_words + ("名称",))]
            keys = list(dict.fromkeys(k for k in keys if len(k) >= 4))
            if len(keys) >= s.roster_min_entries:
                out.append((path, sheet, keys))
    return out


def _roster_gap(unit_text: str, hits: list[EvidenceHit], ctx: Context, start: dt.date) -> Msg | None:
    """A list of whom a periodic unit (``roster_unit_periodic``: 定期复评) must cover (a sheet named
    合作方清单, 客户名录: ``roster_words`` and ``roster_unit_words``) whose entries the unit's other record
    logs dated in the window name only in part
    (7 of 12 partners re-assessed): the shortfall, when the entries not named are at least
    ``roster_missing_min_share`` of the list. The list must be the logs' own: half of the window's rows
    name one of its entries."""
    s = ctx.settings
    if not s.roster_words or not any(w in unit_text for w in s.roster_unit_words) \
            or not any(w in unit_text for w in s.roster_unit_periodic):
        return None
    as_of = ctx.profile.as_of
    logs = {(h.path, _sheet_name(h.locator)) for h in hits if _is_record_row(h) and _sheet_name(h.locator)}
    dated: dict[tuple[str, str], list[str]] = {}
    for path, sheet in sorted(logs):
        for r in _sheet_rows(path, sheet, ctx)[1:]:
            t = r.get("norm") or normalize(r.get("text") or "")
            if any(d.precision == "day" and start <= d.date <= as_of for d in extract_facts(t).dates):
                dated.setdefault((path, sheet), []).append(t)
    for path, sheet, keys in ctx.roster_lists():
        done = [t for log, texts in dated.items() if log != (path, sheet) for t in texts]
        if not done:
            continue
        named = sum(1 for t in done if any(k in t for k in keys))
        if named < 0.5 * len(done):
            continue  # a list of others than the logs are about
        missing = [k for k in keys if not any(k in t for t in done)]
        if missing and len(missing) >= s.roster_missing_min_share * len(keys):
            return Msg("roster_not_covered", cite=cite(path, None, sheet), total=len(keys),
                       seen=len(keys) - len(missing), names=quote("、".join(missing[:3])))
    return None


def _leaving_columns(rows: list[dict], step_columns: list[str], s: "ProposeSettings") -> list[str]:
    """The columns of a roster's header that say when someone left (``gap_blank_leaving_labels``: 离职日期),
    not being a step's own column (离职交接(门禁卡/电脑/账号))."""
    if not rows or not s.gap_blank_leaving_labels:
        return []
    head = rows[0].get("norm") or normalize(rows[0].get("text") or "")
    return [c.strip() for c in head.split(" | ") if c.strip() and c.strip() not in step_columns
            and any(w in c for w in s.gap_blank_leaving_labels)]


def _not_left_yet(column: str, labels: set[str], leaving: list[str], s: "ProposeSettings") -> bool:
    """``column`` records a step done when someone leaves (``gap_blank_leaving_steps``: 工牌收回, 系统账号注销)
    in a roster with a leaving column (``leaving``: 离职日期) that this row leaves blank (``labels``: its
    filled cells): the person has not left, so nothing was to be taken back."""
    return bool(leaving) and any(w in column for w in s.gap_blank_leaving_steps) and \
        not any(c in labels for c in leaving)


def _done_on_leaving(column: str, labels: set[str], leaving: list[str], s: "ProposeSettings") -> bool:
    """``column`` records a step done when someone leaves (``gap_blank_leaving_steps``) in a roster whose
    leaving column (``leaving``: 离职日期) this row fills: the person left, the step was owed."""
    return bool(leaving) and any(w in column for w in s.gap_blank_leaving_steps) and any(c in labels for c in leaving)


def _row_labels(row_text: str) -> set[str]:
    return {c.partition(":")[0].strip() for c in row_text.split(" | ") if ":" in c}


def _step_columns(rows: list[dict], lex, elements, ctx: Context) -> list[str]:
    """The columns of a sheet that record one of the unit's steps: their label shows one of its record
    elements (现场监装人, 工牌收回, 系统账号注销), in its header row (a sheet without one has none)."""
    from .elements import element_in

    if not rows:
        return []
    head = rows[0].get("norm") or normalize(rows[0].get("text") or "")
    is_header = " | " in head and ":" not in head and not any(ch.isdigit() for ch in head)
    columns = [c.strip() for c in head.split(" | ")] if is_header else []
    wanted = _record_elements(elements, ctx)
    s = ctx.settings
    return [c for c in columns if c and any(element_in(e, c) for e in wanted)
            and (not any(w in c for w in s.gap_blank_label_not) or any(w in c for w in s.gap_blank_step_words))]


def _gap_cell(row_text: str, words: set[str], unit_text: str, s: "ProposeSettings") -> str:
    """The first cell "label: value" of a row whose value says the labelled step was not done."""
    for cell in row_text.split(" | "):
        label, sep, value = cell.partition(":")
        if not sep:
            continue
        label, value = label.strip(), value.strip()
        verb = next((m for p in s.gap_value_patterns for m in [re.fullmatch(p, value)] if m), None)
        if not label or (verb is None and (value not in s.gap_values or any(w in label for w in s.gap_label_not)
                                           or (value in s.gap_none_values
                                               and not label.endswith(tuple(s.gap_none_labels))))):
            continue
        done = verb.group("verb") if verb is not None and "verb" in verb.groupdict() else ""
        if any(w in label for w in words) or (len(done) >= 2 and done[:2] in unit_text):
            return cell
    return ""


def _may_report(h: EvidenceHit, ctx: Context) -> bool:
    """The hit is of a kind whose open problems count (``finding_kinds``: records, statements, memos) —
    or reads like a rule (手册要求每年一次) inside a file that is no policy, by its name or by most of its
    passages, and admits in so many words that something was not done (``finding_patterns``; minutes:
    "应急演练：手册要求每年一次，至今未组织")."""
    s = ctx.settings
    if h.why.get("kind") in s.finding_kinds:
        return True
    if h.why.get("kind") != "policy" or _is_policy_file(h.path, s) or \
            not any(re.search(p, h.text or "") for p in s.finding_patterns):
        return False  # a rule's own condition (发现…不符的，立即…) is no admission: only the patterns are
    from .roles import file_role

    rows = ctx.passages_by_path.get(h.path, [])
    return bool(rows) and file_role(rows) not in ("policy", None)


def _deadline(labels: list[str], values: list[str], s: "ProposeSettings") -> dt.date | None:
    """The latest day written in a cell labelled with one of ``deadline_labels`` (期限: 2026-09-30)."""
    days = [d.date for label, value in zip(labels, values) if any(w in label for w in s.deadline_labels)
            for d in extract_facts(value).dates if d.precision == "day"]
    return max(days) if days else None


def _finding_number(labels: list[str], values: list[str], s: "ProposeSettings") -> str:
    """The item's number (编号: JH26-03), from a cell labelled with one of ``finding_number_labels``:
    letters, digits and dashes with two digits at least, so that neither a description nor a row's
    own count (F1, 3), which every table repeats, is taken for one."""
    for label, value in zip(labels, values):
        if any(w in label for w in s.finding_number_labels) and len(value) <= 20 \
                and re.fullmatch(r"[A-Za-z0-9\-_/.]+", value) and sum(c.isdigit() for c in value) >= 2:
            return value
    return ""


def _deadlines_by_number(files: dict[str, list[dict]], s: "ProposeSettings") -> dict[str, dt.date]:
    """Each numbered item's deadline where some row gives both (the audit report's table
    编号: JH26-03 | … | 期限: 2026-09-30), for a tracker that lists the same item without one."""
    out: dict[str, dt.date] = {}
    if not s.finding_number_labels or not s.deadline_labels:
        return out
    for rows in files.values():
        for p in rows:
            if p.get("kind") not in ("sheet_row", "table_row"):
                continue
            labels, values = _labelled_cells(p, rows)
            number, day = _finding_number(labels, values, s), _deadline(labels, values, s)
            if number and day:
                out[number] = max(day, out.get(number, day))
    return out


def _overdue(p: dict, rows: list[dict], s: "ProposeSettings", as_of: dt.date,
             deadlines: dict[str, dt.date] | None = None) -> bool:
    """A tracker row still open past its deadline: a cell saying only that (状态: 进行中（逾期）,
    ``overdue_status``), or an open status (``open_status_words``: 未完成, 进行中) beside a deadline
    (a cell or column labelled with ``deadline_labels``: 期限) before the assessment date. A row with no
    deadline of its own takes the one another row gives its number (``deadlines``, :func:`_deadlines_by_number`)."""
    if p.get("kind") not in ("sheet_row", "table_row"):
        return False
    cells = [c.strip() for c in (p.get("norm") or normalize(p.get("text") or "")).split(" | ")]
    values = [c.rpartition(":")[2].strip() for c in cells]
    if s.overdue_status and any(re.fullmatch(s.overdue_status, v) for v in values):
        return True
    if not s.deadline_labels or not any(v in s.open_status_words for v in values):
        return False
    labels = [c.partition(":")[0].strip() if ":" in c else "" for c in cells]
    if not any(labels):  # a table row without labels: its table's header row names the columns
        from .roles import _table_rows

        same = _table_rows(p, rows)
        head = [c.strip() for c in normalize(same[0].get("text") or "").split(" | ")] if same else []
        labels = head if len(head) == len(cells) else labels
    day = _deadline(labels, values, s)
    if day is None and deadlines:
        day = deadlines.get(_finding_number(labels, values, s))
    return day is not None and day < as_of


def _row_names(h: EvidenceHit, terms: list[str], ctx: Context) -> bool:
    """One of ``terms`` stands in a cell of the row that says what the row is about, not in its
    department, owner, source or date cell (``problem_description_not``: 责任部门: 门卫 is no gate problem);
    a row without labels is read under its table's header row."""
    s = ctx.settings
    p = ctx.passage(h.passage_id) or {"text": h.text or ""}
    labels, values = _labelled_cells(p, ctx.passages_by_path.get(h.path, []))
    return any(any(t in value for t in terms) for label, value in zip(labels, values)
               if not any(w in label for w in s.problem_description_not))


def _attendance_problem(item: Item, unit_id: str, text: str | None, ctx: Context) -> bool:
    """A sibling sub-item counts who attended (its threshold's ``required_roles``: 法定代表人…每年参加2次以上)
    and this one does not: a problem naming one of those roles, or of ``attendance_roles_also`` (法定代表人
    海关法规培训参加次数不足, 总经理未参加6月培训), is that sibling's, not this unit's."""
    s = ctx.settings
    roles = {u.id: {r for th in u.thresholds for r in s.required_roles.get(th.name, ())} for u in item.rated_units}
    counted = {r for uid, rs in roles.items() if uid != unit_id for r in rs}
    if not counted or roles.get(unit_id):
        return False
    counted |= set(s.attendance_roles_also)
    return any(r.role in counted for r in extract_facts(normalize(text or "")).roles)


def _possible_findings(item: Item, unit_id: str, hits: list[EvidenceHit], ctx: Context) -> list[EvidenceHit]:
    """Passages reporting an open problem that name only a few of the unit's core concepts
    (``finding_unclear_core_concepts``): too loosely tied to it to lower the rating, too close to let
    a 达标 pass unattended."""
    s = ctx.settings
    if not s.finding_unclear_core_concepts:
        return []
    out = []
    overdue = ctx.overdue_ids()
    for h in hits:
        if h.score < s.evidence_min:
            continue
        core = h.why.get("core_hits", 0)
        if not (s.finding_unclear_core_concepts <= core < s.finding_core_concepts) or not _may_report(h, ctx) \
                or _attendance_problem(item, unit_id, h.text, ctx):
            continue
        most, units = ctx.top_core.get(h.passage_id, (0, frozenset()))
        if s.finding_elsewhere_margin and most >= core + s.finding_elsewhere_margin and unit_id not in units:
            continue  # it names more of another unit's core concepts (法定代表人…培训不足 is the training unit's, not the
            #           one on corrections the legal representative organises): that unit's problem, not this one's
        owner = ctx.best_unit.get(h.passage_id, {}).get(item.id)
        if h.passage_id in overdue and (owner is None or unit_id in owner) and _row_names(
                h, _core_terms(unit_id, ctx), ctx):
            # a tracker row still open past its deadline (F2 | 供应商安全问卷回收率仅58% | … | 2026-07-31 | 进行中;
            # 查到的情况: 车辆检查栏空白较多 | 结论: 不符合 | 整改期限: 2026-08-31 | 整改情况: 未完成): its problem
            # is its row, which names the unit's core term, whichever cell says what is wrong
            out.append(h)
            continue
        if not _open_problem(h.text, s):
            continue
        if owner is None or unit_id in owner:
            if _problem_names_unit(h.text, unit_id, ctx):
                out.append(h)
        elif _problem_names_unit(h.text, unit_id, ctx, besides=owner):
            out.append(h)  # one of several findings in one passage (2. 车辆检查记录…未填写 3. 停车场…) is this unit's
    seen = {h.passage_id for h in out}
    for p in ctx.named_findings().get(unit_id, []):
        if p.get("loose") and p.get("id") not in seen and not _attendance_problem(item, unit_id, p.get("text"), ctx):
            out.append(_passage_hit(p, 0.0, {"kind": "record", "from": "finding"}))
    return out


_POINT_LABEL = re.compile(r"^\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*[.．、)）]\s*([^:：，,。；;|]{2,12})[:：]")  # 4. 应急演练：…
_CLAUSE = re.compile(r"[|；;。，,]|\s(?=[0-9]{1,2}\s*[.．、)）]\s*\S)")  # cells, sentence parts, numbered points


def _problem_names_unit(text: str, unit_id: str, ctx: Context, besides: set[str] | None = None) -> bool:
    """The clause (cell, sentence part, numbered point) that reports the problem names one of the unit's
    core terms: "问题来源: 内审 | 问题描述: 未开展信息安全培训" is a training problem, not an internal-audit one.
    A row whose only problem is a status cell ("状态: 未开展") is a problem of what the row is about.
    ``besides``: sibling units the passage fits better — then only a problem clause naming a core term of
    this unit that none of them has counts."""
    s = ctx.settings
    lex = ctx.lexicon.unit(ctx.assessment.level, unit_id) if ctx.lexicon and ctx.assessment else None
    if lex is None:
        return not besides
    norm = normalize(text)
    terms = _core_terms(unit_id, ctx)
    clauses = _CLAUSE.split(norm)
    problems = [c for c in clauses if _open_problem(c, s)]
    if besides:
        theirs = {t for u in besides for t in _core_terms(u, ctx)}
        own = [t for t in terms if t not in theirs]
        return any(any(t in c for t in own) for c in problems)
    if any(any(t in c for t in terms) for c in problems):
        return True
    label = _POINT_LABEL.match(norm) if " | " not in norm else None
    if label and any(t in label.group(1) for t in terms) and \
            any(re.search(pat, c) for c in problems for pat in s.finding_patterns):
        return True  # a numbered point of minutes or a mail labelled with its subject admits it (4. 应急演练：…，至今未组织)
    if problems and any(any(w in c.partition(":")[0] for w in s.problem_subject_labels)
                        and any(t in c.partition(":")[2] for t in terms) for c in norm.split(" | ") if ":" in c):
        return True  # a checklist row: its subject cell (检查项目: 车辆检查) says what the problem is about
    if len(problems) != 1 or ":" not in problems[0] or \
            len(problems[0].partition(":")[2].strip()) > s.problem_status_chars:
        return False
    if any(w in c.partition(":")[0] for c in clauses if ":" in c for w in s.problem_row_labels):
        return False  # a tracker row: its status is that of the problem it describes (来源: 内审 | 问题: …)
    if any(d.date > ctx.profile.as_of for d in extract_facts(norm).dates):
        return False  # planned for after the assessment date: not due yet
    return any(t in norm for t in terms)


def _core_terms(unit_id: str, ctx: Context) -> list[str]:
    lex = ctx.lexicon.unit(ctx.assessment.level, unit_id) if ctx.lexicon and ctx.assessment else None
    return [t for t in lex.core if len(t) >= 2] if lex else []


def _named_findings(assessment: Assessment, ctx: "Context") -> dict[str, list[dict]]:
    """Audit finding rows anywhere in the records that name an item ("4 | 商业伙伴安全 | …"), given to
    the sub-item(s) of the items of that title whose core terms (other than the title) the row holds
    most of: "场所安全 | 照明不足、路灯损坏" goes to the lighting sub-item, not the premises policy."""
    out: dict[str, list[dict]] = {}
    if ctx.lexicon is None:
        return out
    units_by_title: dict[str, list[str]] = {}
    terms: dict[str, list[str]] = {}
    for item, unit in assessment.rated_units():
        title = normalize(item.title)
        lex = ctx.lexicon.unit(assessment.level, unit.id)
        if lex is None:
            continue
        units_by_title.setdefault(title, []).append(unit.id)
        terms[unit.id] = sorted({normalize(t) for t in lex.core if len(t) >= 2} - {title})
    core = {uid: sorted({normalize(t) for t in ctx.lexicon.unit(assessment.level, uid).core if len(t) >= 2})
            for uids in units_by_title.values() for uid in uids}
    s = ctx.settings
    for p in ctx.problem_passages():
        norm = p.get("norm") or ""
        counts = {uid: sum(1 for t in terms[uid] if t in norm)
                  for title, uids in units_by_title.items() if title in norm for uid in uids}
        best = max(counts.values(), default=0)
        for uid, n in counts.items():
            if best >= 1 and n == best:
                out.setdefault(uid, []).append(p)
        if best >= 1 or not s.loose_problem_max_units:
            continue
        # a tracker row that describes the problem in its own words ("问题描述: 未见建筑物季度安全检查表 |
        # 状态: 未关闭"): a possible finding of the units whose core terms the description holds most of
        desc = _problem_description(norm, s)
        if desc and not any(w in c for c in norm.split(" | ") if desc not in c for w in s.open_status_words):
            continue  # no open status of its own: an error found and put right (差错登记), not an open item
        counts = {uid: sum(1 for t in terms if t in desc) for uid, terms in core.items()} if desc else {}
        best = max(counts.values(), default=0)
        owners = [uid for uid, n in counts.items() if n == best]
        if best >= 1 and len(owners) <= s.loose_problem_max_units:
            for uid in owners:
                out.setdefault(uid, []).append({**p, "loose": True})
    return out


def _problem_description(norm: str, s: "ProposeSettings") -> str:
    """What a tracker row says the problem is: its cells labelled as a description (问题描述, 发现);
    in a row without labels, its wordiest cell when another cell is only an open status (未关闭)."""
    cells = [c.strip() for c in norm.split(" | ")]
    labelled = [c.partition(":")[2] for c in cells
                if ":" in c and any(w in c.partition(":")[0] for w in s.problem_description_labels)
                and not any(w in c.partition(":")[0] for w in s.problem_description_not)]
    if labelled:
        return " ".join(labelled)
    if len(cells) >= 3 and not any(":" in c for c in cells) and any(
            len(c) <= s.problem_status_chars and _open_problem(c, s) for c in cells):
        return max(cells, key=lambda c: sum(1 for ch in c if "\u4e00" <= ch <= "\u9fff"))
    return ""


def _policy_and_records(item: Item, unit, good: list[EvidenceHit], ctx: Context,
                        quoted: list[EvidenceHit] = ()) -> Proposal:
    """Internal control and trade security: policy + dated records in the window + typed thresholds;
    ``quoted``: rows of a gap list or self-assessment that quote the unit and report it not met."""
    prof, s = ctx.profile, ctx.settings
    elements = ctx.elements.get((ctx.assessment.level if ctx.assessment else prof.level, unit.id))
    if not good and s.document_rows and elements is not None and not isinstance(elements, dict):
        # the unit asks for contracts themselves (elements of kind document) and the matcher found nothing
        # above the evidence floor: a signed contract with the clause is the evidence wherever it lies
        wanted = [e for e in elements.required(prof.flags) if e.kind == "document"]
        if wanted:
            from .support import Coverage
            none = Coverage((), tuple(e.id for e in wanted), tuple(e.label for e in wanted), {},
                            tuple(e.label_en for e in wanted))
            good = _named_documents(elements, none, good, ctx)
    if not good and s.element_log_rows and elements is not None and not isinstance(elements, dict) and any(
            e.event for e in _record_elements(elements, ctx)):
        # the unit asks for the record of an event handled and the matcher found nothing: a log's row or a
        # report's paragraphs that tell such an event and what was done are evidence wherever they lie
        good = _element_logs(elements, ctx, window_start(prof.as_of, months=s.record_window_months),
                             _requirement_text(unit, prof, s), _not_own_paths(item, unit, ctx))
    ev_ids = tuple(h.passage_id for h in good)
    if not good:
        return Proposal(unit.id, "non_compliant", "proposed", _conf(s, "non_compliant_nothing", 0.7),
                        (Msg("no_evidence"),), missing=(Msg("missing_policy_short"), Msg("missing_records")),
                        basis="non_compliant_nothing")
    text = _requirement_text(unit, prof, s)
    # a unit that counts occasions (每年实施1次以上的内部审计并建立书面或者电子资料的档案) asks for them and their
    # file, not for a written rule: the policy word of its file's form does not count
    counts = any(t.kind == "frequency" for t in unit.thresholds)
    needs_policy = _requires(_without(text, s.policy_phrases_not) if counts else text, s.policy_words)
    action = bool(getattr(elements, "action", False)) if elements is not None else False
    needs_records = _requires(text, s.record_words, s.records_not_needed) or any(
        t.kind == "frequency" for t in unit.thresholds) or action or _requires(text, s.action_words,
                                                                                s.records_not_needed)
    if not needs_policy and not needs_records and not any(h.why.get("core_hits", 0) >= 1 for h in good):
        # a fact or facility: passages about a neighbouring one (a fence for the lighting) prove nothing
        return Proposal(unit.id, "non_compliant", "proposed", _conf(s, "non_compliant_weak", 0.6),
                        (Msg("fact_not_found"),), missing=(Msg("missing_fact_proof"),), basis="non_compliant_weak")
    policies = _policy_hits(good)
    frequency = any(t.kind == "frequency" for t in unit.thresholds)
    if needs_records and (frequency or not any(h.why.get("kind") == "record" for h in good)):
        # an umbrella "建立…制度并有效落实" is carried out through its sibling sub-items' records, and a
        # frequency (每年参加2次) is counted on them; so do the records filed in the item's folder
        if any(w in text for w in s.umbrella_words) or frequency:
            own = {h.passage_id for h in good}
            good = good + [h for h in ctx.sibling_records.get(unit.id, [])
                           if h.score >= s.evidence_min and h.passage_id not in own]
        if not any(h.why.get("kind") == "record" for h in good):
            good = good + _item_folder_records(item, good, ctx)
    start = window_start(prof.as_of, months=s.record_window_months)
    not_own = _not_own_paths(item, unit, ctx)  # another company's logs: never found by their names

    def dated(hits: list[EvidenceHit]):
        """The records of the action among ``hits``, their dates and passages, and the days in the window."""
        action = _records_of_action(hits, elements, ctx, text) if needs_records else hits
        found, passages = _record_dates(action, ctx, start)
        return action, found, passages, sorted({d.date for d in found if start <= d.date <= prof.as_of})

    action, dates, rec_passages, in_window = dated(good)
    # a unit that asks for events to be handled and for no rule (对发生的灾害…进行应急处置) needs only the
    # records of them
    handles_events = not needs_policy and any(e.event for e in _record_elements(elements, ctx))
    found_logs: list[EvidenceHit] = []
    if needs_records and (policies or handles_events) and not in_window and s.element_log_rows:
        # the matcher did not bring a record of the action; a log whose own name or header says it is
        # that record (培训签到 of a 供应链安全培训, 检验台账) — or a report telling the event handled — is
        # one, wherever it is filed
        found_logs = _element_logs(elements, ctx, start, text, not_own)
        if found_logs:
            good = good + found_logs
            action, dates, rec_passages, in_window = dated(good)
    if needs_policy and not policies and in_window and s.element_policy_passages:
        # the records are there and the matcher ranked the rule too low: a passage written as a rule (its
        # content, not its file name, says so) that shows the unit's policy element and names its core term
        found_rules = _element_policies(elements, unit.id, ctx, not_own)
        if found_rules:
            good = good + found_rules
            ev_ids = ev_ids + tuple(h.passage_id for h in found_rules)
            policies = found_rules
    record_paths = _record_files(good)
    occasions = _occasions(rec_passages, ctx, start)
    out_window = sorted({d.date for d in dates if not (start <= d.date <= prof.as_of)})
    reasons: list[str] = []
    missing: list[str] = []
    facts: list[dict] = []
    shortfalls: list[str] = []
    if policies:
        reasons.append(Msg("policy", cite=cite(policies[0].path, policies[0].page, policies[0].locator)))
    if record_paths:
        reasons.append(Msg("records", files=files(record_paths[:3])))
    if found_logs:
        reasons.append(Msg("records_by_name", files=files(_record_files(found_logs)[:3])))
    found_docs = list(dict.fromkeys(h.path for h in good if h.why.get("found_by") == "document_name"))
    if found_docs:
        reasons.append(Msg("documents_by_name", files=files(found_docs[:3])))
    if in_window:
        facts.append({"dates_in_window": [d.isoformat() for d in in_window]})
        reasons.append(Msg("dated_in_window", period=period(start, prof.as_of), n=len(in_window)))
    elif dates:
        reasons.append(Msg("dates_outside", latest=max(d.date for d in dates).isoformat()))
    if out_window and in_window:
        facts.append({"dates_outside_window": [d.isoformat() for d in out_window]})
    for th in unit.thresholds:
        groups = s.occasion_words.get(th.name) if th.kind == "frequency" else None
        counted = _occasions(_occasion_records(rec_passages, groups, ctx, by_title=th.name in s.occasion_by_title),
                             ctx, start) if groups else occasions
        short = _check_threshold(th, counted, policies, ctx, facts) or _percentage_shortfall(th, ctx, start, facts)
        if short:
            shortfalls.append(short)
    found_problems = _findings(item, unit.id, good, ctx)
    found_problems += [h for h in quoted if h.passage_id not in {f.passage_id for f in found_problems}]
    for h in found_problems[:2]:
        shortfalls.append(Msg("open_problem", cite=cite(h.path, h.page, h.locator), quote=quote(_short(h.text, 60))))
    for e, last in _stale_logs(action, elements, ctx, start)[:2]:
        shortfalls.append(Msg("record_element_stale", label=element_labels([e]), last=last.isoformat()))
    roster = _roster_gap(text, action, ctx, start)
    if roster:
        shortfalls.append(roster)
    drafts = [h for h in policies if _is_draft(h.path, ctx)] if s.draft_words else []
    issued = [h for h in policies if h not in drafts]
    asks_rule = needs_policy or any(re.search(p, text) for p in s.draft_rule_patterns)
    if asks_rule and drafts and (not issued or max(h.score for h in issued) < min(
            s.strong_min, max(h.score for h in drafts))):
        # the rule is a draft (征求意见稿, 草案); issued policies only touch on the unit in passing
        shortfalls.append(Msg("draft_policy", cite=cite(drafts[0].path, drafts[0].page, drafts[0].locator)))
    parts = _parts_not_recorded(action, elements, ctx, start)
    if parts:
        shortfalls.append(parts)
    columns = _columns_not_recorded(action, elements, ctx, start)
    if columns:
        shortfalls.append(columns)
    empty = _empty_register(elements, ctx) if needs_records else None
    if empty:
        shortfalls.append(empty)
    gaps = _gap_cells(unit, action, ctx, start)  # (a training matrix's 应急处置: 未完成 is no step of handling one)
    for row, cell in gaps[:2]:
        shortfalls.append(Msg("record_gap", cite=cite(row.get("path", ""), row.get("page"), row.get("locator")),
                              quote=quote(cell), n=len(gaps)))
    for check in s.record_checks:
        if check.when in (unit.text or ""):
            short = _record_check(check, ctx, start, facts)
            if short:
                shortfalls.append(short)
    best = max(h.score for h in good)
    # a rule, and a log named for the record the unit asks for with rows in the window — found by its name,
    # or by the matcher and showing that record (the sheet 应急处置 of a 台账汇总) — together they are strong
    # whatever the best single score (a log's rows hold names and dates, few of the unit's words); a unit
    # that handles events (above) needs only the records
    strong = best >= s.strong_min or bool((policies or handles_events) and in_window and (found_logs or (
        _record_elements(elements, ctx) and _records_show_element(action, elements, ctx, text, start))))
    policy_ok = bool(policies) or not needs_policy
    records_ok = bool(in_window) or not needs_records
    def covered(hits: list[EvidenceHit]):
        return document_coverage(elements, hits, ctx.passages_by_path, ctx.lexicon.kinds if ctx.lexicon else {},
                                 prof.flags, memo=ctx.file_memo)

    coverage = covered(good) if elements is not None else None
    if coverage is not None and policies and s.element_policy_passages:
        # a rule was found, but no article holding one of the unit's policy elements (the accountability for
        # breaches written in the 员工奖惩办法, not in the 信息安全管理制度 the matcher brought): such an
        # article of another rule, as an auditor turns to the rule that holds it
        unseen = {e.id for e in elements.required(prof.flags) if e.kind == "policy" and e.id in coverage.missing}
        more = [h for h in _element_policies(elements, unit.id, ctx, not_own, only=unseen)
                if h.passage_id not in ev_ids] if unseen else []
        if more:
            good = good + more
            ev_ids = ev_ids + tuple(h.passage_id for h in more)
            coverage = covered(good)
    if coverage is not None and s.document_rows:
        docs = _named_documents(elements, coverage, good, ctx)
        if docs:
            # the contract the unit asks for, which the matcher ranked too low or missed
            good = good + docs
            ev_ids = ev_ids + tuple(h.passage_id for h in docs)
            if not found_docs:
                reasons.append(Msg("documents_by_name", files=files(list(dict.fromkeys(h.path for h in docs))[:3])))
            coverage = covered(good)
    if coverage is not None and any(h.why.get("found_by") == "document_name" for h in good) and not any(
            e.kind == "document" and e.id in coverage.missing for e in elements.required(prof.flags)):
        strong = True  # the contract itself, clause and signature, whatever the matcher's score
    # (the coverage reaches the reports through the messages that name what is not covered)
    if policy_ok and records_ok and not shortfalls and strong:
        unclear = _unclear(unit, good, needs_policy, needs_records, coverage, s, elements)
        possible = _possible_findings(item, unit.id, good, ctx)
        if unclear is None and not possible and any(w in text for w in s.open_items_units):
            # the improvement mechanism is carried out when what was found gets closed in time: an item past
            # its deadline anywhere in the bundle (逾期) is one it has not closed
            possible = [_passage_hit(p, 0.0, {"kind": "record", "from": "finding"}) for p in ctx.overdue_rows()[:1]]
        if unclear is None and possible:
            h = possible[0]
            unclear = (Msg("unclear_open_problem", cite=cite(h.path, h.page, h.locator),
                           quote=quote(_short(h.text, 60))), "basically_compliant")
        if unclear is None and needs_records and not _records_show_element(good, elements, ctx, text, start):
            # the dated records are about the unit's subject (a key ledger for the seal cabinet) but none
            # is the record the requirement asks for (a seal-use log): maybe carried out, not shown —
            # unless a log named for that record is in the bundle
            named = [] if found_logs or not s.element_log_rows else _element_logs(
                elements, ctx, start, text, not_own)
            if named:
                good = good + named
                action = _records_of_action(good, elements, ctx, text)
                ev_ids = ev_ids + tuple(h.passage_id for h in named)
                reasons.append(Msg("records_by_name", files=files(_record_files(named)[:3])))
            else:
                unclear = (Msg("unclear_record_kind", labels=element_labels(_record_elements(elements, ctx))),
                           "basically_compliant")
        if unclear is None and s.sibling_clause_elements:
            bare = _contracts_without_clause(elements, ctx)
            if bare:
                unclear = (Msg("unclear_contract_without_clause", file=quote(Path(bare[0].split("!")[-1]).name),
                               n=len(bare)), "basically_compliant")
        if unclear is None and s.contract_party_words:
            unsigned = _unsigned_contracts(elements, ctx)
            if unsigned:
                unclear = (Msg("unclear_contract_unsigned", file=quote(Path(unsigned[0].split("!")[-1]).name),
                               n=len(unsigned)), "basically_compliant")
        if unclear is None:
            cited = _cited_but_absent(text, good, ctx)
            if cited:
                unclear = (Msg("unclear_cited_absent", title=quote(cited)), "basically_compliant")
        if unclear is None and needs_records:
            wanted = _record_elements(elements, ctx)
            stopped = _stopped_log(action, ctx, start, wanted)
            if not stopped and elements is not None and s.element_log_rows:
                # the log named for the record the unit asks for (a 集装箱检查 sheet), though the matcher
                # ranked other records first (the seal purchases, a photo): kept for months, then stopped
                stopped = _stopped_log(_element_logs(elements, ctx, start, text, not_own, one_per_log=True), ctx,
                                       start, wanted)
            if stopped:
                h, last = stopped
                unclear = (Msg("unclear_log_stopped", cite=cite(h.path, h.page, _sheet_name(h.locator) or h.locator),
                               last=last.isoformat()), "basically_compliant")
            else:
                gap = _log_gap(action, ctx, start)
                if gap:
                    h, before, after = gap
                    unclear = (Msg("unclear_log_gap", cite=cite(h.path, h.page, _sheet_name(h.locator) or h.locator),
                                   before=before.isoformat(), after=after.isoformat()), "basically_compliant")
        if unclear is None and needs_records and s.own_frequency_periods:
            short = _own_frequency_short(policies, action, in_window, ctx, start, _record_elements(elements, ctx))
            if short:
                h, said, n = short
                unclear = (Msg("unclear_own_frequency", cite=cite(h.path, h.page, h.locator), said=quote(said), n=n),
                           "basically_compliant")
        unproven = _unproven_facts(elements, good, prof.flags, s, ctx, not_own)
        if unproven and unclear is None:
            # a fact an auditor wants to see for himself (back-ups run): the policy saying so may not be
            # enough — readers differ (a strict one rates 基本达标), so a person decides
            suggested = "basically_compliant" if "basically_compliant" in item.options else "non_compliant"
            unclear = (Msg("unclear_fact_proof", labels=element_labels(unproven)), suggested)
        if unclear:
            # abstain: the rules would say 达标, the evidence is not clear enough to say it unattended
            why, suggested = unclear
            return Proposal(unit.id, None, "needs_review", 0.0, tuple(reasons) + (Msg("not_auto_compliant", why=why),),
                            ev_ids, missing=_labels_msg("not_covered", coverage), facts=tuple(facts),
                            suggested=suggested)
        if not needs_policy and not needs_records:
            unshown = _asks_a_fact(elements) and not _fact_shown(good, s)
            seen_hit = _fact_seen(elements, ctx, not_own) if unshown and s.fact_seen_in_records else None
            if seen_hit is not None:
                # a check record or a screenshot shows the fact in use, beyond the matcher's top hits
                ev_ids = ev_ids + (seen_hit.passage_id,)
                reasons.append(Msg("fact_seen", cite=cite(seen_hit.path, seen_hit.page, seen_hit.locator),
                                   quote=quote(_short(seen_hit.text, 60))))
            elif unshown:
                # a policy that describes the facility or the state is a document, not the proof of it
                rating = "basically_compliant" if "basically_compliant" in item.options else "non_compliant"
                return Proposal(unit.id, rating, "proposed", _conf(s, "basically_fact_in_policy", 0.7),
                                tuple(reasons) + (Msg("fact_only_in_policy"),), ev_ids,
                                missing=(Msg("missing_fact_proof"),) + _labels_msg("not_covered", coverage),
                                facts=tuple(facts), basis="basically_fact_in_policy")
            reasons.append(Msg("fact_or_facility"))
            basis = "compliant_fact"
        else:
            basis = "compliant"
        check = _labels_msg("check_not_seen", _minus_named_logs(coverage, elements, good, ctx))
        return Proposal(unit.id, "compliant", "proposed", _conf(s, basis, 0.9), tuple(reasons), ev_ids, missing=check,
                        facts=tuple(facts), basis=basis)
    # short of 达标: say what is missing
    if not policy_ok:
        missing.append(Msg("missing_policy"))
    if not records_ok:
        missing.append(Msg("missing_records_in", period=period(start, prof.as_of)))
    missing.extend(shortfalls)
    if not strong and not missing:
        missing.append(Msg("weak_match"))
    missing.extend(_labels_msg("not_covered", coverage))
    reasons.extend(shortfalls)
    rating = "basically_compliant" if "basically_compliant" in item.options else "non_compliant"
    basis = "basically_shortfall" if shortfalls else "basically_policy_only"
    if (policies and not records_ok and ctx.assessment is not None and rating == "basically_compliant"
            and chosen(ctx.assessment.standard.root, prof.readings, "policy_without_records") == "non_compliant"):
        rating = "non_compliant"  # the consultants' reading: 基本达标 needs a policy and some records
        reasons.append(Msg("reading_no_records_non_compliant"))
    if rating == "basically_compliant" and (_none_held(facts, s.frequency_none_non_compliant) or (
            _none_held(facts, s.frequency_none_unless_policy) and _own_policy_unseen(elements, coverage, ctx))):
        # 每年实施1次以上: not once in the window — the requirement is not met at all, whatever the policy says;
        # for 每年对客户的培训 only when the rules found are about something else (the staff's own training)
        rating = "non_compliant"
        reasons.append(Msg("frequency_none"))
    if not policies and not record_paths and not strong:
        rating = "non_compliant"
        basis = "non_compliant_weak"
        reasons.insert(0, Msg("weak_only"))
    elif (s.admission_only_rating and not policies and not in_window and found_problems
          and s.admission_only_rating in item.options
          and {h.passage_id for h in good if h.why.get("kind") == "record"} <= {h.passage_id for h in found_problems}):
        # no rule, and the only records say it has not been done (自评: 是否组织过应急演练？否，尚未组织)
        rating = s.admission_only_rating
        basis = "non_compliant_nothing"
        reasons.insert(0, Msg("only_admissions"))
    elif (needs_policy or policies) and not issued and (
            not records_ok or (coverage is not None and not coverage.covered)):
        # no written rule in force (none, or only a draft: 征求意见稿 — also where the unit asks for records
        # only and the draft is all there is), and no record in the window (or records that show none of
        # the requirement): nothing of it is in place — 基本达标 needs at least one of the two
        rating = "non_compliant"
        basis = "non_compliant_nothing"
        reasons.insert(0, Msg("draft_nor_records" if drafts else "neither_policy_nor_records"))
        if drafts and not asks_rule:  # (a unit asking for a rule has the draft among its shortfalls already)
            reasons.insert(1, Msg("draft_policy", cite=cite(drafts[0].path, drafts[0].page, drafts[0].locator)))
    return Proposal(unit.id, rating, "proposed", _conf(s, basis, 0.7), tuple(reasons), ev_ids, missing=tuple(missing),
                    facts=tuple(facts), basis=basis)


def _unclear(unit, good: list[EvidenceHit], needs_policy: bool, needs_records: bool, coverage,
             s: "ProposeSettings", elements=None) -> tuple[Msg, str] | None:
    """Why the evidence for 达标 is not clear, with the rating to suggest, or None when it is clear:
    an element of a kind that must be seen (``abstain_missing_kinds``: the signed contract itself) or marked
    so (``must_see``: the vehicle log) not covered, or too few of the requirement's elements covered; a fact
    the policy and records found naming none of the unit's core concepts; one source only. (A fact or facility
    shown by no passage naming its core concept is 不达标 before this is asked.)"""
    if coverage is not None and coverage.missing:
        kinds = {e.id: e.kind for e in getattr(elements, "elements", ())} if elements is not None else {}
        must = {e.id for e in getattr(elements, "elements", ()) if e.must_see} if elements is not None else set()
        unseen = [pair for eid, pair in zip(coverage.missing, coverage.missing_pairs())
                  if kinds.get(eid) in s.abstain_missing_kinds or eid in must]
        if unseen:
            return Msg("unclear_unseen", labels=element_labels(unseen)), "basically_compliant"
        share = len(coverage.covered) / (len(coverage.covered) + len(coverage.missing))
        if share < s.elements_min_share:
            return Msg("unclear_elements", labels=element_labels(coverage.missing_pairs())), "compliant"
    if not any(h.why.get("core_hits", 0) >= 1 for h in good):
        # policy and records are there, in words near the unit's but not its own (收回工牌 for 工作证回收):
        # the writers rated 26 of 28 such in-sample units 达标 — suggesting 不达标 misled the reviewer
        return Msg("unclear_core"), "compliant"
    if len({h.passage_id for h in good}) < s.support_min_hits and max(h.score for h in good) < s.clear_min:
        return Msg("unclear_one_source"), "compliant"
    return None


_CITED = re.compile(r"《([^》]{2,40})》")


def _cited_but_absent(unit_text: str, good: list[EvidenceHit], ctx: Context) -> str:
    """The unit asks for a document of a kind in ``cited_document_words`` (an emergency 预案); its policy
    passages name one (公司制定《突发事件应急预案》) but none comes from such a document, and the bundle
    has no file or heading of that name (an appendix 附：…预案（摘要） is one): the document itself was not
    handed in. Returns its title ("" otherwise)."""
    s = ctx.settings
    kinds = [w for w in s.cited_document_words if w in unit_text]
    policies = [h for h in good if h.why.get("kind") == "policy" and h.score >= s.evidence_min]
    if not kinds or not policies:
        return ""
    if any(w in normalize(Path(h.path.split("!")[-1]).stem) for h in policies for w in kinds):
        return ""  # the plan itself is among the unit's policies
    titles = [t for h in policies for t in _CITED.findall(normalize(h.text or "")) if any(w in t for w in kinds)]
    for title in titles:
        if any(title in normalize(Path(path.split("!")[-1]).stem) or any(_heads(r, title, s) for r in rows)
               for path, rows in ctx.passages_by_path.items()):
            return ""
    return titles[0] if titles else ""


def _heads(passage: dict, title: str, s: "ProposeSettings") -> bool:
    """The passage is a heading of the document ``title`` (附：突发事件综合应急预案（摘要）), not a mention."""
    text = normalize(passage.get("text") or "").strip()
    return title in text and f"《{title}》" not in text and len(text) <= len(title) + s.cited_heading_extra


def _log_sheets(hits: list[EvidenceHit], ctx: Context, start: dt.date):
    """(hit, names, days) for each log sheet among the unit's records with a dated entry in the window:
    its file, sheet and header names (normalized) and the days of its entries up to the assessment date,
    plans left out."""
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        if not _is_record_row(hit) or not _sheet_name(hit.locator) or (hit.path, _sheet_name(hit.locator)) in seen:
            continue
        for h in [hit] + _sibling_logs(hit, ctx):
            sheet = _sheet_name(h.locator)
            if (h.path, sheet) in seen:
                continue
            seen.add((h.path, sheet))
            names = normalize(" ".join((Path(h.path.split("!")[-1]).stem, sheet, _sheet_head(h.path, sheet, ctx))))
            days = _sheet_days(h.path, sheet, ctx)
            if days and max(days) >= start:
                yield h, names, days


def _sheet_days(path: str, sheet: str, ctx: Context) -> tuple[dt.date, ...]:
    """The days of a sheet's entries up to the assessment date, plans left out; found once per run (the
    stopped-log, gap and own-rhythm checks read the same logs, for many units)."""
    rows = _sheet_rows(path, sheet, ctx)
    s, as_of = ctx.settings, ctx.profile.as_of
    return _per_run(ctx, ("sheet_days", path, sheet), lambda: tuple(
        d.date for r in rows for d in extract_facts(r.get("norm") or normalize(r.get("text") or "")).dates
        if d.precision == "day" and d.date <= as_of and not _planned(r.get("norm") or "", d.span, s)))


def _sibling_logs(h: EvidenceHit, ctx: Context) -> list[EvidenceHit]:
    """The same log kept in other sheets of the hit's workbook — sheets with the very same column names
    (总部访客登记 and 分公司访客登记, one per site) — each as a hit on its last row."""
    sheet = _sheet_name(h.locator)
    head = _sheet_head(h.path, sheet, ctx)
    if " | " not in head:
        return []
    out = []
    for other, rows in _sheets_of(h.path, ctx).items():
        if other != sheet and len(rows) > 1 and (rows[0].get("text") or "") == head:
            out.append(_passage_hit({**rows[-1], "path": h.path}, h.score, dict(h.why)))
    return out


def _stopped_log(hits: list[EvidenceHit], ctx: Context, start: dt.date,
                 wanted: Sequence = ()) -> tuple[EvidenceHit, dt.date] | None:
    """A periodic log among the unit's records (its sheet's or file's name or header says 周巡查, 每月 …)
    whose last entry lies more than ``log_stale_periods`` periods (and ``log_stale_min_days``) before the
    assessment date, though it has entries in the window: kept for a while, then stopped. Or a routine log
    (``log_gap_words``) named for one of the unit's record elements ``wanted`` that stopped while the same
    log kept for another site goes on."""
    from .elements import element_in

    s = ctx.settings
    if not s.log_periods:
        return None
    as_of = ctx.profile.as_of
    sheets = list(_log_sheets(hits, ctx, start))
    heads = [(h.path, _sheet_head(h.path, _sheet_name(h.locator), ctx)) for h, _, _ in sheets]
    for (h, names, days), head in zip(sheets, heads):
        # the same log kept in parallel for another site (a sheet of the same workbook with the same columns,
        # kept over the same months — not the next month's or year's volume) goes on, this one has been silent
        # for more than ``log_gap_min_days``: the branch's visitor log ends in May, head office's goes on
        if not any(w in names for w in s.log_gap_words) or not any(element_in(e, names) for e in wanted):
            continue
        last = max(days)
        on = max((max(d) for (g, _, d), other in zip(sheets, heads) if g is not h and min(d) <= last
                  and other == head), default=last)
        if s.log_gap_min_days and (on - last).days > s.log_gap_min_days and (as_of - last).days > s.log_gap_min_days:
            return h, last
    for h, names, days in sheets:
        period = min((days for word, days in s.log_periods.items() if word in names), default=0)
        if not period and not (s.log_rhythm_min_dates and any(w in names for w in s.log_rhythm_words)):
            continue
        last, least, end = max(days), s.log_stale_min_days, as_of
        if not period:
            # no period in its name: a log kept for months at a steady rhythm (the median gap between its
            # days) that then falls silent — one file of a series named by a year, quarter or month that
            # ended before the assessment date (巡逻记录2025 read in 2026), whose next file may not be handed
            # in, only when it falls silent before its own period ends (备份记录 of 工作台账2025 stops in October)
            end = _volume_end(names, as_of, s)
            if end is None:
                continue
            period = _rhythm(days, s)
            least = s.log_rhythm_min_days
            if not period:
                continue
        if (end - last).days > max(s.log_stale_periods * period, least):
            return h, last
    return None


def _log_gap(hits: list[EvidenceHit], ctx: Context, start: dt.date) -> tuple[EvidenceHit, dt.date, dt.date] | None:
    """A routine log among the unit's records (its names say what is logged day by day: ``log_gap_words``,
    门卫登记, 访客登记, 日常巡查) kept at a steady rhythm (:func:`_rhythm`) of ``log_gap_max_period`` days at
    most that, inside the window, leaves more than ``log_stale_periods`` periods (and ``log_gap_min_days``)
    without an entry and then goes on: (hit, last day before the stretch, first day after it)."""
    s = ctx.settings
    if not s.log_gap_min_days or not s.log_gap_words:
        return None
    for h, names, days in _log_sheets(hits, ctx, start):
        if not any(w in names for w in s.log_gap_words):
            continue
        period = _rhythm(days, s)
        if not period or period > s.log_gap_max_period:
            continue  # (container checks, per shipment, come and go with the trade: a quiet month is no gap)
        inside = sorted({d for d in days if d >= start})
        side = s.log_gap_side_min_dates
        for i, (a, b) in enumerate(zip(inside, inside[1:])):
            # kept before the stretch and after it (one week of patrols and an incident noted months before
            # is a sample, not a log that fell silent)
            if (b - a).days > max(s.log_stale_periods * period, s.log_gap_min_days) \
                    and i + 1 >= side and len(inside) - i - 1 >= side:
                return h, a, b
    return None


def _volume_end(names: str, as_of: dt.date, s: "ProposeSettings") -> dt.date | None:
    """The last day a log is kept for: ``as_of``, or, when its name dates it as one volume of a series
    (``log_series_pattern``: 2025, 第二季度, 3月) whose period ended before ``as_of``, that period's end;
    None when the name dates it as a volume whose end cannot be told."""
    found = [m.group() for m in re.finditer(s.log_series_pattern, names)] if s.log_series_pattern else []
    if not found:
        return as_of
    ends = [dt.date(int(y), *end) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", names)
            for word, end in s.log_series_halves.items() if re.search(rf"{y}\D?{re.escape(word)}", names)]
    ends = ends or [d.end for d in extract_facts(names).dates]  # the most precise period the name gives (第二季度)
    if not ends:
        ends = [dt.date(int(y), 12, 31) for y in found if re.fullmatch(r"(19|20)\d{2}", y)]
    return min(max(ends), as_of) if ends else None


def _own_frequency_short(policies: list[EvidenceHit], action: list[EvidenceHit], in_window: list[dt.date],
                         ctx: Context, start: dt.date, wanted: Sequence = ()) -> tuple[EvidenceHit, str, int] | None:
    """The unit's own policy sets how often the action is done (每季度对建筑物…检查; 每年至少组织两次…培训:
    ``own_frequency_pattern`` in a clause with one of ``own_frequency_actions`` that shows one of the unit's
    record elements, ``wanted`` — not 储运部每季度抽查其记录 of a carrier's container checks), and the records in the
    window fill ``own_frequency_max_seen`` of its periods at most: (policy hit, the words that set it, periods
    with a record). Periods are counted as the policy counts them (quarters for 每季度, half-years for 每半年,
    days for 每年两次), over the days of the unit's records (those found by a log's name too) and of the whole
    logs of that action they come from."""
    from .elements import element_in

    s = ctx.settings
    as_of = ctx.profile.as_of
    for h in policies[:2]:
        for clause in re.split(r"[。；;]", normalize(h.text or "")):
            acts = [w for w in s.own_frequency_actions if w in clause]
            if not acts or not any(element_in(e, clause) for e in wanted):
                continue
            m = re.search(s.own_frequency_pattern, clause)
            if not m or m.group("period") not in s.own_frequency_periods:
                continue
            n = m.group("n")
            times = (int(n) if n.isdigit() else s.own_frequency_numerals.get(n, 0)) if n else 1
            period = s.own_frequency_periods[m.group("period")]
            required = times * period
            if required < 2:
                return None  # once a year: the window's rules on records already ask that much
            # the whole logs of the records, where the log's names hold the clause's action (检查 of 建筑检查, not
            # the 巡查记录 the matcher also brought)
            dated = {d.date for d in _record_dates(action, ctx, start)[0] if start <= d.date <= as_of}
            days = set(in_window) | dated | {d for _, names, ds in _log_sheets(action, ctx, start)
                                             if any(w in names for w in acts) for d in ds if start <= d <= as_of}
            if period == 1 or (period == 2 and times > 1):
                seen = len(days)  # 每年两次: occasions
            else:
                seen = len({(d.year, (d.month - 1) * period // 12) for d in days})  # quarters, months, half-years
            if seen and seen <= s.own_frequency_max_seen and seen < required:
                return h, m.group(0), seen
            return None
    return None


def _rhythm(days: list[dt.date], s: "ProposeSettings") -> int:
    """The median gap in days between a log's distinct days, when it has ``log_rhythm_min_dates`` of them
    over ``log_rhythm_min_span`` days at least; else 0."""
    distinct = sorted(set(days))
    if len(distinct) < max(s.log_rhythm_min_dates, 2) or (distinct[-1] - distinct[0]).days < s.log_rhythm_min_span:
        return 0
    gaps = sorted((b - a).days for a, b in zip(distinct, distinct[1:]))
    return gaps[len(gaps) // 2]


def _element_policies(elements, unit_id: str, ctx: Context, not_own: set[str] = frozenset(),
                      only: set[str] | None = None) -> list[EvidenceHit]:
    """Passages of the bundle's documents (not logs or message exports) whose role from content is policy,
    that name one of the unit's core terms and show one of its policy elements, read with the title of their
    document when that is one policy's (第二十二条 … in 《员工入职离职管理办法》): at most
    ``element_policy_passages`` of them, one per file, none from ``not_own``, showing one of the elements
    ``only`` (ids) when given. Not a compilation's title, a section's heading or the file's name: 管理制度汇编
    would make every article of a handbook a 制度 of every unit (离职员工账号须当日停用 in its information-security
    chapter is no leaving policy)."""
    from .elements import element_in
    from .ingest.handbook import title_level
    from .lexicon import COMPOUND
    from .roles import document_title

    s = ctx.settings
    if elements is None or isinstance(elements, dict):
        return []
    wanted = [e for e in elements.required(ctx.profile.flags) if e.kind == "policy" and (only is None or e.id in only)]
    # a compound term (供应链安全+培训) counts with its two words anywhere in the article, not only within the
    # matcher's compound_gap: an article lists a plan's contents far from its verb (培训计划，内容包括海关法律
    # 法规、危险化学品进口管理、供应链安全…), and the gap cost two such rules in-sample, no false 达标 saved
    terms = [[normalize(w) for w in t.split(COMPOUND)] for t in _core_terms(unit_id, ctx)]
    if not wanted or not terms:
        return []
    kinds = ctx.lexicon.kinds if ctx.lexicon else {}
    out: list[EvidenceHit] = []
    for path, rows in sorted(ctx.passages_by_path.items()):
        if not rows or rows[0].get("kind") in ("sheet_row", "line") or path in not_own:
            continue
        title = document_title(rows[:4])
        if title_level(title) != 0:
            title = ""  # a compilation's title (…管理制度汇编) or a company's name makes no article a rule of its own
        for r in rows:
            text = r.get("norm") or normalize(r.get("text") or "")
            if not any(all(w in text for w in t) for t in terms):
                continue
            if not any(element_in(e, text) or (title and element_in(e, title + " " + text)) for e in wanted):
                continue
            if row_role(path, r, rows, kinds, ctx.file_memo) != "policy":
                continue
            out.append(_passage_hit({**r, "path": path}, s.evidence_min,
                                    {"kind": "policy", "role": "policy", "found_by": "policy_element", "core_hits": 1}))
            if len(out) >= s.element_policy_passages:
                return out
            break
    return out


def _element_logs(elements, ctx: Context, start: dt.date, unit_text: str,
                  not_own: set[str] = frozenset(), one_per_log: bool = False) -> list[EvidenceHit]:
    """Rows dated in the window of the bundle's logs whose file name, sheet name or header row shows one
    of the unit's record elements (the log is that record by its own name) and names one of its core
    terms — or, where the log does not, rows that name one or show the unit's subject themselves — of a
    kind that serves the unit (``record_topics``), reporting no open problem: at most ``element_log_rows``
    of them, none from ``not_own`` (another company's logs, :func:`_not_own_paths`). With ``one_per_log``:
    the first such row of every log, however many logs."""
    from .elements import element_in

    s = ctx.settings
    wanted = _record_elements(elements, ctx)
    # what the unit is about: its fact elements (培训内容为贸易安全), or its policy elements when it has none
    # (应急处置措施 for the records of emergencies handled)
    required = elements.required(ctx.profile.flags) if wanted else []
    subject = [e for e in required if e.kind == "fact"] or [e for e in required if e.kind == "policy"]
    level = ctx.assessment.level if ctx.assessment else ctx.profile.level
    lex = ctx.lexicon.unit(level, elements.unit_id) if ctx.lexicon and wanted else None
    terms = [normalize(t) for t in (lex.core if lex else ()) if len(t) >= 2]
    if not wanted or not terms:
        return []
    # what a row of the record itself says, an event and what was done (``短装|短少&报告|补发``)
    row_words = [r for r in map(_row_words, wanted) if r is not None]
    event_words = [r for r in row_words if r.event]  # … and, for an event, a report's account says
    kinds = ctx.lexicon.kinds if ctx.lexicon else {}
    not_about = s.record_note_labels + s.record_who_labels  # cells that do not say what a row records
    out: list[EvidenceHit] = []

    def take(found: list[dict], path: str) -> bool:
        """Take the passages of one log or report that fit the unit (the first only, ``one_per_log``);
        True when ``out`` is full."""
        for r in found:
            h = _passage_hit({**r, "path": path}, s.evidence_min,  # (found for naming the unit's subject)
                             {"kind": "record", "role": "record", "found_by": "log_name", "core_hits": 1})
            if _record_topic_fits(h, unit_text, ctx, wanted):
                out.append(h)
                if one_per_log:
                    break
                if len(out) >= s.element_log_rows:
                    return True
        return False

    for path, rows in ctx.passages_by_path.items():
        if rows and rows[0].get("kind") != "sheet_row" and event_words and s.element_report_span \
                and path not in not_own and not any(w in Path(path.split("!")[-1]).stem
                                                    for w in s.element_report_not_files):
            if take(_report_paragraphs(path, rows, event_words, ctx, start), path):
                return out
            continue
        if not rows or rows[0].get("kind") != "sheet_row":
            continue
        for sheet, srows in _sheets_of(path, ctx).items():
            where = normalize(" ".join((Path(path.split("!")[-1]).stem, sheet, srows[0].get("text", "") or "")))
            log = any(element_in(e, where) or _log_named_for(e, _log_name(path, sheet), where, s) for e in wanted)
            # named for the record the unit asks for (a sign-in sheet for a training) — or else its rows say
            # what that record says (台风 … 启动预案 in a sheet 异常报告 of a yard log)
            # … or its names and header say only what kind of record it is (签到), its rows what it is about
            kind = [e for e in wanted if element_in(replace(e, all=()), where)] if s.element_log_row_names else []
            if not log and not row_words and not kind:
                continue
            # … and for its subject (or named for a record that is the unit's alone: names_log): every row;
            # else the rows naming it
            named = log and (any(t in where for t in terms) or any(e.names_log and element_in(e, where) for e in wanted))
            fresh = []
            for r in srows[1:]:
                text = r.get("norm") or normalize(r.get("text") or "")
                if not log and not (any(element_in(e, text) for e in row_words) or kind and
                                    _row_shows_record(where, text, kind, subject, terms, not_about)):
                    continue  # (a row that says what the record says is about the unit: no core term needed —
                    #            or, read with its sheet's names and header, shows the record and the unit's
                    #            subject: 培训主题: 报关单填制规范修订 in a sheet 培训签到)
                if not log and row_role(path, r, rows, kinds, ctx.file_memo) != "record":
                    continue  # (a self-assessment row quoting 车厢、底盘…检查 says it of the standard)
                # (a session's sheet, headed by its day and topic, says what was taught in its heading: its
                # undated rows are attendees, and a title there, 行政总监（负责贸易安全）, names no topic)
                said = _session_heading(r, text) or text
                if log and not named and not any(t in said for t in terms) and \
                        not any(element_in(e, where + " " + said) for e in subject) and \
                        not any(element_in(e, text) for e in event_words):
                    continue  # (课程: 供应链安全（反恐）与应急处置 on the bundle's one sign-in sheet; but a row of
                    #            the log that tells an event and what was done is that record: 台风…漏水 | 纸箱转移)
                if _fresh_row(path, r, text, start, ctx):
                    fresh.append(r)
            if any(w in where for w in s.list_words) and len(fresh) < s.list_min_share * (len(srows) - 1):
                continue  # a list (partners, clients, staff) mostly not dated in the window: not carried out
            if path in not_own:
                continue  # another company's log (the cold store's visitor book) is not the applicant's record
            if take(fresh, path):
                return out
    return out


def _row_shows_record(where: str, text: str, kind: list, subject: list, terms: list[str],
                      not_about: tuple[str, ...]) -> bool:
    """A log row (``text``, normalized) of a sheet whose names and header (``where``) say it is the kind of
    record one of the record elements ``kind`` asks for (签到 of a sign-in sheet), the row giving what it is
    about (the element's other words: 培训主题: 报关单填制规范修订) and the unit's subject: one of its core
    ``terms``, or a ``subject`` element (a customs topic — not merely the 关务部 of an attendee's department
    column, which meets the record element's 海关|关务|报关). A row whose own cells name the record's
    object (钥匙: 档案柜A3 in a key log, 资料: 审计报告 in a file index) is not that record; nor do cells
    that only give a reason, a note or who took part (``not_about``: 事由: 端午假期巡查, 用途: 报关单修改申请,
    部门: 客户服务部) say what it is about."""
    from .elements import element_in

    text = "|".join(c for c in text.split("|") if not (":" in c and any(w in c.partition(":")[0] for w in not_about)))
    both = where + " " + text
    return any(element_in(e, both) for e in kind) and (
        any(t in text for t in terms) or any(element_in(e, both) for e in subject))


def _fresh_row(path: str, row: dict, text: str, start: dt.date, ctx: Context) -> bool:
    """A log row (``text``, normalized) dated by a day in the window — its own, or its sheet heading's when
    it has none — reporting no open problem; found once per run and window (the same logs are read for
    many units)."""
    def find() -> bool:
        s, as_of = ctx.settings, ctx.profile.as_of
        days = [d.date for d in _dates([{"text": text}], start, as_of, s) if d.day] or \
            [d.date for d in _dates([{"text": row.get("heading") or ""}], start, as_of, s) if d.day]
        return any(start <= d <= as_of for d in days) and not _open_problem(text, s)

    if row.get("id") is None:
        return find()
    return _per_run(ctx, ("fresh_row", path, row["id"], start), find)


def _session_heading(row: dict, text: str) -> str:
    """The heading of a sheet row without a day of its own (``text``, normalized) when the heading gives
    one (培训日期: 2026-03-20 培训主题: … above a sign-in table: the sheet is one session's, the row one of
    its attendees), normalized; "" otherwise (a roster's row dated by its 入职日期 speaks for itself)."""
    def day(t: str) -> bool:
        return any(d.precision == "day" for d in extract_facts(t).dates)

    head = normalize(row.get("heading") or "")
    return head if head and day(head) and not day(text) else ""


def _report_paragraphs(path: str, rows: list[dict], row_words: list, ctx: Context, start: dt.date) -> list[dict]:
    """Paragraphs of a document that, read with the ones just before them (``element_report_span`` in
    all), say what a row of the record says — an event and what was done (事件：9月15日台风 … 海关报告：
    当日电话报告机场海关) — the last a record or a plain account, none a policy, a quotation or a form,
    dated in the window (a heading's day counts: 事件：2026年3月8日监管库停电) and reporting no open problem
    in the account itself: the paragraph that completes the account, once per account."""
    from .elements import element_in

    s = ctx.settings
    kinds = ctx.lexicon.kinds if ctx.lexicon else {}
    texts = [r.get("norm") or normalize(r.get("text") or "") for r in rows]
    roles: dict[int, str] = {}

    def role(i: int) -> str:
        if i not in roles:
            roles[i] = row_role(path, rows[i], rows, kinds, ctx.file_memo)
        return roles[i]

    parts = {w for e in row_words for w in _row_word_parts(e)}
    out: list[dict] = []
    last = -1  # the end of the account taken last: the next one starts after it
    for i, text in enumerate(texts):
        if not any(w in text for w in parts):
            continue  # (cheap test first: the paragraph holds one word of the account at least)
        lo = max(last + 1, i - s.element_report_span + 1)
        span = " ".join(texts[lo:i + 1])
        if not any(element_in(e, span) for e in row_words):
            continue
        span_roles = [role(j) for j in range(lo, i + 1)]
        if role(i) not in ("record", "other") or any(
                r in ("policy", "quotation", "form") for r in span_roles):
            continue  # (a paragraph without a year, 报告海关：7月30日…, is "other"; an incident report may be
            #            all "other" under its dated heading)
        days = [d.date for d in _dates([{"text": t} for t in texts[lo:i + 1]], start, ctx.profile.as_of, s)
                if d.day]
        if not any(start <= d <= ctx.profile.as_of for d in days):
            continue
        # the account itself (the fewest paragraphs ending at this one that say it) must report no open
        # problem; the paragraphs before it only date it (a minutes' 3.行动…未完成 is its own point)
        own = next(j for j in range(i, lo - 1, -1) if any(element_in(e, " ".join(texts[j:i + 1])) for e in row_words))
        if not _open_problem(" ".join(texts[own:i + 1]), s):
            out.append(rows[i])
            last = i
    return out


def _row_word_parts(e) -> set[str]:
    """The single words of a record element's ``甲|乙&丙|丁`` words."""
    return {w for phrase in e.any for group in phrase.split("&") for w in group.split("|") if w}


def _asks_a_fact(elements) -> bool:
    """The unit asks for a fact or a facility (elements.yaml has a ``fact`` element for it), not only for
    written rules: without elements, assume it does."""
    if elements is None:
        return True
    listed = elements.get("elements", ()) if isinstance(elements, dict) else elements.elements
    return any((e.get("kind") if isinstance(e, dict) else e.kind) == "fact" for e in listed)


def _document_elements(elements, ctx: Context, keep) -> list:
    """The unit's required elements of kind ``document`` (a contract, its clause) that ``keep`` accepts; [] for a
    unit without elements."""
    if elements is None or isinstance(elements, dict):
        return []
    return [e for e in elements.required(ctx.profile.flags) if e.kind == "document" and keep(e)]


def _named_documents(elements, coverage, good: list[EvidenceHit], ctx: Context) -> list[EvidenceHit]:
    """Passages anywhere in the bundle — files named as contracts, agreements or pledges
    (``document_file_words``) first — that show a ``document`` element the unit's coverage misses
    (乙方应按海关认证企业标准完善贸易安全管理) and are content, not forms: at most ``document_rows`` of
    them, none already among the unit's hits."""
    from .elements import element_in

    s = ctx.settings
    missing = _document_elements(elements, ctx, lambda e: e.id in coverage.missing)
    if not missing:
        return []
    from .roles import CONTENT_ROLES, passage_role

    have = {h.passage_id for h in good}
    named = [p for p in ctx.passages_by_path
             if any(w in normalize(Path(p.split("!")[-1]).stem) for w in s.document_file_words)]
    out: list[EvidenceHit] = []
    for path in named + [p for p in ctx.passages_by_path if p not in named]:  # files named as contracts first
        rows = ctx.passages_by_path[path]
        for r in rows:
            text = r.get("norm") or normalize(r.get("text") or "")
            if r.get("id") in have or not any(element_in(e, text) for e in missing) or \
                    passage_role(r, rows) not in CONTENT_ROLES + ("other",):
                continue  # (a blank 甲方（盖章）：____ of a template is a form)
            out.append(_passage_hit({**r, "path": path}, s.evidence_min,
                                    {"kind": "other", "role": "other", "found_by": "document_name"}))
            if len(out) >= s.document_rows:
                return out
    return out


def _unsigned_contracts(elements, ctx: Context) -> list[str]:
    """Contracts kept unsigned beside signed ones, for a unit that asks for the contracts themselves (a ``document``
    element whose ``all`` names the parties: 甲方|乙方 …): in a folder (or a zip's folder) of files named as
    contracts (as :func:`_contracts_without_clause` names them), those whose party and signature lines are
    blank fields (甲方（盖章）：____ 日期：____, a form), while another file there has them filled in — 协议包中
    5份已签，两家在业务客户只有未签署的协议文本."""
    from .roles import CONTENT_ROLES, passage_role

    s = ctx.settings
    documents = _document_elements(elements, ctx, lambda e: bool(e.all))
    parties = [w for e in documents for w in e.all[0].split("|") if w in s.contract_party_words]
    if not parties:
        return []
    label = re.compile(rf"^\s*({'|'.join(map(re.escape, parties))})\s*([（(][^）)]{{0,10}}[)）])?\s*[:：]")
    signed: set[str] = set()
    blank: dict[str, list[str]] = {}
    for path, rows in ctx.passages_by_path.items():
        if not _named_contract(path, s):
            continue
        lines = [r for r in rows if label.match(r.get("text") or "")]  # 甲方（盖章）：…, 乙方：…
        roles = [passage_role(r, rows) for r in lines]
        if "form" in roles and not any(role in CONTENT_ROLES + ("other",) for role in roles):
            blank.setdefault(_folder(path), []).append(path)
        elif lines:
            signed.add(_folder(path))
    return sorted(p for folder in signed for p in blank.get(folder, []))


def _folder(path: str) -> str:
    """The folder a file lies in (a zip's folder too: 客户服务协议.zip!客户服务协议), '' at the bundle's root."""
    return path.rsplit("/", 1)[0] if "/" in path else ""


def _named_contract(path: str, s: "ProposeSettings") -> bool:
    """A file named as a contract: ``document_file_words`` in its name or its folder's (委托协议/扫描件003.pdf,
    客户服务协议.zip!客户服务协议/HT-FW-2026-0119_….docx), none of ``sibling_contract_not`` in its name (a
    termination notice, a template)."""
    stem = normalize(Path(path.split("!")[-1]).stem)
    place = normalize(Path(path.replace("!", "/")).parent.name)
    return any(w in stem or w in place for w in s.document_file_words) and \
        not any(w in stem for w in s.sibling_contract_not)


def _contracts_without_clause(elements, ctx: Context) -> list[str]:
    """Contracts that lack the clause the unit asks for, though one beside them has it: in a folder (or a zip's
    folder) holding a contract whose content shows the unit's clause element (``sibling_clause_elements`` of
    kind document: 乙方应按海关认证企业标准完善贸易安全管理), the other files named as contracts
    (``document_file_words`` in their name or their folder's, none of ``sibling_contract_not`` in their name: a
    termination notice) whose content names the parties (甲方, 乙方 …) and shows no such clause — 6份协议中5份有
    条款, the sixth, signed on the old template, not."""
    from .elements import element_in, word_in
    from .roles import CONTENT_ROLES, passage_role

    s = ctx.settings
    clauses = _document_elements(elements, ctx, lambda e: e.id in s.sibling_clause_elements)
    if not clauses:
        return []
    parties = [w for e in clauses for w in (e.all[0].split("|") if e.all else ())]

    with_clause: set[str] = set()
    contracts: dict[str, list[str]] = {}
    for path, rows in ctx.passages_by_path.items():
        if not _named_contract(path, s):
            continue
        content = [r.get("norm") or normalize(r.get("text") or "") for r in rows
                   if passage_role(r, rows) in CONTENT_ROLES + ("other",)]
        if any(element_in(e, t) for e in clauses for t in content):
            with_clause.add(path)
        elif any(word_in(w, t) for w in parties for t in content):
            contracts.setdefault(_folder(path), []).append(path)
    places = {_folder(p) for p in with_clause}
    return sorted(p for place in places for p in contracts.get(place, []))


def _unproven_facts(elements, good: list[EvidenceHit], flags, s: "ProposeSettings", ctx: Context | None = None,
                    not_own: set[str] = frozenset()) -> list:
    """The unit's ``proof`` facts (elements.yaml) that no non-policy content passage among its hits
    shows, nor the name of a filled sheet, a file or a folder of the bundle (a sheet 认证档案目录 with
    rows, a folder AEO认证资料/): a back-up rule with no back-up log, screenshot or check record."""
    if elements is None or isinstance(elements, dict):
        return []
    from .elements import element_in

    shown = [normalize(h.text or "") for h in good
             if h.why.get("kind") not in ("policy", "pointer") and h.score >= s.evidence_min]
    facts = [e for e in elements.required(flags) if e.kind == "fact" and e.proof
             and not any(element_in(e, t) for t in shown)]
    if facts and ctx is not None:
        names = {n for path, n in ctx.filled_names() if path not in not_own}
        facts = [e for e in facts if not any(element_in(e, n) for n in names)]
    return facts


def _filled_names(passages_by_path: dict[str, list[dict]]) -> tuple[tuple[str, str], ...]:
    """(path, name) of the names that stand for content in the bundle: each workbook sheet with a row
    under its header (file stem and sheet name) and each folder holding a file. A file's own name is not
    one (a mail 认证材料还差哪些.txt asks for the file it names)."""
    out: dict[tuple[str, str], None] = {}
    for path, rows in passages_by_path.items():
        if not rows:
            continue
        inner = Path(path.split("!")[-1])
        for folder in inner.parent.parts:
            out[(path, normalize(folder))] = None
        if rows[0].get("kind") == "sheet_row":
            out.update(((path, normalize(f"{inner.stem} {sheet}")), None)
                       for sheet, srows in _by_sheet(rows).items() if len(srows) > 1)
    return tuple(out)


def _fact_shown(good: list[EvidenceHit], s: "ProposeSettings") -> bool:
    """A fact or facility is shown by content that is not a policy's text: a record, a statement, a
    photo, a screenshot or a description — any non-policy content passage naming the unit's core, or
    kept in a file named for it (``fact_name_min``: the rows of 《WMS_ERP导出》 name no system, the file does)."""
    return any(h.why.get("kind") not in ("policy", "pointer") and (
        h.why.get("core_hits", 0) >= 1 or h.why.get("name", 0) >= s.fact_name_min) and h.score >= s.evidence_min
        for h in good)


def _fact_seen(elements, ctx: Context, not_own: set[str] = frozenset()) -> EvidenceHit | None:
    """A passage anywhere in the bundle that shows one of the unit's fact elements (elements.yaml) as a
    thing seen in use, not described: a record row — or a photo's — whose column labels name it over a
    check's outcome (a patrol log's 围墙/周界: 完好 | 监控: 正常, ``fact_check_values``; not a roster's 职务:
    门卫, a leaver's 门禁卡: 已收回 or a register's heading 门卫室), or the text of a screenshot (an image
    named so, ``fact_screenshot_words``: 客户管理 关务 物流 … 订单跟踪) that is no policy, form or quotation —
    or a row of a table a system exported (its path or sheet names it so, ``fact_export_words``: 系统导出/…,
    WMS出入库导出_2026.csv, a sheet 系统导出). A screenshot's or an export's rows are read with its path (系统截图/U8采购入库查询.png
    shows the purchasing module of a system though its rows say only 单据号 | 单据日期 | 存货名称).
    None when there is none, or the unit has no elements."""
    if elements is None or isinstance(elements, dict):
        return None
    from .elements import element_in

    s = ctx.settings
    facts = [e for e in elements.required(ctx.profile.flags) if e.kind == "fact"]
    kinds = ctx.lexicon.kinds if ctx.lexicon else {}
    for path, rows in ctx.passages_by_path.items():
        if path in not_own or not rows:
            continue
        name = path.split("!")[-1]
        screen = Path(name).suffix.lower() in s.fact_photo_suffixes and any(w in name for w in s.fact_screenshot_words)
        stem = normalize(str(Path(name).with_suffix("")))
        for r in rows:
            text = r.get("norm") or normalize(r.get("text") or "")
            sheet = _sheet_name(r.get("locator") or "") if r.get("kind") == "sheet_row" else ""
            export = not screen and bool(sheet) and any(w in f"{stem} {sheet}" for w in s.fact_export_words)
            if export and ":" not in text:
                continue  # (an export's header row names its columns, a data row shows the system in use)
            seen = screen or export
            shown = f"{stem} {sheet} {text}" if seen else _checked_labels(text, s.fact_check_values)
            if not shown or not any(element_in(e, shown) for e in facts):
                continue
            role = row_role(path, r, rows, kinds, ctx.file_memo)
            if role == "record" or (seen and role not in POINTER_ROLES + ("policy",)):
                return _passage_hit({**r, "path": path}, s.evidence_min,
                                    {"kind": "record", "role": role, "found_by": "fact_seen"})
    return None


def _checked_labels(text: str, values: tuple[str, ...]) -> str:
    """The labels of a table row's cells that record a check's outcome ("围墙/周界: 完好 | 监控: 正常" ->
    "围墙/周界 监控", with ``values`` 完好, 正常); "" for a passage that is no such row."""
    cells = [c.partition(":") for c in text.split(" | ")]
    return " ".join(label.strip() for label, colon, value in cells
                    if colon and label.strip() and value.strip() in values)


def _none_held(facts: list[dict], thresholds: tuple[str, ...]) -> bool:
    """One of these frequency thresholds counted no occasion in the window."""
    return any(f.get("found") == 0 for f in facts if f.get("threshold") in thresholds)


def _own_policy_unseen(elements, coverage, ctx: Context) -> bool:
    """The unit has policy elements (elements.yaml) and the coverage of its documents shows none of them."""
    if elements is None or isinstance(elements, dict) or coverage is None:
        return False
    own = [e.id for e in elements.required(ctx.profile.flags) if e.kind == "policy"]
    return bool(own) and all(i in coverage.missing for i in own)


def _labels_msg(key: str, coverage) -> tuple:
    """One message listing the requirement elements a coverage misses (none when nothing is missing)."""
    if coverage is None or not coverage.missing:
        return ()
    return (Msg(key, labels=element_labels(coverage.missing_pairs())),)


def _files_named(ctx: Context, words: tuple[str, ...]) -> list[str]:
    return [p for p in ctx.passages_by_path if any(w in p for w in words)]


def _is_policy_file(path: str, s: "ProposeSettings") -> bool:
    return any(w in Path(path.split("!")[-1]).stem for w in s.policy_words + s.policy_file_words)


def _item_folder_records(item: Item, hits: list[EvidenceHit], ctx: Context) -> list[EvidenceHit]:
    """Records filed beside the unit's policy in a folder named after its item ("24 进入安全/…")."""
    from rapidfuzz import fuzz

    s = ctx.settings
    out: list[EvidenceHit] = []
    for h in hits:
        folder = h.path.rsplit("/", 1)[0] if "/" in h.path else ""
        if not folder or fuzz.partial_ratio(item.title, folder.rsplit("/", 1)[-1]) < s.item_folder_similarity:
            continue
        for path, rows in ctx.passages_by_path.items():
            if path.rsplit("/", 1)[0] == folder and not _is_policy_file(path, s) and rows and path not in {
                    x.path for x in out}:
                first = rows[0]
                out.append(_passage_hit({**first, "path": path}, s.evidence_min,
                                        {"kind": "record", "name": 1.0, "from": "item_folder"}))
        break
    return out


def _occasion_records(rec_passages: list[dict], groups: list[str], ctx: Context, *,
                      by_title: bool = False) -> list[dict]:
    """The records a frequency counts (``rating_rules.yaml`` ``occasion_words``): a row of a sheet
    whose own text, sheet name, header row or file name holds one word of every group ("a|b" is
    either) and no word of a group marked "!" — the customs-law sessions of a training log, not its
    information-security ones nor the workbook's other sheets; a passage of a document whose name or passages
    hold them — ``by_title``, whose name or title (``occasion_title_passages``) holds them, or that holds
    them itself (a point of the minutes, not the meeting, is about the audit); never a passage reporting an open problem (an audit finding "总经理全年仅参加1次培训" is
    no occasion he attended) nor one telling of an occasion planned or put off (内审计划本周发)."""
    s = ctx.settings

    def sheet(p: dict) -> str:
        return _sheet_name(p.get("locator"))

    wanted = [g.split("|") for g in groups if not g.startswith("!")]
    wanted_words = [w for g in wanted for w in g]
    denied = [w for g in groups if g.startswith("!") for w in g[1:].split("|")]

    def shows(text: str) -> bool:
        return all(any(w in text for w in g) for g in wanted) and not says_not(text)

    def says_not(text: str) -> bool:
        """Every clause naming the occasion tells of one planned or put off (内审计划本周发), not held."""
        if not denied:
            return False
        said = [c for c in re.split(r" \| |[，,。；;！!？?]", text) if any(w in c for w in wanted_words)]
        return bool(said) and all(any(w in c for w in denied) for c in said)

    heads: dict[tuple[str, str], str] = {}

    def head(path: str, name: str) -> str:
        if (path, name) not in heads:
            heads[(path, name)] = _sheet_head(path, name, ctx)
        return heads[(path, name)]

    def text(p: dict) -> str:
        return p.get("norm") or p.get("text") or ""

    shown: set[str] = set()  # documents (not sheets) whose passages (by_title: name or title) show the occasion
    for p in rec_passages:
        path = p.get("path") or ""
        if sheet(p) or path in shown:
            continue
        if by_title:
            said = " ".join(text(r) for r in ctx.passages_by_path.get(path, [])[:s.occasion_title_passages])
        elif _open_problem(text(p), s):
            continue
        else:
            said = text(p)
        if shows(" ".join((said, Path(path.split("!")[-1]).stem))):
            shown.add(path)
    out = []
    for p in rec_passages:
        if _open_problem(text(p), s):
            continue
        path, name = p.get("path") or "", sheet(p)
        if name:
            p = _matrix_cells(p, lambda label: shows(" ".join((label, name))))
            if p is not None and shows(" ".join((text(p), name, head(path, name), Path(path.split("!")[-1]).stem))):
                out.append(p)
        elif (path in shown and not says_not(text(p))) or shows(text(p)):
            out.append(p)
    return out


def _matrix_cells(p: dict, counts) -> dict | None:
    """A row of a matrix (a person's row of a training matrix: "C01 海关法规更新: 2025-10-23 | C03 AEO供应链安全:
    2026-03-06 | IS-101 信息安全: 2026-01-12"), read for the occasions whose column label — with the row's
    undated cells, the topic of a log's row — ``counts``: the row with its other dated cells left out, None
    when none is left. Rows with fewer than two dated cells are no matrix rows and come back as they are."""
    cells = (p.get("norm") or normalize(p.get("text") or "")).split(" | ")
    dated = [i for i, c in enumerate(cells) if ":" in c and any(
        d.precision == "day" for d in extract_facts(c.partition(":")[2]).dates)]
    if len(dated) < 2:
        return p
    plain = " ".join(c for i, c in enumerate(cells) if i not in dated)  # a log's topic cell speaks for its dates
    kept = [c for i, c in enumerate(cells) if i not in dated or counts(c.partition(":")[0] + " " + plain)]
    if len(kept) == len(cells) - len(dated):
        return None
    return {**p, "text": " | ".join(kept), "norm": " | ".join(kept)}


@dataclass
class _Occasion:
    """One occasion a frequency counts (a training session, an audit): its day and who was there."""

    date: dt.date
    path: str
    roles: set[str]


def _occasions(rec_passages: list[dict], ctx: Context, start: dt.date) -> list[_Occasion]:
    """Occasions in the window: a log (sheet) gives one per distinct day, its rows of that day (or the
    rows of a sheet named after the day) telling who attended; a report-like file (an audit report, a
    scanned sign-in sheet) gives one, on its first day in the window, with everyone named in it."""
    as_of = ctx.profile.as_of
    people = ctx.role_people()
    by_path: dict[str, list[dict]] = {}
    for p in rec_passages:
        by_path.setdefault(p.get("path", ""), []).append(p)
    out: list[_Occasion] = []
    for path, ps in by_path.items():
        rows = ctx.passages_by_path.get(path, [])
        is_log = bool(rows) and rows[0].get("kind") == "sheet_row"
        per_day: dict[dt.date, set[str]] = {}
        file_days: list[dt.date] = []
        file_roles: set[str] = set()
        for p in ps:
            text = p.get("norm") or p.get("text") or ""
            sheet = (p.get("locator") or "").split("!")[0] if "!" in (p.get("locator") or "") else ""
            days = [] if p.get("undated") else [  # (a report's table row: its dates are not the report's)
                d.date for d in _dates([{"text": text}, {"text": sheet}], start, as_of, ctx.settings) if d.day]
            roles = {r.role for r in extract_facts(text).roles}
            roles |= {role for role, names in people.items() if any(n in text for n in names)}
            if any(w in text for w in ctx.settings.absence_words) or any(
                    re.search(pat, text) for pat in ctx.settings.absence_patterns):
                roles = set()  # "周建华 请假": named, but not there (who else came, the row does not say)
            file_roles |= roles
            file_days.extend(days)
            for day in set(days):
                per_day.setdefault(day, set()).update(roles)
            if is_log and not days and sheet:
                # an attendee row without a date belongs to the session its sheet is named after, or
                # whose day heads the sheet (培训日期: 2026-03-26 above the sign-in table)
                for d in _dates([{"text": sheet}, {"text": _row_heading(p.get("id", ""), ctx)}], start, as_of):
                    if d.day:
                        per_day.setdefault(d.date, set()).update(roles)
        if is_log:
            out.extend(_Occasion(day, path, r) for day, r in per_day.items() if start <= day <= as_of)
        else:
            # the name's year (2025年关务内审报告) dates the report only when its text has no day of its own
            name_days = [d.date for d in _dates([{"text": Path(path.split("!")[-1]).stem}], start, as_of)
                         if d.day or not file_days]
            inside = sorted(d for d in file_days + name_days if start <= d <= as_of)
            if inside:
                out.append(_Occasion(inside[0], path, file_roles))
    return sorted(out, key=lambda o: (o.date, o.path))


def _shortfall(check: RecordCheck, **values) -> Msg:
    """A record check's shortfall in both languages (the values quoted in English)."""
    zh = check.shortfall.format(**{k: ("未知" if v is None else v) for k, v in values.items()})
    en = check.shortfall_en.format(**{k: ("unknown" if v is None else f"“{v}”" if isinstance(v, str) and any(
        "\u4e00" <= c <= "\u9fff" for c in v) else v) for k, v in values.items()}) if check.shortfall_en else zh
    return Msg("record_check", zh=zh, en=en)


def _record_check(check: RecordCheck, ctx: Context, start: dt.date, facts: list[dict]) -> Msg | None:
    """One ``record_checks`` rule against the bundle's records; a shortfall (a message), or None."""
    s, prof = ctx.settings, ctx.profile
    logs = [p for p in _files_named(ctx, check.log_words) if not _is_policy_file(p, s)] if check.log_words else []
    if check.required_fields and logs:
        text = " ".join(q.get("norm") or q.get("text") or "" for p in logs for q in ctx.passages_by_path[p])
        absent = ["/".join(group) for group in check.required_fields if not any(w in text for w in group)]
        if absent:
            facts.append({"check": check.when, "files": logs, "fields_missing": absent})
            return _shortfall(check, fields="、".join(absent))
    if check.max_age_months is not None and logs:
        dated = _dates([q for p in logs for q in ctx.passages_by_path[p]]
                       + [{"path": p, "text": Path(p.split("!")[-1]).stem} for p in logs], start, prof.as_of)
        if dated:
            latest = max(d.date for d in dated if d.date <= prof.as_of) if any(
                d.date <= prof.as_of for d in dated) else None
            if latest is None or latest < add_months(prof.as_of, -check.max_age_months):
                facts.append({"check": check.when, "files": logs, "latest": latest.isoformat() if latest else None})
                return _shortfall(check, latest=latest.isoformat() if latest else None,
                                  max_age_months=check.max_age_months)
    if check.events:
        # a follow-up is a record file named for it (not a policy), the event's own row noting it, or another
        # record telling the same event handled (:func:`_followed_up`: a 差异报告 sheet beside the receiving log)
        named = any(any(w in p for w in check.follow_up_words) and not _is_policy_file(p, s)
                    for p in ctx.passages_by_path)
        for p, qs in ctx.passages_by_path.items():
            if named or _is_policy_file(p, s):
                continue
            for q in qs:
                t = q.get("norm") or q.get("text") or ""
                ev = next((w for w in check.events if w in t and _stated(w, t, s)), None)
                if not ev or any(w in t for w in check.follow_up_words + check.not_event_words):
                    continue
                if check.event_context and not any(w in t for w in check.event_context):
                    continue  # a wall or a door found broken on a patrol is no shipment short
                if not _open_problem(t, s) and any(w in t and _stated(w, t, s) for w in check.handled_words):
                    continue  # the row itself records the report or the action taken
                if _followed_up(q, t, check, ctx):
                    continue
                if any(d.day and start <= d.date <= prof.as_of for d in _dates([q], start, prof.as_of)):
                    facts.append({"check": check.when, "event": ev, "path": p, "locator": q.get("locator")})
                    return _shortfall(check, event=_short(t, 50))
    return None


_REFERENCE = re.compile(r"[A-Z]{2,}[0-9]{5,}|[0-9]{8,}")  # a bill, container or declaration number


def _followed_up(q: dict, t: str, check: RecordCheck, ctx: Context) -> bool:
    """Another passage, not a policy, tells the event of row ``q`` handled: it names one of the check's
    events and one of its handled words, and shares the row's day or a reference number (提单号, 箱号,
    报关单号) — a discrepancy report kept in another sheet, a 情况说明 to customs, a chat line."""
    s = ctx.settings
    days = {d.date for d in extract_facts(t).dates if d.precision == "day"}
    refs = set(_REFERENCE.findall(t))
    if not days and not refs:
        return False
    for p, qs in ctx.passages_by_path.items():
        if _is_policy_file(p, s):
            continue
        for r in qs:
            if r.get("id") == q.get("id"):
                continue
            u = r.get("norm") or normalize(r.get("text") or "")
            if not any(w in u for w in check.events) or not any(w in u and _stated(w, u, s) for w in check.handled_words):
                continue
            if _open_problem(u, s):
                continue
            if refs & set(_REFERENCE.findall(u)) or days & {d.date for d in extract_facts(u).dates if d.precision == "day"}:
                return True
    return False


def _check_threshold(th: Threshold, occasions: list[_Occasion], policies: list[EvidenceHit], ctx: Context,
                     facts: list[dict]) -> str | None:
    """A shortfall against one typed threshold, in Chinese, or None.

    A frequency (每年2次以上) counts the occasions in the window; where the rule names roles that must
    attend (rating_rules.yaml ``required_roles``), it counts, for each role, the occasions it attended
    (its title, or the name of the person holding it, on the record of that occasion)."""
    if th.kind == "frequency":
        facts.append({"threshold": th.name, "required": th.value, "found": len(occasions),
                      "occasions": [{"date": o.date.isoformat(), "path": o.path} for o in occasions]})
        if len(occasions) < th.value:
            return Msg("too_few_occasions", n=len(occasions), required=std(th.text))
        roles = ctx.settings.required_roles.get(th.name) or []
        labels, labels_en = role_labels(), role_labels(lang="en")
        short = {r: sum(1 for o in occasions if r in o.roles) for r in roles}
        unknown = {r for r in ctx.settings.roles_if_named if not short.get(r) and not ctx.role_people().get(r)}
        short = {r: n for r, n in short.items() if n < th.value and r not in unknown}
        if short:
            facts.append({"threshold": th.name, "role_attendance": short})
            return Msg("role_required", required=std(th.text), parts={"join": [
                Msg("role_attendance", role=element_labels([(labels.get(r, r), labels_en.get(r, r))]), n=n) for r, n in short.items()]})
    elif th.kind == "retention":
        # the policy's passages the matcher found and the rest of their documents: 备份保留10天 in one article
        # does not hide 数据保存五年 in the next
        stated = [d for h in policies if _keeps(h.text, th, ctx.settings)
                  for d in extract_facts(h.text).durations] + _retention_in_documents(th, policies, ctx)
        want_years = th.value if th.unit == "years" else th.value / 12.0
        if not stated:
            return Msg("no_retention", required=std(th.text))
        longest = max(stated, key=lambda d: d.days)
        facts.append({"threshold": th.name, "required_years": want_years, "stated_years": longest.years})
        # (Duration.covers: 90天 is 3个月, though 90/365 of a year is less than 3/12)
        if not any(d.covers(th.value, _RETENTION_UNITS.get(th.unit, "year")) for d in stated):
            return Msg("short_retention", stated=longest.text, required=std(th.text))
        earliest = _per_run(ctx, ("earliest_kept", th.name), lambda: _earliest_kept(th, ctx))
        if earliest is not None and th.unit in _RETENTION_UNITS:
            day, where = earliest
            reach = window_start(ctx.profile.as_of, **{th.unit: th.value})  # N years (months, days) before
            facts.append({"threshold": th.name, "earliest_kept": day.isoformat(), "needed_from": reach.isoformat()})
            if day > reach:
                return Msg("short_history", earliest=day.isoformat(), cite=where, required=std(th.text))
    return None


def _earliest_kept(th: Threshold, ctx: Context) -> tuple[dt.date, Msg] | None:
    """The earliest day from which the bundle says the kept data can be found (最早可查数据: 2019-03, 数据起始:
    2024-07-01 on a screenshot, 最早记录 in a back-up log), the earliest of all such statements, with where it
    is said; None when no passage says it. A policy's period (保存五年) is what it promises; this is what the
    system holds."""
    labels = [normalize(w) for w in ctx.settings.retention_earliest_labels.get(th.name) or ()]
    if not labels:
        return None
    best: tuple[dt.date, Msg] | None = None
    for path, rows in ctx.passages_by_path.items():
        for r in rows:
            text = r.get("norm") or normalize(r.get("text") or "")
            for w in labels:
                at = text.find(w)
                if at < 0:
                    continue
                days = [d.date for d in extract_facts(text[at:at + len(w) + 24]).dates if d.date <= ctx.profile.as_of]
                if days and (best is None or days[0] < best[0]):
                    best = (days[0], cite(path, r.get("page"), r.get("locator")))
    return best


_RETENTION_UNITS = {"years": "year", "months": "month", "days": "day"}  # a threshold's unit -> a Duration's


def _keeps(text: str, th: Threshold, s: "ProposeSettings") -> bool:
    """The passage says something is kept (``retention_words``) and names what the threshold is about
    (``retention_subjects``): 业务数据保存期限不少于二年 for the data, not 纸质档案保存三年."""
    subjects = s.retention_subjects.get(th.name) or ()
    text = normalize(text or "")
    return (not s.retention_words or any(w in text for w in s.retention_words)) and (
        not subjects or any(w in text for w in subjects))


def _retention_in_documents(th: Threshold, policies: list[EvidenceHit], ctx: Context) -> list:
    """The periods a policy states for keeping what the threshold is about, read the way an auditor reads:
    anywhere in the documents the unit's policy passages come from (第三十四条 数据保存5年以上, some
    articles after the one the matcher ranked first) — in a passage that says something is kept
    (``retention_words``) and names the threshold's subject (``retention_subjects``: 数据, 系统 …)."""
    s = ctx.settings
    if not s.retention_words:
        return []
    out = []
    for path in dict.fromkeys(h.path for h in policies):
        for r in ctx.passages_by_path.get(path, []):
            text = r.get("norm") or normalize(r.get("text") or "")
            if _keeps(text, th, s):
                out.extend(extract_facts(text).durations)
    return out


_PERCENT = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*[%％]")


def _percentage_shortfall(th: Threshold, ctx: Context, start: dt.date, facts: list[dict]) -> Msg | None:
    """A percentage the standard sets (派员实地监装比例不低于10%) measured in the bundle's records and short of it:
    the figures written under one of the threshold's words (``percentage_labels``: 监装比例: 8.2%, or 监装比例约8.3%
    in a report) in record passages dated in the window; their mean is compared with the threshold. A figure
    right after a comparison word (``percentage_rule_words``) states a rule, not a measure; policies and forms
    are not read."""
    from .records.verdicts import OPS

    words = ctx.settings.percentage_labels.get(th.name) if th.kind == "percentage" else None
    op = OPS.get(th.op or "")
    if not words or op is None:
        return None
    kinds = ctx.lexicon.kinds if ctx.lexicon else {}
    rule = re.compile("(?:" + "|".join(map(re.escape, words)) + r")[^，。；;|0-9]{0,8}?([0-9]+(?:\.[0-9]+)?)\s*[%％]")
    found: list[tuple[float, dict]] = []
    for path, rows in ctx.passages_by_path.items():
        if _is_policy_file(path, ctx.settings):
            continue
        for row in rows:
            text = row.get("norm") or normalize(row.get("text") or "")
            if not any(w in text for w in words):
                continue
            values = []
            for cell in text.split(" | "):
                label, sep, value = cell.partition(":")
                if sep and any(w in label for w in words):
                    m = _PERCENT.fullmatch(value.strip())
                    if m:
                        values.append(float(m.group(1)))
            if not values:
                values = [float(m.group(1)) for m in rule.finditer(text)
                          if not text[:m.start(1)].rstrip().endswith(ctx.settings.percentage_rule_words)]
            if not values or row_role(path, row, rows, kinds, ctx.file_memo) not in ("record", "statement", "other"):
                continue
            if not any(start <= d.date <= ctx.profile.as_of for d in _dates([row], start, ctx.profile.as_of, ctx.settings)):
                continue
            found.extend((v, row) for v in values)
    if not found:
        return None
    mean = sum(v for v, _ in found) / len(found)
    facts.append({"threshold": th.name, "required": th.value, "measured_mean": round(mean, 2), "figures": len(found)})
    if op(mean, th.value):
        return None
    worst = min(found, key=lambda x: x[0]) if th.op in (">=", ">") else max(found, key=lambda x: x[0])
    row = worst[1]
    return Msg("percentage_short", value=f"{mean:.1f}", n=len(found), required=std(th.text),
               cite=cite(row.get("path", ""), row.get("page"), row.get("locator")))


def _item_links(assessment: Assessment, evidence: dict[str, list[EvidenceHit]]):
    """For each passage, the sub-item(s) of an item it matches best; for each sub-item, the record
    hits of its sibling sub-items (an umbrella "建立…制度并有效落实" is carried out through them)."""
    best: dict[str, dict[str, set[str]]] = {}
    siblings: dict[str, list[EvidenceHit]] = {}
    for item in assessment.scored_items:
        top: dict[str, tuple[float, set[str]]] = {}
        for sub in item.subitems:
            for h in evidence.get(sub.id, []):
                score, owners = top.get(h.passage_id, (-1.0, set()))
                if h.score > score + 1e-9:
                    top[h.passage_id] = (h.score, {sub.id})
                elif abs(h.score - score) <= 1e-9:
                    owners.add(sub.id)
        for pid, (_, owners) in top.items():
            best.setdefault(pid, {})[item.id] = owners  # per item: a passage fits one sub-item of each
        for sub in item.subitems:
            siblings[sub.id] = [h for other in item.subitems if other.id != sub.id
                                for h in evidence.get(other.id, []) if h.why.get("kind") == "record"]
    return best, siblings


def _top_cores(evidence: dict[str, list[EvidenceHit]]) -> dict[str, tuple[int, frozenset[str]]]:
    """Each passage's largest number of core concepts named for any unit, and the units it names that many of."""
    top: dict[str, tuple[int, frozenset[str]]] = {}
    for uid, hits in evidence.items():
        for h in hits:
            n = h.why.get("core_hits", 0)
            best, units = top.get(h.passage_id, (-1, frozenset()))
            if n > best:
                top[h.passage_id] = (n, frozenset((uid,)))
            elif n == best:
                top[h.passage_id] = (n, units | {uid})
    return top


def _top_scores(evidence: dict[str, list[EvidenceHit]]) -> dict[str, float]:
    """Each passage's best score over all units it was matched to."""
    top: dict[str, float] = {}
    for hits in evidence.values():
        for h in hits:
            if h.score > top.get(h.passage_id, -1.0):
                top[h.passage_id] = h.score
    return top


def propose(assessment: Assessment, profile: Profile, evidence: dict[str, list[EvidenceHit]], *,
            passages: Iterable = (), record_verdicts: dict | None = None, records_present: bool = False,
            settings: ProposeSettings | None = None, elements: dict | None = None, memo=None,
            ) -> tuple[dict[str, Proposal], dict[str, dict]]:
    """Proposals for every rated unit and the item roll-up ``{item id: {rating, score}}``.
    ``elements`` (``{(level, unit id): UnitElements}``) defaults to the edition's elements.yaml when
    ``use_elements`` is set (models/thresholds.yaml), else none. With ``memo`` (a
    :class:`unit_memo.UnitMemo`) a unit whose reads have not changed since the previous run keeps
    that run's proposal."""
    by_path: dict[str, list[dict]] = {}
    for p in passages:
        d = p if isinstance(p, dict) else p.to_json()
        by_path.setdefault(d["path"], []).append(d)
    settings = settings or ProposeSettings.load(assessment.standard.edition)
    lexicon = load_lexicon(assessment.standard.edition)
    evidence = with_roles(evidence, by_path, lexicon.kinds, assessment.standard.edition)
    best_unit, siblings = _item_links(assessment, evidence)
    ctx = Context(profile=profile, settings=settings,
                  passages_by_path=by_path, record_verdicts=record_verdicts or {}, records_present=records_present,
                  best_unit=best_unit, sibling_records=siblings, top_score=_top_scores(evidence),
                  top_core=_top_cores(evidence), lexicon=lexicon, assessment=assessment,
                  elements=(load_unit_elements(assessment.standard.edition) if settings.use_elements else {})
                  if elements is None else elements)
    proposals: dict[str, Proposal] = {}
    items: dict[str, dict] = {}
    points = assessment.standard.rules.points
    for item in assessment.scored_items:
        unit_ratings = []
        for unit in item.rated_units:
            hits = evidence.get(unit.id, [])
            prop = propose_unit(item, unit, hits, ctx) if memo is None else \
                memo.propose(unit.id, hits, ctx, lambda view: propose_unit(item, unit, hits, view))
            proposals[unit.id] = prop
            unit_ratings.append(prop.rating if prop.status != "needs_review" else None)
        rating = rollup(unit_ratings)
        items[item.id] = {"rating": rating, "score": points[rating] if rating else None,
                          "label": _LABEL.get(rating or "", "待人工判断")}
    return proposals, items
