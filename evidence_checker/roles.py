"""The role of a passage, read from its content: what it can prove.

- ``policy``     a rule of the enterprise: an article (第N条), 应当/须/不得, responsibilities;
- ``record``     something done: dated rows, names, signatures, counts, a dated report;
- ``statement``  a declaration or undertaking (声明, 承诺);
- ``form``       a template: blank fields (____, □), 样表/模板, the header row of an empty sheet;
- ``quotation``  the standard's own sentence reproduced (a questionnaire, a 自评表, a checklist);
- ``navigation`` a title, a heading, a table-of-contents line, a cross-reference (见《…》第7条), a
  change-log line.

Navigation, forms and quotations are *pointers*: they show where something may be but never count
as policy or record content. The file name is one signal among several: it decides only when the
content says nothing either way. Cut-offs and marker words are data (``models/thresholds.yaml`` →
``roles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz, process

from .catalog import CatalogError, load_standard
from .data import models_root, read_yaml
from .ingest.normalize import normalize

MODELS_DIR = models_root()  # inside the wheel, or the checkout's models/ (see data.py)

CONTENT_ROLES = ("policy", "record", "statement")
POINTER_ROLES = ("form", "quotation", "navigation")
ROLES = CONTENT_ROLES + POINTER_ROLES + ("other",)


@dataclass(frozen=True)
class RoleSettings:
    """``models/thresholds.yaml`` → ``roles``: similarity cut-offs and marker words/patterns."""

    quotation_similarity: float  # rapidfuzz partial_ratio against a unit's text at or above which it is a quote
    quotation_min_chars: int  # shorter passages are never judged quotations (a title is navigation anyway)
    title_max_chars: int  # a line this short without sentence punctuation or rule words is a title/heading
    navigation_patterns: tuple[str, ...]  # regexes: TOC leaders, change-log lines
    metadata_table_headers: tuple[str, ...]  # regexes on a table's first row: a document-control block or a
    #                                          revision history, whose every row is navigation (not a record)
    cross_reference: str  # regex of a reference to another document (见《…》第N条)
    form_patterns: tuple[str, ...]  # regexes: blank fields, 样表
    article_pattern: str  # regex of an article start (第N条)
    policy_markers: tuple[str, ...]
    record_markers: tuple[str, ...]
    statement_markers: tuple[str, ...]
    date_pattern: str
    quotation_table_share: float = 0.0  # a table or sheet with at least this share of quoted rows (read
    #                                     among its first quotation_table_rows) quotes the standard in
    #                                     every row, header included: a 自评表 (0 = off)
    quotation_table_rows: int = 20
    signature_pattern: str = ""  # regex of a filled signature line (甲方（盖章）：某某有限公司): content, not a title
    reference_clause_min_chars: int = 10  # a sentence with a reference and a clause of this many Chinese
    #                                       characters without one states something: it is not a pointer
    heading_levels: tuple[str, ...] = ()  # regexes of heading numbering styles (第N章, 一、, 1.1, ## …): a
    #                                       heading's section runs to the next heading of its level or above
    title_kinds: tuple[str, ...] = ("policy",)  # the kinds a document's title line may give its passages when
    #                                            the file name is silent (…管理制度 → policy, …承诺书 → statement)

    @classmethod
    def load(cls, path: Path | None = None) -> "RoleSettings":
        path = path or MODELS_DIR / "thresholds.yaml"
        try:
            data = (read_yaml(path) or {}).get("roles") or {}
        except FileNotFoundError:
            raise CatalogError(f"{path}: missing (role settings)") from None
        missing = [f for f in cls.__dataclass_fields__ if f not in data]
        unknown = [k for k in data if k not in cls.__dataclass_fields__]
        if missing or unknown:
            raise CatalogError(f"{path.name}: roles: missing {missing or '-'}, unknown {unknown or '-'}")
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def heading_level(text: str, s: RoleSettings) -> int | None:
    """Which of ``heading_levels`` numbers the heading (its style), None when unnumbered."""
    return next((i for i, pat in enumerate(s.heading_levels) if re.match(pat, text.strip())), None)


@lru_cache(maxsize=2)
def default_settings() -> RoleSettings:
    return RoleSettings.load()


@lru_cache(maxsize=4)
def standard_sentences(edition: str = "2018-177") -> tuple[str, ...]:
    """Every rated unit's text of every assessment of the edition, normalised, labels ("照明：") dropped."""
    std = load_standard(edition)
    out: dict[str, None] = {}
    for level in ("advanced", "general"):
        for btype in ("importer", "broker", "ftsp"):
            try:
                a = std.assessment(level, btype)
            except Exception:  # an edition without this assessment
                continue
            for _, unit in a.rated_units():
                text = re.sub(r"^[^：:，,。]{1,12}[：:]", "", normalize(unit.text or ""))
                for part in re.split(r"[。；;]", text):
                    if len(part) >= 8:
                        out[part] = None
    return tuple(out)


