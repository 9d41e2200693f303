"""The review store: every run's proposals and an append-only history of what people decided.

SQLite by default, one file per assessment (``<out_dir>/review.sqlite``, WAL); any SQLAlchemy URL
(``postgresql+psycopg://…``) for a team. Nothing is updated in place: a unit's current decision is
the latest ``confirm``/``override`` event of its history, stale when a ``stale`` event follows it.

Concurrency: a unit's *version* is the number of its decision events. A save names the version it
was based on; a unique index on (assessment, unit, version) makes a second save of the same version
fail in the database itself, so two reviewers never lose each other's work (:class:`ConflictError`).

Schema (``schema_version`` holds the number of migrations applied, see :data:`MIGRATIONS`)::

    meta(key PK, value)                          secret for workbook checksums
    runs(id PK, assessment, recorded_at, digest, out_dir, bundle, edition, level, business_type, as_of)
    proposals(run_id, unit_id PK, rating, status, confidence, reasons, evidence, fingerprint)
    events(id PK, assessment, unit_id, kind, rating, reviewer, note, at, run_id, version,
           fingerprint, detail)              kind: proposal | confirm | override | note | stale
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import (Column, Connection, Engine, Float, ForeignKey, Index, Integer, MetaData,
                        PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, create_engine, event,
                        func, insert, select)
from sqlalchemy.exc import IntegrityError

from ..catalog import Assessment, load_standard
from ..ratings import parse_rating
from ..results import Results, load_results
from . import Decision
from .texts import options_text, rating_label, tr

DB_FILE = "review.sqlite"
DB_ENV = "EVIDENCE_CHECKER_REVIEW_DB"  # a team's database URL, when not given on the command line
DECISIONS = ("confirm", "override")
ACTIONS = ("confirm", "override", "note")
LABELS = {"compliant": "达标", "basically_compliant": "基本达标", "non_compliant": "不达标",
          "not_applicable": "不适用"}


class ReviewError(ValueError):
    """A user error in a review step (unknown unit, option not allowed, no run recorded …), in Chinese."""


class ConflictError(ReviewError):
    """Someone saved the unit since the form or workbook was made; nothing was saved."""

    def __init__(self, message: str, current: "UnitState"):
        super().__init__(message)
        self.current = current


# ---------------------------------------------------------------------------------------------
# Schema and migrations

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))
meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text, nullable=False))
runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("assessment", String(300), nullable=False),
    Column("recorded_at", String(40), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("out_dir", Text, nullable=False, default=""),
    Column("bundle", Text, nullable=False, default=""),
    Column("edition", String(40), nullable=False),
    Column("level", String(20), nullable=False),
    Column("business_type", String(20), nullable=False),
    Column("as_of", String(20), nullable=False, default=""),
)
proposals = Table(
    "proposals", metadata,
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("unit_id", String(40), nullable=False),
    Column("rating", String(30)),
    Column("status", String(20), nullable=False),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("reasons", Text, nullable=False, default="[]"),
    Column("evidence", Text, nullable=False, default="[]"),
    Column("fingerprint", String(64), nullable=False),
    PrimaryKeyConstraint("run_id", "unit_id"),
)
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("assessment", String(300), nullable=False),
    Column("unit_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("rating", String(30)),
    Column("reviewer", String(100), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("at", String(40), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("version", Integer),  # set on decision events only: 1, 2, 3 … per unit
    Column("fingerprint", String(64)),  # the evidence a decision was based on
    Column("detail", Text),
    UniqueConstraint("assessment", "unit_id", "version", name="uq_events_unit_version"),
    Index("ix_events_unit", "assessment", "unit_id", "id"),
)

_NO_CHANGE_SQLITE = [
    "CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'events is append-only'); END",
    "CREATE TRIGGER events_append_only_d BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'events is append-only'); END",
]
_NO_CHANGE_PG = [  # not exercised by the tests (no server here); plain PL/pgSQL
    "CREATE FUNCTION events_append_only() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'events is append-only'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
    "FOR EACH ROW EXECUTE FUNCTION events_append_only()",
]


def _m1_initial(conn: Connection) -> None:
    """Runs, proposals, the event history (append-only, enforced by triggers) and the meta table."""
    metadata.create_all(conn, tables=[meta, runs, proposals, events])
    conn.execute(insert(meta).values(key="secret", value=secrets.token_hex(32)))
    ddl = {"sqlite": _NO_CHANGE_SQLITE, "postgresql": _NO_CHANGE_PG}.get(conn.dialect.name, [])
    for stmt in ddl:
        conn.exec_driver_sql(stmt)


def _m2_plans(conn: Connection) -> None:
    """The remediation plans (plans.py)."""
    from .plans import create_plans

    create_plans(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [_m1_initial, _m2_plans]


def migrate(engine: Engine, lang: str = "zh") -> int:
    """Bring the schema up to date, one migration a transaction; returns the version now in place."""
    with engine.begin() as conn:
        schema_version.create(conn, checkfirst=True)
        current = conn.execute(select(func.max(schema_version.c.version))).scalar() or 0
    if current > len(MIGRATIONS):
        raise ReviewError(tr("st.schema_newer", lang, current=current, supported=len(MIGRATIONS)))
    for number in range(current + 1, len(MIGRATIONS) + 1):
        with _write(engine) as conn:
            done = conn.execute(select(func.max(schema_version.c.version))).scalar() or 0
            if done >= number:  # another process migrated meanwhile
                continue
            MIGRATIONS[number - 1](conn)
            conn.execute(schema_version.delete())
            conn.execute(insert(schema_version).values(version=number))
    return len(MIGRATIONS)


# ---------------------------------------------------------------------------------------------
# Opening

@dataclass
class Store:
    """An open review store: the engine and the assessment its events belong to."""

    engine: Engine
    url: str
    assessment: str = ""

    def close(self) -> None:
        self.engine.dispose()


def _is_url(target: str) -> bool:
    return "://" in target


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # writers take the write lock up front, so a read-then-write transaction never fails halfway
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("ec_write") else "BEGIN")

    return engine


@contextmanager
def _write(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed on success, rolled back on any exception."""
    with engine.connect().execution_options(ec_write=True) as conn:
        with conn.begin():
            yield conn


