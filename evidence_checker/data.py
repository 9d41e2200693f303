"""Where the edition data (``standards/``) and the NLP/threshold settings (``models/``) are read from.

The repository keeps both folders at its top level, where a domain expert edits them. The wheel
ships them inside the package as ``evidence_checker/_data/standards`` and ``_data/models`` (copied by
``setup.py`` at build time), and they are found through :mod:`importlib.resources`. A source
checkout (editable install, or ``PYTHONPATH`` pointing at it) has no ``_data`` and reads the
top-level folders instead.

A user may add their own edition folders with ``--standards-dir`` (see :func:`set_standards_dirs`)
or the ``EVIDENCE_CHECKER_STANDARDS`` environment variable (several folders separated by ``os.pathsep``).
Such a folder is either one edition (it holds ``edition.yaml``) or a folder of editions. User
folders are searched before the bundled editions, so a user's copy of an edition wins.
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import yaml

ENV_STANDARDS = "EVIDENCE_CHECKER_STANDARDS"
# libyaml's loader gives the same data as PyYAML's pure-Python SafeLoader in a tenth of the time
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CHECKOUT = Path(__file__).resolve().parent.parent
_extra_dirs: list[Path] = []
_keep = ExitStack()
atexit.register(_keep.close)


@lru_cache(maxsize=None)
def bundled(name: str) -> Path:
    """The bundled folder ``name`` (``standards`` or ``models``) as a real path on disk."""
    res = files("evidence_checker").joinpath("_data", name)
    if res.is_dir():
        return res if isinstance(res, Path) else _keep.enter_context(as_file(res))
    return _CHECKOUT / name


def standards_root() -> Path:
    """The bundled ``standards/`` folder (one sub-folder per edition)."""
    return bundled("standards")


def models_root() -> Path:
    """The bundled ``models/`` folder (thresholds, fact settings, the spaCy pipeline)."""
    return bundled("models")


def set_standards_dirs(dirs: list[Path] | tuple[Path, ...]) -> None:
    """Add the user's own edition folders (the CLI's ``--standards-dir``), searched before the bundled ones."""
    _extra_dirs[:] = [Path(d).expanduser() for d in dirs]


def user_dirs() -> list[Path]:
    """The user's edition folders: ``--standards-dir`` first, then ``EVIDENCE_CHECKER_STANDARDS``."""
    env = [Path(p).expanduser() for p in os.environ.get(ENV_STANDARDS, "").split(os.pathsep) if p.strip()]
    return [*_extra_dirs, *env]


def read_yaml(path: Path, encoding: str = "utf-8"):
    """The data of a YAML file (safe loading, with libyaml when it is installed)."""
    return yaml.load(Path(path).read_text(encoding=encoding), Loader=_LOADER)


def _edition_name(folder: Path) -> str:
    try:
        meta = read_yaml((folder / "edition.yaml")) or {}
    except (OSError, yaml.YAMLError):
        meta = {}
    return str(meta.get("edition") or folder.name) if isinstance(meta, dict) else folder.name


def editions() -> dict[str, Path]:
    """Every edition that can be loaded, name → folder; a user's folder wins over a bundled one."""
    found: dict[str, Path] = {}
    roots = [*user_dirs(), standards_root()]
    for root in roots:
        if (root / "edition.yaml").is_file():
            found.setdefault(_edition_name(root), root)
            continue
        if not root.is_dir():
            continue
        for sub in sorted(root.iterdir()):
            if sub.is_dir() and ((sub / "edition.yaml").is_file() or (sub / "rules.yaml").is_file()):
                found.setdefault(_edition_name(sub) if (sub / "edition.yaml").is_file() else sub.name, sub)
    return found


def missing_user_dirs() -> list[Path]:
    """User folders that do not exist (the CLI names them instead of silently ignoring them)."""
    return [d for d in user_dirs() if not d.is_dir()]
