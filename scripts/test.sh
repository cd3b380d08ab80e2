#!/usr/bin/env bash
# Runs every test: format, lints, native tests, the Python package (wheel, spaCy, Spark), sync tests against a real Kinto (scripts/kinto.sh), browser tests
# (wasm-bindgen-test in headless Chromium), a release build of the site, and Playwright end-to-end tests against
# dist/ on loopback.
# Ends with one line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

# On CI (a fresh clone, built once) incremental caches and pip's download cache only cost disk: a CI machine ran
# out of space. Build products a later stage no longer needs are freed there too (free_ci below).
if [ -n "${CI:-}" ]; then
  export CARGO_INCREMENTAL=0 PIP_NO_CACHE_DIR=1
fi
TARGET_DIR=${CARGO_TARGET_DIR:-target}
free_ci() { # free_ci PATH...: on CI only, remove build products no later stage reads
  [ -n "${CI:-}" ] || return 0
  rm -rf "$@"
}
disk_free() { df -h --output=avail "$TARGET_DIR" 2>/dev/null | tail -n 1 | tr -d ' '; }

LOG_DIR=target/test-logs
mkdir -p "$LOG_DIR"
PASSED=0
FAILED=0
FAILED_STAGES=()
FAILED_TESTS=""

# cargo's "test result: ok. 5 passed; 0 failed; ..." lines.
count_cargo() {
  local p f
  p=$(grep -Eo '[0-9]+ passed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}
# node --test's "# pass N" / "# fail N" lines.
count_node() {
  local p f
  p=$(grep -E '^# pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  f=$(grep -E '^# fail [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}

stage() { # stage NAME COUNTER COMMAND...
  local name=$1 counter=$2; shift 2
  local log="$LOG_DIR/$name.log" start=$SECONDS
  echo "== $name"
  if "$@" >"$log" 2>&1; then ok=1; else ok=0; fi
  [ "$counter" != none ] && "$counter" "$log"
  if [ $ok = 1 ]; then
    echo "   ok ($((SECONDS - start)) s, $(disk_free) free)"
  else
    tail -n 60 "$log"
    # The tail may not reach the failing test: name each failure with its first lines of detail.
    grep -n -A 25 -E '^not ok|^\s+not ok|^failures:|panicked at' "$log" | head -n 200
    FAILED_TESTS+=$(grep -E '^not ok|^test .* \.\.\. FAILED' "$log" | sed "s/^/   $name: /" | head -n 20)$'\n'
    echo "   FAILED ($((SECONDS - start)) s, $(disk_free) free), full log: $log"
    FAILED_STAGES+=("$name")
    [ "$counter" = none ] && FAILED=$((FAILED + 1))
  fi
  # A stage that failed without a counted failure (compile error, crash) still counts as one failure.
  if [ $ok = 0 ] && [ "$counter" != none ] && ! grep -Eq '[1-9][0-9]* failed|^# fail [1-9]' "$log"; then FAILED=$((FAILED + 1)); fi
}

stage fmt none cargo fmt --all -- --check
stage clippy none cargo clippy --workspace --all-targets --locked -- -D warnings
stage clippy-wasm none cargo clippy -p spandrel-app --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
stage native-tests count_cargo cargo test --workspace --locked
# Sync against a real Kinto (PostgreSQL backend) on 127.0.0.1, started and stopped by scripts/kinto.sh.
kinto_sync_tests() {
  local url rc=0
  url=$(bash scripts/kinto.sh start) || { bash scripts/kinto.sh stop; return 1; }
  SPANDREL_KINTO_URL=$url cargo test -p spandrel-core --locked --test kinto_sync || rc=$?
  bash scripts/kinto.sh stop || rc=1
  return $rc
}
stage kinto-sync count_cargo kinto_sync_tests
# The Python package: its wheel (maturin) in a fresh venv with spaCy and PySpark, tested against the CLI, the
# README's examples run as written, the Spark job in local mode.
stage python count_node bash scripts/python.sh test
free_ci target/py-test "$TARGET_DIR/debug" "$TARGET_DIR/release"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
stage browser-tests count_cargo cargo test -p spandrel-app --target wasm32-unknown-unknown --locked --test browser
free_ci "$TARGET_DIR/wasm32-unknown-unknown/debug"
stage site-build none trunk build --release
# The built site is self-contained, relative, CSP-clean and precompressed (the deploy checks).
stage site-check none env SKIP_BUILD=1 bash scripts/build-subpath.sh / dist
# One node process per file, so a failure names its file; a file that fails is run once more and, if it then passes,
# is reported as FLAKY by name (counted from its second run) so that the flaky test gets fixed, not hidden.
e2e_tests() {
  local f out rc=0
  for f in tests/e2e/*.test.mjs; do
    out=$(mktemp)
    if node --test --test-concurrency=1 "$f" >"$out" 2>&1; then
      cat "$out"
    else
      echo "## $f failed; its failures, then a second run:"
      grep -E '^not ok' "$out" | sed 's/^/## first run: /'
      grep -n -A 40 -E '^not ok' "$out" | head -n 80 | sed 's/^/## /'
      if node --test --test-concurrency=1 "$f" >"$out" 2>&1; then
        echo "FLAKY: $f failed once and passed when run again"
        cat "$out"
      else
        cat "$out"; rc=1
      fi
    fi
    rm -f "$out"
  done
  return $rc
}
stage e2e-tests count_node e2e_tests

echo
if [ ${#FAILED_STAGES[@]} -gt 0 ]; then
  echo "failed stages: ${FAILED_STAGES[*]}"
  printf '%s' "$FAILED_TESTS" | grep -v '^$'
fi
grep -h '^FLAKY:' "$LOG_DIR"/e2e-tests.log 2>/dev/null
echo "$PASSED passed, $FAILED failed"
[ ${#FAILED_STAGES[@]} -eq 0 ] && [ "$FAILED" -eq 0 ]