def open_store(target: str | Path, *, db: str | None = None, assessment: str | None = None,
               lang: str = "zh") -> Store:
    """Open (creating and migrating as needed) the store of a run folder or at a database URL.

    ``target`` is a run's output folder (``review.sqlite`` inside it) or a URL. With a folder and
    ``db`` (or ``$EVIDENCE_CHECKER_REVIEW_DB``) set, the URL is used and the folder only names the
    assessment. The assessment key defaults to the folder's run (enterprise, level, business type).
    """
    target_s = str(target)
    url = db or (None if _is_url(target_s) else os.environ.get(DB_ENV)) or (target_s if _is_url(target_s) else None)
    if url:
        engine = create_engine(url)
    else:
        folder = Path(target_s)
        if not folder.is_dir():
            raise ReviewError(tr("st.no_folder", lang, folder=folder))
        _refuse_foreign_sqlite(folder / DB_FILE, lang)
        url = f"sqlite:///{folder / DB_FILE}"
        engine = _sqlite_engine(folder / DB_FILE)
    try:
        migrate(engine, lang)
    except Exception:
        engine.dispose()
        raise
    if assessment is None:
        assessment = assessment_key(load_results(target_s, passages=False)) if not _is_url(target_s) else "default"
    return Store(engine=engine, url=url, assessment=_continue_legacy(engine, assessment))


def _refuse_foreign_sqlite(path: Path, lang: str = "zh") -> None:
    """A ``review.sqlite`` that another program wrote (tables, none of ours) is not touched."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    import sqlite3

    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)  # a relative path has no URI
        try:
            tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise ReviewError(tr("st.bad_db", lang, path=path, err=e)) from None
    if tables and "schema_version" not in tables:
        raise ReviewError(tr("st.foreign_db", lang, path=path, tables=tr("web.list_sep", lang).join(sorted(tables)[:5])))


def assessment_key(results: Results) -> str:
    """Which assessment a run belongs to: the enterprise (or bundle folder), level, business type and
    edition — so a unit id (``common.1.1``) of one edition never meets another edition's history."""
    run = results.run
    profile = run.get("profile") if isinstance(run.get("profile"), dict) else {}
    name = run.get("enterprise") or profile.get("enterprise") or (results.bundle.name if results.bundle else "")
    return (f"{name or 'bundle'}|{run.get('level') or ''}|{run.get('business_type') or ''}"
            f"|{run.get('edition') or '2018-177'}")


def _continue_legacy(engine: Engine, key: str) -> str:
    """A store written before keys carried the edition keeps its history: when the key without its
    edition has runs of that same edition, that older key goes on being used."""
    head, sep, edition = key.rpartition("|")
    if not sep or head.count("|") < 2:
        return key
    with engine.connect() as conn:
        found = conn.execute(select(runs.c.id).where(runs.c.assessment == head, runs.c.edition == edition)
                             .limit(1)).first()
    return head if found else key


