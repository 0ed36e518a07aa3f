"""Event rules as data (data/events/rules.yaml and data/events/rules/*.yaml), validated on load.

A rule fires on a predicate and says which CAMEO code it carries and where its target is:

``verbs``       verb lemmas; "call for" / "pull out" name a verb with its particle or preposition
``nouns``       noun lemmas for nominal events ("talks between X and Y", "Canada's embargo on
                Iran", "Japan held talks with Russia" through a light verb)
``objects``     noun lemmas required as the verb's object ("impose sanctions"; in the passive the
                subject: "sanctions were imposed"; after a particle: "called for talks"); a
                two-word entry names a modifier and its noun ("humanitarian aid", "hunger strike")
``complements`` verb lemmas required as the verb's to-infinitive ("agreed to cooperate")
``targets``     where the target is: "dobj", "iobj", or a preposition ("with", "on", "against",
                "between"); looked up on the verb, its object noun and its complement verb
``modals``      modal verbs required in the verb's clausal complement; the target is that clause's
                subject ("Russia said Sudan must return the helicopter": a demand on Sudan)
``sources``     role codes the source must have ("OPP", "CVL", ...; "-" for a people named by a
                demonym, "STATE" for a bare country name): the same act codes
                differently by who does it ("protesters demolished the embassy" is a riot, 145)
``subjects``    noun lemmas the subject's phrase must hold (a two-word entry as in ``objects``):
                "UN peacekeepers arrived in Mali" is peacekeeping (074), not a visit
``reciprocal``  "X and Y <verb>" with no target means X->Y and Y->X
``mutual``      an act that takes two: with a named partner it is coded both ways ("X held talks
                with Y", "X signed an agreement with Y"); not when refused or only intended
``not_with``    dependency labels that rule the verb rule out: "call" with an object complement
                ("called the move a provocation", oprd) is no telephone call
``inverse``     the actor found in the target slots is the source and the subject the target:
                "Georgia received weapons from Russia" is Russia providing weapons to Georgia
``fallback``    fire only where no other rule fired on the verb or on its complement: a generic
                "agreed to ..." (030) that steps aside for "agreed to visit" (036)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..data import package_file, read_yaml
from ..errors import DataError
from .codebook import load_codebook

_KEYS = {"id", "cameo", "verbs", "nouns", "objects", "complements", "modals", "targets", "sources", "subjects",
         "reciprocal", "mutual", "not_with", "inverse", "fallback", "note"}
_SLOTS = {"dobj", "iobj"}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    cameo: str
    verbs: tuple[tuple[str, str | None], ...] = ()  # (lemma, particle or None)
    nouns: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    complements: tuple[str, ...] = ()
    modals: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    not_with: tuple[str, ...] = ()
    reciprocal: bool = False
    mutual: bool = False
    inverse: bool = False
    fallback: bool = False
    note: str = ""
    origin: str = ""

    @property
    def specificity(self) -> int:
        multiword = any(" " in o for o in (*self.objects, *self.nouns))  # "humanitarian aid" before "aid"
        return (2 * bool(self.objects) + 2 * bool(self.complements) + 2 * bool(self.modals) + 2 * bool(self.sources)
                + 2 * bool(self.subjects) + any(p for _, p in self.verbs) + multiword)


def rule_files(user_dirs: Sequence[str] = ()) -> list[Path]:
    """The shipped rule files, then each user folder's events/rules.yaml and events/rules/*.yaml."""
    files = sorted(package_file("events/rules").glob("*.yaml"))
    for folder in user_dirs:
        single = Path(folder) / "events" / "rules.yaml"
        files += [single] if single.is_file() else []
        files += sorted((Path(folder) / "events" / "rules").glob("*.yaml"))
    return files


def load_rules(user_dirs: Sequence[str] = ()) -> list[Rule]:
    """All rules, most specific first (verb + object/complement/particle before a bare verb)."""
    codebook = load_codebook()
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in rule_files(user_dirs):
        items = read_yaml(path) or []
        if not isinstance(items, list):
            raise DataError(str(path), None, "expected a list of rules")
        for n, item in enumerate(items, 1):
            rule = _parse(path, n, item, codebook)
            if rule.id in seen:
                raise DataError(str(path), None, f"rule {rule.id!r} defined twice (first in {seen[rule.id]})")
            seen[rule.id] = str(path)
            rules.append(rule)
    return sorted(rules, key=lambda r: -r.specificity)


