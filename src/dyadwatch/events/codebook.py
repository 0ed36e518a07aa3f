"""The CAMEO codebook with Goldstein weights, QuadClass and PLOVER types (data/events/cameo.csv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import package_file, read_csv
from ..errors import DataError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def load_codebook() -> dict[str, CameoCode]:
    path = package_file("events/cameo.csv")
    book: dict[str, CameoCode] = {}
    for line, row in read_csv(path, ("code", "name", "goldstein", "quad_class")):
        code = row["code"]
        if not code.isdigit() or len(code) not in (3, 4):
            raise DataError(str(path), line, f"CAMEO code must be 3 or 4 digits, got {code!r}")
        plover = row.get("plover") or None
        if plover is not None and plover not in PLOVER_TYPES:
            raise DataError(str(path), line, f"unknown PLOVER type {plover!r}; valid: {PLOVER_TYPES}")
        try:
            goldstein = float(row["goldstein"])
            quad = int(row["quad_class"])
        except ValueError as exc:
            raise DataError(str(path), line, str(exc)) from exc
        if not -10.0 <= goldstein <= 10.0 or quad not in (1, 2, 3, 4):
            raise DataError(str(path), line, "goldstein must lie in [-10, 10] and quad_class in 1..4")
        if code in book:
            raise DataError(str(path), line, f"duplicate code {code}")
        book[code] = CameoCode(code, row["name"], goldstein, quad, plover, row.get("plover_mode") or None)
    return book


def lookup(code: str) -> CameoCode:
    book = load_codebook()
    try:
        return book[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


@lru_cache(maxsize=4)
def _prefix_map(name: str, column: str) -> dict[str, str]:
    path = package_file(f"events/{name}.csv")
    book = load_codebook()
    out: dict[str, str] = {}
    for line, row in read_csv(path, ("prefix", column)):
        if row[column] not in book:
            raise DataError(str(path), line, f"unknown CAMEO code {row[column]!r}")
        out[row["prefix"]] = row[column]
    return out


def load_intent_map() -> dict[str, str]:
    """CAMEO code prefix -> the code of the intent to do it (data/events/intent.csv)."""
    return _prefix_map("intent", "intent")


def load_refusal_map() -> dict[str, str]:
    """CAMEO code prefix -> the code of refusing to do it (data/events/refusal.csv)."""
    return _prefix_map("refusal", "refusal")


def _longest_prefix(mapping: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in mapping:
            return mapping[code[:n]]
    return None


def intent_code(code: str) -> str:
    """The CAMEO code for announcing ``code`` as a future action (itself when there is none)."""
    return _longest_prefix(load_intent_map(), code) or code


def refusal_code(code: str) -> str | None:
    """The CAMEO code for refusing ``code`` (None for events that are not cooperation)."""
    return _longest_prefix(load_refusal_map(), code)
