"""The Python API: exported names, eventwire.code(), the spaCy component."""

from __future__ import annotations

import spacy

import eventwire
from eventwire.component import FACTORY
from eventwire.nlp import DEFAULT_MODEL


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


def test_component_in_a_pipeline_built_from_blank_initializes_pipes_and_round_trips(tmp_path):
    source = spacy.load(DEFAULT_MODEL)
    nlp = spacy.blank("en")
    for name in source.pipe_names:
        nlp.add_pipe(name, source=source)
    nlp.add_pipe(FACTORY, config={"published": "2019-06-05"})
    with nlp.select_pipes(enable=[FACTORY]):  # spaCy's way: sourced, trained pipes are kept
        nlp.initialize()  # used to raise TypeError: the component took no get_examples/nlp
    texts = ["Germany criticized Iran on Monday.", "Chile expelled two Peruvian diplomats."]
    docs = list(nlp.pipe(texts))
    keys = [{(e.source.key, e.cameo[:2], e.target.key if e.target else None)
             for e in doc._.events} for doc in docs]
    assert ("DEU", "11", "IRN") in keys[0] and any(k[0] == "CHL" for k in keys[1])
    assert all(ev.why for doc in docs for ev in doc._.events)

    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert FACTORY in again.pipe_names
    doc = again(texts[0])
    assert {(e.source.key, e.cameo[:2], e.target.key) for e in doc._.events} == keys[0]
