"""Scoring the coder against gold-coded sentences (see ../shared/eval/README.md).

Two gold formats are understood:

- CAMEO triples (``{"id", "date": "YYYYMMDD", "text", "expected": [{"source", "target", "code"}]}``):
  micro precision/recall/F1 at three levels: exact (source, target, code), root (source,
  target, code[:2]) and dyad (source[:3], target[:3], code[:2]).
- PLOVER records (``{"id", "text", "event", "source": [...], "target": [...]}``): event-type
  accuracy (the coder produced an event of the gold type), macro-F1 over types, and actor
  agreement (the event of that type has a gold source country as its source).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .pipeline import Pipeline
from .records import Document, Event

# PLOVER draft 0.5 names -> current PLOVER
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# older CAMEO country codes used in gold files -> ISO 3166 alpha-3
OLD_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA"}
# modes scored as "the event happened or was announced" (gold files code these; not negations, denials,
# nor hypothetical events such as "wants Putin to attack" or "could impose sanctions")
SCORED_MODES = ("asserted", "planned")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set, predicted: set) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)


@dataclass
class CameoScore:
    sentences: int = 0
    levels: dict[str, PRF] = field(default_factory=lambda: {"exact": PRF(), "root": PRF(), "dyad": PRF()})
    errors: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class PloverScore:
    sentences: int = 0
    type_hits: int = 0
    per_type: dict[str, PRF] = field(default_factory=dict)
    actor_checked: int = 0
    actor_agree: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.type_hits / self.sentences if self.sentences else 0.0

    @property
    def macro_f1(self) -> float:
        return sum(p.f1 for p in self.per_type.values()) / len(self.per_type) if self.per_type else 0.0

    @property
    def actor_agreement(self) -> float:
        return self.actor_agree / self.actor_checked if self.actor_checked else 0.0


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}", f"invalid JSON ({exc.msg})") from None
    return rows


def gold_format(rows: Sequence[dict[str, Any]]) -> str:
    if rows and "expected" in rows[0]:
        return "cameo"
    if rows and "event" in rows[0]:
        return "plover"
    raise InputError("gold file", 'unknown format: expected "expected" (CAMEO) or "event" (PLOVER) fields')


def _date(value: str | None) -> str | None:
    if value and len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value if value and len(value) == 10 else None


def _code_all(pipeline: Pipeline, rows: Sequence[dict[str, Any]]) -> list[list[Event]]:
    docs = [Document.from_text(r["text"], id=str(r["id"]), date=_date(r.get("date"))) for r in rows]
    return [[e for e in c.events if e.mode in SCORED_MODES] for c in pipeline.code(docs)]


def score_cameo(pipeline: Pipeline, rows: Sequence[dict[str, Any]]) -> CameoScore:
    score = CameoScore(sentences=len(rows))
    for row, events in zip(rows, _code_all(pipeline, rows)):
        # gold events may carry a mode; only those a coder scores as happened or announced count
        gold = [(g["source"], g["target"], g["code"]) for g in row["expected"] if g.get("mode", "asserted")
                in SCORED_MODES]
        pred = [(e.source, e.target, e.cameo) for e in events]
        views = {
            "exact": lambda t: (t[0], t[1], t[2]),
            "root": lambda t: (t[0], t[1], t[2][:2]),
            "dyad": lambda t: (t[0][:3], t[1][:3], t[2][:2]),
        }
        for level, view in views.items():
            score.levels[level].add({view(t) for t in gold}, {view(t) for t in pred})
        if set(gold) != set(pred):
            score.errors.append({"id": row["id"], "text": row["text"], "gold": gold, "predicted": pred,
                                 "rules": [e.rule for e in events]})
    return score


def score_plover(pipeline: Pipeline, rows: Sequence[dict[str, Any]]) -> PloverScore:
    score = PloverScore(sentences=len(rows))
    for row, events in zip(rows, _code_all(pipeline, rows)):
        gold_type = PLOVER_RENAMES.get(row["event"], row["event"])
        predicted = {e.plover for e in events if e.plover}
        for t in predicted | {gold_type}:
            score.per_type.setdefault(t, PRF()).add({gold_type} & {t}, predicted & {t})
        hit = gold_type in predicted
        score.type_hits += hit
        gold_sources = {OLD_COUNTRY_CODES.get(a.get("code"), a.get("code")) for a in row.get("source") or []}
        gold_sources.discard(None)
        if hit and gold_sources:
            score.actor_checked += 1
            typed = [e for e in events if e.plover == gold_type]
            agree = any((e.source_country or "")[:3] in gold_sources or
                        (e.source_country or "").startswith("IGO") and "IGO" in gold_sources for e in typed)
            score.actor_agree += agree
        if not hit:
            score.errors.append({"id": row["id"], "text": row["text"], "gold": gold_type,
                                 "predicted": sorted(predicted), "rules": [e.rule for e in events]})
    return score


def format_cameo(name: str, s: CameoScore) -> list[str]:
    lines = [f"{name}: {s.sentences} sentences"]
    for level, prf in s.levels.items():
        lines.append(f"{name} {level:5} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}  "
                     f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
    return lines


def format_plover(name: str, s: PloverScore) -> list[str]:
    return [
        f"{name}: {s.sentences} sentences",
        f"{name} type accuracy {s.accuracy:.3f} ({s.type_hits}/{s.sentences})",
        f"{name} type macro-F1 {s.macro_f1:.3f} over {len(s.per_type)} types",
        f"{name} actor agreement {s.actor_agreement:.3f} ({s.actor_agree}/{s.actor_checked})",
    ]


def evaluate(pipeline: Pipeline, path: str | Path) -> tuple[str, CameoScore | PloverScore]:
    rows = read_gold(path)
    kind = gold_format(rows)
    return kind, (score_cameo(pipeline, rows) if kind == "cameo" else score_plover(pipeline, rows))


def per_type_lines(score: PloverScore) -> Iterable[str]:
    for t, prf in sorted(score.per_type.items(), key=lambda kv: -kv[1].f1):
        yield f"  {t:10} F1 {prf.f1:.2f}  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"
