"""The blind held-out corpus: bundles written by people who never saw the project's lexicon,
rating rules, thresholds, matcher or in-sample bundle specs (rules of use: ``corpora/README.md``).

Each ``corpora/heldout/<name>/`` holds

- ``make.py`` with ``build(out: Path) -> None``: writes the bundle's documents into an empty folder,
  deterministically (fixed dates, seeded randomness);
- ``profile.yaml`` and ``records/`` (copied into the built bundle);
- ``gold.yaml``: the writer's auditor ratings with page/sheet-level evidence (format below);
- ``NOTES.md``: what the bundle is, its shapes and how it was written.

gold.yaml::

    bundle: NAME
    set: heldout
    subitems:
      common.1.1:
        rating: compliant | basically_compliant | non_compliant | not_applicable | person
        assumed: compliant          # only with ``person``: the rating the expected total assumes
        reason: 一句话理由
        evidence: [{path: 汇编.pdf, page: 27}, {path: 台账.xlsx, sheet: 培训签到}, {path: a.docx}]
    irrelevant: [paths]
    expected: {…}                   # written by ``python -m corpora.heldout check NAME --write-expected``

``python -m corpora.heldout units LEVEL TYPE`` lists the rated units of an assessment;
``python -m corpora.heldout build NAME --out DIR`` builds one bundle;
``python -m corpora.heldout check NAME [--write-expected]`` builds it into a temporary folder and
checks the gold against the catalog and the built files.
"""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
RATINGS = ("compliant", "basically_compliant", "non_compliant", "not_applicable", "person")


def names() -> list[str]:
    return sorted(p.name for p in HERE.iterdir() if (p / "make.py").is_file() and (p / "gold.yaml").is_file())


def _make_module(name: str):
    path = HERE / name / "make.py"
    modname = f"corpora_heldout_{name.replace('-', '_')}"
    spec = importlib.util.spec_from_file_location(modname, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module
    spec.loader.exec_module(module)
    return module


def build_one(name: str, out: Path) -> Path:
    """Build held-out bundle ``name`` into ``out`` (replaced): documents, profile, records, gold."""
    src = HERE / name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    _make_module(name).build(out)
    for f in sorted(out.rglob("*")):
        if f.suffix.lower() in (".docx", ".xlsx", ".zip") and f.is_file():
            _normalise_zip(f)
    for extra in ("profile.yaml", "gold.yaml"):
        if (src / extra).is_file():
            shutil.copy2(src / extra, out / extra)
    if (src / "records").is_dir():
        shutil.copytree(src / "records", out / "records", dirs_exist_ok=True)
    return out


_FIXED_TIME = (2026, 1, 1, 0, 0, 0)
_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _normalise_zip(path: Path) -> None:
    """Fixed entry times and core-property dates in a DOCX/XLSX/zip written by a writer, so the
    held-out build is byte-identical between builds (python-docx and openpyxl stamp the time)."""
    try:
        with zipfile.ZipFile(path) as zin:
            entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    except (zipfile.BadZipFile, OSError):
        return  # a deliberately broken file stays as written
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _CORE_DATE.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)
    path.write_bytes(buf.getvalue())


def load_gold(name: str) -> dict:
    return yaml.safe_load((HERE / name / "gold.yaml").read_text(encoding="utf-8"))


def scoring_ratings(subitems: dict) -> dict[str, str]:
    """The ratings the expected total rests on: the gold rating, or ``assumed`` for ``person``."""
    return {uid: (u.get("assumed") if u.get("rating") == "person" else u.get("rating"))
            for uid, u in subitems.items()}


def _page_count(path: Path) -> int | None:
    try:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception:
        return None


def _sheet_names(path: Path) -> list[str] | None:
    try:
        if path.suffix.lower() == ".xlsx":
            import openpyxl
            wb = openpyxl.load_workbook(path, read_only=True)
            try:
                return list(wb.sheetnames)
            finally:
                wb.close()
        if path.suffix.lower() == ".xls":
            import xlrd
            return xlrd.open_workbook(str(path)).sheet_names()
    except Exception:
        return None
    return None


