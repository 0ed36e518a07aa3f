"""Finding and reading the knowledge files shipped under ``dyadwatch/data`` and the user's own.

Every reader validates as it goes and raises :class:`DataError` naming the file and line.
CSV files may hold comment lines starting with ``#``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError


def package_file(relative: str) -> Path:
    """Path of a file shipped in the package's data folder."""
    return Path(str(resources.files("dyadwatch") / "data" / relative))


def data_files(relative: str, user_dirs: Sequence[str] = ()) -> list[Path]:
    """The shipped file ``relative`` followed by same-named files in the user's data folders."""
    found = [package_file(relative)]
    for folder in user_dirs:
        candidate = Path(folder) / relative
        if candidate.is_file():
            found.append(candidate)
    return [p for p in found if p.is_file()]


def read_csv(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as (line number, row), checking the required columns are filled."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(str(path), None, f"cannot read: {exc}") from exc
    numbered = [
        (n, line) for n, line in enumerate(text.splitlines(), 1) if not line.startswith("#")
    ]
    if not numbered:
        raise DataError(str(path), None, "empty file")
    reader = csv.reader(io.StringIO("\n".join(line for _, line in numbered)))
    header = next(reader)
    missing = [c for c in required if c not in header]
    if missing:
        raise DataError(str(path), numbered[0][0], f"missing column(s) {missing}; header is {header}")
    for (line_no, _), values in zip(numbered[1:], reader):
        if not values or all(not v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise DataError(
                str(path), line_no, f"expected {len(header)} fields ({','.join(header)}), got {len(values)}"
            )
        row = {k: v.strip() for k, v in zip(header, values)}
        empty = [c for c in required if not row[c]]
        if empty:
            raise DataError(str(path), line_no, f"empty required field(s) {empty}")
        yield line_no, row


def read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(str(path), None, f"cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DataError(str(path), line, f"invalid YAML: {getattr(exc, 'problem', exc)}") from exc
