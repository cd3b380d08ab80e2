"""The package's engine against the CLI: same spans, offsets, labels, scores, records, conversions, errors."""
import importlib.util
import json
import os
import threading
import unittest

import spandrel
from support import TRICKY, cli_spans, golden_documents, run_cli, tmpdir


def as_tuples(spans):
    return [(s.start, s.end, s.label, s.score) for s in spans]


class ExtractTest(unittest.TestCase):
    def test_extract_equals_the_cli_on_the_golden_documents(self):
        docs = list(golden_documents())
        want = cli_spans(docs)
        self.assertGreater(sum(map(len, want)), 1000, "the golden documents have entities")
        for i, (doc, w) in enumerate(zip(docs, want)):
            self.assertEqual(as_tuples(spandrel.extract(doc)), w, f"document {i}")

    def test_extract_many_equals_extract_in_order_for_any_batch_size(self):
        docs = list(golden_documents())[:60] + list(TRICKY)
        one_by_one = [as_tuples(spandrel.extract(d)) for d in docs]
        for batch_size in (1, 7, 1000):
            got = spandrel.extract_many(iter(docs), batch_size=batch_size)
            self.assertEqual([as_tuples(s) for s in got], one_by_one, f"batch_size={batch_size}")

    def test_offsets_are_code_points_and_match_the_cli_beyond_ascii(self):
        want = cli_spans(TRICKY)
        self.assertTrue(any(want), "the tricky texts have entities")
        for text, w in zip(TRICKY, want):
            spans = spandrel.extract(text)
            self.assertEqual(as_tuples(spans), w, text)
            for s in spans:
                self.assertEqual(text[s.start : s.end], s.text)
        merkel = spandrel.extract(TRICKY[0])
        self.assertIn(("Angela Merkel", "PERSON"), [(s.text, s.label) for s in merkel])

    def test_span_values(self):
        s = spandrel.extract("Angela Merkel visited Paris.")[0]
        self.assertEqual(s.to_dict(), {"start": s.start, "end": s.end, "label": s.label, "score": s.score})
        self.assertEqual(s, spandrel.Span(s.start, s.end, s.label, s.score, s.text))
        self.assertIn("Angela Merkel", repr(s))
        with self.assertRaises(AttributeError):
            s.start = 3  # frozen

    def test_a_text_that_is_not_str_is_a_type_error_naming_its_place(self):
        with self.assertRaisesRegex(TypeError, r"texts\[1\] is int"):
            spandrel.extract_many(["Paris", 3])
        with self.assertRaises(TypeError):
            spandrel.extract(b"Paris")

    def test_threads_run_the_engine_together_with_the_same_result(self):
        docs = list(golden_documents())[:40]
        want = [as_tuples(s) for s in spandrel.extract_many(docs)]
        got = [None] * 4

        def work(k):
            got[k] = [as_tuples(s) for s in spandrel.extract_many(docs, batch_size=5)]

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(got, [want] * 4)


class LinesTest(unittest.TestCase):
    def test_records_and_errors_are_the_clis(self):
        lines = [
            json.dumps({"id": 1, "text": "Barack Obama was born in Hawaii.", "meta": {"k": [1, 2]}}),
            "not json",
            json.dumps({"id": 3}),
            "",
            "[1, 2]",
            json.dumps({"text": 7}),
            json.dumps({"text": TRICKY[2], "spans": "replaced"}, ensure_ascii=False),
            json.dumps({"text": "IBM hired 300 people in Boston on Monday."}),
        ]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        rc, out, err = run_cli(["extract"], data)
        self.assertEqual(rc, 1)
        got = spandrel.extract_lines(lines)
        self.assertEqual([o for o, _ in got if o is not None], out.decode("utf-8").splitlines())
        errors = [f"line {i + 1}: {e}" for i, (_, e) in enumerate(got) if e is not None]
        self.assertEqual(errors, [l for l in err.splitlines() if l.startswith("line ")])
        self.assertEqual(len(errors), 5)
        # bytes lines and trailing line breaks are taken as the CLI takes them
        self.assertEqual(spandrel.extract_lines([l.encode() + b"\r\n" for l in lines]), got)

    def test_invalid_utf8_is_an_error_value(self):
        [(out, err)] = spandrel.extract_lines([b'{"text": "\xff"}'])
        self.assertIsNone(out)
        self.assertEqual(err, "not valid UTF-8 (byte 10)")


