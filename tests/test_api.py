"""The Python API: exported names, eventwire.code(), the spaCy component."""

from __future__ import annotations

import spacy

import eventwire
from eventwire.nlp import DEFAULT_MODEL
from eventwire.nlp.component import FACTORY


def test_all_is_exact_and_importable():
    assert sorted(eventwire.__all__) == sorted([
        "Actor", "Article", "CodedArticle", "Coder", "Dateline", "Event", "Evidence", "Place",
        "Quote", "Rejection", "__version__", "code",
    ])
    for name in eventwire.__all__:
        assert getattr(eventwire, name) is not None


def test_code_returns_typed_records():
    coded = eventwire.code("Germany criticized Iran on Monday.", published="2019-06-05",
                           id="de-ir")
    assert isinstance(coded, eventwire.CodedArticle)
    ev = coded.events[0]
    assert isinstance(ev, eventwire.Event) and isinstance(ev.source, eventwire.Actor)
    assert (ev.source.key, ev.cameo[:2], ev.target.key) == ("DEU", "11", "IRN")
    assert ev.date == "2019-06-03" and ev.date_precision == "day"
    assert ev.goldstein == -2.0 and ev.quad_class == 3 and ev.plover == "ACCUSE"


def test_code_rejects_unknown_metadata():
    import pytest

    with pytest.raises(TypeError, match="unknown metadata"):
        eventwire.code("text", colour="red")


def test_spacy_component_in_a_users_pipeline():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe(FACTORY, config={"published": "2019-06-05"})
    doc = nlp("Germany criticized Iran on Monday.")
    keys = {(e.source.key, e.cameo[:2], e.target.key if e.target else None) for e in doc._.events}
    assert ("DEU", "11", "IRN") in keys


def test_component_is_registered_under_its_versioned_name():
    assert FACTORY == "eventwire_events_v1"
    assert FACTORY in spacy.registry.factories.get_all() or \
        FACTORY in spacy.Language.factories
