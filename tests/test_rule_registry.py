"""The rule book's registry test: every registered rule and every re-code row has an example
sentence of our own that, when coded, yields an event whose trace holds the rule's id."""

from __future__ import annotations

import pytest

from eventwire.events.recodes import recodes
from eventwire.knowledge import validate
from eventwire.pipeline import Coder
from eventwire.records import Article
from eventwire.rules import REGISTRY, STAGES


def _trace_ids(coder, example: str, published: str | None) -> set[str]:
    coded = coder.code_article(Article(id="example", text=example,
                                       published=published or "2016-03-07"))
    return {step.rule for ev in getattr(coded, "events", ()) for step in ev.why}


def test_registry_is_not_empty_and_ids_are_versioned():
    assert len(REGISTRY) >= 40
    for rule_id, rule in REGISTRY.items():
        assert rule.id == rule_id and rule.stage in STAGES
        assert rule_id.rsplit(".", 1)[1].startswith("v") and rule.example.strip()


@pytest.mark.parametrize("rule_id", sorted(REGISTRY))
def test_every_rule_example_traces_its_rule(coder, rule_id, tmp_path):
    rule = REGISTRY[rule_id]
    if rule.verbs is not None or rule.actors is not None:  # a rule of loaded dictionaries:
        files = {}  # code with the rule's own
        for kind in ("verbs", "actors", "agents"):
            if getattr(rule, kind) is not None:
                files[kind] = [tmp_path / f"rule.{kind}"]
                files[kind][0].write_text(getattr(rule, kind), encoding="utf-8")
        kb = {} if "actors" in files else {"kb": coder.kb}  # user actors go in a fresh kb
        coder = Coder(nlp=coder.nlp, lexicon=coder.lexicon, **kb, **files)
    ids = _trace_ids(coder, rule.example, rule.published)
    assert rule_id in ids, f"{rule.example!r} gave {sorted(ids)}"


@pytest.mark.parametrize("row", recodes(), ids=lambda r: r.rule)
def test_every_recode_row_example_traces_the_row(coder, row):
    ids = _trace_ids(coder, row.example, None)
    assert row.rule in ids, f"{row.example!r} gave {sorted(ids)}"


def test_bundled_knowledge_validates():
    assert validate() == []
