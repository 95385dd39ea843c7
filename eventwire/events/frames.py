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

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.codebook import lookup_any
from eventwire.events import context, nominal
from eventwire.events.lexicon import LexEntry, Lexicon
from eventwire.events.triggers import in_date
from eventwire.knowledge import words
from eventwire.rules import Step, register

SUBJ = ("nsubj", "csubj")  # dependency labels of the model


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
    steps: list[Step] = field(default_factory=list)  # the repairs that shaped the frame
    marked: int = 0  # leading targets a verb dictionary pattern marked ("+"); the rest are
    # candidates in no particular order


def conjuncts(tok: Token) -> list[Token]:
    """The token and its coordinated actors; "the navies of Chile and Peru" gives both."""
    out = [tok, *[c for c in tok.conjuncts if c.pos_ in ("PROPN", "NOUN", "PRON")]]
    if len(out) == 1 and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        for child in tok.children:  # "the Chilean and Peruvian trade ministers"
            if child.dep_ in ("amod", "compound") and child.conjuncts and child.text[:1].isupper():
                return [child, *child.conjuncts]
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs and objs[0].conjuncts:
                    return [objs[0], *objs[0].conjuncts]
    return out


def listed(tok: Token) -> list[Token]:
    """The actors coordinated with ``tok``, also when the parser hangs the second on the
    first's name in apposition ("Chilean activist Ana Ruiz and Bolivian writer Luis Soto")."""
    if tok.conjuncts:
        return [c for c in tok.conjuncts if c.pos_ in ("PROPN", "NOUN", "PRON")]
    hung = hung_conjuncts(tok)
    if hung:
        return hung
    parts = [tok, *[c for c in tok.children if c.dep_ in ("amod", "compound")]]
    names = [c for t in parts for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return [c for n in names for c in n.children
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]


EXTRAPOSED_SUBJECT = register(
    "frames.extraposed_subject.v1", stage="repair",
    summary="'It was wrong of X to act', 'it is vital for X to act': X acts, not the speaker.",
    example="Chile's foreign ministry said it was wrong of Peru to side with Bolivia.")
HUNG_CONJUNCT = register(
    "frames.hung_conjunct.v2", stage="repair",
    summary="A second actor the parser hangs on the date after the first ('suspended Chile "
            "in 1990 as well as Peru in 1992') or on a repeated preposition ('talks with "
            "Chile and with Peru', also when the second hangs on the verb; not 'but not with "
            "Peru') is coordinated with the first.",
    example="The African Union suspended Mali in 2012 as well as Guinea in 2009.")


def hung_conjuncts(tok: Token) -> list[Token]:
    """Actors coordinated with ``tok`` through the date after it or a repeated
    preposition."""
    out: list[Token] = []
    if tok.dep_ == "dobj":  # "suspended Chile in 1990 as well as Peru in 1992"
        for prep in tok.head.children:
            if prep.dep_ == "prep" and prep.i > tok.i:
                out += [c for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"
                        for c in g.conjuncts if c.pos_ == "PROPN" and c.ent_type_ != "DATE"]
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":  # "with Chile and with Peru"
        prep = tok.head  # the second "with" may hang on the verb above the first
        ups = list(prep.ancestors)[:2]
        again = [*prep.conjuncts, *[c for a in ups for c in a.children
                                    if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > prep.i]]
        out += [g for p in again if p.lower_ == prep.lower_ and  # not "but not with Y"
                not any(c.dep_ == "neg" for c in p.children) and p.nbor(-1).lower_ != "not"
                for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
    return out


SHARED_PATIENT = register(
    "frames.shared_patient.v1", stage="repair",
    summary="A passive verb coordinated with an earlier verb is done to that verb's subject "
            "('returned home and was arrested': he was arrested, not arresting).",
    example="A Chilean activist flew back to Lima on Monday and was detained at the airport.")
PASSIVE_AGENT = register(
    "frames.passive_agent.v1", stage="repair",
    summary="A passive verb's by-phrase is its actor, the passive subject its target.",
    example="Colombian rebels were attacked by Venezuelan troops on Monday.")
RAISED_SUBJECT = register(
    "frames.raised_subject.v1", stage="repair",
    summary="'X were seen doing': the passive subject of the seeing acts.",
    example="Russian troops were seen attacking Ukrainian positions on Monday.")
OBJECT_CONTROL = register(
    "frames.object_control.v2", stage="repair",
    summary="'asked X to act', 'called on X to act': the object of asking, urging, ordering "
            "acts.",
    example="Japan asked China to release the fishermen on Monday.")
SHARED_SUBJECT = register(
    "frames.shared_subject.v2", stage="repair",
    summary="A verb without a subject takes the subject of the verb it hangs on (control, "
            "coordination, participles); a present-tense adverbial clause has a subject of "
            "its own and takes none ('as a drought threatens farmers').",
    example="Uganda sent troops to the border and attacked Kenyan forces on Monday.")
PASSIVE_HOST_SUBJECT = register(
    "frames.passive_host_subject.v2", stage="repair",
    summary="An adverbial clause on a passive verb ('X was shot down by Y after violating "
            "...', also on a coordinated one: 'X was stopped and held by Y after flying "
            "...') is done by the passive subject X, the grammatical subject, not by the "
            "by-phrase.",
    example="The Chilean ambassador was expelled by Peru after criticising the Peruvian "
            "president on Monday.")
OPENING_PARTICIPLE = register(
    "frames.opening_participle.v1", stage="repair",
    summary="An opening participle the parser took for the subject ('Speaking in Lima, X "
            "urged ...'): the noun phrase before the verb acts.",
    example="Speaking in Lima, Chile's foreign minister urged Peru to release the fishermen.")
ACCUSED_OF = register(
    "frames.accused_of.v1", stage="repair",
    summary="'accused X of doing': X is the actor of the doing.",
    example="Iraq accused Syria of shelling its border towns on Monday.")
AUX_SUBJECT = register(
    "frames.aux_subject.v1", stage="repair",
    summary="Repair a subject the parser hung on the auxiliary ('X is opposed to Y').",
    example="Chile is opposed to Peru on the border question.")
STATIVE_PASSIVE = register(
    "frames.stative_passive.v1", stage="repair",
    summary="'X is opposed to Y': a participle that states the subject's own stance (cues.json "
            "stance_participles) has the subject as its actor, not as its patient.",
    example="Israel is opposed to Egyptian mediation in the talks.")
STRANDED_SUBJECT = register(
    "frames.stranded_subject.v1", stage="repair",
    summary="A second clause's subject the parser hung on the first clause's object.",
    example="The Chinese navy fired shells into the strait and Taiwan's coast guard returned "
            "fire.")
CLAUSE_NOUN = register(
    "frames.clause_noun.v1", stage="repair",
    summary="A relative or participle clause: the noun it describes acts.",
    example="Thousands of Kenyans demanding that Uganda free the activists marched in Nairobi "
            "on Monday.")
SPEAKER_CONJUNCT = register(
    "frames.speaker_conjunct.v1", stage="repair",
    summary="'X said the remark was offensive and recalled its envoy': a subjectless verb "
            "the parser coordinated with a copular content clause, in the tense of the "
            "speaking verb, is the speaker's second act.",
    example="Peru said the Chilean minister's remark was offensive and recalled its "
            "ambassador from Santiago.")
INTENT_NOUN = register(
    "frames.intent_noun.v1", stage="repair",
    summary="'X expressed hope to act', 'X's plan to act': the holder of the intention acts.",
    example="Poland expressed hope to hold talks with Belarus.")


def _opening_participle(part: Token, v: Token) -> Token | None:
    """The actor the parser swallowed into an opening participle taken for a clausal subject:
    "Speaking in Lima, Chile's minister urged ...": the noun phrase that ends right before the
    verb, after a comma."""
    for tok in part.subtree:
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and \
                tok.right_edge.i < v.i and tok.left_edge.i > part.i and \
                all(t.is_punct for t in v.doc[tok.right_edge.i + 1:v.i]) and \
                v.doc[tok.left_edge.i - 1].text == ",":
            return tok
    return None


def _traced(found: list[Token], trace: list[Step] | None, rule_id: str,
            via: Token) -> list[Token]:
    if trace is not None and found:
        trace.append(Step("repair", rule_id, f"actor {found[0].text!r} via {via.text!r}"))
    return found


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
    return cand if before.lower_ in words()["clause_coordinators"] and before.dep_ == "cc" \
        else None


def speaker_conjunct(v: Token) -> Token | None:
    """The speaking verb whose second act ``v`` is, when the parser hung ``v`` on the copular
    clause said ("said [the remark was insulting] and demanded ..."), else None."""
    head = v.head
    if v.dep_ != "conj" or v.pos_ != "VERB" or head.dep_ != "ccomp" or \
            head.lemma_.lower() != "be" or any(c.dep_ in SUBJ for c in v.children) or \
            not any(c.dep_ in ("acomp", "attr") for c in head.children):
        return None
    said = head.head
    return said if said.pos_ == "VERB" and said.tag_ == v.tag_ and \
        said.lemma_.lower() in words()["speech_verbs"] else None


def shared_patient(v: Token) -> Token | None:
    """A passive verb coordinated with an earlier verb shares its subject as the one the act
    is done to ("returned home and was arrested": he was arrested)."""
    if v.dep_ != "conj" or v.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in v.children) \
            or any(c.dep_ in SUBJ + ("nsubjpass", "agent") for c in v.children):
        return None
    return next((c for c in v.head.children if c.dep_ in SUBJ + ("nsubjpass",)), None)


def _passive(verb: Token) -> list[Token]:
    """The passive subject of a passive verb with a by-phrase ("X was seized by Y"), else [];
    a passive coordinated with a first one shares its subject ("X was stopped, questioned
    and detained by Y")."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    tok = verb
    for _ in range(4):
        found = next((conjuncts(c) for c in tok.children if c.dep_ == "nsubjpass"), [])
        if found or tok.dep_ != "conj" or tok.tag_ != "VBN" or \
                any(c.dep_ in SUBJ for c in tok.children):
            return found
        tok = tok.head
    return []


def subjects(v: Token, depth: int = 0, trace: list[Step] | None = None) -> list[Token]:
    """The acting subjects of a verb, inherited through control and coordination; with
    ``trace``, each repair taken is appended to it."""
    if depth > 5:
        return []
    for child in v.children:
        if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i == v.sent.start:
            found = _opening_participle(child, v)  # "Speaking in Lima, Chile's minister urged"
            if found is not None:
                return _traced(conjuncts(found), trace, OPENING_PARTICIPLE, child)
        if child.dep_ in SUBJ:
            return conjuncts(child)
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return _traced(conjuncts(objs[0]), trace, PASSIVE_AGENT, v)
    for child in v.children:  # "Chile is opposed to Peru", parsed with "is" as the head of "Chile"
        if child.dep_ in ("aux", "auxpass"):
            for grand in child.children:
                if grand.dep_ in SUBJ:
                    return _traced(conjuncts(grand), trace, AUX_SUBJECT, v)
    if v.lemma_.lower() in words()["stance_participles"] and v.tag_ == "VBN":
        for child in v.children:  # "Israel is opposed to the plan": Israel opposes it
            if child.dep_ == "nsubjpass":
                return _traced(conjuncts(child), trace, STATIVE_PASSIVE, v)
    if any(c.dep_ == "nsubjpass" for c in v.children) or shared_patient(v) is not None:
        return []  # passive without agent: the actor is unstated (see verb_frame for 15x)
    head = v.head
    if head.i == v.i:
        return []
    preps = words()["prep_control"].get(head.lemma_.lower(), ())
    if v.dep_ in ("xcomp", "advcl") and preps and any(c.lower_ == "to" for c in v.children):
        for child in head.children:  # "called on Chile to withdraw": Chile withdraws
            if child.dep_ == "prep" and child.lower_ in preps:
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return _traced(conjuncts(objs[0]), trace, OBJECT_CONTROL, head)
    if v.dep_ == "xcomp" and head.lemma_.lower() == "be" and any(
            c.dep_ in SUBJ and c.lower_ == "it" for c in head.children):
        for adj in head.children:  # "it was wrong of Peru to side with Bolivia": Peru
            if adj.dep_ == "acomp":
                objs = [g for p in adj.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                        for g in p.children if g.dep_ == "pobj"]
                if objs:
                    return _traced(conjuncts(objs[0]), trace, EXTRAPOSED_SUBJECT, head)
    if v.dep_ == "xcomp":
        for child in head.children:  # "police were seen reinforcing ..."
            if child.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in head.children):
                return _traced(conjuncts(child), trace, RAISED_SUBJECT, head)
        if head.lemma_.lower() in words()["object_control_verbs"]:
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    return _traced(conjuncts(child), trace, OBJECT_CONTROL, head)
        return _traced(subjects(head, depth + 1), trace, SHARED_SUBJECT, head)
    if v.dep_ == "pcomp" and head.lower_ == "from" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in words()["hindering_verbs"]:
        return []  # "banned citizens from travelling": no one travelled, least of all the banner
    if v.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.pos_ == "VERB":
        for child in head.head.children:  # "accused Britain of threatening ..."
            if child.dep_ == "dobj":
                return _traced(conjuncts(child), trace, ACCUSED_OF, head.head)
        if head.head.dep_ == "acl" and head.head.tag_ == "VBN":  # "a warlord accused of
            return [head.head.head]                              #  killing X"
    if v.dep_ == "advcl" and v.tag_ == "VBN":
        return []  # "she spoke when asked about it": the main subject was asked, not asking
    said = speaker_conjunct(v)
    if said is not None:
        return _traced(subjects(said, depth + 1), trace, SPEAKER_CONJUNCT, said)
    stranded = _stranded_subject(v)
    if stranded is not None:
        return _traced([stranded], trace, STRANDED_SUBJECT, v)
    if v.dep_ in ("advcl", "pcomp") and head.pos_ in ("VERB", "AUX") and _passive(head):
        return _traced(_passive(head), trace, PASSIVE_HOST_SUBJECT, head)
    if v.dep_ == "advcl" and v.tag_ in ("VBZ", "VBP"):
        return []  # a finite clause has a subject of its own: "as a drought threatens
        # millions", parsed with "a drought" in a phrase, is the drought's act, no actor's
    if v.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return _traced(subjects(head, depth + 1), trace, SHARED_SUBJECT, head)
    if v.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX") and _passive(head.head):
        return _traced(_passive(head.head), trace, PASSIVE_HOST_SUBJECT, head.head)
    if v.dep_ == "pcomp" or (v.dep_ == "pobj" and head.dep_ == "prep"):
        return _traced(subjects(head.head, depth + 1), trace, SHARED_SUBJECT, head.head)
    if v.dep_ in ("acomp", "attr") and head.pos_ in ("VERB", "AUX"):  # "are likely to veto"
        return _traced(subjects(head, depth + 1), trace, SHARED_SUBJECT, head)
    if v.dep_ == "acl" and head.pos_ == "NOUN" and (
            head.lemma_.lower() in words()["intent_heads"] or
            head.lemma_.lower() in words()["hypothetical_heads"] or
            head.lemma_.lower() in words()["document_nouns"]):
        # "X expressed hope to hold talks"
        return _traced(noun_agents(head, depth + 1), trace, INTENT_NOUN, head)
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return []  # "a warlord accused of ...": the head noun undergoes the act
    if v.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _traced([head], trace, CLAUSE_NOUN, head)
    if v.dep_ == "ccomp" and head.pos_ == "NOUN":  # "his plan to run"
        return _traced(subjects(head, depth + 1), trace, INTENT_NOUN, head) \
            if head.dep_ != "ROOT" else []
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


def _sides(prep: Token) -> list[Token]:
    """The sides after "between": its objects, or, when one object carries the coordination
    in its modifiers ("between Russian and Ukrainian officials", "between the Taliban and US
    envoys"), each modifier for its side."""
    out = _pobjs(prep)
    if len(out) == 1:
        mods = [c for c in out[0].children if c.dep_ in ("nmod", "amod", "compound") and
                any(g.dep_ == "conj" for g in c.children)]
        if mods:
            return conjuncts(mods[0])
    return out


def _prep_targets(tok: Token, preps: Collection[str]) -> list[list[Token]]:
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
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in words()["behalf_nouns"]:
                    groups.extend(_pobjs(g) for g in pobj.children  # "in support of X"
                                  if g.dep_ == "prep" and g.lower_ == "of")
    return groups + [g for g in later if g]


PASSIVE_SOURCE = register(
    "frames.passive_source.v1", stage="repair",
    summary="An agentless passive of a show of force: its subject acts ('troops were "
            "deployed'; cameo.csv passive_source).",
    example="Russian troops were deployed to the Estonian border on Monday.")
RELATIVE_OBJECT = register(
    "frames.relative_object.v1", stage="repair",
    summary="A relative pronoun object stands for the noun the clause describes ('the sanctions, "
            "which the EU imposed on X': the sanctions match the row's object).",
    example="The sanctions, which the EU imposed on Belarus in 2021, hurt its economy.")
PASSIVE_STATE = register(
    "frames.passive_state.v1", stage="repair",
    summary="An agentless passive of coercion is done by the state (cameo.csv passive_state).",
    example="Two opposition newspapers were shut down in Belarus on Monday.")
FROM_PARTY = register(
    "frames.from_party.v1", stage="repair",
    summary="A verb of taking or removing acts on the party things are taken from ('retook "
            "the town from the rebels', 'recalled its envoy from X'; from_party_lemmas).",
    example="Malian troops retook the town of Gao from Tuareg rebels on Monday.")
CLAUSE_TARGET = register(
    "frames.clause_target.v2", stage="repair",
    summary="'demanding (that) X step down': the content clause's subject is the target; not "
            "for an appeal or demand whose clause states a fact ('insisted that X was an "
            "ally': X is talked about, not asked).",
    example="Brazil demanded that Paraguay release the farmers.")
VERB_OBJECT = register(
    "frames.verb_object.v1", stage="repair",
    summary="When a row's required object sits in a phrase ('threatened X with sanctions', "
            "'held X responsible'), the verb's own direct object is the target.",
    example="Chile threatened Peru with sanctions on Monday.")
SHARED_OBJECT = register(
    "frames.shared_object.v1", stage="repair",
    summary="A verb with no object coordinated with one that has it shares it ('condemned "
            "and rejected the plan', 'hosted and dined with X').",
    example="Chile condemned and rejected Peru's decision on Monday.")
OBJECT_PHRASE = register(
    "frames.object_phrase.v1", stage="repair",
    summary="The object's own 'with', 'from' or 'to' phrase names the other party when the "
            "verb has none ('suspended air links with Chile', 'demanded support from Peru').",
    example="Bolivia suspended air links with Chile on Monday.")
PURPOSE_PARTICIPANTS = register(
    "frames.purpose_participants.v1", stage="repair",
    summary="An act's purpose clause names its participants ('refused to allow UN planes to "
            "land').",
    example="Police in Peru fired tear gas to disperse protesters on Monday.")


def verb_frame(v: Token, entry: LexEntry, particle: Token | None, obj: Token | None,
               event_nouns: Collection[str] = ()) -> Frame:
    steps: list[Step] = []
    frame = Frame(v, entry, subjects(v, trace=steps), steps=steps)
    between = [t for c in v.children if c.dep_ == "prep" and c.lower_ in words()["group_preps"]
               for t in _sides(c)]
    if not frame.sources and len(between) >= 2 and \
            entry.cameo[:3] not in context.words()["third_party_codes"]:
        return Frame(v, entry, between, between,  # "fighting between A and B" (a gerund)
                     steps=[Step("repair", NOUN_BETWEEN, ", ".join(t.text for t in between))])
    groups: list[list[Token]] = []
    if entry.cameo[:3] in context.words()["third_party_codes"]:  # "brokered talks between
        sides = [t for o in v.children if o.dep_ == "dobj" for c in o.children  # A and B"
                 if c.dep_ == "prep" and c.lower_ in words()["group_preps"] for t in _sides(c)]
        if sides:
            groups.append(sides)
            steps.append(Step("repair", NOUN_THIRD_PARTY, ", ".join(t.text for t in sides)))
    passive_subj = [c for c in v.children if c.dep_ == "nsubjpass"]
    patient = shared_patient(v)
    if patient is not None:  # "returned home and was arrested"
        passive_subj = [patient]
        steps.append(Step("repair", SHARED_PATIENT, f"done to {patient.text!r}"))
    code = lookup_any(entry.cameo)
    if passive_subj and not frame.sources and code.has("passive_source"):
        frame.sources = conjuncts(passive_subj[0])  # "the army was deployed": forces act
        steps.append(Step("repair", PASSIVE_SOURCE, f"actor {passive_subj[0].text!r}"))
    elif passive_subj and not frame.sources and code.has("passive_state"):
        frame.state_actor = True  # "the station was shut down", "camps were ordered to ..."
        steps.append(Step("repair", PASSIVE_STATE, f"done to {passive_subj[0].text!r}"))
    if particle is not None and (particle.dep_ in ("prep", "dative") or particle.head.i != v.i):
        groups.append(_pobjs(particle))
    if obj is not None and v.dep_ == "relcl" and obj.i == v.head.i:
        steps.append(Step("repair", RELATIVE_OBJECT, f"object {obj.text!r}"))
    if obj is not None:
        frame.thing = frame.matched = obj
        groups.extend(conjuncts(c) for c in v.children  # "gave Kenya $10 million": Kenya
                      if c.dep_ in ("dative", "iobj") and c.i != obj.i)
        # "threatened Peru with sanctions", "took X into custody", "handed X a jail sentence"
        own = [conjuncts(c) for c in v.children if c.dep_ == "dobj" and c.i != obj.i]
        if own and (obj.head.i != v.i or obj.dep_ != "dobj"):
            steps.append(Step("repair", VERB_OBJECT, f"target {own[0][0].text!r}"))
        groups.extend(own)
        if obj.dep_ == "pobj":  # "X was put under arrest"
            groups.extend(conjuncts(c) for c in v.children if c.dep_ == "nsubjpass")
        groups.append(conjuncts(obj))  # "expelled two diplomats", "he was released"
        groups.extend(_prep_targets(obj, words()["target_preps"]))
        groups.extend(_prep_targets(v, words()["target_preps"]))
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
        if particle is None or particle.dep_ != "prep" or particle.head.i != v.i:
            groups.extend(_prep_targets(v, words()["target_preps"]))  # "spoke with X": X only
        dobj = [c for c in v.children if c.dep_ == "dobj"]
        if dobj:
            frame.thing = dobj[0]
            if dobj[0].pos_ == "NOUN" and dobj[0].lemma_.lower() not in event_nouns and \
                    code.root in words()["object_party_roots"]:  # "suspended links with Chile"
                party = _prep_targets(dobj[0], words()["object_party_preps"])
                if party:
                    steps.append(Step("repair", OBJECT_PHRASE, f"target {party[0][0].text!r}"))
                groups.extend(party)
        if v.dep_ == "acl" and v.tag_ == "VBN":  # "women forced into slavery by troops"
            groups.insert(0, [v.head])
    if not groups and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children):
        for conj in v.children:  # "condemned and rejected the plan": the object is shared
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > v.i and \
                    not any(c.dep_ in SUBJ + ("nsubjpass",) for c in conj.children):
                shared = [conjuncts(c) for c in conj.children if c.dep_ == "dobj"]
                shared += _prep_targets(conj, words()["target_preps"])
                for c in conj.children:
                    if c.dep_ == "dobj":
                        shared += _prep_targets(c, words()["target_preps"])
                if shared:
                    steps.append(Step("repair", SHARED_OBJECT, f"object of {conj.text!r}"))
                    groups.extend(shared)
                break
    if v.dep_ == "acl" and v.head.lemma_.lower() in words()["document_nouns"] and \
            v.head.head.pos_ == "VERB":  # "sent a letter to X requesting aid"
        groups.extend(_prep_targets(v.head.head, ("to",)))
    for child in v.children:  # "demanding he step down": the content clause's subject
        if child.dep_ == "ccomp" and code.root != "01" and not (
                code.root in ("02", "10") and _indicative(child)):
            found = [conjuncts(g) for g in child.children if g.dep_ in ("nsubj", "nsubjpass")]
            if found:
                steps.append(Step("repair", CLAUSE_TARGET, f"target {found[0][0].text!r}"))
            groups.extend(found)
    for child in v.children:  # "fired rubber bullets to push marchers back", "refused to allow UN
        if child.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in child.children):
            inner = [conjuncts(g) for g in child.children  # planes to land": the act's
                     if g.dep_ in ("dobj", "dative")]        # own participants (actors only)
            inner += _prep_targets(child, ("to", "against", "with", "on", "into"))
            frame.actor_only.update(t.i for g in inner for t in g)
            if inner:
                steps.append(Step("repair", PURPOSE_PARTICIPANTS,
                                  f"target {inner[0][0].text!r}"))
            groups.extend(inner)
    if v.lemma_.lower() in words()["from_party_lemmas"]:
        holders = [v] + ([obj, *(g for p in obj.children if p.lower_ == "of"  # "the town
                                 for g in p.children)] if obj is not None else [])  # of X from Y"
        losers = [g for t in holders for g in _prep_targets(t, ("from",))]
        if losers:  # the party that loses the place or person is the target, not the place
            groups = losers + [g for g in groups if g not in losers]
            steps.append(Step("repair", FROM_PARTY, f"target {losers[0][0].text!r}"))
    if code.has("request"):  # a request's object is what is asked for; its
        things = [g for g in groups if g and g[0].dep_ == "dobj" and  # addressee comes first
                  g[0].pos_ == "NOUN" and g[0].ent_type_ == ""]
        groups = [g for g in groups if g not in things] + things
    frame.targets = [t for g in groups for t in g]
    return frame


