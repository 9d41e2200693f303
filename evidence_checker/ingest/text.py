"""Plain text, Markdown and HTML reader, with encoding detection.

Encodings: a BOM decides (UTF-8, UTF-16, UTF-32); else strict UTF-8; else charset-normalizer
limited to the encodings Chinese files come in (GB18030 ⊃ GBK ⊃ GB2312, Big5, UTF-16) — limiting
matters: unrestricted, it reads a short GBK line as Korean cp949 (measured); else GB18030 with
replacement characters. HTML may name its charset in a ``<meta>`` tag, tried first.

Text files give one passage per line (``line 12``), hard-wrapped lines joined (a line as long as
the longest, without closing punctuation, continues on the next); Markdown ``#`` lines are headings.
HTML is stripped of tags with the stdlib parser: block elements become passages (``¶3``, with
their source line), table rows ``table1 r2`` with cells joined by `` | ``.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.segment import Block, join_lines, starts_section, to_passages

CHINESE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16"]
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_CLOSING = tuple("。；;！!？?：:」』”)）")


def decode(data: bytes, *, declared: str | None = None) -> str:
    """Decode a text file's bytes (see the module docstring for the order of guesses)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    candidates = ([declared] if declared else []) + ["utf-8"]
    for encoding in candidates:
        try:
            return data.decode(_gb_superset(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CHINESE_ENCODINGS).best()
    if best is not None:
        return data.decode(_gb_superset(best.encoding), errors="replace")
    return data.decode("gb18030", errors="replace")


def _gb_superset(encoding: str) -> str:
    return "gb18030" if encoding.lower().replace("-", "").replace("_", "") in ("gb2312", "gbk", "cp936") else encoding


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """Read a .txt/.md/.html file (HTML when the name or the content says so)."""
    notes = notes if notes is not None else ReadNotes()
    data = path.read_bytes()
    with notes.stage("text.parse"):
        if path.suffix.lower() in (".html", ".htm", ".xhtml", ".xls", ".et") or _looks_html(data):
            match = _META_CHARSET.search(data[:4096])
            declared = match.group(1).decode("ascii", "ignore") if match else None
            blocks = html_blocks(decode(data, declared=declared))
        else:
            blocks = text_blocks(decode(data), markdown=path.suffix.lower() in (".md", ".markdown"))
    with notes.stage("segment"):
        return to_passages(blocks, rel_path, max_chars=options.max_chars)


def _looks_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def text_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """Lines → blocks: one per line, hard-wrapped lines joined, Markdown headings recognised."""
    lines = text.splitlines()
    widest = max((len(line.strip()) for line in lines), default=0)
    blocks: list[Block] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate([*lines, ""], 1):
        line = raw.strip()
        heading = _MD_HEADING.match(line) if markdown else None
        wrapped = current and _wrapped(current[-1], widest) and line and not starts_section(line) and not heading
        if wrapped:
            current.append(line)
            continue
        if current:
            kind = "line" if len(current) == 1 else "paragraph"
            blocks.append(Block(join_lines(current), kind, f"line {start}", line=start))
            current = []
        if heading:
            level = len(heading.group(1))
            blocks.append(Block(heading.group(2), "heading", f"line {number}", line=number, level=level))
        elif line:
            current, start = [line], number
    return blocks


def _wrapped(line: str, widest: int) -> bool:
    return widest >= 40 and len(line) >= 0.9 * widest and not line.endswith(_CLOSING)


_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "dt", "dd", "title", "ul", "ol", "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


class _HtmlText(HTMLParser):
    """Collects the text of block elements (``¶3``) and table rows (``table1 r2``, cells joined
    with `` | ``), each with its source line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._buffer: list[str] = []
        self._line = 1
        self._skip = 0
        self._tag = "p"
        self._cells: list[str] | None = None
        self._in_cell = False
        self._paragraphs = self._tables = self._rows = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in ("td", "th") and self._cells is not None:
            self._close_cell()
            self._buffer, self._in_cell = [], True
        elif tag == "table":
            self._flush()
            self._tables, self._rows = self._tables + 1, 0
        elif tag == "tr":
            self._flush()
            self._cells, self._line = [], self.getpos()[0]
        elif tag in _BLOCK_TAGS and not self._in_cell:
            self._flush()
            self._tag, self._line = tag, self.getpos()[0]

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr" and self._cells is not None:
            self._close_cell()
            cells, self._cells = self._cells, None
            self._buffer = []
            if any(cells):
                self._rows += 1
                table = max(self._tables, 1)
                locator = f"table{table} r{self._rows}"
                self.blocks.append(
                    Block(" | ".join(cells), "table_row", locator, line=self._line, table=table, row=self._rows, split=False)
                )
        elif tag in _BLOCK_TAGS and not self._in_cell:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _close_cell(self) -> None:
        if self._in_cell and self._cells is not None:
            self._cells.append(join_lines("".join(self._buffer).splitlines()))
        self._buffer, self._in_cell = [], False

    def _flush(self) -> None:
        text = join_lines("".join(self._buffer).splitlines())
        self._buffer = []
        if not text or self._cells is not None:
            return
        kind, level = "paragraph", None
        if self._tag in ("h1", "h2", "h3", "h4", "h5", "h6", "title"):
            kind, level = "heading", (1 if self._tag == "title" else int(self._tag[1]))
        elif self._tag == "li":
            kind = "list_item"
        self._paragraphs += 1
        n = self._paragraphs
        self.blocks.append(Block(text, kind, f"¶{n}", line=self._line, paragraph=n, level=level))


def html_blocks(html: str) -> list[Block]:
    """HTML text → blocks: ``¶N`` for block elements, ``tableT rR`` for table rows."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser.blocks
