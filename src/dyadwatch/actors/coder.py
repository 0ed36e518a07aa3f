"""Actor recognition and coding on tokenizer-only Docs (no parse needed).

1. Named mentions (countries, capitals, seats of power, organisations, people) are found by a
   case-sensitive PhraseMatcher; role terms ("Foreign Minister", "border guards") by a
   case-insensitive one. Overlaps resolve longest-first.
2. A role term takes its country from the left ("Russian Foreign Minister", "Japan's defence
   ministry", "Japanese and Russian officials") or from an "of" phrase on the right ("the Prime
   Minister of Japan"), and absorbs a following name ("Foreign Minister Sergei Lavrov").
3. People are coded for the publication date from a dated list of office holders.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..records import ActorMention
from .dictionary import ActorDictionary, Term

log = logging.getLogger(__name__)

_POSSESSIVE = {"'s", "’s", "'", "’"}
_COORD = {"and", ",", "&"}
_OF_RIGHT = {"of", "from", "in"}  # "the Prime Minister of Japan", "envoys from Canada", "officials in Ankara"
_DETERMINERS = {"the"}
# lower-case words of a field or rank between a country and its role term: "a Chinese trade
# delegation", "Japanese defence officials", "the Iranian top diplomat"
_DOMAIN_WORDS = frozenset({
    "trade", "business", "economic", "economy", "financial", "finance", "peace", "security", "defence",
    "defense", "foreign", "senior", "top", "military", "naval", "government", "border", "health", "energy",
    "oil", "gas", "nuclear", "climate", "aid", "relief", "election", "electoral", "customs", "immigration",
    "coast", "local", "regional", "provincial", "federal", "central", "intelligence", "navy", "army", "air",
    "space", "fisheries", "agriculture", "farm", "labour", "labor", "education", "justice", "interior",
    "environment", "environmental", "investment", "industry", "transport", "infrastructure", "commerce",
    "tourism",
    # rank, standing and kind (no verb forms: "China detained scholars"): "Chinese state media",
    # "Sudan's warring generals", "Israel's new ambassador"
    "state", "owned", "run", "private", "national", "main", "major", "largest", "biggest", "leading",
    "warring", "ruling", "new", "interim", "transitional", "caretaker", "acting", "rival", "hardline",
    "construction", "factory", "steel", "mining", "rail", "railway", "port", "dock", "textile", "medical",
    "humanitarian", "charity", "aid",
})
# field words that make officials and leaders military ones
_MILITARY_FIELD = {"military", "army", "navy", "naval"}
_MAX_GAP = 3  # title-case words allowed between a country and its role term ("Russian Pacific Fleet")
_TITLE_ROLES_ABSORB_NAMES = True
UNKNOWN_COUNTRY = "---"
_FOREIGN_PRONE_ROLES = {"MIL", "GOV", "SPY", "IGO"}  # often stationed or acting abroad  # CAMEO's code for an actor whose country the text does not give


class ActorCoder:
    """Finds and codes actor mentions in a Doc made by the tokenizer alone."""

    def __init__(self, nlp, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._named = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._terms: dict[str, list[Term]] = {}
        self._add(nlp, self._named, dictionary.named, with_capitalised_article=True)
        self._add(nlp, self._agents, dictionary.agents, with_capitalised_article=False)
        # names in odd case: a shouted headline ("RUSSIA IMPOSES SANCTIONS ON JAPAN") or a typo
        # ("iSrael"); ordinary lower case is left alone ("turkey", "chad", "may" are words)
        self._named_anycase = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._places = frozenset(t.text.lower() for t in dictionary.named if t.kind == "country")
        for key, bucket in self._terms.items():
            if bucket[0].kind != "agent":
                self._named_anycase.add(key, list(nlp.tokenizer.pipe([key.split("|", 1)[1]])))

    def _add(self, nlp, matcher: PhraseMatcher, terms: Sequence[Term], *, with_capitalised_article: bool) -> None:
        by_text: dict[str, list[Term]] = {}
        for term in terms:
            texts = [term.text]
            if with_capitalised_article and term.text.startswith("the "):
                texts.append("The " + term.text[4:])
            # typographic apostrophes: "Sudan People’s Liberation Army", "Côte d’Ivoire"
            texts += [t.replace("'", "\u2019") for t in texts if "'" in t]
            for text in texts:
                bucket = by_text.setdefault(text, [])
                if term.kind == "person" or not bucket:
                    bucket.append(term)
                elif bucket[0].country != term.country:
                    # a later file (a user's) overrides an earlier entry for the same text
                    log.debug("alias %r: %s overrides %s", text, term.entry, bucket[0].entry)
                    bucket[:] = [term]
        for text, bucket in by_text.items():
            key = f"{bucket[0].kind}|{text}"
            self._terms[key] = bucket
            matcher.add(key, list(nlp.tokenizer.pipe([text])))

    # ------------------------------------------------------------------ matching
    def mentions(
        self, doc: Doc, sentences: Sequence[tuple[int, int]] = (), pub_date: date | None = None
    ) -> list[ActorMention]:
        """All actor mentions of ``doc``, in text order."""
        named = [
            span for span in filter_spans(Span(doc, s, e, label=k) for k, s, e in self._named_matches(doc))
            if self._kind(span) != "place" and not _partisan_prefix(doc, span.start)
        ]
        named_at: dict[int, Span] = {}
        for span in named:
            for i in range(span.start, span.end):
                named_at[i] = span
        agents = [
            span
            for span in filter_spans(Span(doc, s, e, label=k) for k, s, e in self._agents(doc))
            if not any(i in named_at for i in range(span.start, span.end)) and not _territory_modifier(doc, span.end)
        ]
        sent_of = _sentence_index(len(doc), sentences)
        out: list[ActorMention] = []
        used: set[int] = set()  # start tokens of named spans consumed by a composite mention
        for agent in agents:
            out.extend(self._compose(doc, agent, named_at, used, pub_date, sent_of))
        for span in named:
            if span.start in used:
                continue
            term = self._pick(span, pub_date)
            role, entry = term.role, term.entry
            if term.kind == "person" and (not _in_office(term, pub_date) or _former(doc, span.start)):
                # out of office on the story date: the person's country, not its government
                # ("former president Obama" in 2018; an opposition leader before taking office)
                role, entry = None, entry + "+out_of_office"
            out.append(self._mention(doc, span.start, span.end, term, role, entry, sent_of))
        out.extend(self._surname_mentions(doc, out, sent_of))
        # a dateline names where the story was filed and who filed it, no actor of it
        # ("MOSCOW (Reuters) -"; see split_datelines)
        lines = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in sentences
                 if self._dateline(doc, s, e) == e]
        out = [m for m in out if not any(a <= m.char_start and m.char_end <= b for a, b in lines)]
        out.sort(key=lambda m: (m.char_start, m.char_end))
        out = _residents(doc, out)
        out = _share_coordinated_owner(doc.text, out)
        out = _possessive_owner(doc, out)
        out = _resolve_state_roles(out)
        return out

    def _compose(self, doc, agent: Span, named_at, used, pub_date, sent_of) -> list[ActorMention]:
        agent_term = self._terms[doc.vocab.strings[agent.label]][0]
        role = agent_term.role
        # (never across a sentence or dateline: "CARTAGENA, Colombia - President Santos")
        owners = [o for o in self._owners_left(doc, agent, named_at)
                  if not sent_of or sent_of[o.start] == sent_of[agent.start]]
        end = agent.end
        possessed = agent.start > 0 and doc[agent.start - 1].lower_ in ("its", "their")
        if not owners:
            owners = self._owners_right(doc, agent, named_at, role, used)
            if owners and possessed and doc[agent.end].lower_ in ("from", "in"):
                # "withdraw its forces from Ukraine": the place they leave or stand in is not
                # their owner (see _possessive_owner)
                for o in owners:
                    used.discard(o.start)
                owners = []
            if owners:
                end = owners[-1].end
        # a following name belongs to the title: "Foreign Minister Sergei Lavrov"
        name = None
        person = None
        nxt = named_at.get(end)
        if nxt is not None and self._terms[doc.vocab.strings[nxt.label]][0].kind == "person":
            person = self._pick(nxt, pub_date)
            name = person.name
            used.add(nxt.start)
            end = nxt.end
        elif _TITLE_ROLES_ABSORB_NAMES and role == "GOV":
            j = end
            while j < len(doc) and j - end < 3 and doc[j].is_title and doc[j].is_alpha and j not in named_at:
                j += 1
            if j > end and not doc[end].is_sent_start:
                name = doc[end:j].text
                end = j
        if not owners and person is not None:
            # "Defense Minister Itsunori Onodera": the person's dated office gives the code; out of
            # office on the story date, or called former, the person's country alone
            if not _in_office(person, pub_date) or _former(doc, agent.start):
                return [self._mention(doc, agent.start, end, person, None, person.entry + "+out_of_office", sent_of)]
            return [self._mention(doc, agent.start, end, person, person.role, person.entry, sent_of)]
        if not owners:
            # a role with no country in reach: CAMEO's unknown-country code ("insurgents" -> ---REB)
            return [self._mention(doc, agent.start, end, agent_term, role, agent_term.entry, sent_of, name=name)]
        mentions = []
        for k, owner in enumerate(owners):
            term = self._pick(owner, pub_date)
            used.add(owner.start)
            adjacent = k == len(owners) - 1 and owner.end <= agent.start
            start, stop = (owner.start, end) if adjacent else (owner.start, owner.end)
            if owner.start > agent.start:  # "the Prime Minister of Japan", "envoys from Canada and Turkey"
                start, stop = (agent.start, owner.end) if k == 0 else (owner.start, owner.end)
            # organisations keep their own code: "Gazprom officials" stay RUSBUS, "NATO troops" NATO
            own_role = role if term.kind in ("country", "person") else term.role
            if own_role == "REB" and role == "GOV" and agent.text.lower().split()[-1] in _RULING:
                own_role = "GOV"  # a group that rules: "the Taliban government"
            if own_role == "GOV" and owner.end <= agent.start and any(
                    t.lower_ in _MILITARY_FIELD for t in doc[owner.end:agent.start]):
                own_role = "MIL"  # "Myanmar's military leaders", "Syrian army officials"
            if term.kind == "person":
                term = Term(term.text, "country", term.country, None, f"person:{term.name}")
            mentions.append(
                self._mention(
                    doc, start, stop, term, own_role, f"{term.entry}+{agent_term.entry}", sent_of, name=name
                )
            )
        return mentions

    def _owners_left(self, doc, agent: Span, named_at) -> list[Span]:
        owners: list[Span] = []
        i = agent.start - 1
        gap = 0
        while i >= 0:
            tok = doc[i]
            span = named_at.get(i)
            if span is not None:
                if self._kind(span) == "person":
                    # "Abe's government", "the Obama administration": the person's country owns the role
                    if not owners and (span.end == agent.start or doc[span.end].text in _POSSESSIVE):
                        owners.insert(0, span)
                    break
                owners.insert(0, span)
                i = span.start - 1
                gap = 0
                continue
            if tok.text in _POSSESSIVE or tok.text == "-":
                i -= 1
                continue
            if owners and tok.lower_ in _COORD and i - 1 >= 0 and (i - 1) in named_at:
                i -= 1
                continue
            if not owners and gap < _MAX_GAP + 2 and (
                    tok.is_title and tok.is_alpha and not tok.is_sent_start or tok.text in _DOMAIN_WORDS
                    or _model_designation(doc, i)):
                gap += 1
                i -= 1
                continue
            break
        return owners

    def _owners_right(self, doc, agent: Span, named_at, role: str | None = None, used=None) -> list[Span]:
        i = agent.end
        if i >= len(doc) or doc[i].lower_ not in _OF_RIGHT:
            return []
        prep = doc[i].lower_
        i += 1
        if i < len(doc) and doc[i].lower_ in _DETERMINERS and i not in named_at:
            i += 1
        # descriptive words before the owner: "dissidents from communist-ruled Laos", "refugees
        # from war-torn Syria", "officials from neighbouring Iraq"
        k = i
        while k < len(doc) and k - i < 4 and k not in named_at and (
                doc[k].text == "-" or doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop):
            k += 1
        if k > i and k in named_at and doc[k - 1].text != "-":
            i = k
        owners: list[Span] = []
        while i < len(doc) and i in named_at:
            span = named_at[i]
            term = self._terms[doc.vocab.strings[span.label]][0]
            if term.kind == "person":
                break
            # "officials in Ankara" name Turkey's government and "rebels in Yemen" Yemeni rebels, but
            # "troops in Syria" need not be Syrian: for armed forces and governments, capitals only
            if prep == "in" and role in _FOREIGN_PRONE_ROLES and not term.entry.endswith((":capital", ":seat")):
                break
            if i + 1 < len(doc) and doc[span.end].text in _POSSESSIVE and (span.end + 1) in named_at:
                # "leaders of Somalia's al-Shabaab": the possessed organisation owns the role
                if used is not None:
                    used.add(span.start)
                i = span.end + 1
                continue
            owners.append(span)
            i = span.end
            if i + 1 < len(doc) and doc[i].lower_ in _COORD and (i + 1) in named_at:
                i += 1
        return owners

    @staticmethod
    def _surname_mentions(doc: Doc, mentions: list[ActorMention], sent_of) -> list[ActorMention]:
        """Later surname-only mentions of a person named in full earlier in the document
        ("Foreign Minister Sergei Lavrov ... Lavrov said") take that person's code."""
        first: dict[str, ActorMention] = {}
        for m in sorted(mentions, key=lambda m: m.char_start):
            parts = (m.name or "").split()
            if len(parts) >= 2 and m.code and parts[-1][:1].isupper():
                first.setdefault(parts[-1], m)
        if not first:
            return []
        covered = set()
        for m in mentions:
            covered.update(range(m.char_start, m.char_end))
        out = []
        for tok in doc:
            m = first.get(tok.text)
            if m is None or tok.idx < m.char_end or tok.idx in covered:
                continue
            out.append(ActorMention(
                text=tok.text, char_start=tok.idx, char_end=tok.idx + len(tok.text), code=m.code,
                country=m.country, role=m.role, entry=f"{m.entry}+surname", name=m.name,
                sentence_idx=sent_of[tok.i] if sent_of else -1,
            ))
        return out

    def split_datelines(self, doc: Doc, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Sentences with a dateline at their start split in two: the dateline ("MOSCOW, March 3
        (Reuters) -", "GAZA CITY, Palestinian Territories:") and the sentence proper, which the
        parser then reads without it."""
        out = []
        for s, e in sentences:
            d = self._dateline(doc, s, e)
            out += [(s, d), (d, e)] if s < d < e else [(s, e)]
        return out

    def _dateline(self, doc: Doc, start: int, end: int) -> int:
        """The end of a dateline at ``start``: a place in capitals (a known place, or any capitals
        before an agency in parentheses), maybe a region and a date, then a colon or dash;
        ``start`` if there is none."""
        j = start
        while j < end and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) >= 3 and j - start < 4:
            j += 1
        if j == start:
            return start
        place = doc[start:j].text.lower()
        while j < end and j - start < 12 and (doc[j].text in {",", "."} or doc[j].like_num or doc[j].is_title):
            j += 1
        # "CARTAGENA, Colombia -": an unknown town dated by the country after it
        region = doc[start:j].text.split(",")[1].strip().lower() if "," in doc[start:j].text else ""
        agency = region in self._places
        if j < end and doc[j].text == "(":
            close = next((k for k in range(j + 1, min(end, j + 6)) if doc[k].text == ")"), None)
            if close is None:
                return start
            j, agency = close + 1, True
        if j < end and doc[j].text in _DATELINE_ENDS and (agency or place in self._places):
            return j + 1
        return start

    def _named_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        exact = self._named(doc)
        if not any(_odd_case(t) for t in doc):
            return exact
        taken = {i for _, s, e in exact for i in range(s, e)}
        variants = [
            (k, s, e) for k, s, e in self._named_anycase(doc)
            if not taken.intersection(range(s, e)) and all(_odd_case(t) or not t.is_alpha for t in doc[s:e])
            # a shouted single word that is a person's name may be a word ("MAY", "BUSH")
            and not (e - s == 1 and doc[s].is_upper and self._terms[doc.vocab.strings[k]][0].kind == "person")
        ]
        return exact + variants

    def _kind(self, span: Span) -> str:
        return self._terms[span.doc.vocab.strings[span.label]][0].kind

    def _pick(self, span: Span, pub_date: date | None) -> Term:
        terms = self._terms[span.doc.vocab.strings[span.label]]
        if len(terms) == 1 or pub_date is None:
            return max(terms, key=lambda t: t.start or date.min) if pub_date is None else terms[0]
        for term in terms:
            if (term.start is None or term.start <= pub_date) and (term.end is None or pub_date <= term.end):
                return term
        # nobody held the office on that date: the nearest term (an open term is far from a date
        # before its start)
        def distance(t: Term) -> int:
            if t.start is not None and pub_date < t.start:
                return (t.start - pub_date).days
            return (pub_date - t.end).days if t.end is not None and pub_date > t.end else 0

        return min(terms, key=distance)

    @staticmethod
    def _mention(doc, start, end, term: Term, role, entry, sent_of, name=None) -> ActorMention:
        span = doc[start:end]
        country = term.country
        code = country + (role or "") if country else UNKNOWN_COUNTRY + (role or "")
        return ActorMention(
            text=span.text, char_start=span.start_char, char_end=span.end_char, code=code,
            country=country, role=role, entry=entry, sentence_idx=sent_of[start] if sent_of else -1,
            name=name or term.name,
        )


def _former(doc: Doc, start: int) -> bool:
    """Whether the title or name at ``start`` is called former ("former President Bolsonaro",
    "ex-president Trump"): the person holds no office the story speaks of."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return bool(before) and (before[-1] in ("former", "ex", "ex-", "erstwhile") or before[-2:] == ["ex", "-"])


def _sentence_index(n_tokens: int, sentences: Sequence[tuple[int, int]]) -> list[int]:
    index = [-1] * n_tokens
    for k, (s, e) in enumerate(sentences):
        for i in range(s, e):
            index[i] = k
    return index


_HELD = {"held", "controlled", "occupied", "run", "administered", "dominated", "ruled", "governed"}


_DATELINE_ENDS = {":", "-", "--", "\u2014", "\u2013"}


def _odd_case(tok) -> bool:
    """A word in a case no name is written in: capitals inside a word ("iSrael"), or capitals in a
    run of shouted words ("RUSSIA IMPOSES SANCTIONS")."""
    text = tok.text
    if not tok.is_alpha or len(text) < 2:
        return False
    if not tok.is_upper:
        return any(c.isupper() for c in text[1:]) and not text[1:].isupper()
    if len(text) < 3:
        return False
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) >= 2
               for j in (tok.i - 1, tok.i + 1))


