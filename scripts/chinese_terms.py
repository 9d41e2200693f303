"""List the Python files under evidence_checker/ that choose behaviour by a Chinese term of the standard.

Usage::

    python scripts/chinese_terms.py            # the count and every site, one a line
    python scripts/chinese_terms.py --json     # the same as JSON
    python scripts/chinese_terms.py --files    # only the files and their number of sites

The project's rule (docs: "Data over code"): no Python chooses behaviour by searching the standard's
Chinese text; such terms belong in ``standards/<edition>/*.yaml`` or ``models/*.yaml``. This script
measures how far the code is from that rule. It is deterministic: it parses the code (``ast``), never
runs it, and sorts its output.

**A term of the standard** is a run of two or more CJK ideographs (U+4E00–U+9FFF) that occurs in the
text of an edition shipped under ``standards/`` (``source.txt`` and ``tables/*.yaml``). Single
characters (年, 月, 第) and punctuation (、；（）) are not terms; nor are words the standard never uses.

**A site that chooses behaviour** is a string literal holding such a term in one of these places:

- ``compare``  an operand of a comparison (``==``, ``!=``, ``in``, ``not in``), also inside a literal
  tuple/list/set operand: ``"资产负债率" in text``, ``item.title == "会计信息"``;
- ``regex``    the pattern of a ``re`` call (``re.compile``, ``re.search`` … ``re.sub``), a literal,
  an f-string or a concatenation of literals;
- ``method``   the argument of a string test or split (``startswith``, ``endswith``, ``find``,
  ``index``, ``count``, ``split``, ``partition`` …): ``text.startswith("审计意见")``;
- ``key``      a key of a dict literal, or a constant subscript (``table["无保留意见"]``): dispatch by text;
- ``set``      a literal tuple/list/set of strings assigned to a name that is then used in an ``in``
  test or iterated: ``_OPINIONS = ("无保留意见", …)`` … ``if x in _OPINIONS``;
- ``pattern``  a token pattern of spaCy's matcher (the value of ``IN``, ``NOT_IN``, ``REGEX``, ``TEXT``,
  ``ORTH``, ``LOWER`` in a dict literal): ``{"TEXT": {"IN": ["每年", "每季度"]}}``.

User-facing messages, docstrings and comments are none of these places, so they do not count; nor does
a term that reaches the code from YAML (the goal).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "evidence_checker"
STANDARDS = ROOT / "standards"

_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_RE_FUNCS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}
_PATTERN_KEYS = {"IN", "NOT_IN", "REGEX", "TEXT", "ORTH", "LOWER", "NORM"}
_STR_TESTS = {"startswith", "endswith", "find", "rfind", "index", "rindex", "count", "split", "rsplit",
              "partition", "rpartition", "removeprefix", "removesuffix"}


@dataclass(frozen=True)
class Site:
    file: str  # relative to the repository
    line: int
    kind: str  # compare | regex | method | key | set
    terms: tuple[str, ...]  # the standard's terms in the literal


def standard_text(root: Path = STANDARDS) -> str:
    """The text of every shipped edition (source.txt and the tables), where terms are looked up."""
    parts = []
    for edition in sorted(p for p in root.iterdir() if p.is_dir()):
        for f in [edition / "source.txt", *sorted((edition / "tables").glob("*.yaml"))]:
            if f.is_file():
                parts.append(f.read_text(encoding="utf-8"))
    return "\n".join(parts)


class _Terms:
    """Which CJK runs of a literal occur in the standard's text (cached per run)."""

    def __init__(self, text: str):
        self.text = text
        self._seen: dict[str, bool] = {}

    def __call__(self, literal: str) -> tuple[str, ...]:
        out = []
        for run in _RUN.findall(literal):
            if run not in self._seen:
                self._seen[run] = run in self.text
            if self._seen[run]:
                out.append(run)
        return tuple(dict.fromkeys(out))


