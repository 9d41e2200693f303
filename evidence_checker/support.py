"""What a unit's evidence supports: each hit's role read from its content (:mod:`evidence_checker.roles`),
pointers kept apart from content, and the coverage of the unit's requirement elements
(``standards/<edition>/elements.yaml``, when the edition has them).

Used by :mod:`evidence_checker.propose` before any rating rule runs, so that a title, a cross-
reference, a blank form or a quotation of the standard can be shown but never counts as a policy or a
record.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from .ingest.normalize import normalize
from .elements import element_in
from .results import EvidenceHit
from .roles import (CONTENT_ROLES, POINTER_ROLES, default_settings, document_title, heading_level,
                    majority_role, passage_role_why)


def _kind_named(name: str, kinds: dict[str, tuple[str, ...]]) -> str | None:
    for kind in ("statement", "policy", "record"):
        if any(w in name for w in kinds.get(kind, ())):
            return kind
    return None


def _name_kind(path: str, kinds: dict[str, tuple[str, ...]]) -> str | None:
    return _kind_named(normalize(Path(path.split("!")[-1]).stem), kinds)


def _title_kind(path: str, rows: list[dict], kinds: dict[str, tuple[str, ...]],
                memo: dict[str, str | None]) -> str | None:
    """A neutral file name (附件2.docx): the kind its document's title line names (…管理制度), if any."""
    if path not in memo:
        kind = _kind_named(document_title(rows[:4]), kinds)
        memo[path] = kind if kind in default_settings().title_kinds else None
    return memo[path]


def with_roles(evidence: dict[str, list[EvidenceHit]], passages_by_path: dict[str, list[dict]],
               kinds: dict[str, tuple[str, ...]], edition: str = "2018-177") -> dict[str, list[EvidenceHit]]:
    """Every hit with ``why.role`` (its role from content) and ``why.kind`` set from it: the role for
    policy/record/statement, ``pointer`` for navigation/form/quotation, ``other`` otherwise. The
    matcher's own guess stays in ``why.kind_matched``."""
    memo: dict[str, tuple[str, str]] = {}
    files: dict[str, _Outline] = {}
    by_id: dict[str, tuple[dict, list[dict], int]] = {}
    for path, rows in passages_by_path.items():
        for i, r in enumerate(rows):
            by_id[r.get("id", "")] = (r, rows, i)
    titles: dict[str, str | None] = {}
    out: dict[str, list[EvidenceHit]] = {}
    for uid, hits in evidence.items():
        new = []
        for h in hits:
            if h.why.get("role") or h.why.get("from"):
                new.append(h)
                continue
            if h.passage_id not in memo:
                p, rows, at = by_id.get(h.passage_id, ({"id": h.passage_id, "path": h.path, "text": h.text,
                                                        "locator": h.locator, "kind": "paragraph"}, [], -1))
                name_kind = _name_kind(h.path, kinds) or _title_kind(h.path, rows, kinds, titles)
                role, how = passage_role_why(p, rows, name_kind=name_kind, edition=edition)
                if how == "title" and rows:
                    # a document's title stands for the document, a heading inside it for its own section,
                    # when that has content (a chapter that only says 见另册 stands for nothing here)
                    if h.path not in files:
                        files[h.path] = _outline(rows, name_kind)
                    stands = _heading_stands_for(at, rows, files[h.path], name_kind)
                    if stands:
                        role, how = stands, "title_of"
                memo[h.passage_id] = (role, how)
            role, how = memo[h.passage_id]
            kind = role if role in CONTENT_ROLES else ("pointer" if role in POINTER_ROLES else "other")
            new.append(replace(h, why={**h.why, "role": role, "role_from": how, "kind": kind,
                                       "kind_matched": h.why.get("kind")}))
        out[uid] = new
    return out


_PAGE_FURNITURE = ("header", "footer")


@dataclass(frozen=True)
class _Outline:
    """A file's passages read for its headings, once per file: each passage's (role, what decided it),
    the indices of its headings (heading passages and numbered titles, page headers and footers aside)
    and each heading's level (the rank of its numbering style in the order the file first uses them
    (``roles.heading_levels``: a handbook of 一、 parts with 第N章 chapters inside), None unnumbered)."""

    roles: list[tuple[str, str]]
    headings: list[int]
    level: dict[int, int | None]


