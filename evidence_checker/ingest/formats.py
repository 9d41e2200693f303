"""File type detection: by extension, corrected by the first bytes (real bundles hold ``.doc``
files that are really DOCX, ``.xls`` exports that are HTML or tab-separated text, and so on)."""

from __future__ import annotations

import zipfile
from pathlib import Path

EXTENSIONS: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx", ".docm": "docx", ".dotx": "docx",
    ".doc": "doc", ".dot": "doc", ".wps": "wps", ".rtf": "rtf", ".odt": "odt",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".xltx": "xlsx",
    ".xls": "xls", ".et": "et", ".ods": "ods",
    ".csv": "csv",
    ".txt": "txt", ".text": "txt", ".log": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
    ".bmp": "image", ".gif": "image", ".webp": "image",
    ".zip": "zip",
    ".eml": "eml",
}

LABELS: dict[str, str] = {
    "pdf": "PDF", "docx": "Word", "doc": "Word 旧版(.doc)", "wps": "WPS 文字", "rtf": "RTF",
    "odt": "ODF 文本", "xlsx": "Excel", "xls": "Excel 旧版(.xls)", "et": "WPS 表格",
    "ods": "ODF 表格", "csv": "CSV", "txt": "文本", "md": "Markdown", "html": "网页",
    "image": "图片", "zip": "压缩包", "eml": "邮件(.eml)",
}

# the read_* message (messages.yaml) saying why a file of these types is not read
UNSUPPORTED_REASONS: dict[str, str] = {
    ".rar": "read_unsupported_archive", ".7z": "read_unsupported_archive",
    ".ppt": "read_slides", ".pptx": "read_slides",
    ".mp4": "read_video", ".avi": "read_video", ".mov": "read_video",
    ".mp3": "read_audio", ".wav": "read_audio",
}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")


def detect(path: Path) -> str | None:
    """The format key of ``path`` (a key of :data:`LABELS`), or None when no reader fits."""
    fmt = EXTENSIONS.get(path.suffix.lower())
    try:
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        return fmt
    return _by_content(path, fmt, head)


def _by_content(path: Path, fmt: str | None, head: bytes) -> str | None:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if fmt is None and path.suffix:
        return None  # a known other type (.pptx is a zip too): not ours to guess
    if head.startswith(ZIP_MAGIC) and fmt in ("doc", "wps", "xls", "et", None):
        inner = _office_type(path)
        return inner or ("zip" if fmt is None else fmt)
    if fmt in ("xls", "et") and not head.startswith((OLE_MAGIC, ZIP_MAGIC)):
        lowered = head.lower()
        return "html" if (b"<html" in lowered or b"<table" in lowered) else "csv"
    if fmt == "doc" and head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if fmt is None and head.startswith(_IMAGE_MAGIC):
        return "image"
    return fmt


def _office_type(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def is_encrypted_ooxml(path: Path) -> bool:
    """True for a password-protected DOCX/XLSX (an OLE container holding ``EncryptedPackage``)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(4 * 1024 * 1024)
    except OSError:
        return False
    return data.startswith(OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in data


def unsupported_reason(path: Path) -> str:
    """A plain-Chinese reason why ``path`` is not read."""
    from evidence_checker.ingest.errors import why

    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED_REASONS:
        return why(UNSUPPORTED_REASONS[suffix], suffix=suffix)
    return why("read_unsupported", suffix=suffix or why("read_no_suffix"))


def format_key(path: Path, fmt: str | None) -> str:
    """The inventory ``format`` of a file: its detected format, else its extension."""
    return fmt or (path.suffix.lower().lstrip(".") or "unknown")
