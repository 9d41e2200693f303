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


MESSAGES = {
    "dangling": {"zh": "输出位置 {out} 是一个失效的符号链接，请换一个文件夹",
                 "en": "the output location {out} is a dangling symbolic link; choose another folder"},
    "file": {"zh": "输出位置 {out} 是一个文件，不是文件夹；请用 --out 指定一个文件夹",
             "en": "the output location {out} is a file, not a folder; give a folder with --out"},
    "unreadable": {"zh": "输出文件夹 {out} 无法打开（{why}）", "en": "the output folder {out} cannot be opened ({why})"},
    "foreign": {"zh": "输出文件夹 {out} 不是空的，也不是本工具的输出文件夹（没有运行标记 {marker}）；"
                      "为免覆盖其中的文件，请用 --out 指定一个新的或空的文件夹",
                "en": "the output folder {out} is neither empty nor this tool's (it has no run marker {marker}); "
                      "to overwrite nothing, give a new or empty folder with --out"},
    "unwritable": {"zh": "输出文件夹 {out} 无法写入（{why}）", "en": "the output folder {out} cannot be written ({why})"},
    "no_lock": {"zh": "输出文件夹 {out} 无法加锁（{why}）", "en": "the output folder {out} cannot be locked ({why})"},
    "locked": {"zh": "另一个 evidence-checker 正在使用输出文件夹 {out}{who}；请等它结束后再运行",
               "en": "another evidence-checker run is using the output folder {out}{who}; wait for it to finish"},
}


class OutDirError(ValueError):
    """The output folder cannot be used (a file, another program's folder, locked by another run);
    ``str()`` is the Chinese message, :meth:`message` gives either language."""

    def __init__(self, key: str, **fmt: object) -> None:
        self.key, self.fmt = key, fmt
        super().__init__(self.message("zh"))

    def message(self, lang: str = "zh") -> str:
        fmt = dict(self.fmt)
        if self.key == "locked" and fmt.get("pid"):
            fmt["who"] = f"（进程 {fmt['pid']}）" if lang != "en" else f" (process {fmt['pid']})"
        fmt.setdefault("who", "")
        return MESSAGES[self.key]["en" if lang == "en" else "zh"].format(**fmt)


def check_out_dir(out: Path) -> None:
    """Raise :class:`OutDirError` unless ``out`` may receive this tool's outputs: it does not exist,
    is an empty folder, carries the run marker, or is the default ``.evidence-checker`` folder."""
    if out.is_symlink() and not out.is_dir():
        raise OutDirError("dangling", out=out)
    if out.exists() and not out.is_dir():
        raise OutDirError("file", out=out)
    if not out.exists() or is_output_folder(out) or out.name == OUTPUT_DIR_NAME:
        return
    try:
        empty = not any(out.iterdir())
    except OSError as e:
        raise OutDirError("unreadable", out=out, why=e.strerror or e) from None
    if not empty:
        raise OutDirError("foreign", out=out, marker=RUN_MARKER)


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
        raise OutDirError("unwritable", out=out, why=e.strerror or e) from None


@contextmanager
def run_lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out`` for the length of a run; :class:`OutDirError` when
    another run holds it (two ``check`` runs on one bundle at once)."""
    import fcntl

    path = out / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as e:
        raise OutDirError("no_lock", out=out, why=e.strerror or e) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise OutDirError("no_lock", out=out, why=e.strerror or e) from None
            other = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise OutDirError("locked", out=out, pid=other) from None
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