def _territory_modifier(doc: Doc, end: int) -> bool:
    """A role word that describes a place, not an actor: "an army-held district",
    "rebel-controlled areas"."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _HELD


def _partisan_prefix(doc: Doc, start: int) -> bool:
    """True for "pro-Russian", "anti-American": the name qualifies a stance, not an owner; and
    for a part of the continent ("Central American", "Latin American"): "the Central American
    country" is not the United States."""
    if start >= 1 and doc[start].lower_ in ("american", "americans") and doc[start - 1].lower_ in _AMERICAS:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti")


_RULING = {"government", "administration", "regime", "cabinet"}
_AMERICAS = {"central", "south", "latin", "north", "pan", "meso"}  # parts of the continent


# Roles of the state itself: when a sentence names one country only, "the president", "the
# parliament", "riot police" with no country of their own belong to it ("President Omar
# al-Bashir shortened the curfew in Sudan" -> SDNGOV), and so do its opposition and unions
# ("protesters rallied in Seoul" -> KOROPP), as do its clerics. Other roles (rebels, troops, civilians)
# are often foreign to the country named, so they keep the unknown-country code.
STATE_ROLES = {"GOV", "LEG", "JUD", "COP", "OPP", "LAB", "REL"}


_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?$")
_TERM_SLACK = 60  # days around a term still counted in office (dates in news are loose)


