"""From a parsed article to events: frames -> actors, code, modality, date, place, attribution,
then the within-article merge of restated events. Every event carries its ``why``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.actors.linking import CONFLICT_SIDES
from eventwire.actors.petrarch import phrase_head
from eventwire.actors.resolver import (
    BACKER,
    GAZETTEER,
    PLACE_ATTACKED,
    ROLE_FOCAL,
    ROLE_PLACE,
    THING_PHRASE,
)
from eventwire.codebook import Code, lookup_any
from eventwire.events import context, nominal, untargeted
from eventwire.events.circumstances import (
    CONTEXT_SENTENCES,
    DATE_CONTEXT,
    DATE_DATELINE,
    DATE_TEXT,
    Context,
    attribution,
    event_date,
    event_place,
    place_step,
    speaker_text,
)
from eventwire.events.frames import (
    HUNG_CONJUNCT,
    Frame,
    conjuncts,
    find_frames,
    hung_conjuncts,
    listed,
    subjects,
)
from eventwire.events.lexicon import LexEntry
from eventwire.events.merge import merge
from eventwire.events.modality import intent_head, modality, modality_step
from eventwire.events.recodes import recode
from eventwire.events.speech import statements
from eventwire.events.verbmatch import with_reverse
from eventwire.knowledge import words
from eventwire.nlp import LEMMA_REPAIRED
from eventwire.nlp.spans import one_line
from eventwire.records import Actor, Event, Evidence, Quote
from eventwire.rules import Step, register
from eventwire.timeplace.dates import ResolvedDate, not_after

__all__ = ["Context", "extract", "frame_events"]

QUOTE_CHARS = "\"“”"

MISSED_APPOSITION = register(
    "frames.missed_apposition.v1", stage="repair",
    summary="Actors the parser left outside the subject phrase ('X and Y, two powers, ...').",
    example="The EU is unlikely to adopt the resolution as Hungary and Slovakia, two critics of "
            "the bloc's eastern policy, are likely to veto the resolution.")
SPEAKER_SUBJECT = register(
    "frames.speaker_subject.v1", stage="repair",
    summary="A coordination the parser put inside reported speech: the speaker acts "
            "('X said ..., and urged Y to ...').",
    example="Peru said the release came too late, and urged Chile to free the fishermen.")
JOINT_EXERCISE = register(
    "events.joint_exercise.v1", stage="recode",
    summary="A military exercise held with a partner, or by two countries together, is "
            "military cooperation (062) both ways.",
    example="India held naval drills with Japanese warships on Monday.")
RIOT_CONTROL_TARGET = register(
    "events.riot_control_target.v1", stage="target",
    summary="Riot control with no target is aimed at the protesters last mentioned.",
    example="Thousands of protesters marched in Nairobi on Monday. Police fired tear gas.")
RETALIATION_TARGET = register(
    "events.retaliation_target.v1", stage="target",
    summary="Returning fire is aimed at the last attacker.",
    example="Syrian troops shelled Turkey on Monday and the Turkish army returned fire.")
PROTEST_TARGET = register(
    "events.protest_target.v1", stage="target",
    summary="A protest with no target is aimed at the government where it happens "
            "(cameo.csv protest).",
    example="Thousands of students protested in Caracas on Monday.")
FIGHTING_IN_PLACE = register(
    "events.fighting_in_place.v1", stage="source",
    summary="Fighting or clashes reported in a place with no side named are between the "
            "government side and the armed opposition of the place's country, each way.",
    example="Heavy fighting broke out in eastern Ukraine on Monday.")
STATE_OF_PLACE = register(
    "events.state_of_place.v1", stage="source",
    summary="The unnamed state of an agentless passive arrest or release is the state where "
            "it happened, when a place is named.",
    example="Two Kenyan students were detained in Kampala on Monday.")
ENTERED_STATE = register(
    "events.entered_state.v3", stage="source",
    summary="The unnamed state that bars people from entering a country, or deports them from "
            "it, is that country's state ('were barred from entering X', 'deported from X', "
            "'escorted out of X', 'barred from speaking in X'; words.json entry_preps, "
            "entry_verbs).",
    example="Two Chilean activists were barred from entering Argentina on Monday.")
NOT_A_PARTY = register(
    "events.not_a_party.v2", stage="target",
    summary="The object of a fight's goal ('fought for control of X'), of a meeting's topic "
            "('held talks on X') or of a verb of discussing ('discussed X with Y') is no "
            "target (words.json force_goal_preps, meeting_topic_preps, topic_verbs).",
    example="Chile and Peru fought for control of the Atacama desert in 1879.")
EMBASSY_PROTEST = register(
    "events.embassy_protest.v1", stage="target",
    summary="A protest with no target held at a foreign embassy or consulate is aimed at the "
            "embassy's country.",
    example="Vietnamese students protested outside the Chinese embassy in Hanoi on Monday.")
POSTURE_PLACE = register(
    "events.posture_place.v1", stage="target",
    summary="Forces built up or put on alert in another country are aimed at that country, "
            "not at the forces themselves (cameo.csv posture).",
    example="Chile strengthened its forces in Peru on Monday.")
DESTINATION = register(
    "events.destination.v1", stage="target",
    summary="What an actor sends of its own (troops, doctors, an envoy) to another country is "
            "aimed at that country, not at the things or people sent.",
    example="Cuba sent two hundred doctors to Haiti on Monday.")
PLACE_STRUCK = register(
    "events.place_struck.v1", stage="target",
    summary="Violence against things or no one named (a convoy, a market, 'the attack') "
            "strikes the people of the country where it happens.",
    example="Rebel gunmen shelled a crowded market in Mosul on Monday.")
MEMBERSHIP_BODY = register(
    "events.membership_body.v1", stage="source",
    summary="An agentless act on a membership ('X's membership of the bloc was suspended') is "
            "done by the body the membership is of (words.json membership_nouns).",
    example="Mali's membership of the African Union was suspended in March.")
HELD_AREA = register(
    "events.held_area.v1", stage="target",
    summary="An attack on an area a named side holds ('rebel-held towns', 'government-held "
            "districts') is aimed at that side, even in the attacker's own country: no other "
            "opponent is looked for (words.json holding_participles).",
    example="Islamic State fighters fought Peshmerga forces on Sunday. Iraqi jets bombed "
            "rebel-held villages near Kirkuk on Monday.")
UNARMED_ASSAULT = register(
    "events.unarmed_assault.v2", stage="recode",
    summary="Armed force used by rebels or militants on civilians, or by private people on "
            "anyone ('a man shot a policeman'), is an assault (18), not combat between armed "
            "sides (19).",
    example="Maoist rebels attacked villagers in Chhattisgarh on Monday.")
CAPITAL_SITE = register(
    "events.capital_site.v1", stage="target",
    summary="A capital after 'in' or 'at' is where an act takes place, not its target "
            "('brokered talks in Astana'); acts of force on it still strike its people.",
    example="A truce was agreed after talks in Uzbekistan's capital Tashkent, mediated by "
            "Russia for Tajikistan.")
HOSTED_FORCES = register(
    "events.hosted_forces.v1", stage="recode",
    summary="Forces sent to another country, which the text does not name as an opponent, "
            "are military aid to it (074), as the guide codes foreign forces backing a "
            "government; forces aimed at an opponent stay a show of force (154).",
    example="Chad sent 400 soldiers to Niger on Monday.")
OPEN_TARGET = register(
    "events.open_target.v1", stage="target",
    summary="An act that stands without a target: an unnamed group or an open-target code "
            "(cameo.csv open_target).",
    example="Thailand declared martial law on Monday.")
JOINT_ACT = register(
    "events.joint_act.v2", stage="target",
    summary="'X and Y met / clashed' with no object, or with only their own people as object "
            "('agreed to pull back troops'): each acts on the other (cameo.csv joint).",
    example="Serbia and Croatia signed a border agreement on Monday.")
MUTUAL_ACT = register(
    "events.mutual_act.v1", stage="target",
    summary="A two-sided act with a target (lexicon 'mutual'): one event each way.",
    example="Egypt met Sudan on Monday.")
VERB_LEMMA = register(
    "nlp.verb_lemma.v1", stage="repair",
    summary="A verb form the lemmatizer gets wrong takes its lemma from words.json "
            "verb_lemma_repairs ('waged' is 'wage', not 'wag').",
    example="Kenyan police have waged a crackdown on Somali refugees in Nairobi.")
TOKEN_NORM = register(
    "nlp.token_norm.v1", stage="repair",
    summary="A word the parser misreads by its normal form is read under another "
            "(words.json token_norms: 'IS' the group, not 'is' the verb).",
    example="IS fighters attacked Iraqi troops near Mosul.")
ATTITUDE_OBJECT = register(
    "events.attitude_object.v1", stage="target",
    summary="The attitude a statement voices is no actor even when it names one ('voiced "
            "opposition to X': X, not the source's own opposition party).",
    example="Chile voiced strong opposition to Peru's plan on Monday.")
PLURAL_PAIR = register(
    "frames.plural_pair.v1", stage="repair",
    summary="'they' doing a two-sided act (agreeing, meeting) with no one else named is the "
            "story's last pair when it holds the actor 'they' resolved to.",
    example="Chile's president met his Peruvian counterpart on Monday. They agreed to expand "
            "trade.")
OWN_ENVOY = register(
    "events.own_envoy.v2", stage="target",
    summary="The source's own people or things ('its ambassador', 'his envoy', 'military "
            "cooperation') are not the other side when the phrase names one ('recalled its "
            "ambassador from X', 'halted military cooperation with X': X).",
    example="Chile recalled its ambassador to Peru on Monday.")
DOCUMENT_AUTHOR = register(
    "frames.document_author.v1", stage="repair",
    summary="A document that speaks, urges or accuses acts for whoever issued it ('a report "
            "from X accused Y', 'the resolution urges Y').",
    example="A report from the United Nations accused Sudan of bombing villages on Monday.")
COUNTERPART = register(
    "events.counterpart.v1", stage="target",
    summary="A visit is also the visited side's hosting, and hosting the visitor's visit "
            "(cameo.csv counterpart: 042 <-> 043): one event each way.",
    example="The Chilean president visited Argentina on Monday.")
DOMESTIC_TRIP = register(
    "events.domestic_trip.v2", stage="target",
    summary="A visit to a town or region of the visitor's own country (or, by a private "
            "person, to its capital) is a domestic trip, not a visit between two actors: no "
            "042/043 event.",
    example="The Chilean president visited Peru and Valparaiso on Monday.")
CONDITIONAL_THREAT = register(
    "events.conditional_threat.v1", stage="recode",
    summary="An announced act made to depend on the other side's conduct ('will withdraw its "
            "troops unless ...'; cues.json threat_marks) is a threat (130), not an offer.",
    example="Chile said it would withdraw its troops from Peru unless the fishermen were "
            "freed.")
REFUSAL = register(
    "events.refusal.v3", stage="recode",
    summary="An actor's own negated future act of cooperation or yielding ('will not negotiate', "
            "'said it would not step down', 'refused to free them'), or a negated stance ('does "
            "not recognise X', words.json stance_verbs), is an asserted rejection "
            "(evaluative.json refusal_codes).",
    example="Chile said on Monday that it would not negotiate with Bolivia.")
INTENT = register(
    "events.intent.v3", stage="recode",
    summary="An asserted intention, offer or threat to do an unrealised act is the intent "
            "code of the act (cameo.csv intent); never voiced to one's own armed forces. A "
            "meeting one's own side only says will happen ('X will meet Y, it said') is the "
            "planned meeting, no intent (words.json scheduled_roots).",
    example="Israel vowed to attack Hezbollah on Monday.")


OPPONENTS = register(
    "events.person_opponents.v1", stage="target",
    summary="A person's opponents or critics ('his rivals', 'Ruto's critics'; words.json "
            "opponent_nouns) are the opposition of the person's country, not the person's own "
            "thing.",
    example="Kenya's president Ruto accused his rivals of stirring unrest on Monday.")


OWNED_SHOW = register(
    "events.owned_show.v1", stage="target",
    summary="A show of force or weapons test named with its owner ('Iran's test of a "
            "missile', 'their drills') is an act with no target, like the verb's (cameo.csv "
            "posture).",
    example="Peru condemned Chile's test of a cruise missile last week.")


OWN_CITIZENS = register(
    "events.own_citizens.v1", stage="target",
    summary="A state's acts on 'citizens' or 'nationals' of no stated country are on its own "
            "citizens, wherever they are (words.json citizen_nouns).",
    example="The Chilean foreign ministry urged citizens in Peru to stay indoors on Monday.")


HOLDER = register(
    "events.release_holder.v1", stage="target",
    summary="Asking or demanding that one's own people be freed is aimed at whoever holds "
            "them: the agent or the state of the place of the participle that says they are "
            "held ('its citizens detained in China'; words.json holding_lemmas).",
    example="Canada demanded the release of two Canadians detained in Iran on Monday.")


def _holder(tok: Token, ctx: Context) -> Actor | None:
    """Who holds the people of a release phrase: "(its citizens) detained in China", "held by
    the rebels"."""
    for t in tok.subtree:
        if t.tag_ != "VBN" or t.lemma_.lower() not in words()["holding_lemmas"]:
            continue
        for prep in t.children:
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.dep_ == "agent" and objs:
                got = ctx.actors.actor(objs[0])
                if got is not None and got.key:
                    return got
            if prep.dep_ == "prep" and prep.lower_ == "in" and objs:
                state = _place_state(objs[0], set(), ctx)
                if state is not None:
                    return state
    return None