def _get(p, key, default=None):
    return p.get(key, default) if isinstance(p, dict) else getattr(p, key, default)


def _norm(p) -> str:
    return _get(p, "norm") or normalize(_get(p, "text") or "")


def document_title(rows: Iterable) -> str:
    """The title line a text document opens with (its first passage besides page headers and footers,
    short and without sentence punctuation: "厂区保安及门卫管理制度"), normalised; "" when it opens otherwise
    or is a sheet or a message log."""
    longest = default_settings().title_max_chars
    for r in rows:
        kind = _get(r, "kind") or "paragraph"
        if kind in ("header", "footer"):
            continue
        text = _norm(r).strip()
        if kind in ("sheet_row", "line") or not 2 <= len(text) <= longest or re.search(r"[。；;，,:：]", text):
            return ""
        return text
    return ""


_TABLE = re.compile(r"^(.*?\btable\s*\d+)")


def _sheet(locator: str) -> str:
    """The table a row belongs to: a sheet's name (``台账!A3:F3``), a document table without its row
    (``p2 table1 r4`` → ``p2 table1``), or "" for rows read otherwise (OCR lines of one image)."""
    if "!" in locator:
        return locator.split("!")[0]
    m = _TABLE.match(locator)
    return m.group(1) if m else ""


def _table_rows(p, rows: list) -> list:
    """The data rows of the table (sheet) ``p`` is a row of, in order; [] when ``p`` is no table row.
    Read from an index of ``rows`` built once (not to be modified)."""
    kind = _get(p, "kind")
    if kind not in ("sheet_row", "table_row"):
        return []
    return _rows_index(rows).get((kind, _sheet(_get(p, "locator") or "")), [])


_INDEXED: list = []  # [(rows, len(rows), index)] of the last few rows lists, newest first


def _rows_index(rows: list) -> dict:
    """``{(kind, table): data rows in order}`` of a file's passages, built once per list instead of a
    scan of the whole file per passage (a file's rows are asked about once per passage and unit)."""
    for held, n, index in _INDEXED:
        if held is rows and n == len(rows):
            return index
    index: dict = {}
    for r in rows:
        kind = _get(r, "kind")
        if kind in ("sheet_row", "table_row") and not _is_example(r):  # a template's example row is no data row
            index.setdefault((kind, _sheet(_get(r, "locator") or "")), []).append(r)
    _INDEXED.insert(0, (rows, len(rows), index))
    del _INDEXED[8:]
    return index


def _is_header_row(p, rows: list) -> tuple[bool, bool]:
    """(the passage is the first row of its sheet, the sheet has other rows)."""
    same = _table_rows(p, rows)
    if not same:
        return False, False
    return _get(same[0], "id") == _get(p, "id"), len(same) > 1


def _content_beside_reference(text: str, s: RoleSettings) -> bool:
    """Whether a sentence with a reference also states something in a clause of its own (…货物流、单证流、
    信息流一一对应；流程图见附录二): then the reference is a footnote, not the whole passage."""
    clauses = [c for c in re.split(r"[；;。！!？?]", text) if c.strip() and not re.search(s.cross_reference, c)]
    return any(len(re.findall(r"[\u4e00-\u9fff]", c)) >= s.reference_clause_min_chars for c in clauses)


def _in_metadata_table(p, rows: list, s: "RoleSettings") -> bool:
    """The row belongs to a document-control block (文件编号 | … | 生效日期), a revision history
    (版本 | 日期 | 修订内容) or a catalogue of the certification files (资料名称 | 对应标准项 | 存放位置):
    it says when a document changed or where it is kept, not that anything was carried out."""
    same = _table_rows(p, rows)
    if not same:
        return False
    head = _norm(same[0])
    return any(re.search(pat, head) for pat in s.metadata_table_headers)


