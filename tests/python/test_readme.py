"""The README's "Python and Spark" examples run as written, in this venv (a fresh one with the built wheel)."""
import os
import re
import shutil
import subprocess
import sys
import unittest

from support import ROOT, tmpdir


def examples():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    section = text.split("\n## Python and Spark\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def run(code):
    d = tmpdir()
    p = subprocess.run([sys.executable, "-c", code], cwd=d, capture_output=True, text=True, timeout=600)
    return p, d


class ReadmeTest(unittest.TestCase):
    def test_there_are_three_examples(self):
        self.assertEqual(len(examples()), 3)

    def test_extract_and_convert(self):
        p, _ = run(examples()[0])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("0 13 PERSON", p.stdout)
        self.assertIn("Angela Merkel", p.stdout)
        self.assertIn("('São Paulo', 'GPE')", p.stdout)
        self.assertIn('"label":[[0,5,"PERSON"]]', p.stdout)

    def test_spacy_pipeline(self):
        p, _ = run(examples()[1])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("'PERSON', 'Barack Obama')", p.stdout)

    @unittest.skipIf(shutil.which("java") is None, "no Java for Spark")
    def test_spark_job(self):
        p, d = run(examples()[2])
        self.assertEqual(p.returncode, 0, p.stderr[-3000:])
        lines = p.stdout.splitlines()
        self.assertTrue(lines[0].startswith('1 {"id":1,"spans":[{'), lines)
        self.assertEqual(lines[1], "2 invalid JSON: expected ident at line 1 column 2")
        self.assertTrue(os.path.isdir(os.path.join(d, "corpus-spans.parquet")))


if __name__ == "__main__":
    unittest.main()
