"""The event coder: parsed sentences + actor mentions -> Event records.

For each predicate a rule names, the source is the grammatical subject (the "by" agent in the
passive, the controller in "agreed to meet", the subject of the governing clause for a pronoun),
the targets are found in the slots the rule lists, and coordination ("Japan and Russia",
"Chinese and Indian officials") expands to every member.

Verb rules come first, most specific first; a verb that fires consumes its to-infinitive
complement ("threatened to attack" is a threat, not an attack) and its object noun. Nominal
rules then fire on the event nouns left ("talks between X and Y", "Canada's embargo on Iran",
"Japan held talks with Russia" through a light verb).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from ..data import package_file, read_yaml
from ..records import ActorMention, Event, Location
from .codebook import CameoCode, intent_code, load_codebook, refusal_code
from .dates import resolve_date
from .issues import IssueTagger
from .modality import conditional_announcement, nominal_mode, predicate_mode, ASKING_VERBS, refused, stopped
from .rules import Rule, load_rules, surface_forms

# dependency labels that stay inside an actor's noun phrase
_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "det", "case", "nummod", "flat", "npadvmod", "punct"}
_SUBJECT_DEPS = ("nsubj", "csubj")
_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_LOCATION_PREPS = {"in", "at"}
_PRONOUNS = {"it", "they", "he", "she", "we", "its"}
# modifier dependencies whose coordination names several actors: "Chinese and Indian officials"
_COORDINATED_MODIFIERS = {"amod", "compound", "nmod", "poss"}
_SLOTS, _NEAREST, _OPEN = 0, 1, 2
# reported violence: "Israel said Hamas fired rockets" is Israel accusing Hamas (CAMEO convention)
_VIOLENT_ROOTS = {"18", "19", "20"}
_REPORT_VERBS = {"say", "claim", "allege", "charge", "report", "insist", "state", "assert", "add", "tell", "announce"}
_ACCUSE = Rule(id="reported.accusation", cameo="112",
               note="an actor that reports another's violence accuses it (112)")
_CLAIM = Rule(id="reported.claim", cameo="015",
              note="an actor that reports its own violence claims responsibility for it (015)")
# heads that an event noun can modify without changing the event: "mediation mission", "peace effort"
_RELATIVES = {"that", "which", "who", "whom"}
_ASKING = ASKING_VERBS - {"demand"}
_CROWDS = {"thousand", "hundred", "dozen", "million", "ten", "score", "number", "group", "team", "crowd",
           "contingent", "unit", "batch", "handful", "couple"}
_FACE_VERBS = {"face", "incur", "suffer", "meet", "risk"}  # "warned that it would face sanctions"
_FLOWS = {"export", "import", "shipment", "sale", "delivery", "supply", "flight", "flow", "transfer", "trade",
          "travel", "visa", "investment", "remittance", "transit"}
# nouns that name again an organisation named before ("NATO's chief said the alliance would ...")
_IGO_WORDS = {"alliance", "bloc", "organisation", "organization", "union", "grouping", "body", "agency", "fund",
              "court", "council", "commission"}
# nouns of things said, whose "from" phrase names the speaker ("appeals from London")
_VOICED = {"appeal", "call", "demand", "request", "plea", "criticism", "condemnation", "protest", "complaint",
           "pressure", "warning", "threat", "ultimatum", "offer", "proposal", "invitation", "accusation", "praise",
           "support", "assurance", "apology", "condolence", "objection", "rebuke"}
# nouns that sum up the act of the clause they stand beside ("..., a move Warsaw called retaliation")
_REFERRING = {"move", "step", "decision", "measure", "action", "claim", "charge", "accusation", "demand", "gesture",
              "apology", "remark", "concession", "overture",
              "proposal", "plan", "policy", "announcement", "statement", "remark", "comment", "call", "request",
              "offer", "deal", "agreement", "attack", "strike", "raid", "incident", "act", "order"}
# verbs whose object does what their to-infinitive says ("prompted Maduro to break off ties")
# (not verbs of command: "ordered La Prensa to suspend publication" is the orderer's act in CAMEO)
_OBJECT_CONTROL = {"prompt", "lead", "spur", "persuade", "convince", "cause", "encourage", "allow", "permit",
                   "enable", "help", "invite", "provoke", "inspire", "move", "trigger"}
# weapons that name how someone was killed (CAMEO: 183 bombing, 194 artillery and tanks, 195
# aerial weapons incl. missiles and drones)
_WEAPONS = {"bomb": "183", "explosive": "183", "grenade": "183", "shell": "194", "mortar": "194",
            "artillery": "194", "howitzer": "194", "tank": "194", "missile": "195", "rocket": "195",
            "drone": "195", "warplane": "195", "jet": "195"}
_STATE_ROLES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}  # a person's own state's institutions
_GENERIC_HEADS = {"mission", "effort", "bid", "campaign", "initiative", "attempt", "process", "drive", "plan",
                  "operation", "programme", "program", "deal", "agreement", "talks", "package"}
# subjects that are weapons or blasts, not agents: "an explosion killed two youths"
_BLASTS = {"explosion", "blast", "bomb", "bombing", "device", "mine", "rocket", "shell", "missile", "mortar",
           "grenade", "attack", "strike", "raid", "fire", "gunfire", "shelling", "landmine", "ied", "drone"}
# role words that as a compound describe rather than own: "military exercises", "police station"
_DESCRIPTIVE_ROLES = {"military", "police", "army", "security", "government", "state", "defence", "defense",
                      "navy", "naval", "air", "intelligence", "judicial", "court", "party", "business", "media",
                      "criminal", "television", "newspaper", "tabloid", "university", "hospital", "church",
                      "company", "firm", "airline", "customs", "spy", "cabinet", "ministry", "embassy",
                      "parliament", "congress", "senate", "treasury", "consulate", "tribunal", "school"}
# role words the parser may tag as adjectives that still own what they modify: "a rebel stronghold"
# (but "an official visit", "an executive order" describe)
_OWNING_ADJECTIVES = {"rebel", "guerrilla", "militant", "insurgent", "separatist", "jihadist", "opposition",
                      "terrorist", "militia", "islamist", "student", "refugee", "settler"}
# conjunctions of a clause that tells another event ("since Japan bought the islands")
_TIME_MARKS = {"since", "after", "before", "when", "because", "although", "though", "whereas", "once", "while",
               "whilst", "until"}
# prepositions of time, cause and concession: an actor inside them is no passed-over target
# ("surrendered following a government offensive", "declared a ceasefire after battles with X")
_ADVERBIAL_PREPS = {"after", "before", "following", "during", "since", "despite", "amid", "amidst", "because",
                    "until", "ahead", "prior", "due", "throughout"}
# verbs of decline: an event noun as their subject reports less of it, not an act ("Japanese
# investment in Russia fell by 40 percent"); growth ("aid to Nepal rose sharply") stays an event
_CHANGE_VERBS = {"fall", "drop", "decrease", "decline", "halve", "slump", "plunge", "shrink", "contract", "dip",
                 "slide", "tumble", "dwindle", "collapse", "sink"}
# documents that speak for their authors as subjects: "a report by X alleged ..."
_DOCUMENTS = {"report", "statement", "communique", "communiqué", "letter", "document", "study", "survey",
              "dossier", "memo", "memorandum", "declaration", "editorial", "commentary", "article", "broadcast",
              "message", "note", "cable", "paper", "assessment", "review", "investigation",
              "inquiry", "finding", "audit", "leaflet", "video", "tweet", "post"}
_OWNER_PREPS = {"by", "from", "of", "in", "inside", "across", "within", "throughout"}
# verbs whose "for" + participle names what the one praised or thanked did (not "jailed X for
# helping militants": an alleged act)
_PRAISE_VERBS = {"praise", "thank", "commend", "hail", "laud", "applaud", "congratulate", "credit", "salute"}
_DOMESTIC_TARGETS = {"OPP", "CVL", "MED", "EDU", "LAB", "HRI", "REL", "NGO", "AGR", "HLH"}
_LOCAL_ROLES = {"OPP", "LAB", "CVL", "AGR", "EDU", "HLH"}  # people who protest where they live
_PROTEST_PREPS = {"in", "outside", "at", "near", "across", "throughout", "through", "on"}
_OWNED = ("flagged", "owned", "registered", "operated")  # "the British-flagged tanker"
_PHONES = {"telephone", "phone", "videoconference", "videolink", "video"}
# an act stopped, by the code of the act: aid (07) is reduced (162x), talks (04) halted (164),
# trade (061) embargoed (163)
_STOPPED = {"071": "1621", "072": "1623", "073": "1622", "07": "162", "04": "164", "061": "163"}
_PLACE_PREPS = {"in", "inside", "across", "within", "throughout"}
_STRUCK_PREPS = _PLACE_PREPS | {"at", "near", "from"}  # where an attack fell ("at a market in Yemen")
# one-sided actions whose target often goes unnamed ("rebels attacked", "thousands demonstrated",
# "the army mobilised", "the rebels surrendered", "the curfew was lifted"): coded with target "---"
# when no actor is found; cooperation needs a partner
_OPEN_ROOTS = {"08", "14", "15", "17", "18", "19", "20"}
# stated intentions, demands and refusals are one-sided as well ("agreed to allow aid in",
# "demanded immediate elections", "the UN rejected a call for troops"): when no actor is named beside the verb, target "---" (if the source has a
# country: "the two leaders pledged cooperation" says nothing about any dyad)
_UNTARGETED = _OPEN_ROOTS | {"03", "10", "12"}
# roots whose acts may fall on things as well as people ("rejected the proposal", "shelled the
# town"): such an object, naming no actor, leaves the target unknown. Elsewhere a thing as object
# means another sense of the verb ("rallied its allies", "the court charged a fee")
_THING_PATIENTS = {"03", "12", "19", "20"}
# nouns for a pair of actors named before: "the two leaders", "both sides"
_PAIR_NOUNS = {"leader", "side", "country", "nation", "government", "minister", "president", "state", "neighbour",
               "neighbor", "party", "delegation", "capital", "rival", "ally", "foe", "premier", "official",
               "diplomat", "chief", "army", "military"}
_BROKER_VERBS = {"broker", "mediate", "facilitate", "sponsor", "host"}
_BROKERED = {"talk", "negotiation", "deal", "agreement", "accord", "ceasefire", "truce", "exchange", "swap", "dialogue",
             "pact", "settlement", "round"}
_SPEECH_PARTICIPLES = {"accuse", "blame", "call", "warn", "urge", "criticize", "criticise", "condemn", "denounce",
                       "describe", "claim", "insist", "cite", "threaten", "demand", "vow", "say", "charge", "brand"}
_TELLING = {"tell", "declare", "inform", "write", "announce", "stress", "argue", "note"}
# nouns that name a country named before ("its neighbour", "the kingdom")
_DESCRIPTORS = {"neighbour", "neighbor", "kingdom", "republic", "emirate", "nation", "country"}
_PAIR_ROLES = {"government": "GOV", "leader": "GOV", "minister": "GOV", "president": "GOV", "premier": "GOV",
               "delegation": "GOV", "diplomat": "GOV", "official": "GOV", "army": "MIL", "military": "MIL"}
# sums of money an act gives or pledges: "$2 billion in loans to Zimbabwe"
_SUMS = {"million", "billion", "trillion", "dollar", "euro", "yen", "pound", "sum", "amount", "$"}
# armed forces: killing them is fighting (190), not an assault (18x)
_ARMED = {"MIL", "REB", "UAF", "INS", "SEP"}
# an attacker named as aircraft attacks from the air (195)
_AIRCRAFT = ("warplane", "jet", "aircraft", "bomber", "drone", "helicopter", "gunship", "air force")
# acts done to people: a role of no country as their object is the target ("released the civilians")
_PERSON_PATIENTS = ("0841", "17", "18", "20")
_CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp"}
_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
_PARTITIVES = {"level", "state", "tenth", "third", "quarter", "half", "share", "part", "bulk", "most", "much", "percent",
               "majority", "portion", "fraction", "lot", "some", "all",
               # measures and amounts: "300 tonnes of flour", "$50,000 worth of goods", "tons of grain"
               "ton", "tonne", "kg", "kilogram", "kilo", "pound", "litre", "liter", "barrel", "gallon", "worth",
               "load", "truckload", "shipload", "planeload", "consignment", "batch", "package", "quantity",
               "amount", "sack", "box", "crate",
               # spans and series: "five days of naval drills", "a new round of talks", "a wave of arrests"
               "day", "week", "month", "hour", "year", "round", "series", "wave", "spate", "string", "flurry",
               "level", "raft", "set", "package", "slew", "barrage", "volley", "salvo", "host",
               # counts: "dozens of soldiers", "a group of activists" (hundreds, thousands and millions
               # stay the object: mass killings and expulsions are coded by them)
               "dozen", "score", "number", "group", "handful", "couple",
               # vehicles of a statement: "sent a message of condolence", "a letter of protest"
               "message", "letter", "expression", "words", "note", "gesture", "show"}


@dataclass(frozen=True, slots=True)
class _Arg:
    mention: ActorMention
    token: Token


_UNKNOWN = _UNKNOWN_TARGET = _Arg(ActorMention(text="", char_start=-1, char_end=-1, code="---", country=None, role=None,
                                    entry="unknown"), None)


@dataclass(frozen=True, slots=True)
class _Firing:
    rule: Rule
    predicate: Token  # the verb, or the event noun of a nominal rule
    mode_token: Token  # the verb whose clause gives the mode
    obj: Token | None
    pairs: list[tuple[_Arg, _Arg]]


class EventCoder:
    def __init__(self, user_dirs: Sequence[str] = ()) -> None:
        self.rules = load_rules(user_dirs)
        self.codebook = load_codebook()
        self.issues = IssueTagger(user_dirs)
        self.light_verbs = frozenset(str(v).lower() for v in read_yaml(package_file("events/light_verbs.yaml")) or ())
        self._by_verb: dict[str, list[Rule]] = {}
        self._by_noun: dict[str, list[Rule]] = {}
        forms: set[str] = set()
        open_forms: set[str] = set()
        for rule in self.rules:
            for lemma, _particle in rule.verbs:
                self._by_verb.setdefault(lemma, []).append(rule)
                forms |= surface_forms(lemma)
                if rule.cameo[:2] in _UNTARGETED:
                    open_forms |= surface_forms(lemma)
            for noun in rule.nouns:
                head = noun.split()[-1]
                if rule not in self._by_noun.get(head, []):
                    self._by_noun.setdefault(head, []).append(rule)
                forms |= surface_forms(head)
            for lemma in rule.objects:
                forms |= surface_forms(lemma.split()[-1])
        self.cue_forms = frozenset(forms)
        # cues of one-sided actions, coded even with one actor in the sentence ("rebels attacked")
        self.open_cue_forms = frozenset(open_forms)

    # --------------------------------------------------------------- per sentence
    def code_sentence(
        self,
        sent: Doc,
        by_token: dict[int, ActorMention],
        *,
        doc_id: str,
        sentence_idx: int,
        offset: int,
        published: date | None,
    ) -> list[Event]:
        """Events of one parsed sentence; ``by_token`` maps its tokens to actor mentions
        (see :func:`dyadwatch.nlp.align_mentions`), ``offset`` is its start in the document."""
        if not by_token:
            return []
        by_token = _possessors(sent, by_token)
        firings: list[_Firing] = []
        consumed: set[int] = set()
        # verbs, and adjectives that govern one ("is ready to send troops")
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") or t.tag_ in _VERB_TAGS
                 or (t.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in t.children))]
        # passes: the rules with their own target slots, then the same rules with the nearest actor
        # as target, then the generic (fallback) rules likewise; nouns the same. Last, when the
        # sentence has no event at all, a one-sided action whose target is not named ("thousands
        # demonstrated", "rebels attacked") codes an event with target "---"
        for fallback, stage in ((False, _SLOTS), (False, _NEAREST), (True, _SLOTS), (True, _NEAREST)):
            self._verb_pass(verbs, by_token, firings, consumed, fallback, stage)
        for stage in (_SLOTS, _NEAREST):
            fired = {f.predicate.i for f in firings}
            for tok in sent:
                if tok.i in consumed or tok.i in fired or tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                # "a mediation mission between X and Y": the event noun modifies a generic head
                head = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in _GENERIC_HEADS else tok
                for rule in self._by_noun.get(tok.lemma_.lower()) or self._by_noun.get(tok.lower_) or ():
                    if not _names(tok, rule.nouns):
                        continue
                    firing = self._apply_noun(rule, head, by_token, fired, stage)
                    if firing is not None:
                        firings.append(firing)
                        if rule.cameo[:2] == "13":
                            # "threats to impose sanctions on Ankara": the threat takes the act's kind,
                            # and the act is no event of its own
                            firings[:] = [f for f in firings if not (
                                f.predicate.dep_ == "acl" and f.predicate.head.i == head.i)]
                        break
        if not firings:
            # the complement before the verb that governs it: "refused to resign" is a refusal to
            # resign (1231), not a bare rejection; "agreed to allow" an intent to allow
            self._verb_pass(sorted(verbs, key=lambda t: -_xcomp_depth(t)), by_token, firings, consumed, False, _OPEN)
        elif all(f.predicate.dep_ == "advcl" and f.predicate.tag_ == "VBG" and f.predicate.head.dep_ == "ROOT"
                 for f in firings):
            # only a participle coded: the main verb's one-sided act still counts ("supporters
            # rioted in Brasilia, ransacking government buildings")
            roots = [t for t in verbs if t.dep_ == "ROOT" and t.i not in consumed]
            self._verb_pass(roots, by_token, firings, consumed, False, _OPEN)
        else:
            # a main clause of its own, joined to one already coded, may still tell a one-sided act:
            # "protesters blocked highways, and police detained dozens of them"
            fired = {f.predicate.i for f in firings}
            mains = [t for t in verbs if t.i not in consumed and t.i not in fired and (
                t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT" and any(
                    c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS for c in t.children))
                # ("... at supporters who were marching through the capital")
                or (t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("was", "were", "had") for c in t.children)
                    and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in t.children)))
                and any(c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS for c in t.children)
                and not any(f.predicate.head.i == t.i and f.predicate.dep_ not in ("conj", "advcl") for f in firings)]
            self._verb_pass(mains, by_token, firings, consumed, False, _OPEN)
        firings += self._brokered(sent, by_token, firings)
        if not firings:
            return []
        firings = _without_elaborations(firings)
        text = sent.text
        when, precision, origin = resolve_date(text, published)
        tags = self.issues.tags(text)
        events: dict[str, Event] = {}
        for f in firings:
            mode = predicate_mode(f.mode_token, f.obj)
            if f.predicate is not f.mode_token and f.predicate.pos_ in ("NOUN", "PROPN") \
                    and f.mode_token.lemma_.lower() not in self.light_verbs and mode == "asserted":
                # "a possible trip by Putin was on the agenda" (a light verb's own mode wins:
                # "made a long-planned visit" happened)
                mode = nominal_mode(f.predicate) or mode
            # an announced future action is coded as the intent to do it ("will provide aid": 033)
            code = intent_code(f.rule.cameo) if mode == "planned" else f.rule.cameo
            if mode == "negated" and refused(f.mode_token) and refusal_code(code):
                # a stated refusal to cooperate is an event of its own: "will not accept" is 12x
                code, mode = refusal_code(code), "asserted"
            if mode == "asserted" and code[:2] == "03":
                mode = "planned"  # an intent names an act to come: "pledged $60 million" as "will give"
            variants = [(self.codebook[code], mode)]
            if mode == "hypothetical" and conditional_announcement(f.mode_token) and intent_code(code) != code:
                # "will impose sanctions if talks fail": a threat (or promise) now, the sanctions later
                variants.append((self.codebook[intent_code(code)], "planned"))
            location = self._location(f.mode_token, by_token)
            for cameo, event_mode in variants:
                pairs = f.pairs
                if f.rule.mutual and cameo.code[:2] == f.rule.cameo[:2] and event_mode == "asserted":
                    # "X held talks with Y": Y negotiated with X as well (not a refusal or an intent)
                    pairs = pairs + [(t, s) for s, t in pairs if t is not _UNKNOWN and (t, s) not in pairs]
                for src, tgt in pairs:
                    event = self._event(f.rule, cameo, src, tgt, event_mode, doc_id, sentence_idx, offset, text,
                                        when, precision, origin, tags, location)
                    events.setdefault(event.event_id, event)
            if mode == "asserted" and f.rule.cameo[:2] in _VIOLENT_ROOTS:
                for rule, src, tgt in self._reported(f, by_token):
                    event = self._event(rule, self.codebook[rule.cameo], src, tgt, "asserted", doc_id, sentence_idx,
                                        offset, text, when, precision, origin, tags, location)
                    events.setdefault(event.event_id, event)
        return list(events.values())

    def _reported(self, f: _Firing, by_token) -> list[tuple[Rule, _Arg, _Arg]]:
        """An actor that reports another's violence accuses it (112); reporting its own is a claim of
        responsibility (015): "Israel said Hamas fired rockets at it", "the US claimed it had
        attacked Iraq". A news agency or newspaper that reports is no actor here."""
        head = f.mode_token.head
        if f.mode_token.dep_ != "ccomp" or head.lemma_.lower() not in _REPORT_VERBS:
            return []
        if head.i > f.mode_token.i:
            return []  # "X did Y, Z said": the report only attributes the news ("..., medics said")
        reporters = [r for r in self._sources(head, False, by_token) if r.mention.role != "MED" and r.mention.country]
        out = []
        for reporter in reporters:
            for src, tgt in f.pairs:
                if src is _UNKNOWN:
                    continue
                if src.mention.code == reporter.mention.code or (
                        src.mention.country == reporter.mention.country and reporter.mention.role in (None, "GOV", "MIL")
                        and src.mention.role in (None, "GOV", "MIL", "SPY", "COP")):
                    # (a state reporting its own forces' act claims it: "Ukraine said its drones struck")
                    if tgt is not _UNKNOWN:
                        out.append((_CLAIM, reporter, tgt))
                else:
                    out.append((_ACCUSE, reporter, src))
        return out

    # --------------------------------------------------------------- verb rules
    def _verb_pass(self, verbs, by_token, firings, consumed, fallback: bool, stage: int) -> None:
        fired = {f.predicate.i for f in firings}
        for tok in verbs:
            if tok.i in consumed or tok.i in fired:
                continue
            if (fallback or stage == _OPEN) and any(t.i in fired for t in tok.subtree if t.dep_ in ("xcomp", "ccomp")):
                continue  # a rule fired on what this verb governs: the generic rule steps aside
            for rule in self._by_verb.get(tok.lemma_.lower()) or self._by_verb.get(tok.lower_) or ():
                if rule.fallback != fallback:
                    continue
                firing = self._apply_verb(rule, tok, by_token, fired, stage)
                if firing is not None:
                    firings.append(firing)
                    fired.add(tok.i)
                    consumed |= self._consumes(tok, firing.obj, firing.rule)
                    break

    def _apply_verb(self, rule: Rule, verb: Token, by_token, fired: set[int], stage: int = 0,
                    asked: bool = False) -> _Firing | None:
        """``stage``: _SLOTS (targets only from the rule's slots), _NEAREST (else the nearest actor,
        not crossing into the clauses of ``fired`` predicates) or _OPEN (else an unknown target).
        ``asked``: probing an act asked for (see _requested), which counts as stated."""
        if rule.not_with and any(c.dep_ in rule.not_with for c in verb.children):
            return None  # "called the move a provocation" is no telephone call
        lemma = verb.lemma_.lower() if verb.lemma_.lower() in self._by_verb else verb.lower_
        particles = [p for v, p in rule.verbs if v == lemma]
        particle_tok = None
        if None not in particles:
            particle_tok = next(
                (c for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in particles
                 and not any(p.dep_ == "pobj" and _is_time(p) for p in c.children)), None
            )  # not a phrase of time: "clashed on Monday night" is no "clash on" an issue
            if particle_tok is None and any(p in ("of", "from") for p in particles):
                # the parser may hang it on the object: "stripped 94 critics [of their citizenship]"
                particle_tok = next((c for o in verb.children if o.dep_ == "dobj" for c in o.children
                                     if c.dep_ == "prep" and c.lower_ in particles), None)
            if particle_tok is None:
                return None
        passive = any(c.dep_ in _PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children) or (
            _shared_patient(verb) is not None)
        obj = None
        if rule.objects:
            candidates = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
            if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _RELATIVES
                                                for c in verb.children):
                # the noun the clause is on: "the sanctions that the EU imposed on Russia"
                candidates.append(verb.head)
            if passive and (shared := _shared_patient(verb)) is not None:
                candidates.append(shared)
            if particle_tok is not None:
                candidates += [c for c in particle_tok.children if c.dep_ == "pobj"]
                # a particle with its own preposition: "pulled out of talks", "walked away from the deal"
                candidates += [p for c in particle_tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                               for p in c.children if p.dep_ == "pobj"]
            candidates += [cc for c in candidates for cc in c.conjuncts]
            # partitive objects: "supplies a tenth of Japan's gas", "most of its oil"
            candidates += [p for c in candidates if c.lemma_.lower() in _PARTITIVES
                           for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj"]
            # what the object is called: "described the drills as a provocation", "called the
            # remarks unacceptable" (the parser hangs the predicate on the noun)
            candidates += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                           for p in c.children if p.dep_ == "pobj"]
            candidates += [a for c in verb.children if c.dep_ in ("dobj", "oprd") for a in c.children
                           if a.dep_ in ("amod", "acl") and a.pos_ == "ADJ" and a.i > c.i]
            # a name's title: "ordered French Ambassador Sylvain Itte to leave"
            candidates += [t for c in candidates if c.pos_ == "PROPN" for t in c.children
                           if t.dep_ == "compound" and t.i < c.i and t.pos_ in ("PROPN", "NOUN")]
            # what a sum is of: "cut off $1.3 billion in military aid", "$500 million of loans"
            for _ in range(2):  # (nested: "$130 million of Egypt's $1.3 billion in military aid")
                candidates += [p for c in candidates if c.lemma_.lower() in _SUMS or c.pos_ == "NUM"
                               for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
                               for p in prep.children if p.dep_ == "pobj" and p not in candidates]
            obj = next((c for c in candidates if _names(c, rule.objects)), None)
            if obj is None:
                return None
        if rule.subjects:  # "UN peacekeepers arrived": the subject's phrase names who they are
            subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS), None)
            if subj is None or not any(_names(t, rule.subjects) for t in subj.subtree):
                return None
        complement = _complement(verb, rule)
        if rule.complements and (complement is None or complement.lemma_.lower() not in rule.complements):
            return None
        if rule.modals:  # "said that Japan must hand back ...": a demand on the clause's subject
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and _modal(c) in rule.modals), None)
            if clause is None:
                return None
            sources = self._sources(verb, passive, by_token)
            subj = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS), None)
            pairs = self._pairs(rule, sources, self._actors_in(subj, by_token))
            return _Firing(rule, verb, verb, None, pairs) if pairs else None
        sources = self._sources(verb, passive, by_token)
        if passive and rule.inverse and not sources:
            # "the ambassador was summoned to the ministry": the subject is the one acted on, the
            # actor stands in the rule's slots (the roles swap in _pairs)
            subj = next((c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
            sources = self._actors_in(subj, by_token)
            passive = False
        if passive and particle_tok is not None and not any(c.dep_ == "agent" for c in verb.children):
            # a stative passive with the rule's own preposition: "Israel is opposed to the plan"
            subj = next((c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
            sources = self._actors_in(subj, by_token) or sources
        if not sources and passive and rule.cameo[:2] in _OPEN_ROOTS and not any(
                c.dep_ == "agent" and self._actors_in(next((p for p in c.children if p.dep_ == "pobj"), None), by_token)
                for c in verb.children):  # no agent, or one that names no actor ("by a roadside bomb")
            # "killed in an air raid by government troops", "wounded in Turkish shelling": the
            # attack noun names the agent
            sources = self._attack_agent(verb, by_token) or self._launched_from(rule, verb, by_token)
            if not sources and stage == _OPEN and (asked or _stated(verb, obj)):
                sources = [_UNKNOWN]  # "three soldiers were killed in a car bombing": no agent named
        if not sources and not passive and rule.cameo[:2] in _OPEN_ROOTS:
            # "a mortar shell fired by rebels killed two soldiers": who fired it
            sources = [a for c in verb.children if c.dep_ == "nsubj" and (
                        c.lemma_.lower() in _BLASTS or c.lemma_.lower() in _WEAPONS)
                       for acl in c.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                       for by in acl.children if by.dep_ == "agent"
                       for a in self._actors_in(next((p for p in by.children if p.dep_ == "pobj"), None), by_token)]
        if not sources and not passive and stage == _OPEN and rule.cameo[:2] in _OPEN_ROOTS and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _BLASTS for c in verb.children) \
                and (asked or _stated(verb, obj)):
            sources = [_UNKNOWN]  # "a roadside bombing killed one soldier": the bomb names no agent
        if not sources:
            return None
        if rule.cameo[:2] == "14":
            sources = self._protesting_where([verb], sources, by_token)
        if len(sources) > 1 and any(c.lower_ == "other" and any(d.lower_ in ("each", "one") for d in c.children)
                                    or (c.lower_ == "another" and any(d.lower_ == "one" for d in c.children))
                                    for c in verb.subtree if c.head.i == verb.i or c.head.head.i == verb.i):
            # "both sides accused each other of violating it": each acts on the other
            pairs = [(a, b) for a in sources for b in sources if a.mention.code != b.mention.code]
            return _Firing(rule, verb, verb, obj, pairs) if pairs else None
        heads = [verb, obj, particle_tok, complement]
        if complement is not None:
            heads += [c for c in complement.children if c.dep_ == "dobj"]
        if obj is not None:  # the content of the object: "signed an agreement to supply gas to Japan"
            heads += [c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
            # what a sum is of: "pledged $2 billion in loans to Zimbabwe"
            heads += [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
                      and obj.lemma_.lower() in _SUMS for p in prep.children if p.dep_ == "pobj"]
        targets = self._targets(rule, [h for h in heads if h is not None], passive, obj, by_token, particle_tok)
        # the source named again in a slot is no target ("opposition parties ... in protest of the
        # arrest of activists", both NPLOPP)
        targets = [t for t in targets if _key(t.mention) not in {_key(a.mention) for a in sources}]
        if not targets and verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _REFERRING and not any(
                c.dep_ == "dobj" and c.lower_ not in _RELATIVES for c in verb.children):
            # "..., a step that China's commerce ministry denounced": the step is the main clause's
            # act, so its actor is the one denounced
            main = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if main is not None:
                targets = [t for t in self._sources(main, any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in main.children),
                                                    by_token)
                           if _key(t.mention) not in {_key(a.mention) for a in sources}]
        if not targets and rule.cameo[:2] in ("11", "12", "13", "14", "16") and verb.dep_ in ("xcomp", "advcl"):
            # "..., prompting Greece's foreign ministry to condemn the move": an anaphoric act noun
            # as object is the main clause's act, so its actor is the one condemned
            act = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _REFERRING
                        and any(d.lower_ in ("the", "this", "that", "these") for d in c.children)
                        and not self._actors_in(c, by_token)), None)
            main = verb
            while act is not None and main.dep_ in ("xcomp", "advcl") and main.head.i != main.i:
                main = main.head
            if act is not None and main.i != verb.i:
                targets = [t for t in self._sources(main, any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in main.children),
                                                    by_token)
                           if _key(t.mention) not in {_key(a.mention) for a in sources}]
        if not targets and rule.cameo[:2] in ("11", "13") and verb.dep_ == "conj" and not any(
                c.dep_ in ("dobj", "ccomp") for c in verb.children):
            # "accused Pakistan of killing civilians and warned of serious consequences": to the one
            # the first verb named
            targets = [a for c in verb.head.children if c.dep_ == "dobj" for a in self._actors_in(c, by_token)
                       if _key(a.mention) not in {_key(x.mention) for x in sources}]
        if not targets and rule.cameo[:2] in ("17", "18", "19") and not rule.complements:
            # the purpose names those it falls on: "fired tear gas and water cannon to disperse them"
            purpose = [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for o in c.children if o.dep_ == "dobj"]
            codes = frozenset(x.mention.code for x in sources)
            targets = [a for o in purpose for a in (self._actors_in(o, by_token) or self._antecedent(o, by_token, codes))
                       if _key(a.mention) not in {_key(x.mention) for x in sources}]
        if not targets and stage == _SLOTS:
            # an act on a condition another fulfils falls on that other: "would respond with force
            # if Russia attacked"
            condition = next((c for v in (verb, complement) if v is not None for c in v.children
                              if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                           for m in c.children)), None)
            csubj = next((c for c in condition.children if c.dep_ in _SUBJECT_DEPS), None) \
                if condition is not None else None
            home = {a.mention.country for a in sources}
            targets = [a for a in self._actors_in(csubj, by_token) if a.mention.country
                       and a.mention.country not in home] if csubj is not None else []
        if not targets and (rule.complements == () or complement is None):
            # "demanded that Ukraine release the pilot": the subject of the clausal complement
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            subj = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None) if clause is not None else None
            home = {a.mention.country for a in sources}
            targets = [a for a in self._actors_in(subj, by_token) if a.mention.country
                       and a.mention.country not in home] if subj is not None else []
            if not targets and clause is not None and subj is not None:
                # the speaker's own side acts on a condition another fulfils: "warned that Moscow
                # would retaliate if Japan joined the sanctions" is a warning to Japan
                condition = next((c for c in clause.children if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
                subj = next((c for c in condition.children if c.dep_ in _SUBJECT_DEPS), None) \
                    if condition is not None else None
                targets = [a for a in self._actors_in(subj, by_token) if a.mention.country
                           and a.mention.country not in home] if subj is not None else []
        if stage != _SLOTS and not (targets and sources[0] is _UNKNOWN):
            if targets or (rule.reciprocal and len(sources) > 1):
                return None  # the first pass had all it needs
            fillers = self._fillers(rule, [verb, particle_tok], obj)
            if fillers:  # the target, if any, is inside the phrases that fill the slots
                targets = next((t for f in fillers if (t := self._owner(f, sources, by_token, rule))), [])
                if not targets and rule.cameo[:2] in _VIOLENT_ROOTS and sources[0] is not _UNKNOWN:
                    # an attack on unnamed things in a named country falls on it ("struck targets
                    # inside Pakistan", "shelled villages in Kashmir"; not an unknown attacker's)
                    # (or its owner: "struck a refinery in Russia's Samara region")
                    targets = self._struck_place([verb, *fillers], sources, by_token, fillers)
                if not targets and not (stage == _OPEN and (
                        all(_unnamed_people(f) for f in fillers) or rule.cameo[:2] in _THING_PATIENTS
                        or rule.cameo[:2] == "15"  # its own forces are the means: "put its army on alert"
                        or rule.cameo == "145"  # property damaged in a riot: "set fire to buses"
                        or (rule.cameo[:2] == "14" and all(  # "marched against a bill"
                            f.dep_ == "pobj" and f.head.lower_ in ("against", "over") for f in fillers)))):
                    return None
            else:
                targets = self._nearest(rule, verb, sources, by_token, fired, obj)
            home = {s.mention.country for s in sources}
            announced = rule.cameo[:2] <= "08" and predicate_mode(verb, obj) == "planned"  # an intent (03)
            if not targets and stage == _OPEN and sources[0] is not _UNKNOWN \
                    and (rule.cameo[:2] in _UNTARGETED or announced) \
                    and (rule.cameo[:2] in _OPEN_ROOTS or any(a.mention.country for a in sources)) \
                    and (announced or asked or _stated(verb, obj)) and not any(
                    t.i in by_token and not ((by_token[t.i].country in home or (
                        rule.cameo[:2] == "15" and not by_token[t.i].country
                        and any(p.dep_ == "poss" for p in [*t.children, *t.head.children]))) and (  # ("the country's forces")
                        by_token[t.i].role is None or rule.cameo[:2] == "15"))  # ("put its army on alert")
                    and all(by_token[t.i] is not a.mention and by_token[t.i].code != a.mention.code for a in sources)
                    and not _own_possession(by_token[t.i], sources)
                    for c in verb.children if c.dep_ in ("prep", "dative", "dobj") and c.lower_ not in _ADVERBIAL_PREPS
                    and not (c.lower_ == "in" and rule.cameo[:2] < "06")  # a place is no partner
                    for t in c.subtree):
                # no actor beside the verb was passed over (a place at home is none: "rallied in Donetsk");
                # people released, coerced or assaulted named by a role of no country are the target
                # still ("released the civilians"; not "sent thousands of troops": those are means)
                targets = [a for a in self._actors_in(obj, by_token) if _key(a.mention) not in {
                    _key(s.mention) for s in sources}] if obj is not None and obj.i in by_token \
                    and rule.cameo.startswith(_PERSON_PATIENTS) else []
                if rule.cameo[:2] in _VIOLENT_ROOTS and all(not a.mention.country for a in targets):
                    # the place of the attack, also where the parser hung it on the attack named as
                    # the means: "two were killed in Turkish artillery fire in the north of Iraq"
                    means = [x for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                             or c.dep_ == "prep" and c.lower_ in ("in", "by", "during")
                             for x in ([c] if c.dep_ == "advcl" else [p for p in c.children if p.dep_ == "pobj"])]
                    targets = self._struck_place([verb, *means], sources, by_token,
                                                 [obj] if obj is not None else []) or targets
                targets = targets or [_UNKNOWN_TARGET]
            elif not targets and stage == _OPEN and sources[0] is _UNKNOWN and rule.cameo[:2] in _VIOLENT_ROOTS \
                    and not any(c.dep_ == "poss" and c.pos_ == "PRON" for s in verb.children
                                if s.dep_ in _PASSIVE_SUBJECT_DEPS for c in s.children):  # ("their convoy was ambushed")
                # unnamed victims of an unnamed attacker in a named country: "five people were
                # killed in a bombing in Baghdad" (---, IRQ)
                means = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "during")
                         for p in c.children if p.dep_ == "pobj"]
                targets = self._struck_place([verb, *means], [], by_token, [])
        if targets and rule.cameo[:2] in _VIOLENT_ROOTS and sources[0] is not _UNKNOWN and all(
                t.mention.role in ("CVL", "COP") and not t.mention.country for t in targets):
            # "killed twelve villagers in a village in Mali": the civilians of that country
            targets = self._struck_place([verb], sources, by_token, [t.token for t in targets]) or targets
        if rule.cameo[:2] == "13" and complement is not None:
            rule, targets = self._threatened(rule, complement, targets, by_token, fired)
        elif rule.cameo == "130":
            # "warned Russia that it would face economic sanctions": what is to be faced
            faced = [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in _FACE_VERBS
                     for o in c.children if o.dep_ == "dobj"]
            for noun in faced:
                codes = [intent_code(r.cameo) for r in self._by_noun.get(noun.lemma_.lower()) or ()
                         if _names(noun, r.nouns)]
                code = next((c for c in codes if c[:2] == "13" and c != "130"), None)
                if code is not None:
                    rule = replace(rule, cameo=code)
                    break
        if rule.cameo == "120":
            rule = self._rejected(rule, verb)
        if rule.cameo in ("020", "100"):
            rule = self._requested(rule, complement or next((c for c in verb.children if c.dep_ == "ccomp"), None),
                                   by_token, fired)
        if rule.cameo[:2] == "18":
            # killing or wounding by military means is coded by the means: "killed in an air
            # strike" is an air strike (195), "killed in shelling" artillery fire (194); of armed
            # forces it is fighting (190: "troops killed 30 rebels", "two soldiers were killed"),
            # not an assault
            rule = self._means(verb, rule) or (replace(rule, cameo="190") if rule.cameo in ("182", "1823") and any(
                a is not _UNKNOWN and a.mention.role in _ARMED for a in targets) else rule)
        if rule.cameo[:2] == "04" and any(c.dep_ == "prep" and c.lower_ in ("by", "over", "via", "on") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _PHONES for p in c.children) for c in verb.children):
            rule = replace(rule, cameo="041", mutual=True)  # "discussed oil output by telephone": both ways
        if rule.cameo == "172" and obj is not None and any(
                p.dep_ == "pobj" and p.lemma_.lower() in ("export", "import", "shipment", "sale", "trade")
                for c in obj.children if c.dep_ == "prep" and c.lower_ in ("on", "of") for p in c.children):
            rule = replace(rule, cameo="163")  # "tightened controls on exports to South Korea": an embargo
        if stopped(verb):
            # "stopped selling weapons to Taiwan" reduces what was done (1623); an ended act with no
            # code of its own for ending it is no event
            code = _STOPPED.get(rule.cameo[:3]) or _STOPPED.get(rule.cameo[:2])
            if code is None:
                return None
            rule = replace(rule, cameo=code)
        if rule.cameo in ("190", "193") and any(
                a is not _UNKNOWN and any(w in a.mention.text.lower() for w in _AIRCRAFT) for a in sources) or (
                rule.cameo in ("190", "193") and any(c.dep_ == "nsubj" and c.lemma_.lower() in _AIRCRAFT
                                                     for c in verb.children)):  # "Pakistani aircraft struck"
            rule = replace(rule, cameo="195")  # "Israeli warplanes struck Hamas targets": an air strike
        pairs = self._pairs(rule, sources, targets)
        return _Firing(rule, verb, verb, obj, pairs) if pairs else None

    def _requested(self, rule: Rule, act: Token | None, by_token, fired: set[int]) -> Rule:
        """An appeal or demand takes its kind from the act asked for, when a rule codes it: the
        request parallels the intent to do it (intent.csv), 03x -> 02x / 10x ("urged Israel and
        Hamas to agree to a ceasefire": 0356 -> 0256; "demanded that the US lift all sanctions":
        0354 -> 1054); a demanded withdrawal or ceasefire has its own code (106, 107)."""
        if act is None:
            return rule
        for other in self._by_verb.get(act.lemma_.lower()) or ():
            if other.fallback or other.cameo[:2] in ("02", "10", "13"):
                continue
            if all(self._apply_verb(other, act, by_token, fired, stage, asked=True) is None
                   for stage in (_SLOTS, _NEAREST, _OPEN)):
                continue  # (the act asked for need not name its target: "lift all sanctions")
            code = intent_code(other.cameo)
            if rule.cameo == "100" and other.cameo in ("0873", "0874"):
                code = "106"
            elif rule.cameo == "100" and other.cameo == "0871":
                code = "107"
            elif code[:2] == "03":
                tail = code[2:]
                code = rule.cameo[:2] + ("8" if rule.cameo == "100" and tail == "6" else tail)
            else:
                return rule
            return replace(rule, cameo=code) if code in self.codebook and code[:3] not in ("027", "028", "107", "108") \
                or code in ("106", "107", "108") else rule
        return rule

    def _rejected(self, rule: Rule, verb: Token) -> Rule:
        """A rejection takes its kind from what was offered or asked for, when a rule codes that
        as an event noun: refusing it (data/events/refusal.csv) is the rejection ("rejected an offer
        of peace talks": talks, 046, refused as 125; "rejected calls for a ceasefire": 1246)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        contents = [p for o in objects for prep in o.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
                    for p in prep.children if p.dep_ == "pobj"]
        for noun in contents + [o for o in objects if o.lemma_.lower() not in _VOICED]:
            for other in self._by_noun.get(noun.lemma_.lower()) or self._by_noun.get(noun.lower_) or ():
                if _names(noun, other.nouns) and (code := refusal_code(other.cameo)) is not None:
                    return replace(rule, cameo=code)
        return rule

    def _threatened(self, rule: Rule, complement: Token, targets: list[_Arg], by_token,
                    fired: set[int]) -> tuple[Rule, list[_Arg]]:
        """A threat takes its kind from what is threatened, when a rule codes that act: the
        intent to do it (data/events/intent.csv) is the threat ("threatened to cut off military aid
        to Egypt": cutting aid, 162, is threatened as 1311; "to cut off oil shipments": an embargo,
        1312). The threat rule's own guess from the complement's verb alone gives way to a rule
        that also checked the object; its targets win where it names some."""
        for other in self._by_verb.get(complement.lemma_.lower()) or ():
            if other.fallback or other.cameo[:2] == "13":
                continue
            firing = self._apply_verb(other, complement, by_token, fired, _SLOTS)
            if firing is None:
                continue
            code = intent_code(other.cameo)
            if code[:2] != "13" or code == "130" or not (
                    other.objects or rule.cameo in ("130", "131") or code.startswith(rule.cameo)) or (
                    len(code) < len(rule.cameo) and rule.cameo not in ("130", "131")):
                return rule, targets  # (never for a vaguer code: "to nationalise assets" stays 1312)
            named = [t for _, t in firing.pairs if t is not _UNKNOWN]
            return replace(rule, cameo=code), list(dict.fromkeys(named)) or targets
        if complement.lemma_.lower() in self.light_verbs:
            # "threatened to begin an indefinite strike": the event noun the light verb carries
            for noun in (c for c in complement.children if c.dep_ == "dobj"):
                codes = [intent_code(r.cameo) for r in self._by_noun.get(noun.lemma_.lower()) or ()
                         if _names(noun, r.nouns)]
                code = next((c for c in codes if c[:2] == "13" and c != "130"), None)
                if code is not None and (rule.cameo in ("130", "131") or code.startswith(rule.cameo)):
                    return replace(rule, cameo=code), targets
        return rule, targets

    @staticmethod
    def _launched_from(rule: Rule, verb: Token, by_token) -> list[_Arg]:
        """The place an unclaimed attack came from stands for its source: "a rocket was fired
        from Gaza" (fire of roots 19-20 only)."""
        if rule.cameo[:2] not in ("19", "20"):
            return []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for p in prep.children:
                    m = by_token.get(p.i)
                    if p.dep_ == "pobj" and m is not None and m.country and m.role is None:
                        return [_Arg(m, p)]
        return []

    def _struck_place(self, heads: list[Token], sources: list[_Arg], by_token, victims: list[Token]) -> list[_Arg]:
        """The country an attack on unnamed people or things falls in, named by a place phrase of
        the act, directly or through the place inside it: "shelled villages in Kashmir", "killed
        twelve people in a village in northern Mali", "at a market in Yemen", "in the east of the
        Gaza Strip". Not the attacker's own country; civilians killed there are its civilians."""
        home = {a.mention.country for a in sources}
        frontier = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _STRUCK_PREPS
                    for p in c.children if p.dep_ == "pobj"]
        for _ in range(3):
            for p in frontier:
                a = self._np_actor(p, by_token)
                if a is not None and a.mention.country and a.mention.role is None and a.mention.country not in home:
                    local = [by_token[v.i] for v in victims if v.i in by_token and by_token[v.i].role in ("CVL", "COP")
                             and not by_token[v.i].country]
                    if local:  # civilians or police of the place
                        m, role = a.mention, local[0].role
                        return [_Arg(replace(m, code=m.country + role, role=role, entry=m.entry + "+victims"), a.token)]
                    return [a]
            frontier = [x for p in frontier if p.i not in by_token for c in p.children
                        if c.dep_ == "prep" and c.lower_ in ("in", "of", "near", "inside", "outside")
                        for x in c.children if x.dep_ == "pobj"]
        return []

    def _brokered(self, sent: Doc, by_token, firings: list[_Firing]) -> list[_Firing]:
        """A third party named as the broker of talks or a deal mediates between the parties
        (045): "talks mediated by Erdogan", "US-brokered talks", "in a deal brokered by China",
        "a deal that Washington had spent months mediating". The parties are those of the
        cooperative events coded in the sentence."""
        rule = next((r for r in self._by_verb.get("mediate") or () if r.cameo == "045"), None)
        if rule is None:
            return []
        out = []
        for tok in sent:
            if tok.lemma_.lower() not in _BROKER_VERBS:
                continue
            noun = tok.head if tok.dep_ in ("acl", "amod", "relcl") else None
            if noun is None or noun.lemma_.lower() not in _BROKERED:
                continue
            if tok.dep_ == "relcl":  # "a deal that Washington had spent four months mediating"
                brokers = [a for v in (tok, tok.head) for c in v.children if c.dep_ == "nsubj"
                           for a in self._actors_in(c, by_token)]
                if not brokers and tok.dep_ == "relcl":
                    brokers = [a for c in tok.children if c.dep_ == "nsubj" for a in self._actors_in(c, by_token)]
            else:
                brokers = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                           for a in self._actors_in(p, by_token)]
                brokers += [a for c in tok.children if c.dep_ in ("npadvmod", "compound") for a in self._actors_in(c, by_token)]
            if not brokers and tok.dep_ == "relcl":
                brokers = [a for c in tok.subtree if c.dep_ == "nsubj" for a in self._actors_in(c, by_token)]
            if not brokers:
                continue
            codes = {b.mention.code for b in brokers}
            parties = {}
            for f in firings:
                if f.rule.cameo[:2] in ("03", "04", "05", "06", "08") or f.rule.cameo == "164":
                    for a, b in f.pairs:
                        for x in (a, b):
                            if x is not _UNKNOWN and x.mention.code not in codes:
                                parties.setdefault(x.mention.code, x)
            if len(parties) < 2:
                continue
            out.append(_Firing(rule, tok, tok, None, [(m, p) for m in brokers for p in parties.values()]))
        return out

    def _protesting_where(self, heads: list[Token], sources: list[_Arg], by_token) -> list[_Arg]:
        """Protesters, strikers or civilians of no stated country are of the country they protest
        in: "hundreds of protesters rallied outside the Japanese embassy in Seoul" (KOROPP)."""
        if all(a.mention.country or a.mention.role not in _LOCAL_ROLES for a in sources):
            return sources
        frontier = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _PROTEST_PREPS
                    for p in c.children if p.dep_ == "pobj"]
        country = None
        for _ in range(3):
            for p in frontier:
                m = by_token.get(p.i)
                if m is not None and m.country and m.role is None and m.entry.startswith("country:") \
                        and not m.entry.endswith(":demonym"):  # a country, capital, city or region
                    country = m.country
                    break
            if country is not None:
                break
            frontier = [x for p in frontier for c in p.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                        for x in c.children if x.dep_ == "pobj"]
        if country is None:
            return sources
        return [a if a.mention.country or a.mention.role not in _LOCAL_ROLES else _Arg(replace(
            a.mention, country=country, code=country + a.mention.role, entry=a.mention.entry + "+protest_place"), a.token)
            for a in sources]

    def _means(self, verb: Token, rule: Rule) -> Rule | None:
        """The rule of a military attack named as the means of a verb ("in an air raid", "by
        shelling"): an event noun of roots 19 or 20."""
        nouns = [pobj for prep in [c for v in (verb, *verb.conjuncts) for c in v.children]  # "killed and wounded in shelling"
                 if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "during", "with")
                 for pobj in prep.children if pobj.dep_ == "pobj"]
        # "an Israeli air strike killed 20 people", "a mortar shell killed two soldiers"
        nouns += [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "fired mortar shells across the border, killing two soldiers": the head's weapon
            nouns += [c for c in verb.head.children if c.dep_ == "dobj"]
        # "killed when a bomb planted under his car exploded": the blast of the time clause
        nouns += [c for a in verb.children if a.dep_ == "advcl" and any(
                  m.dep_ == "advmod" and m.lower_ in ("when", "as") or m.dep_ == "mark" and m.lower_ in ("when", "as")
                  for m in a.children) for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
        # ... or the blast that hit them: "killed when their convoy was hit by a car bomb"
        nouns += [p for a in verb.children if a.dep_ == "advcl" and any(
                  m.lower_ in ("when", "as") and m.dep_ in ("advmod", "mark") for m in a.children)
                  for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
        for pobj in nouns:
            noun = self._attack_noun(pobj)
            for r in self._by_noun.get(noun.lemma_.lower()) or self._by_noun.get(noun.lower_) or ():
                if (r.cameo[:2] in ("19", "20") or r.cameo[:3] == "183") and _names(noun, r.nouns):
                    return r
            if noun.lemma_.lower() in _WEAPONS:  # "fired mortar shells", "a bomb exploded"
                return replace(rule, cameo=_WEAPONS[noun.lemma_.lower()])
        return None

    def _attack_noun(self, pobj: Token) -> Token:
        """The event noun of a phrase naming an attack; "tank shelling", "mortar fire" read by the
        parser as a noun and a participle of its own ("in Israeli tank shelling") give the
        participle."""
        if pobj.i + 1 < len(pobj.doc):
            nxt = pobj.doc[pobj.i + 1]
            if nxt.tag_ == "VBG" and nxt.head.i in (pobj.i, pobj.head.i, pobj.head.head.i) and not (
                    self._by_noun.get(pobj.lemma_.lower())) and self._by_noun.get(nxt.lower_):
                return nxt
        return pobj

    def _attack_agent(self, verb: Token, by_token) -> list[_Arg]:
        """The agent named inside the attack a passive verb reports: "killed in an air raid by
        government troops", "wounded in Israeli shelling" (an event noun of roots 17-20)."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "by", "during"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                attack = self._attack_noun(noun)
                rules = self._by_noun.get(attack.lemma_.lower()) or self._by_noun.get(attack.lower_) or ()
                if not any(r.cameo[:2] in _OPEN_ROOTS for r in rules):
                    continue
                if attack.i != noun.i and noun.i in by_token:  # "in Israeli shelling" parsed as "in Israeli"
                    return self._actors_in(noun, by_token)
                for c in noun.children:
                    if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in by_token:
                        return self._actors_in(c, by_token)
                    if c.dep_ == "prep" and c.lower_ in ("by", "with"):
                        # "killed in an air raid by government troops", "in a clash with Chinese troops"
                        return self._actors_in(next((p for p in c.children if p.dep_ == "pobj"), None), by_token)
        return []

    def _author(self, document: Token, by_token) -> list[_Arg]:
        """Who speaks through a document that is the subject: "a report released in the Rwandan
        capital alleged ...", "a statement by the foreign ministry said ..." (nearest first)."""
        frontier = [document]
        for _ in range(4):
            nxt = []
            for tok in frontier:
                for c in tok.children:
                    m = by_token.get(c.i)
                    if m is not None and m.country and c.dep_ in ("poss", "pobj", "compound", "amod", "nmod"):
                        return self._actors_in(c, by_token)
                    if c.dep_ in ("poss", "compound", "nmod", "pobj", "agent") or (
                            c.dep_ == "prep" and c.lower_ in ("by", "from", "of", "in")) or (
                            c.dep_ == "acl" and c.tag_ == "VBN"):
                        nxt.append(c)
            frontier = nxt
        return []

    def _consumes(self, verb: Token, obj: Token | None, rule: Rule | None = None) -> set[int]:
        """Tokens a firing verb speaks for: its complement clause and object noun."""
        out = {verb.i}
        if obj is not None:
            out.add(obj.i)
        complement = _complement(verb, rule) if rule is not None else None
        for c in verb.children:
            if c.dep_ == "xcomp" or (complement is not None and c.i == complement.i):
                out |= {t.i for t in c.subtree}
                # a participle on a noun there has its own agent: "to disperse demonstrators
                # protesting election results"
                out -= {t.i for a in c.subtree if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"
                        and a.head.pos_ in ("NOUN", "PROPN") for t in a.subtree}
                # a participle after a comma the parser hung there speaks for the main clause:
                # "ordered the ambassador to leave the country, accusing Kigali of ..."
                out -= {t.i for a in c.subtree if a.dep_ == "advcl" and a.tag_ == "VBG"
                        and a.i > 0 and a.doc[a.i - 1].text == "," for t in a.subtree}
                # a clause with its own subject is an event of its own: "ordered the diplomats to
                # leave, three weeks after Berlin expelled ..."
                out -= {t.i for a in c.subtree if a.i != c.i and a.dep_ in ("advcl", "ccomp", "relcl", "conj")
                        and any(x.dep_ in ("nsubj", "nsubjpass") for x in a.children) for t in a.subtree}
                # so does a concessive or circumstantial phrase: "refused to release the tanker
                # despite appeals from London"
                out -= {t.i for a in c.children if a.dep_ == "prep" and a.lower_ in ("despite", "amid")
                        for t in a.subtree}
        return out

    # --------------------------------------------------------------- noun rules
    def _apply_noun(self, rule: Rule, noun: Token, by_token, fired: set[int], stage: int) -> _Firing | None:
        sources: list[_Arg] = []
        for c in noun.children:  # "Canada's embargo", "the Japanese sanctions"
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in by_token and _names_actor(c, by_token[c.i]):
                sources = self._actors_in(c, by_token)
                break
        if not sources:
            agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if agent is not None:
                sources = self._actors_in(next((p for p in agent.children if p.dep_ == "pobj"), None), by_token)
        mode_token = noun
        addressee: list[_Arg] = []  # the one spoken to or appealed to, when no slot names a target
        light = False  # a light verb carries the noun: its prepositions may name the target
        measure = None
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PARTITIVES \
                and head.head.dep_ in ("dobj", "nsubjpass"):
            # "launched a series of air strikes on Gaza": the measure stands between verb and noun
            noun_slot, head = head.head, head.head.head
            if head.lemma_.lower() in self.light_verbs:
                mode_token, light, measure = head, True, noun_slot
                if not sources:
                    sources = self._sources(head, noun_slot.dep_ == "nsubjpass", by_token)
            head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in self.light_verbs:
            mode_token, light = head, True
            if not sources:
                sources = self._sources(head, noun.dep_ == "nsubjpass", by_token)
        elif noun.dep_ == "pobj" and head.head.lemma_.lower() in self.light_verbs and not any(
                c.dep_ == "dobj" for c in head.head.children):  # (not "lodged a protest over exercises")
            mode_token, light = head.head, True  # "engaged in talks with"
            if not sources:
                sources = self._sources(mode_token, False, by_token)
            if not sources and not any(c.dep_ == "agent" for c in mode_token.children):
                # a stative passive: "the militia was engaged in ethnic cleansing"
                subj = next((c for c in mode_token.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
                sources = self._actors_in(subj, by_token)
        elif noun.dep_ == "pobj" and (head.lower_ in ("during", "on") or (
                rule.cameo == "041" and head.lower_ in ("in", "by", "over"))) and head.head.pos_ in ("VERB", "AUX") \
                and not sources:
            # "praised Tsipras during a visit to Athens", "on a visit to Kyiv": the clause's actor
            mode_token = head.head
            if rule.cameo == "041":
                # a call in which something was said is the speaker's, also where the
                # parser hung it inside what was said ("demanded that Washington stop selling
                # weapons during a phone call with Blinken"); the one spoken to is the partner
                while mode_token.dep_ in ("xcomp", "ccomp") and mode_token.head.i != mode_token.i:
                    mode_token = mode_token.head
                addressee = [a for c in mode_token.children if c.dep_ in ("dobj", "dative")
                             or (c.dep_ == "prep" and c.lower_ in ("to", "with"))
                             for p in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])
                             for a in self._actors_in(p, by_token)]
            sources = self._sources(mode_token, any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in mode_token.children),
                                    by_token)
        if not sources and (rule.mutual or rule.sources) and noun.dep_ == "pobj" and head.lower_ in ("in", "during") \
                and any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in head.head.children):
            # "twenty soldiers were killed in a clash with Chinese troops": they were in the clash
            mode_token = head.head
            sources = self._actors_in(next(c for c in head.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS),
                                      by_token)
            if not rule.sources and not all(a.mention.role in _ARMED for a in sources):
                return None  # (protesters hurt in clashes with police: extra.dissent.clash_noun_protesters)
        if mode_token is noun and noun.dep_ in ("nsubj", "nsubjpass"):
            mode_token = noun.head  # "Talks between X and Y resumed"
            if mode_token.lemma_.lower() in _CHANGE_VERBS:
                return None
        between = self._between(noun, by_token)
        if not sources and not between and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
            # "Trump and Kim did not sign any agreement at the end of their summit": the pair is
            # the clause's subject
            clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            pair = self._sources(clause, any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in clause.children),
                                 by_token) if clause is not None else []
            between = pair if len({a.mention.code for a in pair}) > 1 and (rule.reciprocal or rule.mutual) else []
        if not sources and not between and noun.lemma_.lower() in _VOICED:
            # "despite repeated appeals from London": the one it comes from speaks
            origin = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            if origin is not None:
                sources = self._actors_in(next((p for p in origin.children if p.dep_ == "pobj"), None), by_token)
                clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if sources and clause is not None and noun.dep_ == "pobj" and noun.head.lower_ in (
                        "despite", "after", "amid", "following", "under", "in"):
                    # "... despite appeals from London": to the clause's actor
                    addressee = [a for a in self._sources(clause, False, by_token)
                                 if _key(a.mention) not in {_key(s.mention) for s in sources}]
        if not sources and len(between) > 1:
            if rule.sources and not all(_role_key(a.mention) in rule.sources for a in between):
                return None  # ("clashes between Armenian and Azerbaijani troops" are no protest)
            pairs = [(a, b) for a in between for b in between if a.mention.code != b.mention.code]
            return _Firing(rule, noun, mode_token, None, pairs) if pairs else None
        if not sources:
            return None
        if rule.cameo[:2] == "14":
            sources = self._protesting_where([noun, mode_token], sources, by_token)
        # a subject noun's verb is not its own: "The opposition met with Kerry" has no target for "opposition"
        heads = [noun] + ([measure] if measure is not None else []) + ([mode_token] if light else [])
        targets = self._targets(rule, heads, False, None, by_token, None) or between or addressee
        if stage != _SLOTS:
            if targets or (rule.reciprocal and len(sources) > 1):
                return None
            fillers = self._fillers(rule, heads, noun)
            if fillers:
                targets = next((t for f in fillers if (t := self._owner(f, sources, by_token, rule))), [])
            else:
                targets = self._nearest(rule, mode_token if light else noun, sources, by_token, fired, noun)
            if not targets and rule.cameo[:2] in _VIOLENT_ROOTS:
                # strikes on unnamed things in a named country fall on it ("carried out missile
                # strikes inside Pakistani territory")
                targets = self._struck_place([noun, mode_token] if light else [noun], sources, by_token, [])
        complement = next((c for c in noun.children if c.dep_ == "acl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if rule.cameo[:2] == "13" and complement is not None:
            rule, targets = self._threatened(rule, complement, targets, by_token, fired)
        pairs = self._pairs(rule, sources, targets)
        return _Firing(rule, noun, mode_token, noun, pairs) if pairs else None

    def _between(self, noun: Token, by_token) -> list[_Arg]:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                # ("talks between the two sides": the two named before)
                return self._actors_in(pobj, by_token) or (self._the_two(pobj, by_token) if pobj is not None else [])
        return []

    # --------------------------------------------------------------- arguments
    def _targets(self, rule, heads, passive, obj, by_token, particle_tok) -> list[_Arg]:
        """Target actors: heads are tried nearest first (the verb, its object, particle, complement),
        each with the rule's slots in order; the first that names an actor with a country wins
        ("urged Russia to withdraw its troops": Russia, not troops)."""
        role_only: list[_Arg] = []  # actors with no country: kept only if nothing better turns up
        for head in heads:
            for slot in rule.targets:
                if head is particle_tok and head is not None:
                    found = [a for p in head.children if p.dep_ == "pobj" and (obj is None or p.i != obj.i)
                             for a in self._actors_in(p, by_token)] if slot == head.lower_ else []
                else:
                    found = self._slot(head, slot, passive, obj, by_token)
                # a role owned through "its"/"their" counts as one with no country: "the sinking of
                # its warship by North Korea" names North Korea
                if any(a.mention.country and not a.mention.entry.endswith("+possessive") for a in found):
                    return found
                role_only = role_only or found
        if role_only:
            return role_only
        # an object that names an actor is the target of a rule that takes its target there
        # ("repelled the rebels", "freed the hostages")
        if obj is not None and "dobj" in rule.targets and obj.i in by_token:
            return self._actors_in(obj, by_token)
        # the object's owner: "welcomed China's decision", "rejected Kiev's proposal"
        if obj is not None:
            for c in obj.children:
                if c.dep_ in ("poss", "compound", "amod") and c.i in by_token and _names_actor(c, by_token[c.i]):
                    return self._actors_in(c, by_token)
        return []

    def _fillers(self, rule: Rule, heads, obj: Token | None) -> list[Token]:
        """The words that fill the rule's target slots, or a direct object the rule does not
        expect, without naming an actor: "reporters" in "spoke to reporters", "agreement" in
        "executed the agreement", "calls" in "rejected calls by Belarus". The target, if any, is
        then inside one of these phrases, not elsewhere in the clause."""
        out = []
        for head in heads:
            if head is None:
                continue
            if head.dep_ in ("prep", "prt", "advmod") and head is not heads[0]:
                # the rule's own particle: its object ("fired at targets in Jericho")
                out += [p for p in head.children if p.dep_ == "pobj" and (obj is None or p.i != obj.i)
                        and not _is_time(p)]
                continue
            for c in head.children:
                if obj is not None and (c.i == obj.i or obj.head.head.i == c.i) or c in heads:
                    continue  # the object or what measures it ("thousands of troops"), or the rule's particle
                if head.pos_ in ("VERB", "AUX") and (c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and "dobj" in rule.targets)):
                    out.append(c)  # the object, or the patient of a passive ("eight people were killed")
                elif c.dep_ in ("prep", "dative") and c.lower_ in rule.targets and c.lower_ != "in":
                    out += [p for p in c.children if p.dep_ == "pobj" and not _is_time(p)]
            shared = _shared_patient(head) if head is heads[0] and "dobj" in rule.targets else None
            if shared is not None and (obj is None or shared.i != obj.i):
                out.append(shared)  # "were arrested and later released"
        return out

    def _owner(self, phrase: Token, sources: list[_Arg], by_token, rule: Rule) -> list[_Arg]:
        """An actor that owns or authors a phrase: "Serbia's suppression", "calls by Belarus",
        "an appeal from Gbagbo", and from root 06 on a place: "this jail in northern
        Israel", "a peacekeeping mission in Mali" (breadth-first, nearest first). Statements, appeals and
        consultations (01-05) take no place: "discussed the situation in Ukraine" names no partner."""
        codes = {_key(s.mention) for s in sources}
        preps = _OWNER_PREPS | {"for"} if rule.cameo[:2] >= "06" else _OWNER_PREPS - _PLACE_PREPS
        if "10" <= rule.cameo[:2] <= "16":
            # demands, disapproval, rejection, threats, protest and reduced relations fall on the
            # other party of what they object to: "demanded a ceasefire with Muslim militias", "rejected
            # talks with Kiev" (not "executed the agreement with Japan": no killing of Japan)
            preps = preps | {"with", "against"}
        # the rule's own prepositions on the phrase: "placed units along the Cambodian border",
        # "discussed oil markets with Putin"
        preps = preps | ({t for t in rule.targets} & {"near", "along", "around", "toward", "towards", "off", "across",
                                                       "with"})
        if phrase.lemma_.lower() in _FLOWS:
            # a flow's destination or origin: "controls on exports to South Korea", "a ban on
            # imports from Poland"
            preps = preps | {"to", "from"}
        frontier = [phrase]
        while frontier:
            nxt = []
            for tok in frontier:
                for c in tok.children:
                    m = by_token.get(c.i)
                    if m is not None and _key(m) not in codes and _names_actor(c, m) and (c.dep_ in (
                            "poss", "pobj", "compound", "amod", "nmod") or c.dep_ == "npadvmod" and tok.dep_ == "amod") \
                            and not _own_possession(m, sources):
                        return [a for a in self._actors_in(c, by_token) if _key(a.mention) not in codes]
                    if m is None and c.dep_ == "poss" and c.lemma_.lower() in ("country", "nation") and any(
                            d.lower_ == "the" for d in c.children):
                        # "crippled much of the country's power grid": the country named last before
                        named = [_Arg(n, c.doc[i]) for i, n in sorted(by_token.items(), reverse=True)
                                 if i < c.i and n.country and n.role is None and _key(n) not in codes
                                 and n.country not in {s.mention.country for s in sources}]
                        if named:
                            return named[:1]
                    if c.dep_ == "amod" and c.lower_.endswith(_OWNED):
                        nxt.append(c)  # "the British-flagged tanker", "a Japanese-owned ship"
                    elif c.dep_ in ("poss", "compound", "nmod", "appos") or (
                            c.dep_ == "prep" and c.lower_ in preps) or (c.dep_ == "pobj" and tok.dep_ == "prep"):
                        nxt.append(c)
                    elif c.dep_ == "acl" and c.tag_ == "VBN":  # "abuses committed by Serb police"
                        nxt += [a for a in c.children if a.dep_ == "agent"]
                        if rule.cameo[:2] == "09":
                            # what is investigated, and where: "into cars imported from China",
                            # "into abuses committed during the war in Ethiopia's Tigray region"
                            nxt += [a for a in c.children if a.dep_ == "prep" and a.lower_ in preps | {"from", "during"}]
                    elif c.dep_ == "prep" and c.lower_ == "during" and rule.cameo[:2] == "09":
                        nxt.append(c)
                    elif c.dep_ == "pobj" and tok.dep_ == "agent":
                        nxt.append(c)
            frontier = nxt
        return []

    def _nearest(self, rule: Rule, predicate: Token, sources: list[_Arg], by_token, fired: set[int],
                 obj: Token | None = None) -> list[_Arg]:
        if rule.reciprocal and not rule.fallback:
            return []  # a partner must be named ("with", "between", coordination), not guessed
        """The last resort for a target: the actor nearest the predicate in its own clause
        (breadth-first through its dependents, the subject's phrase left out), as a dictionary
        coder takes the next actor in the verb phrase ("staged a hunger strike to protest
        Sweden's decision", "demonstrated in Serbia")."""
        own = {id(s.mention) for s in sources}
        codes = {_key(s.mention) for s in sources}

        def follow(c: Token) -> bool:
            if c.dep_ in _CLAUSE_DEPS and c.i in fired:
                return False  # a coded event speaks for its own clause
            # a conjoined verb has arguments of its own; a relative clause describes a noun; an
            # adverbial clause with its own subject tells another event ("since Japan bought ...")
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in c.children) \
                    and any(g.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS for g in c.children):
                return False
            if c.dep_ == "appos" and c.lemma_.lower() in _REFERRING:
                return False  # ", a move that Seoul regards as retaliation ...": a comment on the act
            return not (c.dep_ in ("conj", "relcl") and c.pos_ in ("VERB", "AUX"))

        # not the subject; not "from" beside the verb ("received weapons from X" names a giver), nor
        # a topic or time ("warned of a crisis in Syria", "after the meeting")
        # Beside the predicate, only the rule's own prepositions lead on, and "in" for a rule with
        # no object ("demonstrated in Serbia"): "sent troops to Poland" is no deployment against it
        # (from root 06 on: "agreed in Minsk", "met in Geneva" name no partner)
        preps = set(rule.targets) | ({"in"} if not rule.objects and rule.cameo[:2] >= "06" else set())
        frontier = [c for c in predicate.children if c.dep_ not in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS + ("agent",)
                    and not (c.dep_ in ("prep", "dative") and c.lower_ not in preps) and follow(c)]
        seen = {predicate.i}
        role_only: list[_Arg] | None = None
        if obj is not None:
            # the event's own object noun ("sent troops") is not its target, nor what measures it
            # ("sent thousands of troops")
            tok = obj
            while tok.i != predicate.i and tok.head.i != tok.i and len(seen) < 5:
                seen.add(tok.i)
                tok = tok.head
            # nor what describes it ("sent military and civilian personnel")
            seen |= {t.i for t in obj.subtree if t.dep_ in ("amod", "compound", "conj", "cc", "nummod", "det")
                     and t.head.i == obj.i or t.head.dep_ == "amod" and t.head.head.i == obj.i}
        while frontier:
            hits = []
            for tok in frontier:
                m = by_token.get(tok.i)
                if tok.i in seen:
                    continue
                if m is not None and id(m) not in own and _key(m) not in codes and _names_actor(tok, m):
                    hits.append(tok)
            # an actor with a country before a bare role ("contribute troops to a force in Liberia")
            for group in ([t for t in hits if by_token[t.i].country], hits if role_only is None else []):
                if group:
                    tok = min(group, key=lambda t: abs(t.i - predicate.i))
                    found = [a for a in self._actors_in(tok, by_token) if _key(a.mention) not in codes]
                    found = found or [_Arg(by_token[tok.i], tok)]
                    if by_token[tok.i].country:
                        return found
                    role_only = found
            seen |= {t.i for t in frontier}
            frontier = [c for t in frontier for c in t.children if c.i not in seen and follow(c) and not (
                obj is not None and t.i == obj.i and c.dep_ in ("prep", "dative") and c.lower_ not in preps)]
        return role_only or []

    @staticmethod
    def _pairs(rule: Rule, sources: list[_Arg], targets: list[_Arg]) -> list[tuple[_Arg, _Arg]]:
        if rule.sources:  # the rule is for sources of these roles only
            sources = [s for s in sources if _role_key(s.mention) in rule.sources]
        if rule.inverse:  # "X received weapons from Y": Y gave them to X
            if _UNKNOWN in targets:
                return []
            sources, targets = targets, sources
        pairs = [(_foreign_to(s, t), _foreign_to(t, s)) for s in sources for t in targets]
        if rule.cameo[:2] == "17":
            pairs = [(s, _subject_of(t, s)) for s, t in pairs]
        pairs = [(s, t) for s, t in pairs if s.mention.code != t.mention.code]
        if rule.cameo[:3] in ("042", "043"):  # nor visit or host one's own country (its other parts may meet)
            pairs = [(s, t) for s, t in pairs if not s.mention.country or s.mention.country != t.mention.country
                     or (t.mention.role is not None and s.mention.role != t.mention.role)]
        if rule.cameo[:2] == "16":  # one does not reduce relations with oneself ("froze U.S. assets")
            pairs = [(s, t) for s, t in pairs if not s.mention.country or s.mention.country != t.mention.country]
        if not targets and (rule.reciprocal or rule.cameo[:2] == "03") and len(sources) > 1:
            # (an intent two parties state together is toward each other: "India and Pakistan
            # agreed to observe the ceasefire")
            # (a government and its rebels are two parties: "Colombia's government and the FARC signed")
            pairs = [(a, b) for a in sources for b in sources if a.mention.code != b.mention.code]
        return pairs

    def _sources(self, verb: Token, passive: bool, by_token) -> list[_Arg]:
        tok = verb
        for _ in range(4):
            if passive:
                for c in tok.children:
                    if c.dep_ == "agent":
                        return self._actors_in(next((p for p in c.children if p.dep_ == "pobj"), None), by_token)
                # an agent the parser hung on an "as" phrase: "was recognised as an independent
                # state by Washington"
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "as":
                        for by in (b for p in c.children if p.dep_ == "pobj" for b in p.children
                                   if b.dep_ == "prep" and b.lower_ == "by"):
                            found = self._actors_in(next((p for p in by.children if p.dep_ == "pobj"), None), by_token)
                            if found:
                                return found
            else:
                subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
                if subj is not None and subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                    # "US envoy Witkoff, who met Putin on Friday, ...": the noun the clause is on, if
                    # it names an actor itself ("the bombing at Kabul airport, which killed" does not)
                    # (a past act, not a standing description: "the militia that has overrun several towns")
                    past = tok.tag_ == "VBD" or any(_is_time(p) for c in tok.children if c.dep_ == "prep"
                                                    for p in c.children if p.dep_ == "pobj") or any(
                        c.dep_ == "aux" and c.lower_ in ("was", "were", "had") for c in tok.children)  # "who were marching"
                    return self._actors_in(tok.head, by_token) if tok.head.i in by_token and past else []
                if subj is not None and subj.lower_ in ("it", "they") and tok.dep_ == "relcl" \
                        and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i != tok.head.i:
                    # "Beijing lifted the duties it had imposed": the pronoun is the main clause's subject
                    found = self._sources(tok.head.head, False, by_token)
                    if found:
                        return found
                if subj is not None:
                    found = self._actors_in(subj, by_token)
                    if not found and subj.lemma_.lower() in _IGO_WORDS:
                        found = self._antecedent(subj, by_token)  # "the alliance", "the bloc"
                    if not found and subj.lemma_.lower() in _DOCUMENTS:
                        found = self._author(subj, by_token)
                    if not any(a.mention.country for a in found):
                        found = self._the_two(subj, by_token) or found
                    if found or subj.lower_ not in _PRONOUNS:
                        return found
                    # "Japan denied that it had imposed ...": a pronoun subject of a
                    # subordinate clause stands for the subject of the governing clause
                    if tok.dep_ in ("ccomp", "advcl", "conj", "xcomp") and tok.head.i != tok.i:
                        tok = tok.head
                        passive = any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in tok.children)
                        continue
                    # "When Abe arrived in Moscow, he said ...": the subject of a clause before it
                    before = next((c for c in tok.children if c.dep_ == "advcl" and c.i < subj.i), None)
                    if before is not None:
                        bsubj = next((c for c in before.children if c.dep_ in _SUBJECT_DEPS), None)
                        return self._actors_in(bsubj, by_token) if bsubj is not None else []
                    return []
            # no subject here: inherit from the governing verb ("agreed to meet", "met and discussed",
            # "is ready to contribute": contribute -> ready -> is)
            infinitive = tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i < tok.i), None)
            if infinitive and attr is not None and self._actors_in(attr, by_token):
                # "he became the first Japanese prime minister to visit": the one named visits
                return self._actors_in(attr, by_token)
            if tok.dep_ in ("advcl", "xcomp") and infinitive and tok.head.lemma_.lower() in _ASKING:
                # "called on Israel and Hamas on Monday to agree to a ceasefire": those asked (the
                # parser hung the infinitive as an adverbial clause after the inserted phrase)
                asked = [p for c in tok.head.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in (
                    "on", "upon")) for p in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]
                found = [a for p in asked for a in self._actors_in(p, by_token)]
                if found or asked:
                    return found  # (those asked, named or not, not the one asking: "called on both sides to ...")
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _OBJECT_CONTROL:
                # "prompting Maduro to break off relations", "forced Kyiv to withdraw": the object acts
                obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
                if obj is not None and (found := self._actors_in(obj, by_token)):
                    return found
            if tok.dep_ in ("xcomp", "conj", "acomp") and tok.head.i != tok.i:
                raised = tok.dep_ == "xcomp"
                tok = tok.head
                passive = any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in tok.children)
                if raised and passive and not any(c.dep_ == "agent" for c in tok.children):
                    # "Obama is scheduled / expected to attend": the passive's subject acts
                    subj = next(c for c in tok.children if c.dep_ in _PASSIVE_SUBJECT_DEPS)
                    return self._actors_in(subj, by_token)
                continue
            if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "for" \
                    and tok.head.head.lemma_.lower() in _PRAISE_VERBS:
                # "praised Putin for agreeing to ...", "thanked Japan for sending ...": the one praised acts
                obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
                if obj is not None and (found := self._actors_in(obj, by_token)):
                    return found
            if tok.tag_ == "VBG" and (tok.dep_ == "advcl" or (tok.dep_ == "pcomp" and tok.head.lower_ == "by")) \
                    and not any(c.dep_ == "mark" for c in tok.children) and tok.head.i != tok.i:
                participle = tok
                # a participle of the same actor: "expelled 45 diplomats, accusing them of spying",
                # "responded by shelling villages"
                tok = tok.head.head if tok.dep_ == "pcomp" else tok.head
                for _ in range(3):  # hung on a complement: "ordered the envoy to leave, accusing ..."
                    if tok.dep_ == "xcomp" and tok.head.i != tok.i:
                        tok = tok.head
                if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children) and tok.head.i != tok.i:
                    # hung on a subordinate clause by the parser: the main clause acts ("China
                    # criticized Japan after its parliament approved the laws, urging Tokyo to ...")
                    tok = tok.head
                if participle.lemma_.lower() in _SPEECH_PARTICIPLES and tok.dep_ == "ccomp" \
                        and tok.head.lemma_.lower() in _REPORT_VERBS | _TELLING and tok.head.i != tok.i:
                    # hung on what was said: the speaker speaks ("told the Council that MINUSMA must
                    # leave, accusing it of ...", "declared that the talks had failed, blaming ...")
                    tok = tok.head
                if tok.pos_ not in ("VERB", "AUX"):
                    break
                passive = any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in tok.children)
                continue
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
                    and tok.head.dep_ in ("dobj", "pobj") and not passive:
                # after a comma a participle speaks for the main clause, not for the noun the parser
                # hung it on: "announced the withdrawal of French troops, blaming the junta"
                verb_above = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if verb_above is not None:
                    tok, passive = verb_above, any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in verb_above.children)
                    continue
            if tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
                if tok.tag_ == "VBN" or passive:
                    return []  # "the civilians imprisoned by X", "where 24 were killed": no agent
                found = self._actors_in(tok.head, by_token)
                noun = tok.head
                if not found and tok.dep_ == "acl" and tok.tag_ == "VBG" and noun.dep_ == "dobj" \
                        and noun.head.pos_ in ("VERB", "AUX"):
                    # "X issued a statement condemning Y": the statement's author speaks
                    tok, passive = noun.head, False
                    continue
                return found
            break
        return []

    def _slot(self, head: Token, slot: str, passive: bool, obj: Token | None, by_token) -> list[_Arg]:
        if slot in ("dobj", "iobj"):
            deps = ("nsubjpass",) if passive and slot == "dobj" and obj is None else (slot, "dative") if slot == "iobj" \
                else (slot, "oprd")  # ("called Canada's suspension of exports 'politically motivated'")
            fillers = [c for c in head.children if c.dep_ in deps and (obj is None or c.i != obj.i)]
            if not fillers and slot == "dobj" and obj is not None and obj.head.i == head.i and obj.dep_ == "dobj" \
                    and obj.i in by_token and by_token[obj.i].country:
                fillers = [obj]  # the object named by the rule is itself the actor: "ordered 40 German diplomats to leave"
            if not fillers and deps == ("nsubjpass",) and (shared := _shared_patient(head)) is not None:
                fillers = [shared]
            if not fillers and slot == "dobj" and obj is not None and obj.head.i == head.i and obj.dep_ == "dobj":
                # the owner of the thing the rule names: "released the British-flagged tanker",
                # "returned Japan's fishing boats"
                fillers = [c for c in obj.children if c.dep_ == "poss" and c.i in by_token] + [
                    a for c in obj.children if c.dep_ == "amod" and c.lower_.endswith(_OWNED)
                    for a in c.children if a.dep_ == "npadvmod" and a.i in by_token]
        else:
            fillers = [p for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == slot
                       for p in c.children if p.dep_ == "pobj"]
        return [a for f in fillers for a in (
            self._antecedent(f, by_token) or self._actors_in(f, by_token) if f.lemma_.lower() in _DESCRIPTORS
            else self._actors_in(f, by_token) or self._antecedent(f, by_token))]  # ("its neighbour of arming rebels")

    @staticmethod
    def _the_two(subj: Token, by_token) -> list[_Arg]:
        """"The two leaders", "both sides", "the two countries": the last two actors of different
        countries named before them in the sentence ("Kishida hosted Yoon in Tokyo, and the two
        leaders agreed ...")."""
        if subj.lemma_.lower() not in _PAIR_NOUNS or not any(
                c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in subj.children):
            return []
        found: list[_Arg] = []
        for i in range(subj.i - 1, subj.sent.start - 1, -1):
            m = by_token.get(i)
            # places and organisations are no party to "the two sides" ("on the sidelines of the
            # APEC summit, as the two sides tried to repair ties")
            if m is not None and m.country and not m.country.startswith("IGO") \
                    and not m.entry.endswith((":capital", ":city", ":region")) \
                    and all(m.country != a.mention.country for a in found):
                found.append(_Arg(m, subj.doc[i]))
                if len(found) == 2:
                    # "the two governments", "both armies": the countries' own institutions
                    role = _PAIR_ROLES.get(subj.lemma_.lower())
                    return [a if role is None or a.mention.role is not None else _Arg(replace(
                        a.mention, role=role, code=a.mention.country + role, entry=a.mention.entry + "+pair"), a.token)
                        for a in found[::-1]]
        return []

    def _antecedent(self, pronoun: Token, by_token, exclude: frozenset[str] = frozenset()) -> list[_Arg]:
        """The actor an object pronoun of reported speech stands for: the reporter ("Israel said
        rockets were fired at it", "Kiev says the rebels attacked it")."""
        if pronoun.lemma_.lower() in _IGO_WORDS and any(d.lower_ == "the" for d in pronoun.children):
            # "urged the council to intervene": the organisation named before
            return [_Arg(m, pronoun.doc[i]) for i, m in sorted(by_token.items(), reverse=True)
                    if i < pronoun.i and m.code.startswith("IGO")][:1]
        if pronoun.lemma_.lower() in _DESCRIPTORS and any(
                d.lower_ in ("the", "its", "their") and d.dep_ in ("det", "poss") for d in pronoun.children):
            # "accusing its neighbour of meddling", "accusing the kingdom of hostile acts": the
            # country named last before, other than the clause's own actor
            verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            own = {a.mention.country for a in (self._sources(verb, False, by_token) if verb is not None else [])}
            return [_Arg(m, pronoun.doc[i]) for i, m in sorted(by_token.items(), reverse=True)
                    if i < pronoun.i and m.country and m.role is None and not m.country.startswith("IGO")
                    and m.country not in own and m.code not in exclude][:1]
        verb = pronoun.head
        if pronoun.lower_ in ("him", "her", "them", "it") and pronoun.dep_ == "dobj" and verb.tag_ == "VBG" \
                and verb.dep_ == "advcl" and verb.i > 0 and pronoun.doc[verb.i - 1].text == ",":
            # "issued an arrest warrant for Putin, accusing him of ...": the one the main clause
            # acted on, nearest before the participle (also the first of two joined clauses:
            # "stripped 94 critics of their citizenship and ordered ..., accusing them of ...")
            main = verb.head
            if main.dep_ == "ccomp" and verb.lemma_.lower() in _SPEECH_PARTICIPLES:
                # hung on what the speaker said: its subject ("told the Council that MINUSMA must
                # leave, accusing it of ...")
                subj = next((c for c in main.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS), None)
                found = self._actors_in(subj, by_token) if subj is not None else []
                if found:
                    return found[:1]
            heads = [main]
            while heads[-1].dep_ in ("conj", "xcomp") and heads[-1].head.i != heads[-1].i and len(heads) < 4:
                heads.append(heads[-1].head)  # ("ordered seven UN officials to leave, accusing them")
            for c in [c for h in heads for c in h.subtree if c.dep_ == "dobj" and c.head.pos_ in ("VERB", "AUX")
                      and c.i < verb.i][::-1] + [main]:
                # the main clause's object first ("would not allow US aid convoys into Venezuela,
                # calling them ..."), else any actor it names outside its subject
                named = [t for t in c.subtree if t.i in by_token and t.i < verb.i and not any(
                    a.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS and a.head.i == main.i for a in [t, *t.ancestors])]
                if named:  # the phrase's own words before what its prepositions add
                    depth = {t.i: sum(1 for a in t.ancestors if a.i in {x.i for x in c.subtree}) for t in named}
                    return self._actors_in(min(named, key=lambda t: (depth[t.i], -t.i)), by_token)[:1]
            return []
        governing = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if pronoun.lower_ in ("him", "her") and governing is not None and governing.dep_ == "conj":
            # "spoke by telephone with the cleric and urged him to help": the one the first verb named
            first = governing.head
            named = [a for c in first.children if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in (
                "with", "to")) for p in ([c] if c.dep_ in ("dobj",) else [x for x in c.children if x.dep_ == "pobj"])
                for a in self._actors_in(p, by_token) if a.mention.code not in exclude]
            if named:
                return named[:1]
        if pronoun.lower_ == "them":
            # "protesters blocked highways, and police detained dozens of them", "police fired tear
            # gas to disperse them": the subject of the clause this one is joined or subordinate to
            verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            own = {id(a.mention) for a in (self._sources(verb, False, by_token) if verb is not None else [])}
            tok = verb
            for _ in range(4):
                if tok is None or tok.dep_ not in ("conj", "advcl", "xcomp") or tok.head.i == tok.i:
                    break
                tok = tok.head
                subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS), None)
                found = [a for a in self._actors_in(subj, by_token) if id(a.mention) not in own
                         and a.mention.code not in exclude] if subj is not None else []
                if found:
                    return found
        if pronoun.lower_ not in ("it", "them"):
            return []
        clause = pronoun
        while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORT_VERBS:
            return []
        return [a for a in self._sources(clause.head, False, by_token) if a.mention.country]

    def _actors_in(self, tok: Token | None, by_token) -> list[_Arg]:
        """Actors named by the noun phrase headed by ``tok`` and its conjuncts."""
        if tok is None:
            return []
        out: list[_Arg] = []
        if tok.i not in by_token and (tok.lemma_.lower() in _CROWDS or tok.pos_ == "NUM"):
            # "thousands of Philippine and US troops": the people counted
            counted = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), None)
            if counted is not None:
                found = self._actors_in(counted, by_token) or (
                    self._antecedent(counted, by_token) if counted.lower_ == "them" else [])  # "dozens of them"
                if found:
                    return found
        heads = [tok, *tok.conjuncts]
        own_mention = by_token.get(tok.i)
        if own_mention is not None:  # "Shinzo Abe and Vladimir Putin" parsed with "Obama" as the conjunct's head
            heads += [cj for t in tok.doc[max(0, tok.i - 4): tok.i + 5] if by_token.get(t.i) is own_mention
                      for cj in t.conjuncts if cj.i not in {h.i for h in heads}]
        # "France, Germany, and Poland": a parser may read a list of countries as apposition;
        # one country never stands in apposition to another, so it is coordination
        own = by_token.get(tok.i)
        for c in tok.children:
            m = by_token.get(c.i)
            if c.dep_ == "appos" and m is not None and m.country and own is not None and m.country != own.country:
                heads += [c, *c.conjuncts]
            if own is None and c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
                    p.dep_ == "pobj" and p.conjuncts for p in c.children):
                # "representatives of Maduro's government and the opposition", "the leaders of
                # France and Germany": each party the people belong to
                heads += [p for pobj in c.children if pobj.dep_ == "pobj" for p in (pobj, *pobj.conjuncts)]
            if own is None and c.dep_ == "prep" and c.lower_ in ("including", "like"):
                # "more than 20 countries, including the United States and Germany"
                heads += [p for pobj in c.children if pobj.dep_ == "pobj" for p in (pobj, *pobj.conjuncts)]
        for head in heads:
            found = [self._np_actor(head, by_token)]
            mods = [m for m in head.children if m.dep_ in _COORDINATED_MODIFIERS]
            for mod in mods:
                if mod.conjuncts:
                    # (countries only: "military" in "energy and military cooperation" names no actor)
                    found += [a for m in (mod, *mod.conjuncts) if (a := self._np_actor(m, by_token)) is not None
                              and (a.mention.country or _names_actor(m, a.mention))]
                    # a list the parser split: "the British, French and German ambassadors"
                    found += [self._np_actor(m, by_token) for m in mods if m.i < mod.i and m.i + 1 < len(m.doc)
                              and m.doc[m.i + 1].text == "," and m.i in by_token and by_token[m.i].country]
            for arg in found:
                if arg is not None and all(arg.mention is not o.mention for o in out):
                    out.append(arg)
        return out

    @staticmethod
    def _np_actor(head: Token, by_token) -> _Arg | None:
        if head.i in by_token:
            return _Arg(by_token[head.i], head)
        # breadth-first through the noun phrase: the nearest mention to the head wins
        frontier = [head]
        seen = {head.i}
        possessed = None  # "its warship": only if nothing else is named
        while frontier:
            nxt = []
            for tok in frontier:
                for c in tok.children:
                    if c.i in seen:
                        continue
                    seen.add(c.i)
                    ok = c.dep_ in _NP_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "by")) or (
                        c.dep_ == "pobj" and tok.lower_ in ("of", "by")
                    )
                    if not ok:
                        continue
                    if c.i in by_token and _names_actor(c, by_token[c.i]):
                        if not by_token[c.i].entry.endswith("+possessive"):
                            return _Arg(by_token[c.i], head)
                        possessed = possessed or _Arg(by_token[c.i], head)
                    nxt.append(c)
            frontier = nxt
        return possessed

    @staticmethod
    def _location(verb: Token, by_token) -> Location | None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS:
                for p in c.children:
                    m = by_token.get(p.i)
                    if p.dep_ == "pobj" and m is not None and m.entry.endswith((":capital", ":city", ":region")):
                        return Location(name=m.text, country=m.country)
        return None

    @staticmethod
    def _event(rule, cameo: CameoCode, src: _Arg, tgt: _Arg, mode, doc_id, sentence_idx, offset, text,
               when, precision, origin, tags, location) -> Event:
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


