"""From a parsed article to events: frames -> actors, code, modality, date, place, attribution,
then the within-article merge of restated events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.resolver import ArticleActors
from eventwire.codebook import lookup_any
from eventwire.events.frames import Frame, conjuncts, find_frames, subjects
from eventwire.events.lexicon import LexEntry, Lexicon, cues
from eventwire.events.modality import intent_head, modality
from eventwire.events.speech import statements
from eventwire.events.verbmatch import VerbMatcher, with_reverse
from eventwire.records import Actor, Event, Evidence, Place, Quote
from eventwire.timeplace.dates import ResolvedDate, resolve
from eventwire.timeplace.places import Gazetteer

QUOTE_CHARS = "\"“”"
# an undated act takes the date of a dated act this many sentences before it, else the dateline
CONTEXT_SENTENCES = 2
# "X and Y agreed / met / signed / clashed" with no object: they acted on each other
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "19"})
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "IGO"})  # who protests by note
AIMED_AT = frozenset({"at", "on", "into", "against"})  # prepositions of a strike's aim
REACTION_ROOTS = frozenset({"01", "02", "05", "09", "10", "11", "12", "13"})  # verbal reactions


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


def attribution(trigger: Token, ctx: Context) -> str:
    """Who reports the event: the speaker of an enclosing "X said", "according to X", or the
    article's own voice ("author")."""
    speech = cues()["speech_verbs"]
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        head = tok.head
        if tok.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and \
                head.lemma_.lower() in speech and head.i != trigger.i:
            speakers = subjects(head)
            if speakers:
                return _speaker_text(speakers[0], ctx)
        tok = head
    for tok in trigger.sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and \
                tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"] or \
                   [c for c in tok.children if c.dep_ in ("pobj", "prep")]
            for obj in objs:
                target = obj if obj.dep_ == "pobj" else next(
                    (g for g in obj.children if g.dep_ == "pobj"), None)
                if target is not None:
                    return _speaker_text(target, ctx)
    return "author"


def _speaker_text(tok: Token, ctx: Context) -> str:
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
    tok = trigger
    for _ in range(3):
        if got is not None or tok.dep_ not in ("advcl", "pcomp", "prep", "pobj", "conj", "acl",
                                               "xcomp") or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            got = _date_at(tok, {tok.i}, ctx, future)
    return got


def _date_at(trigger: Token, anchors: set[int], ctx: Context,
             future: bool = False) -> ResolvedDate | None:
    for ent in trigger.sent.ents:
        if ent.label_ != "DATE":  # clock times ("at 4 p.m.") say nothing of the day
            continue
        tok = ent.root
        for _ in range(6):
            if tok.i in anchors:
                got = resolve(ent.text, ctx.anchor, future)
                if got is not None:
                    return got
                break
            if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and tok.i != ent.root.i):
                break
            tok = tok.head
    return None


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
                if obj.dep_ != "pobj" or obj.ent_type_ not in ("GPE", "LOC", "FAC"):
                    continue
                name = _ent_text(obj)
                entry = ctx.actors.kb.best(name, ctx.anchor)
                if entry and entry.country and entry.kind == "country":
                    return Place(name, entry.country)
                found = ctx.gazetteer.city(name) if ctx.gazetteer is not None else None
                if found:
                    return Place(name, found.country, round(found.lat, 4), round(found.lon, 4))
                if entry and entry.country and entry.kind == "capital":
                    return Place(name, entry.country)
    return None


def _ent_text(tok: Token) -> str:
    for ent in tok.sent.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text.removeprefix("the ").removeprefix("The ")
    return tok.text


def _actor_for(tok: Token, ctx: Context, thing_ok: bool) -> Actor | None:
    actor = ctx.actors.actor(tok)
    if actor is None and thing_ok:
        actor = ctx.actors.behind(tok)
    return actor


def _apposed(tok: Token, ctx: Context) -> list[Actor]:
    """Repair a missed apposition: "China and Russia, two veto-wielding powers, ..." where the
    parser left the actors outside the subject phrase."""
    before = tok.left_edge.i - 1
    if before < tok.sent.start + 1 or tok.doc[before].text != ",":
        return []
    head = tok.doc[before - 1]
    while head.dep_ in ("compound", "flat") and head.head.i < before:
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
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in cues()["speech_verbs"]:
            return [a for a in (ctx.actors.actor(t) for t in subjects(tok.head)) if a and a.key]
        if tok.head.i == tok.i:
            break
    return []


def _open_ok(frame: Frame) -> bool:
    """An appeal may name no addressee only when it is a call for something."""
    return frame.entry.cameo[:2] != "02" or \
        frame.trigger.lemma_.lower() in cues()["open_appeal_lemmas"]


