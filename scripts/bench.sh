#!/usr/bin/env bash
# Benchmarks (numbers only, no pass/fail): bundle size, core data structures, extraction quality and
# speed vs spaCy, and in-browser open/repaint/extraction times.
#   bash scripts/bench.sh            everything
#   bash scripts/bench.sh size       only the bundle size (fast)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
what=${1:-all}

[ -d dist ] && ls dist/*.wasm >/dev/null 2>&1 || trunk build --release
echo "== bundle size (dist/)"
node - <<'JS'
const fs = require('fs'), zlib = require('zlib'), path = require('path');
// The shell is what the page loads before it can show and edit a document. The service worker and the
// extraction worker (its own wasm module, started after the first paint, off the page's thread) are not.
const lazy = (f) => f === 'sw.js' || f.startsWith('spandrel-extract');
const all = fs.readdirSync('dist').filter((f) => /\.(wasm|js|css)$/.test(f));
const files = all.filter((f) => !lazy(f));
const row = (name, r, g) => console.log(`${name.padEnd(22)} ${String(r).padStart(9)} B raw ${String(g).padStart(9)} B gzip`);
// [raw, gzip] bytes of these files together.
const sizes = (list) => list.reduce(([r, g], f) => { const b = fs.readFileSync(path.join('dist', f)); return [r + b.length, g + zlib.gzipSync(b, { level: 9 }).length]; }, [0, 0]);
for (const kind of ['wasm', 'js', 'css']) row(kind, ...sizes(files.filter((f) => f.endsWith('.' + kind))));
const [raw, gz] = sizes(files);
row('shell total', raw, gz);
console.log(`shell total gzip: ${(gz / 1024).toFixed(1)} KiB (target ≤ 400 KiB)`);
row('extraction worker (lazy)', ...sizes(all.filter((f) => f.startsWith('spandrel-extract'))));
const m = fs.readFileSync('dist/model/ner-v1.bin');
row('model (lazy)', m.length, zlib.gzipSync(m, { level: 9 }).length);
JS
[ "$what" = size ] && exit 0

echo; echo "== core: 1 MB text, 10k spans"
cargo bench -q -p spandrel-core --bench core_bench 2>/dev/null | grep -v '^$'

echo; echo "== extraction: quality and speed vs spaCy sm"
bash scripts/bench_extract.sh

echo; echo "== browser: open, repaint, wasm extraction"
cargo build --profile native -q -p spandrel-core --bin spandrel
node tests/bench/browser-bench.mjs dist
