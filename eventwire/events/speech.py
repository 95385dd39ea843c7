"""Statements as events. Reported speech mostly carries another event ("X said Y attacked Z");
the speaking itself is an event when it demands, appeals, criticizes or praises:

* "X said Y must ..."           -> X demands of Y (100)
* "X said Y should ..."         -> X appeals to Y (020)
* "X said the resolution is counterproductive", "X called the move historic"
                                -> X criticizes (111) / praises (051) the actor the
                                   statement is about.
* "X said Y would face consequences / is on notice"  -> X threatens Y (130)
* "X said Y was responsible for ...", "... broke the law" -> X accuses Y (112)
* "X was angered by Y's decision"                   -> X disapproves of Y (111)

Evaluative words are data (data/evaluative.json).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events.frames import speaker_conjunct, subjects, undated_present_perfect
from eventwire.knowledge import words
from eventwire.rules import register


def _codes() -> dict[str, str]:
    """The CAMEO code each statement rule gives (evaluative.json ``rule_codes``)."""
    return words()["rule_codes"]  # type: ignore[no-any-return]


REQUEST = register(
    "speech.request.v1", stage="trigger",
    summary="Wanting someone to do something is an appeal to them (020).",
    example="Ukraine wants Germany to supply more tanks, its president said on Monday.")
EVALUATION = register(
    "speech.evaluation.v3", stage="trigger",
    summary="Calling, describing or comparing something with an evaluative word ('compared X "
            "to Nazis'): criticism or praise of its actor, else of the by-phrase's actor "
            "('called the pact a plot by X').",
    example="Chile called the Peruvian decision unlawful.")
TOLD_TO = register(
    "speech.told_to.v1", stage="trigger",
    summary="Telling someone to act is a demand (100).",
    example="Nigeria told Niger to reopen the border on Monday.")
THREAT = register(
    "speech.threat.v2", stage="trigger",
    summary="Saying someone will face consequences or is on notice, or that one's side will "
            "act unless they comply, is a threat (130) to them ('X will hit Y unless they "
            "withdraw': Y); a state ('would be meaningless if') or a passive ('can be made "
            "if') threatens no one.",
    example="Turkey said on Monday that Greece would face consequences.")
MODAL = register(
    "speech.modal.v3", stage="trigger",
    summary="Saying someone must / should act (or must be ready to) is a demand (100) / an "
            "appeal (020); 'must not' and a duty laid on someone ('has a responsibility to') "
            "are appeals; 'told Y that they must' asks Y.",
    example="Kenya said on Monday that Somalia must withdraw its troops.")
FAULT = register(
    "speech.fault.v1", stage="trigger",
    summary="Saying someone failed to act is criticism (111).",
    example="Spain said on Monday that Portugal had failed to protect the river.")
OFFENSE = register(
    "speech.offense.v1", stage="trigger",
    summary="Saying someone broke a rule or law is an accusation (112).",
    example="Qatar said on Monday that Bahrain violated the treaty.")
REDRESS = register(
    "speech.redress.v1", stage="trigger",
    summary="'X said Y's remark was offensive and demanded an apology': demanding redress "
            "(evaluative.json redress_objects) after criticizing Y is a demand (100) on Y.",
    example="Ghana said the Togolese minister's remark was offensive and demanded an apology.")
BLAME = register(
    "speech.blame.v1", stage="trigger",
    summary="Saying someone is responsible for, or guilty of, something is an accusation (112; "
            "evaluative.json blame_adjectives).",
    example="Chad said on Monday that Sudanese officers were responsible for the raid.")
REACTION = register(
    "speech.reaction.v1", stage="trigger",
    summary="'X was angered by Y's decision': being angered, alarmed or appalled by something "
            "is disapproval (111) of the actor behind it (evaluative.json reaction_participles).",
    example="Peru was angered by the Chilean decision to close the border.")
POLARITY = register(
    "speech.polarity.v3", stage="trigger",
    summary="A statement that evaluates its subject is criticism (111) or praise (051) of the "
            "subject's actor, or of the actor of what it is said of ('\"a crime,\" X said of "
            "the strike'); a subject that is a thing with no actor in its own phrase, or the "
            "speaker's own side ('we are not criminals'), names no one else to criticize.",
    example="Finland said on Monday that Estonia was irresponsible.")


@dataclass(frozen=True)
class Statement:
    speaker: Token
    verb: Token
    cameo: str
    about: list[Token]  # candidate target heads, best first
    rule: str


def _complements(verb: Token) -> list[Token]:
    """What was said: the verb's content clause, also when the parser hung it on a clause
    inside ("said after meeting X that ...")."""
    out = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if not out:
        for c in verb.children:
            if c.dep_ == "dobj":  # "maintained its view that Y ...": the view's content
                out.extend(g for g in c.children if _content_clause(g))
            if c.dep_ in ("prep", "advcl"):
                for g in c.subtree:
                    if g.dep_ == "ccomp" and g.head.pos_ == "VERB":
                        return [g]
                    if c.dep_ == "prep" and _content_clause(g):  # "said in a report that
                        return [g]                                    # Y ..."
    return out


def _content_clause(g: Token) -> bool:
    """A that-clause with its own subject hung on a noun: what the noun says."""
    return g.dep_ in ("acl", "ccomp") and g.head.pos_ == "NOUN" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in g.children) and any(
        s.dep_ == "nsubj" for s in g.children)


def _has_trigger(tok: Token, trigger_ids: set[int]) -> bool:
    """The clause reports an act of its own (a verb trigger), not only an evaluation; the
    speaker's own second act hung on it by the parser is not the clause's, nor an act that
    only describes a thing ("broke the accord that ended the war"), nor an act inside the
    clause's subject ("X's decision to close the border was a mistake": what is judged)."""
    judged = {t.i for c in tok.children if c.dep_ in ("nsubj", "csubj") and tok.lemma_ == "be"
              for t in c.subtree}
    return any(t.i in trigger_ids and t.pos_ == "VERB" and speaker_conjunct(t) is None and
               not _describes(t, tok) and t.i not in judged for t in tok.subtree)


def _describes(t: Token, clause: Token) -> bool:
    """``t`` sits in a relative clause of a noun inside ``clause``."""
    while t.i != clause.i and t.head.i != t.i:
        if t.dep_ == "relcl":
            return True
        t = t.head
    return False


def _to_clause(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
               for c in verb.children)


def _reporter(tok: Token) -> bool:
    """"correspondent James Franey", "a reporter": someone who reports the news."""
    roles = words()["reporter_roles"]
    return any(t.lemma_.lower() in roles for t in tok.subtree if t.i <= tok.i or
               t.dep_ == "appos" or t.head.dep_ == "appos")


def _polarity(tokens: list[Token]) -> str | None:
    ev = words()
    neg = sum(t.lemma_.lower() in ev["negative"] or t.lower_ in ev["negative"] for t in tokens)
    pos = sum(t.lemma_.lower() in ev["positive"] or t.lower_ in ev["positive"] for t in tokens)
    if neg > pos:
        return _codes()["criticism"]
    if pos > neg:
        return _codes()["praise"]
    return None


def _modal_code(comp: Token) -> str | None:
    ev = words()
    for child in comp.children:
        if child.dep_ in ("aux", "auxpass"):
            if child.lower_ in ev["demand_modals"]:  # "Y must not ...": an appeal to refrain
                refrain = any(c.dep_ in ("neg", "auxpass") for c in comp.children)
                return _codes()["appeal" if refrain else "demand"]
            if child.lower_ in ev["appeal_modals"]:
                return _codes()["appeal"]
        if child.dep_ == "xcomp" and comp.lemma_ in ev["obligation_verbs"] and \
                any(g.lower_ == "to" for g in child.children):
            return _codes()["demand"]
    return None


