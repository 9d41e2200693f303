"""The reader for each file format: a plain dict, and :func:`read_file` to read one file."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from evidence_checker.ingest import archive, docx, image_ocr, legacy, pdf, sheet, text
from evidence_checker.ingest.errors import CorruptError, UnsupportedError
from evidence_checker.ingest.formats import detect, unsupported_reason
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage

Reader = Callable[..., list[Passage]]


def _xls(path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None):
    """.xls with xlrd; files xlrd cannot parse get a second chance through LibreOffice."""
    try:
        return sheet.read(path, rel_path=rel_path, options=options, notes=notes)
    except CorruptError:
        if legacy.soffice() is None:
            raise
        return legacy.read(path, rel_path=rel_path, options=options, notes=notes)


READERS: dict[str, Reader] = {
    "pdf": pdf.read,
    "docx": docx.read,
    "doc": legacy.read,
    "wps": legacy.read,
    "rtf": legacy.read,
    "odt": legacy.read,
    "xlsx": sheet.read,
    "xls": _xls,
    "et": legacy.read,
    "ods": legacy.read,
    "csv": sheet.read,
    "txt": text.read,
    "md": text.read,
    "html": text.read,
    "image": image_ocr.read,
    "zip": archive.read,
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
