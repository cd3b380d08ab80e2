#!/usr/bin/env python3
"""The throughput corpus of the extraction benchmarks: CoNLL sentences (token in the first column), tokens joined
by single spaces, ten sentences per document, the whole repeated 7 times; one JSONL line per document
(`{"id": k, "text": ...}`). Usage: python3 scripts/conll_corpus.py IN.conll OUT.jsonl"""
import json
import sys

sents, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if cur:
            sents.append(" ".join(cur))
            cur = []
        continue
    cur.append(line.split("\t")[0])
if cur:
    sents.append(" ".join(cur))
docs = [" ".join(sents[i:i + 10]) for _ in range(7) for i in range(0, len(sents), 10)]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for k, d in enumerate(docs):
        f.write(json.dumps({"id": k, "text": d}, ensure_ascii=False) + "\n")