_PEOPLE = {"people", "person", "member", "individual", "other", "man", "woman", "child", "villager", "resident",
           "passenger", "pilgrim", "worshipper", "bystander", "victim", "family", "dozen", "hundred", "thousand",
           "million", "score"}


def _subject_of(target: _Arg, source: _Arg) -> _Arg:
    """A state's coercion of people it names by role only falls on its own people: "Nicaragua
    stripped 94 exiled critics of their citizenship" (NICOPP), "police detained dozens of
    protesters" (the police's country); people of a named country keep it ("detained two
    Canadian citizens")."""
    t, s = target.mention, source.mention
    foreign = target.token is not None and any(
        c.lower_ in ("foreign", "international", "overseas", "western", "expatriate") for c in target.token.children)
    if t.country is None and t.role in _DOMESTIC_TARGETS and s.country and not s.country.startswith("IGO") \
            and s.role in (None, *_STATE_ROLES) and not foreign:
        return _Arg(replace(t, country=s.country, code=s.country + t.role, entry=t.entry + "+subject_of"),
                    target.token)
    return target


def _key(m: ActorMention) -> tuple[str, bool]:
    """Who an actor is, for telling the two sides of an event apart: a government given the
    sentence's only country is not yet that country's named government (see _foreign_to)."""
    return m.code, m.role == "GOV" and m.entry.endswith("+sentence_country")