NOUN_BETWEEN = register(
    "frames.noun_between.v2", stage="repair",
    summary="'talks between A and B', 'fighting between A and B': every pair of the "
            "between-phrase, both ways; 'between Russian and Ukrainian officials' gives the "
            "coordinated modifiers as the sides.",
    example="Talks between Serbia and Kosovo resumed on Monday.")
NOUN_DELEGATES = register(
    "frames.noun_delegates.v1", stage="repair",
    summary="'a meeting of envoys from A, B and C', 'a session comprising representatives of "
            "A, B and C': every pair, both ways.",
    example="A meeting of envoys from Chile, Peru and Bolivia was held in Quito on Monday.")
NOUN_THIRD_PARTY = register(
    "frames.noun_third_party.v1", stage="repair",
    summary="'Mediation between A and B' (context.json third_party_codes): the sides are the "
            "targets of the mediator, not actors on each other.",
    example="Peru's president launched a mediation effort on Saturday between Chile and "
            "Bolivia.")
NOUN_POSSESSOR = register(
    "frames.noun_possessor.v1", stage="repair",
    summary="An event noun's possessor is its actor ('Russia's invasion of X').",
    example="Canada condemned Russia's invasion of Ukraine on Monday.")
NOUN_PATIENT = register(
    "frames.noun_patient.v1", stage="repair",
    summary="A named person or a person's role owning a noun of what is done to people ('Ana "
            "Ruiz's detention', 'the envoy's killing') undergoes it; the state or the agent "
            "named does it (words.json patient_nouns).",
    example="The Chilean envoy's arrest in Lima angered Chile on Monday.")


