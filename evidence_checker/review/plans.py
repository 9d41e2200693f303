"""The remediation plan (整改计划): per item short of 达标, who fixes it (责任人), by when (期限) and
how far it is (状态), kept in the review store so it lasts across runs. Each save appends a row (the
latest per item is the plan; the earlier ones are its history). A plan whose item is 达标 (or 不适用)
in the current ratings reads as done — the evidence appeared — whatever was saved; an open plan past
its date is overdue.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, Integer, String, Table, Text, insert, select

from .store import DB_ENV, DB_FILE, ReviewError, Store, _now, _write, metadata, open_store
from .texts import tr

STATUSES = {"open": "未开始", "in_progress": "进行中", "done": "已完成"}
STATUS_EN = {"open": "not started", "in_progress": "in progress", "done": "done"}


def status_labels(lang: str = "zh") -> dict[str, str]:
    """The plan statuses' names in ``lang`` (未开始 … / not started …)."""
    return STATUS_EN if lang == "en" else STATUSES


plans_table = Table(
    "plans", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("assessment", String(300), nullable=False),
    Column("item_id", String(40), nullable=False),
    Column("owner", String(100), nullable=False, default=""),
    Column("due", String(10), nullable=False, default=""),
    Column("status", String(20), nullable=False, default="open"),
    Column("note", Text, nullable=False, default=""),
    Column("by", String(100), nullable=False, default=""),
    Column("at", String(40), nullable=False),
)


def create_plans(conn) -> None:
    """Migration: the plans table."""
    metadata.create_all(conn, tables=[plans_table])


@dataclass(frozen=True)
class Plan:
    item_id: str
    owner: str
    due: str  # YYYY-MM-DD or ''
    status: str  # open | in_progress | done
    note: str
    by: str
    at: str

    def effective_status(self, rating: str | None) -> str:
        """``done`` once the item is 达标 or 不适用, else what was saved."""
        return "done" if rating in ("compliant", "not_applicable") else self.status

    def overdue(self, rating: str | None, today: dt.date) -> bool:
        return bool(self.due) and self.effective_status(rating) != "done" and dt.date.fromisoformat(self.due) < today


def set_plan(store: Store, item_id: str, *, owner: str, due: str, status: str, note: str = "", by: str = "",
             lang: str = "zh") -> Plan:
    """Save an item's plan (checked first; ReviewError in ``lang`` naming the field)."""
    owner, due, status = owner.strip(), due.strip(), status.strip() or "open"
    if status not in STATUSES:
        raise ReviewError(tr("plan.bad_status", lang, where=item_id, value=status,
                             options=tr("web.list_sep", lang).join(status_labels(lang).values())))
    if due:
        try:
            due = dt.date.fromisoformat(due).isoformat()
        except ValueError:
            raise ReviewError(tr("plan.bad_due", lang, where=item_id, value=due)) from None
    if not owner and status != "done":
        raise ReviewError(tr("plan.no_owner", lang, where=item_id))
    row = {"assessment": store.assessment, "item_id": item_id, "owner": owner, "due": due, "status": status,
           "note": note.strip(), "by": by.strip(), "at": _now()}
    with _write(store.engine) as conn:
        conn.execute(insert(plans_table).values(**row))
    return Plan(item_id, owner, due, status, row["note"], row["by"], row["at"])


def plans(store: Store) -> dict[str, Plan]:
    """The current plan of every item that has one."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(plans_table).where(plans_table.c.assessment == store.assessment)
                            .order_by(plans_table.c.id))
        return {r.item_id: Plan(r.item_id, r.owner, r.due, r.status, r.note, r.by, r.at) for r in rows}


def load_plans(out_dir: str | Path, *, db: str | None = None) -> dict[str, Plan]:
    """The plans of a run folder's store ({} without a store)."""
    folder = Path(out_dir)
    if not (db or os.environ.get(DB_ENV)) and not (folder / DB_FILE).exists():
        return {}
    store = open_store(folder, db=db)
    try:
        return plans(store)
    finally:
        store.close()
