#!/usr/bin/env bash
# Idempotent set-up shared by the serve and test commands. Every install is skipped when the
# right version is already present, so a warm machine spends seconds here.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '[setup] %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$comp"; then rustup component add "$comp"; fi
done

# 2. trunk, pinned (0.22 needs a newer rustc than this machine has).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes a few minutes once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock (no --locked: the registry lacks one of its locked deps).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then echo "[setup] cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "[setup] Trunk.toml [tools] wasm_bindgen does not match Cargo.lock ($WBG_VERSION)" >&2; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# 4. Debian's chromium and its driver for the browser tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 4b. A CJK font, so headless Chromium shows Chinese text (the sample has 阿拉格齐) rather than boxes.
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  say "installing a CJK font (fonts-wqy-zenhei)"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq fonts-wqy-zenhei >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq fonts-wqy-zenhei >/dev/null; }
fi

# 5. npm tooling (playwright-core, binaryen's wasm-opt, axe-core), from the committed lock file.
LOCK_SUM=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.lock-sum ] || [ "$(cat node_modules/.lock-sum)" != "$LOCK_SUM" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --omit=optional --loglevel=error
  echo "$LOCK_SUM" > node_modules/.lock-sum
fi
if [ "$(wasm-opt --version 2>/dev/null | grep -o 'version_[0-9]*' || true)" != "version_132" ]; then
  echo "[setup] wasm-opt version_132 not found on PATH after npm ci" >&2; exit 1
fi
say "tools ready"