def _undergoes(n: Token, owner: Token, entry: LexEntry) -> bool:
    """A person possessor of a noun of what is done to people (not "Russia's invasion")."""
    if n.lemma_.lower() not in words()["patient_nouns"]:
        return False
    return owner.ent_type_ == "PERSON" or owner.lemma_.lower() in words()["patient_owner_roles"]


NOUN_MODIFIER = register(
    "frames.noun_modifier.v1", stage="repair",
    summary="An event noun's name or nationality modifier is its actor ('US airstrikes').",
    example="Turkish airstrikes on Iraq continued on Monday.")
NOUN_SUPPORT_VERB = register(
    "frames.noun_support_verb.v1", stage="repair",
    summary="The subject of the verb an event noun hangs on acts ('held talks with X').",
    example="Qatar made an offer of aid to Oman on Monday.")
NOUN_STATE = register(
    "frames.noun_state.v1", stage="repair",
    summary="An actorless event noun of detaining or freeing is done by the state "
            "(cameo.csv noun_state).",
    example="Chile's foreign minister criticised the detention of Bolivian truck drivers "
            "in Peru.")


REACTION_FROM = register(
    "frames.reaction_from.v1", stage="repair",
    summary="A reaction noun's from-phrase is its actor, and what drew it is its target "
            "('the vote drew criticism from X').",
    example="Peru's decision drew criticism from Chile on Monday.")


