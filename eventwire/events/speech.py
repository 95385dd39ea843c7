"""Statements as events. Reported speech mostly carries another event ("X said Y attacked Z");
the speaking itself is an event when it demands, appeals, criticizes or praises:

* "X said Y must ..."           -> X demands of Y (100)
* "X said Y should ..."         -> X appeals to Y (020)
* "X said the resolution is counterproductive", "X called the move historic"
                                -> X criticizes (111) / praises (051) the actor the
                                   statement is about.

Evaluative words are data (data/evaluative.json).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from eventwire.events.frames import subjects
from eventwire.events.lexicon import cues
from eventwire.resources import data_path


@dataclass(frozen=True)
class Statement:
    speaker: Token
    verb: Token
    cameo: str
    about: list[Token]  # candidate target heads, best first
    rule: str


@lru_cache(maxsize=1)
def evaluative() -> dict[str, Any]:
    raw = json.loads(data_path("evaluative.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) if isinstance(v, list) else v
            for k, v in raw.items() if not k.startswith("_")}


def _complements(verb: Token) -> list[Token]:
    """What was said: the verb's content clause, also when the parser hung it on a clause
    inside ("said after meeting X that ...")."""
    out = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if not out:
        for c in verb.children:
            if c.dep_ in ("prep", "advcl"):
                for g in c.subtree:
                    if g.dep_ == "ccomp" and g.head.pos_ == "VERB":
                        return [g]
    return out


def _has_trigger(tok: Token, trigger_ids: set[int]) -> bool:
    """The clause reports an act of its own (a verb trigger), not only an evaluation."""
    return any(t.i in trigger_ids and t.pos_ == "VERB" for t in tok.subtree)


def _to_clause(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
               for c in verb.children)


def _reporter(tok: Token) -> bool:
    """"correspondent James Franey", "a reporter": someone who reports the news."""
    roles = cues()["reporter_roles"]
    return any(t.lemma_.lower() in roles for t in tok.subtree if t.i <= tok.i or
               t.dep_ == "appos" or t.head.dep_ == "appos")


def _polarity(tokens: list[Token]) -> str | None:
    ev = evaluative()
    neg = sum(t.lemma_.lower() in ev["negative"] or t.lower_ in ev["negative"] for t in tokens)
    pos = sum(t.lemma_.lower() in ev["positive"] or t.lower_ in ev["positive"] for t in tokens)
    if neg > pos:
        return "111"
    if pos > neg:
        return "051"
    return None


def _modal_code(comp: Token) -> str | None:
    ev = evaluative()
    for child in comp.children:
        if child.dep_ in ("aux", "auxpass"):
            if child.lower_ in ("must",):
                return "100"
            if child.lower_ in ev["appeal_modals"]:
                return "020"
        if child.dep_ == "xcomp" and comp.lemma_ in ("have", "need") and \
                any(g.lower_ == "to" for g in child.children):
            return "100"
    return None


def _threat(comp: Token) -> Token | None:
    """"Y would face consequences", "if Y does not comply ...": who is threatened."""
    ev = evaluative()
    preds = ev["threat_predicates"]
    for tok in comp.subtree:
        objs = preds.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if objs is None:
            continue
        dobj = [c for c in tok.children if c.dep_ == "dobj"]
        if dobj and (not objs or dobj[0].lemma_.lower() in objs):
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj:
                return subj[0]
    for child in comp.children:  # "if Syria does not comply, ..."
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in child.children):
            subj = [c for c in child.children if c.dep_ == "nsubj"]
            if subj:
                return subj[0]
    return None


def _predicate(comp: Token) -> list[Token]:
    """What a statement says about its subject: the clause head and its predicate parts,
    not the subject phrase or circumstantial phrases."""
    out = [comp]
    for child in comp.children:
        if child.dep_ in ("acomp", "attr", "oprd", "dobj", "neg", "xcomp", "advmod", "ccomp",
                          "conj"):
            out.extend(child.subtree)
    return out


FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours"})


def _own(t: Token) -> bool:
    """The speaker's own side: "we", "our people"."""
    return t.lower_ in FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON
                                           for c in t.children)


