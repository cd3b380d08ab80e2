#!/usr/bin/env bash
# Builds the site (release) and serves dist/ on 127.0.0.1 (PORT, default 8080) with the sample document open.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
exec node scripts/static-server.mjs --dir dist --port "${PORT:-8080}"