def _delegates(n: Token) -> list[Token]:
    """The sides of a meeting given as the people sent to it: "a session (of a commission)
    comprising representatives of A, B and C", "a meeting of envoys from A and B"."""
    w = words()
    heads = [g for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "with")
             for g in c.children if g.dep_ == "pobj"]
    for body in [n, *heads]:  # "a session (of a commission) comprising representatives of"
        heads += [g for c in body.children if c.dep_ in ("acl", "relcl") and
                  c.lemma_.lower() in w["participant_verbs"]
                  for g in c.children if g.dep_ in ("dobj", "pobj", "nsubjpass")]
    for head in heads:
        if head.lemma_.lower() not in w["delegate_nouns"]:
            continue
        found = [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                 for t in _pobjs(c)]
        if len(found) >= 2:
            return found
    return []


def noun_frame(n: Token, entry: LexEntry, triggers: frozenset[str] = frozenset(),
               obj: Token | None = None) -> Frame:
    between = [t for c in n.children if c.dep_ == "prep" and c.lower_ in words()["group_preps"]
               for t in _sides(c)]
    third = entry.cameo[:3] in context.words()["third_party_codes"]
    sides = between
    if third:
        between = []  # "mediation between A and B": the mediator acts on both
    if len(between) >= 2:  # "talks between A, B and C": every pair
        return Frame(n, entry, between, between,
                     steps=[Step("repair", NOUN_BETWEEN, ", ".join(t.text for t in between))])
    members = _delegates(n) if entry.mutual else []
    if len(members) >= 2:  # "a session comprising representatives of A, B and C"
        return Frame(n, entry, members, members,
                     steps=[Step("repair", NOUN_DELEGATES, ", ".join(t.text for t in members))])
    sources: list[Token] = []
    steps: list[Step] = []
    patients: list[Token] = []
    for child in n.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            if _undergoes(n, child, entry):  # "Ana Ruiz's detention", "his killing"
                patients = conjuncts(child)
                steps.append(Step("repair", NOUN_PATIENT, f"done to {child.text!r}"))
                break
            sources = conjuncts(child)
            steps.append(Step("repair", NOUN_POSSESSOR, f"actor {child.text!r}"))
            break
    if not sources:
        for child in n.children:  # "U.S. airstrikes", "Russian sanctions", not "poisonous gas"
            if child.dep_ in ("compound", "amod", "nmod") and (
                    child.pos_ == "PROPN" or child.ent_type_ in ("NORP", "GPE", "ORG")):
                sources = [child]
                steps.append(Step("repair", NOUN_MODIFIER, f"actor {child.text!r}"))
                break
    role_steps: list[Step] = []  # "a government crackdown", "a police raid", "an army
    by_role = [] if sources else nominal.role_modifier(n, role_steps)  # offensive": unless
    agents: list[Token] = []  # a support verb names the doers ("X and Y began military drills")
    if not sources:  # "the assault by X on Y", "strikes carried out by X"
        agents = sources = nominal.agent(n, conjuncts, steps)
    claim = nominal.claim_noun(n) if not sources else None
    if claim is not None:  # "X claimed responsibility for the attack": X attacked
        agents = sources = subjects(claim.head, trace=steps)
        if sources:
            steps.append(Step("source", nominal.CLAIMANT, f"actor {sources[0].text!r}"))
    drawn: list[Token] = []
    if not sources and lookup_any(entry.cameo).has("reaction") and entry.cameo[:2] in \
            words()["verbal_roots"]:  # "the move drew criticism from X": X reacts to the move
        verb = n.head if n.dep_ == "dobj" and n.head.pos_ == "VERB" else \
            n.head.head if n.dep_ == "pobj" and n.head.lower_ == "under" and \
            n.head.head.pos_ == "VERB" else None  # "drew criticism", "came under criticism"
        near = [*n.children, *(verb.children if verb is not None else ())]
        agents = sources = [t for c in near if c.dep_ == "prep" and c.lower_ == "from"
                            for t in _pobjs(c)]
        if sources:
            steps.append(Step("repair", REACTION_FROM, f"actor {sources[0].text!r}"))
            if verb is not None:
                drawn = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "civilians died in an air strike": the victims are targets, not the doers
    hurt = nominal.victims(n, entry.mutual, conjuncts, steps)
    hurt = hurt or (nominal.held(n, conjuncts, steps) if not sources and not by_role else [])
    # the verb the noun hangs on: "held talks", "launched an attack", "after days of talks"
    hops, tok = 0, n
    while not sources and not hurt and hops < 4 and tok.head.i != tok.i:
        head = tok.head
        if head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj", "attr", "npadvmod",
                                                         "nsubjpass", "oprd", "prep"):
            # "held talks", "spoke of it at a meeting with", not "discussed attacks"
            # nor "protested at the execution" (a verb that is an act of its own)
            lemma = head.lemma_.lower()
            if lemma in words()["support_verbs"] or (tok.dep_ == "prep" and lemma not in triggers):
                sources = subjects(head, trace=steps)
                if sources:
                    steps.append(Step("repair", NOUN_SUPPORT_VERB,
                                      f"actor of {head.text!r}: {sources[0].text!r}"))
            break
        if tok.dep_ in ("pobj", "prep", "compound"):
            tok = head
            hops += 1
            continue
        break
    if not sources and by_role:
        sources = by_role
        steps.extend(role_steps)
    groups = _prep_targets(n, words()["noun_target_preps"])
    if third and n.dep_ == "compound" and n.head.pos_ == "NOUN":  # "a mediation bid between"
        groups.extend(_prep_targets(n.head, words()["group_preps"]))
        sides = [t for g in groups for t in g]
    if third and len(sides) >= 2:
        steps.append(Step("repair", NOUN_THIRD_PARTY, ", ".join(t.text for t in sides)))
    if obj is not None and obj.dep_ == "pobj":  # "a suspension of air links with Chile"
        party = _prep_targets(obj, words()["object_party_preps"])
        if party:
            steps.append(Step("repair", OBJECT_PHRASE, f"target {party[0][0].text!r}"))
        groups.extend(party)
    if n.head.pos_ in ("VERB", "AUX") and n.dep_ == "dobj":
        groups.extend(_prep_targets(n.head, words()["target_preps"]))
    targets = patients + drawn + [t for g in groups for t in g if t not in agents] + hurt
    if agents:  # "the imprisonment imposed on X by Y"
        targets = nominal.participle_targets(n, conjuncts) + targets
    frame = Frame(n, entry, sources, targets, steps=steps)
    # "the release of X", "his detention": detaining and freeing people is done by the state
    frame.state_actor = not sources and lookup_any(entry.cameo).has("noun_state")
    if frame.state_actor:
        steps.append(Step("repair", NOUN_STATE, "done by the state"))
    return frame


