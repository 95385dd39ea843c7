"""The within-article merge: restatements of one real event become its first mention."""

from __future__ import annotations

from dataclasses import replace

from eventwire.knowledge import words
from eventwire.records import Actor, Event
from eventwire.rules import Step, register

RESTATEMENT = register(
    "events.merge_restatement.v2", stage="merge",
    summary="A later mention of the same act by the same actors adds no event; the first "
            "mention takes a stated date only the later one has. One act on a list of "
            "actors of one country stays one event per actor.",
    example="Japan criticised China on Monday. Japan also criticised China over the island.")


ONE_MEETING = register(
    "events.merge_meeting.v1", stage="merge",
    summary="A later mention of a consultation between the same two sides with no date of its "
            "own ('the two leaders also discussed ...') restates the meeting already coded "
            "(words.json restated_roots).",
    example="Chile's president met Peru's president in Lima on Monday. The two leaders also "
            "discussed fishing rights.")


def merge(events: list[Event], listed: set[tuple[int, int | None]] | None = None
          ) -> list[Event]:
    """Merge restatements within an article into their first mention.

    Two events are one real event when source key, target key, CAMEO root and modality agree
    and either they come from the same sentence (unless one act has a list of targets: one
    event per listed actor), or the same named actors do the same act
    (same trigger lemma) on compatible dates ("Kim asked Putin ..." / "Kim asked Russia ...").
    Different stated dates, different people or a different act keep events apart, as the
    annotation guide counts distinct real events. A consultation between the same two sides
    mentioned again with no date of its own is the same meeting (words.json restated_roots).
    The first mention takes a stated date if only a later one has it.
    """
    out: list[Event] = []
    by_key: dict[tuple[str | None, str | None, str, str], list[int]] = {}
    for ev in events:  # only events of the same key can restate each other
        slots = by_key.setdefault(_key(ev), [])
        i = next((j for j in slots if _restates(out[j], ev, listed or set())), -1)
        if i < 0:
            slots.append(len(out))
            out.append(ev)
            continue
        same = out[i]
        if len(ev.cameo) > len(same.cameo) and ev.evidence.sentence == same.evidence.sentence:
            kept, merged = ev, same
        elif same.date_basis == "dateline" and ev.date_basis == "text":
            kept = replace(same, date=ev.date, date_precision=ev.date_precision,
                           date_basis="text")
            merged = ev
        else:
            kept, merged = same, ev
        rule = RESTATEMENT if _same_act(same, ev) else ONE_MEETING
        step = Step("merge", rule, f"with {merged.cameo} '{merged.trigger}' of "
                                   f"sentence {merged.evidence.sentence}")
        out[i] = replace(kept, why=(*kept.why, step))
    return out


def _key(ev: Event) -> tuple[str | None, str | None, str, str]:
    return (_who(ev.source), _who(ev.target), ev.cameo[:2], ev.modality)


def _who(actor: Actor | None) -> str | None:
    """An actor's identity for the merge: its key, or for an actor of a user's PETRARCH
    dictionary its full code (the dictionary's lawmakers and officials of one country are two
    actors, ARNLEG and ARNGOV)."""
    if actor is None:
        return None
    return actor.code if actor.kind == "dict" and actor.code else actor.key


def _restates(first: Event, ev: Event, listed: set[tuple[int, int | None]]) -> bool:
    if _key(first) != _key(ev):
        return False
    if first.date_basis == "text" and ev.date_basis == "text" and first.date != ev.date:
        return False
    if _names(first) == _names(ev)[::-1] and _names(ev)[0] != _names(ev)[1]:
        return False  # the two directions of a two-sided act within one country
    if _listed_targets(first, ev, listed):
        return False
    if _same_act(first, ev):
        return True
    # a meeting restated later without a date of its own ("the two leaders also discussed")
    return ev.cameo[:2] in words()["restated_roots"] and ev.date_basis != "text"


def _names(e: Event) -> tuple[str | None, str | None]:
    return (e.source.name if e.source else None, e.target.name if e.target else None)


def _same_act(first: Event, ev: Event) -> bool:
    """The same sentence, or the same named actors doing the same act (trigger lemma)."""
    if first.evidence.sentence == ev.evidence.sentence:
        return True
    return _names(first) == _names(ev) and first.trigger.lower()[:4] == ev.trigger.lower()[:4]




def _listed_targets(a: Event, b: Event, listed: set[tuple[int, int | None]]) -> bool:
    """One act on a list of actors ("detained two activists and a priest"): one event per
    listed actor, as the guide counts compound actors, even when they share a country."""
    if a.target is None or b.target is None or a.target.start == b.target.start:
        return False
    return (a.evidence.trigger[0], a.target.start) in listed and \
        (b.evidence.trigger[0], b.target.start) in listed
