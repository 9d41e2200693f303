"""The unit every reader returns: a located piece of text (:class:`Passage`)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Literal

Kind = Literal[
    "paragraph", "heading", "list_item", "table_row", "header", "footer", "sheet_row", "line", "ocr"
]
KINDS: tuple[str, ...] = (
    "paragraph", "heading", "list_item", "table_row", "header", "footer", "sheet_row", "line", "ocr"
)
BBox = tuple[float, float, float, float]


def passage_id(path: str, locator: str, text: str) -> str:
    """A stable id: the first 16 hex digits of sha1 over path, locator and text."""
    data = "\x1f".join((path, locator, text)).encode("utf-8")
    return hashlib.sha1(data).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Passage:
    """A piece of a document's text and where it stands.

    ``path`` is relative to the bundle root in posix form (zip members ``a.zip!dir/f.docx``);
    ``page`` is 1-based (PDF page, image frame, or the sheet number of a workbook; None for Word
    and text files); ``locator`` a short stable string a person can follow (``p3 ¶2``, ``¶14``,
    ``table2 r3``, ``Sheet1!A5:F5``, ``line 12``, ``p1 ocr-block 4``); ``text`` the original text
    and ``norm`` its normalised form (:func:`evidence_checker.ingest.normalize.normalize`);
    ``heading`` the nearest enclosing heading; ``bbox`` ``(x0, top, x1, bottom)`` in PDF points
    (top-left origin) for PDF and OCR passages (image pixels for a standalone image), else None.
    """

    id: str
    path: str
    page: int | None
    locator: str
    text: str
    norm: str
    kind: str
    heading: str | None = None
    bbox: BBox | None = None
    sheet: str | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    line: int | None = None

    @classmethod
    def new(
        cls, *, path: str, locator: str, text: str, norm: str, kind: str, page: int | None = None, **rest: Any
    ) -> Passage:
        """Build a passage, computing its id from path, locator and text."""
        if kind not in KINDS:
            raise ValueError(f"未知的段落类型 kind={kind!r}")
        return cls(
            id=passage_id(path, locator, text),
            path=path,
            locator=locator,
            text=text,
            norm=norm,
            kind=kind,
            page=page,
            **rest,
        )

    def with_path(self, path: str) -> Passage:
        """The same passage found at another path (a cached copy): new path, new id."""
        return replace(self, path=path, id=passage_id(path, self.locator, self.text))

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; the ARCHITECTURE keys ``id, path, page, locator, text`` come first."""
        data = asdict(self)
        if self.bbox is not None:
            data["bbox"] = [round(v, 2) for v in self.bbox]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Passage:
        """Inverse of :meth:`to_json`; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("bbox") is not None:
            values["bbox"] = tuple(float(v) for v in values["bbox"])
        return cls(**values)