def _exercise_partners(frame: Frame, sources: list[Actor], ctx: Context) -> list[Actor]:
    """The participants of a military exercise held with a partner ("drills with Australian
    warships", "an exercise in Japan involving US troops"): the host first."""
    exercise = frame.thing if frame.thing is not None else frame.trigger
    if frame.entry.cameo[:2] != "15" or exercise.lemma_.lower() not in cues()["exercise_nouns"]:
        return []
    words = cues()["partner_words"]
    partners: list[Actor] = []
    near = [*exercise.subtree] + ([] if frame.trigger.i == exercise.i else
                                  [*frame.trigger.children])
    for child in near:
        if child.lower_ in words or (child.dep_ in ("acl", "relcl") and
                                     child.lemma_.lower() in words):
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
    found: list[Actor | None] = []
    for t in frame.sources:  # "the two countries" stands for both
        found.extend(ctx.actors.group(t) or [_actor_for(t, ctx, False)])
    sources = [a for a in found if a is not None and a.key]
    if not sources and frame.sources:
        sources = _apposed(frame.sources[0], ctx) or _speaker_subject(frame.trigger, ctx)
    implicit = not sources and frame.state_actor
    if implicit:
        state = ctx.actors.state_actor()
        sources = [state] if state is not None else []
    partners = _exercise_partners(frame, sources, ctx)
    if partners:  # a joint exercise: military cooperation, both ways
        joint: list[tuple[Actor, Actor | None]] = [
            (a, b) for a in partners for b in partners if a.key != b.key]
        return _events(joint, "062", modality(frame.trigger), frame.trigger, frame.trigger,
                       sent_index, f"exercise partners + {frame.entry.rule}", True, ctx)
    if not sources:
        return []
    targets: list[Actor] = []
    generic = False  # a target that is an unnamed, unplaced group ("any foreign leaders")
    source_keys = {s.key for s in sources}
    for tok in frame.targets:
        person_like = ctx.actors.is_role(tok) or tok.ent_type_ == "PERSON" or tok.pos_ == "PRON"
        # a required person object ("expelled diplomats") must itself be the actor
        thing_ok = not (frame.matched is not None and tok.i == frame.matched.i and person_like)
        thing_ok = thing_ok and tok.i not in frame.actor_only
        thing_ok = thing_ok and frame.entry.cameo[:2] != "04"  # one meets people, not topics
        actor = ctx.actors.actor(tok) or next(iter(ctx.actors.conflict_sides(tok)), None)
        if actor is None and thing_ok and frame.entry.cameo[:2] in ("18", "19", "20") and (
                tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in AIMED_AT)):
            actor = ctx.actors.place_actor(tok)  # "shelled Aleppo", "fired at targets in Gaza"
        if actor is None and thing_ok:
            actor = ctx.actors.behind(tok)
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            if actor is not None and own and actor.key in source_keys:
                actor = None  # "lifted its sanctions": the thing is the source's own
        if ctx.actors.is_role(tok) and actor is None:
            generic = True
        if actor is not None and frame.entry.cameo.startswith("04") and actor.sector == "MED":
            actor = None  # meeting the press is not a consultation
        if actor is not None and actor.key and not all(_same(s, actor) for s in sources):
            targets.append(actor)
            break_on = tok
            targets.extend(a for a in (_actor_for(c, ctx, True) for c in break_on.conjuncts)
                           if a and a.key and a not in targets)
            break
    if any(src.source == "conflict parties" for src in sources):  # each side acts on the other
        targets = [t for t in targets if t.key not in source_keys]
    if not targets and frame.entry.cameo == "175":  # tear gas is used on the protesters
        crowd = ctx.actors.last_protesters(frame.trigger)
        targets = [crowd] if crowd is not None and crowd.key else []
    attacker = ctx.last_attacker
    if not targets and frame.trigger.lemma_.lower() in cues()["retaliation_lemmas"] and \
            attacker is not None and attacker.key not in source_keys:
        targets = [attacker]  # "... and the Navy returned fire"
    official = frame.trigger.lemma_.lower() == "protest" and \
        all(src.sector in STATE_SECTORS for src in sources)  # "the ministry protested to X"
    if not targets and frame.entry.cameo.startswith("14") and _done(frame.trigger) and \
            not official:
        # a protest with no stated target is aimed at the government where it takes place
        place = event_place(frame.trigger, ctx)
        state = ctx.actors.state_actor(place.country if place and place.country else None)
        if state is not None:
            targets = [state]
    if frame.thing is not None and sources and frame.entry.cameo[:2] not in REACTION_ROOTS:
        ctx.actors.note_owner(frame.thing, sources[0])  # who fired the missiles, not who
        # rejected the resolution: a reaction to a thing does not make it the reactor's
    pairs: list[tuple[Actor, Actor | None]] = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets if not _same(s, t)]
        if frame.entry.mutual:
            pairs += [(t, s) for s, t in list(pairs) if t is not None]
    elif (frame.entry.mutual or frame.entry.cameo[:2] in JOINT_ROOTS) and len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if not _same(a, b)]
    elif not implicit and (generic or (frame.entry.cameo[:2] in cues()["open_target_roots"]
                                       and _done(frame.trigger) and _open_ok(frame))):
        # "declared a curfew", not "Pakistan's plea"; an unnamed state acts only on someone
        pairs = [(s, None) for s in sources]
    if not pairs:
        return []
    trig = frame.trigger
    mod = modality(trig)
    if mod == "asserted" and frame.entry.mutual and pairs[0][1] is not None:
        ctx.actors.note_pair(pairs[0][0], pairs[0][1])
    if mod == "asserted" and frame.entry.cameo[:2] in ("18", "19", "20"):
        ctx.last_attacker = pairs[0][0]
    cameo, rule = frame.entry.cameo, frame.entry.rule
    if cameo.startswith("14") and official:  # a government protests by note, not in the street
        cameo, rule = "114", f"{rule}; by the state -> 114"
    protest = cues()["protest_roles"]
    if cameo[:2] in ("17", "18", "19") and any(
            t.lemma_.lower() in protest or t.lower_ in protest for t in frame.sources):
        cameo, rule = "145", f"{rule}; by protesters -> 145"
    elif cameo[:2] in ("18", "19") and all(s.sector == "COP" for s in sources) and any(
            t.lemma_.lower() in protest or t.lower_ in protest for t in frame.targets[:1]):
        cameo, rule = "175", f"{rule}; police against protesters -> 175"
    out = _events(pairs, cameo, mod, trig, trig, sent_index, rule,
                  frame.entry.specificity > 0, ctx)
    if mod == "hypothetical":  # only the intending side expresses the intent
        intending = [(s, t) for s, t in pairs if any(s is x for x in sources)]
        out.extend(_intent_events(intending, frame, sent_index, ctx))
    return out


