"""dyadwatch: political event data and dyad indicators from international news.

The public Python API (imports are lazy: ``import dyadwatch`` does no work)::

    import dyadwatch
    coded = dyadwatch.code_text("Japan imposed sanctions on Russia.", date="2014-08-05")
    pipeline = dyadwatch.Pipeline()             # loads the model and dictionaries once
    for coded in pipeline.code(documents): ...
    with dyadwatch.Store("dyadwatch.duckdb") as store: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Pipeline", "Store", "Options", "load_options", "code_text", "code_documents", "read_inputs",
    "Document", "Actor", "ActorMention", "Event", "Fact", "CodedDocument", "Rejected",
    "DyadwatchError", "InputError", "StoreError", "ModelNotInstalled", "DataError",
]

_LAZY = {
    "Pipeline": "pipeline", "Store": "store", "Options": "config", "load_options": "config",
    "read_inputs": "ingest", "Document": "records", "Actor": "records", "ActorMention": "records",
    "Event": "records", "Fact": "records", "CodedDocument": "records", "Rejected": "records",
    "DyadwatchError": "errors", "InputError": "errors", "StoreError": "errors",
    "ModelNotInstalled": "errors", "DataError": "errors",
    "code_text": "api", "code_documents": "api",
}

if TYPE_CHECKING:  # pragma: no cover
    from .api import code_documents, code_text
    from .config import Options, load_options
    from .errors import DataError, DyadwatchError, InputError, ModelNotInstalled, StoreError
    from .ingest import read_inputs
    from .pipeline import Pipeline
    from .records import Actor, ActorMention, CodedDocument, Document, Event, Fact, Rejected
    from .store import Store


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'dyadwatch' has no attribute {name!r}")