def _foreign_to(arg: _Arg, other: _Arg) -> _Arg:
    """A government given the sentence's only country ("the government" in a sentence naming
    China alone) is not that country's when it deals with that very country or its government:
    "The government thanked China for its assistance" is ---GOV -> CHN ("the president imposed
    a curfew in Algiers" stays Algeria's: a place is no party)."""
    m, o = arg.mention, other.mention
    place = other.token is not None and other.token.dep_ == "pobj" and other.token.head.lower_ in _PLACE_PREPS
    if m.role == "GOV" and m.entry.endswith("+sentence_country") and o.country == m.country \
            and o.role in (None, "GOV") and not o.entry.endswith("+sentence_country") and not place:
        return _Arg(replace(m, country=None, code="---" + (m.role or ""),
                                        entry=m.entry.removesuffix("+sentence_country")), arg.token)
    return arg


def _without_elaborations(firings: list[_Firing]) -> list[_Firing]:
    """Drop a participle that tells more of an event already coded, not an event of its own: the
    toll of an attack ("stormed an army base, killing 17 soldiers"), the aim of a protest
    ("rallied outside the embassy, demanding that Tokyo ...")."""
    by_verb = {f.predicate.i: f for f in firings}

    def elaborates(f: _Firing) -> bool:
        p = f.predicate
        if p.tag_ != "VBG" or p.dep_ != "advcl" or any(c.dep_ == "mark" for c in p.children):
            return False
        head = by_verb.get(p.head.i)
        if head is None:
            return False
        root, head_root = f.rule.cameo[:2], head.rule.cameo[:2]
        return (root in _VIOLENT_ROOTS and head_root in _VIOLENT_ROOTS) or (root == "10" and head_root == "14")

    dropped = set()
    for f in firings:
        if elaborates(f):
            head = by_verb[f.predicate.head.i]
            if all(t is _UNKNOWN for _, t in head.pairs) and any(t is not _UNKNOWN for _, t in f.pairs):
                # the toll names whom the attack hit: "fired mortar shells across the border,
                # killing two Indian soldiers" is the shelling of the soldiers (the participle's
                # code already takes the head's weapon, see _means)
                dropped.add(id(head))
            else:
                dropped.add(id(f))
    return [f for f in firings if id(f) not in dropped]


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today",
               "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "dawn", "dusk",
               "weekend", "week", "month", "year", "day", "hour", "decade", "overnight", "midnight", "noon"}