def _labels_only_table(p, rows: list, s: "RoleSettings") -> bool:
    """``p`` is the last row of a sheet or table whose rows hold only labels — no ``name: value``
    pair (a filled row under a header), no date, no number of three digits or more: a blank form
    with a title line above its column labels."""
    same = _table_rows(p, rows)
    if len(same) < 2 or _get(same[-1], "id") != _get(p, "id"):
        return False
    for r in same:
        t = _norm(r)
        if any(re.search(pat, t) for pat in s.form_patterns):
            continue  # a title with 样表, a line of blanks to fill in
        if re.search(r"[:：]\s*\S", t) or re.search(s.date_pattern, t) or re.search(r"\d{3,}", t):
            return False
    return True


_EMPTY_CELL = re.compile(r"(?:^|\|)\s*(?:\||$)")


def _blank_form_table(p, rows: list, s: "RoleSettings") -> bool:
    """``p`` is a row of a table left to be filled in: no row holds a date, a number of three digits or
    more or a ``name: value`` pair, and at least half of them have empty cells (演练名称 | ␣ | 日期 | ␣)."""
    same = _table_rows(p, rows)
    if len(same) < 2:
        return False
    blank = 0
    for r in same:
        t = _norm(r)
        if re.search(r"[:：]\s*\S", t) or re.search(s.date_pattern, t) or re.search(r"\d{3,}", t):
            return False
        blank += bool(_EMPTY_CELL.search(t))
    return 2 * blank >= len(same)


def _quoting_table(p, rows: list, s: "RoleSettings", edition: str) -> bool:
    """Most of the first rows of ``p``'s sheet or table (``quotation_table_share`` of at most
    ``quotation_table_rows``, header left out) reproduce sentences of the standard."""
    if not s.quotation_table_share:
        return False
    same = _table_rows(p, rows)[1: 1 + s.quotation_table_rows]
    if len(same) < 2:
        return False
    quoted = sum(is_quotation(_norm(r).strip(), s, edition) for r in same)
    return quoted >= s.quotation_table_share * len(same)


def _is_example(p) -> bool:
    """A row of a records template that starts with ``#``: an example, never read as a record
    (record_templates.is_comment)."""
    # the first cell, as the reader writes it: "#…" or, under a header, "处罚日期: #…"
    return _get(p, "kind") in ("sheet_row", "table_row") and bool(_EXAMPLE_ROW.match(_get(p, "text") or ""))


_EXAMPLE_ROW = re.compile(r"^\s*(?:[^|:：]{1,30}[:：]\s*)?#")


def is_quotation(text: str, s: RoleSettings, edition: str = "2018-177") -> bool:
    """The passage reproduces a sentence of the standard (any sub-item, any assessment)."""
    if len(text) < s.quotation_min_chars or re.match(s.article_pattern, text):
        return False
    return _quotes(text, s, edition)


QUOTED: dict[tuple[str, float, str], bool] = {}  # (text, similarity, edition) -> a quotation: this process's answers
PRIOR: dict[tuple[str, float, str], bool] = {}  # the previous run's answers (rerun.py checks they still hold)


def _quotes(text: str, s: RoleSettings, edition: str) -> bool:
    """is_quotation's search, once per text (a passage is asked about by every unit it may serve)."""
    key = (text, s.quotation_similarity, edition)
    found = QUOTED.get(key)
    if found is None:
        found = PRIOR.get(key)
        if found is None:
            found = process.extractOne(text, standard_sentences(edition), scorer=fuzz.partial_ratio,
                                       score_cutoff=s.quotation_similarity) is not None
        QUOTED[key] = found
    return found


def passage_role(p, rows: list | None = None, *, name_kind: str | None = None, settings: RoleSettings | None = None,
                 edition: str = "2018-177") -> str:
    """The role of passage ``p`` (a dict or Passage); ``rows`` are the passages of its file, in order;
    ``name_kind`` the kind the file name suggests (policy/record/statement), used only when the
    content is silent."""
    return passage_role_why(p, rows, name_kind=name_kind, settings=settings, edition=edition)[0]


def file_role(rows: list, *, name_kind: str | None = None, settings: RoleSettings | None = None) -> str | None:
    """The content role most of a file's passages have (policy, record or statement; None when the file
    holds only pointers): what its title stands for. Quotations are not looked for here."""
    return majority_role((passage_role_why(r, rows, name_kind=name_kind, settings=settings, quotations=False)[0]
                          for r in rows), name_kind)