def _place_state(obj: Token, not_in: set[str | None], ctx: Context) -> Actor | None:
    """The state of the place ``obj`` names, unless it is one of ``not_in``."""
    where = ctx.actors.place_actor(obj) if obj.dep_ == "pobj" else None
    if where is None or not where.country or where.country in not_in:
        return None
    return ctx.actors.state_actor(where.country) or where


POST_ABROAD = register(
    "events.post_abroad.v1", stage="target",
    summary="An act on one's own post or people in a place abroad ('closed its embassy in "
            "Niamey') is aimed at that place's state.",
    example="Chile closed its embassy in Caracas on Monday.")


def _post_abroad(tok: Token, source_keys: set[str | None], ctx: Context) -> Actor | None:
    """The state of the foreign place where one's own thing is ("its embassy in Niamey")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            state = _place_state(obj, source_keys, ctx)
            if state is not None:
                return state
    return None


def _own_citizens(tok: Token, actor: Actor | None, sources: list[Actor]) -> Actor | None:
    """"The ministry urged citizens in X to ...": a state's unqualified citizens are its own,
    not the people of the place they are in (nor of the story's country)."""
    if actor is None or actor.resolved_by not in (ROLE_PLACE, ROLE_FOCAL) or \
            tok.lemma_.lower() not in words()["citizen_nouns"] or len(sources) != 1:
        return None
    state = sources[0]
    if not state.country or state.country == actor.country or \
            state.sector not in words()["state_sectors"]:
        return None
    return replace(actor, country=state.country, code=f"{state.country}{actor.sector or ''}",
                   resolved_by=OWN_CITIZENS, via=f"citizens of {state.text or state.country}")


def _opponents_of(tok: Token, owner: Actor | None) -> Actor | None:
    """"his opponents", "Ruto's critics": people of the possessor's country standing against
    the possessor (a person; "Russia's critics" are no Russians)."""
    sector = words()["opponent_nouns"].get(tok.lemma_.lower())
    if sector is None or owner is None or not owner.country:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or not (poss.lower_ in words()["person_possessives"] or
                            (poss.pos_ == "PROPN" and owner.kind == "person")):
        return None
    return replace(owner, text=one_line(tok.doc[tok.left_edge.i:tok.i + 1].text), name=None,
                   sector=sector, code=f"{owner.country}{sector}",
                   start=tok.doc[tok.left_edge.i].idx, end=tok.idx + len(tok),
                   resolved_by=OPPONENTS, via=f"opponents of {poss.text}", kind="group")


def _lexicon_code(tok: Token, ctx: Context) -> str | None:
    hit = ctx.lexicon.match(tok) if tok.lemma_.lower() in ctx.lexicon.lemmas else None
    return hit[0].cameo if hit is not None else None


def _actor_step(role: str, actor: Actor) -> Step:
    what = f"{actor.text or actor.name!r} -> {actor.key} {actor.sector or ''}".rstrip()
    return Step(role, actor.resolved_by or "actors.unknown", what +
                (f" ({actor.via})" if actor.via else ""))


def _entered_country(trigger: Token, ctx: Context) -> str | None:
    """The country people were kept out of or sent from: "barred from entering X",
    "deported from X", "barred from returning to X"; not the people's own country (two
    Chilean envoys kept out of "the country" were not kept out of Chile)."""
    kept = [ctx.actors.actor(c) for c in trigger.children if c.dep_ == "nsubjpass"]
    own = {a.country for a in kept if a is not None}
    preps = [p for p in trigger.children if p.dep_ == "prep" and
             p.lower_ in words()["entry_preps"]]
    preps += [g for p in trigger.children if p.dep_ in ("prep", "prt") and p.lower_ == "out"
              for g in p.children if g.dep_ == "prep" and g.lower_ == "of"]  # "out of X"
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pcomp" and prep.lower_ == "from":  # "barred from meeting
                where = [ctx.actors.place_country(g)  # voters in the town of X"
                         for n in [obj, *[c for c in obj.children if c.dep_ == "dobj"]]
                         for p in n.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                         for g in p.children if g.dep_ == "pobj"]
                found = next((c for c in where if c and c not in own), None)
                if found is not None:
                    return found
            toks = [obj] if obj.dep_ == "pobj" else []
            if obj.dep_ == "pcomp" and obj.lemma_.lower() in words()["entry_verbs"]:
                toks = [c for c in obj.children if c.dep_ == "dobj"] + [
                    g for c in obj.children if c.dep_ == "prep" and
                    c.lower_ in words()["entry_preps"] for g in c.children if g.dep_ == "pobj"]
            for tok in toks:
                actor = ctx.actors.actor(tok)
                if actor is not None and actor.country and not actor.org and \
                        actor.sector == "GOV" and not ctx.actors.is_role(tok) and \
                        actor.country not in own:
                    return actor.country
    return None


def _not_a_party(tok: Token, frame: Frame, code: Code) -> bool:
    """The object of a goal preposition of a fight ("fought for control of X"), of a topic
    preposition of a meeting ("held talks on X") or of a verb of discussing is no party."""
    w = words()
    if tok.dep_ == "dobj" and code.has("actor_target") and tok.head.i == frame.trigger.i and \
            frame.trigger.lemma_.lower() in w["topic_verbs"]:
        return True  # "discussed North Korea with Japan": a topic
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    prep = tok.head.lower_
    return (code.has("force") and prep in w["force_goal_preps"]) or \
        (code.has("actor_target") and prep in w["meeting_topic_preps"] and
         tok.head.head.i in {t.i for t in (frame.trigger, frame.matched, frame.thing) if t})


def _helpers(frame: Frame, code: Code) -> tuple[Token | None, list[Token]]:
    """The help noun and helpers of an act of force, on its verb or its support verb."""
    if not code.has("force"):
        return None, []
    trig = frame.trigger
    found = nominal.helpers(trig, conjuncts)
    if found[0] is None and trig.pos_ == "NOUN" and trig.head.pos_ == "VERB":
        found = nominal.helpers(trig.head, conjuncts)  # "completed the operation with ..."
    return found


def _actor_for(tok: Token, ctx: Context, thing_ok: bool) -> Actor | None:
    actor = ctx.actors.actor(tok)
    if actor is None and thing_ok:
        actor = ctx.actors.behind(tok)
    return actor


def _author(tok: Token, code: Code, ctx: Context) -> Actor | None:
    """A document that speaks ("a report from the UN accused X", "the resolution urges X")
    stands for whoever issued it."""
    if tok.lemma_.lower() not in words()["document_nouns"] or \
            code.root not in words()["verbal_roots"]:
        return None
    for prep in tok.children:  # "a report from the UN"
        if prep.dep_ == "prep" and prep.lower_ == "from":
            found = [a for a in (ctx.actors.actor(g) for g in prep.children if g.dep_ == "pobj")
                     if a is not None and a.key]
            if found:
                return found[0]
    return ctx.actors.behind(tok)


def _apposed(tok: Token, ctx: Context) -> list[Actor]:
    """Repair a missed apposition: "Chile and Peru, two coastal states, ..." where the parser
    left the actors outside the subject phrase (the subject is the apposition)."""
    return _names_before(tok.left_edge.i - 1, tok, ctx)


def _dropped_subject(trig: Token, ctx: Context) -> list[Actor]:
    """The same repair when the parser dropped the subject: "..., as Chile and Peru, two
    coastal states, are likely to reject it": the clause verb has no subject and follows the
    apposition's closing comma."""
    verb = trig
    while verb.dep_ in ("xcomp", "acomp") and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                      for c in verb.children):
        verb = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or \
            verb.i - 1 <= verb.sent.start or verb.doc[verb.i - 1].text != ",":
        return []
    opening = next((t.i for t in reversed(verb.doc[verb.sent.start:verb.i - 1])
                    if t.text == ","), None)
    return _names_before(opening, trig, ctx) if opening is not None else []