def _possessors(sent: Doc, by_token: dict[int, ActorMention]) -> dict[int, ActorMention]:
    """"its"/"their" + role belongs to the subject of the clause it stands in, climbing through
    subjectless clauses and ones whose subject names no actor ("India pulled out of the talks,
    saying the deal would hurt its farmers": INDAGR). The actor coder, which works before the
    parse, took the nearest country named before ("... with China ...": CHNAGR)."""
    out = by_token
    for m in {id(m): m for m in by_token.values()}.values():
        toks = [i for i, n in by_token.items() if n is m]
        first = sent[min(toks)]
        word = sent[first.i - 1].lower_ if first.i > 0 else ""
        if m.country is None and m.role and word == "'s" and first.i >= 3 and sent[first.i - 2].lower_ == "country" \
                and sent[first.i - 3].lower_ == "the":
            # "the country's military junta": the country named last before it
            named = [n for i, n in sorted(by_token.items(), reverse=True)
                     if i < first.i - 3 and n.country and n.role is None]
            if named:
                fixed = replace(m, country=named[0].country, code=named[0].country + m.role)
                out = dict(out) if out is by_token else out
                for i in toks:
                    out[i] = fixed
            continue
        if not ("+possessive" in m.entry and word in ("its", "their")) and not (
                m.country is None and m.role in _STATE_ROLES and word in ("his", "her", "whose")):
            continue
        clause, owner = sent[first.i - 1].head, None
        if word == "whose":
            # "Kishida, whose government joined the sanctions": the noun the clause is on
            clause = next((a for a in sent[first.i - 1].ancestors if a.dep_ == "relcl"), clause)
            owner = by_token.get(clause.head.i) if clause.dep_ == "relcl" else None
            if owner is None or not owner.country:
                continue
            clause = clause.head
        for _ in range(8 if owner is None else 0):
            if clause.pos_ in ("VERB", "AUX"):
                subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                named = by_token.get(subj.i) if subj is not None else None
                if named is m and word in ("its", "their"):
                    break  # "protested to China after its ships entered": left to the nearest
                if named is not None and named is m:
                    named = None  # "Ruto said his government was ready": the person above
                if named is not None:
                    owner = named
                    break
                if clause.dep_ == "xcomp":  # object control: "urged Israel to protect its civilians"
                    obj = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
                    if obj is not None and obj.i in by_token:
                        owner = by_token[obj.i] if by_token[obj.i] is not m else None
                        break
            if clause.head.i == clause.i:
                break
            clause = clause.head
        if owner is None or not owner.country or owner.country == m.country or owner.role in ("REB", "OPP", "UAF",
                                                                                            "CRM"):
            continue
        fixed = replace(m, country=owner.country, code=owner.country + (m.role or ""))
        out = dict(out) if out is by_token else out
        for i in toks:
            out[i] = fixed
    return out


