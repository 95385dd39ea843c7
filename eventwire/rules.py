"""The rule book: every coding decision that is code (not a data row) is a named rule.

A rule has a versioned id (``"frames.object_control.v1"``), the stage it decides, a one-line
summary and an example sentence of our own that, when coded, yields a trace holding the id
(``tests/test_rule_registry.py`` codes every example). Rules register where they live:

    @rule("frames.object_control.v1", stage="source",
          example="Japan asked China to free the two fishermen.")
    def _object_control(...): ...

or, for a decision inside a larger function, with ``register(...)`` at module level and a
``Step(stage, RULE_ID, detail)`` appended where the decision is taken.

Data rows trace themselves by file and line: ``lexicon.csv:123``, ``recodes.csv:4``.
Every event carries its ``why``: the ordered steps that made it (see docs/how-it-works.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

STAGES = ("trigger", "repair", "actor", "source", "target", "recode", "modality", "date",
          "place", "attribution", "merge")

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Step:
    """One decision in the making of an event: the stage, the rule or data row, what it did."""

    stage: str
    rule: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "rule": self.rule, "detail": self.detail}

    def __str__(self) -> str:
        return f"{self.stage:<11} {self.rule}" + (f"  {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    summary: str
    example: str  # a sentence of our own whose coding uses this rule
    published: str | None = None  # the story date the example needs, if any
    verbs: str | None = None  # a verb dictionary (our own, small) the example is coded with
    actors: str | None = None  # an actor dictionary (ours, small) for the example
    agents: str | None = None  # an agent dictionary (ours, small) for the example


REGISTRY: dict[str, Rule] = {}


def register(rule_id: str, *, stage: str, summary: str, example: str,
             published: str | None = None, verbs: str | None = None,
             actors: str | None = None, agents: str | None = None) -> str:
    """Add a rule to the book; returns its id (for ``Step(stage, ID, ...)``)."""
    if stage not in STAGES:
        raise ValueError(f"rule {rule_id}: unknown stage {stage!r} (one of {', '.join(STAGES)})")
    if not rule_id.rsplit(".", 1)[-1].startswith("v"):
        raise ValueError(f"rule {rule_id}: ids end in a version, e.g. '{rule_id}.v1'")
    old = REGISTRY.get(rule_id)
    if old is not None and old.summary != summary:
        raise ValueError(f"rule {rule_id} registered twice")
    REGISTRY[rule_id] = Rule(rule_id, stage, summary, example, published, verbs, actors,
                             agents)
    return rule_id


def rule(rule_id: str, *, stage: str, example: str,
         published: str | None = None) -> Callable[[F], F]:
    """Decorator form of ``register``: the summary is the function's first docstring line."""
    def wrap(fn: F) -> F:
        summary = (fn.__doc__ or rule_id).strip().splitlines()[0]
        register(rule_id, stage=stage, summary=summary, example=example, published=published)
        fn.rule_id = rule_id  # type: ignore[attr-defined]
        return fn
    return wrap
