#!/usr/bin/env bash
# Builds the static site for deployment under any sub-path (e.g. https://user.github.io/spandrel/)
# and checks that it is self-contained and relative.
#
# Usage: scripts/build-subpath.sh [SUB_PATH] [DIST_DIR]
#   SUB_PATH  the path the site will be served from, only used for the final smoke check (default /spandrel/)
#   DIST_DIR  output directory (default dist)
# Environment: SKIP_BUILD=1 checks an existing DIST_DIR without rebuilding; SERVE=1 serves it afterwards
# under SUB_PATH on http://127.0.0.1:8080 (Ctrl+C to stop).
#
# No rewrite is needed for a sub-path: Trunk.toml sets public_url = "./", so every URL in index.html,
# the boot script, the service worker (registered as "./sw.js", scope = its folder) and the manifest
# ("start_url": ".") is relative to the folder index.html is served from.
set -euo pipefail
cd "$(dirname "$0")/.."
SUB_PATH="${1:-/spandrel/}"
DIST="${2:-dist}"
case "$SUB_PATH" in /*/) ;; /) ;; *) echo "SUB_PATH must start and end with '/': $SUB_PATH" >&2; exit 2 ;; esac
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  trunk build --release --dist "$DIST"
fi

fail() { echo "build-subpath: $*" >&2; exit 1; }
[ -f "$DIST/index.html" ] || fail "$DIST/index.html missing"
for f in sw.js manifest.webmanifest icon.svg model/ner-v1.bin; do
  [ -f "$DIST/$f" ] || fail "$DIST/$f missing"
done
# Absolute or foreign URLs would break a sub-path deployment or the offline copy.
if grep -Eo '(href|src)="[^"]*"' "$DIST/index.html" | grep -Ev '="(\./|[a-zA-Z0-9_-]+\.)' ; then
  fail "index.html has URLs that are not relative (listed above)"
fi
grep -q 'Content-Security-Policy' "$DIST/index.html" || fail "the CSP meta tag is missing (scripts/postbuild.mjs did not run)"
grep -q "<script type=\"module\">" "$DIST/index.html" && fail "an inline script is left in index.html"
grep -q '/\*VERSION\*/"' "$DIST/sw.js" || fail "sw.js was not stamped with the build's version"
grep -q 'ner-v1.bin' "$DIST/sw.js" || fail "sw.js does not precache the model"
# Every interface language's message files are there and precached (an offline visit in any language).
for d in locales/*/; do
  for f in "$d"*.ftl; do
    [ -f "$DIST/$f" ] || fail "$DIST/$f missing"
    grep -q "\"./$f\"" "$DIST/sw.js" || fail "sw.js does not precache $f"
  done
done
loader=$(sed -n 's/.*<meta name="spandrel-extract-worker" content="\.\/\([^"]*\)".*/\1/p' "$DIST/index.html")
[ -n "$loader" ] && [ -f "$DIST/$loader" ] || fail "the extraction worker's loader is not named in index.html or missing"
grep -q "$loader" "$DIST/sw.js" || fail "sw.js does not precache the extraction worker"
reader=$(sed -n 's/.*<meta name="spandrel-read-worker" content="\.\/\([^"]*\)".*/\1/p' "$DIST/index.html")
[ -n "$reader" ] && [ -f "$DIST/$reader" ] || fail "the rich files' reader's loader is not named in index.html or missing"
grep -q "$reader" "$DIST/sw.js" || fail "sw.js does not precache the rich files' reader (opening a Markdown file offline)"
grep -q '\.br"\|\.gz"' "$DIST/sw.js" && fail "sw.js precaches a precompressed copy"
# Every text and wasm file has .br and .gz copies holding exactly its bytes (for gzip_static / brotli_static).
node - "$DIST" <<'JS' || fail "precompressed copies missing or different (scripts/postbuild.mjs)"
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const dir = process.argv[2];
let n = 0;
for (const f of fs.readdirSync(dir).filter((f) => /\.(html|js|css|wasm)$/.test(f))) {
  const body = fs.readFileSync(path.join(dir, f));
  const br = zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, f + '.br')));
  const gz = zlib.gunzipSync(fs.readFileSync(path.join(dir, f + '.gz')));
  if (!br.equals(body) || !gz.equals(body)) { console.error(`${f}: a precompressed copy differs`); process.exit(1); }
  n++;
}
if (n < 4) { console.error(`only ${n} files checked`); process.exit(1); }
JS

echo "dist ready: $DIST ($(du -sh "$DIST" | cut -f1)); upload its contents to the folder served as $SUB_PATH"
if [ "${SERVE:-0}" = 1 ]; then
  exec node scripts/static-server.mjs --dir "$DIST" --base "$SUB_PATH"
fi
