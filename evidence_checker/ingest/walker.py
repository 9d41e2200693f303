"""The bundle walker: every file to consider, in a stable order, with its bundle-relative path."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

OUTPUT_DIR_NAME = ".evidence-checker"
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store"}
# The tool's own inputs at the bundle root: the enterprise profile (``init`` writes it) and a
# corpus's gold answers. They describe the bundle; they are not evidence in it.
TOOL_FILES = {"profile.yaml", "gold.yaml"}


def skipped_name(name: str) -> bool:
    """Hidden files, Office lock files (``~$报告.docx``) and OS litter are not evidence."""
    return name.startswith((".", "~$")) or name.lower() in _SYSTEM_FILES


def walk(bundle: Path, *, skip: Iterable[Path] = ()) -> list[tuple[Path, str]]:
    """``(file, posix path relative to bundle)`` for every file, sorted; hidden folders, the
    folders in ``skip`` (the output folder), :func:`skipped_name` files and :data:`TOOL_FILES`
    at the root are left out. Symbolic links to folders are not followed."""
    bundle = bundle.resolve()
    excluded = {p.resolve() for p in skip}
    found: list[tuple[Path, str]] = []
    for root, dirs, files in os.walk(bundle):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (here / d).resolve() not in excluded)
        for name in sorted(files):
            path = here / name
            if skipped_name(name) or (here == bundle and name in TOOL_FILES) or not path.is_file():
                continue
            found.append((path, path.relative_to(bundle).as_posix()))
    return found