def _outline(rows: list[dict], name_kind: str | None) -> _Outline:
    s = default_settings()
    roles = [passage_role_why(r, rows, name_kind=name_kind, quotations=False) for r in rows]
    style = {i: heading_level(r.get("text") or "", s) for i, r in enumerate(rows)
             if roles[i][1] == "title" and r.get("kind") not in _PAGE_FURNITURE}
    headings = [i for i, st in style.items() if st is not None or rows[i].get("kind") == "heading"]
    rank: dict[int, int] = {}
    for i in headings:
        if style[i] is not None:
            rank.setdefault(style[i], len(rank))
    return _Outline(roles, headings, {i: rank.get(style[i]) for i in headings})


def _heading_stands_for(idx: int, rows: list[dict], outline: _Outline, name_kind: str | None) -> str | None:
    """The content role a title or heading stands for — the role most of the file's passages have — or
    None when it stands for nothing: a heading with nothing under it but pointers (a table-of-contents
    entry whose chapter is not in the file, a chapter that only says 见另册). The file's first heading
    stands for the whole file, a later one for its section (:func:`_section`), a table-of-contents entry
    for the chapter of the same name further on. Other short lines (a page header, an OCR fragment)
    stand for the file."""
    roles, headings = outline.roles, outline.headings
    if idx in outline.level and idx != headings[0]:
        section = _section(idx, len(rows), outline)
        if not section:
            text = normalize(rows[idx].get("text") or "")
            later = next((i for i in headings if i > idx + 1 and normalize(rows[i].get("text") or "") == text), None)
            section = _section(later, len(rows), outline) if later is not None else section
        if not any(roles[i][0] not in POINTER_ROLES and roles[i][1] != "empty" for i in section):
            return None
    return majority_role((r for r, _ in roles), name_kind)


def _section(idx: int, n: int, outline: _Outline) -> range:
    """The passages under the heading at ``idx``, up to the next heading of its level or above; an
    unnumbered heading runs to the next unnumbered one."""
    level = outline.level[idx]
    for i in outline.headings:
        if i <= idx:
            continue
        other = outline.level[i]
        if (other is None) if level is None else (other is not None and other <= level):
            return range(idx + 1, i)
    return range(idx + 1, n)


def split(hits: Iterable[EvidenceHit]) -> tuple[list[EvidenceHit], list[EvidenceHit]]:
    """(content hits, pointer hits)."""
    content, pointers = [], []
    for h in hits:
        (pointers if h.why.get("role") in POINTER_ROLES else content).append(h)
    return content, pointers


# ---------------------------------------------------------------------------------------------
# requirement elements (standards/<edition>/elements.yaml): the integration point

_ROLE_FOR_KIND = {"policy": ("policy",), "record": ("record",), "statement": ("statement", "record"),
                  "fact": ("policy", "record", "statement", "other"),
                  "document": ("policy", "record", "statement", "other")}  # a contract, a letter: its words (甲方, 乙方) tell it from a rule about one


def _field(obj, name, default=()):
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


@dataclass(frozen=True)
class Coverage:
    covered: tuple[str, ...]
    missing: tuple[str, ...]  # element ids
    missing_labels: tuple[str, ...]
    by: dict  # element id -> passage id that covers it
    missing_en: tuple[str, ...] = ()  # the missing elements' English labels (``label_en``)

    def missing_pairs(self) -> list[tuple[str, str]]:
        """(Chinese, English) label of every missing element, for :func:`~evidence_checker.messages.labels`."""
        return list(zip(self.missing_labels, self.missing_en or self.missing_labels))


def _shows(el, text: str) -> bool:
    if not isinstance(el, dict):
        return element_in(el, text)
    any_w = [normalize(w) for w in _field(el, "any")]
    all_w = [normalize(w) for w in _field(el, "all")]
    not_w = [normalize(w) for w in (_field(el, "not_", ()) or _field(el, "not", ()))]
    return any(w in text for w in any_w) and all(w in text for w in all_w) and not any(w in text for w in not_w)


