"""The bundle walker: every entry to consider, in a stable order, with its bundle-relative path.

Nothing outside the bundle is read: symbolic links are never followed. A link to a file inside
the bundle is listed as read through its target (the target is read once, under its own name); a
link that leaves the bundle, a dangling link, a link to a folder, a FIFO or device and a folder
that cannot be opened are listed with the reason they were not read. Folders holding this tool's
outputs (the run marker :data:`RUN_MARKER`, wherever they are) are listed once and not entered.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from evidence_checker.ingest.errors import why

OUTPUT_DIR_NAME = ".evidence-checker"
# Written by every run into its output folder: a folder holding it is this tool's output, never evidence.
RUN_MARKER = ".evidence-checker-run.json"
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store"}
# The tool's own inputs at the bundle root: the enterprise profile (``init`` writes it) and a
# corpus's gold answers. They describe the bundle; they are not evidence in it.
TOOL_FILES = {"profile.yaml", "gold.yaml"}

LINK_OUTSIDE = why("read_link_outside")
LINK_DANGLING = why("read_link_dangling")
LINK_FOLDER = why("read_link_folder")
LINK_NOT_READ = why("read_link_not_read")
NOT_REGULAR = why("read_not_regular")
OUTPUT_FOLDER = why("read_output_folder")
# The inventory format of such a folder: listed as skipped, but no file the user must look at
# (it does not make a run "some files could not be read", exit code 3).
OUTPUT_KIND = "output"


@dataclass(frozen=True)
class Entry:
    """One entry of the bundle: ``path`` on disk, ``rel`` its posix path in the bundle; when it is
    not to be read, ``status`` (``skipped``/``failed``), ``reason`` and ``kind`` (format key)."""

    path: Path
    rel: str
    status: str | None = None
    reason: str | None = None
    kind: str = "file"


def skipped_name(name: str) -> bool:
    """Hidden files, Office lock files (``~$报告.docx``) and OS litter are not evidence."""
    return name.startswith((".", "~$")) or name.lower() in _SYSTEM_FILES


def is_output_folder(folder: Path) -> bool:
    """Whether ``folder`` holds this tool's outputs (it carries the run marker)."""
    return (folder / RUN_MARKER).is_file() and not (folder / RUN_MARKER).is_symlink()


def walk(bundle: Path, *, skip: Iterable[Path] = ()) -> list[tuple[Path, str]]:
    """``(file, posix path relative to bundle)`` for every regular file to read (see :func:`entries`)."""
    return [(e.path, e.rel) for e in entries(bundle, skip=skip) if e.status is None]


def entries(bundle: Path, *, skip: Iterable[Path] = ()) -> list[Entry]:
    """Every entry of ``bundle``, sorted by path: regular files to read (``status`` None) and the
    entries not read with their reason. Hidden folders, the folders in ``skip`` (the output
    folder), :func:`skipped_name` files and :data:`TOOL_FILES` at the root are left out."""
    bundle = bundle.resolve()
    excluded = {p.resolve() for p in skip}
    found: list[Entry] = []
    links: list[tuple[Path, str]] = []
    regular: set[str] = set()

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or bundle)
        if where.resolve() != bundle:
            found.append(Entry(where, _rel(where, bundle), "failed",
                               why("read_folder_open", error=error.strerror or error), "folder"))

    for root, dirs, files in os.walk(bundle, onerror=unreadable):
        here = Path(root)
        keep = []
        for d in sorted(dirs):
            path = here / d
            if d.startswith("."):
                continue
            if path.is_symlink():
                links.append((path, _rel(path, bundle)))
            elif is_output_folder(path) or path.resolve() in excluded:
                found.append(Entry(path, _rel(path, bundle), "skipped", OUTPUT_FOLDER, OUTPUT_KIND))
            else:
                keep.append(d)
        dirs[:] = keep
        for name in sorted(files):
            path = here / name
            if skipped_name(name) or (here == bundle and name in TOOL_FILES):
                continue
            rel = _rel(path, bundle)
            try:
                mode = os.lstat(path).st_mode
            except OSError as exc:
                found.append(Entry(path, rel, "failed", why("read_cannot_open", error=exc.strerror or exc)))
                continue
            if stat.S_ISLNK(mode):
                links.append((path, rel))
            elif not stat.S_ISREG(mode):
                found.append(Entry(path, rel, "skipped", NOT_REGULAR, "special"))
            else:
                found.append(Entry(path, rel))
                regular.add(rel)
    for path, rel in links:
        found.append(_link_entry(path, rel, bundle, regular))
    return sorted(found, key=lambda e: e.rel)


def _rel(path: Path, bundle: Path) -> str:
    return path.relative_to(bundle).as_posix()


def _link_entry(path: Path, rel: str, bundle: Path, regular: set[str]) -> Entry:
    """What a symbolic link is listed as (it is never read through)."""
    target = Path(os.path.realpath(path))
    if not os.path.lexists(target) or not target.exists():
        return Entry(path, rel, "failed", LINK_DANGLING, "link")
    try:
        inner = target.relative_to(bundle).as_posix()
    except ValueError:
        return Entry(path, rel, "skipped", LINK_OUTSIDE, "link")
    if target.is_dir():
        return Entry(path, rel, "skipped", LINK_FOLDER, "link")
    if inner in regular:
        return Entry(path, rel, "skipped", why("read_link_inside", target=inner), "link")
    return Entry(path, rel, "skipped", LINK_NOT_READ, "link")