def _duty_code(comp: Token) -> str | None:
    """"Y has a responsibility to act", said by X: an appeal to Y, like "Y should act"."""
    if comp.lemma_.lower() != "have":
        return None
    duties = words()["duty_nouns"]
    if any(c.dep_ == "dobj" and c.lemma_.lower() in duties for c in comp.children):
        return _codes()["appeal"]
    return None


def _threat(comp: Token) -> list[Token]:
    """"Y would face consequences", "if Y does not comply ...": who is threatened, best
    first."""
    ev = words()
    preds = ev["threat_predicates"]
    for tok in comp.subtree:
        objs = preds.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if objs is None:
            continue
        dobj = [c for c in tok.children if c.dep_ == "dobj"]
        if dobj and (not objs or dobj[0].lemma_.lower() in objs):
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj:
                return subj[:1]
    subj = [c for c in comp.children if c.dep_ == "nsubj"]
    if subj and comp.lemma_.lower() == "be" and any(  # "Y is on notice"
            c.dep_ == "prep" and g.dep_ == "pobj" and
            g.lemma_.lower() in ev["threat_states"].get(c.lower_, ())
            for c in comp.children for g in c.children):
        return subj[:1]
    if comp.pos_ != "VERB" or comp.lemma_.lower() == "be" or \
            not any(c.dep_ == "nsubj" for c in comp.children):
        return []  # "would be meaningless if ...", "can only be made if ...": no act threatened
    for child in comp.children:  # "if Syria does not comply, ..."
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and
                                         m.lower_ in words()["threat_conditions"]
                                         for m in child.children):
            subj = [c for c in child.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ == "PRON":  # "will hit Y unless they withdraw": Y
                return [c for c in comp.children if c.dep_ == "dobj"] + subj[:1]
            if subj:
                return subj[:1]
    return []


def _predicate(comp: Token) -> list[Token]:
    """What a statement says about its subject: the clause head and its predicate parts,
    not the subject phrase or circumstantial phrases."""
    out = [comp]
    for child in comp.children:
        if child.dep_ in ("acomp", "attr", "oprd", "dobj", "neg", "xcomp", "advmod", "ccomp",
                          "conj"):
            out.extend(child.subtree)
    return out




def _own(t: Token) -> bool:
    """The speaker's own side: "we", "our people"."""
    return t.lower_ in words()["speaker_pronouns"] or any(
        c.dep_ == "poss" and c.lower_ in words()["speaker_pronouns"]
                                           for c in t.children)


def _nouns(tok: Token) -> list[Token]:
    """Candidate actor heads inside a clause, subject first, then in order; not the speaker's
    own side."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    rest = [t for t in tok.subtree if t.pos_ in ("PROPN", "NOUN", "PRON") and
            t.dep_ not in ("compound", "amod") and t not in subj]
    return [t for t in subj + rest if not _own(t)]


def _evaluated(comp: Token) -> list[Token]:
    """Whom an evaluative statement is about: its subject's actor. The speaker's own side
    described ("we are ...") is the speaker; a noun subject is looked for in its own phrase
    (not in clauses inside it); only a pronoun or expletive subject ("it is an attack
    ordered by X", "there is no excuse for X's raid") sends the search on."""
    subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and _own(subj[0]) and comp.lemma_.lower() == "be":
        return []  # "we are not criminals": the speaker speaks of itself
    if not subj or subj[0].pos_ not in ("NOUN", "PROPN"):
        return _nouns(comp)
    out: list[Token] = []
    todo = [subj[0]]
    while todo:
        t = todo.pop()
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in ("compound", "amod"):
            out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    out.sort(key=lambda t: (t.i != subj[0].i, t.i))
    return [t for t in out if not _own(t)]


_CLAUSES = ("relcl", "acl", "ccomp", "advcl", "xcomp")


def statements(sent: Span, trigger_ids: set[int]) -> list[Statement]:
    speech = words()["speech_verbs"]
    ev = words()
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        wanted = lemma in ev["request_verbs"]
        compared = lemma in ev["comparison_verbs"]
        speakers = subjects(verb) if (lemma in speech or lemma in ev["evaluation_verbs"] or
                                      wanted or compared) else []
        if not speakers or any(_reporter(s) for s in speakers):
            continue  # a journalist's report is the attribution, not a statement event
        if verb.dep_ == "relcl" and undated_present_perfect(verb):
            continue  # "the reform, which she has called unfair": a description, no event
        if verb.i not in trigger_ids and lemma in ev["request_verbs"]:
            dobj = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            if not dobj:  # parsed as "wants [the US to supply]"
                dobj = [g for c in verb.children if c.dep_ == "ccomp" and
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        for g in c.children if g.dep_ == "nsubj"]
                if dobj:
                    out.append(Statement(speakers[0], verb, _codes()["appeal"], dobj, REQUEST))
                    continue
            if dobj and _to_clause(verb):  # "Chad wants France to send more troops"
                out.append(Statement(speakers[0], verb, _codes()["appeal"], dobj, REQUEST))
            continue
        if lemma in ev["evaluation_verbs"] or compared:  # "called the incident a stab in
            dobj = [c for c in verb.children if c.dep_ == "dobj"] or (  # the back"
                [verb.head] if verb.dep_ == "relcl" else [])  # "a vote they describe as ..."
            preps = ("to", "with") if compared else ("as",)  # "compared X to Nazis"
            pred = [c for c in verb.children if not compared and (
                c.dep_ in ("oprd", "xcomp", "acomp") or
                (c.dep_ == "advmod" and c.pos_ == "ADJ"))] + [  # "describe as unlawful"
                g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]  # "as unlawful"
            if dobj and not pred:  # the parser hung the predicate on the object: "called
                pred = [c for c in dobj[0].children if  # the move 'illegal'", "described
                        (c.dep_ == "amod" and c.i > dobj[0].i and not compared) or
                        (c.dep_ == "prep" and c.lower_ in preps)]  # the deal as a mistake"
            if not dobj and not pred:  # "branded [X's remarks irresponsible]", parsed as a
                for c in verb.children:  # small clause with its own subject
                    subj = [g for g in c.children if g.dep_ == "nsubj"]
                    if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN") and subj:
                        dobj, pred = subj[:1], [t for t in c.subtree
                                                if t.i > subj[0].right_edge.i]
            if dobj and dobj[0].tag_ == "WDT" and verb.dep_ == "relcl":
                dobj = [verb.head]  # "the vote, which it called a farce": the vote
            if dobj and dobj[0].tag_ in ("WP", "WDT") and pred:
                dobj = pred  # "what it called China's aggression": China's
            if dobj and pred:
                code = _polarity(sorted({t for p in pred for t in p.subtree}))
                if code:  # "called the pact a plot by X": X, when the pact names no one
                    agents = [g for p in pred for t in p.subtree if t.dep_ in ("prep", "agent")
                              and t.lower_ == "by" for g in t.children if g.dep_ == "pobj"]
                    out.append(Statement(speakers[0], verb, code, dobj + agents, EVALUATION))
                continue
        if lemma not in speech:
            continue
        dobj = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if dobj and verb.i not in trigger_ids and _to_clause(verb):
            # "told the ministers to report": telling someone to act is a demand
            out.append(Statement(speakers[0], verb, _codes()["demand"], dobj, TOLD_TO))
            continue
        for comp in _complements(verb):
            threat = _threat(comp)
            if threat:
                out.append(Statement(speakers[0], verb, _codes()["threat"], threat, THREAT))
                continue
            modal = _modal_code(comp) or _duty_code(comp)
            if modal and comp.lemma_.lower() == "be" and \
                    not any(c.dep_ == "acomp" for c in comp.children):
                continue  # "monitors must be at the border": a state, not an act demanded
                # (but "must be ready to talk" asks for readiness)
            if modal:  # "monitors must be allowed in": the passive subject is not asked
                subj = [c for c in comp.children if c.dep_ == "nsubj"]
                if subj and subj[0].pos_ == "PRON" and dobj:  # "told the rivals that they
                    subj = dobj                                   # must ...": the addressees
                if subj:
                    out.append(Statement(speakers[0], verb, modal, subj, MODAL))
                continue
            if comp.lemma_.lower() in ev["failure_verbs"]:  # "said the government had failed"
                subj = [c for c in comp.children if c.dep_ == "nsubj"]
                if subj:
                    out.append(Statement(speakers[0], verb, _codes()["criticism"], subj, FAULT))
                    continue
            if comp.lemma_.lower() == "be" and any(  # "said Y was responsible for ..."
                    c.dep_ == "acomp" and c.lemma_.lower() in ev["blame_adjectives"]
                    for c in comp.children):
                subj = [c for c in comp.children if c.dep_ == "nsubj" and not _own(c)]
                if subj:
                    out.append(Statement(speakers[0], verb, _codes()["accusation"], subj, BLAME))
                    continue
            if _has_trigger(comp, trigger_ids):
                continue  # the statement reports an event; that event is coded
            if comp.lemma_.lower() in ev["offense_verbs"]:  # "said Y broke the constitution"
                subj = [c for c in comp.children if c.dep_ == "nsubj"]
                if subj:
                    out.append(Statement(speakers[0], verb, _codes()["accusation"], subj, OFFENSE))
                    continue
            code = _polarity(_predicate(comp))
            # a plain statement with positive words is rarely praise of someone (dev and
            # train: 1 in 14); criticism is (7 in 19)
            if code == _codes()["criticism"]:
                spoken_of = [g for c in verb.children if c.dep_ == "prep" and  # "'An act of
                             c.lower_ == "of" for g in c.children  # aggression,' X said of
                             if g.dep_ == "pobj"]  # the strike": the strike's actor first
                about = spoken_of + _evaluated(comp)
                if about:
                    out.append(Statement(speakers[0], verb, code, about, POLARITY))
    out += _reactions(sent)
    return out + _redress(sent, out, trigger_ids)


def _reactions(sent: Span) -> list[Statement]:
    """"X was angered by Y's decision": X disapproves of the cause's actor."""
    ev = words()
    out = []
    for tok in sent:
        if tok.lower_ not in ev["reaction_participles"] or tok.tag_ not in ("VBN", "JJ"):
            continue
        holder = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] or (
            [c for c in tok.head.children if c.dep_ == "nsubj"]  # "is alarmed": on "is"
            if tok.dep_ == "acomp" else [])
        cause = [g for c in tok.children if c.dep_ in ("prep", "agent") and
                 c.lower_ in ev["reaction_preps"] for g in c.children if g.dep_ == "pobj"]
        if holder and cause and not _own(holder[0]):
            out.append(Statement(holder[0], tok, _codes()["criticism"], cause, REACTION))
    return out


def _redress(sent: Span, said: list[Statement], trigger_ids: set[int]) -> list[Statement]:
    """A demand for an apology by a speaker who criticized someone in the sentence is aimed
    at the one criticized."""
    wanted = words()["redress_objects"]
    out = []
    for st in said:
        if st.cameo != _codes()["criticism"]:
            continue
        for verb in sent:
            if verb.i in trigger_ids and verb.pos_ == "VERB" and st.speaker in subjects(verb) \
                    and any(c.dep_ == "dobj" and c.lemma_.lower() in wanted
                            for c in verb.children):
                out.append(Statement(st.speaker, verb, _codes()["demand"], st.about, REDRESS))
    return out
