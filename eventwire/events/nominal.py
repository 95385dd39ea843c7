"""Nominal events: the arguments of an event noun that the noun frame's own rules miss.

``agent`` finds the doer in a by-phrase ("the assault by X on Y", "strikes carried out by X"),
``participle_targets`` the objects of a participle on the noun ("sanctions imposed on X"),
``victims`` the sufferers of a one-sided act ("civilians died in an air strike"); these are
called from ``frames.noun_frame``. ``hidden_conjunct`` ("President X and Prime Minister Y"
parsed as one phrase) and ``included`` ("several countries, including X and Y") repair the
sources in ``extract.frame_events``. Words are in data/context.json.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.knowledge import words
from eventwire.rules import Step, register

NOUN_AGENT = register(
    "nominal.agent.v1", stage="source",
    summary="The by-phrase of an event noun, or of a participle on it, names the doer "
            "('the seizure of X by Y', 'strikes carried out by Y')",
    example="The seizure of two Greek tankers by the Iranian navy angered Athens on Friday.")

Conjuncts = Callable[[Token], list[Token]]


def participle_targets(n: Token, conjuncts: Conjuncts) -> list[Token]:
    """The objects a participle on the noun aims the act at ("sanctions imposed on X")."""
    return [t for child in n.children if child.dep_ == "acl" and child.tag_ == "VBN"
            for prep in child.children if prep.dep_ == "prep" and
            prep.lower_ in words()["participle_preps"]
            for g in prep.children if g.dep_ == "pobj" for t in conjuncts(g)]


def agent(n: Token, conjuncts: Conjuncts, steps: list[Step]) -> list[Token]:
    """The doer named in a by-phrase on the noun or on a participle modifying it."""
    for child in n.children:
        preps = [child] if child.dep_ == "prep" and child.lower_ == "by" else []
        third_party = words()["third_party_participles"]  # "a truce brokered by X"
        if child.dep_ == "acl" and child.tag_ == "VBN" and \
                child.lemma_.lower() not in third_party:  # "strikes carried out by X"
            preps = [g for g in child.children if g.dep_ == "agent" or
                     (g.dep_ == "prep" and g.lower_ == "by")]
        for prep in preps:
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if objs:
                steps.append(Step("source", NOUN_AGENT, f"actor {objs[0].text!r}"))
                return conjuncts(objs[0])
    return []



NOUN_VICTIMS = register(
    "nominal.victims.v1", stage="target",
    summary="The subject of 'died / were killed in' a one-sided attack is its victim (a "
            "target), not its doer; in a two-sided clash the subject took part",
    example="Nine Yemeni civilians died in an air strike by Saudi jets on Monday.")


def victims(n: Token, mutual: bool, conjuncts: Conjuncts, steps: list[Step]) -> list[Token]:
    """Who suffered the act an event noun names: the subject of the clause it is the cause
    of ("civilians died in an air strike", "were killed in a raid"); none for mutual acts."""
    if mutual or n.dep_ != "pobj" or n.head.dep_ != "prep":
        return []
    verb = n.head.head
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if lemma not in words()["victim_verbs"] and not (passive and lemma in words()["harm_verbs"]):
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return []
    steps.append(Step("target", NOUN_VICTIMS, f"victims {subj[0].text!r}"))
    return conjuncts(subj[0])


HIDDEN_CONJUNCT = register(
    "nominal.hidden_conjunct.v1", stage="repair",
    summary="'President X and Prime Minister Y' parsed as one phrase (X a modifier of Y): both "
            "are actors",
    example="President Trump and British Prime Minister Theresa May criticised Iran on Friday.",
    published="2017-05-01")


def hidden_conjunct(tok: Token) -> Token | None:
    """A first conjunct the parser hung on the second as a modifier: in "President Trump and
    Prime Minister Abe", Trump (nmod/compound of Abe, with its own 'and' + conj)."""
    for child in tok.subtree:  # "Trump" under "Theresa" under "May"
        if child.dep_ in ("nmod", "compound") and child.i < tok.i and \
                any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children) and \
                any(c.dep_ == "conj" for c in child.children):
            return child
    return None


