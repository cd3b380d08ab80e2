"""Spandrel's engine in Python: entity extraction and annotation format conversion.

The same Rust core as the web app and the ``spandrel`` CLI, so the spans (code point offsets, which is what
``str`` indexes), labels and scores are the CLI's. Nothing is downloaded: the shipped model is inside the
extension module.

- ``extract(text)`` / ``extract_many(texts, batch_size=1000)``: lists of :class:`Span`.
- ``extract_lines(lines)``: JSONL records as ``spandrel extract`` reads and writes them, one
  ``(output, error)`` pair per line; bad lines are errors, never exceptions (the Spark job uses it).
- ``convert(data, src, dst)``: between spandrel, spacy, spacy-doc, doccano, doccano-rel, prodigy,
  labelstudio, brat, conll and w3c.
- ``Model.load(path)``: weights written by ``spandrel train`` instead of the shipped ones.
- The spaCy component ``spandrel_ner`` (``nlp.add_pipe("spandrel_ner")``), registered by an entry point.
"""

from typing import Iterable, List, Optional, Tuple, Union

from ._spandrel import ConvertError, Model, ModelError, Span, SpandrelError, convert, formats

__all__ = [
    "ConvertError",
    "Model",
    "ModelError",
    "Span",
    "SpandrelError",
    "convert",
    "default_model",
    "extract",
    "extract_lines",
    "extract_many",
    "formats",
]

__version__ = "0.1.0"

_DEFAULT: Optional[Model] = None


def default_model() -> Model:
    """The shipped model, parsed once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Model()
    return _DEFAULT


def extract(text: str, model: Optional[Model] = None) -> List[Span]:
    """The entities of one text, sorted by (start, end, label)."""
    return (model or default_model()).extract(text)


def extract_many(texts: Iterable[str], batch_size: int = 1000, model: Optional[Model] = None) -> List[List[Span]]:
    """The entities of each text, in order."""
    return (model or default_model()).extract_many(texts, batch_size)


def extract_lines(
    lines: Iterable[Union[str, bytes, None]], batch_size: int = 1000, model: Optional[Model] = None
) -> List[Tuple[Optional[str], Optional[str]]]:
    """``spandrel extract`` on JSONL lines: ``(output_line, None)`` or ``(None, error)`` per line."""
    return (model or default_model()).extract_lines(lines, batch_size)