def _names_before(comma: int | None, tok: Token, ctx: Context) -> list[Actor]:
    """The named actors right before the comma that opens an apposition."""
    if comma is None or comma < tok.sent.start + 1 or tok.doc[comma].text != ",":
        return []
    head = tok.doc[comma - 1]
    while head.dep_ in ("compound", "flat") and head.head.i < comma:
        head = head.head
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return [a for a in (ctx.actors.actor(t) for t in conjuncts(first)) if a and a.key]


def _speaker_subject(trig: Token, ctx: Context) -> list[Actor]:
    """Repair a coordination the parser put inside reported speech: in "X said the release was
    overdue, and urged Y to ...", X urged."""
    if trig.dep_ != "conj":
        return []
    tok = trig
    for _ in range(4):
        tok = tok.head
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in words()["speech_verbs"]:
            return [a for a in (ctx.actors.actor(t) for t in subjects(tok.head)) if a and a.key]
        if tok.head.i == tok.i:
            break
    return []


def _open_ok(frame: Frame) -> bool:
    """An appeal may name no addressee only when it is a call for something."""
    return not lookup_any(frame.entry.cameo).has("request") or \
        frame.trigger.lemma_.lower() in words()["open_appeal_lemmas"]


def _exercise_partners(frame: Frame, sources: list[Actor], ctx: Context) -> list[Actor]:
    """The participants of a military exercise held with a partner ("drills with Australian
    warships", "an exercise in Japan involving US troops"): the host first."""
    exercise = frame.thing if frame.thing is not None else frame.trigger
    if not lookup_any(frame.entry.cameo).has("posture") or \
            exercise.lemma_.lower() not in words()["exercise_nouns"]:
        return []
    partner_words = words()["partner_words"]
    partners: list[Actor] = []
    near = [*exercise.subtree] + ([] if frame.trigger.i == exercise.i else
                                  [*frame.trigger.children])
    for child in near:
        if child.lower_ in partner_words or (child.dep_ in ("acl", "relcl") and
                                             child.lemma_.lower() in partner_words):
            for obj in child.children:
                if obj.dep_ in ("pobj", "dobj"):
                    partners.extend(a for a in (ctx.actors.actor(c) for c in conjuncts(obj))
                                    if a is not None and a.key)
    if not partners:  # "French and Egyptian warships launched war games": joint if two
        return sources if len({a.key for a in sources}) > 1 else []
    hosts = sources
    if not hosts:
        place = event_place(exercise, ctx)  # where it is held, else where it is reported
        host = ctx.actors.state_actor(place.country if place and place.country else
                                      ctx.actors.home)
        hosts = [host] if host is not None else []
    out: list[Actor] = []
    for actor in hosts + partners:
        if all(actor.key != a.key for a in out):
            out.append(actor)
    return out if len(out) > 1 else []


