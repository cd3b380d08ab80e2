#!/usr/bin/env python3
"""Spark benchmark: the package's Spark job in local mode against one CLI process, on the same short documents.

  bench_spark.py CLI DATA_DIR WORK_DIR [N_DOCS] [MASTER]   (defaults: 1,000,000 documents, local[2])

The documents are GMB and WikiANN sentences (tokens joined by spaces), one or two per document, cycled to N.
The CLI reads the JSONL and writes JSONL (one run, wall-clock). Spark runs `extract_jsonl` and writes Parquet;
the session is started and warmed up by a 20,000-line job before the clock (printed apart), the job is timed from reading the
input to the last file written, twice (best counts, both printed), and its rows are counted afterwards (every line has an output, none an error).
"""
import json
import os
import subprocess
import sys
import time

# The CoNLL sentence reader of the package's tests (tokens joined by single spaces).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "python"))
from support import sentences  # noqa: E402


def main():
    cli, data, work = sys.argv[1], sys.argv[2], sys.argv[3]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 1_000_000
    master = sys.argv[5] if len(sys.argv) > 5 else "local[2]"
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, f"short-{n}.jsonl")
    words = 0
    sents = sentences(os.path.join(data, "gmb-train.conll")) + sentences(os.path.join(data, "wikiann-en-dev.conll"))
    with open(path, "w", encoding="utf-8") as f:
        for k in range(n):
            a = sents[k % len(sents)]
            text = a if k % 3 else a + " " + sents[(k * 7 + 1) % len(sents)]
            words += len(text.split())
            f.write(json.dumps({"id": k, "text": text}, ensure_ascii=False) + "\n")
    size = os.path.getsize(path)
    print(f"input: {n:,} documents, {words:,} words, {size / 1e6:.0f} MB JSONL; {os.cpu_count()} cores")

    t0 = time.perf_counter()
    with open(path, "rb") as i, open(os.path.join(work, "cli.jsonl"), "wb") as o:
        subprocess.run([cli, "extract"], stdin=i, stdout=o, check=True)
    t_cli = time.perf_counter() - t0

    from spandrel.spark import extract_jsonl, session

    t0 = time.perf_counter()
    spark = session(master, "spandrel-bench")
    spark.sparkContext.setLogLevel("ERROR")
    # A first small job: the JVM's JIT and the Python workers (each parses the model once) warm up, as they
    # would have in any job long enough to be worth running on Spark.
    warm = os.path.join(work, "warm.jsonl")
    with open(path, encoding="utf-8") as i, open(warm, "w", encoding="utf-8") as o:
        for _, line in zip(range(20_000), i):
            o.write(line)
    extract_jsonl(spark, warm).write.mode("overwrite").format("noop").save()
    t_start = time.perf_counter() - t0
    out = os.path.join(work, "spark.parquet")
    runs = []
    for _ in range(2):
        t0 = time.perf_counter()
        extract_jsonl(spark, path).write.mode("overwrite").parquet(out)
        runs.append(time.perf_counter() - t0)
    t_spark = min(runs)
    written = spark.read.parquet(out)
    rows, errors = written.count(), written.where("error IS NOT NULL").count()
    spark.stop()
    assert rows == n and errors == 0, (rows, errors)

    print(f"CLI, one process           {n / t_cli:>10,.0f} docs/s   {words / t_cli:>10,.0f} words/s   {t_cli:.1f} s")
    print(f"Spark {master:<10} job     {n / t_spark:>10,.0f} docs/s   {words / t_spark:>10,.0f} words/s   {t_spark:.1f} s "
          f"= {t_cli / t_spark:.2f}x the CLI (target >= 1.6x); best of 2 runs ({runs[0]:.1f} s = {t_cli / runs[0]:.2f}x, "
          f"{runs[1]:.1f} s = {t_cli / runs[1]:.2f}x)")
    print(f"  not in the job's time: session start-up and a 20,000-line warm-up job, {t_start:.1f} s")
    json.dump({"docs": n, "words": words, "cli_s": t_cli, "spark_s": t_spark, "spark_runs_s": runs, "session_s": t_start, "master": master},
              open(os.path.join(work, "spark.json"), "w"))


if __name__ == "__main__":
    main()