def _is_time(tok: Token) -> bool:
    """A phrase of time ("on Saturday", "in March 2014", "for two weeks"), with or without NER
    (the pipeline parses with the entity recogniser switched off)."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _TIME_WORDS or tok.lemma_.lower() in _TIME_WORDS or (
        tok.like_num and len(tok.text) == 4 and tok.text.isdigit())


def _shared_patient(verb: Token) -> Token | None:
    """The patient of a passive verb conjoined to another without a subject of its own: the
    other verb's subject ("five soldiers were captured and later released by the rebels",
    "the rebels attacked the town and were repelled by troops")."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS
                                                       for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) and not (
            verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)):
        return None
    return next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS), None)


def _unnamed_people(tok: Token) -> bool:
    """People the dictionaries cannot name: "killed 23 people", "jailed 52 members", "arrested dozens"."""
    return tok.lemma_.lower() in _PEOPLE or (tok.like_num and tok.dep_ in ("dobj", "nsubjpass"))


def _role_key(m: ActorMention) -> str:
    """The role a rule's ``sources`` matches: the role code, "-" for a people named by demonym
    ("Ukrainians"), "STATE" for a bare country name ("Ukraine")."""
    return m.role or ("-" if m.entry.endswith(":demonym") else "STATE")


def _stated(verb: Token, obj: Token | None) -> bool:
    """Whether the event is reported as done, or refused (a refusal is an act of its own)."""
    mode = predicate_mode(verb, obj)
    return mode == "asserted" or (mode == "negated" and refused(verb))


