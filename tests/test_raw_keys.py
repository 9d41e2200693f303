"""No raw key in any Chinese output of the demo run: the terminal summary, the four reports and the
review workbook say 第1页表1第3行, 工作表“目录”第2行, 企业概况未勾选“出入境特殊物品” — never
``p1 table1 r3``, ``¶8``, ``special_items=false``, ``occasions``, ``None``.

The rule: an ASCII word in the output must come from the documents themselves (quoted evidence,
file names) or be an id, a file name or a command; anything else is the tool's own key leaking out.
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from evidence_checker.cli import app
from evidence_checker.locators import cite, place

DEMO = "adv-importer-pass"
RAW = (r"\b[a-z]+(?:_[a-z]+)+\b", r"\w+=(?:true|false|none|null)\b", r"\bp\d+ (?:table|¶|ocr)", r"\btable\d+\b",
       r"\br\d+\b", r"ocr-block", r"¶\d", r"\bNone\b", r"\b(?:True|False)\b", r"\d+/None")
IDS = re.compile(r"\b(?:common|importer|broker|ftsp)(?:\.\d+)+")
PATHS = re.compile(r"[\w\-.（）()]+(?:/[\w\-.（）() ]+)+|\S+\.(?:html|xlsx|docx|md|json|jsonl|yaml|csv|pdf|sqlite)\b")
COMMAND = re.compile(r"(?:evidence-checker|review)(?: [a-z/\-]+)*")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _cells(path: Path) -> str:
    """The text a person sees in a workbook: visible sheets, rows and columns (the review workbook
    keeps its round-trip keys in hidden columns and rows)."""
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in wb if ws.sheet_state == "visible" for row in ws.iter_rows()
                     for c in row if c.value is not None and not ws.column_dimensions[c.column_letter].hidden
                     and not ws.row_dimensions[c.row].hidden)


def outputs(out: Path, terminal: str) -> dict[str, str]:
    html = _Text()
    html.feed((out / "report.html").read_text(encoding="utf-8"))
    d = docx.Document(out / "self-assessment.docx")
    return {
        "terminal": terminal,
        "report.md": re.sub(r"\]\(<[^>]*>\)", "]", (out / "report.md").read_text(encoding="utf-8")),
        "report.html": "\n".join(html.parts),
        "report.xlsx": _cells(out / "report.xlsx"),
        "self-assessment.docx": "\n".join([p.text for p in d.paragraphs]
                                          + [c.text for t in d.tables for r in t.rows for c in r.cells]),
        "review.xlsx": _cells(out / "review.xlsx"),
    }


def document_words(out: Path) -> set[str]:
    """Every ASCII word of the documents' own text and paths (quoted evidence may hold any)."""
    words = set()
    with (out / "passages.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for s in (d.get("text", ""), d.get("path", "")):
                words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9_\-]*", s))
    return words


def raw_keys(text: str, allowed: set[str]) -> list[tuple[str, str]]:
    found = []
    for line in text.splitlines():
        clean = COMMAND.sub(" ", PATHS.sub(" ", IDS.sub(" ", line)))
        for pat in RAW:
            found += [(m.group(), line) for m in re.finditer(pat, clean)]
        for m in re.finditer(r"(?<![A-Za-z0-9_\-./])([a-z][a-z\-]{2,})(?![A-Za-z0-9_])", clean):
            if m.group(1).lower() not in allowed:
                found.append((m.group(1), line))
    return found


def test_locators_in_words():
    assert place("a.pdf", 1, "p1 table1 r3") == "第1页表1第3行"
    assert place("a.docx", None, "¶8") == "第8段"
    assert place("目录.xlsx", 1, "目录!A2:E2") == "工作表“目录”第2行"  # a sheet is not a page
    assert place("records/处罚记录.csv", 1, "处罚记录!A2:E4") == "第2至4行"  # a CSV has one sheet
    assert place("截图.png", 1, "p1 ocr-block 4") == "识别文字第4块"  # an image has one page
    assert place("a.pdf", 2, "p2 ¶5", "en") == "p.2 para. 5"
    assert cite("x.zip!制度/培训制度.docx", None, "table1 r2") == "《培训制度.docx》表1第2行"
    assert place("a.docx", None, "strange-locator") == "strange-locator"  # unknown shapes stay as they are


@pytest.fixture(scope="module")
def demo_run(corpora_built, tmp_path_factory) -> tuple[Path, str]:
    bundle = tmp_path_factory.mktemp("demo") / DEMO
    shutil.copytree(corpora_built / DEMO, bundle, ignore=shutil.ignore_patterns(".evidence-checker"))
    out = bundle / ".evidence-checker"
    runner = CliRunner()
    res = runner.invoke(app, ["check", str(bundle)])
    assert res.exit_code in (0, 1), res.output
    exported = runner.invoke(app, ["review", "export", str(out)])
    assert exported.exit_code == 0, exported.output
    return out, res.output + exported.output


def test_no_raw_key_in_any_chinese_output_of_the_demo_run(demo_run):
    out, terminal = demo_run
    allowed = document_words(out)
    texts = outputs(out, terminal)
    assert all(len(t) > 200 for t in texts.values())
    leaks = {name: raw_keys(text, allowed)[:5] for name, text in texts.items()}
    assert not any(leaks.values()), leaks
    # the facts the issue found leaking now read in words
    md = texts["report.md"]
    assert "企业概况未勾选“" in md and "第1页表1第" in md and "工作表“" in md
