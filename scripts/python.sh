#!/usr/bin/env bash
# The Python package (crates/python): build its wheel, make a fresh venv with it, run its tests.
#   bash scripts/python.sh wheel          build target/wheels/spandrel-*-cp39-abi3-*.whl (maturin, release profile)
#   bash scripts/python.sh venv DIR       a new venv at DIR (removed first) with that wheel and its extras
#                                         (spacy, pyspark, pandas, pyarrow) installed by pip
#   bash scripts/python.sh test           wheel + a fresh venv (target/py-test), then tests/python in it;
#                                         ends with "# pass N" / "# fail N"
# maturin lives in its own venv (target/py-tools), reinstalled only when its version is not the pinned one.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
PY=${PYTHON:-python3}
MATURIN_VERSION=1.16.0
TOOLS=target/py-tools
WHEELS=target/wheels

wheel() {
  if [ "$("$TOOLS/bin/maturin" --version 2>/dev/null)" != "maturin $MATURIN_VERSION" ]; then
    rm -rf "$TOOLS"
    "$PY" -m venv "$TOOLS"
    "$TOOLS/bin/pip" install -q "maturin==$MATURIN_VERSION"
  fi
  rm -f "$WHEELS"/spandrel-*.whl
  "$TOOLS/bin/maturin" build --release --locked -m crates/python/Cargo.toml -o "$WHEELS" -i "$PY" >&2
  ls "$WHEELS"/spandrel-*.whl
}

venv() {
  local dir=$1 whl
  whl=$(ls "$WHEELS"/spandrel-*.whl)
  rm -rf "$dir"
  "$PY" -m venv "$dir"
  "$dir/bin/pip" install -q --disable-pip-version-check "$whl[spacy,spark]" >&2
}

case "${1:-}" in
  wheel) wheel ;;
  venv) venv "${2:?venv DIR}" ;;
  test)
    wheel >/dev/null
    venv target/py-test
    # The CLI the package is compared with.
    cargo build -q --locked -p spandrel-core --bin spandrel
    SPANDREL_BIN="${CARGO_TARGET_DIR:-target}/debug/spandrel" target/py-test/bin/python tests/python/run.py
    ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
