"""Whether an event happened: asserted, negated ("has not met") or hypothetical ("are likely
to veto", "will visit", "if ... attacks", "asked X to provide aid")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.knowledge import words
from eventwire.records import Modality
from eventwire.rules import Step, register

ASSERTED = register(
    "modality.asserted.v1", stage="modality",
    summary="An act with no negation, modal, condition or unrealising head happened.",
    example="Kenya criticised Uganda on Monday.")
NEGATED = register(
    "modality.negated.v2", stage="modality",
    summary="A negation on the act or on the verb it depends on ('did not meet', 'refused "
            "to'), also under a modal ('would not meet').",
    example="Kenya did not criticise Uganda on Monday.")
HYPOTHETICAL = register(
    "modality.hypothetical.v4", stage="modality",
    summary="A modal, a condition, or an intending / requesting / training head leaves the "
            "act unrealised ('will visit', 'plans to meet', 'if X attacks', 'called for "
            "holding a vote', 'were trained to fight', 'drills scheduled to start', 'a march "
            "for Tuesday'), and so does the aim of a state ('was in Lima to urge').",
    example="Kenya will criticise Uganda at the summit.")
MANDATIVE = register(
    "modality.mandative.v1", stage="modality",
    summary="The clause a demand, order or request asks for is unrealised ('demanded that "
            "the minister resign').",
    example="Kenya demanded that Uganda withdraw its troops from the border.")
TEMPORAL_PRESENT = register(
    "modality.temporal_present.v2", stage="modality",
    summary="A present-tense act in a clause of time ('until the minister resigns', 'before "
            "he leaves', 'when it holds drills', 'for when it leaves') is still to come or a "
            "habit, not a reported act.",
    example="Farmers in Chile will keep marching until the minister resigns.")
BARE_CONJUNCT = register(
    "modality.bare_conjunct.v1", stage="modality",
    summary="A bare infinitive the parser coordinates with a finite verb after a modal's "
            "clause ('must show that it is fair and release him') belongs to the modal verb.",
    example="Peru's government must prove that it is fair and release the Chilean fishermen.")
DENIED_CLAIM = register(
    "modality.denied_claim.v1", stage="modality",
    summary="The act a denied or rejected claim says happened ('rejected claims that its jets "
            "had bombed a school') did not happen by the speaker's word (cues.json "
            "denied_claim_verbs, allegation_nouns).",
    example="Kenya denied reports that its troops had shelled Somali villages.")
_RULES = {"asserted": ASSERTED, "negated": NEGATED, "hypothetical": HYPOTHETICAL}

_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl", "conj", "csubj"})


def _own_cues(tok: Token) -> Modality | None:
    c = words()
    for child in tok.children:  # negation first: "would not negotiate" is a refusal, not an
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and  # intention
                                    child.lower_ in c["negators"]):
            return "negated"
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in c["hypothetical_aux"]:
            return "hypothetical"
        if child.dep_ == "mark" and child.lower_ in c["conditional_marks"]:
            return "hypothetical"
        if child.dep_ == "aux" and child.lower_ == "to" and tok.dep_ in ("ROOT",):
            return "hypothetical"  # headline infinitive: "X to visit Y"
    if tok.pos_ == "NOUN":
        for child in tok.children:
            if child.dep_ == "det" and child.lower_ in c["negating_determiners"]:
                return "negated"
            if child.dep_ == "amod" and child.lower_ in c["unrealised_modifiers"]:
                return "hypothetical"  # "a possible suspension", "the planned talks"
            if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and \
                    child.lower_ in c["hypothetical_heads"] and any(
                        x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children)
                        for x in child.children):
                return "hypothetical"  # "drills scheduled to start next week"
    if tok.pos_ in ("NOUN", "PROPN") and _set_for_day(tok):
        return "hypothetical"  # "a march for Tuesday": an act set for a day
    return None


def _set_for_day(tok: Token) -> bool:
    """An event noun set "for" a day ("a march for Tuesday"; "announced talks for next
    week" with the parser's "for" on the verb): scheduled, not done. A length of time ("a
    ban for two years") is no day."""
    days = words()["day_words"]
    hosts = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [])
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.ent_type_ == "DATE" and
        (g.lower_ in days or any(k.lower_ in days for k in g.children))
        for g in c.children) for h in hosts for c in h.children)


