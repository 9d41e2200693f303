#!/usr/bin/env bash
# Set up evidence-checker on a fresh Debian machine: system packages (when root), a venv, the package.
# Sourced or run by scripts/demo.sh and scripts/test.sh; safe to run again (does only what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the pipeline uses: OCR (Tesseract + Chinese), LibreOffice for .doc/.xls and
# DOCX→PDF, CJK fonts for rendering and scans, Chromium for the browser tests and screenshots,
# poppler-utils for looking at PDFs.
DEB_PACKAGES=(tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra libreoffice-writer-nogui
              libreoffice-calc-nogui fonts-noto-cjk chromium poppler-utils)

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing and I am not root, so I cannot install them:" >&2
    echo "       ${missing[*]}" >&2
    echo "       OCR, legacy .doc/.xls and browser features will report themselves unavailable." >&2
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/pip install -q --upgrade pip >/dev/null
  .venv/bin/pip install -q -e '.[dev]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi
