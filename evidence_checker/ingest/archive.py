"""ZIP archives: members are read in place (extracted to a temporary folder), unsafe ones refused.

Refused, with a reason, and reported as their own inventory entries: names that climb out of the
archive (``../``) or are absolute (``/etc``, ``C:\\``), links, encrypted members, members beyond
the size or compression-ratio limits (zip bombs), archives nested deeper than
:attr:`ZipLimits.max_depth`. The rest is read. Members are written under generated names, never
under their own, so no name can reach outside the temporary folder.

Member names: when the UTF-8 flag (bit 11) is unset, zipfile decodes names as cp437; real Chinese
archives (Windows "send to compressed folder", WinRAR) store GBK there. The raw bytes are
re-decoded: the Info-ZIP Unicode path field when present, else UTF-8, else GB18030.
"""

from __future__ import annotations

import posixpath
import re
import stat
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from evidence_checker.ingest.errors import CorruptError, why
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage

UTF8_FLAG = 0x800
ENCRYPTED_FLAG = 0x1
_CHUNK = 1024 * 1024
_JUNK = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|~\$|\.)", re.IGNORECASE)


@dataclass(frozen=True)
class ZipLimits:
    """Limits against zip bombs and deep nesting (sizes in bytes); the bundle's defaults are in
    ``models/limits.yaml`` (:meth:`from_budget`). ``max_total_bytes`` and ``max_members`` are for
    the whole bundle (counted across archives and nesting levels, see :class:`ZipUsage`); every
    member is ratio-checked (members unpacking to less than ``ratio_min_bytes`` cannot amplify
    much); ``max_archive_ratio`` bounds one archive's whole unpacked size against its own size."""

    max_depth: int = 3
    max_member_bytes: int = 1024**3
    max_total_bytes: int = 2 * 1024**3
    max_ratio: float = 100.0
    ratio_min_bytes: int = 64 * 1024
    max_archive_ratio: float = 50.0
    archive_floor_bytes: int = 2 * 1024**2
    max_members: int = 20_000

    @classmethod
    def from_budget(cls) -> ZipLimits:
        from evidence_checker.ingest.budget import limits

        lim = limits()
        return cls(lim.zip_max_depth, lim.zip_max_member_bytes, lim.zip_max_total_bytes, lim.zip_max_ratio,
                   lim.zip_ratio_floor_bytes, lim.zip_max_archive_ratio, lim.zip_archive_floor_bytes,
                   lim.zip_max_members)


@dataclass
class ZipUsage:
    """What the bundle's archives have used so far (one per bundle run), and the archive being
    expanded (its size and what it has unpacked, nested archives included)."""

    bytes: int = 0
    members: int = 0
    archive_size: int = 0
    archive_bytes: int = 0


@dataclass(frozen=True, slots=True)
class Member:
    """An extracted member to read: ``rel_path`` like ``a.zip!dir/f.docx``; ``file`` on disk."""

    rel_path: str
    file: Path
    size: int


@dataclass(frozen=True, slots=True)
class Refused:
    """A member not read, with its status (``skipped`` or ``failed``) and the reason."""

    rel_path: str
    status: str
    reason: str
    size: int


@dataclass
class Expansion:
    """What an archive held: members to read, refused members, nested archives (their own
    expansions), and ``error`` when the archive as a whole could not be opened."""

    rel_path: str
    file: Path | None = None
    size: int = 0
    members: list[Member] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    nested: list[Expansion] = field(default_factory=list)
    error: str | None = None

    def all_members(self) -> list[Member]:
        return self.members + [m for n in self.nested for m in n.all_members()]

    def all_refused(self) -> list[Refused]:
        return self.refused + [r for n in self.nested for r in n.all_refused()]


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name decoded as its writer meant it (see module docstring)."""
    if info.flag_bits & UTF8_FLAG:
        return info.filename
    unicode_path = _unicode_path_field(info)
    if unicode_path:
        return unicode_path
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _unicode_path_field(info: zipfile.ZipInfo) -> str | None:
    extra, offset = info.extra, 0
    while offset + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, offset)
        body = extra[offset + 4 : offset + 4 + size]
        if tag == 0x7075 and len(body) > 5:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        offset += 4 + size
    return None


def unsafe_reason(name: str, info: zipfile.ZipInfo) -> str | None:
    """Why a member name or type is refused, or None when it is safe."""
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or re.match(r"^[A-Za-z]:", normalized):
        return why("read_zip_absolute")
    if ".." in normalized.split("/"):
        return why("read_zip_escape")
    if stat.S_ISLNK(info.external_attr >> 16):
        return why("read_zip_link")
    return None


def expand(path: Path, *, rel_path: str, dest: Path, limits: ZipLimits | None = None, depth: int = 1,
           usage: ZipUsage | None = None) -> Expansion:
    """Extract the readable members of ``path`` (``rel_path`` in the bundle) into ``dest``;
    ``usage`` carries the bundle's budget across archives and nesting levels."""
    limits = limits or ZipLimits.from_budget()
    usage = usage if usage is not None else ZipUsage()
    result = Expansion(rel_path, path, path.stat().st_size)
    if depth == 1:
        usage.archive_size, usage.archive_bytes = result.size, 0
    dest.mkdir(parents=True, exist_ok=True)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        result.error = why("read_zip_corrupt", error=exc)
        return result
    with archive:
        for index, info in enumerate(archive.infolist()):
            name = member_name(info)
            member_path = f"{rel_path}!{name.replace(chr(92), '/').lstrip('/')}"
            reason = unsafe_reason(name, info)
            if reason is None and (info.is_dir() or _JUNK.search(name.replace("\\", "/"))):
                continue
            reason = reason or _size_reason(info, usage, limits)
            if reason is None and info.flag_bits & ENCRYPTED_FLAG:
                result.refused.append(Refused(member_path, "failed", why("read_zip_member_encrypted"), info.file_size))
                continue
            if reason is not None:
                result.refused.append(Refused(member_path, "skipped", reason, info.file_size))
                continue
            is_zip = posixpath.splitext(name)[1].lower() == ".zip"
            if is_zip and depth >= limits.max_depth:
                reason = why("read_zip_depth", depth=limits.max_depth)
                result.refused.append(Refused(member_path, "skipped", reason, info.file_size))
                continue
            target = dest / f"m{index:05d}{posixpath.splitext(name)[1].lower()[:10]}"
            try:
                written = _extract(archive, info, target, limits, usage)
            except _Bomb as exc:
                target.unlink(missing_ok=True)
                result.refused.append(Refused(member_path, "skipped", str(exc), info.file_size))
                continue
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, CorruptError) as exc:
                target.unlink(missing_ok=True)
                result.refused.append(Refused(member_path, "failed", why("read_zip_member_corrupt", error=exc),
                                              info.file_size))
                continue
            usage.members += 1
            if is_zip:
                result.nested.append(
                    expand(target, rel_path=member_path, dest=dest / f"z{index:05d}", limits=limits, depth=depth + 1,
                           usage=usage)
                )
            else:
                result.members.append(Member(member_path, target, written))
    return result