def _modal_host(trigger: Token) -> Token | None:
    """The modal verb a bare infinitive really coordinates with when the parser hung it on a
    finite verb of a clause in between ("must show that it is fair and release him")."""
    if trigger.tag_ != "VB" or trigger.dep_ != "conj" or trigger.head.tag_ not in (
            "VBZ", "VBD", "VBP") or any(c.dep_ in ("aux", "nsubj", "nsubjpass")
                                        for c in trigger.children):
        return None
    tok = trigger.head
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.tag_ == "VB" and any(c.dep_ == "aux" for c in tok.children):
            return tok
    return None


def modality(trigger: Token) -> Modality:
    """Walk from the trigger up through its clause chain, looking for cues."""
    c = words()
    own = _own_cues(trigger)
    if own:
        return own
    host = _modal_host(trigger)
    if host is not None:
        return modality(host)
    tok = trigger
    # a noun trigger takes the modality of the verb it hangs on ("held talks", "plan a visit")
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.pos_ in ("VERB", "AUX"):
            own = _own_cues(head)
            if own:
                return own
            if head.lemma_.lower() in c["hypothetical_heads"]:
                return "hypothetical"
            if tok.dep_ == "dobj" and head.lemma_.lower() in c["cancelling_verbs"]:
                return "negated"  # "abandoned their march", "cancelled the rally"
            tok = head
    for _ in range(6):
        if tok.dep_ not in _CLAUSE_DEPS or tok.head.i == tok.i:
            break
        dep, head = tok.dep_, tok.head
        lemma = head.lemma_.lower()
        if dep == "pcomp" and head.pos_ == "ADP" and head.dep_ == "prep" and \
                head.lower_ in c["unrealising_preps"] and \
                head.head.lemma_.lower() in c["hypothetical_heads"]:
            return "hypothetical"  # "committed to holding talks", "called for holding a vote"
        if dep == "acl" and tok.tag_ == "VBG" and lemma in c["enacted_documents"]:
            return modality(head)  # "signed an order banning X": the order's act is in force
        if dep == "acl" and head.pos_ == "NOUN" and head.dep_ == "dobj" and \
                head.head.lemma_.lower() in c["cancelling_verbs"]:
            return "negated"  # "vetoed a resolution condemning X": the text never took effect
        if dep in ("xcomp", "pcomp", "acl") or (dep == "ccomp" and head.pos_ == "NOUN"):
            if lemma in c["negating_heads"]:
                return "negated"
            if lemma in c["hypothetical_heads"] or (
                    dep == "xcomp" and head.lower_ in c["hypothetical_heads"]):
                return "hypothetical"  # "are going to resist": lemma "go", form "going"
            if _own_cues(head) == "negated" and dep == "xcomp":
                return "negated"
        if dep == "advcl" and lemma in c["prep_control"] and \
                any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
            return "hypothetical"  # "appealed to Peru to free them": not done yet
        if dep == "ccomp" and lemma in c["denying_heads"]:
            return "negated"  # "denied that its troops had crossed the border"
        if _denied_claim(tok):
            return "negated"  # "rejected claims that its jets had bombed a school"
        if dep == "conj":  # "did not meet or talk": the conjunct shares the first verb's cues
            own = _own_cues(head)
            if own == "negated" or (own == "hypothetical" and not _has_own_aux(tok)):
                return own
        if dep in ("xcomp", "pcomp"):
            own = _own_cues(head)
            if own == "hypothetical":
                return own
        if dep == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in c["conditional_marks"]
                                  for ch in tok.children):
            return "hypothetical"
        if dep in ("advcl", "pcomp") and _temporal_present(tok):
            return "hypothetical"  # "until the government resigns": not yet, or a habit
        if dep == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children) \
                and (modality(head) != "asserted" or lemma == "be"):
            return "hypothetical"  # "threatened to storm the embassy to arrest him"; an aim
            # of a state is no act done ("was in Lima to urge", "is an advocate to improve")
        if dep == "ccomp" and head.pos_ in ("VERB", "AUX") and lemma in c["mandative_heads"]:
            return "hypothetical"  # "demanded that he step down": asked for, not done
        if dep in ("ccomp", "relcl", "advcl"):
            break  # reported speech and subordinate clauses keep their own modality
        tok = head
    return "asserted"