def _modal(clause: Token) -> str | None:
    """The modal of a clause: "must", "should", "have to" / "need to" as "have" / "need", or "to"
    for an infinitive with its own subject."""
    for c in clause.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            return c.lower_
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and any(
            c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return "to"  # "wants Putin to attack": an infinitive with a subject of its own
    if clause.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in clause.children):
        return clause.lemma_
    return None


def _own_possession(mention: ActorMention, sources: list[_Arg]) -> bool:
    """A role the source owns by a possessive pronoun ("the sinking of its warship") is no target."""
    return mention.entry.endswith("+possessive") and any(s.mention.country == mention.country for s in sources)


def _complement(verb: Token, rule: Rule) -> Token | None:
    """The verb's to-infinitive complement. The parser makes one an adverbial clause when a
    phrase stands between ("threatened on Sunday to impose sanctions"); such a clause counts
    only where the rule names its verb and the verb has no object, since "went to Paris to meet
    Xi" is a purpose."""
    complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if complement is None and (rule.complements or rule.cameo[:2] in ("02", "10", "13")) \
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        # (after an object it is a purpose: "offered its troops to help him", "opened the bridge
        # to allow deliveries"; a threat's, appeal's or demand's infinitive is what is threatened or
        # asked for)
        complement = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                           and (not rule.complements or c.lemma_.lower() in rule.complements)
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                           and not any(a.dep_ in ("mark", "nsubj", "nsubjpass") for a in c.children)), None)
    if complement is None and rule.complements:
        # or on the object: "ordered the mission [to leave]" read as a relative clause
        complement = next((a for c in verb.children if c.dep_ == "dobj" for a in c.children
                           if a.dep_ in ("relcl", "acl") and a.lemma_.lower() in rule.complements
                           and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
                           and not any(x.dep_ in ("nsubj", "nsubjpass", "dobj") for x in a.children)), None)
    return complement


