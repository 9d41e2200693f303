"""Ruled tables on a PDF page, found from pdfium's vector paths with pdfplumber's lattice
algorithm (merge edges → intersections → cells → tables).

Why not ``pdfplumber.Page.find_tables``: it needs pdfminer to interpret the whole page first,
measured at ~140 ms per table page on the benchmark, seven times the rest of the reading. The
ruling lines are already in pdfium's page objects: each path's straight, axis-parallel segments
(rectangles give four) become pdfplumber-style edges, and pdfplumber's pure table functions do
the rest with their default tolerances. Boxes are ``(x0, top, x1, bottom)`` in points from the
top-left corner.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from evidence_checker.ingest.passage import BBox

TOLERANCE = 3.0  # pdfplumber's default snap/join/intersection tolerance, points
MIN_EDGE = 3.0  # pdfplumber's default edge_min_length
AXIS_SLACK = 0.5


@dataclass(frozen=True, slots=True)
class TableGrid:
    """A table's box and its rows of cell boxes (top to bottom, left to right); a cell merged over
    several rows is in each of them."""

    bbox: BBox
    rows: list[list[BBox]]


def find_tables(page: pdfium.PdfPage) -> list[TableGrid]:
    """Ruled tables of ``page`` (none when it has fewer than a grid's worth of lines)."""
    edges = page_edges(page)
    if len(edges) < 4:
        return []
    edges = [e for e in merge_edges(edges, TOLERANCE, TOLERANCE, TOLERANCE, TOLERANCE) if _length(e) >= MIN_EDGE]
    cells = intersections_to_cells(edges_to_intersections(edges, TOLERANCE, TOLERANCE))
    grids = []
    for table in cells_to_tables(cells):
        rows = _rows(table)
        bbox = (min(c[0] for c in table), min(c[1] for c in table), max(c[2] for c in table), max(c[3] for c in table))
        grids.append(TableGrid(bbox, rows))
    return sorted(grids, key=lambda g: (g.bbox[1], g.bbox[0]))


def _rows(cells: list[Any]) -> list[list[BBox]]:
    """Rows of cell boxes, one per distinct cell top; a cell merged down over several rows is in
    each row it covers (so its text is read with each of them)."""
    tops = sorted({round(c[1], 1) for c in cells})
    rows: list[list[BBox]] = []
    for top in tops:
        row = [tuple(c) for c in cells if c[1] - TOLERANCE / 2 <= top < c[3] - TOLERANCE / 2]
        rows.append(sorted(row, key=lambda c: c[0]))  # type: ignore[arg-type]
    return rows


def page_edges(page: pdfium.PdfPage) -> list[dict[str, Any]]:
    """Horizontal and vertical line pieces of the page's path objects, as pdfplumber edges."""
    left, _, _, top = page.get_cropbox()
    edges: list[dict[str, Any]] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1):
        for (x0, y0), (x1, y1) in _segments(obj.raw):
            a, b = (x0 - left, top - y0), (x1 - left, top - y1)
            if abs(a[1] - b[1]) <= AXIS_SLACK and abs(a[0] - b[0]) >= MIN_EDGE:
                edges.append(_edge("h", min(a[0], b[0]), a[1], max(a[0], b[0]), a[1]))
            elif abs(a[0] - b[0]) <= AXIS_SLACK and abs(a[1] - b[1]) >= MIN_EDGE:
                edges.append(_edge("v", a[0], min(a[1], b[1]), a[0], max(a[1], b[1])))
    return edges


def _edge(orientation: str, x0: float, y0: float, x1: float, y1: float) -> dict[str, Any]:
    return {"orientation": orientation, "object_type": "line", "x0": x0, "x1": x1, "top": y0, "bottom": y1,
            "width": x1 - x0, "height": y1 - y0}


def _length(edge: dict[str, Any]) -> float:
    return edge["width"] if edge["orientation"] == "h" else edge["height"]


def _segments(raw: Any) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Straight segments of a path object in page coordinates (Bézier pieces left out)."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, ctypes.byref(matrix)):
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    out = []
    start = current = None
    for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
        segment = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = (matrix.a * x.value + matrix.c * y.value + matrix.e, matrix.b * x.value + matrix.d * y.value + matrix.f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = current = point
            continue
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
            out.append((current, point))
        current = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and current != start:
            out.append((current, start))
            current = start
    return out