AGREEMENT_MODIFIER = register(
    "frames.agreement_modifier.v1", stage="trigger",
    summary="An act noun that only names the kind of an agreement a verb acts on ('signed a "
            "cease-fire agreement') is no act of its own (words.json agreement_nouns).",
    example="Chile and Peru signed a cease-fire agreement in Lima on Monday.")


def _names_a_signed_text(tok: Token, lexicon: Lexicon) -> bool:
    """'cease-fire' in "signed a cease-fire agreement": the kind of the agreement."""
    head = tok.head
    return tok.dep_ == "compound" and head.lemma_.lower() in words()["agreement_nouns"] and \
        head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in lexicon.lemmas


NAME_TYPES = frozenset({"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})


def _indicative(clause: Token) -> bool:
    """A content clause that states a fact ("insisted that X was an ally", "suggested that X
    was trying"), not one that asks for an act ("demanded that he step down", "urged that X
    should"): its finite verb is in the past or present tense with no modal."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in aux):
        return False
    if aux:  # "was trying", "have pledged"
        return aux[0].tag_ in ("VBD", "VBZ", "VBP")
    return clause.tag_ in ("VBD", "VBZ")  # a bare VBP may be a subjunctive ("that they leave")


def _indirect_question(verb: Token) -> bool:
    """"asked if ...", "asked whether ...", "asked what measures ...": the verb's complement
    is a question."""
    for child in verb.children:
        if child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in
                                         words()["question_marks"] for m in child.children):
            return True
        if child.dep_ in ("ccomp", "dobj") and \
                next(iter(child.subtree)).tag_ in ("WP", "WDT", "WRB", "WP$"):
            return True
    return False


def _present_simple(tok: Token) -> bool:
    """"people who oppose X": a present-tense verb with no auxiliary."""
    return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass")
                                                   for c in tok.children)


def _present_progressive(tok: Token) -> bool:
    """"is backing", "are battling": a present participle after a present form of "be"."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return tok.tag_ == "VBG" and bool(aux) and aux[-1].lemma_ == "be" and \
        aux[-1].tag_ in ("VBZ", "VBP")


def undated_present_perfect(tok: Token) -> bool:
    """"has criticised", "have been jailed" with no date of its own ("on Monday", "in 2015"):
    what the described referent has done or undergone, not a reported act."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ != "VBN" or not aux or aux[0].lemma_ != "have" or \
            aux[0].tag_ not in ("VBZ", "VBP"):
        return False
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" and
                             c.lower_ in ("on", "in", "at", "during") for g in c.children)]
    return not any(t.ent_type_ == "DATE" for t in near)


def _habit_time(verb: Token) -> bool:
    """"has targeted X in the past": an undated past of habits, not a reported act."""
    if any(t.ent_type_ == "DATE" for t in verb.subtree):
        return False  # "in the past, the AU suspended Mali in 2012": a dated act
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ in words()["habit_times"] and
        not any(k.dep_ in ("amod", "compound", "nummod") for k in g.children) and
        (g.i + 1 >= len(g.doc) or g.nbor().pos_ not in ("NOUN", "NUM")) for g in c.children)
        for c in verb.children)


def _time_anchor(tok: Token) -> bool:
    """An act named only as the point a span of time runs from, with no date of its own
    ("since Peru's seizure of X", "two years since the outbreak of the revolt"):
    background, not a reported act (cues.json anchor_preps, anchor_nouns)."""
    w = words()
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and \
            t.head.head.lemma_.lower() in w["anchor_nouns"]:
        t = t.head.head
    if t.dep_ != "pobj" or t.head.lower_ not in w["anchor_preps"]:
        return False
    return not any(g.ent_type_ == "DATE" for g in t.subtree)


def find_frames(sent: Span, lexicon: Lexicon) -> list[Frame]:
    frames = []
    kinds: list[Token] = []  # "cease-fire" in "signed a cease-fire agreement"
    for tok in sent:
        if tok.lemma_.lower() not in lexicon.lemmas:
            continue
        if in_date(tok) or tok.ent_type_ == "TIME":  # "signed the deals March 18": a month
            continue
        if tok.pos_ == "PROPN" and tok.ent_type_ in NAME_TYPES and tok.ent_iob_ != "B" and \
                tok.ent_type_ != "":
            continue  # a word inside a name ("the Popular Appeal party"), not an act
        hit = lexicon.match(tok)
        if hit is None:
            continue
        entry, particle, obj = hit
        other = words()["other_sense_preps"].get(tok.lemma_.lower(), ())
        if other and any(c.dep_ == "prep" and c.lower_ in other for c in tok.children):
            continue  # "hailing from Syria", "stems from"
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ in ("amod", "compound") and tok.tag_ in ("VBG", "VBN"):
                continue  # "the investigating magistrate", "the ruling party": who, not an act
            nouns = words()["adjectival_participles"].get(tok.lower_, ())
            if nouns and tok.i + 1 < len(tok.doc) and tok.nbor().lemma_.lower() in nouns:
                continue  # "pressing issues", "investigating magistrate X" misparsed as objects
            if any(c.dep_ == "advmod" and c.lower_ in words()["habit_adverbs"] and
                   not any(c.children) for c in tok.children) or _habit_time(tok):
                continue  # "has long accused X": a habit or standing position, not an act
            if tok.lemma_.lower() in words()["question_verbs"] and _indirect_question(tok):
                continue  # "asked if X had met Y": a question put, not a request
            if tok.dep_ == "relcl" and _present_simple(tok):
                continue  # "people who oppose X", "a resolution which calls for Y": what
                # the noun is or stands for, not a reported act
            if tok.dep_ == "relcl" and _present_progressive(tok):
                continue  # "the war, where X is backing Y": a standing state that describes
                # the scene, not a reported act (the guide's "is backing")
            if tok.dep_ == "relcl" and undated_present_perfect(tok):
                continue  # "the alliance, which he has criticised": a description of the
                # alliance, not a reported act
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and lookup_any(entry.cameo).has("force") \
                    and tok.head.lemma_.lower() not in lexicon.lemmas:
                continue  # "rebels fighting the government": who they are, not a reported act
                # (but "an attack killing 20" is the attack's outcome)
            frames.append(verb_frame(tok, entry, particle, obj, lexicon.nouns))
        elif tok.pos_ in ("NOUN", "PROPN"):
            if tok.dep_ in ("compound",) and tok.head.lemma_.lower() in lexicon.lemmas:
                continue
            if _time_anchor(tok):
                continue  # "the first talks since Russia's annexation of X": background
            if _names_a_signed_text(tok, lexicon):
                kinds.append(tok)  # noted on the verb's frame below
                continue
            frames.append(noun_frame(tok, entry, lexicon.lemmas, obj))
    for tok in kinds:
        for frame in frames:
            if frame.trigger.i == tok.head.head.i:
                frame.steps.append(Step("trigger", AGREEMENT_MODIFIER,
                                        f"{tok.text!r} names the kind of {tok.head.text!r}"))
    return frames
