"""When, where and according to whom: the date, place and attribution of an event, each
with the rule that decided it (a ``Step`` for the event's trace)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Token

from eventwire.actors.resolver import ArticleActors
from eventwire.events.frames import subjects
from eventwire.events.lexicon import Lexicon
from eventwire.events.verbmatch import VerbMatcher
from eventwire.knowledge import words
from eventwire.nlp.spans import sent_ents
from eventwire.records import Actor, Event, Place
from eventwire.rules import Step, register
from eventwire.timeplace.dates import ResolvedDate, resolve
from eventwire.timeplace.places import MISTAKEN_TOWN_ENTS, Gazetteer

# an undated act takes the date of a dated act this many sentences before it, else the dateline
CONTEXT_SENTENCES = 2
LEAD_SENTENCES = 3  # the lead: where a news story says when its news happened

DATE_TEXT = register(
    "dates.expression.v2", stage="date",
    summary="A date expression of the act's clause, or of a verb coordinated with it that "
            "shares its subject ('arrested and charged them on Monday'), resolved against the "
            "dateline ('last November', 'early March' and 'earlier this month' included).",
    example="Peru's police arrested and questioned two Chilean fishermen on Tuesday.",
    published="2014-11-21")
DATE_CONTEXT = register(
    "dates.context.v3", stage="date",
    summary="An undated act takes the day of a dated act up to two sentences before it (a "
            "month or a year named before is background, not the story's time frame).",
    example="Japan protested to China on Tuesday. Tokyo also criticised Beijing.",
    published="2014-11-21")
DATE_DATELINE = register(
    "dates.dateline.v2", stage="date",
    summary="An undated asserted act with no dated context takes the story's day: a day "
            "named in the lead within the week before the dateline, else the dateline.",
    example="Japan protested to China.", published="2014-11-21")
PLACE_PREP = register(
    "places.prep.v1", stage="place",
    summary="A place in an in/at/near/outside phrase of the act (or of its object).",
    example="Chile's president met Peru's president in Lima on Monday.")
ATTR_SPEECH = register(
    "attribution.speech.v1", stage="attribution",
    summary="The speaker of an enclosing 'X said' reports the event.",
    example="Vietnam's foreign ministry said China attacked Vietnamese fishermen on Monday.")
ATTR_ACCORDING = register(
    "attribution.according_to.v1", stage="attribution",
    summary="'According to X': X reports the event.",
    example="According to the Thai army, Cambodian troops attacked Thailand on Monday.")
ATTR_AUTHOR = register(
    "attribution.author.v1", stage="attribution",
    summary="No one else reports the event: the article's own voice ('author').",
    example="Cambodian troops attacked Thailand on Monday.")


@dataclass
class Context:
    doc: Doc
    actors: ArticleActors
    lexicon: Lexicon
    anchor: date | None
    gazetteer: Gazetteer | None
    last_date: tuple[int, ResolvedDate] | None = None  # (sentence, date) of the last dated act
    last_attacker: Actor | None = None  # source of the last asserted attack
    verbs: VerbMatcher | None = None  # a loaded PETRARCH verb dictionary (--verbs)
    acts: list[Event] = field(default_factory=list)  # the article's events so far
    # (trigger offset, target offset) of the actors one act names in a list ("arrested X and Y")
    listed: set[tuple[int, int | None]] = field(default_factory=set)

    @cached_property
    def story_day(self) -> ResolvedDate | None:
        """The day the story's news happened: a day named in its lead ("on Friday",
        "yesterday") within the week before the dateline, else the dateline itself."""
        return lead_day(self.doc, self.anchor)


def lead_day(doc: Doc, anchor: date | None) -> ResolvedDate | None:
    """The first day-precise date of the story's lead sentences that lies in the week up to
    the dateline ("Ministers met on Friday" in a Saturday story is Friday)."""
    if anchor is None:
        return None
    for sent in list(doc.sents)[:LEAD_SENTENCES]:
        for ent in sent_ents(sent):
            if ent.label_ != "DATE" or _of_unrealised_act(ent.root):
                continue
            got = resolve(ent.text, anchor)
            if got is None or got.precision != "day":
                continue
            if (anchor - date.fromisoformat(got.value)).days in range(0, 7):
                return replace(got, text=ent.text)
    return ResolvedDate(anchor.isoformat(), "day")


def _of_unrealised_act(tok: Token) -> bool:
    """The date belongs to an act not yet done: its verb is an infinitive or has a future
    auxiliary ("threatened to raid it on Friday", "will meet on Friday")."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    future = words()["future_aux"]
    return any(c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in future) for c in tok.children)


def attribution(trigger: Token, ctx: Context) -> tuple[str, Step]:
    """Who reports the event: the speaker of an enclosing "X said", "according to X", or the
    article's own voice ("author")."""
    speech = words()["speech_verbs"]
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        head = tok.head
        if tok.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and \
                head.lemma_.lower() in speech and head.i != trigger.i:
            speakers = subjects(head)
            if speakers:
                who = speaker_text(speakers[0], ctx)
                return who, Step("attribution", ATTR_SPEECH, f"{who!r} ({head.text})")
        tok = head
    preps = [p.split() for p in words()["attribution_preps"]]  # "according to"
    for tok in trigger.sent:
        if any(tok.lower_ == first and tok.i + 1 < len(tok.doc) and
               tok.doc[tok.i + 1].lower_ == second for first, second in preps):
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"] or \
                   [c for c in tok.children if c.dep_ in ("pobj", "prep")]
            for obj in objs:
                target = obj if obj.dep_ == "pobj" else next(
                    (g for g in obj.children if g.dep_ == "pobj"), None)
                if target is not None:
                    who = speaker_text(target, ctx)
                    return who, Step("attribution", ATTR_ACCORDING, repr(who))
    return "author", Step("attribution", ATTR_AUTHOR, "the article's own voice")