def _in_office(term: Term, when: date | None) -> bool:
    if when is None:
        return True
    from datetime import timedelta

    slack = timedelta(days=_TERM_SLACK)
    return (term.start is None or term.start - slack <= when) and (term.end is None or when <= term.end + slack)


def _model_designation(doc: Doc, i: int) -> bool:
    """A weapon's or aircraft's designation: "Tu-95", "Su-27", "S-400", "J-20" (one token, or
    split at the hyphen)."""
    text = doc[i].text
    if _DESIGNATION.match(text):
        return True
    if text == "-":
        return 0 < i < len(doc) - 1 and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isdigit()
    return (text[:1].isdigit() and i > 0 and doc[i - 1].text == "-") or (
        text[:1].isupper() and len(text) <= 3 and i + 1 < len(doc) and doc[i + 1].text == "-")


def _residents(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Ethnic groups are coded by the country they live in, as CAMEO codes minorities:
    "Bosnian Serbs" are Bosnia's (BIH), "ethnic Albanians in Macedonia" Macedonia's."""
    starts = {t.idx: t.i for t in doc}
    out: list[ActorMention] = []
    for k, m in enumerate(mentions):
        prev = out[-1] if out else None
        demonym = m.entry.startswith("country:") and m.entry.endswith(":demonym")
        if demonym and prev is not None and prev.entry.endswith(":demonym") and prev.role is None \
                and doc.text[prev.char_end:m.char_start] == " " and m.text.endswith("s"):
            # "Bosnian Serbs", "Iraqi Kurds": one group, living in the first country
            out[-1] = dataclasses.replace(prev, char_end=m.char_end, text=doc.text[prev.char_start:m.char_end],
                                          entry=prev.entry + "+residents")
            continue
        i = starts.get(m.char_start)
        if (demonym or "demonym+agent" in m.entry) and i is not None and i > 0 and doc[i - 1].lower_ == "ethnic":
            # the country they live in, if named right after: "ethnic Albanians in Macedonia"
            home = next((n for n in mentions[k + 1:k + 2] if n.country and n.entry.startswith("country:")
                         and n.role is None and doc.text[m.char_end:n.char_start].strip().split()[:1] in (["in"], ["of"])
                         and len(doc.text[m.char_end:n.char_start].split()) <= 4), None)
            if home is not None:
                m = dataclasses.replace(m, country=home.country, code=home.country + (m.role or ""),
                                        entry=m.entry + "+residents")
        out.append(m)
    return out


def _possessive_owner(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A role after "its"/"their" belongs to the nearest actor with a country before it in the
    sentence, if that actor is no rebel or opposition group: "Russia said its troops would stay"
    (RUSMIL); "the Colombian rebels demobilized their fighters" keeps ---MIL."""
    out: list[ActorMention] = []
    starts = {t.idx: t.i for t in doc}
    for m in mentions:
        i = starts.get(m.char_start)
        if m.country is None and m.role and i is not None and i > 0 and doc[i - 1].lower_ in ("its", "their"):
            owner = next((p for p in reversed(out) if p.sentence_idx == m.sentence_idx and p.country), None)
            if owner is not None and owner.role not in _ADVERSE_ROLES:  # a state's, not a rebel group's
                m = dataclasses.replace(m, country=owner.country, code=owner.country + m.role,
                                        entry=m.entry + "+possessive")
        out.append(m)
    return out


# roles often on the other side of a state's: "Russian troops and rebels clashed"
_ADVERSE_ROLES = {"REB", "OPP", "UAF", "CRM"}


def _share_coordinated_owner(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A role coordinated right after a country's role shares that country: "Russian officials
    and lawmakers", "Chinese diplomats or journalists"."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.country is None and m.role and m.role not in _ADVERSE_ROLES
                and prev.country and prev.role
                and "+agent:" in prev.entry and m.entry.startswith("agent:") and prev.sentence_idx == m.sentence_idx
                and text[prev.char_end:m.char_start] in (" and ", " or ", ", ", ", and ")):
            m = dataclasses.replace(m, country=prev.country, code=prev.country + m.role, entry=m.entry + "+coordinated")
        out.append(m)
    return out


def _resolve_state_roles(mentions: list[ActorMention]) -> list[ActorMention]:
    countries: dict[int, set[str]] = {}
    for m in mentions:
        if m.country and not m.country.startswith("IGO"):
            countries.setdefault(m.sentence_idx, set()).add(m.country)
    out = []
    for m in mentions:
        only = countries.get(m.sentence_idx, set())
        if m.country is None and m.role in STATE_ROLES and len(only) == 1:
            (country,) = only
            m = dataclasses.replace(m, country=country, code=country + m.role, entry=m.entry + "+sentence_country")
        out.append(m)
    return out
