"""The unit every reader returns: a located piece of text (:class:`Passage`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, replace
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

    Optional provenance (None when it does not apply; old ``passages.jsonl`` files read back):
    ``section_path`` the enclosing headings, outermost first; ``chapter`` the enclosing 第X章
    (or the outermost heading); ``article`` the 第X条 the text belongs to (also on its continuation
    paragraphs, across page breaks); ``header`` the column headers of a table or sheet row
    (`` | `` joined); ``raw`` the row as written when cells were normalised (dates to ISO);
    ``source`` ``text_layer`` or ``ocr`` for PDF pages and pictures; ``ocr_conf`` Tesseract's mean
    word confidence (0–100); ``line_boxes`` the OCR lines ``[text, x0, top, x1, bottom]`` in the
    same units as ``bbox`` (so a review page can highlight the exact line).
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
    section_path: tuple[str, ...] | None = None
    chapter: str | None = None
    article: str | None = None
    header: str | None = None
    raw: str | None = None
    source: str | None = None
    ocr_conf: float | None = None
    line_boxes: tuple[tuple[str, float, float, float, float], ...] | None = None

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
        # a plain dict of the fields (dataclasses.asdict deep-copies every value: 7x slower on 18k passages)
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        if self.bbox is not None:
            data["bbox"] = [round(v, 2) for v in self.bbox]
        if self.section_path is not None:
            data["section_path"] = list(self.section_path)
        if self.line_boxes is not None:
            data["line_boxes"] = [[t, *(round(v, 2) for v in box)] for t, *box in self.line_boxes]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Passage:
        """Inverse of :meth:`to_json`; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("bbox") is not None:
            values["bbox"] = tuple(float(v) for v in values["bbox"])
        if values.get("section_path") is not None:
            values["section_path"] = tuple(values["section_path"])
        if values.get("line_boxes") is not None:
            values["line_boxes"] = tuple((str(t), *(float(v) for v in box)) for t, *box in values["line_boxes"])
        return cls(**values)


_FIELD_NAMES = tuple(f.name for f in fields(Passage))  # in declaration order: id, path, page, locator, text first
