"""The output folder of a run: written only when it is new, empty or already this tool's (it carries
the run marker), marked as this tool's, and locked while a run writes into it.

The marker (:data:`~evidence_checker.ingest.walker.RUN_MARKER`) also tells the bundle walker that
a folder holds outputs, never evidence, wherever it sits in a bundle.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .ingest.walker import OUTPUT_DIR_NAME, RUN_MARKER, is_output_folder

LOCK_FILE = ".evidence-checker.lock"


class OutDirError(ValueError):
    """The output folder cannot be used (a file, another program's folder, locked by another run)."""


def check_out_dir(out: Path) -> None:
    """Raise :class:`OutDirError` unless ``out`` may receive this tool's outputs: it does not exist,
    is an empty folder, carries the run marker, or is the default ``.evidence-checker`` folder."""
    if out.is_symlink() and not out.is_dir():
        raise OutDirError(f"输出位置 {out} 是一个失效的符号链接，请换一个文件夹")
    if out.exists() and not out.is_dir():
        raise OutDirError(f"输出位置 {out} 是一个文件，不是文件夹；请用 --out 指定一个文件夹")
    if not out.exists() or is_output_folder(out) or out.name == OUTPUT_DIR_NAME:
        return
    try:
        empty = not any(out.iterdir())
    except OSError as e:
        raise OutDirError(f"输出文件夹 {out} 无法打开（{e.strerror or e}）") from None
    if not empty:
        raise OutDirError(f"输出文件夹 {out} 不是空的，也不是本工具的输出文件夹（没有运行标记 {RUN_MARKER}）；"
                          "为免覆盖其中的文件，请用 --out 指定一个新的或空的文件夹")


def mark_out_dir(out: Path) -> None:
    """Create ``out`` if needed and write the run marker (after :func:`check_out_dir`)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        marker = out / RUN_MARKER
        if not is_output_folder(out):
            data = {"tool": "evidence-checker", "purpose": "本文件夹是 evidence-checker 的输出，不是证据材料",
                    "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
            marker.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as e:
        raise OutDirError(f"输出文件夹 {out} 无法写入（{e.strerror or e}）") from None


@contextmanager
def run_lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out`` for the length of a run; :class:`OutDirError` when
    another run holds it (two ``check`` runs on one bundle at once)."""
    import fcntl

    path = out / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as e:
        raise OutDirError(f"输出文件夹 {out} 无法加锁（{e.strerror or e}）") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise OutDirError(f"输出文件夹 {out} 无法加锁（{e.strerror or e}）") from None
            other = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise OutDirError(f"另一个 evidence-checker 正在使用输出文件夹 {out}"
                              f"{f'（进程 {other}）' if other else ''}；请等它结束后再运行") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


@contextmanager
def output_folder(out: Path) -> Iterator[None]:
    """Check, mark and lock ``out`` for one run (see the functions above)."""
    check_out_dir(out)
    mark_out_dir(out)
    with run_lock(out):
        yield