class ConvertTest(unittest.TestCase):
    SPACY = json.dumps([["Alice met Bob in Zürich 🎉.", {"entities": [[0, 5, "PERSON"], [17, 23, "GPE"]]}]])

    def test_convert_equals_the_cli(self):
        for dst in ("spandrel", "doccano", "conll", "labelstudio", "w3c", "spacy-doc"):
            rc, out, err = run_cli(["convert", "--from", "spacy", "--to", dst], self.SPACY.encode())
            self.assertEqual(rc, 0, err)
            got = spandrel.convert(self.SPACY, "spacy", dst)
            if dst in ("spandrel", "w3c", "labelstudio"):  # these carry the time of the conversion
                got, want = json.loads(got), json.loads(out)
                for v in (got, want):
                    _drop_times(v)
                self.assertEqual(got, want, dst)
            else:
                self.assertEqual(got, out.decode("utf-8"), dst)

    def test_round_trip_keeps_the_entities(self):
        doccano = spandrel.convert(self.SPACY.encode("utf-8"), "spacy", "doccano")
        back = json.loads(spandrel.convert(doccano, "doccano", "spacy"))
        self.assertEqual(back, json.loads(self.SPACY))
        self.assertEqual(spandrel.convert(doccano, "auto", "spacy", name="data.jsonl"), spandrel.convert(doccano, "doccano", "spacy"))

    def test_several_files_come_back_as_a_dict(self):
        out = spandrel.convert(self.SPACY, "spacy", "brat")
        self.assertIsInstance(out, dict)
        self.assertTrue(any(n.endswith(".ann") for n in out) and any(n.endswith(".txt") for n in out), out.keys())

    def test_bad_input_raises_with_the_cores_message(self):
        with self.assertRaises(spandrel.ConvertError) as e:
            spandrel.convert("{bad", "spacy", "doccano")
        rc, _, err = run_cli(["convert", "--from", "spacy", "--to", "doccano"], b"{bad")
        self.assertEqual(rc, 1)
        self.assertIn(str(e.exception).splitlines()[1].strip(), err)
        self.assertIsInstance(e.exception, spandrel.SpandrelError)
        self.assertIsInstance(e.exception, ValueError)
        with self.assertRaisesRegex(spandrel.ConvertError, "unknown format `nope`"):
            spandrel.convert(self.SPACY, "spacy", "nope")
        with self.assertRaises(TypeError):
            spandrel.convert(3, "spacy", "doccano")
        self.assertIn("labelstudio", spandrel.formats())


class ModelTest(unittest.TestCase):
    def test_a_model_file_that_cannot_be_used_raises_model_error(self):
        d = tmpdir()
        with self.assertRaisesRegex(spandrel.ModelError, "cannot read model"):
            spandrel.Model.load(os.path.join(d, "missing.bin"))
        bad = os.path.join(d, "bad.bin")
        with open(bad, "wb") as f:
            f.write(b"not a model")
        with self.assertRaises(spandrel.ModelError):
            spandrel.Model.load(bad)

    def test_the_default_model_is_parsed_once(self):
        self.assertIs(spandrel.default_model(), spandrel.default_model())
        m = spandrel.Model()
        self.assertEqual(as_tuples(m.extract("Angela Merkel visited Paris.")), as_tuples(spandrel.extract("Angela Merkel visited Paris.")))


class PackageTest(unittest.TestCase):
    def test_type_stubs_are_shipped_and_name_the_modules_members(self):
        pkg = os.path.dirname(spandrel.__file__)
        self.assertTrue(os.path.exists(os.path.join(pkg, "py.typed")))
        stub = open(os.path.join(pkg, "_spandrel.pyi"), encoding="utf-8").read()
        native = importlib.import_module("spandrel._spandrel")
        for name in dir(native):
            if not name.startswith("_"):
                self.assertRegex(stub, rf"(class|def) {name}\b", name)
        for name in ("extract", "extract_many", "extract_lines", "to_dict", "load"):
            self.assertIn(f"def {name}(", stub + open(spandrel.__file__, encoding="utf-8").read())

    def test_import_downloads_nothing(self):
        # The model is inside the extension module: no data file next to it.
        pkg = os.path.dirname(spandrel.__file__)
        self.assertFalse([f for f in os.listdir(pkg) if f.endswith(".bin")])


def _drop_times(v):
    if isinstance(v, dict):
        for k in list(v):
            if any(w in k.lower() for w in ("created", "modified", "updated", "generated", "time", "_at")):
                del v[k]
            else:
                _drop_times(v[k])
    elif isinstance(v, list):
        for x in v:
            _drop_times(x)


if __name__ == "__main__":
    unittest.main()