def majority_role(roles: Iterable[str], name_kind: str | None = None) -> str | None:
    """The content role most of ``roles`` are — the file name's kind when it is among them — or None
    when none is a content role."""
    counts: dict[str, int] = {}
    for role in roles:
        if role in CONTENT_ROLES:
            counts[role] = counts.get(role, 0) + 1
    if not counts:
        return None
    if name_kind in counts:
        return name_kind
    return max(sorted(counts), key=lambda k: counts[k])


def passage_role_why(p, rows: list | None = None, *, name_kind: str | None = None,
                     settings: RoleSettings | None = None, edition: str = "2018-177",
                     quotations: bool = True) -> tuple[str, str]:
    """(role, what decided it): ``title`` for a title or heading, which stands for its document."""
    s = settings or default_settings()
    text = _norm(p)
    kind = _get(p, "kind") or "paragraph"
    rows = rows or []
    stripped = text.strip()
    if not stripped:
        return "other", "empty"
    # navigation
    if any(re.search(pat, stripped) for pat in s.navigation_patterns):
        return "navigation", "toc"
    if _in_metadata_table(p, rows, s):
        return "navigation", "document_control"
    has_policy = any(w in stripped for w in s.policy_markers) or bool(re.match(s.article_pattern, stripped))
    ref = re.search(s.cross_reference, stripped)
    if (ref and not any(w in re.sub(s.cross_reference, "", stripped) for w in s.policy_markers)
            and not _content_beside_reference(stripped, s)):
        return "navigation", "reference"
    dated = bool(re.search(s.date_pattern, stripped))
    # forms: blank fields, 样表, a template's example row, the header row of an empty sheet
    if any(re.search(pat, stripped) for pat in s.form_patterns):
        return "form", "blank"
    if _is_example(p):
        return "form", "example"
    first, others = _is_header_row(p, rows)
    if first and not others and not dated and not re.search(r"\d{3,}", stripped):
        return "form", "empty_sheet"  # a header row (labels only) with no rows under it: a template
    if not first and _labels_only_table(p, rows, s):
        return "form", "empty_sheet"  # a title row, then column labels, and nothing filled in under them
    if _blank_form_table(p, rows, s):
        return "form", "blank_table"  # a form's table in an appendix: labels beside empty cells
    if s.signature_pattern and kind != "heading" and re.search(s.signature_pattern, stripped):
        return "other", "signature"  # a contract's or letter's signature line with the party filled in
    if kind == "heading":
        return "navigation", "title"
    if (kind not in ("sheet_row", "table_row") and len(stripped) <= s.title_max_chars and not dated
            and not re.search(r"[。；;，,！!？?]", stripped) and not has_policy):
        return "navigation", "title"
    # the standard quoted, in this passage or in most rows of its table (a 自评表's header and its
    # 自评结论/佐证材料 cells come with the quoted requirement, they do not meet it)
    if quotations and is_quotation(stripped, s, edition):
        return "quotation", "quotation"
    if quotations and kind in ("sheet_row", "table_row") and _quoting_table(p, rows, s, edition):
        return "quotation", "quotation_table"
    if first and others:
        return "record", "log_head"  # the head of a log: stands for the log
    role = _content_role(stripped, kind, name_kind, has_policy, dated, s)
    if role in ("policy", "other") and kind == "table_row" and not re.match(s.article_pattern, stripped) \
            and any(re.search(s.date_pattern, _norm(r)) for r in _table_rows(p, rows)):
        return "record", "table"  # a row of a filled table (a findings tracker) in a handbook: its dated rows' kind
    return role, "content"


def _content_role(stripped: str, kind: str, name_kind: str | None, has_policy: bool, dated: bool,
                  s: RoleSettings) -> str:
    if name_kind == "statement" or (any(w in stripped for w in s.statement_markers)
                                    and not re.match(s.article_pattern, stripped)):
        return "statement"
    if re.match(s.article_pattern, stripped):
        return "policy"
    has_record = dated or any(w in stripped for w in s.record_markers)
    if kind in ("sheet_row", "table_row"):
        return "record" if has_record or name_kind == "record" else (name_kind or "other")
    if has_policy and not dated:
        return "policy"
    if dated and (has_record or name_kind in (None, "record")):
        return "record"
    if has_policy and has_record:
        return name_kind if name_kind in ("policy", "record") else "policy"
    if has_policy:
        return "policy"
    if has_record and name_kind in (None, "record"):
        return "record"
    return name_kind or "other"