def _intent_events(pairs: list[tuple[Actor, Actor | None]], frame: Frame, sent_index: int,
                   ctx: Context) -> list[Event]:
    """An asserted offer, plan, promise or threat to do the (unrealised) act."""
    code = cues()["intent_codes"].get(frame.entry.cameo[:2])
    if code is None or not pairs:
        return []
    trig = frame.trigger
    head = intent_head(trig)
    if head is None:
        speaker = _own_speaker(trig, ctx)
        if speaker is None or pairs[0][0].key != speaker.key:
            return []
        head = trig.head
    rule = f"intent rule {head.lemma_.lower()} + {frame.entry.rule}"
    return _events(pairs, code, "asserted", head, trig, sent_index, rule, False, ctx)


def _own_speaker(trig: Token, ctx: Context) -> Actor | None:
    """The speaker when a future act sits in the actor's own statement ("X said it would")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in trig.children):
        return None
    if trig.dep_ == "ccomp" and trig.head.lemma_.lower() in cues()["speech_verbs"]:
        speakers = subjects(trig.head)
        if speakers:
            return ctx.actors.actor(speakers[0])
    return None


def _events(pairs: list[tuple[Actor, Actor | None]], cameo: str, mod: str, when_tok: Token,
            trig: Token, sent_index: int, rule: str, specific: bool, ctx: Context) -> list[Event]:
    code = lookup_any(cameo)  # a user verb dictionary may have codes outside CAMEO
    future = mod == "hypothetical"
    when = event_date(when_tok, ctx, future)
    if when is None and when_tok.i != trig.i:
        when = event_date(trig, ctx, future)
    dated_by = "text"
    if when is not None:
        if not future:  # an unrealised act's date is not the story's time frame
            ctx.last_date = (sent_index, when)
    elif mod == "asserted" and ctx.last_date and sent_index - ctx.last_date[0] <= CONTEXT_SENTENCES:
        when, dated_by = ctx.last_date[1], "context"  # the story's current time frame
    elif mod == "asserted" and ctx.anchor is not None:
        when = ResolvedDate(ctx.anchor.isoformat(), "day")
        dated_by = "dateline"
    place = event_place(trig, ctx)
    said_by = attribution(trig, ctx)
    evidence = Evidence(sent_index, trig.sent.text, (trig.idx, trig.idx + len(trig)), rule)
    out = []
    for src, tgt in pairs:
        conf = 0.45
        conf += 0.15 if src.source and ".csv" in src.source else 0
        conf += 0.15 if tgt is not None and tgt.source and ".csv" in tgt.source else 0
        conf += 0.1 if specific else 0
        conf -= 0.1 if dated_by == "dateline" else 0
        out.append(Event(
            source=src, target=tgt, cameo=code.code, plover=code.plover,
            goldstein=code.goldstein, quad_class=code.quad_class,
            modality=mod,  # type: ignore[arg-type]
            date=when.value if when else None, date_precision=when.precision if when else None,
            date_basis=dated_by if when else None, location=place, attribution=said_by,
            trigger=trig.text, evidence=evidence,
            confidence=min(conf, 0.95),
        ))
    return out


def _done(trig: Token) -> bool:
    """A verb, or an event noun that a support verb makes an act ("declared a curfew")."""
    if trig.pos_ != "NOUN":
        return True
    return trig.dep_ == "dobj" and trig.head.lemma_.lower() in cues()["support_verbs"]


def _same(a: Actor, b: Actor | None) -> bool:
    if b is None:
        return False
    if a == b or (a.start is not None and a.start == b.start):
        return True
    named = ("(person)", "name in text", "name + focal country")
    return bool(a.name and a.name == b.name and a.key == b.key and
                any((a.source or "").endswith(n) for n in named))


def quotes(sent: Span, sent_index: int, ctx: Context) -> list[Quote]:
    text = sent.text
    if not any(q in text for q in QUOTE_CHARS):
        return []
    speaker = None
    for tok in sent:
        if tok.lemma_.lower() in cues()["speech_verbs"] and tok.pos_ == "VERB":
            subj = subjects(tok)
            if subj:
                speaker = _speaker_text(subj[0], ctx)
                break
    return [Quote(speaker, text, sent_index)]


def merge(events: list[Event]) -> list[Event]:
    """Merge restatements within an article into their first mention.

    Two events are one real event when source key, target key, CAMEO root and modality agree
    and either they come from the same sentence, or the same named actors do the same act
    (same trigger lemma) on compatible dates ("Kim asked Putin ..." / "Kim asked Russia ...").
    Different stated dates, different people or a different act keep events apart, as the
    annotation guide counts distinct real events. The first mention takes a stated date if
    only a later one has it.
    """
    out: list[Event] = []
    for ev in events:
        same = next((first for first in out if _restates(first, ev)), None)
        if same is None:
            out.append(ev)
            continue
        i = out.index(same)
        if len(ev.cameo) > len(same.cameo) and ev.evidence.sentence == same.evidence.sentence:
            out[i] = ev
        elif same.date_basis == "dateline" and ev.date_basis == "text":
            out[i] = replace(same, date=ev.date, date_precision=ev.date_precision,
                             date_basis="text")
    return out


def _key(ev: Event) -> tuple[str | None, str | None, str, str]:
    return (ev.source.key if ev.source else None, ev.target.key if ev.target else None,
            ev.cameo[:2], ev.modality)


def _restates(first: Event, ev: Event) -> bool:
    if _key(first) != _key(ev):
        return False
    if first.date_basis == "text" and ev.date_basis == "text" and first.date != ev.date:
        return False
    def names(e: Event) -> tuple[str | None, str | None]:
        return (e.source.name if e.source else None, e.target.name if e.target else None)
    if names(first) == names(ev)[::-1] and names(ev)[0] != names(ev)[1]:
        return False  # the two directions of a two-sided act within one country
    if first.evidence.sentence == ev.evidence.sentence:
        return True
    return names(first) == names(ev) and first.trigger.lower()[:4] == ev.trigger.lower()[:4]


def _note_owners(sent: Span, ctx: Context) -> None:
    """Who did what to which thing ("the committee passed a resolution"), so that a later
    "the resolution" or "it" can stand for its actor."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in cues()["author_verbs"]:
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
    for i, sent in enumerate(ctx.doc.sents):
        ctx.actors.prepare(sent)
        frames = find_frames(sent, ctx.lexicon)
        if ctx.verbs is not None:  # the dictionary's frames win for the verbs it covers
            frames = ctx.verbs.frames(sent, frames)
        for frame in frames:
            events.extend(with_reverse(frame, frame_events(frame, i, ctx)))
        for st in statements(sent, {f.trigger.i for f in frames}):
            entry = LexEntry(st.verb.lemma_.lower(), "VERB", None, frozenset(), st.cameo, False,
                             0, origin=st.rule.split(":")[0] + " rule")
            said = frame_events(Frame(st.verb, entry, conjuncts(st.speaker), st.about), i, ctx)
            # a statement about oneself is not an interaction
            events.extend(e for e in said if e.target and e.source and
                          not _same(e.source, e.target))
        found_quotes.extend(quotes(sent, i, ctx))
        _note_owners(sent, ctx)  # after coding: a thing's owner is who acted on it before
    return merge(events), found_quotes
