"""Quantitative facts: money, volumes and shares, what they measure and whom they concern.

1. Quantities are found by patterns built from data/facts/units.yaml: a number with an optional
   scale ("14 billion", "5bn"), a currency symbol or word, a unit ("bcm", "barrels per day",
   "percent"), ranges ("30 billion-38 billion cubic meters") and changes ("rose from $8 billion
   to $11 billion", "fell 5 percent to $2 billion").
2. Attribution uses the dependency parse: the measure is the word (data/facts/measures.yaml) that
   governs the quantity or sits nearest to it; the holder is the actor owning the measure
   ("Germany's investment", "Japanese exports") or the subject of its verb; the counterpart is
   the actor of an "in/to/into/with/from" phrase ("investment in Brazil"); failing both, the
   sentence's actors in order.
3. The period is the year the sentence names ("by the end of 2015", "in 2014", "last year").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from .data import package_file, read_yaml
from .errors import DataError
from .records import ActorMention, Fact, stable_hash

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = r"thousand|million|billion|trillion"
_SCALE_SHORT = r"bn|mn|tn|m|b"
_DASH = r"\s*(?:-|–|—)\s*"  # "to" is left out: "from $8 billion to $11 billion" is a change
_COUNTERPART_PREPS = {"in", "to", "into", "with", "from", "for", "on", "against", "between", "among"}
_MONEY_MEASURES = {"deal value", "price", "cost"}  # a volume is never a deal's value or a price
_UP = {"rise", "grow", "increase", "climb", "jump", "surge", "soar", "expand", "gain", "double", "triple"}
_DOWN = {"fall", "drop", "decline", "decrease", "shrink", "slump", "plunge", "slide", "sink", "contract", "dip", "tumble"}
_YEAR = re.compile(r"\b(?:in|by|during|for|since|of|end of|end-)\s*(?:the\s+)?(?:end of\s+|first half of\s+|second half of\s+)?((?:19|20)\d\d)\b", re.I)
_RELATIVE_YEAR = re.compile(r"\b(last|this|next) year\b", re.I)


@dataclass(frozen=True, slots=True)
class _Quantity:
    start: int  # character offsets in the sentence
    end: int
    value: float
    unit: str
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class _Units:
    regex: re.Pattern
    symbol_to_code: dict[str, str]
    word_to_unit: dict[str, str]
    scales: dict[str, float]
    currencies: frozenset[str]


@lru_cache(maxsize=1)
def _units() -> _Units:
    path = package_file("facts/units.yaml")
    data = read_yaml(path)
    try:
        currencies, units, scales = data["currencies"], data["units"], data["scales"]
    except (TypeError, KeyError) as exc:
        raise DataError(str(path), None, f"needs currencies, units and scales mappings ({exc})") from exc
    symbol_to_code: dict[str, str] = {}
    word_to_unit: dict[str, str] = {}
    for code, spec in currencies.items():
        for sym in spec.get("symbols") or []:
            symbol_to_code[sym] = code
        for word in spec.get("words") or []:
            word_to_unit[word.lower()] = code
    for unit, words in units.items():
        for word in words:
            word_to_unit[str(word).lower()] = unit
    symbols = "|".join(re.escape(s) for s in sorted(symbol_to_code, key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(word_to_unit, key=len, reverse=True))
    qty = rf"(?:{_NUM})(?:\s*(?:{_SCALE_WORDS})\b|(?:{_SCALE_SHORT})\b)?"
    pattern = (
        rf"(?P<sym>{symbols})\s?(?P<q1>{qty})(?:{_DASH}(?:{symbols})?\s?(?P<q2>{qty}))?(?:\s+(?P<sym_word>{words})\b)?"
        rf"|(?<![\w$€£¥])(?P<q3>{qty})(?:{_DASH}(?P<q4>{qty}))?\s*(?:-\s*)?(?P<word>{words})(?!\w)"
    )
    return _Units(
        re.compile(pattern, re.I), symbol_to_code, word_to_unit,
        {k.lower(): float(v) for k, v in scales.items()}, frozenset(currencies),
    )


@lru_cache(maxsize=1)
def _measures() -> list[tuple[str, frozenset[str]]]:
    path = package_file("facts/measures.yaml")
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataError(str(path), None, "expected a mapping of measure: [words]")
    return [(str(k), frozenset(str(w).lower() for w in v)) for k, v in data.items()]


def has_quantity(text: str) -> bool:
    """Cheap test used by the parse prefilter."""
    return bool(_units().regex.search(text))


def find_quantities(text: str) -> list[_Quantity]:
    units = _units()
    out = []
    for m in units.regex.finditer(text):
        if m.group("sym"):
            unit = units.symbol_to_code[m.group("sym")] if m.group("sym") in units.symbol_to_code else \
                units.symbol_to_code.get(m.group("sym").upper(), "USD")
            first, second = m.group("q1"), m.group("q2")
        else:
            unit = units.word_to_unit[m.group("word").lower()]
            first, second = m.group("q3"), m.group("q4")
        high = _value(second, units.scales) if second else None
        low = _value(first, units.scales, default_scale=_scale_of(second, units.scales)) if first else None
        if low is None:
            continue
        if unit == "bcm":
            low, high = low * (1e9 if low < 1e6 else 1), (high * (1e9 if high < 1e6 else 1) if high else None)
            unit = "cubic metres"
        if high is not None:
            out.append(_Quantity(m.start(), m.end(), (low + high) / 2, unit, low, high))
        else:
            out.append(_Quantity(m.start(), m.end(), low, unit))
    return out


def _scale_of(text: str | None, scales: dict[str, float]) -> float | None:
    if not text:
        return None
    m = re.search(rf"({_SCALE_WORDS}|{_SCALE_SHORT})\s*$", text, re.I)
    return scales.get(m.group(1).lower()) if m else None


def _value(text: str, scales: dict[str, float], default_scale: float | None = None) -> float | None:
    m = re.match(rf"({_NUM})\s*({_SCALE_WORDS}|{_SCALE_SHORT})?", text.strip(), re.I)
    if not m:
        return None
    number = float(m.group(1).replace(",", ""))
    scale = scales.get(m.group(2).lower()) if m.group(2) else default_scale
    return number * (scale or 1.0)


def resolve_period(sentence: str, published: date | None) -> str | None:
    m = _YEAR.search(sentence)
    if m:
        return m.group(1)
    m = _RELATIVE_YEAR.search(sentence)
    if m and published is not None:
        return str(published.year + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()])
    return None


class FactExtractor:
    """Facts of parsed sentences, attributed to the actor mentions of the sentence."""

    def __init__(self) -> None:
        self.measures = _measures()

    def extract(
        self, sent: Doc, by_token: dict[int, ActorMention], *, doc_id: str, sentence_idx: int,
        offset: int, published: date | None,
    ) -> list[Fact]:
        text = sent.text
        quantities = find_quantities(text)
        if not quantities:
            return []
        period = resolve_period(text, published)
        # role words with no country ("the companies", "officials") name no one a fact can concern
        by_token = {i: m for i, m in by_token.items() if m.country}
        sentence_actors = _unique(m.code for m in sorted(set(by_token.values()), key=lambda m: m.char_start))
        spans = [sent.char_span(q.start, q.end, alignment_mode="expand") for q in quantities]
        roots = [sp.root if sp is not None else None for sp in spans]
        # "from $8 billion to $11 billion": the "from" quantity is the earlier value of the next one
        earlier = {
            k + 1 for k in range(len(quantities) - 1)
            if text[: quantities[k].start].rstrip().lower().endswith("from")
            and text[quantities[k].end: quantities[k + 1].start].strip().lower() == "to"
        }
        facts = []
        for k, q in enumerate(quantities):
            root = roots[k]
            if root is None or (k + 1) in earlier:
                continue
            previous = quantities[k - 1] if k in earlier else None
            direction = self._direction(root)
            measure_tok, measure = self._measure(root, sent, money=q.unit in _units().currencies)
            actors = self._actors(root, measure_tok, by_token) or sentence_actors
            value, low, high = q.value, q.low, q.high
            if previous is not None:
                low, high = min(previous.value, value), max(previous.value, value)
            facts.append(Fact(
                fact_id=stable_hash(doc_id, sentence_idx, q.start, q.end),
                doc_id=doc_id, sentence_idx=sentence_idx, sentence=text,
                char_start=offset + q.start, char_end=offset + q.end, text=text[q.start:q.end],
                quantity=value, unit=q.unit, low=low, high=high, measure=measure,
                actors=tuple(actors), period=period, direction=direction,
                previous=previous.value if previous is not None else None,
            ))
        return facts

    @staticmethod
    def _direction(root: Token) -> str | None:
        """"up" or "down" when the quantity is the result of a rise or fall."""
        verb = root
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.head is verb:
                break
            verb = verb.head
        lemma = verb.lemma_.lower()
        return "up" if lemma in _UP else "down" if lemma in _DOWN else None

    def _measure(self, root: Token, sent: Doc, money: bool = True) -> tuple[Token | None, str | None]:
        """The word naming what the quantity measures, searched within the quantity's own clause:
        its head words first ("investment ... reached $14 billion", "a $400 billion deal"), then
        what hangs off them ("$100 million of assets"), then the nearest measure word of the clause."""
        chain = [root]
        for tok in root.ancestors:  # up to the clause's verb: "since the rouble lost 40 percent" stays there
            chain.append(tok)
            if tok.pos_ in ("VERB", "AUX") or len(chain) > 5:
                break
        for tok in chain:
            found = self._measure_of(tok, money)
            if found:
                return tok, found
        for tok in chain:
            near = [*tok.children, *(p for c in tok.children if c.dep_ == "prep" for p in c.children)]
            for t in near:
                found = self._measure_of(t, money)
                if found:
                    return t, found
        clause = chain[-1]
        best = None
        for t in clause.subtree:
            found = self._measure_of(t, money)
            if found and (best is None or abs(t.i - root.i) < abs(best[0].i - root.i)):
                best = (t, found)
        return best if best else (None, None)

    def _measure_of(self, tok: Token, money: bool = True) -> str | None:
        words = {tok.lemma_.lower(), tok.lower_}
        # two-word measures are named by a modifier and its noun: "direct investment", "military spending"
        phrases = {f"{c.lower_} {tok.lower_}" for c in tok.children if c.dep_ in ("compound", "amod")}
        measures = [(n, v) for n, v in self.measures if money or n not in _MONEY_MEASURES]
        for name, vocab in measures:
            if phrases & vocab:
                return name
        for name, vocab in measures:
            if words & vocab:
                return name
        return None

    def _actors(self, root: Token, measure_tok: Token | None, by_token) -> list[str]:
        """Codes of the actors a quantity concerns: holder first, then counterparts.

        When the measure word governs the quantity ("exports ... worth $20 billion" has the verb
        or noun above it), its owner ("Japanese exports") is the holder; otherwise the subject of
        the governing verb is ("Japan froze $100 million of Russian assets"), and the measure's
        owner becomes a counterpart. Prepositional phrases (in/to/with/from/between ...) and the
        verb's indirect object ("granted Belarus a loan") name counterparts.
        """
        verb = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if measure_tok is not None and measure_tok.dep_ in ("compound", "amod"):
            measure_tok = measure_tok.head  # "trade surplus with the United States": the phrase's head
        governs = measure_tok is not None and (measure_tok is root or measure_tok in root.ancestors)
        holder: list[str] = []
        counter: list[str] = []
        if measure_tok is not None and governs:
            holder += _owners(measure_tok, by_token)
            counter += _prep_actors(measure_tok, by_token)
        if not holder and verb is not None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                holder += [m.code for t in (subj, *subj.conjuncts) if (m := _mention_in(t, by_token))]
        if measure_tok is not None and not governs:
            owners = _owners(measure_tok, by_token)
            (counter if holder else holder).extend(owners)
            counter += _prep_actors(measure_tok, by_token)
        if verb is not None:
            counter += _prep_actors(verb, by_token)
        counter += _prep_actors(root, by_token)
        return _unique(holder + counter)


def _owners(tok: Token, by_token) -> list[str]:
    """Actors modifying a noun: "Germany's investment", "Japanese exports", "EU sanctions"."""
    return [by_token[c.i].code for c in tok.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in by_token]


def _prep_actors(tok: Token, by_token) -> list[str]:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _COUNTERPART_PREPS:
            for p in c.children:
                for x in (p, *p.conjuncts):  # "trade between Japan and Russia"
                    m = _mention_in(x, by_token)
                    if m is not None:
                        out.append(m.code)
        elif c.dep_ in ("dative", "dobj") and tok.pos_ in ("VERB", "AUX"):
            m = _mention_in(c, by_token)  # "granted Belarus a loan", "cost Russia $40 billion"
            if m is not None:
                out.append(m.code)
    return out


def _mention_in(tok: Token | None, by_token) -> ActorMention | None:
    if tok is None:
        return None
    if tok.i in by_token:
        return by_token[tok.i]
    for t in tok.subtree:
        if t.i in by_token and t.dep_ in ("compound", "amod", "poss", "pobj", "nmod", "appos"):
            return by_token[t.i]
    return None


def _unique(codes) -> list[str]:
    return list(dict.fromkeys(codes))