def frame_events(frame: Frame, sent_index: int, ctx: Context) -> list[Event]:
    code = lookup_any(frame.entry.cameo)
    row = frame.entry.rule.removeprefix(frame.entry.rule_id).strip()
    steps: list[Step] = [Step("trigger", frame.entry.rule_id, f"{frame.trigger.text!r}: {row}"),
                         *frame.steps]
    repaired = frame.trigger.doc.user_data.get(LEMMA_REPAIRED, ())
    for tok in (frame.trigger, frame.trigger.head):
        if tok.i in repaired:  # "waged a crackdown": the support verb's lemma was repaired
            steps.append(Step("repair", VERB_LEMMA, f"{tok.text!r} -> {tok.lemma_!r}"))
    if frame.matched is not None and any(  # "claimed responsibility for the attack": the
            lookup_any(c).has("force") for c in (  # attack's event names the attacker
                _lexicon_code(t, ctx) for t in nominal.claimed(frame.matched)) if c):
        return []
    found: list[Actor | None] = []
    petr = ctx.actors.petrarch  # PETRARCH dictionaries loaded: phrases read as PETRARCH does
    roots: list[int] = []
    source_toks = list(frame.sources)
    if petr is not None:  # a coordination the parser split into two subjects
        source_toks += [s for t in frame.sources if t.dep_ in ("nsubj", "nsubjpass")
                        for s in t.head.children if s.dep_ == t.dep_ and s not in source_toks]
    for t in source_toks:  # "the two countries" stands for both
        if petr is not None and t.pos_ != "PRON":
            root = phrase_head(t)
            if root.i in roots:
                continue
            roots.append(root.i)
            got = petr.actors(root)
            if got or not ctx.actors.built_in_name(root):
                found.extend(got)  # PETRARCH's reading, or eventwire's for names only the
                continue           # built-in tables know ("Canada" beside a user dictionary)
        group: list[Actor | None] = [*ctx.actors.group(t)] or [_actor_for(t, ctx, False)]
        if group == [None]:
            author = _author(t, code, ctx)  # "a report from the UN accused X"
            if author is not None:
                group = [author]
                steps.append(Step("repair", DOCUMENT_AUTHOR, f"{t.text!r}: {author.text}"))
        found.extend(group)
        first = nominal.hidden_conjunct(t)  # "President X and Prime Minister Y urged"
        other = ctx.actors.actor(first) if first is not None else None
        if other is not None and other.key and all(other.key != a.key for a in found if a):
            found.insert(0, other)
            steps.append(Step("repair", nominal.HIDDEN_CONJUNCT, other.text))
    sources = [a for a in found if a is not None and a.key]
    if not sources and frame.sources:  # "several countries, including X and Y, ..."
        members = [a for a in (ctx.actors.actor(t) for t in
                               nominal.included(frame.sources[0], conjuncts)) if a and a.key]
        if members:
            sources = members
            steps.append(Step("repair", nominal.INCLUDING, ", ".join(a.text for a in members)))
    if not sources:
        sources = _apposed(frame.sources[0], ctx) if frame.sources else \
            _dropped_subject(frame.trigger, ctx) if frame.trigger.pos_ == "VERB" else []
        if sources:
            steps.append(Step("repair", MISSED_APPOSITION, sources[0].text))
        elif frame.sources:
            sources = _speaker_subject(frame.trigger, ctx)
            if sources:
                steps.append(Step("repair", SPEAKER_SUBJECT, sources[0].text))
    if len(sources) == 1 and len(frame.sources) == 1 and \
            frame.sources[0].lower_ in words()["plural_pronouns"] and \
            (frame.entry.mutual or code.has("joint")) and \
            not any(ctx.actors.actor(t) for t in frame.targets):
        other = context.partner(sources[0], ctx.actors.last_pair)
        if other is not None:  # "they agreed to ...": the story's pair, each way
            sources.append(other)
            steps.append(Step("repair", PLURAL_PAIR, f"{frame.sources[0].text!r}: "
                                                     f"{sources[0].key} and {other.key}"))
    if not sources:  # "X's membership of the League was suspended": the League did it
        body = _membership_body(frame.trigger, ctx)
        if body is not None:
            sources = [body]
            steps.append(Step("source", MEMBERSHIP_BODY, body.text))
    implicit = not sources and frame.state_actor
    if implicit:  # "was detained in Damascus": the state where it happened, else the story's
        where = event_place(frame.trigger, ctx)
        entered = None if where is not None else _entered_country(frame.trigger, ctx)
        state = ctx.actors.state_actor(where.country if where else entered)
        sources = [state] if state is not None else []
        if where is not None and state is not None:
            steps.append(Step("source", STATE_OF_PLACE, f"{where.place} -> {state.key}"))
        elif entered is not None and state is not None:
            steps.append(Step("source", ENTERED_STATE, f"{entered} -> {state.key}"))
    if not sources and frame.entry.mutual and code.has("force") and _reported(frame.trigger):
        where = event_place(frame.trigger, ctx)  # "fighting flared up in eastern Ukraine"
        if where is not None and where.country:
            sources = ctx.actors.sides_of(where.country, frame.trigger)
            steps.append(Step("source", FIGHTING_IN_PLACE, where.place))
    if not sources and code.has("protest") and _reported(frame.trigger):
        place = event_place(frame.trigger, ctx)  # "protests spread": the people there protest
        crowd = ctx.actors.people_actor(frame.trigger, place.country if place else None)
        sources = [crowd] if crowd is not None else []
    partners = _exercise_partners(frame, sources, ctx)
    if partners:  # a joint exercise: military cooperation, both ways
        joint: list[tuple[Actor, Actor | None]] = [
            (a, b) for a in partners for b in partners if a.key != b.key]
        coop = words()["rule_codes"]["exercise_with_partner"]
        steps.append(Step("recode", JOINT_EXERCISE, f"{code.code} -> {coop} with "
                                                    f"{', '.join(str(a.key) for a in partners)}"))
        return _events(joint, coop, modality(frame.trigger), frame.trigger, frame.trigger,
                       sent_index, f"exercise partners + {frame.entry.rule}", True, ctx, steps)
    if not sources:
        return []
    targets: list[Actor] = []
    target_rule: str | None = None  # a target rule when no target phrase gave the target
    generic = False  # a target that is an unnamed, unplaced group ("any foreign leaders")
    own_place: Actor | None = None  # a town of the attacker's own country, kept as a fallback
    source_keys = {s.key for s in sources}
    own_fallback: Actor | None = None  # the source's own envoy, when no other side is named
    candidates = frame.targets
    help_noun, helper_toks = _helpers(frame, code)
    if help_noun is not None:  # "with the help of X": X helps, X is no target
        inside = {t.i for t in help_noun.subtree}
        candidates = [t for t in candidates if t.i not in inside]
    if petr is not None:  # PETRARCH: the marked target, else the first actor after the verb
        rest = list({phrase_head(t).i: phrase_head(t) for t in frame.targets[frame.marked:]
                     }.values())  # the phrases the names stand in ("Ithria's president")
        candidates = [*frame.targets[:frame.marked], *sorted(rest, key=lambda t: t.i)]
    for tok in candidates:
        if tok.lower_ in context.words()["reflexives"]:
            continue  # "dissociated themselves from X": the source itself, not a target
        if _not_a_party(tok, frame, code):
            steps.append(Step("target", NOT_A_PARTY, f"{tok.text!r} after {tok.head.text!r}"))
            continue  # "fought for control of X", "held meetings on X": a goal, a topic
        if petr is not None and tok.i < frame.trigger.i and tok.head.i != frame.trigger.i:
            continue  # PETRARCH: a target is in the verb's phrase, not in a clause before it
        if petr is not None and tok.pos_ == "PRON":
            continue  # PETRARCH takes no pronoun for a target ("burned its embassy")
        if petr is not None:
            codes = {s.code for s in sources}
            read = petr.actors(tok)
            got = [a for a in read if a.code not in codes]
            if got:
                targets = got
                break
            if read or not ctx.actors.built_in_name(tok):
                continue
        person_like = ctx.actors.is_role(tok) or tok.ent_type_ == "PERSON" or tok.pos_ == "PRON"
        if person_like and frame.matched is not None and tok.i == frame.matched.i and \
                code.has("reaction") and tok.pos_ == "NOUN" and \
                any(c.dep_ == "prep" and c.lower_ in ("to", "of", "against", "over")
                    for c in tok.children) and \
                getattr(ctx.actors.actor(tok), "key", None) in source_keys:
            steps.append(Step("target", ATTITUDE_OBJECT, f"{tok.text!r} is what is voiced"))
            continue  # "voiced opposition to X": X, not an opposition party
        # a required person object ("expelled diplomats") must itself be the actor
        thing_ok = not (frame.matched is not None and tok.i == frame.matched.i and person_like)
        thing_ok = thing_ok and tok.i not in frame.actor_only
        thing_ok = thing_ok and not code.has("actor_target")  # one meets people, not topics
        actor = ctx.actors.actor(tok) or next(iter(ctx.actors.conflict_sides(tok)), None)
        if actor is None and thing_ok and code.has("force") and (
                tok.dep_ == "dobj" or (tok.dep_ == "pobj" and
                                       tok.head.lower_ in words()["aim_preps"])):
            actor = ctx.actors.place_actor(tok)  # "shelled Aleppo", "fired at targets in Gaza"
        if actor is None and thing_ok:
            actor = ctx.actors.behind(tok)
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) or (
                actor is not None and actor.resolved_by == THING_PHRASE and  # "the attack
                actor.text.split()[0].lower() in words()["body_possessives"])  # on its embassy"
            opposed = _opponents_of(tok, actor)
            if opposed is not None:  # "accused his critics": the person's domestic opponents
                actor = opposed  # (traced by the target's own step)
            elif actor is not None and own and actor.key in source_keys:
                actor = None  # "lifted its sanctions": the thing is the source's own
        act_named = code.has("force") and frame.matched is not None and \
            tok.i == frame.matched.i  # "carried out the attack": the act itself, no side
        if actor is None and thing_ok and not act_named:  # "condemned the move": the actor
            actor = context.event_anaphor(tok, source_keys, ctx.acts, sent_index)  # of the
            # last act
        if actor is None and thing_ok:  # "rejected an offer from X"
            actor = context.from_owner(tok, ctx.actors.actor)
        if actor is not None and actor.kind == "capital" and tok.dep_ == "pobj" and \
                tok.head.lower_ in words()["site_preps"] and not code.has("force"):
            steps.append(Step("target", CAPITAL_SITE, f"{tok.text!r} after {tok.head.text!r}"))
            continue  # "talks in Astana": where, not with whom
        if ctx.actors.is_role(tok) and actor is None:
            generic = True
        own_people = _own_citizens(tok, actor, sources)
        if own_people is not None:  # "the ministry urged citizens in X": its own citizens
            actor = own_people
        if actor is not None and actor.key in source_keys and code.code[:2] in \
                words()["release_request_roots"]:  # "demanded the release of its citizens
            holder = _holder(tok, ctx)  # detained in China": aimed at China
            if holder is not None and holder.key not in source_keys:
                steps.append(Step("target", HOLDER, f"{tok.text!r}: {holder.text}"))
                actor = holder
        if actor is not None and code.has("actor_target") and actor.sector == "MED":
            actor = None  # meeting the press is not a consultation
        if actor is not None and actor.key in source_keys and own_fallback is None and \
                not code.has("force") and tok.i != frame.trigger.i and (
                    any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) or
                    (tok.pos_ == "NOUN" and tok.ent_type_ == "" and not ctx.actors.is_role(tok))):
            post = None if code.has("posture") else \
                _post_abroad(tok, source_keys, ctx)  # "closed its embassy in Niamey"
            if post is not None:
                targets.append(post)
                steps.append(Step("target", POST_ABROAD, f"{tok.text!r}: {post.text}"))
                break
            own_fallback = actor  # "recalled its ambassador from X", "suspended military
            continue  # cooperation with X": X, if named
        if actor is not None and actor.key and actor.key in source_keys and code.has("force") \
                and actor.resolved_by in (PLACE_ATTACKED, GAZETTEER):
            own_place = own_place or actor  # "took Mosul from X": one's own town; X the side
            continue
        if actor is not None and actor.key and not all(_same(s, actor) for s in sources):
            targets.append(actor)
            targets.extend(a for a in (_actor_for(c, ctx, True) for c in listed(tok))
                           if a and a.key and a not in targets)
            if not tok.conjuncts and hung_conjuncts(tok):
                steps.append(Step("repair", HUNG_CONJUNCT,
                                  ", ".join(c.text for c in hung_conjuncts(tok))))
            if len(targets) > 1:  # one act on a list of actors: one event each (merge.py)
                ctx.listed.update((frame.trigger.idx, t.start) for t in targets)
            break
    if targets and own_fallback is not None:
        steps.append(Step("target", OWN_ENVOY, f"{targets[0].text!r}, not "
                                               f"{own_fallback.text!r}"))
    elif own_fallback is not None and not all(_same(s, own_fallback) for s in sources):
        targets.append(own_fallback)
    if not targets and own_place is not None:
        targets = [own_place]
    if code.has("force") and any(t.resolved_by == ROLE_FOCAL and t.sector == "CVL"
                                 for t in targets):  # "killed 40 people in a raid on Aden"
        scene = _scene_country(frame.trigger, ctx)
        targets = [untargeted.placed_victims(t, scene, frame.trigger.text)
                   if t.resolved_by == ROLE_FOCAL and t.sector == "CVL" else t for t in targets]
    if any(src.resolved_by == CONFLICT_SIDES for src in sources):  # each side acts on the other
        targets = [t for t in targets if t.key not in source_keys]
    head_words = [t for t in frame.sources]
    aimed = [t for t in frame.targets  # "opened fire on crowds": the crowds, not the fire
             if frame.matched is None or t.i != frame.matched.i] or frame.targets
    recoded = recode(code.code, frame.trigger.lemma_.lower(), sources, head_words,
                     frame.targets) or recode(code.code, frame.trigger.lemma_.lower(), sources,
                                              head_words, aimed)
    ordered = None if recoded is not None else context.ordered_act(
        frame.trigger, code.code, sources, lambda t: _lexicon_code(t, ctx))
    official = recoded is not None and code.has("protest") and \
        not lookup_any(recoded.code).has("protest")  # "the ministry protested to X": by note
    if not targets and code.has("crowd_target"):  # tear gas is used on the protesters
        crowd = ctx.actors.last_protesters(frame.trigger)
        targets = [crowd] if crowd is not None and crowd.key else []
        target_rule = RIOT_CONTROL_TARGET
    attacker = ctx.last_attacker
    if not targets and frame.trigger.lemma_.lower() in words()["retaliation_lemmas"] and \
            attacker is not None and attacker.key not in source_keys:
        targets = [attacker]  # "... and the Navy returned fire"
        target_rule = RETALIATION_TARGET
    if not targets and code.has("protest") and _done(frame.trigger, code) and not official:
        # a protest with no stated target is aimed at the government where it takes place,
        # or at the country whose embassy it is held at ("protested outside the X embassy")
        embassy = _embassy_owner(frame.trigger, source_keys, ctx)
        place = event_place(frame.trigger, ctx)
        state = embassy or ctx.actors.state_actor(place.country if place and place.country
                                                  else None)
        if state is not None:
            targets = [state]
            target_rule = EMBASSY_PROTEST if embassy is not None else PROTEST_TARGET
    if targets and len(source_keys) > 1 and (frame.entry.mutual or code.has("joint")) and \
            all(t.key in source_keys for t in targets):  # "X and Y agreed to pull back
        targets = []  # troops": their own troops are no third party, the act joins X and Y
    two_sided = not targets and len(source_keys) > 1 and (frame.entry.mutual or code.has("joint"))
    if code.has("force") and all(t.key in source_keys for t in targets) and not two_sided and \
            not any(untargeted.unnamed_people(t) for t in frame.targets) and \
            not _held_area(frame.targets, steps):  # victims, a side's area: no other side
        other = context.opponent(sources, ctx.acts, sent_index)  # "to recapture Mosul"
        if other is not None:
            targets, target_rule = [other], context.CONFLICT_OPPONENT
        else:  # no fight yet: the armed group named nearby
            other = context.armed_group(sources, ctx.actors.mentions, frame.trigger)
            if other is not None:
                targets, target_rule = [other], context.ARMED_GROUP
    if not targets and frame.targets and code.has("reaction") and len(sources) == 1 and \
            not implicit and code.code[:2] not in context.words()["unpaired_reaction_roots"]:
        # "X criticised the plan" in a story of X and Y: aimed at Y
        other = context.partner(sources[0], ctx.actors.last_pair, context.PAIR_PARTNER)
        if other is not None:
            targets, target_rule = [other], context.PAIR_PARTNER
        elif code.code[:3] in context.words()["counterpart_codes"]:  # "denied involvement"
            other = context.counterpart(sources[0], ctx.acts,
                                        context.words()["counterpart_act_roots"])
            if other is not None:
                targets, target_rule = [other], context.COUNTERPART
    if code.has("posture") and targets and all(t.key in source_keys for t in targets):
        place = event_place(frame.trigger, ctx)  # "strengthened its forces in Lebanon"
        if place is not None and place.country and place.country not in source_keys:
            state = ctx.actors.state_actor(place.country)
            if state is not None:
                targets, target_rule = [state], POSTURE_PLACE
    if targets and all(t.key in source_keys for t in targets):  # "sent 300 troops to Mali"
        country = _destination(frame.trigger, ctx)
        state = ctx.actors.state_actor(country) if country and country not in source_keys \
            else None
        if state is not None:
            targets, target_rule = [state], DESTINATION
    if implicit and targets and all(t.key in source_keys and
                                    t.kind in ("country", "capital", "metonym") for t in targets):
        return []  # "North Korea is prohibited from ...": no unnamed state acts on itself
    if not targets:  # acts that are events with no named target (missile tests, own people)
        frame, targets, filled = untargeted.fill(frame, sources)
        if filled is not None and targets:
            target_rule = filled
        elif filled is not None:
            steps.append(Step("recode", filled, f"{code.code} -> {frame.entry.cameo}"))
            code = lookup_any(frame.entry.cameo)
        elif code.has("force"):  # "shelled a market in Mosul": the people of Iraq
            struck = _place_struck(frame, ctx)
            if struck is not None:
                targets, target_rule = [struck], PLACE_STRUCK
            else:  # "the rebels kidnapped 20 schoolgirls": the rebels' own country's people
                victims = untargeted.victims(frame, sources, _scene_country(frame.trigger, ctx))
                if victims:
                    targets, target_rule = victims, untargeted.VICTIMS
    mod = modality(frame.trigger)
    if frame.thing is not None and sources and not code.has("reaction") and \
            mod == "asserted":  # not "when it conducts tests"
        ctx.actors.note_owner(frame.thing, sources[0])  # who fired the missiles, not who
        # rejected the resolution: a reaction to a thing does not make it the reactor's
    pairs: list[tuple[Actor, Actor | None]] = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets if not _same(s, t)]
        if frame.entry.mutual:
            pairs += [(t, s) for s, t in list(pairs) if t is not None]
            steps.append(Step("target", MUTUAL_ACT, "one event each way"))
    elif (frame.entry.mutual or code.has("joint")) and len(sources) > 1 and \
            code.code[:3] not in context.words()["third_party_codes"]:  # not "brokered by X, Y"
        pairs = [(a, b) for a in sources for b in sources if not _same(a, b)]
        target_rule = JOINT_ACT
    elif context.reciprocal(frame.targets):  # "blamed each other"
        other = context.partner(sources[0], ctx.actors.last_pair) if len(sources) == 1 else None
        both = sources + [other] if other is not None else sources
        pairs = [(a, b) for a in both for b in both if not _same(a, b) and a.key != b.key]
        target_rule = context.RECIPROCAL
    elif not implicit and (generic or (code.has("open_target") and (
            _done(frame.trigger) or _owned_show(frame.trigger, code, steps)) and
            _open_ok(frame))):
        # "declared a curfew", not "Pakistan's plea"; an unnamed state acts only on someone
        about = context.appeal_about(frame, code.code, source_keys, ctx.actors.actor) \
            if code.has("request") else None
        pairs = [(s, about) for s in sources]
        target_rule = context.APPEAL_ABOUT if about is not None else OPEN_TARGET
    if not pairs and not helper_toks:
        return []
    trig = frame.trigger
    if pairs and mod == "asserted" and (frame.entry.mutual or
                              code.code[:2] in context.words()["pair_roots"]) and \
            pairs[0][1] is not None:  # the story's pair: who met, talked or visited
        ctx.actors.note_pair(pairs[0][0], pairs[0][1])
    if pairs and mod == "asserted" and code.has("force"):
        ctx.last_attacker = pairs[0][0]
    cameo, rule = frame.entry.cameo, frame.entry.rule
    if recoded is not None:
        steps.append(Step("recode", recoded.rule, f"{cameo} -> {recoded.code}"))
        cameo, rule = recoded.code, f"{rule}; {recoded.rule} -> {recoded.code}"
    elif ordered is not None:  # "a court ordered him jailed": the jailing
        steps.append(Step("recode", context.ORDERED_ACT, f"{cameo} -> {ordered}"))
        cameo, rule = ordered, f"{rule}; {context.ORDERED_ACT} -> {ordered}"
    if target_rule == DESTINATION and lookup_any(cameo).has("posture") and \
            cameo != words()["hosted_forces_code"]:  # "sent 300 troops to Mali": military aid
        steps.append(Step("recode", HOSTED_FORCES, f"{cameo} -> {words()['hosted_forces_code']}"))
        cameo, rule = words()["hosted_forces_code"], f"{rule}; {HOSTED_FORCES}"
    if target_rule is not None:
        steps.append(Step("target", target_rule, "no target phrase"))
    if lookup_any(cameo).counterpart is not None:  # "toured Marseille": a domestic trip
        kept = [(s, t) for s, t in pairs if not _domestic_place(s, t, trig.doc, ctx)]
        if len(kept) < len(pairs):
            steps.append(Step("target", DOMESTIC_TRIP, ", ".join(
                t.text for s, t in pairs if t is not None and (s, t) not in kept)))
        pairs = kept
    assaults: list[tuple[Actor, Actor | None]] = [
        (s, t) for s, t in pairs if cameo in words()["assault_from_codes"] and t is not None and
        ((s.sector in words()["private_sectors"] and not frame.entry.mutual and not (
            s.kind == "demonym" and s.text.lower().startswith("the "))) or (  # not "the
            # Japanese bombed the city" (a nation at war); "a man
            # shot a policeman", not "youths clashed with troops" (a fight between sides)
            s.sector in words()["irregular_sectors"] and t.sector in words()["unarmed_sectors"]))]
    if assaults:  # "the rebels attacked a village": an assault on civilians, not combat
        pairs = [p for p in pairs if p not in assaults]
        step = Step("recode", UNARMED_ASSAULT, f"{cameo} -> {words()['assault_code']}")
        out = _events(assaults, words()["assault_code"], mod, trig, trig, sent_index,
                      f"{rule}; {UNARMED_ASSAULT}", False, ctx, [*steps, step])
    else:
        out = []
    out += _events(pairs, cameo, mod, trig, trig, sent_index, rule,
                   frame.entry.specificity > 0, ctx, steps) if pairs else []
    if helper_toks:  # "retook the town with the help of X": X's military aid to the doers
        helpers = [a for a in (_actor_for(t, ctx, False) for t in helper_toks)
                   if a is not None and a.key and a.key not in source_keys]
        aid: list[tuple[Actor, Actor | None]] = [(h, s) for h in helpers for s in sources]
        step = Step("source", nominal.HELPER, ", ".join(h.text for h in helpers))
        out.extend(_events(aid, words()["helper_code"], mod, trig, trig, sent_index,
                           f"{rule}; {nominal.HELPER}", True, ctx, [*steps, step]))
    host_code = lookup_any(cameo).counterpart
    if host_code is not None and not frame.entry.mutual and \
            frame.entry.origin.endswith(".csv"):  # the host's part in a visit (a verb
        back: list[tuple[Actor, Actor | None]] = [  # dictionary's code pairs say their own)
            (t, s) for s, t in pairs if t is not None]
        step = Step("target", COUNTERPART, f"{cameo} -> {host_code}, the other way")
        out.extend(_events(back, host_code, mod, trig, trig, sent_index, f"{rule}; {COUNTERPART}",
                           frame.entry.specificity > 0, ctx, [*steps, step]))
    if mod == "hypothetical":  # only the intending side expresses the intent
        intending = [(s, t) for s, t in pairs if any(s is x for x in sources)]
        out.extend(_intent_events(intending, frame, sent_index, ctx, steps))
    if mod == "negated":  # "will not negotiate": the refusing side rejects
        refusing = [(s, t) for s, t in pairs if any(s is x for x in sources)]
        out.extend(_refusal_events(refusing, frame, sent_index, ctx, steps))
    return out