# ---------------------------------------------------------------------------------------------
# Runs

def fingerprint(results: Results, unit_id: str) -> str:
    """Hash of a unit's evidence: its passage ids and texts (order-free), for stale detection."""
    parts = []
    for hit in results.evidence.get(unit_id, ()):
        pid = hit.passage_id or f"{hit.path}#{hit.page}#{hit.locator}"
        passage = results.passages.get(hit.passage_id) or {}
        parts.append(f"{pid}\x1f{passage.get('text', hit.text)}")
    return hashlib.sha256("\x1e".join(sorted(parts)).encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


def _assessment_of(run: dict, lang: str = "zh") -> Assessment:
    try:
        return load_standard(run.get("edition") or "2018-177").assessment(run["level"], run["business_type"])
    except KeyError as e:
        raise ReviewError(tr("st.bad_run_level", lang, err=e.args[0])) from None


def unit_ids(assessment: Assessment) -> list[str]:
    """Every rated unit of an assessment, in printed order."""
    return [u.id for _, u in assessment.rated_units()]


def record_run(store: Store, results: Results, lang: str = "zh") -> int:
    """Record a run's proposals; mark stale every decision whose evidence changed or disappeared.

    Idempotent: recording the same outputs again returns the previous run's id and adds nothing.
    A ``proposal`` event is added for each unit whose proposal is new or changed. The note of a
    stale mark is kept in Chinese (``st.stale_*``; :func:`.texts.note_text` shows it in another
    language); ``lang`` is the language of the errors.
    """
    run = results.run
    assessment = _assessment_of(run, lang)
    units = unit_ids(assessment)
    prints = {u: fingerprint(results, u) for u in units}
    rows = {}
    for u in units:
        p = results.proposals.get(u)
        rows[u] = {"rating": p.rating if p else None, "status": p.status if p else "needs_review",
                   "confidence": p.confidence if p else 0.0,
                   "reasons": json.dumps(list(p.reasons) if p else [], ensure_ascii=False),
                   "evidence": json.dumps(list(p.evidence) if p else [], ensure_ascii=False),
                   "fingerprint": prints[u]}
    digest = hashlib.sha256(json.dumps([assessment.level, assessment.business_type, rows], sort_keys=True,
                                       ensure_ascii=False).encode("utf-8")).hexdigest()
    with _write(store.engine) as conn:
        last = conn.execute(select(runs.c.id, runs.c.digest).where(runs.c.assessment == store.assessment)
                            .order_by(runs.c.id.desc()).limit(1)).first()
        if last is not None and last.digest == digest:
            return last.id
        at = _now()
        run_id = conn.execute(insert(runs).values(
            assessment=store.assessment, recorded_at=at, digest=digest, out_dir=str(results.out_dir),
            bundle=str(run.get("bundle") or ""), edition=assessment.standard.edition, level=assessment.level,
            business_type=assessment.business_type, as_of=str(run.get("as_of") or ""))).inserted_primary_key[0]
        conn.execute(insert(proposals), [{"run_id": run_id, "unit_id": u, **r} for u, r in rows.items()])
        previous = {}
        if last is not None:
            previous = {r.unit_id: r for r in conn.execute(select(proposals).where(proposals.c.run_id == last.id))}
        new_events = []
        for u, r in rows.items():
            old = previous.get(u)
            if old is None or (old.rating, old.status, old.fingerprint) != (r["rating"], r["status"], r["fingerprint"]):
                new_events.append({"assessment": store.assessment, "unit_id": u, "kind": "proposal",
                                   "rating": r["rating"], "reviewer": "", "note": "", "at": at,
                                   "run_id": run_id, "fingerprint": r["fingerprint"],
                                   "detail": json.dumps({"status": r["status"], "confidence": r["confidence"]})})
        states = _states(conn, store.assessment)
        for uid, st in states.items():
            if st.decision is None or st.stale:
                continue
            now_print = prints.get(uid)
            if now_print != st.basis:
                why = tr("st.stale_out_of_scope" if uid not in prints else (
                    "st.stale_gone" if not results.evidence.get(uid) else "st.stale_changed"), "zh")
                new_events.append({"assessment": store.assessment, "unit_id": uid, "kind": "stale", "rating": None,
                                   "reviewer": "", "note": why, "at": at, "run_id": run_id,
                                   "fingerprint": now_print,
                                   "detail": json.dumps({"was": st.basis, "now": now_print})})
        if new_events:
            conn.execute(insert(events), new_events)
        return run_id


# ---------------------------------------------------------------------------------------------
# Reading the history

@dataclass(frozen=True)
class Event:
    """One entry of a unit's history."""

    id: int
    unit_id: str
    kind: str  # proposal | confirm | override | note | stale
    rating: str | None
    reviewer: str
    note: str
    at: str
    run_id: int | None
    version: int | None


@dataclass(frozen=True)
class UnitState:
    """A unit's current state derived from its history."""

    unit_id: str
    version: int  # number of decision events
    decision: Decision | None
    stale: bool
    basis: str | None  # the evidence fingerprint the current decision was based on
    notes: tuple[Event, ...] = ()


def _row_event(r) -> Event:
    return Event(id=r.id, unit_id=r.unit_id, kind=r.kind, rating=r.rating, reviewer=r.reviewer, note=r.note,
                 at=r.at, run_id=r.run_id, version=r.version)


def _states(conn: Connection, assessment: str, unit_id: str | None = None) -> dict[str, UnitState]:
    q = select(events).where(events.c.assessment == assessment, events.c.kind != "proposal")
    if unit_id is not None:
        q = q.where(events.c.unit_id == unit_id)
    by_unit: dict[str, list] = {}
    for r in conn.execute(q.order_by(events.c.id)):
        by_unit.setdefault(r.unit_id, []).append(r)
    return {uid: derive_state(uid, rs) for uid, rs in by_unit.items()}


def derive_state(unit_id: str, rows: Iterable) -> UnitState:
    """The current decision from a unit's events in order: the latest decision, stale if marked after."""
    decision_row, stale, version, notes = None, False, 0, []
    for r in rows:
        if r.kind in DECISIONS:
            decision_row, stale, version = r, False, max(version, r.version or 0)
        elif r.kind == "stale" and decision_row is not None:
            stale = True
        elif r.kind == "note":
            notes.append(_row_event(r))
    decision = None
    if decision_row is not None:
        decision = Decision(unit_id=unit_id, rating=decision_row.rating, action=decision_row.kind,
                            reviewer=decision_row.reviewer, note=decision_row.note, at=decision_row.at, stale=stale)
    return UnitState(unit_id=unit_id, version=version, decision=decision, stale=stale,
                     basis=decision_row.fingerprint if decision_row is not None else None, notes=tuple(notes))


def states(store: Store) -> dict[str, UnitState]:
    """Every unit that has a history of decisions, notes or stale marks."""
    with store.engine.connect() as conn:
        return _states(conn, store.assessment)


def state(store: Store, unit_id: str) -> UnitState:
    with store.engine.connect() as conn:
        return _states(conn, store.assessment, unit_id).get(unit_id) or UnitState(unit_id, 0, None, False, None)


def history(store: Store, unit_id: str) -> list[Event]:
    """A unit's whole history, oldest first (proposals recorded, decisions, notes, stale marks)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(events).where(events.c.assessment == store.assessment,
                                                 events.c.unit_id == unit_id).order_by(events.c.id))
        return [_row_event(r) for r in rows]


def decisions(store: Store) -> dict[str, Decision]:
    """The current decision of every decided unit."""
    return {u: s.decision for u, s in states(store).items() if s.decision is not None}


@dataclass(frozen=True)
class RunInfo:
    id: int
    recorded_at: str
    edition: str
    level: str
    business_type: str
    as_of: str
    bundle: str


def latest_run(store: Store) -> RunInfo | None:
    with store.engine.connect() as conn:
        r = conn.execute(select(runs).where(runs.c.assessment == store.assessment)
                         .order_by(runs.c.id.desc()).limit(1)).first()
    if r is None:
        return None
    return RunInfo(id=r.id, recorded_at=r.recorded_at, edition=r.edition, level=r.level,
                   business_type=r.business_type, as_of=r.as_of, bundle=r.bundle)


def secret(store: Store) -> str:
    """The store's own random secret (keys the workbook checksums)."""
    with store.engine.connect() as conn:
        return conn.execute(select(meta.c.value).where(meta.c.key == "secret")).scalar_one()


# ---------------------------------------------------------------------------------------------
# Deciding

@dataclass(frozen=True)
class Change:
    """One decision to save: what the person chose, based on which version of the unit."""

    unit_id: str
    rating: str | None
    reviewer: str
    note: str = ""
    action: str | None = None  # confirm | override | note; None: confirm when it equals the proposal
    expected_version: int | None = None
    where: str = ""  # for messages: "第5行"


def _run_context(conn: Connection, assessment: str, lang: str = "zh") -> tuple[int, Assessment, dict]:
    r = conn.execute(select(runs).where(runs.c.assessment == assessment).order_by(runs.c.id.desc()).limit(1)).first()
    if r is None:
        raise ReviewError(tr("st.no_run", lang))
    a = load_standard(r.edition).assessment(r.level, r.business_type)
    props = {p.unit_id: p for p in conn.execute(select(proposals).where(proposals.c.run_id == r.id))}
    return r.id, a, props


def validate_change(change: Change, assessment: Assessment, proposal, lang: str = "zh") -> tuple[str, str | None]:
    """(action, rating value) of a change, or ReviewError naming the unit and the reason (in ``lang``)."""
    uid, where = change.unit_id, (change.where + " " if change.where else "")
    at = {"where": where, "uid": uid}
    if uid not in set(unit_ids(assessment)):
        raise ReviewError(tr("st.not_unit", lang, **at, level=assessment.level, business=assessment.business_type))
    if not change.reviewer.strip():
        raise ReviewError(tr("st.no_reviewer", lang, **at))
    item = assessment.item_of(uid)
    proposed = proposal.rating if proposal is not None else None
    action = change.action
    if action is not None and action not in ACTIONS:
        raise ReviewError(tr("st.bad_action", lang, **at, action=repr(action)))
    if action == "note":
        if not change.note.strip():
            raise ReviewError(tr("st.empty_note", lang, **at))
        return "note", None
    rating = parse_rating(change.rating, assessment.standard.rules) if change.rating not in (None, "") else None
    if change.rating not in (None, "") and rating is None:
        raise ReviewError(tr("st.not_rating", lang, **at, value=repr(change.rating),
                             options=_options(item.options, lang)))
    if action == "confirm" and rating is None:
        rating = proposed
        if rating is None:
            raise ReviewError(tr("st.no_proposal", lang, **at))
    if rating is None:
        raise ReviewError(tr("st.no_rating", lang, **at))
    if rating not in item.options:
        raise ReviewError(tr("st.not_option", lang, **at, rating=_label(rating, lang), item=item.id, title=item.title,
                             options=_options(item.options, lang)))
    if action is None:
        action = "confirm" if rating == proposed else "override"
    if action == "confirm" and rating != proposed:
        raise ReviewError(tr("st.confirm_only", lang, **at, rating=_label(rating, lang),
                             proposed=_label(proposed, lang) if proposed in LABELS else tr("st.none", lang)))
    if action == "override" and not change.note.strip():
        raise ReviewError(tr("st.override_note", lang, **at))
    return action, rating


def _label(rating: str | None, lang: str = "zh") -> str:
    """A rating's name: the store's own Chinese labels by default, the shared English ones with ``en``."""
    if lang == "zh":
        return LABELS.get(rating or "", rating or "")
    return rating_label(rating, lang) if rating in LABELS else (rating or "")


def _options(options: Iterable[str], lang: str = "zh") -> str:
    return "、".join(LABELS[o] for o in options) if lang == "zh" else options_text(options, lang)


def _conflict(uid: str, st: UnitState, where: str = "", lang: str = "zh") -> ConflictError:
    d = st.decision
    who = tr("st.saved_by", lang, reviewer=d.reviewer, at=d.at, rating=_label(d.rating, lang)) if d else \
        tr("st.saved_by_other", lang)
    prefix = f"{where} " if where else ""
    return ConflictError(tr("st.conflict", lang, prefix=prefix, uid=uid, who=who), st)


def _apply(conn: Connection, assessment_key: str, run_id: int, assessment: Assessment, props: dict,
           change: Change, lang: str = "zh") -> Event:
    action, rating = validate_change(change, assessment, props.get(change.unit_id), lang)
    st = _states(conn, assessment_key, change.unit_id).get(change.unit_id) or UnitState(
        change.unit_id, 0, None, False, None)
    if change.expected_version is not None and change.expected_version != st.version:
        raise _conflict(change.unit_id, st, change.where, lang)
    is_decision = action in DECISIONS
    prop = props.get(change.unit_id)
    row = {"assessment": assessment_key, "unit_id": change.unit_id, "kind": action, "rating": rating,
           "reviewer": change.reviewer.strip(), "note": change.note.strip(), "at": _now(), "run_id": run_id,
           "version": st.version + 1 if is_decision else None,
           "fingerprint": prop.fingerprint if (is_decision and prop is not None) else None}
    # a lost race surfaces as a unique violation on (assessment, unit, version): see apply_changes
    new_id = conn.execute(insert(events).values(**row)).inserted_primary_key[0]
    return Event(id=new_id, unit_id=change.unit_id, kind=action, rating=rating, reviewer=row["reviewer"],
                 note=row["note"], at=row["at"], run_id=run_id, version=row["version"])


def check_changes(store: Store, changes: list[Change], lang: str = "zh") -> list[str]:
    """Every problem of a batch of changes (nothing is written): options, reviewer, duplicates, and
    saves based on an outdated version. Empty when :func:`apply_changes` would succeed now."""
    problems: list[str] = []
    with store.engine.connect() as conn:
        try:
            _, assessment, props = _run_context(conn, store.assessment, lang)
        except ReviewError as e:
            return [str(e)]
        current = _states(conn, store.assessment)
    seen: dict[str, str] = {}
    for ch in changes:
        try:
            validate_change(ch, assessment, props.get(ch.unit_id), lang)
        except ReviewError as e:
            problems.append(str(e))
            continue
        if ch.unit_id in seen and ch.action != "note":
            problems.append(tr("st.duplicate", lang, where=ch.where, uid=ch.unit_id, first=seen[ch.unit_id]).strip())
        seen.setdefault(ch.unit_id, ch.where or ch.unit_id)
        st = current.get(ch.unit_id)
        if ch.expected_version is not None and ch.expected_version != (st.version if st else 0):
            problems.append(str(_conflict(ch.unit_id, st, ch.where, lang)))
    return problems


def apply_changes(store: Store, changes: list[Change], *, before_each: Callable[[int], None] | None = None,
                  lang: str = "zh") -> list[Event]:
    """Save several changes in ONE transaction: all of them, or (on any error) none.

    ``before_each(i)`` is called before the i-th change (a hook for progress, and for tests that
    interrupt an import halfway).
    """
    try:
        with _write(store.engine) as conn:
            run_id, assessment, props = _run_context(conn, store.assessment, lang)
            out = []
            for i, ch in enumerate(changes):
                if before_each is not None:
                    before_each(i)
                out.append(_apply(conn, store.assessment, run_id, assessment, props, ch, lang))
            return out
    except IntegrityError:
        # someone saved the same version between our read and our insert: nothing of ours was kept
        if len(changes) == 1:
            raise _conflict(changes[0].unit_id, state(store, changes[0].unit_id), changes[0].where, lang) from None
        raise ConflictError(tr("st.conflict_batch", lang),
                            UnitState("", 0, None, False, None)) from None


def decide(store: Store, unit_id: str, rating: str | None, *, reviewer: str, note: str = "",
           action: str | None = None, expected_version: int | None = None, lang: str = "zh") -> Event:
    """Confirm, override or annotate one unit; returns the event appended.

    ``rating`` is checked against the item's options (legal compliance has no 基本达标, financial no
    不适用); ``action`` None means confirm when the rating equals the proposal, else override (a note
    is required). With ``expected_version`` a save based on an outdated view raises ConflictError.
    """
    return apply_changes(store, [Change(unit_id, rating, reviewer, note, action, expected_version)], lang=lang)[0]


# ---------------------------------------------------------------------------------------------
# The report's view

def confirmed_ratings(out_dir: str | Path, *, db: str | None = None) -> dict[str, Decision]:
    """The current human decisions of a run folder's review (empty when nobody has reviewed yet)."""
    folder = Path(out_dir)
    if not (db or os.environ.get(DB_ENV)) and not (folder / DB_FILE).exists():
        return {}
    store = open_store(folder, db=db)
    try:
        return decisions(store)
    finally:
        store.close()


def ensure_run(out_dir: str | Path, *, db: str | None = None, lang: str = "zh") -> tuple[Store, Results]:
    """Open a run folder's store and make sure the run on disk is recorded (for the review commands)."""
    results = load_results(out_dir)
    if not results.run.get("level") or not results.run.get("business_type"):
        raise ReviewError(tr("st.incomplete_run", lang, out=out_dir))
    store = open_store(out_dir, db=db, assessment=assessment_key(results), lang=lang)
    try:
        record_run(store, results, lang)
    except Exception:
        store.close()
        raise
    return store, results
