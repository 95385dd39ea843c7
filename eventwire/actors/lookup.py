"""`eventwire actors lookup`: how a name resolves, and from which table, for debugging."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from spacy.language import Language

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.resolver import ArticleActors
from eventwire.timeplace.places import Gazetteer


class _Coder(Protocol):  # what a lookup needs of a Coder (pipeline.Coder has it)
    nlp: Language
    kb: KnowledgeBase
    gazetteer: Gazetteer


def lookup_name(coder: _Coder, name: str, when: str | None = None) -> list[str]:
    """One line per reading of ``name``: the actor it resolves to at ``when`` and how."""
    try:
        at = date.fromisoformat(when) if when else None
    except ValueError as exc:
        raise ValueError(f"--date {when!r} is not an ISO date (YYYY-MM-DD)") from exc
    doc = coder.nlp(name)  # a real parse, as in coding
    actors = ArticleActors(coder.kb, doc, at, coder.gazetteer)
    out: list[str] = []
    seen: set[tuple[int, int]] = set()
    for s, e, phrase in coder.kb.find(doc):
        entry = coder.kb.best(phrase, at)
        if entry is None or (s, e) in seen:
            continue
        seen.add((s, e))
        key = entry.country or entry.org
        line = (f"{doc[s:e].text!r} -> {entry.name} | code {entry.code or '-'} | key {key} | "
                f"sector {entry.sector or '-'} | from {entry.table} ({entry.kind})")
        if entry.kind == "dict" and coder.kb.dictionary is not None:
            d = coder.kb.dictionary.entries[int(phrase.split(":")[1])]
            spans = ", ".join(
                f"{c.code} {c.start or ''}..{c.end or ''}" if (c.start or c.end) else
                f"{c.code} (default)" for c in d.codes)
            line += f" | codes: {spans}"
        out.append(line)
    if not out:
        root = doc[-1] if len(doc) else None
        actor = actors.actor(root) if root is not None else None
        if actor is not None and actor.key:
            out.append(f"{name!r} -> {actor.name} | code {actor.code} | key {actor.key} | "
                       f"sector {actor.sector} | by {actor.resolved_by}"
                       + (f" ({actor.via})" if actor.via else ""))
    return out
