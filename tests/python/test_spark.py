"""The Spark job in local mode against the CLI: same records in input order, bad lines as error rows."""
import json
import os
import shutil
import subprocess
import sys
import unittest

try:
    import pyspark  # noqa: F401
except ImportError:  # pragma: no cover - the test venv installs the spark extra
    pyspark = None

from support import TRICKY, golden_documents, run_cli, tmpdir


def corpus_lines():
    docs = list(golden_documents())[:120] + [t for t in TRICKY if t.strip()]
    lines = []
    for i, d in enumerate(docs):
        lines.append(json.dumps({"id": i, "text": d}, ensure_ascii=i % 2 == 0))
        if i % 17 == 5:
            lines += ["{broken", json.dumps({"id": i, "txt": d}), "", json.dumps([d]), json.dumps({"text": None})]
    return lines


@unittest.skipIf(pyspark is None or shutil.which("java") is None, "PySpark or Java missing")
class SparkTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from spandrel.spark import session

        cls.spark = session("local[2]", "spandrel-test")
        # Small splits, so the input is read as many partitions and line numbers must cross them.
        cls.spark.conf.set("spark.sql.files.maxPartitionBytes", "20000")
        cls.spark.conf.set("spark.sql.files.openCostInBytes", "0")
        cls.dir = tmpdir()
        cls.lines = corpus_lines()
        cls.path = os.path.join(cls.dir, "corpus.jsonl")
        with open(cls.path, "w", encoding="utf-8") as f:
            f.write("\n".join(cls.lines) + "\n")
        with open(cls.path, "rb") as f:
            rc, out, err = run_cli(["extract"], f.read())
        assert rc == 1, err
        cls.cli_out = out.decode("utf-8").splitlines()
        cls.cli_err = [l for l in err.splitlines() if l.startswith("line ")]

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()

    def test_extract_jsonl_equals_the_cli(self):
        from spandrel.spark import extract_jsonl

        df = extract_jsonl(self.spark, self.path)
        self.assertGreater(df.rdd.getNumPartitions(), 3)
        rows = df.orderBy("line").collect()
        self.assertEqual([r.line for r in rows], list(range(1, len(self.lines) + 1)))
        self.assertEqual([r.output for r in rows if r.output is not None], self.cli_out)
        self.assertEqual([f"line {r.line}: {r.error}" for r in rows if r.error is not None], self.cli_err)
        self.assertTrue(all((r.output is None) != (r.error is None) for r in rows))

    def test_the_command_writes_a_dataset_with_an_error_column(self):
        out = os.path.join(self.dir, "out")
        p = subprocess.run(
            [sys.executable, "-m", "spandrel.spark", self.path, out, "--master", "local[2]"],
            capture_output=True, text=True,
        )
        self.assertEqual(p.returncode, 0, p.stderr[-3000:])
        self.assertIn(f"({len(self.cli_err)} rows with an error)", p.stderr)
        rows = []
        for name in sorted(os.listdir(out)):
            if name.endswith(".json"):
                with open(os.path.join(out, name), encoding="utf-8") as f:
                    rows += [json.loads(l) for l in f]
        rows.sort(key=lambda r: r["line"])
        self.assertEqual([r["output"] for r in rows if "output" in r], self.cli_out)
        self.assertEqual([f"line {r['line']}: {r['error']}" for r in rows if "error" in r], self.cli_err)

    def test_extract_dataframe_on_parquet_keeps_columns_and_reports_bad_rows(self):
        from spandrel.spark import extract_dataframe

        docs = list(golden_documents())[:50]
        pq = os.path.join(self.dir, "docs.parquet")
        self.spark.createDataFrame(
            [(i, d) for i, d in enumerate(docs)] + [(len(docs), None)], "id long, text string"
        ).write.mode("overwrite").parquet(pq)
        rows = sorted(extract_dataframe(self.spark.read.parquet(pq)).collect(), key=lambda r: r.id)
        self.assertEqual(rows[-1].error, "field `text` must be a string")
        self.assertIsNone(rows[-1].spans)
        data = "".join(json.dumps({"text": d}) + "\n" for d in docs).encode()
        _, out, _ = run_cli(["extract"], data)
        want = [json.loads(l)["spans"] for l in out.decode().splitlines()]
        self.assertEqual([json.loads(r.spans) for r in rows[:-1]], want)
        self.assertEqual([r.text for r in rows[:-1]], docs)
        with self.assertRaisesRegex(ValueError, "no column `body`"):
            extract_dataframe(self.spark.read.parquet(pq), "body")


if __name__ == "__main__":
    unittest.main()