def _nouns(tok: Token) -> list[Token]:
    """Candidate actor heads inside a clause, subject first, then in order; not the speaker's
    own side."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    rest = [t for t in tok.subtree if t.pos_ in ("PROPN", "NOUN", "PRON") and
            t.dep_ not in ("compound", "amod") and t not in subj]
    return [t for t in subj + rest if not _own(t)]


def statements(sent: Span, trigger_ids: set[int]) -> list[Statement]:
    speech = cues()["speech_verbs"]
    ev = evaluative()
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        wanted = lemma in ev["request_verbs"] or lemma in ev["negative_speech_verbs"]
        speakers = subjects(verb) if (lemma in speech or lemma in ev["evaluation_verbs"] or
                                      wanted) else []
        if not speakers or any(_reporter(s) for s in speakers):
            continue  # a journalist's report is the attribution, not a statement event
        if verb.i not in trigger_ids and lemma in ev["request_verbs"]:
            dobj = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            if not dobj:  # parsed as "wants [the US to supply]"
                dobj = [g for c in verb.children if c.dep_ == "ccomp" and
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        for g in c.children if g.dep_ == "nsubj"]
                if dobj:
                    out.append(Statement(speakers[0], verb, "020", dobj, "speech:request"))
                    continue
            if dobj and _to_clause(verb):  # "Pakistan wants the United States to supply ..."
                out.append(Statement(speakers[0], verb, "020", dobj, "speech:request"))
            continue
        if lemma in ev["negative_speech_verbs"] and verb.i not in trigger_ids:
            for comp in _complements(verb):  # "Ban regretted (that) she was excluded"
                out.append(Statement(speakers[0], verb, "111", _nouns(comp), "speech:regret"))
            continue
        if lemma in ev["evaluation_verbs"]:  # "called the incident a stab in the back"
            dobj = [c for c in verb.children if c.dep_ == "dobj"] or (
                [verb.head] if verb.dep_ == "relcl" else [])  # "a vote they describe as ..."
            pred = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp") or
                    (c.dep_ == "advmod" and c.pos_ == "ADJ")] + [  # "describe as unlawful"
                g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ == "pobj"]
            if dobj and dobj[0].tag_ in ("WP", "WDT") and pred:
                dobj = pred  # "what it called Japan's provocations": Japan's
            if dobj and pred:
                code = _polarity([t for p in pred for t in p.subtree])
                if code:
                    out.append(Statement(speakers[0], verb, code, dobj, f"evaluation:{lemma}"))
                continue
        if lemma not in speech:
            continue
        dobj = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if dobj and verb.i not in trigger_ids and _to_clause(verb):
            # "told the ministers to report": telling someone to act is a demand
            out.append(Statement(speakers[0], verb, "100", dobj, "speech:demand"))
            continue
        for comp in _complements(verb):
            threat = _threat(comp)
            if threat is not None:
                out.append(Statement(speakers[0], verb, "130", [threat], "speech:threat"))
                continue
            modal = _modal_code(comp)
            if modal and comp.lemma_.lower() == "be":
                continue  # "inspectors must be on the ground": a state, not an act demanded
            if modal:  # "inspectors must be given access": the passive subject is not asked
                subj = [c for c in comp.children if c.dep_ == "nsubj"]
                if subj:
                    out.append(Statement(speakers[0], verb, modal, subj, f"speech:{modal}"))
                continue
            if comp.lemma_.lower() in ev["failure_verbs"]:  # "said the government had failed"
                subj = [c for c in comp.children if c.dep_ == "nsubj"]
                if subj:
                    out.append(Statement(speakers[0], verb, "111", subj, "speech:fault"))
                    continue
            if _has_trigger(comp, trigger_ids):
                continue  # the statement reports an event; that event is coded
            if comp.lemma_.lower() in ev["offense_verbs"]:  # "said Y broke the constitution"
                subj = [c for c in comp.children if c.dep_ == "nsubj"]
                if subj:
                    out.append(Statement(speakers[0], verb, "112", subj, "speech:accuse"))
                    continue
            code = _polarity(_predicate(comp))
            if code:
                out.append(Statement(speakers[0], verb, code, _nouns(comp), f"speech:{code}"))
    return out
