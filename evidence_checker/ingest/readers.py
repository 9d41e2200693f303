"""The reader for each file format: a plain dict, and :func:`read_file` to read one file.

Each reader's module (and its libraries: pdfplumber, python-docx, openpyxl …) is imported when the
reader is first called, so a re-check that reads one changed DOCX does not import the PDF stack;
:func:`load_all` imports them all (an ingest worker, before its first file's timeout starts)."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Callable

from evidence_checker.ingest.errors import CorruptError, UnsupportedError
from evidence_checker.ingest.formats import detect, unsupported_reason
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage

Reader = Callable[..., list[Passage]]
_MODULES = ("archive", "docx", "image_ocr", "legacy", "mail", "pdf", "sheet", "text")


def _module(name: str):
    return import_module(f"evidence_checker.ingest.{name}")


def _lazy(name: str) -> Reader:
    """``ingest.<name>.read``, its module imported on the first call."""
    def read(path: Path, **kwargs) -> list[Passage]:
        return _module(name).read(path, **kwargs)

    read.__name__ = read.__qualname__ = f"{name}.read"
    return read


def load_all() -> None:
    """Import every reader's module now."""
    for name in _MODULES:
        _module(name)


def _xls(path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None):
    """.xls with xlrd; files xlrd cannot parse get a second chance through LibreOffice."""
    sheet, legacy = _module("sheet"), _module("legacy")
    try:
        return sheet.read(path, rel_path=rel_path, options=options, notes=notes)
    except CorruptError:
        if legacy.soffice() is None:
            raise
        return legacy.read(path, rel_path=rel_path, options=options, notes=notes)


READERS: dict[str, Reader] = {
    "pdf": _lazy("pdf"),
    "docx": _lazy("docx"),
    "doc": _lazy("legacy"),
    "wps": _lazy("legacy"),
    "rtf": _lazy("legacy"),
    "odt": _lazy("legacy"),
    "xlsx": _lazy("sheet"),
    "xls": _xls,
    "et": _lazy("legacy"),
    "ods": _lazy("legacy"),
    "csv": _lazy("sheet"),
    "txt": _lazy("text"),
    "md": _lazy("text"),
    "html": _lazy("text"),
    "image": _lazy("image_ocr"),
    "zip": _lazy("archive"),
    "eml": _lazy("mail"),
}


def read_file(
    path: Path,
    *,
    rel_path: str | None = None,
    fmt: str | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    notes: ReadNotes | None = None,
) -> list[Passage]:
    """Read one file with the reader for its format; raises a ``ReadError`` subclass on failure."""
    path = Path(path)
    rel = rel_path if rel_path is not None else path.name
    fmt = fmt or detect(path)
    reader = READERS.get(fmt or "")
    if reader is None:
        raise UnsupportedError(rel, unsupported_reason(path))
    return reader(path, rel_path=rel, options=options, notes=notes)
