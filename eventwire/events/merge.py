"""The within-article merge: restatements of one real event become its first mention."""

from __future__ import annotations

from dataclasses import replace

from eventwire.records import Actor, Event
from eventwire.rules import Step, register

RESTATEMENT = register(
    "events.merge_restatement.v1", stage="merge",
    summary="A later mention of the same act by the same actors adds no event; the first "
            "mention takes a stated date only the later one has.",
    example="Japan criticised China on Monday. Japan also criticised China over the island.")


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
    by_key: dict[tuple[str | None, str | None, str, str], list[int]] = {}
    for ev in events:  # only events of the same key can restate each other
        slots = by_key.setdefault(_key(ev), [])
        i = next((j for j in slots if _restates(out[j], ev)), -1)
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
        step = Step("merge", RESTATEMENT, f"with {merged.cameo} '{merged.trigger}' of "
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
