"""Predicate frames from the dependency parse: trigger, who acts, on whom.

Verbs: the subject (``nsubj``), or the passive agent (``by ...``) with the passive subject as
target; subjects are inherited through ``xcomp`` (object control: "asked Putin to X" makes Putin
the actor of X), ``conj``, participles and relative clauses. Targets: the direct object, the
object of the lexicon's particle ("call on X"), dative, then prepositional objects.
Event nouns ("talks", "sanctions", "attack") take their possessor or actor modifier as source,
else the subject of the verb they hang on ("held talks with"), and their prepositional
objects as targets. Coordinated actors give one frame per pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.events.lexicon import LexEntry, Lexicon, cues
from eventwire.events.triggers import in_date

SUBJ = ("nsubj", "csubj")
TARGET_PREPS = ("with", "against", "on", "to", "into", "at", "from", "for", "over", "toward",
                "towards", "upon", "between", "among", "across", "onto", "of")
NOUN_TARGET_PREPS = ("with", "against", "on", "to", "into", "at", "between", "among", "for",
                     "over", "of", "by", "from", "toward", "towards", "upon")
OBJECT_CONTROL = frozenset({
    "ask", "urge", "tell", "order", "call", "force", "invite", "allow", "persuade", "encourage",
    "press", "push", "pressure", "request", "instruct", "advise", "warn", "direct", "authorize",
    "authorise", "permit", "help", "implore", "beg", "appeal", "enable", "compel", "oblige",
})


@dataclass
class Frame:
    trigger: Token
    entry: LexEntry
    sources: list[Token]
    targets: list[Token] = field(default_factory=list)
    thing: Token | None = None  # the object when it is a thing, not an actor
    state_actor: bool = False  # an agentless passive act of coercion: done by the state
    matched: Token | None = None  # the object a lexicon row required ("expelled diplomats")
    actor_only: set[int] = field(default_factory=set)  # targets that must be actors, not things


def conjuncts(tok: Token) -> list[Token]:
    """The token and its coordinated actors; "the armies of India and Pakistan" gives both."""
    out = [tok, *[c for c in tok.conjuncts if c.pos_ in ("PROPN", "NOUN", "PRON")]]
    if len(out) == 1 and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        for child in tok.children:  # "the South Korean and Japanese foreign ministers"
            if child.dep_ in ("amod", "compound") and child.conjuncts and child.text[:1].isupper():
                return [child, *child.conjuncts]
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs and objs[0].conjuncts:
                    return [objs[0], *objs[0].conjuncts]
    return out


def _stranded_subject(v: Token) -> Token | None:
    """Repair "X fired shells into the island and [the Navy] returned fire", where the parser
    hung the second subject on the first clause's object as a conjunct."""
    if v.dep_ not in ("conj", "advcl") or any(c.dep_ in SUBJ for c in v.children):
        return None
    j = v.i - 1
    while j > v.sent.start and v.doc[j].head.i == v.i and v.doc[j].dep_ in ("advmod", "aux",
                                                                           "neg"):
        j -= 1
    cand = v.doc[j]
    if cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ != "conj" or \
            cand.head.pos_ not in ("NOUN", "PROPN") or cand.left_edge.i == 0:
        return None
    before = v.doc[cand.left_edge.i - 1]
    return cand if before.lower_ in ("and", "but", "while") and before.dep_ == "cc" else None


