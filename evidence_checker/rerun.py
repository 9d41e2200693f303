"""Re-checking an unchanged bundle without redoing the work.

``check`` on a bundle whose inputs have not changed since the previous run in the same output folder
takes that run's evidence, proposals, score and report model from ``cache/rerun.pickle`` instead of
matching, proposing and rendering the reports again. The previous run is reused only when all of
these are the same as when it was saved (else everything is redone, as before):

- the key of the inputs: the bundle's files (path, status, size, sha256 of each, from ingestion), the
  passages read from them (``passages.jsonl``, byte for byte), the ``records/`` folder, the profile
  (with its readings), the bundle and output paths, the report language, today's date (reports count
  days to expiry from it), the program and its data (every file of the package, ``models/`` and the
  edition folders: path, size and modification time) and the ``EVIDENCE_CHECKER_*`` settings;
- the state of the output folder as that run left it: the results, the reports and the review store
  (size, modification time and a hash of ``review.sqlite``), so a reviewer's decision, an edited or
  deleted report, or another program's run is never hidden by the cache.

A team database (``EVIDENCE_CHECKER_REVIEW_DB``) cannot be fingerprinted from here: no reuse then.
The reused reports keep the minute they were generated at.

After a change, two parts of the saved run still serve: the per-unit matches (``match_passages``
``reuse=``, keyed by each unit's candidates and :func:`match_context`) and the answers to "does this
passage quote the standard?" (``roles.is_quotation``, the costliest question the proposer asks),
which depend only on the passage's text, the similarity cut-off, the standard's sentences and
rapidfuzz: they are taken over only for an edition whose sentences hash the same and the same
rapidfuzz version (:func:`quotation_memo`, :func:`restore_quotations`). So do the facts read from
each passage's text (``propose.extract_facts``) when the program and its data are the same
(:func:`facts_memo`, :func:`restore_facts`), and each unit's proposal when nothing it read has
changed (:mod:`.unit_memo`) and the run's key for proposals is the same (:func:`propose_context`:
program and data, profile, ``records/``, language, day).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from functools import lru_cache
from pathlib import Path

MEMO = Path("cache") / "rerun.pickle"
VERSION = 2  # 2: facts and per-unit proposals kept (unit_memo)
# what the run leaves in its folder and a re-check must find untouched (inventory.json and
# passages.jsonl are rewritten by every run's ingestion: their content is in the key)
OUTPUTS = ("run.json", "evidence.json", "proposals.json", "score.json", "report.html", "report.xlsx",
           "self-assessment.docx", "report.md", "document-request.xlsx", "document-request.docx")
STORE_FILES = ("review.sqlite", "review.sqlite-wal", "review.sqlite-journal")
DB_ENV = "EVIDENCE_CHECKER_REVIEW_DB"  # review.store.DB_ENV (not imported: SQLAlchemy is slow to import)
_SKIP_DIRS = {"__pycache__", ".git", ".evidence-checker"}


def enabled() -> bool:
    """False with a team review database, whose state this module cannot see."""
    return not os.environ.get(DB_ENV)


def _tree_stat(root: Path, h) -> None:
    if not root.exists():
        h.update(f"missing {root}\n".encode())
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            try:
                st = os.stat(p)
            except OSError:
                continue
            h.update(f"{os.path.relpath(p, root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))


@lru_cache(maxsize=4)
def _program_fingerprint(extra: tuple[str, ...]) -> str:
    from . import data

    h = hashlib.blake2b(digest_size=20)
    roots = [Path(__file__).resolve().parent, data.models_root(), data.standards_root(), *map(Path, extra)]
    for root in roots:
        h.update(f"root {root}\n".encode("utf-8", "surrogateescape"))
        _tree_stat(root, h)
    return h.hexdigest()


def program_fingerprint() -> str:
    """The program and its data as they are on disk now (size and modification time of each file)."""
    from . import data

    return _program_fingerprint(tuple(str(d) for d in data.user_dirs()))


def _file_hash(path: Path, h) -> None:
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        h.update(b"unreadable")


def input_key(bundle: Path, out: Path, profile, files: list[dict], lang: str, today: str) -> str:
    """The key of everything a check's results depend on (see the module docstring)."""
    from .pipeline import RECORDS_DIR

    h = hashlib.blake2b(digest_size=24)
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("EVIDENCE_CHECKER"))
    head = {"v": VERSION, "bundle": str(bundle.resolve()), "out": str(out.resolve()), "lang": lang,
            "today": today, "program": program_fingerprint(), "env": env,
            "profile": profile.to_json(), "profile_repr": repr(profile)}
    h.update(json.dumps(head, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8", "surrogateescape"))
    for f in files:
        h.update(json.dumps({k: v for k, v in f.items() if k != "cached"}, ensure_ascii=False,
                            sort_keys=True).encode("utf-8", "surrogateescape"))
    from .results import PASSAGES

    _file_hash(out / PASSAGES, h)
    _records_hash(bundle / RECORDS_DIR, h)
    return h.hexdigest()


def _records_hash(records: Path, h) -> None:
    h.update(f"records symlink={records.is_symlink()} folder={records.is_dir()}\n".encode())
    if records.is_dir() and not records.is_symlink():
        for dirpath, dirnames, filenames in os.walk(records):
            dirnames.sort()
            for name in sorted(filenames):
                p = Path(dirpath) / name
                h.update(f"{p.relative_to(records)}\n".encode("utf-8", "surrogateescape"))
                _file_hash(p, h)


def records_key(bundle: Path) -> str:
    """A hash of the bundle's ``records/`` folder (names and contents)."""
    from .pipeline import RECORDS_DIR

    h = hashlib.blake2b(digest_size=20)
    _records_hash(bundle / RECORDS_DIR, h)
    return h.hexdigest()


def folder_state(out: Path) -> list:
    """The outputs and the review store as they are now (size and modification time; the store's
    content hash too, since a write within the same clock tick keeps its size)."""
    state = []
    for name in OUTPUTS + STORE_FILES:
        p = out / name
        try:
            st = p.stat()
        except OSError:
            state.append((name, None))
            continue
        entry = [name, st.st_size, st.st_mtime_ns]
        if name in STORE_FILES:
            h = hashlib.blake2b(digest_size=20)
            _file_hash(p, h)
            entry.append(h.hexdigest())
        state.append(tuple(entry))
    return state


def previous(out: Path) -> dict | None:
    """The saved run of ``out`` whatever its key (its per-unit matches serve a changed bundle)."""
    try:
        with (out / MEMO).open("rb") as fh:
            memo = pickle.load(fh)
    except Exception:  # noqa: BLE001
        return None
    return memo if isinstance(memo, dict) and memo.get("v") == VERSION else None


def match_context(assessment) -> tuple:
    """What per-unit matches depend on besides their candidates: the program and its data (lexicon,
    settings) and the assessment."""
    return (program_fingerprint(), assessment.standard.edition, assessment.level, assessment.business_type)


def _rapidfuzz_version() -> str:
    import rapidfuzz

    return getattr(rapidfuzz, "__version__", "?")


def _sentences_digest(edition: str) -> str | None:
    """A hash of the standard sentences quotations are searched among (None when they cannot be read)."""
    from . import roles

    try:
        sentences = roles.standard_sentences(edition)
    except Exception:  # noqa: BLE001 - an edition that cannot be loaded: its answers are not kept
        return None
    return hashlib.blake2b("\n".join(sentences).encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def quotation_memo() -> dict:
    """This process's quotation answers with what they depend on besides the text (for :func:`save`)."""
    from . import roles

    answers = dict(roles.QUOTED)
    editions = {e for _, _, e in answers}
    return {"rapidfuzz": _rapidfuzz_version(), "sentences": {e: _sentences_digest(e) for e in editions},
            "answers": answers}


def restore_quotations(memo: dict | None) -> int:
    """Give ``roles`` the saved run's quotation answers that still hold (same rapidfuzz, same
    sentences of the edition); returns how many."""
    from . import roles

    roles.PRIOR.clear()
    saved = (memo or {}).get("quotations")
    if not isinstance(saved, dict) or saved.get("rapidfuzz") != _rapidfuzz_version():
        return 0
    valid = {e for e, digest in (saved.get("sentences") or {}).items()
             if digest is not None and digest == _sentences_digest(e)}
    roles.PRIOR.update({k: v for k, v in (saved.get("answers") or {}).items() if k[2] in valid})
    return len(roles.PRIOR)


def load(out: Path, key: str, memo: dict | None = None) -> dict | None:
    """The saved run of ``out`` (``memo`` when the caller has read it with :func:`previous`) when its
    key is ``key`` and the folder is as that run left it."""
    memo = memo or previous(out)  # None when missing, truncated or from another version: just not reused
    if memo is None or memo.get("key") != key:
        return None
    if memo.get("state") != folder_state(out):
        return None
    return memo


def _msg(key: str, args: dict, text: str):
    """A message as it was saved: its text is not formatted again."""
    from .messages import Msg

    obj = str.__new__(Msg, text)
    obj.key, obj.args = key, args
    return obj


def _pickler(fh) -> pickle.Pickler:
    """A pickler that keeps a message (``messages.Msg``, a str built from a key) as its key and parameters."""
    import copyreg

    from .messages import Msg

    pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = copyreg.dispatch_table.copy()
    pickler.dispatch_table[Msg] = lambda m: (_msg, (m.key, m.args, str(m)))
    return pickler


def save(out: Path, key: str, **parts) -> None:
    """Keep this run (its parts and the folder's state now) for the next re-check; a failure to write
    only costs the next run its shortcut."""
    path = out / MEMO
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            _pickler(fh).dump({"v": VERSION, "key": key, "state": folder_state(out), **parts})
        tmp.replace(path)
    except Exception:  # noqa: BLE001
        try:
            path.unlink()
        except OSError:
            pass


def forget(out: Path) -> None:
    """Drop the saved run (before a run that will change the folder)."""
    try:
        (out / MEMO).unlink()
    except OSError:
        pass


def facts_memo(passages) -> dict:
    """This process's facts answers for the texts of ``passages`` (a run's), with the program they
    were computed by (for :func:`save`); the answers for other bundles a long-lived process has
    read are left out."""
    from . import propose

    answers = {}
    for p in passages:
        text = (p.get("norm") or p.get("text")) if isinstance(p, dict) else (p.norm or p.text)
        if text in propose.FACTS:
            answers[text] = propose.FACTS[text]
    return {"program": program_fingerprint(), "answers": answers}


def restore_facts(memo: dict | None) -> int:
    """Give ``propose`` the saved run's facts answers when the program and its data are the same
    (else none); returns how many."""
    from . import propose

    propose.FACTS_PRIOR.clear()
    saved = (memo or {}).get("facts")
    if not isinstance(saved, dict) or saved.get("program") != program_fingerprint():
        return 0
    propose.FACTS_PRIOR.update(saved.get("answers") or {})
    return len(propose.FACTS_PRIOR)


def propose_context(assessment, profile, lang: str, today: str, records: str) -> tuple:
    """What every unit's proposal depends on besides its hits and its reads (unit_memo): the program
    and its data, the ``EVIDENCE_CHECKER_*`` settings, the assessment, the profile with its readings
    and dates, the ``records/`` folder (:func:`records_key`), the language and the day."""
    from .unit_memo import VERSION as UNITS

    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("EVIDENCE_CHECKER"))
    return (UNITS, program_fingerprint(), tuple(env), assessment.standard.edition, assessment.level,
            assessment.business_type, json.dumps(profile.to_json(), ensure_ascii=False, sort_keys=True,
                                                 default=str), repr(profile), lang, today, records)