def _strings(node: ast.AST | None) -> list[str]:
    """The string literals a node is made of: a constant, an f-string's literal parts, a concatenation
    of those, or the elements of a literal tuple/list/set."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _strings(node.left) + _strings(node.right)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [s for e in node.elts for s in _strings(e)]
    return []


def _is_re_call(call: ast.Call) -> bool:
    f = call.func
    return (isinstance(f, ast.Attribute) and f.attr in _RE_FUNCS and isinstance(f.value, ast.Name)
            and f.value.id in {"re", "regex"})


def _string_collection(node: ast.AST) -> bool:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"frozenset", "set", "tuple"}:
        return len(node.args) == 1 and _string_collection(node.args[0])
    return (isinstance(node, (ast.Tuple, ast.List, ast.Set)) and bool(node.elts)
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts))


def _collection_node(node: ast.AST) -> ast.AST:
    return node.args[0] if isinstance(node, ast.Call) else node


def scan_file(path: Path, terms: _Terms, root: Path = ROOT) -> list[Site]:
    """The sites of one file (see the module docstring)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = path.relative_to(root).as_posix()
    found: dict[tuple[int, str], set[str]] = {}

    def add(node: ast.AST, kind: str, literals: list[str]) -> None:
        hit = [t for s in literals for t in terms(s)]
        if hit:
            found.setdefault((node.lineno, kind), set()).update(hit)

    tested: set[str] = set()  # names used in an `in` test or iterated
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.Name, ast.Attribute)):
                    tested.add(right.id if isinstance(right, ast.Name) else right.attr)
        elif isinstance(node, (ast.For, ast.comprehension)):
            it = node.iter
            if isinstance(it, (ast.Name, ast.Attribute)):
                tested.add(it.id if isinstance(it, ast.Name) else it.attr)

    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            add(node, "compare", [s for operand in (node.left, *node.comparators) for s in _strings(operand)])
        elif isinstance(node, ast.Call):
            if _is_re_call(node):
                pattern = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "pattern"), None)
                add(node, "regex", _strings(pattern))
            elif isinstance(node.func, ast.Attribute) and node.func.attr in _STR_TESTS and node.args:
                add(node, "method", _strings(node.args[0]))
        elif isinstance(node, ast.Dict):
            add(node, "key", [s for k in node.keys for s in _strings(k) if not isinstance(k, ast.JoinedStr)])
            add(node, "pattern", [s for k, v in zip(node.keys, node.values)
                                  if isinstance(k, ast.Constant) and k.value in _PATTERN_KEYS for s in _strings(v)])
        elif isinstance(node, ast.Subscript):
            add(node, "key", _strings(node.slice) if isinstance(node.slice, ast.Constant) else [])
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and _string_collection(node.value):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id if isinstance(t, ast.Name) else t.attr for t in targets if isinstance(t, (ast.Name, ast.Attribute))}
            if names & tested:
                add(node, "set", _strings(_collection_node(node.value)))
    return [Site(rel, line, kind, tuple(sorted(ts))) for (line, kind), ts in sorted(found.items())]


def scan(package: Path = PACKAGE, standards: Path = STANDARDS, root: Path = ROOT) -> list[Site]:
    """Every site of every Python file under ``package``, sorted by file and line."""
    terms = _Terms(standard_text(standards))
    out: list[Site] = []
    for path in sorted(package.rglob("*.py")):
        out.extend(scan_file(path, terms, root))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print the count and the sites as JSON")
    ap.add_argument("--files", action="store_true", help="print only the files and their number of sites")
    args = ap.parse_args(argv)
    sites = scan()
    files: dict[str, int] = {}
    for s in sites:
        files[s.file] = files.get(s.file, 0) + 1
    if args.json:
        print(json.dumps({"files": len(files), "sites": len(sites), "by_file": files,
                          "all": [asdict(s) for s in sites]}, ensure_ascii=False, indent=1))
        return 0
    print(f"{len(files)} files, {len(sites)} sites choose behaviour by a Chinese term of the standard")
    for f, n in files.items():
        print(f"  {f}: {n}")
    if not args.files:
        for s in sites:
            print(f"{s.file}:{s.line}: {s.kind}: {'、'.join(s.terms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