def _temporal_present(clause: Token) -> bool:
    """A clause of time ("until", "before", "when" ...) whose finite verb is in the present
    tense: English uses it for what is still to come or for a habit."""
    if not any((ch.dep_ == "mark" or ch.dep_ == "advmod" and ch.tag_ == "WRB") and
               ch.lower_ in words()["temporal_marks"] for ch in clause.children):  # "when":
        # the parser reads it as an adverb
        return False
    aux = [ch for ch in clause.children if ch.dep_ in ("aux", "auxpass")]
    finite = aux[0] if aux else clause
    return finite.tag_ in ("VBZ", "VBP")


def _has_own_aux(tok: Token) -> bool:
    return any(ch.dep_ in ("aux", "auxpass", "nsubj") for ch in tok.children)


def intent_head(trigger: Token) -> Token | None:
    """The asserted intent word an unrealised act hangs on ("hope to hold talks", "offered to
    help", "would consider sanctions" said by the actor itself), or None."""
    c = words()
    tok = trigger
    if tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj"):
        tok = tok.head if tok.dep_ == "dobj" else tok.head.head
        if tok.lemma_.lower() in c["intent_heads"] and modality(tok) == "asserted":
            return tok
    for _ in range(5):
        if tok.dep_ not in ("xcomp", "pcomp", "acl", "ccomp", "conj") or tok.head.i == tok.i:
            break
        if tok.dep_ == "pcomp" and _temporal_present(tok):
            break  # "wants closer trade links for when it quits the union": when, not what
        head = tok.head
        if head.pos_ == "ADP":
            head = head.head
        if head.lemma_.lower() in c["intent_heads"]:
            return head if modality(head) == "asserted" else None
        tok = head
    return None



def modality_step(trigger: Token, mod: str) -> Step:
    """The trace step of a modality: the rule and the cue word that decided it."""
    if mod == "asserted":
        return Step("modality", ASSERTED, "no cue")
    host = _modal_host(trigger)
    if host is not None:
        return Step("modality", BARE_CONJUNCT, f"with {host.text!r}")
    c = words()
    cues = c["hypothetical_aux"] | c["conditional_marks"] | c["hypothetical_heads"] | \
        c["negating_heads"] | c["negators"] | c["negating_determiners"] | \
        c["unrealised_modifiers"] | {"to"}
    tok: Token | None = trigger
    for _ in range(7):
        if tok is None:
            break
        for child in tok.children:
            if child.dep_ in ("neg", "aux", "auxpass", "mark", "det", "advmod", "amod") and \
                    child.lower_ in cues:
                return Step("modality", _RULES[mod], f"cue {child.text!r}")
        if tok.i != trigger.i and tok.lemma_.lower() in cues:
            return Step("modality", _RULES[mod], f"cue {tok.text!r}")
        if mod == "hypothetical" and tok.dep_ in ("advcl", "pcomp") and _temporal_present(tok):
            mark = next(ch for ch in tok.children if ch.lower_ in c["temporal_marks"])
            return Step("modality", TEMPORAL_PRESENT, f"cue {mark.text!r}")
        if mod == "negated" and _denied_claim(tok):
            return Step("modality", DENIED_CLAIM, f"cue {tok.head.head.text!r}")
        if mod == "hypothetical" and tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.lemma_.lower() in c["mandative_heads"]:
            return Step("modality", MANDATIVE, f"cue {tok.head.text!r}")
        tok = tok.head if tok.head.i != tok.i else None
    return Step("modality", _RULES[mod], "clause")


def _denied_claim(tok: Token) -> bool:
    """``tok`` heads the that-clause of a claim that is the object of a denial."""
    c = words()
    claim = tok.head
    return tok.dep_ in ("acl", "ccomp") and claim.pos_ == "NOUN" and \
        claim.lemma_.lower() in c["allegation_nouns"] and claim.dep_ == "dobj" and \
        claim.head.lemma_.lower() in c["denied_claim_verbs"] and \
        any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)