def check_gold(name: str, built: Path) -> tuple[list[str], dict]:
    """Problems with bundle ``name``'s gold against the catalog and its built files; and the
    expected block computed by the official rules (corpora/gold.py)."""
    from ..gold import check_options, expected_block, load_catalog, rated_unit_ids

    gold = load_gold(name)
    problems: list[str] = []
    profile = yaml.safe_load((HERE / name / "profile.yaml").read_text(encoding="utf-8"))
    if gold.get("set") not in ("heldout", "in-sample"):
        problems.append("gold.yaml: set must be 'heldout' (or 'in-sample' once it was used to diagnose a fix)")
    assessment = load_catalog(str(profile["edition"])).assessment(profile["level"], profile["business_type"])
    units = rated_unit_ids(assessment)
    sub = gold.get("subitems") or {}
    problems += [f"{u}: missing in gold.yaml" for u in units if u not in sub]
    problems += [f"{u}: not a rated unit of {profile['level']}/{profile['business_type']}" for u in sub if u not in units]
    for uid, u in sub.items():
        r = u.get("rating")
        if r not in RATINGS:
            problems.append(f"{uid}: rating {r!r} not one of {RATINGS}")
        if r == "person" and u.get("assumed") not in RATINGS[:4]:
            problems.append(f"{uid}: rating person needs 'assumed' (the rating the total assumes)")
        if not u.get("reason"):
            problems.append(f"{uid}: no reason")
        if r in ("compliant", "basically_compliant") and not u.get("evidence"):
            problems.append(f"{uid}: {r} without evidence")
        for e in u.get("evidence") or []:
            path = str(e.get("path", ""))
            outer = path.split("!", 1)[0]
            f = built / outer
            if not f.is_file():
                problems.append(f"{uid}: evidence file {path!r} not in the built bundle")
                continue
            if "page" in e and "!" not in path:
                n = _page_count(f)
                if n is None:
                    problems.append(f"{uid}: {path} has a page but is not a readable PDF")
                elif not 1 <= int(e["page"]) <= n:
                    problems.append(f"{uid}: {path} page {e['page']} outside 1..{n}")
            if "sheet" in e and "!" not in path:
                sheets = _sheet_names(f)
                if sheets is None or e["sheet"] not in sheets:
                    problems.append(f"{uid}: {path} has no sheet {e['sheet']!r} (sheets: {sheets})")
    for p in gold.get("irrelevant") or []:
        if not (built / str(p).split("!", 1)[0]).is_file():
            problems.append(f"irrelevant file {p!r} not in the built bundle")
    ratings = scoring_ratings(sub)
    ratings = {k: v for k, v in ratings.items() if k in units}
    problems += check_options({k: v for k, v in ratings.items() if v}, assessment)
    expected = {}
    if not problems:
        expected = expected_block(ratings, assessment)
    return problems, expected


def write_expected(name: str, expected: dict) -> None:
    """Replace the ``expected:`` block of gold.yaml (the rest of the file is kept as written)."""
    path = HERE / name / "gold.yaml"
    comment = "# expected: computed by `python -m corpora.heldout check NAME --write-expected` (official rules)"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line != comment]  # re-run: once
    out, skip = [], False
    for line in lines:
        if line.startswith("expected:"):
            skip = True
            continue
        if skip and (line.startswith(" ") or line.startswith("-") or not line.strip()):
            continue
        skip = False
        out.append(line)
    block = yaml.safe_dump({"expected": expected}, allow_unicode=True, sort_keys=False).rstrip().splitlines()
    # after the header keys (bundle/set/…), before subitems:
    at = next((i for i, line in enumerate(out) if line.startswith("subitems:")), len(out))
    out[at:at] = [comment] + block
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def units_table(level: str, business_type: str, edition: str = "2018-177") -> list[dict]:
    from ..gold import load_catalog

    assessment = load_catalog(edition).assessment(level, business_type)
    rows = []
    for item, unit in assessment.rated_units():
        cond = getattr(unit, "condition", None) or item.condition
        rows.append({"id": unit.id, "item": item.title, "category": item.category,
                     "options": list(item.options), "text": getattr(unit, "text", None) or item.text or "",
                     "condition": (cond.text or f"any_of {list(cond.any_of)} none_of {list(cond.none_of)}") if cond else ""})
    return rows
