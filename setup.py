"""Ship the top-level ``standards/`` and ``models/`` folders inside the wheel.

They stay at the repository's top level (where a domain expert edits them); a regular (non-editable)
build copies them to ``evidence_checker/_data/`` in the build tree, where ``evidence_checker.data``
finds them through ``importlib.resources``. An editable install reads them from the checkout.
Everything else is declared in ``pyproject.toml``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("standards", "models")
_JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildPyWithData(build_py):
    """build_py that also copies the data folders into the package (not in editable mode)."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        here = Path(__file__).resolve().parent
        for name in DATA_FOLDERS:
            src = here / name
            if not src.is_dir():  # building from an sdist that lacks them would ship a broken wheel
                raise SystemExit(f"setup.py: data folder {src} is missing")
            dest = Path(self.build_lib) / "evidence_checker" / "_data" / name
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(src, dest, ignore=_JUNK)

    def get_outputs(self, include_bytecode=True):
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        base = Path(self.build_lib) / "evidence_checker" / "_data"
        return outputs + [str(p) for name in DATA_FOLDERS for p in (base / name).rglob("*") if p.is_file()]


setup(cmdclass={"build_py": BuildPyWithData})