def _intent_events(pairs: list[tuple[Actor, Actor | None]], frame: Frame, sent_index: int,
                   ctx: Context, steps: list[Step]) -> list[Event]:
    """An asserted offer, plan, promise or threat to do the (unrealised) act."""
    code = lookup_any(frame.entry.cameo).intent
    # an intent is voiced to a party, never to one's own troops ("agreed to withdraw troops")
    pairs = [(s, t) for s, t in pairs
             if t is None or t.key != s.key or t.sector not in words()["armed_sectors"]]
    if code is None or not pairs:
        return []
    trig = frame.trigger
    head = intent_head(trig)
    if head is None:
        speaker = _own_speaker(trig, ctx)
        if speaker is None or pairs[0][0].key != speaker.key or \
                frame.entry.cameo[:2] in words()["scheduled_roots"]:
            return []  # "X will host Y at a dinner, it said": the planned meeting only
        head = trig.head
    rule = f"intent rule {head.lemma_.lower()} + {frame.entry.rule}"
    step = Step("recode", INTENT, f"{head.text!r} + {frame.entry.cameo} -> {code}")
    mark = next((m for c in trig.children if c.dep_ == "advcl" for m in c.children
                 if m.dep_ == "mark" and m.lower_ in words()["threat_marks"]), None)
    if mark is not None and code[:2] != "13":  # "will withdraw ... unless X": a threat
        steps = [*steps, step]
        step = Step("recode", CONDITIONAL_THREAT, f"{mark.text!r}: {code} -> 130")
        code = "130"
    return _events(pairs, code, "asserted", head, trig, sent_index, rule, False, ctx,
                   [*steps, step])