def _parse(path: Path, n: int, item: object, codebook) -> Rule:
    where = f"rule #{n}"
    if not isinstance(item, dict):
        raise DataError(str(path), None, f"{where}: expected a mapping")
    unknown = set(item) - _KEYS
    if unknown:
        raise DataError(str(path), None, f"{where}: unknown key(s) {sorted(unknown)}; valid: {sorted(_KEYS)}")
    rule_id = item.get("id")
    if not rule_id:
        raise DataError(str(path), None, f"{where}: missing id")
    cameo = str(item.get("cameo", ""))
    if cameo not in codebook:
        raise DataError(str(path), None, f"rule {rule_id!r}: unknown CAMEO code {cameo!r}")
    lists = {}
    for key in ("verbs", "nouns", "objects", "complements", "modals", "targets", "sources", "subjects", "not_with"):
        raw = item.get(key) or []
        if not isinstance(raw, list) or any(not isinstance(v, str) for v in raw):
            raise DataError(
                str(path), None,
                f"rule {rule_id!r}: {key} must be a list of strings; quote words YAML reads as "
                f"booleans (\"on\", \"off\", \"yes\", \"no\"), got {raw!r}",
            )
        lists[key] = tuple(v.strip().lower() for v in raw)
    if not lists["verbs"] and not lists["nouns"]:
        raise DataError(str(path), None, f"rule {rule_id!r}: needs verbs or nouns")
    bad = [t for t in lists["targets"] if t not in _SLOTS and not t.isalpha()]
    if bad:
        raise DataError(str(path), None, f"rule {rule_id!r}: bad target slot(s) {bad}")
    verbs = []
    for v in lists["verbs"]:
        parts = v.split()
        if len(parts) > 2:
            raise DataError(str(path), None, f"rule {rule_id!r}: verb {v!r}: use a lemma and at most one particle")
        verbs.append((parts[0], parts[1] if len(parts) == 2 else None))
    return Rule(
        id=rule_id, cameo=cameo, verbs=tuple(verbs), nouns=lists["nouns"], objects=lists["objects"],
        complements=lists["complements"], modals=lists["modals"], targets=lists["targets"],
        sources=tuple(v.upper() for v in lists["sources"]), subjects=lists["subjects"], not_with=lists["not_with"],
        reciprocal=bool(item.get("reciprocal", False)), mutual=bool(item.get("mutual", False)),
        inverse=bool(item.get("inverse", False)),
        fallback=bool(item.get("fallback", False)),
        note=str(item.get("note", "")), origin=str(path),
    )


# Irregular forms for the tokenizer-level prefilter (lemma -> surface forms).
_IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "have": ("has", "had"), "begin": ("began", "begun"),
    "strike": ("struck", "stricken"), "fly": ("flew", "flown", "flies"), "make": ("made",),
    "send": ("sent",), "go": ("went", "gone"), "come": ("came",), "take": ("took", "taken"),
    "give": ("gave", "given"), "seek": ("sought",), "lead": ("led",), "shoot": ("shot",),
    "fight": ("fought",), "speak": ("spoke", "spoken"), "tell": ("told",), "say": ("said",),
    "bring": ("brought",), "set": ("set",), "hit": ("hit",), "leave": ("left",), "freeze": ("froze", "frozen"),
    "withdraw": ("withdrew", "withdrawn"), "forgive": ("forgave", "forgiven"), "seize": ("seized",),
    "break": ("broke", "broken"), "win": ("won",), "lose": ("lost",), "put": ("put",), "cut": ("cut",),
    "shut": ("shut",), "beat": ("beat", "beaten"), "slay": ("slew", "slain"), "drive": ("drove", "driven"),
    "throw": ("threw", "thrown"), "blow": ("blew", "blown"), "sell": ("sold",), "buy": ("bought",),
    "pay": ("paid",), "lay": ("laid",), "keep": ("kept",), "feel": ("felt",), "find": ("found",),
    "hang": ("hung", "hanged"), "rise": ("rose", "risen"), "undertake": ("undertook", "undertaken"),
    "overthrow": ("overthrew", "overthrown"), "run": ("ran",), "swear": ("swore", "sworn"), "flee": ("fled",),
    "fall": ("fell", "fallen"), "hide": ("hid", "hidden"), "steal": ("stole", "stolen"), "shake": ("shook", "shaken"),
    "forbid": ("forbade", "forbidden"), "withhold": ("withheld",), "uphold": ("upheld",), "rebuild": ("rebuilt",), "gas": ("gassed", "gassing", "gasses"), "bid": ("bid",), "stand": ("stood",), "sign": ("signed",),
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
    if lemma.endswith("ise"):
        forms |= surface_forms(lemma[:-3] + "ize") - {lemma[:-3] + "ize"} | {lemma[:-3] + "ize"}
    return forms