def speaker_text(tok: Token, ctx: Context) -> str:
    if tok.pos_ == "PRON":
        actor = ctx.actors.actor(tok)
        if actor is not None:
            return actor.name or actor.text
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text if tok.dep_ != "ROOT" else tok.text


def event_date(trigger: Token, ctx: Context, future: bool = False) -> ResolvedDate | None:
    """The DATE entity attached to this trigger's clause, resolved against the dateline;
    else one attached to the clause it modifies ("said on Thursday after meeting X")."""
    anchors = {trigger.i}
    if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX"):
        anchors.add(trigger.head.i)
    got = _date_at(trigger, anchors, ctx, future)
    if got is None:  # "fired tear gas to disperse protesters on Monday": the purpose's time
        anchors |= {c.i for c in trigger.children if c.dep_ == "advcl" and
                    any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)}
        got = _date_at(trigger, anchors, ctx, future) if len(anchors) > 1 else None
    if got is None:  # "seized and searched the ship in 2012": the shared date of coordinated acts
        shared = {c.i for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                  not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
        got = _date_at(trigger, shared, ctx, future) if shared else None
    tok = trigger
    for _ in range(4):
        if got is not None or tok.dep_ not in ("advcl", "pcomp", "prep", "pobj", "conj", "acl",
                                               "xcomp", "dobj") or tok.head.i == tok.i:
            break
        if tok.dep_ == "dobj" and tok.pos_ != "NOUN":
            break  # only "sent a letter yesterday requesting aid": the letter's verb's time
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            got = _date_at(tok, {tok.i}, ctx, future)
    return got


def _date_at(trigger: Token, anchors: set[int], ctx: Context,
             future: bool = False) -> ResolvedDate | None:
    for ent in sent_ents(trigger.sent):
        if ent.label_ != "DATE":  # clock times ("at 4 p.m.") say nothing of the day
            continue
        tok = ent.root
        for _ in range(6):
            if tok.i in anchors:
                got = resolve(ent.text, ctx.anchor, future)
                if got is not None:
                    return replace(got, text=ent.text)
                break
            if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and tok.i != ent.root.i):
                break
            tok = tok.head
    return None


def place_step(place: Place) -> Step:
    where = f"{place.place} ({place.country or '?'})"
    if place.lat is not None:
        where += f" GeoNames {place.lat}, {place.lon}"
    return Step("place", PLACE_PREP, where)


def event_place(trigger: Token, ctx: Context) -> Place | None:
    holders = [trigger]
    if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX"):
        holders.append(trigger.head)
    holders.extend(c for c in trigger.children if c.dep_ in ("dobj", "pobj"))
    holders.extend(g for c in trigger.children if c.dep_ == "prep" and c.lower_ != "in"
                   for g in c.children if g.dep_ == "pobj")  # "met with X in Cairo"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near", "outside"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for name in _place_names(obj):
                    place = _known_place(name, ctx)
                    if place is not None:
                        return place
    return None


def _place_names(obj: Token) -> list[str]:
    """The place names an in/at phrase's object offers: its place entity, and for a site
    named after its town ("Duesseldorf airport", "the Kampala court") the town."""
    names = [_ent_text(obj)] if obj.ent_type_ in ("GPE", "LOC", "FAC") else \
        [_ent_text(obj) if obj.ent_type_ else obj.text] if obj.pos_ == "PROPN" and \
        obj.ent_type_ in MISTAKEN_TOWN_ENTS else []  # NER takes towns for names ("in Lyon")
    if names and " " in names[0] and names[0].split()[-1].islower():
        names.append(names[0].rsplit(" ", 1)[0])  # "Duesseldorf airport": Duesseldorf
    names += [_ent_text(c) if c.ent_type_ in ("GPE", "LOC") else c.text for c in obj.children
              if c.dep_ == "compound" and c.pos_ == "PROPN"]  # the parser may call it a person
    return names


def _known_place(name: str, ctx: Context) -> Place | None:
    entry = ctx.actors.kb.best(name, ctx.anchor)
    if entry and entry.country and entry.kind == "country":
        return Place(name, entry.country)
    found = ctx.gazetteer.city(name) if ctx.gazetteer is not None else None
    if found:
        if found.lat is None or found.lon is None:  # a region: no coordinates
            return Place(name, found.country)
        return Place(name, found.country, round(found.lat, 4), round(found.lon, 4))
    if entry and entry.country and entry.kind == "capital":
        return Place(name, entry.country)
    return None


def _ent_text(tok: Token) -> str:
    for ent in sent_ents(tok.sent):
        if ent.start <= tok.i < ent.end:
            return ent.text.removeprefix("the ").removeprefix("The ")
    return tok.text