def _refusal_events(pairs: list[tuple[Actor, Actor | None]], frame: Frame, sent_index: int,
                    ctx: Context, steps: list[Step]) -> list[Event]:
    """An actor's own refusal: a negated future act of cooperation or yielding, said by the
    actor itself or in the article's voice."""
    cameo = frame.entry.cameo
    codes = words()["refusal_codes"]
    code = next((codes[cameo[:n]] for n in range(len(cameo), 1, -1) if cameo[:n] in codes),
                None)
    trig = frame.trigger
    refused = trig.dep_ == "xcomp" and trig.head.lemma_.lower() in words()["refusing_heads"] \
        and not any(c.lower_ in words()["habit_adverbs"] for c in trig.head.children)
    refused = refused or (trig.lemma_.lower() in words()["stance_verbs"] and any(  # "does not
        c.dep_ == "aux" and c.lemma_.lower() in ("do", "have") for c in trig.children))  # accept"
    if code is None or not pairs or trig.pos_ != "VERB" or not (refused or any(
            c.dep_ == "aux" and c.lower_ in words()["future_aux"] for c in trig.children)):
        return []
    if trig.dep_ == "ccomp" and trig.head.lemma_.lower() in words()["speech_verbs"]:
        speaker = _own_speaker(trig, ctx)  # "Y said X would not": X's refusal if X says so
        if speaker is None or speaker.key != pairs[0][0].key:
            return []
    step = Step("recode", REFUSAL, f"{cameo} not done -> {code}")
    return _events(pairs, code, "asserted", trig, trig, sent_index,
                   f"{REFUSAL} + {frame.entry.rule}", False, ctx, [*steps, step])


