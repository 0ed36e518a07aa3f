"""The shared vocabulary: small frozen dataclasses that every stage passes along.

Serialisation lives here, in one place: ``to_dict``/``from_dict`` and ``to_json``/``from_json``
give a lossless round trip (tuples stay tuples, nested records stay records).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

CODER_VERSION = "0.1.0"
MODES = ("asserted", "negated", "hypothetical", "planned", "denied")
DATE_PRECISIONS = ("day", "month", "year")

R = TypeVar("R", bound="Record")


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short, stable hex id from the given parts (order matters)."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode())
    return digest.hexdigest()[:length]


def normalise_text(text: str) -> str:
    """The form a document is hashed in: NFC, whitespace runs collapsed, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    return stable_hash(normalise_text(text), length=20)


class Record:
    """Mixin for JSON round-trips of frozen dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _to_plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        hints = _hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _from_plain(hints[f.name], data[f.name])
        return cls(**kwargs)

    @classmethod
    def from_json(cls: type[R], text: str) -> R:
        return cls.from_dict(json.loads(text))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _to_plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_to_plain(v) for v in value]
    return value


def _from_plain(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _from_plain(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        (item_hint, *_rest) = typing.get_args(hint)
        return tuple(_from_plain(item_hint, v) for v in value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    if hint is float and isinstance(value, int):
        return float(value)
    return value


@dataclass(frozen=True, slots=True)
class Document(Record):
    """One article: its text and what is known about where it came from."""

    id: str
    text: str
    source: str = ""
    title: str | None = None
    date: str | None = None  # ISO date of publication, YYYY-MM-DD
    url: str | None = None
    language: str | None = None
    content_hash: str = ""
    boilerplate_chars: int = 0  # characters dropped as boilerplate by the cleaner
    author: str | None = None
    site_name: str | None = None
    duplicate_of: str | None = None  # id of the document this one is a near-copy of (not coded)

    @classmethod
    def from_text(cls, text: str, *, id: str | None = None, **meta: Any) -> "Document":
        digest = content_hash(text)
        return cls(id=id or digest, text=text, content_hash=digest, **meta)


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A coded actor: CAMEO-style code = country (ISO3 or IGO code) + role codes."""

    code: str
    country: str | None
    role: str | None = None
    name: str | None = None  # canonical name (person, organisation) when known


@dataclass(frozen=True, slots=True)
class ActorMention(Record):
    """A span of text that names an actor, with the dictionary entry that matched."""

    text: str
    char_start: int
    char_end: int
    code: str
    country: str | None
    role: str | None
    entry: str  # e.g. "country:JPN:demonym" or "country:RUS+agent:foreign minister"
    sentence_idx: int = -1
    name: str | None = None

    @property
    def actor(self) -> Actor:
        return Actor(code=self.code, country=self.country, role=self.role, name=self.name)


@dataclass(frozen=True, slots=True)
class Location(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One coded event; the public contract of DESIGN.md (JSONL, Parquet and DuckDB alike)."""

    event_id: str
    doc_id: str
    sentence_idx: int
    char_start: int
    char_end: int
    sentence: str
    date: str | None
    date_precision: str | None
    source: str
    target: str
    source_country: str | None
    target_country: str | None
    source_text: str
    target_text: str
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    mode: str
    issues: tuple[str, ...] = ()
    location: Location | None = None
    rule: str = ""
    coder_version: str = CODER_VERSION
    date_from: str = "publication"  # "text" when resolved from the sentence, else "publication"

    @staticmethod
    def make_id(doc_id: str, sentence_idx: int, source: str, target: str, cameo: str) -> str:
        return stable_hash(doc_id, sentence_idx, source, target, cameo)


@dataclass(frozen=True, slots=True)
class Fact(Record):
    """A quantity stated in the text: what it measures, whom it concerns, when."""

    fact_id: str
    doc_id: str
    sentence_idx: int
    sentence: str
    char_start: int
    char_end: int
    text: str  # the span, e.g. "$14 billion"
    quantity: float
    unit: str  # ISO currency code, "percent", "cubic metres", ...
    low: float | None = None
    high: float | None = None
    measure: str | None = None  # e.g. "investment", "trade", "gas supply"
    actors: tuple[str, ...] = ()  # holder first, then counterpart(s)
    period: str | None = None
    direction: str | None = None  # "up" / "down" when the sentence reports a change
    previous: float | None = None  # the earlier value of "from X to Y"


@dataclass(frozen=True, slots=True)
class Rejected(Record):
    """An input that could not become a document, kept with its reason."""

    source: str
    reason: str
    size: int | None = None


@dataclass(frozen=True, slots=True)
class CodedDocument(Record):
    """What the pipeline returns for one document."""

    document: Document
    actors: tuple[ActorMention, ...] = field(default_factory=tuple)
    events: tuple[Event, ...] = field(default_factory=tuple)
    facts: tuple[Fact, ...] = field(default_factory=tuple)
