"""Context rules: an act's participant taken from the article or the phrase around it when the
sentence does not name it.

* ``event_anaphor``: "condemned the move / the launch / the remarks" -> the actor of the last
  act of that kind (``Context.acts`` holds the article's events so far);
* ``opponent``: a force act aimed at no other side -> the side the attacker last fought;
* ``reciprocal`` / ``partner``: "blamed each other" -> each way, or the story's pair;
* ``from_owner``: "rejected an offer from X" -> X;
* ``ordered_act``: "a court ordered him jailed" -> the jailing (17x), not a demand.

All are called from ``extract.frame_events``, which appends their trace steps. Words are in
data/context.json.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from eventwire.actors.syntax import definite, span_text
from eventwire.codebook import lookup_any
from eventwire.knowledge import words
from eventwire.records import Actor, Event
from eventwire.rules import register

EVENT_ANAPHOR = register(
    "context.event_anaphor.v2", stage="target",
    summary="A definite noun naming an act ('the move', 'the launch', 'this decision') stands "
            "for the actor of the last such act reported before it (for an act of a named kind, "
            "'the launch', 'the test', further back); 'the remarks' for the last speaker",
    example="North Korea fired a missile into the sea on Sunday. China condemned the launch.")


def event_anaphor(tok: Token, source_keys: set[str | None], acts: list[Event],
                  sentence: int) -> Actor | None:
    """The actor of the act a definite act noun points back to, else None."""
    w = words()
    lemma, lower = tok.lemma_.lower(), tok.lower_
    speech = lemma in w["speech_anaphors"] or lower in w["speech_anaphors"]
    if not speech and lemma not in w["act_anaphors"] and lower not in w["act_anaphors"]:
        return None
    if not definite(tok) or any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in tok.children):
        return None  # "the move by X", "the launch of a satellite", "its decision": not bare
    if any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in tok.children):
        return None  # "the Russian move": the modifier names the actor
    earlier = [e for e in acts if e.modality == "asserted" and e.source is not None and
               e.source.key not in source_keys and
               sentence - w["named_act_window_sentences"] <= e.evidence.sentence <= sentence]
    recent = [e for e in earlier if sentence - w["window_sentences"] <= e.evidence.sentence]
    verbal = w["verbal_roots"]
    roots = w["act_anaphor_roots"].get(lemma) or w["act_anaphor_roots"].get(lower)
    if roots:  # "the launch": a test or a strike, not the meeting before it
        recent = [e for e in recent if e.cameo[:2] in roots]
        earlier = [e for e in earlier if e.cameo[:2] in roots]
    same = [e for e in recent if e.trigger.lower()[:5] == lower[:5]]  # "the launch" -> launched
    kind = [e for e in recent if (e.cameo[:2] in verbal) == speech]
    if roots and not same and not kind:  # an act of a named kind: further back too
        kind = [e for e in earlier if e.trigger.lower()[:5] == lower[:5]] or earlier
    found = (same or kind or [])
    if not found:
        return None
    ev = found[-1]
    assert ev.source is not None
    return replace(ev.source, text=span_text(tok), resolved_by=EVENT_ANAPHOR,
                   via=f"{ev.trigger} ({ev.source.text or ev.source.name})")


CONFLICT_OPPONENT = register(
    "context.conflict_opponent.v1", stage="target",
    summary="An attack, fight or capture aimed at no other actor (a place of one's own "
            "country, or nothing) is aimed at the side the attacker last fought in the article",
    example="Iraqi troops clashed with Islamic State fighters on Monday. On Tuesday the troops "
            "launched an offensive to recapture Mosul.")


def opponent(sources: list[Actor], acts: list[Event], sentence: int) -> Actor | None:
    """The other side of the sources' last fight in the article (force roots 18-20), if it is
    of another country or body."""
    w = words()
    keys = {s.key for s in sources}
    if any(s.sector not in w["armed_sectors"] | {"GOV"} for s in sources):
        return None
    for ev in reversed(acts):
        if ev.modality != "asserted" or not lookup_any(ev.cameo).has("force") or \
                ev.target is None or ev.source is None or \
                not sentence - w["opponent_window"] <= ev.evidence.sentence <= sentence:
            continue
        if ev.source.key in keys and ev.target.key not in keys:
            other = ev.target
        elif ev.target.key in keys and ev.source.key not in keys and \
                ev.target.sector in w["armed_sectors"]:  # fought them, not struck a town
            other = ev.source
        else:
            continue
        if other.sector not in w["armed_sectors"]:
            continue
        return replace(other, resolved_by=CONFLICT_OPPONENT, via=f"{ev.trigger}")
    return None


ARMED_GROUP = register(
    "context.armed_group.v1", stage="target",
    summary="A state force's attack, fight or capture aimed at no other actor, with no fight "
            "earlier in the article, is aimed at the armed group last named nearby",
    example="Islamic State fighters hold the hills above Mosul. Iraqi troops recaptured the "
            "town of Tal Afar on Monday.")


def armed_group(sources: list[Actor], mentions: list[Any], before: Token) -> Actor | None:
    """The named armed group (an organisation of sector REB, not "rebels") of another country
    or body named last before ``before`` or in its sentence, within ``armed_group_window``
    tokens, when the sources are one state's forces or government (``opponent`` found no
    fight)."""
    w = words()
    keys = {s.key for s in sources}
    if len(keys) != 1 or any(s.sector not in w["armed_sectors"] | {"GOV"} or
                             s.sector == "REB" for s in sources):  # not "X and Y clashed"
        return None
    end = before.sent.end
    for m in reversed(mentions):
        if m.token >= end:
            continue
        if before.i - m.token > w["armed_group_window"]:
            break
        if m.lemma in w["protest_roles"]:
            return None  # crowds named since: riot control, not war ("opened fire")
        if m.actor.sector == "REB" and m.actor.org and m.actor.key not in keys:  # a body
            return replace(m.actor, resolved_by=ARMED_GROUP, via="armed group named nearby")
    return None


RECIPROCAL = register(
    "context.reciprocal.v1", stage="target",
    summary="'each other' / 'one another': every source acts on every other; one source acts "
            "on the other side of the story's last pair",
    example="Pakistan and India blamed each other for the shelling on Monday.")


def reciprocal(targets: list[Token]) -> bool:
    """The target phrase is 'each other' or 'one another'."""
    for tok in targets:
        if tok.lower_ == "other" and any(c.lower_ == "each" for c in tok.children) or \
                tok.lower_ == "another" and any(c.lower_ == "one" for c in tok.children):
            return True
        if tok.lower_ in ("other", "another") and tok.i > 0 and \
                tok.doc[tok.i - 1].lower_ in ("each", "one"):
            return True
    return False


PAIR_PARTNER = register(
    "context.pair_partner.v3", stage="target",
    summary="A reaction to a thing ('criticised the plan', 'rejected the proposal') by one side "
            "of the story's last two-sided pair, the same actor that took part in it, is aimed "
            "at the other side (cameo.csv reaction; not probes or warnings, context.json "
            "unpaired_reaction_roots); another actor of that country reacts to its own matter.",
    example="Chile and Peru held talks in Lima on Monday. Chile later criticised the proposal.")


def partner(source: Actor, pair: tuple[Actor, ...], rule: str = RECIPROCAL) -> Actor | None:
    """The other side of the story's last two-sided pair, when ``source`` is one side."""
    keys = [a.key for a in pair]
    if len(pair) == 2 and source.key in keys:
        if rule == PAIR_PARTNER and pair[keys.index(source.key)].name != source.name:
            return None  # another actor of that side reacting: not the pair's own exchange
        other = pair[1 - keys.index(source.key)]
        return replace(other, resolved_by=rule, via="the story's pair")
    return None