def element_coverage(unit_elements, hits: Iterable[EvidenceHit], flags=None, normalized: bool = False) -> Coverage:
    """Which of a unit's elements its content hits cover. An element (``kind``, ``any``, ``all``,
    ``not``) is covered by a hit of a role fit for its kind (a policy element by a policy, a record
    element by a record, a fact by any content) whose text holds one of ``any``, all of ``all`` and
    none of ``not``. Pointers (navigation, forms, quotations) never cover anything."""
    hits = [h for h in hits if h.why.get("role") not in POINTER_ROLES]
    covered: dict[str, str] = {}
    missing, labels, labels_en = [], [], []
    required = unit_elements.required(flags) if hasattr(unit_elements, "required") and flags is not None \
        else _field(unit_elements, "elements")
    for el in required:
        eid = _field(el, "id", "")
        roles = _ROLE_FOR_KIND.get(_field(el, "kind", "fact"), _ROLE_FOR_KIND["fact"])
        for h in hits:
            role = h.why.get("role") or h.why.get("kind") or "other"
            if role in roles and _shows(el, (h.text or "") if normalized else normalize(h.text or "")):
                covered[eid] = h.passage_id
                break
        else:
            missing.append(eid)
            labels.append(_field(el, "label", eid))
            labels_en.append(_field(el, "label_en", "") or labels[-1])
    return Coverage(tuple(covered), tuple(missing), tuple(labels), covered, tuple(labels_en))


def document_coverage(unit_elements, hits: list[EvidenceHit], passages_by_path: dict[str, list[dict]],
                      kinds: dict[str, tuple[str, ...]], flags=None, edition: str = "2018-177",
                      memo: dict | None = None) -> Coverage:
    """Coverage read the way an auditor reads: the whole documents the unit's content hits come from
    (a policy's other articles, a log's other rows), each passage with its own role, pointers never
    counting. The role of a passage is computed only when it shows an element's words. ``memo`` (one
    dict for all units of a run) keeps each passage's text in context and its role."""
    memo = {} if memo is None else memo
    content = [h for h in hits if h.why.get("role") not in POINTER_ROLES]
    by_id = {r.get("id"): r for h in content for r in passages_by_path.get(h.path, [])}
    titles = {path: _title_line(passages_by_path.get(path, [])) for path in {h.path for h in content}}
    pseudo: list[EvidenceHit] = [
        replace(h, text=normalize(titles[h.path] + _in_context(h.path, by_id.get(h.passage_id), _filled_columns(
            h.path, by_id.get(h.passage_id), passages_by_path.get(h.path, []), h.text or "", memo))))
        for h in content]
    seen = {h.passage_id for h in pseudo}
    required = unit_elements.required(flags) if hasattr(unit_elements, "required") and flags is not None \
        else _field(unit_elements, "elements")
    # the elements no passage of a fitting role shows yet: once none is left, the other rows add nothing
    pending = [el for el in required if not any(_fits(el, h.why.get("role") or h.why.get("kind") or "other")
                                                and _shows(el, h.text) for h in pseudo)]
    for path in dict.fromkeys(h.path for h in pseudo):
        rows = passages_by_path.get(path, [])
        for r in rows:
            if not pending:
                break
            rid = r.get("id")
            if rid in seen:
                continue
            key = ("text", path, rid)
            text = memo.get(key)
            if text is None:
                text = memo[key] = normalize(titles[path] + _in_context(
                    path, r, _filled_columns(path, r, rows, r.get("norm") or r.get("text") or "", memo)))
            shown = [el for el in pending if _shows(el, text)]
            if not shown:
                continue
            role = row_role(path, r, rows, kinds, memo, edition)
            seen.add(rid)
            pseudo.append(EvidenceHit(passage_id=rid or "", path=path, page=r.get("page"),
                                      locator=r.get("locator", ""), text=text, score=0.0, why={"role": role}))
            pending = [el for el in pending if not (el in shown and _fits(el, role))]
    return element_coverage(unit_elements, pseudo, flags, normalized=True)


