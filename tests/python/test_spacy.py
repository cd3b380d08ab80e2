"""The spaCy component: found by its entry point, the CLI's spans at exact character offsets."""
import subprocess
import sys
import unittest

try:
    import spacy
except ImportError:  # pragma: no cover - the test venv installs the spacy extra
    spacy = None

import spandrel
from support import TRICKY, cli_spans, golden_documents


@unittest.skipIf(spacy is None, "spaCy is not installed")
class SpacyComponentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.nlp = spacy.blank("en")
        cls.nlp.add_pipe("spandrel_ner")

    def spans_of(self, doc):
        group = doc.spans["spandrel"]
        return [
            (s.start_char, s.end_char, s.label_, score) for s, score in zip(group, group.attrs["scores"])
        ]

    def test_found_by_entry_point_in_a_fresh_interpreter(self):
        code = (
            "import spacy, sys\n"
            "nlp = spacy.blank('en'); nlp.add_pipe('spandrel_ner')\n"
            "doc = nlp('Angela Merkel visited Paris.')\n"
            "print([(e.text, e.label_) for e in doc.ents])\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("('Angela Merkel', 'PERSON')", out.stdout)

    def test_same_spans_as_the_cli_on_the_golden_documents(self):
        docs = list(golden_documents())
        want = cli_spans(docs)
        got = [self.spans_of(d) for d in self.nlp.pipe(docs, batch_size=32)]
        self.assertEqual(got, want)
        one = self.nlp(docs[-1])  # __call__ as well as pipe
        self.assertEqual(self.spans_of(one), want[-1])

    def test_exact_offsets_where_spacy_tokenizes_otherwise(self):
        want = cli_spans(TRICKY)
        for text, w in zip(TRICKY, want):
            doc = self.nlp(text)
            self.assertEqual(self.spans_of(doc), w, text)
            self.assertEqual(doc.text, text, "splitting tokens never changes the text")
            for e in doc.ents:
                self.assertEqual(text[e.start_char : e.end_char], e.text)

    def test_a_span_inside_a_token_splits_that_token(self):
        text = "Visit ParisFrance today."
        found = [spandrel.Span(6, 11, "GPE", 0.9, "Paris"), spandrel.Span(11, 17, "GPE", 0.8, "France")]
        comp = self.nlp.get_pipe("spandrel_ner")
        doc = comp._apply(self.nlp.make_doc(text), found)
        self.assertEqual([(e.text, e.label_) for e in doc.ents], [("Paris", "GPE"), ("France", "GPE")])
        self.assertEqual([t.text for t in doc], ["Visit", "Paris", "France", "today", "."])

    def test_overlapping_spans_stay_in_the_group_and_ents_keep_the_longest(self):
        text = "Bank of America Tower"
        found = [spandrel.Span(0, 15, "ORG", 0.9, "Bank of America"), spandrel.Span(0, 21, "FAC", 0.7, text),
                 spandrel.Span(8, 15, "GPE", 0.6, "America")]
        comp = self.nlp.get_pipe("spandrel_ner")
        doc = comp._apply(self.nlp.make_doc(text), found)
        self.assertEqual(len(doc.spans["spandrel"]), 3)
        self.assertEqual([(e.text, e.label_) for e in doc.ents], [(text, "FAC")])

    def test_config_spans_key_and_no_ents(self):
        nlp = spacy.blank("en")
        nlp.add_pipe("spandrel_ner", config={"spans_key": "sp", "set_ents": False})
        doc = nlp("Angela Merkel visited Paris.")
        self.assertEqual(doc.ents, ())
        self.assertEqual([s.text for s in doc.spans["sp"]], ["Angela Merkel", "Paris"])


if __name__ == "__main__":
    unittest.main()
