"""What the Python package's tests share: the CLI to compare with, the golden documents, tricky texts."""
import json
import os
import subprocess
import tempfile
from functools import lru_cache
from typing import List, Tuple

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.environ.get("SPANDREL_NER_DATA", os.path.join(ROOT, "..", "shared", "data", "ner"))


def cli() -> str:
    b = os.environ.get("SPANDREL_BIN", os.path.join(ROOT, "target", "debug", "spandrel"))
    if not os.path.exists(b):
        raise RuntimeError(f"no spandrel CLI at {b}: build it (cargo build -p spandrel-core --bin spandrel)")
    return b


def run_cli(args: List[str], stdin: bytes = b"") -> Tuple[int, bytes, str]:
    p = subprocess.run([cli(), *args], input=stdin, capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode("utf-8")


def sentences(path: str) -> List[str]:
    out, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("-DOCSTART-"):
                if cur:
                    out.append(" ".join(cur))
                    cur = []
                continue
            tok = line.replace("\t", " ").split(" ")[0]
            if tok:
                cur.append(tok)
    if cur:
        out.append(" ".join(cur))
    return out


@lru_cache(maxsize=None)
def golden_documents() -> Tuple[str, ...]:
    """The documents of crates/core/tests/extract_golden.rs: the last 1,500 sentences of GMB train and of
    WikiANN dev, ten sentences per document (300 documents), plus the shipped sample."""
    docs = []
    for name in ("gmb-train.conll", "wikiann-en-dev.conll"):
        sents = sentences(os.path.join(DATA, name))[-1500:]
        docs += [" ".join(sents[i : i + 10]) for i in range(0, len(sents), 10)]
    with open(os.path.join(ROOT, "assets", "muscat-talks.txt"), encoding="utf-8") as f:
        docs.append(f.read())
    return tuple(docs)


# Offsets beyond ASCII: astral emoji (two UTF-16 units, four UTF-8 bytes), CJK, combining marks, RTL, ZWJ.
TRICKY = (
    "🎉 Angela Merkel met Emmanuel Macron in Paris on 3 May 2021. 👩‍👩‍👧 The U.S.-based IBM paid $5 million.",
    "Zoë Saldaña (née Zoë Yadira) visited São Paulo and Zürich in März 2019; Ørsted A/S paid €300m.",
    "東京 met with Barack Obama in 北京 on Monday. محمد بن سلمان visited London.",
    "",
    "   \n\n  ",
)


def cli_spans(texts) -> List[list]:
    """The CLI's spans of each text: [[(start, end, label, score)], ...]."""
    data = "".join(json.dumps({"text": t}) + "\n" for t in texts).encode("utf-8")
    rc, out, err = run_cli(["extract"], data)
    if rc != 0:
        raise RuntimeError(f"spandrel extract failed ({rc}): {err}")
    rows = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    return [[(s["start"], s["end"], s["label"], s["score"]) for s in r["spans"]] for r in rows]


def tmpdir() -> str:
    return tempfile.mkdtemp(prefix="spandrel-py-")
