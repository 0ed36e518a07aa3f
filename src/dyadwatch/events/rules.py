"""Event rules as data (data/events/rules.yaml), validated on load."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..data import data_files, read_yaml
from ..errors import DataError
from .codebook import load_codebook

_KEYS = {"id", "cameo", "verbs", "objects", "targets", "reciprocal", "note"}
_SLOTS = {"dobj", "iobj"}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    cameo: str
    verbs: tuple[str, ...]
    objects: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    reciprocal: bool = False
    note: str = ""


def load_rules(user_dirs: Sequence[str] = ()) -> list[Rule]:
    """All rules: the shipped ones, then the user's; rules with objects are tried first."""
    codebook = load_codebook()
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in data_files("events/rules.yaml", user_dirs):
        items = read_yaml(path) or []
        if not isinstance(items, list):
            raise DataError(str(path), None, "expected a list of rules")
        for n, item in enumerate(items, 1):
            where = f"rule #{n}"
            if not isinstance(item, dict):
                raise DataError(str(path), None, f"{where}: expected a mapping")
            unknown = set(item) - _KEYS
            if unknown:
                raise DataError(str(path), None, f"{where}: unknown key(s) {sorted(unknown)}; valid: {sorted(_KEYS)}")
            rule_id = item.get("id")
            if not rule_id:
                raise DataError(str(path), None, f"{where}: missing id")
            if rule_id in seen:
                raise DataError(str(path), None, f"rule {rule_id!r} defined twice (first in {seen[rule_id]})")
            cameo = str(item.get("cameo", ""))
            if cameo not in codebook:
                raise DataError(str(path), None, f"rule {rule_id!r}: unknown CAMEO code {cameo!r}")
            verbs = tuple(str(v).lower() for v in item.get("verbs") or ())
            if not verbs:
                raise DataError(str(path), None, f"rule {rule_id!r}: needs at least one verb")
            raw_targets = item.get("targets") or ()
            if any(not isinstance(t, str) for t in raw_targets):
                raise DataError(
                    str(path), None,
                    f"rule {rule_id!r}: targets must be strings; quote prepositions YAML reads as "
                    f"booleans (\"on\", \"off\", \"yes\", \"no\"), got {raw_targets}",
                )
            targets = tuple(t.lower() for t in raw_targets)
            bad = [t for t in targets if " " in t or (t not in _SLOTS and not t.isalpha())]
            if bad:
                raise DataError(str(path), None, f"rule {rule_id!r}: bad target slot(s) {bad}")
            seen[rule_id] = str(path)
            rules.append(
                Rule(
                    id=rule_id, cameo=cameo, verbs=verbs,
                    objects=tuple(str(o).lower() for o in item.get("objects") or ()),
                    targets=targets, reciprocal=bool(item.get("reciprocal", False)),
                    note=str(item.get("note", "")),
                )
            )
    return sorted(rules, key=lambda r: not r.objects)


# Irregular forms for the tokenizer-level prefilter (lemma -> surface forms).
_IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "have": ("has", "had"), "begin": ("began", "begun"),
    "strike": ("struck", "stricken"), "fly": ("flew", "flown", "flies"), "make": ("made",),
    "send": ("sent",), "go": ("went", "gone"), "come": ("came",), "take": ("took", "taken"),
    "give": ("gave", "given"), "seek": ("sought",), "lead": ("led",), "shoot": ("shot",),
    "fight": ("fought",), "speak": ("spoke", "spoken"), "tell": ("told",), "say": ("said",),
    "bring": ("brought",), "set": ("set",), "hit": ("hit",), "leave": ("left",), "freeze": ("froze", "frozen"),
}


def surface_forms(lemma: str) -> set[str]:
    """Likely inflected forms of an English verb or noun lemma (lower case)."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms
