"""Read the text of a built file, the simple way (enough to check gold fragments).

DOCX with python-docx (body paragraphs, tables, headers and footers), XLSX with openpyxl (every
cell), TXT/CSV as UTF-8 (with or without BOM) or GBK. Other formats (PDF, images, legacy .doc)
return None: for those the gold only promises that the file exists.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

TEXT_SUFFIXES = {".docx", ".xlsx", ".txt", ".csv", ".md", ".yaml"}


def text_of_bytes(name: str, data: bytes) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        parts = [p.text for p in document.paragraphs]

        def cells(table):
            for row in table.rows:
                for cell in row.cells:
                    yield cell.text
                    for inner in cell.tables:
                        yield from cells(inner)

        for table in document.tables:
            parts.extend(cells(table))
        for section in document.sections:
            for part in (section.header, section.footer):
                parts.extend(p.text for p in part.paragraphs)
        return "\n".join(parts)
    if suffix == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append("\t".join("" if v is None else str(v) for v in row))
        wb.close()
        return "\n".join(parts)
    if suffix in (".txt", ".csv", ".md", ".yaml"):
        for enc in ("utf-8-sig", "gbk"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
        return data.decode("utf-8", "replace")
    return None


def read_member(bundle_root: Path, ref: str) -> bytes:
    """Bytes of a bundle path; ``archive.zip!inner/path`` reads a zip member."""
    if "!" in ref:
        outer, inner = ref.split("!", 1)
        with zipfile.ZipFile(bundle_root / outer) as z:
            return z.read(inner)
    return (bundle_root / ref).read_bytes()


def exists(bundle_root: Path, ref: str) -> bool:
    if "!" in ref:
        outer, inner = ref.split("!", 1)
        p = bundle_root / outer
        if not p.is_file():
            return False
        with zipfile.ZipFile(p) as z:
            return inner in z.namelist()
    return (bundle_root / ref).is_file()


def text_of(bundle_root: Path, ref: str) -> str | None:
    name = ref.split("!", 1)[-1]
    if Path(name).suffix.lower() not in TEXT_SUFFIXES:
        return None
    return text_of_bytes(name, read_member(bundle_root, ref))
