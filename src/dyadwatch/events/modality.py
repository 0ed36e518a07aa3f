"""The mode of an event predicate: asserted, negated, denied, hypothetical or planned.

Read off the dependency parse around the predicate token; the first that applies wins, in the
order denied > negated > hypothetical > planned > asserted.
"""

from __future__ import annotations

from spacy.tokens import Token

from .rules import surface_forms

DENY_VERBS = {"deny", "reject", "dismiss", "refute"}
PLAN_VERBS = {
    "plan", "intend", "hope", "expect", "aim", "seek", "want", "prepare", "schedule", "agree",
    "promise", "pledge", "vow", "decide", "propose", "offer", "wish", "consider", "mull",
    "arrange", "set", "look", "threaten", "swear",
}
_PLAN_FORMS = frozenset(form for verb in PLAN_VERBS for form in surface_forms(verb))
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll"}
REPORTING_VERBS = {"say", "tell", "announce", "report", "state", "add", "claim", "insist", "warn", "confirm",
                   "declare", "assure"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
FUTURE_MARKS = {"before", "until", "till", "once"}  # their present tense speaks of what is to come
# verbs whose "that" clause in the subjunctive names what is asked for, not what happened
DEMAND_VERBS = {"demand", "insist", "urge", "ask", "require", "request", "recommend", "propose", "suggest",
                "order", "command", "stipulate"}
# verbs whose to-infinitive names what others are asked to do
ASKING_VERBS = {"urge", "call", "ask", "appeal", "implore", "press", "exhort", "beseech", "entreat", "demand"}
NEGATIONS = {"not", "n't", "never", "no"}
STOP_VERBS = {"stop", "cease", "halt", "suspend", "end", "quit", "discontinue"}
NEGATING_VERBS = {"refuse", "decline", "fail", "neglect"}
READY_ADJECTIVES = {"ready", "willing", "prepared", "determined", "eager", "keen", "set", "poised", "likely", "due",
                   "slated"}


def predicate_mode(verb: Token, obj: Token | None = None) -> str:
    """Mode of the event whose predicate is ``verb`` (and object noun ``obj``, if any)."""
    if verb.pos_ in ("NOUN", "PROPN"):
        nominal = nominal_mode(verb)
        if nominal is not None:
            return nominal
    chain = _clause_chain(verb)
    # denied: the event sits under "deny" ("X denied that Y attacked", "X denied attacking")
    for below, head in zip(chain, chain[1:]):
        if head.lemma_ in DENY_VERBS:
            return "denied"
        if (below.dep_ in ("advcl", "conj") and below.tag_ == "VBG") or (
                below.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
                and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "when", "since", "as", "while")
                        for c in below.children)):
            # ("denied arming the rebels, a day after Kinshasa accused Kigali": the accusation stands)
            break  # a participle beside the denial is no part of what is denied: "China denied
            # that its troops had crossed, accusing New Delhi of lying" (the accusation stands)
    objects = [obj] if obj is not None else [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if _negated(verb) or any(c.lower_ == "no" and c.dep_ == "det" for o in objects for c in o.children):
        return "negated"  # "offered no evidence", "no sanctions were imposed"
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(_has_mark(v, CONDITIONAL_MARKS) for v in chain[:2]):
        return "hypothetical"  # the event is the condition: "if Japan imposes sanctions"
    if any(c.dep_ == "advcl" and _has_mark(c, CONDITIONAL_MARKS) for c in verb.children):
        return "hypothetical"  # the event depends on a condition: "if talks fail, Japan will ..."
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    if "would" in aux:
        # "X said Y would ..." reports an intention: planned; a bare "would" is conditional
        return "planned" if any(h.lemma_ in REPORTING_VERBS for h in chain[1:3]) else "hypothetical"
    if aux & FUTURE_AUX or _going_to(verb):
        return "planned"
    if verb.tag_ in ("VBZ", "VBP") and not aux and _has_mark(verb, FUTURE_MARKS):
        return "planned"  # the present of a coming event: "two days before Putin flies to Beijing"
    governed = _governing_mode(verb)
    if governed is not None:
        return governed
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # the content of a noun of intent or request: "the plan to impose sanctions" (planned),
        # "threats to impose sanctions", "calls to expel the envoy" (not done)
        noun = verb.head.lemma_.lower()
        if noun in INTENT_NOUNS:
            return "planned"
        if noun in UNREALISED_NOUNS:
            return "hypothetical"
    if verb.dep_ == "ccomp" and _plans(verb.head) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "hypothetical"  # another actor's wish: "Merkel wants Erdogan to attack"
    if verb.dep_ == "ccomp" and verb.head.lemma_ in DEMAND_VERBS and verb.tag_ in ("VB", "VBP") and not aux:
        return "hypothetical"  # what is demanded: "demanded that Russia pull back its troops"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in DENY_VERBS:
        return "denied"
    return "asserted"


# nouns whose to-infinitive names an act intended (planned) or only asked for, threatened or tried
INTENT_NOUNS = {"plan", "promise", "pledge", "offer", "proposal", "intention", "vow", "commitment", "agreement",
                "deal", "readiness", "willingness", "determination", "resolve", "preparation", "intent"}
UNREALISED_NOUNS = {"threat", "warning", "call", "demand", "request", "appeal", "plea", "ultimatum", "bid",
                    "attempt", "effort", "push", "pressure", "campaign", "order", "motion", "resolution", "proposal"}
PLANNED_MODIFIERS = {"planned", "proposed", "upcoming", "forthcoming", "scheduled", "expected", "future",
                     "prospective", "intended", "anticipated", "impending", "coming", "next"}
POSSIBLE_MODIFIERS = {"possible", "potential", "hypothetical", "eventual", "likely", "mooted", "rumoured",
                      "rumored"}
PREPARATION_NOUNS = {"preparation", "plan", "prospect", "date", "invitation", "arrangement", "proposal", "hope",
                     "talk", "idea", "chance", "possibility"}


def nominal_mode(noun: Token) -> str | None:
    """The mode an event noun carries itself: "a planned visit", "a possible trip", "preparations
    for a visit", "prospects for talks"."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & POSSIBLE_MODIFIERS:
        return "hypothetical"
    if mods & PLANNED_MODIFIERS:
        return "planned"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of", "about", "on") and \
            noun.head.head.lemma_.lower() in PREPARATION_NOUNS:
        return "planned"
    return None


VOLITION_AUX = {"will", "would", "shall", "wo", "can", "ca", "could"}


def refused(verb: Token) -> bool:
    """Whether a negated predicate states a refusal rather than reporting that something did
    not happen: "refused to join", "declined to resign", "will not accept", "would not provide",
    "is not willing to send", "cannot allow" (but not "did not meet")."""
    tok = verb
    for _ in range(4):
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if _negated(tok) and (aux & VOLITION_AUX or _plans(tok) or tok.lower_ in READY_ADJECTIVES):
            return True
        if tok.lower_ in READY_ADJECTIVES and tok.dep_ == "acomp" and _negated(tok.head):
            return True  # "is not willing to sign"
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_ in NEGATING_VERBS or tok.lemma_ == "oppose" or (tok.lower_ == "opposed"):
            return True
    return False


def conditional_announcement(verb: Token) -> bool:
    """Whether a hypothetical event is an action announced on a condition: a conditional promise
    or threat ("will boycott the elections unless the president resigns"), which CAMEO codes as an
    expression of intent (03x, 13x) besides the conditional action itself."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not any(c.dep_ == "advcl" and _has_mark(c, CONDITIONAL_MARKS) for c in verb.children):
        return False
    chain = _clause_chain(verb)
    return bool(aux & FUTURE_AUX) or ("would" in aux and any(h.lemma_ in REPORTING_VERBS for h in chain[1:3]))


def _governing_mode(verb: Token) -> str | None:
    """The mode a to-infinitive inherits from the verbs above it ("refused to join": negated;
    "plans to visit", "is ready to send", "prepared to resume shelling", "will agree to lift":
    planned), climbing a chain of complements."""
    tok = verb
    for _ in range(3):
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return None
        head = tok.head
        if stopped(tok):
            return predicate_mode(head)  # what is stopped has the stopping's mode ("demanded that X stop selling")
        if head.lemma_ in NEGATING_VERBS:
            return "negated"  # "refused to join sanctions", "failed to reach a deal"
        planned = (
            _plans(head) or head.lower_ in READY_ADJECTIVES
            or (head.lemma_ == "be" and _plans(head.head))
        )
        if planned:
            negated = _negated(head) or (head.dep_ == "acomp" and _negated(head.head))  # "is not willing to"
            return "negated" if negated else "planned"
        aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if _negated(head):
            return "negated"
        if aux & FUTURE_AUX:
            return "planned"
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        tok = head
    return None


def stopped(verb: Token) -> bool:
    """A participle under a verb of stopping: "stopped selling weapons to Taiwan" (an act
    ended, coded as the reduction of what was done, not as the act)."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_ in STOP_VERBS


def _plans(tok: Token) -> bool:
    """A verb of planning or intent, by lemma or by its inflected form (the lemmatizer reads
    "hopes" as "hop")."""
    return tok.lemma_ in PLAN_VERBS or tok.lower_ in _PLAN_FORMS


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs that govern it through clausal links (xcomp, ccomp, conj...)."""
    chain = [verb]
    tok = verb
    while tok.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp") and tok.head.i != tok.i and len(chain) < 5:
        tok = tok.head
        chain.append(tok)
        if tok.dep_ == "prep":  # "denied [of] attacking"
            tok = tok.head
            chain.append(tok)
    return chain


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "neg")) for c in verb.children):
        return True
    # negation carried by the auxiliary of a conjoined or passive verb: "did not ... or recall"
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        return any(c.dep_ == "neg" for c in verb.head.children)
    return False


def _has_mark(verb: Token, marks: set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.lemma_ == "be" for c in head.children)