def _xcomp_depth(tok: Token) -> int:
    depth = 0
    while tok.dep_ == "xcomp" and tok.head.i != tok.i and depth < 5:
        tok, depth = tok.head, depth + 1
    return depth


def _names_actor(tok: Token, mention: ActorMention) -> bool:
    """False for a role word with no country used as a modifier: "military" in "military
    exercises" describes the exercises; it does not name an actor as "the military" does."""
    dep = tok.dep_
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:  # "energy and military cooperation"
        head = head.head
        dep = head.dep_ if head.dep_ != "conj" else dep
    return mention.country is not None or dep not in ("amod", "compound", "nmod") or (
        # a role word that modifies another noun owns it: "a guerrilla stronghold", "rebel positions"
        tok.dep_ in ("compound", "amod") and tok.lower_ not in _DESCRIPTIVE_ROLES
        and (tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in _OWNING_ADJECTIVES)
        and mention.text.rsplit(None, 1)[-1] == tok.text)  # (not inside its own mention: "peacekeeping troops")


def _names(tok: Token, entries: tuple[str, ...]) -> bool:
    """Whether ``tok`` is one of the rule's nouns: a lemma ("aid"), or a modifier and its noun
    ("humanitarian aid": the noun with an adjective or compound child of that word)."""
    lemma = tok.lemma_.lower()
    for entry in entries:
        if " " not in entry:
            if lemma == entry or tok.lower_ == entry:
                return True
            continue
        modifier, head = entry.rsplit(" ", 1)
        if (lemma == head or tok.lower_ == head) and any(
            c.dep_ in ("amod", "compound", "nmod", "advmod") and (c.lower_ == modifier or c.lemma_.lower() == modifier)
            for c in tok.children
        ):
            return True
    return False