def subjects(v: Token, depth: int = 0) -> list[Token]:
    """The acting subjects of a verb, inherited through control and coordination."""
    if depth > 5:
        return []
    for child in v.children:
        if child.dep_ in SUBJ:
            return conjuncts(child)
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return conjuncts(objs[0])
    if any(c.dep_ == "nsubjpass" for c in v.children):
        return []  # passive without agent: the actor is unstated (see verb_frame for 15x)
    head = v.head
    if head.i == v.i:
        return []
    if v.dep_ == "xcomp":
        for child in head.children:  # "police were seen reinforcing ..."
            if child.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in head.children):
                return conjuncts(child)
        if head.lemma_.lower() in OBJECT_CONTROL:
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    return conjuncts(child)
        return subjects(head, depth + 1)
    if v.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.pos_ == "VERB":
        for child in head.head.children:  # "accused Britain of threatening ..."
            if child.dep_ == "dobj":
                return conjuncts(child)
        if head.head.dep_ == "acl" and head.head.tag_ == "VBN":  # "a warlord accused of
            return [head.head.head]                              #  killing X"
    if v.dep_ == "advcl" and v.tag_ == "VBN":
        return []  # "she spoke when asked about it": the main subject was asked, not asking
    stranded = _stranded_subject(v)
    if stranded is not None:
        return [stranded]
    if v.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return subjects(head, depth + 1)
    if v.dep_ == "pcomp" or (v.dep_ == "pobj" and head.dep_ == "prep"):
        return subjects(head.head, depth + 1)
    if v.dep_ in ("acomp", "attr") and head.pos_ in ("VERB", "AUX"):  # "are likely to veto"
        return subjects(head, depth + 1)
    if v.dep_ == "acl" and head.pos_ == "NOUN" and (
            head.lemma_.lower() in cues()["intent_heads"] or
            head.lemma_.lower() in cues()["hypothetical_heads"] or
            head.lemma_.lower() in cues()["document_nouns"]):
        return noun_agents(head, depth + 1)  # "Kim expressed hope to hold talks"
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return []  # "a warlord accused of ...": the head noun undergoes the act
    if v.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [head]
    if v.dep_ == "ccomp" and head.pos_ == "NOUN":  # "his plan to run"
        return subjects(head, depth + 1) if head.dep_ != "ROOT" else []
    return []


def noun_agents(n: Token, depth: int = 0) -> list[Token]:
    """Who holds an intention noun: its possessor ("Pyongyang's attempts") or the subject of
    the verb it is the object of ("Kim expressed hope")."""
    for child in n.children:
        if child.dep_ == "poss":
            return conjuncts(child)
    if n.dep_ in ("dobj", "attr", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
        return subjects(n.head, depth + 1)
    return []


def _pobjs(prep: Token) -> list[Token]:
    out: list[Token] = []
    for g in prep.children:
        if g.dep_ == "pobj":
            out.extend(conjuncts(g))
        elif g.dep_ == "prep":  # "from inside the council"
            out.extend(_pobjs(g))
    return out


def _prep_targets(tok: Token, preps: tuple[str, ...]) -> list[list[Token]]:
    groups = []
    later: list[list[Token]] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            objs = _pobjs(child)
            if objs:
                groups.append(objs)
        if child.dep_ == "prep":  # "launched an operation ... in an attack on X"
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    later.extend(_pobjs(g) for g in pobj.children
                                 if g.dep_ == "prep" and g.lower_ in ("on", "against"))
    return groups + [g for g in later if g]


def verb_frame(v: Token, entry: LexEntry, particle: Token | None, obj: Token | None) -> Frame:
    frame = Frame(v, entry, subjects(v))
    groups: list[list[Token]] = []
    passive_subj = [c for c in v.children if c.dep_ == "nsubjpass"]
    if passive_subj and not frame.sources and entry.cameo.startswith("15"):
        frame.sources = conjuncts(passive_subj[0])  # "the army was deployed": forces act
    elif passive_subj and not frame.sources and entry.cameo.startswith("17"):
        frame.state_actor = True  # "the station was shut down", "camps were ordered to ..."
    if particle is not None and (particle.dep_ in ("prep", "dative") or particle.head.i != v.i):
        groups.append(_pobjs(particle))
    if obj is not None:
        frame.thing = frame.matched = obj
        groups.extend(conjuncts(c) for c in v.children  # "gave Kenya $10 million": Kenya
                      if c.dep_ in ("dative", "iobj") and c.i != obj.i)
        groups.append(conjuncts(obj))  # "expelled two diplomats", "he was released"
        groups.extend(_prep_targets(obj, TARGET_PREPS))
        groups.extend(_prep_targets(v, TARGET_PREPS))
        for child in obj.children:  # "cut Iran's ties", "the Saudi embassy"
            if child.dep_ == "poss":
                groups.append([child])
    else:
        for child in v.children:
            if child.dep_ in ("dobj", "dative", "iobj", "attr", "oprd"):
                groups.append(conjuncts(child))
        if passive_subj and any(c.dep_ == "agent" for c in v.children) or (
                passive_subj and not frame.sources):
            groups.insert(0, conjuncts(passive_subj[0]))
        groups.extend(_prep_targets(v, TARGET_PREPS))
        dobj = [c for c in v.children if c.dep_ == "dobj"]
        if dobj:
            frame.thing = dobj[0]
        if v.dep_ == "acl" and v.tag_ == "VBN":  # "women forced into slavery by troops"
            groups.insert(0, [v.head])
    if v.dep_ == "acl" and v.head.lemma_.lower() in cues()["document_nouns"] and \
            v.head.head.pos_ == "VERB":  # "sent a letter to X requesting aid"
        groups.extend(_prep_targets(v.head.head, ("to",)))
    for child in v.children:  # "demanding he step down": the content clause's subject
        if child.dep_ == "ccomp" and not entry.cameo.startswith("01"):
            groups.extend(conjuncts(g) for g in child.children if g.dep_ in ("nsubj",
                                                                           "nsubjpass"))
    for child in v.children:  # "opened fire to drive crowds back", "refused to allow UN
        if child.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in child.children):
            inner = [conjuncts(g) for g in child.children  # planes to land": the act's
                     if g.dep_ in ("dobj", "dative")]        # own participants (actors only)
            inner += _prep_targets(child, ("to", "against", "with", "on", "into"))
            frame.actor_only.update(t.i for g in inner for t in g)
            groups.extend(inner)
    if entry.cameo.startswith("02"):  # a request's object is what is asked for; its
        things = [g for g in groups if g and g[0].dep_ == "dobj" and  # addressee comes first
                  g[0].pos_ == "NOUN" and g[0].ent_type_ == ""]
        groups = [g for g in groups if g not in things] + things
    frame.targets = [t for g in groups for t in g]
    return frame