INCLUDING = register(
    "nominal.including.v1", stage="source",
    summary="'Some countries, including X and Y, ...': the listed members act",
    example="Several countries, including Brazil and Mexico, criticised the coup in Peru on "
            "Friday.")


def included(tok: Token, conjuncts: Conjuncts) -> list[Token]:
    """The members listed in an 'including' / 'such as' phrase of a group noun."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("including", "like") or \
                child.dep_ == "prep" and child.lower_ == "as" and child.i > 0 and \
                child.doc[child.i - 1].lower_ == "such":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return conjuncts(objs[0])
    return []


HELPER = register(
    "nominal.helper.v1", stage="source",
    summary="'X took the town with the help of Y': an act of force done with another party's "
            "help is that party's military aid to X (context.json helper_nouns, helper_code)",
    example="Malian troops retook Kidal with the help of French warplanes on Monday.")


def helpers(v: Token, conjuncts: Conjuncts) -> tuple[Token | None, list[Token]]:
    """The help noun and the helpers of an act: "with the help / backing of X" on the verb."""
    for child in v.children:
        if child.dep_ != "prep" or child.lower_ != "with":
            continue
        for noun in child.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in words()["helper_nouns"]:
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs = [g for g in prep.children if g.dep_ == "pobj"]
                    if objs:
                        return noun, conjuncts(objs[0])
    return None, []


CLAIMANT = register(
    "nominal.claimant.v1", stage="source",
    summary="'X claimed responsibility for the attack': X is the attacker, and the claim is no "
            "event of its own (context.json claim_nouns, claim_verbs)",
    example="Maoist rebels in India claimed responsibility for the bombing of an Indian army "
            "convoy on Monday.")


def claim_noun(n: Token) -> Token | None:
    """'responsibility' in "X claimed responsibility for <n>", when n is its object."""
    if n.dep_ != "pobj" or n.head.lower_ != "for":
        return None
    noun = n.head.head
    w = words()
    if noun.lemma_.lower() not in w["claim_nouns"] or noun.dep_ != "dobj" or \
            noun.head.lemma_.lower() not in w["claim_verbs"]:
        return None
    return noun


def claimed(claim: Token) -> list[Token]:
    """The act a claim of responsibility names: the object of its 'for' phrase."""
    if claim.lemma_.lower() not in words()["claim_nouns"]:
        return []
    return [g for c in claim.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]


ROLE_MODIFIER = register(
    "nominal.role_modifier.v1", stage="source",
    summary="An event noun modified by an actor's role noun is that actor's act ('a government "
            "crackdown', 'a police raid', 'an army offensive'; context.json actor_role_modifiers)",
    example="A police raid on the offices of two opposition newspapers in Lima angered Chile.")


def role_modifier(n: Token, steps: list[Step]) -> list[Token]:
    """The role noun before an event noun ("a government siege"), not in "anti-government"."""
    for child in n.children:
        if child.dep_ not in ("compound", "amod", "nmod") or child.i >= n.i or \
                child.lemma_.lower() not in words()["actor_role_modifiers"]:
            continue
        if child.i > 0 and child.doc[child.i - 1].text == "-":
            continue  # "anti-government protests": against the government, not by it
        steps.append(Step("source", ROLE_MODIFIER, f"actor {child.text!r}"))
        return [child]
    return []


HELD = register(
    "nominal.held.v1", stage="target",
    summary="'X remains in custody', 'X was back in jail': X is held by the state (the "
            "subject of a verb of being in custody; context.json custody_nouns, custody_verbs)",
    example="Two Chilean students remain in custody in Lima.")


def held(n: Token, conjuncts: Conjuncts, steps: list[Step]) -> list[Token]:
    """Who is in custody: the subject of "be / remain in custody" (n is the custody noun)."""
    w = words()
    if n.lemma_.lower() not in w["custody_nouns"] or n.dep_ != "pobj" or \
            n.head.lower_ not in ("in", "under"):
        return []
    verb = n.head.head
    if verb.lemma_.lower() not in w["custody_verbs"]:
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        return []
    steps.append(Step("target", HELD, f"held {subj[0].text!r}"))
    return conjuncts(subj[0])
