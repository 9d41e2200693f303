"""E-mail messages saved as ``.eml`` (RFC 822/MIME, what Outlook, Foxmail and web mail export).

One passage for the header — sender, recipients and the day it was sent (``header``) — so the
message's date stands at its top like a report's; the subject as its heading (``subject``); the
body as text lines (``line N``, counted in the body), from the plain-text part, else the HTML
part with its tags stripped. Attachments are read like a zip's members (``mail.eml!签到表.pdf``), each
named in a passage of the message (``attachment N``); one that cannot be read (a format without a
reader, too large, damaged) is reported as a problem of the message, which the rest does not stop.
"""

from __future__ import annotations

import tempfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from evidence_checker.ingest.errors import CorruptError, why
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.segment import Block, starts_section, to_passages
from evidence_checker.ingest.text import decode, html_blocks, text_blocks


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """Read one .eml file."""
    notes = notes if notes is not None else ReadNotes()
    with notes.stage("mail.parse"):
        try:
            msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        except (ValueError, TypeError, LookupError, IndexError) as exc:
            raise CorruptError(rel_path, why("read_mail_corrupt", error=type(exc).__name__)) from exc
        if not isinstance(msg, EmailMessage) or not any(msg.get(k) for k in ("from", "to", "date", "subject")):
            raise CorruptError(rel_path, why("read_not_mail"))
        blocks = _header_blocks(msg)
        blocks += _body_blocks(msg)
        attachments = _named(list(msg.iter_attachments()))
        for n, (name, _) in enumerate(attachments, 1):
            blocks.append(Block(f"附件：{name}", "line", f"attachment {n}"))
    with notes.stage("segment"):
        passages = to_passages(blocks, rel_path, max_chars=options.max_chars)
    return passages + _read_attachments(attachments, rel_path, options, notes)


def _named(parts: list[EmailMessage]) -> list[tuple[str, EmailMessage]]:
    """Each attachment with the name it is read under: its file name without any folder part (a name
    cannot reach outside), 附件N when it has none, and ``（2）`` after a name an earlier one took."""
    out: list[tuple[str, EmailMessage]] = []
    taken: set[str] = set()
    for n, part in enumerate(parts, 1):
        name = _name(part, n)
        if name in taken:
            stem, dot, ext = name.rpartition(".")
            name = f"{stem}（{n}）.{ext}" if dot and stem else f"{name}（{n}）"
        taken.add(name)
        out.append((name, part))
    return out


def _name(part: EmailMessage, n: int) -> str:
    """The attachment's file name without any folder part (a name cannot reach outside), or 附件N."""
    name = (part.get_filename() or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name.strip(".") else f"附件{n}"


def _read_attachments(parts: list[tuple[str, EmailMessage]], rel_path: str, options: ReadOptions,
                      notes: ReadNotes) -> list[Passage]:
    """Each attachment written under its own name in a generated folder and read with the reader for its
    format."""
    from evidence_checker.ingest.budget import limits
    from evidence_checker.ingest.readers import read_file  # readers imports this module

    out: list[Passage] = []
    if not parts:
        return out
    most = limits().zip_max_member_bytes
    with tempfile.TemporaryDirectory(prefix="ec-mail-") as tmp:
        for n, (name, part) in enumerate(parts, 1):
            member = f"{rel_path}!{name}"
            data = part.get_payload(decode=True) or b""
            if len(data) > most:
                notes.problem(why("read_attachment_large", where=member))
                continue
            file = Path(tmp) / str(n) / name  # its own name (a CSV's sheet is named after it), in a folder of its own
            file.parent.mkdir()
            file.write_bytes(data)
            try:
                out += read_file(file, rel_path=member, options=options)
            except Exception as exc:  # noqa: BLE001 - one unreadable attachment makes the message partial
                notes.problem(why("read_in", where=member, reason=getattr(exc, "reason", exc)))
    return out


def _header_blocks(msg: EmailMessage) -> list[Block]:
    out = []
    subject = str(msg.get("subject") or "").strip()
    if subject:
        out.append(Block(subject, "heading", "subject", level=1))
    parts = []
    for key, label in (("from", "发件人"), ("to", "收件人"), ("cc", "抄送")):
        value = str(msg.get(key) or "").strip()
        if value:
            parts.append(f"{label}：{value}")
    sent = _sent(msg)
    if sent:
        parts.append(f"发送时间：{sent}")
    if parts:
        out.append(Block("；".join(parts), "line", "header"))
    return out


def _sent(msg: EmailMessage) -> str:
    """The Date header as ``YYYY-MM-DD HH:MM`` (the sender's local time), or as written when unparseable."""
    raw = str(msg.get("date") or "").strip()
    if not raw:
        return ""
    try:
        return parsedate_to_datetime(raw).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return raw


def _body_blocks(msg: EmailMessage) -> list[Block]:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return []
    text = _content(part)
    if part.get_content_subtype() == "html":
        return html_blocks(text)
    return text_blocks(_unwrap(text))


_CONTINUED = ("，", ",", "、", "；", ";", "：", ":")


def _unwrap(text: str) -> str:
    """A line that ends inside a sentence (a comma, 、, a colon) goes on on the next line: mail clients
    wrap the body at a width, or the writer pressed Enter mid-sentence ("建议恢复申报前核对，" / "尤其是件数、
    HS编码"), unless it starts a numbered point ("1. 订单…" after "需要注意："). The next line is joined to it
    and left blank in its place, so every block keeps the number of the line it starts on."""
    lines = text.splitlines()
    at = None  # the line the current sentence started on
    for i, line in enumerate(lines):
        if at is not None and line.strip() and lines[at].rstrip().endswith(_CONTINUED) and not starts_section(line.strip()):
            lines[at] = lines[at].rstrip() + line.strip()
            lines[i] = ""
            continue
        at = i if line.strip() else None
    return "\n".join(lines)


def _content(part: EmailMessage) -> str:
    """The part's text from its transfer-decoded bytes: by its declared charset, else guessed like a text
    file's (exports often carry raw UTF-8 or GBK with no charset at all)."""
    return decode(part.get_payload(decode=True) or b"", declared=part.get_content_charset())

