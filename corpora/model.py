"""The spec model: a bundle is a list of documents; a document is a path, a format and content.

Content is plain data so that every writer (DOCX, PDF via LibreOffice, scan, TXT …) can render the
same document. Blocks are tuples:

- ``("title", text)``            centred document title
- ``("h", text)`` / ``("h2", text)``  headings (第一章 总则 …)
- ``("p", text)``                a paragraph
- ``("clause", text)``           a numbered article: rendered ``第N条　text`` (numbering restarts per doc)
- ``("list", [texts])``          numbered points 1. 2. 3.
- ``("table", rows)``            a table, first row is the header
- ``("meta", [(k, v), …])``      the controlled-document box (文件编号, 版本, 生效日期 …)
- ``("sign", [lines])``          right-aligned signature / date lines
- ``("seal", company)``          a red company seal (scans only; ignored in DOCX)
- ``("signature", label)``       a handwritten-looking signature line (scans only; a label in DOCX)
- ``("screen", dict)``           a system screenshot (screenshot format only)
- ``("pagebreak",)``

Evidence: ``Doc.evidence`` maps a rated unit id (``common.1.1``) to one or more fragments that
occur in the document's text; gold.yaml is assembled from these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

FORMATS = {
    "docx",        # python-docx
    "pdf",         # DOCX rendered, then LibreOffice → PDF
    "doc",         # DOCX rendered, then LibreOffice → legacy Word 97
    "xlsx",        # openpyxl: sheets of rows
    "scan",        # Pillow: a scanned page (JPEG), slight rotation and noise, seal, signature
    "screenshot",  # Pillow: a system screenshot (PNG)
    "txt",         # plain text in ``encoding`` (utf-8 or gbk), CRLF
    "zip",         # an archive of member documents
    "encrypted_pdf",  # reportlab PDF with a user password
    "corrupt_pdf",    # a PDF cut short
    "empty",          # a zero-byte file
}

NEEDS_SOFFICE = {"pdf", "doc"}


@dataclass
class Doc:
    path: str                                  # relative to the bundle root (members: to the zip root)
    fmt: str
    blocks: list[tuple] = field(default_factory=list)
    sheets: dict[str, dict[str, Any]] = field(default_factory=dict)  # xlsx: name -> {title, header, rows, widths}
    evidence: dict[str, str | list[str]] = field(default_factory=dict)
    date: dt.date | None = None                # document date (core properties)
    author: str = ""
    header: str = ""                           # DOCX page header (usually the company name)
    footer: str = ""
    members: list["Doc"] = field(default_factory=list)  # zip members
    encoding: str = "utf-8"                    # txt
    script: str = "simplified"                 # simplified | traditional-tw | traditional-hk
    seed: int = 0                              # scans: rotation/noise seed
    note: str = ""                             # why the document is in the bundle (README / review)

    def __post_init__(self) -> None:
        if self.fmt not in FORMATS:
            raise ValueError(f"{self.path}: unknown format {self.fmt!r}")


@dataclass
class Rating:
    rating: str
    reason: str
    evidence: list[tuple[str, str]] = field(default_factory=list)  # extra (path, fragment) pairs


@dataclass
class Bundle:
    name: str
    description: str
    docs: list[Doc] = field(default_factory=list)
    ratings: dict[str, Rating] = field(default_factory=dict)
    irrelevant: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    duplicates: list[list[str]] = field(default_factory=list)
    notes: str = ""

    def add(self, doc: Doc) -> Doc:
        if any(d.path == doc.path for d in self.docs):
            raise ValueError(f"{self.name}: duplicate path {doc.path}")
        self.docs.append(doc)
        return doc

    def rate(self, unit: str, rating: str, reason: str, *evidence: tuple[str, str]) -> None:
        if unit in self.ratings:
            raise ValueError(f"{self.name}: {unit} rated twice")
        self.ratings[unit] = Rating(rating, reason, list(evidence))


# ---------------------------------------------------------------------------------------------
# Small text helpers used by specs

_CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for article numbers)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return f"{head}十{_CN_DIGITS[ones] if ones else ''}"


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
