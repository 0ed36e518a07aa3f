"""Convenience functions over a process-wide default pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .config import Options, load_options
from .pipeline import Pipeline
from .records import CodedDocument, Document


@lru_cache(maxsize=4)
def _pipeline(options: Options) -> Pipeline:
    return Pipeline(options)


def get_pipeline(options: Options | None = None) -> Pipeline:
    """The pipeline for ``options`` (built once per process and options)."""
    return _pipeline(options or load_options())


def code_text(text: str, *, options: Options | None = None, **meta: Any) -> CodedDocument:
    """Code one text. ``meta`` may hold id, title, date (ISO), url, source."""
    return get_pipeline(options).code_text(text, **meta)


def code_documents(documents: Iterable[Document], *, options: Options | None = None) -> Iterator[CodedDocument]:
    return get_pipeline(options).code(documents)
