"""Acts that are events although no actor is named as their target.

The annotation guide keeps such events: a missile test has no target (CAMEO 150), and a
state's police or courts acting on unnamed people ("arrested 40 people") act on the state's
own people. ``fill`` is called by ``extract.frame_events`` when a frame found no target actor;
it returns the frame's entry recoded and the targets to use.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.frames import Frame
from eventwire.knowledge import words
from eventwire.records import Actor
from eventwire.rules import register

MISSILE_TEST = register(
    "untargeted.missile_test.v1", stage="recode",
    summary="A missile or rocket fired at no one named is a weapons test: 150, no target",
    example="Iran test-fired two cruise missiles over the Gulf on Monday.")
OWN_PEOPLE = register(
    "untargeted.own_people.v2", stage="target",
    summary="A state's police, courts or government coercing unnamed people, or closing or "
            "seizing things no one is named to own ('closed three plants'), act on the "
            "state's own people",
    example="Police in Lyon arrested 40 people on Tuesday.")
VICTIMS = register(
    "untargeted.victims.v2", stage="target",
    summary="Violence against people the text does not name ('kidnapped 20 schoolgirls') is "
            "done to the people of the country where it happens ('struck a market in Aden, "
            "killing 30 people': Yemen's), else of the attacker's country.",
    example="Indian Maoist rebels kidnapped twelve schoolgirls on Monday.")
DOMESTIC_INQUIRY = register(
    "untargeted.domestic_inquiry.v1", stage="target",
    summary="A state's inquiry into no actor named (crimes, events, leaks) is an inquiry into "
            "its own country",
    example="Peru opened a criminal investigation into the leaks on Monday.")


def fill(frame: Frame, sources: list[Actor]) -> tuple[Frame, list[Actor], str | None]:
    """For a frame with no target actor: (frame, targets, rule id) after the rules here;
    the frame unchanged, no targets and no rule id when none applies."""
    if _missile_test(frame):
        entry = replace(frame.entry, cameo=words()["test_code"])
        return replace(frame, entry=entry), [], MISSILE_TEST
    own = _own_people(frame, sources)
    if own:
        return frame, own, OWN_PEOPLE
    own = _domestic_inquiry(frame, sources)
    if own:
        return frame, own, DOMESTIC_INQUIRY
    return frame, [], None


def _domestic_inquiry(frame: Frame, sources: list[Actor]) -> list[Actor]:
    w = words()
    if frame.entry.cameo[:2] not in w["inquiry_roots"] or not sources or any(
            s.country is None or s.sector not in w["state_sectors"] for s in sources):
        return []
    country = sources[0].country
    return [Actor(text="", name=None, country=country, sector="CVL", code=f"{country}CVL",
                  resolved_by=DOMESTIC_INQUIRY, via=frame.trigger.text)]


def _missile_test(frame: Frame) -> bool:
    w = words()
    if frame.entry.cameo[:2] not in w["launch_roots"] or \
            frame.trigger.lemma_.lower() not in w["launch_lemmas"]:
        return False
    weapon = frame.thing if frame.thing is not None else frame.matched
    if weapon is None:
        return False
    names = {weapon.lemma_.lower(), weapon.lower_} | {
        c.lemma_.lower() for c in weapon.children if c.dep_ in ("compound", "amod")}
    return bool(names & w["test_weapon_nouns"])


def _own_people(frame: Frame, sources: list[Actor]) -> list[Actor]:
    w = words()
    code = frame.entry.cameo
    if code not in w["own_people_codes"] and code[:3] not in w["own_people_codes"]:
        return []
    if not sources or any(s.country is None or s.sector not in w["state_sectors"]
                          for s in sources):
        return []
    people = next((t for t in frame.targets if unnamed_people(t)), None)
    if people is None and frame.thing is not None and frame.thing.pos_ == "NOUN" and \
            frame.thing.ent_type_ == "" and frame.thing.dep_ == "dobj":
        people = frame.thing  # "the ministry closed three plants": things at home
    if people is None:
        return []
    country = sources[0].country
    text = people.doc[people.left_edge.i:people.right_edge.i + 1].text
    return [Actor(text=text, name=None, country=country, sector="CVL",
                  code=f"{country}CVL", resolved_by=OWN_PEOPLE, via=frame.trigger.text,
                  start=people.doc[people.left_edge.i].idx,
                  end=people.doc[people.right_edge.i].idx + len(people.doc[people.right_edge.i]))]


def victims(frame: Frame, sources: list[Actor], where: str | None = None) -> list[Actor]:
    """The people of the country where the violence against unnamed people happens
    (``where``), else the attacker's country's people."""
    people = next((t for t in frame.targets if unnamed_people(t)), None)
    if people is None or not sources or sources[0].country is None:
        return []
    country = where or sources[0].country
    lo, hi = people.doc[people.left_edge.i], people.doc[people.right_edge.i]
    return [Actor(text=people.doc[lo.i:hi.i + 1].text, name=None, country=country,
                  sector="CVL", code=f"{country}CVL", resolved_by=VICTIMS,
                  via=frame.trigger.text, start=lo.idx, end=hi.idx + len(hi))]


def placed_victims(victims: Actor, where: str | None, trigger: str) -> Actor:
    """Private people the story's focus placed are the people of the place of the violence
    done to them, when the text names it."""
    if where is None or where == victims.country:
        return victims
    return replace(victims, country=where, code=f"{where}CVL", resolved_by=VICTIMS, via=trigger)


def unnamed_people(tok: Token) -> bool:
    """"40 people", "dozens of students", "17": people the text does not name or place."""
    if tok.ent_type_ in ("PERSON", "GPE", "NORP", "ORG", "TIME", "DATE", "MONEY", "PERCENT",
                         "QUANTITY", "ORDINAL"):
        return False  # "at 3.15 pm": no people
    nouns = words()["people_nouns"]
    if tok.lemma_.lower() in nouns or tok.lower_ in nouns:
        return True
    return (tok.like_num or tok.ent_type_ == "CARDINAL") and \
        tok.dep_ in ("dobj", "nsubjpass", "conj", "appos")  # "arrested 17", not "at 3.15"