def noun_frame(n: Token, entry: LexEntry, triggers: frozenset[str] = frozenset()) -> Frame:
    between = [t for c in n.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
               for t in _pobjs(c)]
    if len(between) >= 2:  # "talks between A, B and C": every pair
        return Frame(n, entry, between, between)
    sources: list[Token] = []
    for child in n.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            sources = conjuncts(child)
            break
    if not sources:
        for child in n.children:  # "U.S. airstrikes", "Russian sanctions", not "poisonous gas"
            if child.dep_ in ("compound", "amod", "nmod") and (
                    child.pos_ == "PROPN" or child.ent_type_ in ("NORP", "GPE", "ORG")):
                sources = [child]
                break
    # the verb the noun hangs on: "held talks", "launched an attack", "after days of talks"
    hops, tok = 0, n
    while not sources and hops < 4 and tok.head.i != tok.i:
        head = tok.head
        if head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj", "attr", "npadvmod",
                                                         "nsubjpass", "oprd", "prep"):
            # "held talks", "made the comments in a meeting with", not "discussed attacks"
            # nor "protested at the execution" (a verb that is an act of its own)
            lemma = head.lemma_.lower()
            if lemma in cues()["support_verbs"] or (tok.dep_ == "prep" and lemma not in triggers):
                sources = subjects(head)
            break
        if tok.dep_ in ("pobj", "prep", "compound"):
            tok = head
            hops += 1
            continue
        break
    groups = _prep_targets(n, NOUN_TARGET_PREPS)
    if n.head.pos_ in ("VERB", "AUX") and n.dep_ == "dobj":
        groups.extend(_prep_targets(n.head, TARGET_PREPS))
    targets = [t for g in groups for t in g]
    frame = Frame(n, entry, sources, targets)
    # "the release of X", "his detention": detaining and freeing people is done by the state
    frame.state_actor = not sources and entry.cameo[:3] in ("084", "173", "174", "172")
    return frame


def find_frames(sent: Span, lexicon: Lexicon) -> list[Frame]:
    frames = []
    for tok in sent:
        if tok.lemma_.lower() not in lexicon.lemmas:
            continue
        if in_date(tok):  # "signed the deals March 18": a month, not a march
            continue
        hit = lexicon.match(tok)
        if hit is None:
            continue
        entry, particle, obj = hit
        other = cues()["other_sense_preps"].get(tok.lemma_.lower(), ())
        if other and any(c.dep_ == "prep" and c.lower_ in other for c in tok.children):
            continue  # "hailing from Syria", "stems from"
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and entry.cameo[:2] in ("18", "19", "20") \
                    and tok.head.lemma_.lower() not in lexicon.lemmas:
                continue  # "rebels fighting the government": who they are, not a reported act
                # (but "an attack killing 20" is the attack's outcome)
            frames.append(verb_frame(tok, entry, particle, obj))
        elif tok.pos_ in ("NOUN", "PROPN"):
            if tok.dep_ in ("compound",) and tok.head.lemma_.lower() in lexicon.lemmas:
                continue
            frames.append(noun_frame(tok, entry, lexicon.lemmas))
    return frames