def _own_speaker(trig: Token, ctx: Context) -> Actor | None:
    """The speaker when a future act sits in the actor's own statement ("X said it would")."""
    if not any(c.dep_ == "aux" and c.lower_ in words()["future_aux"] for c in trig.children):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in words()["forecast_adverbs"] for c in trig.children):
        return None  # "would likely withdraw": a forecast, not an intent
    if trig.dep_ == "ccomp" and trig.head.lemma_.lower() in words()["speech_verbs"]:
        speakers = subjects(trig.head)
        if speakers:
            return ctx.actors.actor(speakers[0])
    return None


def _destination(trigger: Token, ctx: Context) -> str | None:
    """The country a 'to' or 'into' phrase of the act (or of its object) sends something to."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in ("to", "into"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                actor = ctx.actors.actor(obj)
                if actor is not None and actor.country:
                    return actor.country
                city = ctx.gazetteer.city(obj.text) if ctx.gazetteer is not None and \
                    obj.pos_ == "PROPN" else None
                if city is not None:
                    return city.country
    return None


def _domestic_place(source: Actor, target: Actor | None, doc: Doc, ctx: Context) -> bool:
    """The target is a town or region (not a country or its capital) of the source's own
    country: a place the parser tags as one, or a town of that country's gazetteer."""
    if target is None or target.country is None or target.country != source.country or \
            target.kind in ("country", "metonym") or target.start is None or \
            target.end is None:
        return False
    if target.kind == "capital" and source.sector not in words()["private_sectors"]:
        return False  # an official's trip to the capital may be a visit to its government
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "PROPN":
        return False
    city = ctx.gazetteer.city(span.text) if ctx.gazetteer is not None else None
    return span.root.ent_type_ in ("GPE", "LOC") or (city is not None and
                                                      city.country == target.country)


def _events(pairs: list[tuple[Actor, Actor | None]], cameo: str, mod: str, when_tok: Token,
            trig: Token, sent_index: int, rule: str, specific: bool, ctx: Context,
            steps: list[Step]) -> list[Event]:
    code = lookup_any(cameo)  # a user verb dictionary may have codes outside CAMEO
    future = mod == "hypothetical"
    when = event_date(when_tok, ctx, future)
    # an intent's own date is not the date of the act it intends ("vowed to raid it on Friday")
    when = not_after(when, ctx.anchor, future)  # only a future act is dated after the story
    dated_by = "text"
    date_step: Step | None = None
    if when is not None:
        date_step = Step("date", DATE_TEXT, f"{when.text!r} -> {when.value}" if when.text
                         else when.value)
        if not future:  # an unrealised act's date is not the story's time frame
            ctx.last_date = (sent_index, when)
    elif mod == "asserted" and ctx.last_date and ctx.last_date[1].precision == "day" \
            and sent_index - ctx.last_date[0] <= CONTEXT_SENTENCES:
        when, dated_by = ctx.last_date[1], "context"  # the story's current time frame
        date_step = Step("date", DATE_CONTEXT,
                         f"{when.value} of sentence {ctx.last_date[0]}")
    elif mod == "asserted" and ctx.story_day is not None:
        when = ResolvedDate(ctx.story_day.value, "day")
        dated_by = "dateline"
        date_step = Step("date", DATE_DATELINE, when.value)
    place = event_place(trig, ctx)
    said_by, said_step = attribution(trig, ctx)
    evidence = Evidence(sent_index, one_line(trig.sent.text),
                        (trig.idx, trig.idx + len(trig)), rule)
    norms = words()["token_norms"]
    shared = [modality_step(trig, mod)]
    shared += [date_step] if date_step else []
    shared += [place_step(place)] if place else []
    shared.append(said_step)
    out = []
    for src, tgt in pairs:
        conf = 0.45
        conf += 0.15 if src.table else 0
        conf += 0.15 if tgt is not None and tgt.table else 0
        conf += 0.1 if specific else 0
        conf -= 0.1 if dated_by == "dateline" else 0
        sides = [_actor_step("source", src)] + ([_actor_step("target", tgt)] if tgt else [])
        sides += [Step("repair", TOKEN_NORM, f"{w!r} read as {norms[w]!r}")
                  for a in (src, tgt) if a is not None for w in (a.text or "").split()
                  if w in norms]
        sides += [Step(role, BACKER, f"{backer!r} qualifies {a.text!r}")
                  for role, a in (("source", src), ("target", tgt)) if a is not None
                  for backer in ctx.actors.backers_in(a)]
        why = (*steps, *sides, *shared)
        out.append(Event(
            source=src, target=tgt, cameo=code.code, plover=code.plover,
            goldstein=code.goldstein, quad_class=code.quad_class,
            modality=mod,  # type: ignore[arg-type]
            date=when.value if when else None, date_precision=when.precision if when else None,
            date_basis=dated_by if when else None, location=place, attribution=said_by,
            trigger=trig.text, evidence=evidence,
            confidence=min(conf, 0.95), why=why,
        ))
    return out


