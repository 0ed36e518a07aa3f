"""Issue tags (ENERGY, TERRITORY, SANCTIONS, ...) from phrase lists kept as data."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data import data_files, read_yaml
from ..errors import DataError


class IssueTagger:
    def __init__(self, user_dirs: Sequence[str] = ()) -> None:
        phrases: dict[str, list[str]] = {}
        for path in data_files("events/issues.yaml", user_dirs):
            data = read_yaml(path) or {}
            if not isinstance(data, dict):
                raise DataError(str(path), None, "expected a mapping of TAG: [phrases]")
            for tag, items in data.items():
                if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                    raise DataError(str(path), None, f"{tag}: expected a list of phrases")
                phrases.setdefault(str(tag).upper(), []).extend(items)
        self._patterns = {
            tag: re.compile(r"\b(?:" + "|".join(_phrase_regex(p) for p in items) + r")", re.I)
            for tag, items in phrases.items()
        }

    def tags(self, sentence: str) -> tuple[str, ...]:
        return tuple(sorted(tag for tag, rx in self._patterns.items() if rx.search(sentence)))


def _phrase_regex(phrase: str) -> str:
    if phrase.endswith("*"):
        return re.escape(phrase[:-1]) + r"[\w-]*"
    return re.escape(phrase) + r"\b"
