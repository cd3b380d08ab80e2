from os import PathLike
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

class SpandrelError(ValueError): ...
class ModelError(SpandrelError): ...
class ConvertError(SpandrelError): ...

class Span:
    """One proposed entity: ``text[start:end]`` with code point offsets."""

    start: int
    end: int
    label: str
    score: float
    text: str
    def __init__(self, start: int, end: int, label: str, score: float, text: str) -> None: ...
    def to_dict(self) -> Dict[str, Any]:
        """``{"start", "end", "label", "score"}``, as the CLI writes a span."""

class Model:
    """Extraction weights: ``Model()`` is the shipped model."""

    def __init__(self) -> None: ...
    @staticmethod
    def load(path: Union[str, PathLike[str]]) -> "Model": ...
    def extract(self, text: str) -> List[Span]: ...
    def extract_many(self, texts: Iterable[str], batch_size: int = 1000) -> List[List[Span]]: ...
    def extract_lines(
        self, lines: Iterable[Union[str, bytes, None]], batch_size: int = 1000
    ) -> List[Tuple[Optional[str], Optional[str]]]: ...

def convert(
    data: Union[str, bytes],
    src: str,
    dst: str,
    *,
    name: Optional[str] = None,
    suggestions: bool = False,
    rejected: bool = False,
) -> Union[str, Dict[str, str]]:
    """Converts one file's contents between formats; several output files come back as a dict."""

def formats() -> List[str]: ...