COUNTERPART = register(
    "context.counterpart.v1", stage="target",
    summary="A denial of a thing ('denied any involvement', 'denied the claims') by an actor "
            "outside any two-sided pair is aimed at the actor it last dealt with in the story.",
    example="Chile expelled two Peruvian diplomats on Monday. Peru denied any involvement.")


def counterpart(source: Actor, acts: list[Event], roots: Collection[str]) -> Actor | None:
    """The other side of the last asserted act, of the given roots, between ``source`` and
    another country or body."""
    for ev in reversed(acts):
        if ev.modality != "asserted" or ev.source is None or ev.target is None or \
                ev.cameo[:2] not in roots:
            continue
        ends = [ev.source, ev.target]
        keys = [a.key for a in ends]
        if source.key in keys and len(set(keys)) == 2:
            other = ends[1 - keys.index(source.key)]
            return replace(other, resolved_by=COUNTERPART, via="the story's last act with it")
    return None


FROM_OWNER = register(
    "context.from_owner.v1", stage="target",
    summary="An offer, request, demand or proposal 'from X' is X's: rejecting or accepting it "
            "acts on X",
    example="Pakistan's president rejected a fresh offer from Afghanistan on Monday.")


def from_owner(tok: Token, actor_of: Callable[[Token], Actor | None]) -> Actor | None:
    """The actor in the 'from' phrase of a proposal noun ("an offer from Kabul")."""
    lemma = tok.lemma_.lower()
    if lemma not in words()["proposal_nouns"]:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    got = actor_of(obj)
                    if got is not None and got.key:
                        return replace(got, text=span_text(tok), resolved_by=FROM_OWNER,
                                       via=obj.text)
    return None


ORDERED_ACT = register(
    "context.ordered_act.v1", stage="recode",
    summary="A court, police or government ordering someone jailed, arrested or expelled does "
            "that coercive act (17x), not a demand",
    example="A court in Ankara ordered two Greek soldiers jailed pending trial on Monday.")


def ordered_act(frame_trigger: Token, cameo: str, sources: list[Actor],
                match: Callable[[Token], str | None]) -> str | None:
    """The coercive code a state 'order' carries out ("ordered him arrested / to be jailed"),
    else None; ``match`` gives a token's lexicon code."""
    w = words()
    if cameo[:2] not in w["order_roots"] or frame_trigger.lemma_.lower() not in w["order_verbs"]:
        return None
    if not sources or any(s.sector not in w["ordering_sectors"] for s in sources):
        return None
    for child in frame_trigger.subtree:
        if child.i == frame_trigger.i or child.pos_ != "VERB":
            continue
        code = match(child)
        if code is not None and code[:2] in w["ordered_roots"]:
            return code
    return None


APPEAL_ABOUT = register(
    "context.appeal_about.v1", stage="target",
    summary="A call for something with no addressee is aimed at the state or body the call is "
            "about ('called for dialogue to end the crisis in Venezuela')",
    example="Mexico's foreign minister called for talks to end the crisis in Venezuela on "
            "Monday.")


def appeal_about(frame: Any, cameo: str, source_keys: set[str | None],
                 actor_of: Callable[[Token], Actor | None]) -> Actor | None:
    """The first other actor named inside what an open appeal calls for, else None."""
    for tok in frame.targets:
        for t in tok.subtree:
            if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("compound",):
                continue
            got = actor_of(t)
            if got is not None and got.key and got.key not in source_keys:
                return replace(got, resolved_by=APPEAL_ABOUT, via=tok.text)
    return None
