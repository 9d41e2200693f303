"""Build the sample bundles: ``python -m corpora.build [--out corpora/build] [--only NAME]``.

Each ``corpora/bundles/<name>/`` holds ``spec.py`` (the documents and the gold ratings),
``profile.yaml``, ``records/*.csv`` and ``gold.yaml``. The build writes ``<out>/<name>/`` with the
documents, ``profile.yaml``, ``records/`` and ``gold.yaml``, and ``<out>/.spec-hash``.

``--write-gold`` regenerates ``corpora/bundles/<name>/gold.yaml`` from the spec (needs the
standards catalog, or ``CORPORA_STANDARDS_DIR``); ``--no-soffice`` skips the formats that need
LibreOffice (as when it is missing).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

from . import writers
from .model import NEEDS_SOFFICE, Bundle, Doc

HERE = Path(__file__).resolve().parent
BUNDLES_DIR = HERE / "bundles"
DEFAULT_OUT = HERE / "build"
NOTE_NAME = "BUILD-NOTE.txt"


def bundle_names() -> list[str]:
    return sorted(p.name for p in BUNDLES_DIR.iterdir() if (p / "spec.py").is_file())


def load_bundle(name: str) -> Bundle:
    path = BUNDLES_DIR / name / "spec.py"
    if not path.is_file():
        raise SystemExit(f"no bundle spec {path} (known: {', '.join(bundle_names())})")
    modname = f"corpora_spec_{name.replace('-', '_')}"
    spec = importlib.util.spec_from_file_location(modname, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module
    spec.loader.exec_module(module)
    bundle = module.build()
    if bundle.name != name:
        raise ValueError(f"{path}: bundle name {bundle.name!r} != folder {name!r}")
    return bundle


def spec_hash() -> str:
    """Hash of everything a build depends on: the corpora code and every bundle source file."""
    h = hashlib.sha256()
    files = sorted(p for p in HERE.rglob("*") if p.is_file()
                   and "build" not in p.relative_to(HERE).parts[:1]
                   and "__pycache__" not in p.parts and p.suffix != ".pyc" and p.name != "README.md")
    for p in files:
        h.update(str(p.relative_to(HERE)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------

_CACHE: dict[int, tuple[Doc, bytes | None]] = {}


def render(doc: Doc) -> bytes | None:
    """Bytes of a document that needs no LibreOffice (None for pdf/doc and zip); cached per Doc."""
    hit = _CACHE.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    data = _render(doc)
    _CACHE[id(doc)] = (doc, data)
    return data


def _render(doc: Doc) -> bytes | None:
    fmt = doc.fmt
    if fmt == "docx":
        return writers.render_docx(doc)
    if fmt == "xlsx":
        return writers.render_xlsx(doc)
    if fmt == "scan":
        return writers.render_scan(doc)
    if fmt == "screenshot":
        return writers.render_screenshot(doc)
    if fmt == "txt":
        return writers.render_txt(doc)
    if fmt == "encrypted_pdf":
        return writers.render_encrypted_pdf(doc)
    if fmt == "corrupt_pdf":
        return writers.render_corrupt_pdf(doc)
    if fmt == "empty":
        return b""
    return None


def source_text(doc: Doc) -> str:
    """What the document says, for checking evidence fragments at build time."""
    if doc.fmt == "xlsx":  # the cells as the spec gives them (the test reads the built file itself)
        parts = []
        for name, sheet in doc.sheets.items():
            parts += [name, str(sheet.get("title", ""))] + [str(h) for h in sheet["header"]]
            parts += [str(v) for row in sheet["rows"] for v in row] + list(sheet.get("footer", []))
        return writers.convert_script("\n".join(parts), doc.script)
    if doc.fmt == "docx":
        return writers.convert_script("\n".join([writers.blocks_to_text(doc.blocks), doc.header, doc.footer]), doc.script)
    if doc.fmt == "screenshot":
        spec = next(b[1] for b in doc.blocks if b[0] == "screen")
        parts = [str(v) for k, v in spec.items() if isinstance(v, str)]
        parts += [str(c) for c in spec.get("columns", [])] + [str(c) for r in spec.get("rows", []) for c in r]
        parts += list(spec.get("notes", [])) + list(spec.get("menu", []))
        return writers.convert_script("\n".join(parts), doc.script)
    return writers.convert_script(writers.blocks_to_text(doc.blocks), doc.script)


def check_fragments(bundle: Bundle) -> list[str]:
    problems = []

    def visit(doc: Doc, prefix: str = ""):
        if doc.fmt == "zip":
            for m in doc.members:
                visit(m, f"{doc.path}!")
            return
        if not doc.evidence:
            return
        text = source_text(doc)
        for unit, frags in doc.evidence.items():
            for frag in [frags] if isinstance(frags, str) else frags:
                frag = writers.convert_script(frag, doc.script)
                if frag not in text:
                    problems.append(f"{bundle.name}: {prefix}{doc.path}: fragment {frag!r} ({unit}) not in text")

    for doc in bundle.docs:
        visit(doc)
    return problems


class Builder:
    def __init__(self, out: Path, use_soffice: bool = True, quiet: bool = False):
        self.out = out
        self.quiet = quiet
        self.has_soffice = use_soffice and writers.soffice_path() is not None
        self.stage = Path(tempfile.mkdtemp(prefix="corpora-stage-"))
        self.jobs: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "doc": []}
        self.zips: list[tuple[Path, list[tuple[str, Path | bytes]]]] = []
        self.skipped: dict[str, list[str]] = {}
        self.counter = 0

    def log(self, msg: str) -> None:
        if not self.quiet:
            print(msg, flush=True)

    def _stage_docx(self, doc: Doc, dest: Path) -> None:
        self.counter += 1
        src = self.stage / f"s{self.counter:04d}.docx"
        src.write_bytes(writers.render_docx(doc))
        self.jobs[doc.fmt].append((src, dest))

    def _emit(self, doc: Doc, dest: Path, bundle: str, shown: str) -> bool:
        """Write one document (or schedule its conversion); False when skipped."""
        if doc.fmt in NEEDS_SOFFICE:
            if not self.has_soffice:
                self.skipped.setdefault(bundle, []).append(shown)
                return False
            self._stage_docx(doc, dest)
            return True
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(render(doc))
        return True

    def add_bundle(self, bundle: Bundle) -> None:
        src = BUNDLES_DIR / bundle.name
        root = self.out / bundle.name
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        for extra in ("profile.yaml", "gold.yaml"):
            if (src / extra).is_file():
                shutil.copy2(src / extra, root / extra)
        if (src / "records").is_dir():
            shutil.copytree(src / "records", root / "records")
        for doc in bundle.docs:
            dest = root / doc.path
            if doc.fmt == "zip":
                members: list[tuple[str, Path | bytes]] = []
                for m in doc.members:
                    if m.fmt in NEEDS_SOFFICE:
                        staged = self.stage / f"zipmember{self.counter:04d}{Path(m.path).suffix}"
                        if self._emit(m, staged, bundle.name, f"{doc.path}!{m.path}"):
                            members.append((m.path, staged))
                    else:
                        members.append((m.path, render(m)))
                self.zips.append((dest, members))
            else:
                self._emit(doc, dest, bundle.name, doc.path)

    def finish(self) -> None:
        for target, jobs in self.jobs.items():
            if jobs:
                t0 = time.time()
                writers.soffice_convert(jobs, target)
                self.log(f"  soffice → {target}: {len(jobs)} files in {time.time() - t0:.1f}s")
        for dest, members in self.zips:
            dest.parent.mkdir(parents=True, exist_ok=True)
            blobs = [(name, blob if isinstance(blob, bytes) else blob.read_bytes()) for name, blob in members]
            writers.write_zip(dest, blobs)
        for bundle, paths in self.skipped.items():
            note = ("LibreOffice (soffice) was not available when this bundle was built, so these files "
                    "that are made with it were skipped (text PDFs exported from DOCX, legacy .doc):\n"
                    + "\n".join(f"- {p}" for p in paths) + "\n")
            (self.out / bundle / NOTE_NAME).write_text(note, encoding="utf-8")
        shutil.rmtree(self.stage, ignore_errors=True)


def _each_built(names: list[str], out: Path, workers: int):
    """Build held-out bundles ``names`` into ``out/<name>``, yielding each name as it is done (in the
    order given). The bundles are independent (each writer seeds its own randomness, each LibreOffice
    call has its own profile), so ``workers`` > 1 builds them in that many processes, byte for byte
    the same files."""
    from . import heldout

    if workers <= 1 or len(names) <= 1:
        for name in names:
            heldout.build_one(name, out / name)
            yield name
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as pool:
        futures = [pool.submit(heldout.build_one, name, out / name) for name in names]
        for name, future in zip(names, futures):
            future.result()
            yield name


def build(out: Path = DEFAULT_OUT, only: list[str] | None = None, use_soffice: bool = True,
          quiet: bool = False, workers: int | None = None) -> dict:
    """Build the in-sample bundles into ``out/<name>`` and the blind held-out ones into
    ``out/heldout/<name>`` (``only`` may name either); the held-out bundles in ``workers`` processes
    (default: one per core)."""
    from . import heldout

    t0 = time.time()
    workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
    held = [n for n in heldout.names() if not only or n in only]
    names = [n for n in only if n not in held] if only else bundle_names()
    builder = Builder(out, use_soffice=use_soffice, quiet=quiet)
    if not builder.has_soffice:
        msg = ("LibreOffice (soffice) not found" if use_soffice else "--no-soffice given")
        print(f"warning: {msg}: skipping PDF-from-DOCX and .doc files; a {NOTE_NAME} in each bundle "
              f"lists them", file=sys.stderr)
    bundles = []
    for name in names:
        bundle = load_bundle(name)
        problems = check_fragments(bundle)
        if problems:
            raise SystemExit("evidence fragments not found:\n" + "\n".join(problems))
        builder.add_bundle(bundle)
        bundles.append(bundle)
        builder.log(f"  {name}: {len(bundle.docs)} documents")
    builder.finish()
    _CACHE.clear()
    built_held = 0
    if not builder.has_soffice:
        for name in held:
            builder.log(f"  heldout/{name}: skipped (it needs LibreOffice)")
        held_to_build = []
    else:
        held_to_build = held
    for name in _each_built(held_to_build, out / "heldout", workers):
        built_held += 1
        builder.log(f"  heldout/{name}: built (blind held-out)")
    if not only:
        (out / ".spec-hash").write_text(spec_hash() + "\n", encoding="utf-8")
    elapsed = time.time() - t0
    builder.log(f"built {len(bundles)} bundle(s) and {built_held} held-out bundle(s) into {out} in {elapsed:.1f}s")
    return {"bundles": [b.name for b in bundles], "heldout": held, "seconds": elapsed, "skipped": builder.skipped}


# ---------------------------------------------------------------------------------------------
# Gold

def assemble_gold(bundle: Bundle) -> dict:
    from .gold import check_options, expected_block, load_catalog, rated_unit_ids

    src = BUNDLES_DIR / bundle.name
    profile = yaml.safe_load((src / "profile.yaml").read_text(encoding="utf-8"))
    standard = load_catalog(str(profile["edition"]))
    assessment = standard.assessment(profile["level"], profile["business_type"])
    units = rated_unit_ids(assessment)
    unknown = sorted(set(bundle.ratings) - set(units))
    missing = [u for u in units if u not in bundle.ratings]
    if unknown or missing:
        raise SystemExit(f"{bundle.name}: ratings do not match the assessment's rated units; "
                         f"unknown {unknown}, missing {missing}")
    ratings = {u: bundle.ratings[u].rating for u in units}
    problems = check_options(ratings, assessment)
    if problems:
        raise SystemExit(f"{bundle.name}: " + "; ".join(problems))

    evidence: dict[str, list[dict]] = {u: [] for u in units}

    def visit(doc: Doc, prefix: str = ""):
        if doc.fmt == "zip":
            for m in doc.members:
                visit(m, f"{doc.path}!")
            return
        for unit, frags in doc.evidence.items():
            if unit not in evidence:
                raise SystemExit(f"{bundle.name}: {doc.path} names evidence for unknown unit {unit}")
            for frag in [frags] if isinstance(frags, str) else frags:
                evidence[unit].append({"path": prefix + doc.path,
                                       "fragment": writers.convert_script(frag, doc.script)})

    for doc in bundle.docs:
        visit(doc)
    subitems = {}
    for u in units:
        r = bundle.ratings[u]
        ev = evidence[u] + [{"path": p, "fragment": f} for p, f in r.evidence]
        if r.rating == "not_applicable" and ev:
            raise SystemExit(f"{bundle.name}: {u} is not_applicable but has evidence {ev[:2]}")
        if r.rating in ("compliant", "basically_compliant") and not ev:
            raise SystemExit(f"{bundle.name}: {u} is {r.rating} without evidence")
        entry = {"rating": r.rating, "reason": r.reason}
        if ev:
            entry["evidence"] = ev
        subitems[u] = entry
    gold = {
        "bundle": bundle.name,
        "description": bundle.description,
        "profile": profile,
        "expected": expected_block(ratings, assessment),
        "subitems": subitems,
        "irrelevant": list(bundle.irrelevant),
    }
    if bundle.unreadable:
        gold["unreadable"] = list(bundle.unreadable)
    if bundle.duplicates:
        gold["duplicates"] = [list(x) for x in bundle.duplicates]
    if bundle.notes:
        gold["notes"] = bundle.notes
    return gold


class _Dumper(yaml.SafeDumper):
    pass


def _flow_dict(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=False)


def dump_gold(gold: dict) -> str:
    head = ("# Gold annotations, assembled from spec.py by `python -m corpora.build --write-gold`.\n"
            "# expected.* is computed by corpora/gold.py (official rules, NOTES.md §2), not by hand.\n")
    return head + yaml.dump(gold, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110)


def write_gold(names: list[str]) -> None:
    for name in names:
        bundle = load_bundle(name)
        gold = assemble_gold(bundle)
        (BUNDLES_DIR / name / "gold.yaml").write_text(dump_gold(gold), encoding="utf-8")
        e = gold["expected"]
        print(f"{name}: total {e['total']}, passed {e['passed']}, -2 {e['non_compliant_items']}, "
              f"-1 {e['basically_compliant_items']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpora.build", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default corpora/build)")
    ap.add_argument("--only", action="append", help="build only this bundle (repeatable)")
    ap.add_argument("--no-soffice", action="store_true", help="skip formats that need LibreOffice")
    ap.add_argument("--write-gold", action="store_true", help="regenerate bundles/<name>/gold.yaml, then build")
    ap.add_argument("--list", action="store_true", help="list the bundles")
    ap.add_argument("--workers", type=int, default=None,
                    help="processes building the held-out bundles (default: one per core)")
    args = ap.parse_args(argv)
    if args.list:
        for name in bundle_names():
            print(f"{name}: {load_bundle(name).description}")
        from . import heldout
        for name in heldout.names():
            print(f"heldout/{name}: {heldout.load_gold(name).get('description', '')}")
        return 0
    if args.write_gold:
        from . import heldout
        write_gold([n for n in (args.only or bundle_names()) if n not in heldout.names()])
    build(args.out, args.only, use_soffice=not args.no_soffice, workers=args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
