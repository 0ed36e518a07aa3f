"""The event coder: parsed sentences + actor mentions -> Event records.

For each predicate token that a rule names (a verb lemma, optionally with its object noun),
the source is the grammatical subject (the "by" agent in the passive, the controller for
"agreed to meet"), the targets are found in the slots the rule lists, and coordination
("Japan and Russia") expands to every member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from ..records import ActorMention, Event, Location
from .codebook import CameoCode, load_codebook
from .dates import resolve_date
from .issues import IssueTagger
from .modality import predicate_mode
from .rules import Rule, load_rules, surface_forms

# dependency labels that stay inside an actor's noun phrase
_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "det", "case", "nummod", "flat", "npadvmod", "punct"}
_SUBJECT_DEPS = ("nsubj", "csubj")
_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
_LOCATION_PREPS = {"in", "at"}
_PRONOUNS = {"it", "they", "he", "she", "we", "its"}
# modifier dependencies whose coordination names several actors: "Chinese and Indian officials"
_COORDINATED_MODIFIERS = {"amod", "compound", "nmod", "poss"}


@dataclass(frozen=True, slots=True)
class _Arg:
    mention: ActorMention
    token: Token


class EventCoder:
    def __init__(self, user_dirs: Sequence[str] = ()) -> None:
        self.rules = load_rules(user_dirs)
        self.codebook = load_codebook()
        self.issues = IssueTagger(user_dirs)
        self._by_verb: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for verb in rule.verbs:
                self._by_verb.setdefault(verb, []).append(rule)
        forms: set[str] = set()
        for rule in self.rules:
            for lemma in (*rule.verbs, *rule.objects):
                forms |= surface_forms(lemma)
        self.cue_forms = frozenset(forms)

    # --------------------------------------------------------------- per sentence
    def code_sentence(
        self,
        sent: Doc,
        mentions: Sequence[ActorMention],
        *,
        doc_id: str,
        sentence_idx: int,
        offset: int,
        published: date | None,
    ) -> list[Event]:
        """Events of one parsed sentence. ``offset`` is the sentence's start in the document."""
        by_token = self._align(sent, mentions, offset)
        if not by_token:
            return []
        text = sent.text
        when, precision, origin = resolve_date(text, published)
        tags = self.issues.tags(text)
        events: dict[str, Event] = {}
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX", "NOUN") and tok.tag_ not in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"):
                continue
            rules = self._by_verb.get(tok.lemma_.lower()) or self._by_verb.get(tok.lower_)
            if not rules or tok.pos_ == "NOUN" and tok.dep_ not in ("ROOT", "conj", "xcomp", "ccomp"):
                continue
            for rule in rules:
                found = self._apply(rule, tok, by_token)
                if found is None:
                    continue
                obj, pairs = found
                mode = predicate_mode(tok, obj)
                cameo = self.codebook[rule.cameo]
                location = self._location(tok, by_token)
                for src, tgt in pairs:
                    event = self._event(
                        rule, cameo, src, tgt, mode, doc_id, sentence_idx, offset, sent, text,
                        when, precision, origin, tags, location,
                    )
                    events.setdefault(event.event_id, event)
                break  # one rule per predicate: the most specific that fires
        return list(events.values())

    def _apply(self, rule: Rule, verb: Token, by_token) -> tuple[Token | None, list[tuple[_Arg, _Arg]]] | None:
        passive = any(c.dep_ in _PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
        obj = None
        if rule.objects:
            candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
            candidates += [cc for c in candidates for cc in c.conjuncts]
            obj = next((c for c in candidates if c.lemma_.lower() in rule.objects), None)
            if obj is None:
                return None
        sources = self._sources(verb, passive, by_token)
        if not sources:
            return None
        targets: list[_Arg] = []
        for slot in rule.targets:
            for head in (verb, obj):
                if head is None:
                    continue
                targets.extend(self._slot(head, slot, passive, obj, by_token))
            if targets:
                break
        pairs = [(s, t) for s in sources for t in targets if s.mention.code != t.mention.code]
        if not targets and rule.reciprocal and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a.mention.country != b.mention.country]
        return (obj, pairs) if pairs else None

    def _sources(self, verb: Token, passive: bool, by_token) -> list[_Arg]:
        tok = verb
        for _ in range(4):
            if passive:
                for c in tok.children:
                    if c.dep_ == "agent":
                        return self._actors_in(next((p for p in c.children if p.dep_ == "pobj"), None), by_token)
            else:
                subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
                if subj is not None:
                    found = self._actors_in(subj, by_token)
                    if found or subj.lower_ not in _PRONOUNS:
                        return found
                    # "Japan denied that it had imposed ...": a pronoun subject of a
                    # subordinate clause stands for the subject of the governing clause
                    if tok.dep_ in ("ccomp", "advcl", "conj", "xcomp") and tok.head is not tok:
                        tok = tok.head
                        passive = any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in tok.children)
                        continue
                    return []
            # no subject here: inherit from the governing verb ("agreed to meet", "met and discussed")
            if tok.dep_ in ("xcomp", "conj") and tok.head is not tok:
                tok = tok.head
                passive = any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in tok.children)
                continue
            if tok.dep_ in ("relcl", "acl") and tok.head is not tok:
                return self._actors_in(tok.head, by_token)
            break
        return []

    def _slot(self, head: Token, slot: str, passive: bool, obj: Token | None, by_token) -> list[_Arg]:
        if slot in ("dobj", "iobj"):
            deps = ("nsubjpass",) if passive and slot == "dobj" and obj is None else (slot,)
            return [a for c in head.children if c.dep_ in deps and c is not obj for a in self._actors_in(c, by_token)]
        out: list[_Arg] = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == slot:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(self._actors_in(p, by_token))
        return out

    def _actors_in(self, tok: Token | None, by_token) -> list[_Arg]:
        """Actors named by the noun phrase headed by ``tok`` and its conjuncts."""
        if tok is None:
            return []
        out: list[_Arg] = []
        for head in (tok, *tok.conjuncts):
            found = [self._np_actor(head, by_token)]
            for mod in head.children:
                if mod.dep_ in _COORDINATED_MODIFIERS and mod.conjuncts:
                    found += [self._np_actor(m, by_token) for m in (mod, *mod.conjuncts)]
            for arg in found:
                if arg is not None and all(arg.mention is not o.mention for o in out):
                    out.append(arg)
        return out

    def _np_actor(self, head: Token, by_token) -> _Arg | None:
        if head.i in by_token:
            return _Arg(by_token[head.i], head)
        # breadth-first through the noun phrase: the nearest mention to the head wins
        frontier = [head]
        seen = {head.i}
        while frontier:
            nxt = []
            for tok in frontier:
                for c in tok.children:
                    if c.i in seen:
                        continue
                    seen.add(c.i)
                    ok = c.dep_ in _NP_DEPS or (c.dep_ == "prep" and c.lower_ == "of") or (
                        c.dep_ == "pobj" and tok.lower_ == "of"
                    )
                    if not ok:
                        continue
                    if c.i in by_token:
                        return _Arg(by_token[c.i], head)
                    nxt.append(c)
            frontier = nxt
        return None

    def _location(self, verb: Token, by_token) -> Location | None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS:
                for p in c.children:
                    m = by_token.get(p.i)
                    if p.dep_ == "pobj" and m is not None and ":capital" in m.entry:
                        return Location(name=m.text, country=m.country)
        return None

    @staticmethod
    def _align(sent: Doc, mentions: Sequence[ActorMention], offset: int) -> dict[int, ActorMention]:
        """Token index (in the sentence Doc) -> the mention covering it."""
        by_token: dict[int, ActorMention] = {}
        for m in mentions:
            span = sent.char_span(m.char_start - offset, m.char_end - offset, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                by_token.setdefault(t.i, m)
        return by_token

    def _event(self, rule, cameo: CameoCode, src: _Arg, tgt: _Arg, mode, doc_id, sentence_idx, offset, sent, text, when, precision, origin, tags, location) -> Event:
        s, t = src.mention, tgt.mention
        return Event(
            event_id=Event.make_id(doc_id, sentence_idx, s.code, t.code, cameo.code),
            doc_id=doc_id, sentence_idx=sentence_idx, char_start=offset, char_end=offset + len(text),
            sentence=text, date=when, date_precision=precision, source=s.code, target=t.code,
            source_country=s.country, target_country=t.country, source_text=s.text, target_text=t.text,
            cameo=cameo.code, cameo_root=cameo.root, plover=cameo.plover, quad_class=cameo.quad_class,
            goldstein=cameo.goldstein, mode=mode, issues=tags, location=location, rule=rule.id,
            date_from=origin,
        )