class _Bomb(Exception):
    """A member went past a budget while it was being unpacked (its header lied about its size)."""


def _size_reason(info: zipfile.ZipInfo, usage: ZipUsage, limits: ZipLimits) -> str | None:
    """Why a member is refused before unpacking, from its declared sizes."""
    if usage.members >= limits.max_members:
        return why("read_zip_members", limit=f"{limits.max_members:,}")
    size_mb = info.file_size / 1024**2
    if info.file_size > limits.max_member_bytes:
        return why("read_zip_member_size", size=f"{size_mb:.0f}", limit=f"{limits.max_member_bytes / 1024**2:.0f}")
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size >= limits.ratio_min_bytes and ratio > limits.max_ratio:
        return why("read_zip_bomb_ratio", size=_size(info.file_size), ratio=f"{ratio:.0f}")
    return _budget_reason(usage, info.file_size, limits)


def _budget_reason(usage: ZipUsage, more: int, limits: ZipLimits) -> str | None:
    if usage.bytes + more > limits.max_total_bytes:
        return why("read_zip_total", limit=_size(limits.max_total_bytes))
    unpacked = usage.archive_bytes + more
    if unpacked > limits.archive_floor_bytes and unpacked > limits.max_archive_ratio * max(usage.archive_size, 1):
        return why("read_zip_bomb_archive", size=_size(usage.archive_size), unpacked=_size(unpacked),
                   ratio=f"{limits.max_archive_ratio:.0f}")
    return None


def _size(n: int) -> str:
    return f"{n / 1024**3:.1f} GB" if n >= 1024**3 else f"{n / 1024**2:.1f} MB" if n >= 1024**2 else f"{n / 1024:.0f} KB"


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, limits: ZipLimits, usage: ZipUsage) -> int:
    """Unpack one member, counting every chunk against the member's, the archive's and the
    bundle's budgets (declared sizes may lie)."""
    written = 0
    ratio_cap = max(limits.ratio_min_bytes, limits.max_ratio * max(info.compress_size, 1))
    with archive.open(info) as source, target.open("wb") as out:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > limits.max_member_bytes:
                raise _Bomb(why("read_zip_unpacked_limit", limit=_size(limits.max_member_bytes)))
            if written > ratio_cap:
                raise _Bomb(why("read_zip_bomb_written", size=_size(written), ratio=f"{limits.max_ratio:.0f}"))
            reason = _budget_reason(usage, len(chunk), limits)
            if reason:
                raise _Bomb(reason)
            usage.bytes += len(chunk)
            usage.archive_bytes += len(chunk)
            out.write(chunk)
    return written


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """Read every readable member of an archive in this process (the single-file API; a bundle
    run instead reads members in parallel and lists refused ones in the inventory)."""
    from evidence_checker.ingest.readers import read_file  # readers imports this module

    notes = notes if notes is not None else ReadNotes()
    with tempfile.TemporaryDirectory(prefix="ec-zip-") as tmp:
        expansion = expand(path, rel_path=rel_path, dest=Path(tmp), limits=ZipLimits.from_budget())
        if expansion.error:
            raise CorruptError(rel_path, expansion.error)
        for refused in expansion.all_refused():
            notes.problem(why("read_in", where=refused.rel_path, reason=refused.reason))
        passages: list[Passage] = []
        for member in expansion.all_members():
            try:
                passages += read_file(member.file, rel_path=member.rel_path, options=options)
            except Exception as exc:  # noqa: BLE001 - one bad member makes the archive partial
                notes.problem(why("read_in", where=member.rel_path, reason=getattr(exc, "reason", exc)))
        return passages