def _membership_body(trigger: Token, ctx: Context) -> Actor | None:
    """The body a membership belongs to, when the membership is the passive subject of an act
    with no agent ("Peru's membership of the bloc was suspended")."""
    for subj in trigger.children:
        if subj.dep_ != "nsubjpass" or subj.lemma_.lower() not in words()["membership_nouns"]:
            continue
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                for pobj in prep.children:
                    got = ctx.actors.actor(pobj) if pobj.dep_ == "pobj" else None
                    if got is not None and got.org and not got.country:
                        return got
    return None


def _held_area(targets: list[Token], steps: list[Step]) -> bool:
    """Whether a target is an area held by a side named before the participle ("rebel-held
    areas", "opposition-controlled districts"): the attack is aimed at that side."""
    held = words()["holding_participles"]
    for tok in targets:
        while tok.dep_ in ("pobj", "conj", "prep") and tok.head.i != tok.i and \
                tok.head.pos_ in ("NOUN", "PROPN", "ADP"):  # "towns of Homs, Idlib and Raqqa"
            tok = tok.head
        for child in tok.children:
            if child.dep_ == "amod" and child.lower_ in held and child.i >= 2 and \
                    tok.doc[child.i - 1].text == "-" and tok.doc[child.i - 2].pos_ in (
                        "NOUN", "PROPN", "ADJ"):
                steps.append(Step("target", HELD_AREA, tok.text))
                return True
    return False


def _embassy_owner(trig: Token, source_keys: set[str | None], ctx: Context) -> Actor | None:
    """The country whose embassy or consulate a protest's sentence names, if another's."""
    for tok in trig.sent:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in words()["mission_nouns"]:
            owner = ctx.actors.behind(tok)
            if owner is not None and owner.key and owner.key not in source_keys:
                return ctx.actors.state_actor(owner.country) if owner.country else owner
    return None


def _owned_show(trig: Token, code: Code, steps: list[Step]) -> bool:
    """A show of force named by its owner ("Iran's test of a missile", "their drills near the
    border"): the possessor did it, an act as real as a verb's."""
    poss = next((c for c in trig.children if c.dep_ == "poss"), None)
    if trig.pos_ != "NOUN" or poss is None or not code.has("posture"):
        return False
    steps.append(Step("target", OWNED_SHOW, f"{poss.text!r} {trig.text!r}"))
    return True


def _done(trig: Token, code: Any = None) -> bool:
    """A verb, or an event noun that a support verb makes an act ("declared a curfew"), or a
    protest noun reported as happening ("protests spread", "after days of protests")."""
    if trig.pos_ != "NOUN":
        return True
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in words()["support_verbs"]:
        return True
    return code is not None and code.has("protest") and _reported(trig)


def _reported(trig: Token) -> bool:
    """An event noun reported as having happened: the subject of a verb ("protests spread"),
    after a time preposition ("after days of protests", "amid strikes"), or "in protest"
    under a verb ("took to the streets in protest")."""
    if trig.pos_ != "NOUN" or any(c.dep_ == "neg" for c in trig.head.children):
        return False
    if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.pos_ == "VERB":
        return True
    tok = trig
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "after five days of protests"
    if tok.dep_ == "conj" and tok.head.dep_ == "pobj":
        tok = tok.head  # "after strikes and protests"
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in words()["time_preps"] or (
        prep.lower_ == "in" and trig.i == tok.i and prep.head.pos_ == "VERB" and
        not any(c.dep_ == "det" for c in trig.children))


def _scene_country(trig: Token, ctx: Context) -> str | None:
    """The country where an act happens: its own place, or that of the act whose clause it
    continues ("struck a hall in Sanaa, killing 40 people": Yemen)."""
    where = event_place(trig, ctx)
    if where is None and trig.dep_ in ("advcl", "conj", "xcomp"):
        where = event_place(trig.head, ctx)
    return where.country if where is not None else None


def _place_struck(frame: Frame, ctx: Context) -> Actor | None:
    """The people of the country where an act of violence happens, from a place phrase of
    the act or of its object."""
    trig = frame.trigger
    claimed = nominal.claim_noun(trig) is not None
    if trig.pos_ != "VERB" and not _done(trig) and not claimed:
        return None  # "the beginning of a bombardment near X": no act reported here
    struck = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    if trig.pos_ == "VERB" and (not struck or frame.matched is not None or
                                any(_lexicon_code(c, ctx) for c in struck)):
        return None  # "shot to fame", "carried out an operation": nothing struck named
    place = event_place(trig, ctx)
    country, via = (place.country, place.place) if place is not None else (None, None)
    if not country and claimed and ctx.actors.focal:
        country, via = ctx.actors.focal, "the article's country"  # a claimed attack told of
    if not country:
        return None
    return Actor(text="", name=ctx.actors.kb.country_name(country), country=country,
                 sector="CVL", code=f"{country}CVL", resolved_by=PLACE_STRUCK, via=via)


def _same(a: Actor, b: Actor | None) -> bool:
    if b is None:
        return False
    if a == b or (a.start is not None and a.start == b.start):
        return True
    return bool(a.name and a.name == b.name and a.key == b.key and
                a.kind in ("person", "name"))


def _own_side(a: Actor, b: Actor) -> bool:
    """A speaker's own side: the same country or body and the same sector ("the foreign
    ministry said Russia ...", "the minister said Turkey may strike"): what one says about
    one's own side is no interaction, unlike a government's words about its opposition."""
    return bool(a.key) and a.key == b.key and a.sector == b.sector


def quotes(sent: Span, sent_index: int, ctx: Context) -> list[Quote]:
    text = sent.text
    if not any(q in text for q in QUOTE_CHARS):
        return []
    speaker = None
    for tok in sent:
        if tok.lemma_.lower() in words()["speech_verbs"] and tok.pos_ == "VERB":
            subj = subjects(tok)
            if subj:
                speaker = speaker_text(subj[0], ctx)
                break
    return [Quote(speaker, text, sent_index)]


def _note_owners(sent: Span, ctx: Context) -> None:
    """Who did what to which thing ("the committee passed a resolution"), so that a later
    "the resolution" or "it" can stand for its actor."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words()["author_verbs"] or \
                modality(tok) != "asserted":  # "when it conducts tests": no test of its own
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if not objs:
            continue
        subj = subjects(tok)
        actor = ctx.actors.actor(subj[0]) if subj else None
        if actor is not None and actor.key:
            for obj in objs:
                ctx.actors.note_owner(obj, actor)


def extract(ctx: Context) -> tuple[list[Event], list[Quote]]:
    events: list[Event] = []
    found_quotes: list[Quote] = []
    ctx.acts = events  # the context rules look back at the article's events so far
    for i, sent in enumerate(ctx.doc.sents):
        ctx.actors.prepare(sent)
        frames = find_frames(sent, ctx.lexicon)
        if ctx.verbs is not None:  # the dictionary's frames win for the verbs it covers
            frames = ctx.verbs.frames(sent, frames)
        for frame in frames:
            events.extend(with_reverse(frame, frame_events(frame, i, ctx)))
        for st in statements(sent, {f.trigger.i for f in frames}):
            entry = LexEntry(st.verb.lemma_.lower(), "VERB", None, frozenset(), st.cameo, False,
                             0, origin=st.rule)
            said = frame_events(Frame(st.verb, entry, conjuncts(st.speaker), st.about), i, ctx)
            # a statement about oneself is not an interaction
            events.extend(e for e in said if e.target and e.source and
                          not _same(e.source, e.target) and not _own_side(e.source, e.target))
        found_quotes.extend(quotes(sent, i, ctx))
        _note_owners(sent, ctx)  # after coding: a thing's owner is who acted on it before
    return merge(events, ctx.listed), found_quotes
