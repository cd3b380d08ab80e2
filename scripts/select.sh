#!/usr/bin/env bash
# Model selection on contiguous dev slices, with seeds and confidence intervals (numbers only, no pass/fail):
#   bash scripts/select.sh [STEP ...]
# Each STEP is a name=train-options pair (default: the steps listed below). For each, `spandrel train` runs with
# 3 seeds on everything but the dev slices; every model is scored by `spandrel eval` on
#   - gmb-dev-last: the last 10% of gmb-train.conll (664 sentences, contiguous, never trained on; titles
#     stripped from gold person spans, ten sentences per document so that document-level rules apply),
#   - wikiann-en-dev.conll (10,000 sentences; the WikiANN training file is a different split),
# and the table gives the mean F1 over the seeds, the range over seeds and the 95% bootstrap interval of the
# first seed, the model's size (raw / gzip) and the CLI's words/s on the held-out throughput corpus.
# Settings are chosen on these numbers; the shipped model is then trained once with `spandrel train` defaults.
# Environment: DATA (default ../shared/data/ner), OUT (default target/select), SEEDS (default "42 7 1234").
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/ner}
OUT=${OUT:-target/select}
SEEDS=${SEEDS:-42 7 1234}
TARGET=${CARGO_TARGET_DIR:-target}
mkdir -p "$OUT"
cargo build --release -q -p spandrel-core --bin spandrel
BIN="$TARGET/release/spandrel"

if [ $# -eq 0 ]; then
  set -- "baseline=--dev-every 10" "contiguous-split=--dev-last-percent 10"
fi

"$BIN" train --gmb "$DATA/gmb-train.conll" --dev-last-percent 10 --dev-out "$OUT/gmb-dev-last.conll" --dev-only 2>/dev/null
# Throughput corpus: the dev slice's sentences, ten per document, repeated 7 times.
python3 scripts/conll_corpus.py "$OUT/gmb-dev-last.conll" "$OUT/corpus.jsonl"
WORDS=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$OUT/corpus.jsonl")

printf '%-22s %-28s %-28s %-18s %s\n' step "GMB last 10% F1 (seeds; CI)" "WikiANN dev F1 (seeds; CI)" "size raw/gzip KB" "CLI words/s"
for step in "$@"; do
  name=${step%%=*}; args=${step#*=}
  rows=()
  for seed in $SEEDS; do
    model="$OUT/$name-$seed.bin"
    # shellcheck disable=SC2086
    "$BIN" train --gmb "$DATA/gmb-train.conll" --wikiann "$DATA/wikiann-en-train.conll" $args --seed "$seed" --out "$model" 2>/dev/null
    g=$("$BIN" eval --json --strip-titles --doc 10 --model "$model" "$OUT/gmb-dev-last.conll")
    w=$("$BIN" eval --json --model "$model" "$DATA/wikiann-en-dev.conll")
    rows+=("$(jq -c '[.overall.f1, .overall.f1_ci95]' <<<"$g") $(jq -c '[.overall.f1, .overall.f1_ci95]' <<<"$w")")
  done
  first="$OUT/$name-${SEEDS%% *}.bin"
  best=0
  for _ in 1 2 3; do
    t0=$(date +%s.%N); "$BIN" extract --model "$first" "$OUT/corpus.jsonl" >/dev/null; t1=$(date +%s.%N)
    best=$(python3 -c "print(max($best, $WORDS / ($t1 - $t0)))")
  done
  python3 - "$name" "$first" "$best" "${rows[@]}" <<'PY'
import gzip, json, sys
name, model, wps, rows = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
g = [json.loads(r.split(" ")[0]) for r in rows]
w = [json.loads(r.split(" ")[1]) for r in rows]
def cell(xs):
    f = [x[0] for x in xs]
    lo, hi = xs[0][1]
    return f"{sum(f) / len(f):.4f} ({min(f):.3f}–{max(f):.3f}; {lo:.3f}–{hi:.3f})"
b = open(model, "rb").read()
size = f"{len(b) / 1000:.0f} / {len(gzip.compress(b, 9)) / 1000:.0f}"
print(f"{name:<22} {cell(g):<28} {cell(w):<28} {size:<18} {wps:,.0f}")
PY
done
