"""The spaCy component ``spandrel_ner``: Spandrel's entities on a spaCy ``Doc``, at the engine's exact offsets.

    nlp = spacy.blank("en")            # or any pipeline
    nlp.add_pipe("spandrel_ner")       # found through the package's ``spacy_factories`` entry point
    doc = nlp("Angela Merkel visited Paris.")
    doc.ents                           # the entities; doc.spans["spandrel"] has all of them with scores

Invariants:
- Every span the engine finds is in ``doc.spans[spans_key]`` with the engine's character offsets and label
  (``span.start_char``/``end_char`` equal the CLI's ``start``/``end``), its score in the group's
  ``attrs["scores"]``. Where a span edge falls inside a spaCy token, that token is split there first, so no
  span is widened or narrowed to fit the tokenizer.
- ``doc.ents`` gets the spans when ``set_ents`` is on: all of them when none overlap, else the longest of each
  overlapping cluster (``spacy.util.filter_spans``); the group keeps the overlapping ones.
"""

from bisect import bisect_right
from typing import Dict, Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, minibatch

from . import Model, Span, default_model


@Language.factory(
    "spandrel_ner",
    default_config={"spans_key": "spandrel", "set_ents": True, "model_path": None},
)
def make_spandrel_ner(
    nlp: Language, name: str, spans_key: str, set_ents: bool, model_path: Optional[str]
) -> "SpandrelNer":
    model = Model.load(model_path) if model_path else default_model()
    return SpandrelNer(name, model, spans_key=spans_key, set_ents=set_ents)


class SpandrelNer:
    """Sets ``doc.spans[spans_key]`` (and ``doc.ents``) from Spandrel's engine."""

    def __init__(self, name: str, model: Model, spans_key: str = "spandrel", set_ents: bool = True) -> None:
        self.name = name
        self.model = model
        self.spans_key = spans_key
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        return self._apply(doc, self.model.extract(doc.text))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):
            found = self.model.extract_many([d.text for d in batch], batch_size)
            for doc, spans in zip(batch, found):
                yield self._apply(doc, spans)

    def _apply(self, doc: Doc, found: List[Span]) -> Doc:
        _split_tokens_at(doc, {e for s in found for e in (s.start, s.end)})
        spans = []
        for s in found:
            span = doc.char_span(s.start, s.end, label=s.label)
            if span is None:  # an edge in whitespace between tokens: cannot be a spaCy span
                raise ValueError(f"spandrel_ner: span {s.start}..{s.end} ({s.label}) does not fit the tokens")
            spans.append(span)
        doc.spans[self.spans_key] = spans
        group = doc.spans[self.spans_key]
        group.attrs["scores"] = [s.score for s in found]
        if self.set_ents:
            doc.ents = filter_spans(spans)
        return doc


def _split_tokens_at(doc: Doc, edges: Iterable[int]) -> None:
    """Splits each token that has one of the character offsets `edges` strictly inside it."""
    cuts: Dict[int, List[int]] = {}
    inside = sorted(edges)
    if not inside:
        return
    for tok in doc:
        a, b = tok.idx, tok.idx + len(tok.text)
        k, here = bisect_right(inside, a), []
        while k < len(inside) and inside[k] < b:
            here.append(inside[k] - a)
            k += 1
        if here:
            cuts[tok.i] = here
    if not cuts:
        return
    with doc.retokenize() as retok:
        for i, offs in cuts.items():
            tok = doc[i]
            bounds = [0, *offs, len(tok.text)]
            orths = [tok.text[x:y] for x, y in zip(bounds, bounds[1:])]
            retok.split(tok, orths, heads=[(tok, k) for k in range(len(orths))])