def row_role(path: str, row: dict, rows: list[dict], kinds: dict[str, tuple[str, ...]], memo: dict,
             edition: str = "2018-177") -> str:
    """The role of one passage of a file read among its rows (a record, a quotation of the standard, a
    blank form …), kept in ``memo`` (one dict for all units of a run, shared with :func:`document_coverage`)."""
    key = ("role", path, row.get("id"))
    role = memo.get(key)
    if role is None:
        name_key = ("name_kind", path)
        if name_key not in memo:
            # as :func:`with_roles` reads the matcher's hits: a neutral file name (doc07.docx) gives way to
            # the kind its title line names (业务系统使用及信息安全管理规定)
            memo[name_key] = _name_kind(path, kinds) or _title_kind(path, rows, kinds, {}) or None
        role = memo[key] = passage_role_why(row, rows, name_kind=memo[name_key], edition=edition)[0]
    return role


def _title_line(rows: list[dict]) -> str:
    """The title a document without headings opens with (a PDF's first line "外贸综合服务协议"), followed
    by a space, as context for its other passages; "" when it has headings (they are its context) or
    does not open with a short line without sentence punctuation."""
    if not rows or rows[0].get("kind") in ("sheet_row", "line") or any(r.get("section_path") for r in rows[:3]):
        return ""
    first = next((r for r in rows[:3] if r.get("kind") not in ("header", "footer")), None)
    text = ((first or {}).get("text") or "").strip()
    from .roles import default_settings

    short = 2 <= len(text) <= default_settings().title_max_chars
    return text + " " if short and not re.search(r"[。；;，,:：]", text) else ""


def _fits(el, role: str) -> bool:
    """A passage of ``role`` can show element ``el`` (a policy element a policy, a record a record …)."""
    return role in _ROLE_FOR_KIND.get(_field(el, "kind", "fact"), _ROLE_FOR_KIND["fact"])


def _filled_columns(path: str, row: dict | None, rows: list[dict], text: str, memo: dict) -> str:
    """A log's row of column labels with only the columns its rows fill in: a label left blank on every
    row (实地考察日期 where each check was a video call) shows no step taken. Other passages unchanged."""
    raw = (row or {}).get("text") or ""
    if not row or row.get("kind") != "sheet_row" or ": " in raw or " | " not in raw or " | " not in text:
        return text
    key = ("filled", path, row.get("sheet"))
    filled = memo.get(key)
    if filled is None:
        filled = memo[key] = frozenset(
            normalize(cell.partition(": ")[0]) for r in rows if r.get("sheet") == row.get("sheet")
            for cell in (r.get("text") or "").split(" | ") if ": " in cell)
    if not filled:
        return text  # a log written without labelled cells: nothing to tell blank columns by
    return " | ".join(cell for cell in text.split(" | ") if normalize(cell) in filled)


def _in_context(path: str, row: dict | None, text: str) -> str:
    """A passage's text read as an auditor reads it: under its document's name and its chapter (an
    article "违反本制度的，追究责任" of the 信息安全管理制度 is about information security)."""
    row = row or {}
    where = [Path(path.split("!")[-1]).stem, row.get("chapter") or "", row.get("sheet") or ""]
    section = row.get("section_path")
    if isinstance(section, (list, tuple)):
        where.extend(str(x) for x in section)
    elif section:
        where.append(str(section))
    return " ".join(w for w in where if w) + " " + text


def load_unit_elements(edition: str = "2018-177", path: Path | None = None) -> dict:
    """``{(level, unit id): UnitElements}`` from the edition's ``elements.yaml`` through
    :func:`evidence_checker.elements.load_elements` when that module is present; ``{}`` when the
    edition has no elements file yet (the rules then run without coverage)."""
    from .catalog import edition_root, load_standard

    path = path or edition_root(edition) / "elements.yaml"
    if not path.exists():
        return {}
    try:
        from .elements import load_elements_from  # type: ignore[attr-defined]
    except ImportError:
        return {}
    return load_elements_from(path, load_standard(edition))
