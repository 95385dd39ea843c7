"""Readable renderings of the rule book's trace: why each event was coded."""

from __future__ import annotations

from typing import Any

from eventwire.records import Actor, CodedArticle, Event
from eventwire.rules import REGISTRY


def _who(actor: Actor | None) -> str:
    if actor is None:
        return "(no target)"
    sector = f" {actor.sector}" if actor.sector else ""
    return f"{actor.name or actor.text} [{actor.key or '?'}{sector}]"


def event_heading(n: int, ev: Event) -> str:
    when = f" {ev.date}" if ev.date else ""
    return (f"event {n}: {_who(ev.source)} -> {ev.cameo} {ev.plover or ''} -> "
            f"{_who(ev.target)}, {ev.modality}{when}")


def render_why(coded: CodedArticle, only: int | None = None) -> list[str]:
    """Lines explaining each event of an article (or only event ``only``)."""
    lines = [f"article {coded.id}" + (f": {coded.title}" if coded.title else "")]
    for n, ev in enumerate(coded.events):
        if only is not None and n != only:
            continue
        lines.append(event_heading(n, ev))
        lines.append(f"  {'evidence':<12}{' '.join(ev.evidence.text.split())}")
        for step in ev.why:
            rule = REGISTRY.get(step.rule)
            lines.append(f"  {step.stage:<12}{step.rule}  {step.detail}".rstrip())
            if rule is not None:
                lines.append(f"  {'':<12}  {rule.summary}")
    if len(lines) == 1:
        lines.append("  no events" if only is None else f"  no event {only}")
    return lines


def why_records(coded: CodedArticle, only: int | None = None) -> list[dict[str, Any]]:
    """JSON records: the article id, the event index and summary, and its steps."""
    return [{"article": coded.id, "event": n, "summary": event_heading(n, ev),
             "why": [step.to_dict() for step in ev.why]}
            for n, ev in enumerate(coded.events) if only is None or n == only]
