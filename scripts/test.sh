#!/usr/bin/env bash
# Runs every test: format, lints, native tests, sync tests against a real Kinto (scripts/kinto.sh), browser tests
# (wasm-bindgen-test in headless Chromium), a release build of the site, and Playwright end-to-end tests against
# dist/ on loopback.
# Ends with one line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

LOG_DIR=target/test-logs
mkdir -p "$LOG_DIR"
PASSED=0
FAILED=0
FAILED_STAGES=()

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
    echo "   ok ($((SECONDS - start)) s)"
  else
    tail -n 60 "$log"
    echo "   FAILED ($((SECONDS - start)) s), full log: $log"
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
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
stage browser-tests count_cargo cargo test -p spandrel-app --target wasm32-unknown-unknown --locked --test browser
stage site-build none trunk build --release
stage e2e-tests count_node node --test --test-concurrency=1 tests/e2e/

echo
if [ ${#FAILED_STAGES[@]} -gt 0 ]; then echo "failed stages: ${FAILED_STAGES[*]}"; fi
echo "$PASSED passed, $FAILED failed"
[ ${#FAILED_STAGES[@]} -eq 0 ] && [ "$FAILED" -eq 0 ]
