"""Resolve noun phrases of one article to actors, with in-article linking.

Order of evidence for a phrase headed by token ``h``:
1. a known name at the head (user tables, office holders at the article date, bodies,
   countries, capitals and seats of government standing for the government);
2. a person the article introduced earlier ("Russian Foreign Minister Sergey Lavrov" ... "Lavrov");
3. a role noun ("president", "troops", "protesters") with the country or body that modifies it
   ("Russian", "Kim's", "EU"), or, without one, the role's last holder in the article
   ("the official") or the article's focal country for domestic roles ("police");
4. pronouns and definite descriptions ("he", "it", "the country", "the bloc", "the North")
   link back to the most recent compatible mention.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.kb import Entry, KnowledgeBase, Role, actor_code
from eventwire.actors.linking import Linking
from eventwire.actors.petrarch import PetrarchPhrases
from eventwire.actors.syntax import (
    definite,
    ent_of,
    np_bounds,
    span_text,
)
from eventwire.knowledge import words
from eventwire.nlp.spans import ent_span
from eventwire.records import Actor
from eventwire.rules import register
from eventwire.timeplace.places import Gazetteer

TABLE = register(
    "actors.table.v2", stage="actor",
    summary="A name in a knowledge table: country, capital, body, office holder, user table; "
            "a short name several entries share is the one the article has named already.",
    example="Japan condemned China on Monday.")
KNOWN_PERSON = register(
    "actors.known_person.v1", stage="actor",
    summary="A person the article introduced earlier, named again ('Haddad' after 'Amal Haddad').",
    example="Lebanese Foreign Minister Amal Haddad arrived in Paris on Monday. "
            "Haddad later criticised Israel.")
NAME_IN_TEXT = register(
    "actors.name_in_text.v1", stage="actor",
    summary="A person's name with the country or body that modifies it or stands in apposition.",
    example="Omar Faris, Syria's trade minister, criticised Turkey on Monday.")
NAME_FOCAL = register(
    "actors.name_focal.v2", stage="actor",
    summary="A person's name with no country of its own: the article's focal country (the "
            "country its names, places and towns name most).",
    example="Kenya's government said on Monday that Peter Otieno had attacked Uganda.")
DEMONYM = register(
    "actors.demonym.v1", stage="actor",
    summary="People named by their nationality ('three Russians').",
    example="Three Russians attacked Georgia on Monday.")
RESIDENCE = register(
    "actors.ethnic_residence.v1", stage="actor",
    summary="An ethnic group is coded to the country it lives in, not its kin state ('ethnic "
            "Hungarians in Serbia', 'the Hungarians of northern Serbia').",
    example="Ethnic Hungarians in northern Serbia demanded autonomy from the government.")
MODIFIER = register(
    "actors.modifier.v1", stage="actor",
    summary="A noun modified by a country or body that stands for its state ('Turkish jets').",
    example="Turkish jets bombed Syria on Monday.")
ROLE_MODIFIER = register(
    "actors.role_modifier.v1", stage="actor",
    summary="A role noun with its country or body ('the Russian foreign minister').",
    example="The Russian foreign minister criticised Japan on Monday.")
ROLE_LINKED = register(
    "actors.role_linked.v4", stage="actor",
    summary="A role without a country: its last holder in the article ('the minister'); a "
            "counted plural ('150 troops') is a new group, a bare plural ('rebels') is "
            "never one person introduced with 'a' ('a Chadian rebel'), nor a group of another "
            "kind ('religious leaders' are not 'the leaders' named before); 'the president' "
            "is the last person titled so ('President X'), before any other leader.",
    example="Brazil's foreign minister arrived in Rome on Monday. "
            "The minister praised Italy.")
ARMED_GROUP = register(
    "actors.armed_group_link.v1", stage="actor",
    summary="'The militants', 'jihadists' with no country of their own: the armed group named "
            "last in the article, whatever noun named it (words.json armed_group_anaphors).",
    example="Al-Shabaab fighters seized a town in Kenya on Monday. Kenyan troops later "
            "attacked the militants.")
NGO_LINK = register(
    "actors.ngo_link.v1", stage="actor",
    summary="'The rights group', 'the charity' with no country of their own: the "
            "non-governmental body named last in the article, not another kind of group.",
    example="Oxfam said on Monday that aid to Chad had fallen. The charity urged donors "
            "to help Chad.")
AFFILIATION = register(
    "actors.outlet_affiliation.v1", stage="actor",
    summary="A journalist of no stated country is of the country of the outlet they work for "
            "('a reporter for Canada's Globe and Mail', 'a correspondent with Kenya's "
            "Daily Nation').",
    example="Kenya criticised Uganda on Monday. Uganda expelled a correspondent for "
            "Tanzania's Guardian newspaper.")
ROLE_PLACE = register(
    "actors.role_place.v6", stage="actor",
    summary="A role located in a country ('rebels in northern Mali'), also through the place "
            "of the act's object ('fired on marchers in Quito'), of the clause that describes "
            "that object ('fired on marchers waving flags in Quito'), of the act a participle "
            "clause continues ('shelled a market in Aden, killing 30 people'), a place noun "
            "with its name or nationality ('in the Peruvian city of Tacna', 'in a Tacna "
            "suburb') or 'the city' for the town named last (a name after a place noun is a "
            "town whatever NER made of it: 'the Belgian city of Ghent').",
    example="Tuareg rebels in Mali ambushed French soldiers on Monday.")
ROLE_FOCAL = register(
    "actors.role_focal.v2", stage="actor",
    summary="A domestic role with no country: the article's focal country ('police'), the "
            "country its names, places and towns name most.",
    example="Chile's government protested on Monday. Police arrested Peruvian fishermen.")
BACKER = register(
    "actors.backer_modifier.v1", stage="actor",
    summary="'US-backed', 'pro-Russian', 'Iran-allied': a name that qualifies an actor is not "
            "its country (words.json backer_participles, stance_prefixes).",
    example="US-backed Kurdish fighters attacked Syrian troops near Raqqa on Monday.")
LED_BY = register(
    "actors.led_by.v2", stage="actor",
    summary="A group led, run or backed by a named actor ('a coalition led by X'); not a "
            "body's text ('the resolution backed by X' is the body's).",
    example="A coalition led by Saudi Arabia bombed Yemen on Monday.")
APPOSITIVE_PERSON = register(
    "actors.appositive_person.v1", stage="actor",
    summary="A name the gazetteer knows as a town but described by a role in apposition is a "
            "person of that role's country or body ('Kenzo Oshima, the UN relief coordinator').",
    example="Oshima, the United Nations relief coordinator, criticised Sudan on Monday.")
GAZETTEER = register(
    "actors.gazetteer.v1", stage="actor",
    summary="A town in no table: its people, by the GeoNames country of the town.",
    example="Pakistan sent food aid to Kandahar on Monday.")
UNKNOWN_ORG = register(
    "actors.unknown_org.v1", stage="actor",
    summary="An organisation in no table, of the country or body that names it.",
    example="The Kenyan Wildlife Council criticised Tanzania on Monday.")
UNKNOWN_ORG_FOCAL = register(
    "actors.unknown_org_focal.v1", stage="actor",
    summary="An organisation in no table and no country named: of the article's focal country.",
    example="Peru protested to Chile on Monday. The Andean Heritage Foundation also "
            "criticised Chile.")
PROTESTS = register(
    "actors.protests.v1", stage="actor",
    summary="'The protests in X' stand for the people of X.",
    example="Iran condemned the protests in Baghdad on Monday.")
STATE_PROCESS = register(
    "actors.state_process.v1", stage="actor",
    summary="'The election', 'the results' stand for the state that holds them.",
    example="Canada criticised the election in Belarus on Monday.")
BODY_DOCUMENT = register(
    "actors.body_document.v2", stage="actor",
    summary="'The resolution' stands for the body it was put to, for the rest of the article.",
    example="The UN Security Council met on Monday. Russia rejected the resolution.")
THING_OWNER = register(
    "actors.thing_owner.v2", stage="actor",
    summary="A thing someone acted on earlier stands for that actor ('the missiles'); only "
            "an asserted act makes the thing someone's ('might conduct a test' does not).",
    example="Iran tested the missiles on Sunday. Israel condemned the missiles on Monday.")
POSSESSOR = register(
    "actors.possessor.v2", stage="actor",
    summary="A thing stands for its possessor ('Pyongyang's attempts', 'the Saudi embassy'); "
            "not an adjective that is no role ('official contacts').",
    example="Canada condemned Pyongyang's attempts on Monday.")
THING_PHRASE = register(
    "actors.thing_phrase.v2", stage="actor",
    summary="A thing stands for the actor in its own phrase ('the ruling by the court'); a "
            "relation or joint act for the party after 'with' ('relations with Peru', words.json "
            "partner_nouns).",
    example="Japan condemned the killing of North Korean civilians on Monday.")
THING_CLAUSE = register(
    "actors.thing_clause.v1", stage="actor",
    summary="A thing described by a clause with its own subject stands for that subject "
            "('the plan that Bolivia proposed', 'the deal Peru is trying to revive').",
    example="Chile rejected the plan that Bolivia proposed on Monday.")
IMPLICIT_STATE = register(
    "actors.implicit_state.v1", stage="actor",
    summary="The unstated state behind coercion or the target of a protest.",
    example="Protesters in Minsk rallied on Monday.")
PLACE_ATTACKED = register(
    "actors.place_attacked.v2", stage="actor",
    summary="A town or country attacked stands for its people ('shelled Aleppo'); a town NER "
            "took for a nationality after 'in' is a town ('a convoy in Aleppo').",
    example="Russian jets bombed the city of Homs on Monday.")

RELATION_NAME = register(
    "actors.relation_name.v2", stage="actor",
    summary="A relation or kind noun with a name in apposition is the named actor ('its "
            "neighbour Peru', 'US ally Japan', 'the militant group Shining Path'), not the "
            "relation's owner or the kind.",
    example="Chile criticised its neighbour Peru on Monday.")
NATIONAL_PARTY = register(
    "actors.national_party.v1", stage="actor",
    summary="A body named by words other countries' bodies share ('Social Democrats', "
            "'Democrats') takes the country its phrase names ('Sweden's Social Democrats').",
    example="Canada's Conservatives criticised China on Monday.")
PROTEST_CROWD = register(
    "actors.protest_crowd.v1", stage="actor",
    summary="A protest, strike or riot reported with no one named as its actor is done by the "
            "people of the country where it happens (else the article's country).",
    example="Mass protests spread across Bolivia on Monday.")

NAME_ENTS = frozenset({"PERSON"})  # spaCy entity labels (the model's, not English words)
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Mention:
    actor: Actor
    token: int
    lemma: str
    person: bool
    subject: bool


def _town_as_person(ent: Span, gazetteer: Gazetteer | None) -> bool:
    """A one-word "person" the gazetteer knows as a town, visited or named as a place (the
    object of a verb or preposition: "was visiting Rotterdam", "arrived in Lyon"): the
    town NER took for a person."""
    return ent.label_ == "PERSON" and len(ent) == 1 and ent.root.dep_ in ("dobj", "pobj") \
        and gazetteer is not None and gazetteer.city(ent.text) is not None


def _namesake(doc: Doc, start: int, end: int, entry: Entry,
              gazetteer: Gazetteer | None = None) -> bool:
    """A table person matched by part of a longer name whose other names are not theirs
    ("Ebrima Sall" is not "Macky Sall"): someone else of the same surname. A bare surname
    the parser reads as a place ("police in Lagos") is the place, not the person."""
    ent = ent_span(doc[start])
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC") and \
            len(entry.name.split()) > end - start and \
            gazetteer is not None and gazetteer.city(ent.text) is not None:
        return True
    if ent is None or ent.label_ != "PERSON":
        return False
    own = {w.lower().strip(".") for w in entry.name.replace("-", " ").split()}
    others = [t for t in ent if not start <= t.i < end and t.is_alpha and t.text[0].isupper()]
    return bool(others) and all(t.lower_ not in own for t in others)


class ArticleActors(Linking):
    """Per-article actor resolution state (mentions, introduced people, focal country)."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, when: date | None,
                 gazetteer: Gazetteer | None = None, dateline_place: str | None = None,
                 event_nouns: frozenset[str] = frozenset()) -> None:
        self.kb = kb
        self.event_nouns = event_nouns  # "the release of X" is an act, never an actor
        self.doc = doc
        self.when = when
        self.gazetteer = gazetteer
        self.cues = words()
        self._backers: dict[int, str] = {}  # char offset -> a name left out as a backer
        self.match_at: dict[int, tuple[int, int, Entry]] = {}
        counts: Counter[str] = Counter()
        named: set[str] = set()  # entries named so far: an ambiguous short name is one of them
        for s, e, phrase in kb.find(doc):
            entry = kb.best(phrase, when)
            if entry is None or (entry.kind == "person" and
                                 _namesake(doc, s, e, entry, gazetteer)):
                continue
            if entry.name not in named:  # "the Rapid Support Forces ... the RSF": not the NGO
                entry = next((c for c in kb.lookup(phrase) if c.name in named), entry)
            named.add(entry.name)
            for i in range(s, e):
                self.match_at[i] = (s, e, entry)
            if entry.country and entry.kind != "org" and not self._backer(s, e):
                counts[entry.country] += 1
        self.towns: list[tuple[int, str]] = []  # (token, country) of each town named
        for ent in doc.ents:
            hit = self.match_at.get(ent.start)
            city = gazetteer.city(ent.text) if gazetteer is not None and \
                ent.label_ in PLACE_ENTS and (
                hit is None or hit[2].kind not in ("country", "region")) else None
            if city is None and hit is None and _town_as_person(ent, gazetteer):
                city = gazetteer.city(ent.text) if gazetteer is not None else None
            if city is not None:
                self.towns.append((ent.start, city.country))
                if ent.label_ == "GPE" and hit is None:  # towns count for the story's
                    counts[city.country] += 1  # country ("in Cork", "Lyon")
        self._named_towns(doc)
        self.home: str | None = None  # the country of the dateline place
        if dateline_place:
            place_entry = kb.best(dateline_place.split("/")[0].title(), when)
            if place_entry and place_entry.country:
                counts[place_entry.country] += 1
                self.home = place_entry.country
        self.focal = counts.most_common(1)[0][0] if counts else None
        # with PETRARCH dictionaries loaded, phrases of coded events are read as PETRARCH does
        self.petrarch = PetrarchPhrases(kb, doc, when) if kb.dictionary is not None else None
        self.mentions: list[Mention] = []
        self.people: dict[str, Actor] = {}
        self.owners: dict[str, Actor] = {}
        self.last_pair: tuple[Actor, ...] = ()
        self._cache: dict[int, Actor | None] = {}

    # ---- public ---------------------------------------------------------------------------
    def prepare(self, sent: Span) -> None:
        """Resolve the named and role mentions of a sentence in order (for later linking)."""
        pronouns = self.cues["person_pronouns"] | self.cues["group_pronouns"]
        for tok in sent:
            if tok.i not in self._cache and tok.dep_ in ("nsubj", "nsubjpass") and \
                    tok.lower_ in pronouns:
                self.actor(tok)  # "He lost the vote. Then he ...": keep the chain of subjects
            if tok.i in self._cache or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            if tok.dep_ in ("compound", "amod", "flat") and tok.head.i != tok.i and \
                    tok.head.pos_ in ("PROPN", "NOUN"):
                continue  # part of a larger phrase
            if tok.i in self.match_at or tok.ent_type_ in NAME_ENTS or \
                    tok.ent_type_ == "ORG" or self._role(tok):
                self.actor(tok)

    def actor(self, head: Token) -> Actor | None:
        """The actor a phrase headed by ``head`` refers to, or None."""
        if head.i in self._cache:
            return self._cache[head.i]
        actor = self._resolve(head)
        self._cache[head.i] = actor
        if actor is not None and head.lower_ not in self.cues["relative_pronouns"]:
            self.mentions.append(Mention(
                actor, head.i, head.lemma_.lower(),
                person=self._is_person(head, actor),
                subject=head.dep_ in ("nsubj", "nsubjpass")))
        return actor

    def behind(self, head: Token) -> Actor | None:
        """The actor behind a thing ("Pyongyang's attempts", "the resolution", "its embassy")."""
        if head.pos_ == "NOUN" and not self._role(head):  # "its London embassy": whose, not where
            owner = self._owner(head, modifiers=False)
            if owner is not None:
                return owner
        actor = self.actor(head) or self._owner(head, modifiers=True)
        if actor is not None:
            return actor
        lemma = head.lemma_.lower()
        if lemma in self.owners and definite(head):
            owner = self.owners[lemma]
            return replace(owner, text=span_text(head), resolved_by=THING_OWNER, via=owner.text)
        if lemma in self.cues["protest_nouns"]:  # "protests in Chinese cities": the people
            where = [t for t in head.subtree if t.i > head.i]
            if head.dep_ == "dobj":  # "called the protests in Cairo ...", PP on the verb
                where += [g for p in head.head.children if p.dep_ == "prep" and
                          p.lower_ == "in" for g in p.subtree]
            place = next((c for c in (self._place_country(t) for t in where
                                      if t.dep_ == "pobj") if c), None)
            if place is not None:
                return self._make(span_text(head), None, place, None, "CVL", PROTESTS,
                                  *np_bounds(head))
        if lemma in self.cues["state_process_nouns"] and definite(head):
            state = self.state_actor(self._located_in(head))  # "the election in Myanmar"
            if state is not None:
                return replace(state, text=span_text(head), resolved_by=STATE_PROCESS)
        if lemma in self.cues["body_documents"] and definite(head):
            body = next((m.actor for m in self.recent()
                         if m.token < head.i and m.actor.org and not m.actor.country), None)
            if body is not None:  # "the resolution": the body it was put to, and stays so
                self.owners.setdefault(lemma, body)  # when other bodies are named later
                return replace(body, text=span_text(head), resolved_by=BODY_DOCUMENT,
                               via=body.text)
        return self._behind_preps(head, 2) or self._clause_subject(head)

    def _clause_subject(self, head: Token) -> Actor | None:
        """"the plan that Bolivia proposed": the subject of the clause that describes the
        thing (not a relative pronoun: "the plan which angered Peru" is no one's)."""
        if head.pos_ != "NOUN" or self._role(head):
            return None
        for clause in head.children:
            if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB":
                continue
            for subj in clause.children:
                if subj.dep_ != "nsubj" or subj.lower_ in self.cues["relative_pronouns"]:
                    continue
                got = self.actor(subj) or (self._behind_preps(subj, 1)
                                           if subj.pos_ == "NOUN" else None)
                if got is not None and got.key:
                    return replace(got, text=span_text(head), resolved_by=THING_CLAUSE,
                                   via=got.text)
        return None

    def _owner(self, head: Token, modifiers: bool) -> Actor | None:
        """The possessor of a thing ("Pyongyang's attempts", "its embassy"); with
        ``modifiers`` also a named or role modifier ("the Saudi embassy")."""
        for child in head.children:
            if child.dep_ == "poss" or (modifiers and child.dep_ in ("compound", "amod", "nmod")
                                        and (child.i in self.match_at or (
                                            self._role(child) and not (
                                                child.pos_ == "ADJ" and child.lower_ in
                                                self.cues["adjective_senses"])))):
                # ("police vehicles", "military aircraft", not "official contacts")
                got = self.actor(child) if child.pos_ != "PRON" else self._pronoun(child)
                if got is not None:
                    return replace(got, text=span_text(head), resolved_by=POSSESSOR,
                                   via=got.text)
        return None

    def _behind_preps(self, head: Token, depth: int) -> Actor | None:
        """"the referral of North Korea", "the ruling by the court", "violations in the North",
        "crimes committed by both forces": the actor in the thing's own phrases."""
        for child in head.children:
            preps = [child] if child.dep_ == "prep" else [
                g for g in child.children if g.dep_ in ("agent", "prep")] if child.dep_ == "acl" \
                else []
            for prep in preps:
                if prep.lower_ not in ("of", "by", "in", "into", "against", "on") and not (
                        prep.lower_ == "with" and
                        head.lemma_.lower() in self.cues["partner_nouns"]):
                    continue  # "relations with X", "talks with X": X is the other party
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    got = self.actor(pobj)
                    if got is not None and prep.lower_ == "in" and not (
                            pobj.i in self.match_at and
                            self.match_at[pobj.i][2].kind == "country") and \
                            not definite(pobj):
                        got = None  # "a meeting in Brussels", "protests in Wuhan": places
                    if got is None and depth > 1 and pobj.pos_ == "NOUN":
                        got = self._behind_preps(pobj, depth - 1)
                    if got is not None:
                        return replace(got, resolved_by=THING_PHRASE, via=got.text)
        return None

    def state_actor(self, country: str | None = None) -> Actor | None:
        """A country's government (default: the focal country), the unstated party of state
        coercion or of a protest."""
        country = country or self.focal
        if country is None:
            return None
        return Actor(text="", name=self.kb.country_name(country), country=country,
                     sector="GOV", code=f"{country}GOV", resolved_by=IMPLICIT_STATE,
                     via="the article's country" if country == self.focal else None)

    def people_actor(self, tok: Token, country: str | None = None) -> Actor | None:
        """The people of a country (default: the focal country) as the unnamed actor of a
        protest noun ("protests spread")."""
        country = country or self.focal
        if country is None:
            return None
        lo, hi = np_bounds(tok)
        return self._make(span_text(tok), None, country, None, "CVL", PROTEST_CROWD, lo, hi)

    def place_country(self, tok: Token) -> str | None:
        """The country a place phrase names ("Cairo", "the Dutch city of X")."""
        return self._place_country(tok, modifiers=False)

    def _place_country(self, tok: Token, modifiers: bool = True) -> str | None:
        """The country a place word names ("Cairo", "Shenzhen"; with ``modifiers`` also
        "Chinese cities"); towns NER missed are looked up too."""
        hit = self.match_at.get(tok.i)
        if hit is None and modifiers:
            hit = next((self.match_at[c.i] for c in tok.children
                        if c.dep_ in ("amod", "compound") and c.i in self.match_at), None)
        kinds = ("country", "capital", "demonym") if modifiers else ("country", "capital")
        if hit and hit[2].kind in kinds and hit[2].country:
            return hit[2].country
        if tok.lemma_.lower() in self.cues["place_kind_nouns"]:  # "the Peruvian city of Tacna"
            named = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), None)
            country = self._place_country(named, modifiers=False) if named is not None \
                else None
            adjective = next((self.match_at[c.i] for c in tok.children
                              if c.dep_ in ("amod", "compound") and c.i in self.match_at and
                              self.match_at[c.i][2].kind in ("country", "demonym")), None)
            if country is None and adjective is not None:
                country = adjective[2].country
            if country is None:  # "a Lima suburb": the town named before the place noun
                country = next((c for g in tok.children if g.dep_ == "compound" and
                                g.pos_ == "PROPN" for c in [self._town_country(g)] if c), None)
            if country is not None:
                return country
        if tok.lower_ in self.cues["town_anaphors"] and definite(tok):
            return self._last_town(tok)  # "clashes in the city": the city last named
        mistagged = tok.pos_ == "PROPN" and (tok.ent_type_ in ("", "ORG") or (
            tok.ent_type_ == "NORP" and tok.dep_ == "pobj" and  # "a convoy in Aleppo"
            tok.head.lower_ in self.cues["spatial_preps"]))  # NER misses towns
        if hit and hit[2].kind == "region":
            return None  # "Asia", "the Sahel": no country, whatever town shares the name
        if (tok.ent_type_ in PLACE_ENTS or mistagged) and self.gazetteer is not None:
            city = self.gazetteer.city(ent_of(tok).text)
            return city.country if city is not None else None
        return None

    def _town_country(self, tok: Token) -> str | None:
        """The country of a place name, also when NER took the town for a nationality."""
        country = self._place_country(tok, modifiers=False)
        if country is None and tok.ent_type_ == "NORP" and self.gazetteer is not None:
            city = self.gazetteer.city(tok.text)
            country = city.country if city is not None else None
        return country

    def _named_towns(self, doc: Doc) -> None:
        """Towns named after a place noun ("the Dutch city of Rotterdam") whatever NER tagged
        them: of the country the noun's nationality adjective names, else the gazetteer's."""
        known = {start for start, _ in self.towns}
        for tok in doc:
            if tok.lemma_.lower() not in self.cues["town_anaphors"]:
                continue
            name = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if name is None or name.i in known or (name.i in self.match_at and
                                                   self.match_at[name.i][2].kind != "capital"):
                continue
            adjective = next((self.match_at[c.i][2].country for c in tok.children
                              if c.dep_ in ("amod", "compound") and c.i in self.match_at and
                              self.match_at[c.i][2].kind in ("country", "demonym")), None)
            city = self.gazetteer.city(ent_of(name).text) if self.gazetteer is not None \
                and adjective is None else None
            country = adjective or (city.country if city is not None else None)
            if country:
                self.towns.append((name.i, country))
        self.towns.sort()

    def _last_town(self, tok: Token, window: int = 400) -> str | None:
        """The country of the town or city named last before ``tok`` (within about a dozen
        sentences): what "the city" points back to."""
        return next((country for start, country in reversed(self.towns)
                     if tok.i - window < start < tok.i), None)

    def last_protesters(self, before: Token, window: int = 120) -> Actor | None:
        """The protesters last mentioned shortly before ``before`` (riot control's target)."""
        roles = self.cues["protest_roles"]
        return next((m.actor for m in self.recent()
                     if before.i - window <= m.token < before.i and m.lemma in roles), None)

    def place_actor(self, h: Token) -> Actor | None:
        """A town or country attacked ("shelled Aleppo"): the people of its country."""
        lo, hi = np_bounds(h)
        target = h
        if h.pos_ == "NOUN":  # "the rebel-held city of Homs", "targets in Jericho"
            target = next((g for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                           for g in p.children if g.dep_ == "pobj"), h)
        country = self._place_country(target, modifiers=False)
        if country is None:
            return None
        return self._make(span_text(h), ent_of(target).text if target.ent_type_ else None,
                          country, None, "CVL", PLACE_ATTACKED, lo, hi)

    def built_in_name(self, h: Token) -> bool:
        """Whether ``h`` is a name of the built-in tables (not of a user's dictionary): a
        country, a capital, a body."""
        return h.i in self.match_at and self.match_at[h.i][2].kind not in ("dict", "region")

    def is_role(self, tok: Token) -> bool:
        return self._role(tok) is not None

    def note_owner(self, thing: Token, actor: Actor) -> None:
        """Remember who acted on a thing ("the committee passed a resolution")."""
        if thing.pos_ == "NOUN":
            self.owners.setdefault(thing.lemma_.lower(), actor)

    # ---- resolution -------------------------------------------------------------------------
    def _resolve(self, h: Token) -> Actor | None:
        low = h.lower_
        if h.pos_ == "NOUN" and (h.lemma_.lower() in self.cues["relation_nouns"] or
                                 h.lemma_.lower() in self.cues["kind_nouns"]):
            named = next((c for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                         None)  # "its neighbour Peru", "US allies Japan and South Korea"
            actor = self.actor(named) if named is not None else None
            if actor is not None and actor.key:
                return replace(actor, resolved_by=RELATION_NAME, via=named.text if named
                               is not None else None)
        if h.pos_ == "PRON" or low in self.cues["person_pronouns"] | self.cues["group_pronouns"]:
            return self._pronoun(h)
        if h.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM", "X"):
            return None
        mods = [c.lower_ for c in h.lefts if c.dep_ in ("amod", "compound")]
        if " ".join([*mods[-1:], h.lower_]) in self.cues["platform_phrases"]:
            return None  # "social media": where people speak, not who
        if h.pos_ == "PROPN" and low in self.cues["not_actors"] and h.i not in self.match_at:
            return None  # "on Twitter"; but "the Islamic State", "the World Food Programme"
        lo, hi = np_bounds(h)
        text = self.doc[lo:hi + 1].text
        head_match = self.match_at.get(h.i)
        if head_match and head_match[2].kind == "region":
            return None
        if head_match and head_match[2].kind != "demonym":
            entry = head_match[2]
            actor = self._from_entry(entry, text, lo, hi)
            if entry.kind == "org" and entry.country:
                actor = self._national_party(actor, lo, head_match[:2], h) or actor
            if entry.kind == "person":
                self._register(self.doc[head_match[0]:head_match[1]].text, actor)
            return actor
        if h.pos_ == "PROPN" and h.ent_type_ not in NAME_ENTS | PLACE_ENTS and \
                h.text in self.people:  # "Choe" after "Choe Ryong-hae", untagged by NER
            earlier = self.people[h.text]
            return replace(earlier, text=text, start=self.doc[lo].idx,
                           end=self.doc[hi].idx + len(self.doc[hi]), resolved_by=KNOWN_PERSON,
                           via=earlier.text)
        if h.ent_type_ in NAME_ENTS and h.pos_ == "PROPN":  # not a heading word tagged PERSON
            ent = ent_of(h)
            known = self._known_person(ent.text)
            if known is not None:
                return replace(known, text=text, start=self.doc[lo].idx,
                               end=self.doc[hi].idx + len(self.doc[hi]),
                               resolved_by=known.resolved_by if known.table else KNOWN_PERSON,
                               via=known.via if known.table else known.text)
            if _town_as_person(ent, self.gazetteer):
                return None  # "was visiting Rotterdam": a town NER took for a person
            country, org = self._modifiers(lo, hi, h)
            how = NAME_IN_TEXT
            if country is None and org is None:
                country, org = self._appositive(h)
            role = self._role_in(lo, hi) or self._appositive_role(h)
            if country is None and org is None and self.focal:
                country, how = self.focal, NAME_FOCAL
            if country is None and org is None:
                return None
            sector = role.sector if role else (self._org_sector(org) if org and not country
                                               else "GOV" if how == NAME_IN_TEXT else "CVL")
            actor = self._make(text, ent.text, country, org, sector, how, lo, hi)
            self._register(ent.text, actor)
            return actor
        if h.ent_type_ == "ORG" and not self._role(h) and not head_match:  # not "Ugandan"
            if h.dep_ == "pobj" and h.head.lower_ in self.cues["spatial_preps"] and \
                    self.gazetteer is not None and self.gazetteer.city(ent_of(h).text):
                return None  # a town NER took for an organisation ("bombs on Idlib")
            return self._unknown_org(h, text, lo, hi)
        role = self._role(h) or (self._role_in(lo, hi) if h.pos_ == "PROPN" else None)
        if role is None and h.lemma_.lower() in self.cues["quantity_heads"] and \
                h.dep_ == "nsubj" and not any(c.dep_ == "prep" for c in h.children):
            role = self.kb.roles.get("people")  # "thousands marched": people (ROLE_PLACE)
        country, org = self._modifiers(lo, hi, h)
        if head_match and head_match[2].kind == "demonym":  # "Thirteen Russians"
            e = head_match[2]
            home = self._residence(h, lo, hi, country or e.country, of_place=True)
            act_of_state = h.dep_ in ("amod", "compound") and h.pos_ == "ADJ" and \
                h.head.lemma_.lower() in self.event_nouns  # "Israeli strikes": the state's
            return replace(self._make(text, e.name, home or country or e.country, None,
                                      role.sector if role else
                                      "GOV" if act_of_state else "CVL",
                                      RESIDENCE if home else DEMONYM, lo, hi),
                           table=e.table, kind="demonym", via=f"{e.table} (demonym)")
        named_modifier = any(i in self.match_at for i in range(lo, hi + 1) if i != h.i)
        if role is None and h.lemma_.lower() in self.cues["quantity_heads"]:
            counted = self._counted(h)  # "thousands of Romanians": Romanians, not Romania's
            if counted is not None:    # government
                return counted
        if role is None and (country or org) and named_modifier and h.pos_ == "NOUN" and \
                (h.lemma_.lower() not in self.cues["not_actors"] or
                 h.lemma_.lower() in self.cues["named_side_nouns"]) and \
                h.lemma_.lower() not in self.event_nouns:
            # "Turkish jets", "the Saudi embassy": the country's (government) actor
            return self._make(text, self._default_name(country, org), country, org,
                              self._org_sector(org) if org else "GOV", MODIFIER, lo, hi)
        if role is not None and role.sector == "MED" and not (country or org):
            outlet = self._outlet(h)  # "a reporter for Kenya's Daily Nation"
            if outlet is not None:
                return self._make(text, None, outlet, None, role.sector, AFFILIATION, lo, hi)
        if role is not None:
            home = self._residence(h, lo, hi, country, of_place=False) if country else None
            if home is not None:  # "ethnic Albanian guerrillas in Macedonia"
                return self._make(text, None, home, None, role.sector, RESIDENCE, lo, hi)
            if country or org:
                sector = role.sector if not (org and not country) else self._org_sector(org)
                name = self._name_for_role(country, org, role, h.tag_ in ("NNS", "NNPS"))
                actor = self._make(text, name, country, org, sector, ROLE_MODIFIER, lo, hi)
                for child in h.children:  # "Chile's special envoy, Ana Rojas"
                    if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                        self._register(ent_of(child).text, replace(
                            actor, name=ent_of(child).text, text=ent_of(child).text))
                return actor
            generic = any(self.doc[i].lower_ in self.cues["nonlocal_modifiers"] or
                          self.doc[i].lower_ in self.cues["generic_determiners"] or
                          (i in self.match_at and self.match_at[i][2].kind == "region")
                          for i in range(lo, hi + 1))
            if generic:
                return None  # "any foreign leaders", "world leaders": no one in particular
            verb = self._clause_verb(h)  # "activists in Berlin": where they are says whose;
            placed = None if verb is not None and self._venue(verb) else \
                self._located_in(h)  # not "signed a truce with the army in Jeddah"
            if placed:
                return self._make(text, None, placed, None, role.sector, ROLE_PLACE, lo, hi)
            ngo = self._link_ngo(h, role)
            if ngo is not None:  # "the rights group" after "Amnesty International"
                return replace(ngo, text=text, start=self.doc[lo].idx,
                               end=self.doc[hi].idx + len(self.doc[hi]),
                               resolved_by=NGO_LINK, via=ngo.text)
            armed = self._link_armed_group(h, role)
            if armed is not None:  # "the militants" after "IS fighters": that group
                return replace(armed, text=text, start=self.doc[lo].idx,
                               end=self.doc[hi].idx + len(self.doc[hi]),
                               resolved_by=ARMED_GROUP, via=armed.text)
            if definite(h) or h.tag_ in ("NNS", "NNPS") or role.kind == "group":
                linked = self._link_role(h, role)
                if linked is not None:
                    return replace(linked, text=text, start=self.doc[lo].idx,
                                   end=self.doc[hi].idx + len(self.doc[hi]),
                                   resolved_by=ROLE_LINKED, via=linked.text)
            located = self._located_in(h) or self._scene(h)  # "rebels in northern Mali",
            # "In Canberra, hundreds of protesters rallied": local actors belong to the scene
            if located:
                return self._make(text, None, located, None, role.sector, ROLE_PLACE, lo, hi)
            if self.focal and role.sector in self.cues["domestic_sectors"]:
                return self._make(text, None, self.focal, None, role.sector,
                                  ROLE_FOCAL, lo, hi)
            return None
        counted = self._counted(h)  # "thousands of protesters"
        if counted is not None:
            return counted
        led = None if h.lemma_.lower() in self.cues["body_documents"] else \
            self._led_by(h)  # "a coalition led by the Brotherhood", "the council, run by X";
        # not "the resolution backed by X": a body's text is the body's (actors.body_document)
        if led is not None:
            return replace(led, text=text, resolved_by=LED_BY, via=led.text,
                           start=self.doc[lo].idx, end=self.doc[hi].idx + len(self.doc[hi]))
        if definite(h):
            return self._definite_anaphor(h, text, lo, hi)
        if h.ent_type_ in PLACE_ENTS and self.gazetteer is not None:
            role = self._appositive_role(h) if any(c.dep_ == "appos" for c in h.children) \
                else None
            if role is not None:  # "Oshima, the UN relief coordinator": a person, not a town
                country, org = self._appositive(h)
                if country or org:
                    actor = self._make(text, ent_of(h).text, country, org,
                                       role.sector if country else self._org_sector(org),
                                       APPOSITIVE_PERSON, lo, hi)
                    self._register(ent_of(h).text, actor)
                    return actor
            city = self.gazetteer.city(ent_of(h).text)
            if city is not None:
                return self._make(text, city.name, city.country, None, "CVL", GAZETTEER,
                                  lo, hi, kind="gazetteer")
        return None

    def _outlet(self, h: Token) -> str | None:
        """The country of the outlet a journalist works for ("for X", "with X", "at X")."""
        after = [self.doc[h.i + 1]] if h.i + 1 < len(self.doc) else []  # the parser often
        for prep in [*h.children, *after]:  # hangs "for X" on the verb
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "with", "at"):
                continue
            for pobj in prep.children:
                got = self.actor(pobj) if pobj.dep_ == "pobj" else None
                if got is not None and got.country and not got.org and \
                        got.resolved_by not in (ROLE_FOCAL, NAME_FOCAL, UNKNOWN_ORG_FOCAL):
                    return got.country
                if got is not None and got.country and got.sector == "MED":
                    return got.country
        return None

    def _link_ngo(self, h: Token, role: Role) -> Actor | None:
        """The non-governmental body named last before a definite NGO role noun ("the rights
        group", "the charity")."""
        if role.sector != "NGO" or role.kind != "group" or not definite(h):
            return None
        return self._last_of_sector(h, "NGO")

    def _link_armed_group(self, h: Token, role: Role) -> Actor | None:
        """The armed group named last before ``h`` ("IS fighters ... the militants"), for a
        bare REB noun of ``armed_group_anaphors`` (not "a militant", "rebels")."""
        if role.sector != "REB" or h.lemma_.lower() not in self.cues["armed_group_anaphors"] or \
                not (definite(h) or h.tag_ in ("NNS", "NNPS")):
            return None
        return self._last_of_sector(h, "REB")

    def _last_of_sector(self, h: Token, sector: str) -> Actor | None:
        """The actor of ``sector`` mentioned last before ``h``."""
        return next((m.actor for m in self.recent()
                     if m.token < h.i and m.actor.sector == sector and m.actor.key), None)

    def _unknown_org(self, h: Token, text: str, lo: int, hi: int) -> Actor | None:
        """An organisation in no table: a domestic body of the country that names it, or of
        the article's focal country ("the Constitutional Council")."""
        country, org = self._modifiers(lo, hi, h)
        if org:
            return self._make(text, ent_of(h).text, country, org, "IGO", UNKNOWN_ORG, lo, hi)
        how = UNKNOWN_ORG
        if country is None:
            country, how = self.focal, UNKNOWN_ORG_FOCAL
        if country is None:
            return None
        role = self._role_in(lo, hi)
        sector = role.sector if role else self.kb.org_word_sector(h.lemma_.lower())
        return self._make(text, ent_of(h).text, country, None, sector, how, lo, hi)

    def _scene(self, h: Token) -> str | None:
        """The country of the place where the clause that ``h`` belongs to happens."""
        role = self._role(h)
        if role is None or role.sector not in ("CVL", "COP", "REB", "OPP", "MIL"):
            return None
        verb = self._clause_verb(h)
        if verb is None:
            return None
        if self._venue(verb):  # "the warring parties signed a truce in Jeddah": where sides
            return None  # meet is no side's
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            place = verb.head  # "the conflict in Yemen, where rebels ...": Yemen
            return self._place_country(place, modifiers=False) or self._located_in(place) or \
                self._located_in(verb)
        found = self._located_in(verb) or self._object_place(verb) or next(
            (c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
             for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in self.event_nouns
             for c in [self._located_in(g)] if c), None)  # "killed in a raid in Mosul"
        if found is None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and \
                verb.head.pos_ == "VERB":  # "struck a hall in Aden, killing 30 people"
            found = self._located_in(verb.head) or self._object_place(verb.head)
        return found

    def _venue(self, verb: Token) -> bool:
        """The clause of ``verb`` is a meeting, talks or a signing (words.json venue_acts)."""
        venue = self.cues["venue_acts"]
        return verb.lemma_.lower() in venue or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in venue
            for c in verb.children)

    def _clause_verb(self, h: Token) -> Token | None:
        """The verb of the clause ``h`` belongs to."""
        verb = h.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def _object_place(self, verb: Token) -> str | None:
        """Where the act's object is ("fired on protesters in the city", "raided offices in
        Lagos"): the place of the verb's object or of a noun in its object's phrase."""
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        nouns = objs + [g for h in [verb, *objs] for p in h.children if p.dep_ == "prep" and
                        (h is not verb or p.lower_ in ("against", "at", "on", "to"))
                        for g in p.children if g.dep_ == "pobj"]
        for noun in nouns:
            country = self._located_in(noun)
            if country is not None:
                return country
        for noun in nouns:  # "fired on marchers waving flags in the city": the place of
            for acl in noun.children:  # the clause that describes the object
                if acl.dep_ in ("acl", "relcl") and acl.pos_ == "VERB":
                    country = self._located_in(acl) or next(
                        (c for o in acl.children if o.dep_ == "dobj"
                         for c in [self._located_in(o)] if c), None)
                    if country is not None:
                        return country
        return None

    def _residence(self, h: Token, lo: int, hi: int, kin: str | None,
                   of_place: bool) -> str | None:
        """The country an ethnic group lives in when it is not its kin state: the place of
        the phrase ("ethnic Albanians in Serbia"; with ``of_place`` also "the Albanians of
        Serbia") or, for a group called ethnic, of its clause ("ethnic Turks rallied in
        Sweden")."""
        ethnic = any(self.doc[i].lower_ in self.cues["ethnic_words"] for i in range(lo, hi + 1))
        if not ethnic and not of_place:
            return None
        for prep in h.children:
            if prep.dep_ == "prep" and (prep.lower_ == "of" and of_place or
                                        ethnic and prep.lower_ in ("in", "inside")):
                for pobj in prep.children:
                    home = self._place_country(pobj, modifiers=False) \
                        if pobj.dep_ == "pobj" else None
                    if home is not None and home != kin:
                        return home
        if not ethnic:
            return None
        verb = h.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        home = self._located_in(verb) or next(  # "killed ... in a gunbattle in X"
            (c for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
             for g in p.children if g.dep_ == "pobj" for c in [self._located_in(g)] if c), None)
        return home if home != kin else None

    def _located_in(self, h: Token) -> str | None:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from", "inside"):
                continue
            for pobj in prep.children:
                country = self._place_country(pobj, modifiers=False) \
                    if pobj.dep_ == "pobj" else None
                if country is not None:
                    return country
        return None

    def _counted(self, h: Token) -> Actor | None:
        if h.lemma_.lower() not in self.cues["quantity_heads"] and h.pos_ != "NUM":
            return None
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return self.actor(pobj)
        return None

    def _led_by(self, h: Token) -> Actor | None:
        for acl in h.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and \
                    acl.lemma_.lower() in self.cues["leading_verbs"]:
                for agent in acl.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj":
                                return self.actor(pobj)
        return None

    def _appositive_role(self, h: Token) -> Role | None:
        for child in h.children:
            if child.dep_ == "appos":
                role = self._role(child)
                if role:
                    return role
        if h.dep_ == "appos":
            return self._role(h.head)
        return None

    def _from_entry(self, e: Entry, text: str, lo: int, hi: int) -> Actor:
        return Actor(text=text, name=e.name, country=e.country,
                     org=e.org if not e.country or e.kind != "org" else e.org,
                     sector=e.sector, code=e.code or actor_code(e.country, e.org, e.sector,
                                                                self.kb),
                     start=self.doc[lo].idx, end=self.doc[hi].idx + len(self.doc[hi]),
                     resolved_by=TABLE, via=f"{e.table} ({e.kind})", table=e.table,
                     kind=e.kind)

    def _national_party(self, actor: Actor, lo: int, name: tuple[int, int], h: Token
                        ) -> Actor | None:
        """"Germany's Social Democrats": a country named before the body's name, as its
        possessor or adjective, is the body's country when the table row says another."""
        for i in range(lo, name[0]):
            tok = self.doc[i]
            named = self.match_at.get(i)
            if named is None or named[2].kind not in ("country", "demonym") or \
                    not (tok.dep_ in ("poss", "amod", "compound") or tok.head.dep_ == "poss"):
                continue
            country = named[2].country
            if country and country != actor.country:
                return replace(actor, name=self.doc[name[0]:name[1]].text, country=country,
                               org=None,
                               code=actor_code(country, None, actor.sector, self.kb),
                               resolved_by=NATIONAL_PARTY, via=actor.via, table=None)
        return None

    def _org_sector(self, org: str | None) -> str:
        """The sector of a body without a country: its table row's (ISIL: REB), else IGO."""
        entry = self.kb.orgs.get(org or "")
        return entry.sector if entry is not None and entry.sector else "IGO"

    def _make(self, text: str, name: str | None, country: str | None, org: str | None,
              sector: str | None, how: str, lo: int, hi: int, kind: str | None = None
              ) -> Actor:
        if country and org:
            org_entry = self.kb.orgs.get(org)
            if org_entry is None or org_entry.country != country:
                org = None
        return Actor(text=text, name=name or self._default_name(country, org), country=country,
                     org=org if not country else (org if org else None), sector=sector,
                     code=actor_code(country, org, sector, self.kb),
                     start=self.doc[lo].idx, end=self.doc[hi].idx + len(self.doc[hi]),
                     resolved_by=how, kind=kind or ("name" if how in (NAME_IN_TEXT, NAME_FOCAL)
                                                    else None))

    def _default_name(self, country: str | None, org: str | None) -> str | None:
        if org and org in self.kb.orgs:
            return self.kb.orgs[org].name
        return self.kb.country_name(country)

    def _modifiers(self, lo: int, hi: int, h: Token) -> tuple[str | None, str | None]:
        """Country and body named inside the phrase, possessor first, then leftmost."""
        found: list[tuple[int, Entry]] = []
        seen: set[int] = set()
        for i in range(lo, hi + 1):
            if i == h.i or i not in self.match_at:
                continue
            s, end, entry = self.match_at[i]
            if s in seen or entry.kind == "region":
                continue
            if self._backer(s, end):
                self._backers[self.doc[s].idx] = self.doc[s:end].text
                continue
            if entry.kind == "capital" and h.lemma_.lower() in self.cues["sited_nouns"]:
                continue  # "its London embassy": where, not whose
            seen.add(s)
            tok = self.doc[i]
            rank = 0 if tok.dep_ == "poss" or tok.head.dep_ == "poss" else 1
            found.append((rank * 1000 + i, entry))
        if not found:  # "his country's", "its embassy", "Kim's envoy"; a named country wins
            for child in h.children:  # ("his Jordanian counterpart")
                if child.dep_ == "poss":
                    got = self._pronoun(child) if child.pos_ == "PRON" else self.actor(child)
                    if got and got.key:
                        return got.country, got.org if not got.country else None
            return None, None
        entry = min(found, key=lambda t: t[0])[1]
        if entry.org and not entry.country:
            return None, entry.org
        return entry.country, entry.org if entry.kind == "org" else None

    def backers_in(self, actor: Actor) -> list[str]:
        """The names left out of ``actor``'s phrase as backers (``_backer``)."""
        if actor.start is None or actor.end is None:
            return []
        return [t for at, t in self._backers.items() if actor.start <= at < actor.end]

    def _backer(self, start: int, end: int) -> bool:
        """A name that only qualifies the actor ("US-backed forces", "pro-Russian rebels",
        "Iran-allied militias"): the backer or the side favoured, not whose the actor is."""
        doc = self.doc
        after = doc[end].lower_ if end < len(doc) else ""
        if after == "-" and end + 1 < len(doc) and \
                doc[end + 1].lower_ in self.cues["backer_participles"]:
            return True
        return start >= 2 and doc[start - 1].text == "-" and \
            doc[start - 2].lower_ in self.cues["stance_prefixes"]

    def _appositive(self, h: Token) -> tuple[str | None, str | None]:
        """"Ricardo Patino, Ecuador's foreign minister" -> Ecuador."""
        for child in h.children:
            if child.dep_ == "appos":  # "..., a cleric in Saudi Arabia", "..., Ecuador's minister"
                for tok in child.subtree:
                    hit = self.match_at.get(tok.i)
                    if hit and hit[2].kind != "person":
                        entry = hit[2]
                        if entry.kind == "org" and not entry.country:
                            return None, entry.org
                        return entry.country, None
        if h.dep_ == "appos":
            head = self._cache.get(h.head.i)
            if head is not None:
                return head.country, head.org
        return None, None

    def _role(self, tok: Token) -> Role | None:
        roles = self.kb.roles
        low, lemma = tok.lower_, tok.lemma_.lower()
        prev = tok.i - 1
        if prev >= 1:  # three-word roles: "anti riot police"
            p2, p = self.doc[prev - 1], self.doc[prev]
            for key in (f"{p2.lower_} {p.lower_} {low}", f"{p2.lower_} {p.lower_} {lemma}"):
                if key in roles:
                    return roles[key]
        if prev >= 0:  # two-word roles: "foreign minister", "security forces"
            p = self.doc[prev]
            for key in (f"{p.lower_} {low}", f"{p.lower_} {lemma}"):
                if key in roles:
                    return roles[key]
        activity = self.cues["activity_roles"].get(lemma, ())
        if activity and any(c.dep_ in ("amod", "compound") and c.lower_ in activity
                            for c in tok.children):
            return None  # "the rescue missions": an operation, not a diplomatic mission
        return roles.get(low) or roles.get(lemma)

    def _role_in(self, lo: int, hi: int) -> Role | None:
        for i in range(hi, lo - 1, -1):
            role = self._role(self.doc[i])
            if role:
                return role
        return None

    def _name_for_role(self, country: str | None, org: str | None, role: Role,
                       plural: bool = False) -> str | None:
        if role.leader and country and not plural:  # "the Russian leader" -> the office
            for m in self.recent():                 # holder of that country named earlier
                if m.person and m.actor.country == country and m.actor.name and \
                        (m.actor.table or "").startswith("officeholders"):
                    return m.actor.name
        return self._default_name(country, org)

    def _known_person(self, name: str) -> Actor | None:
        entry = self.kb.best(name, self.when)
        if entry is not None and entry.kind == "person":
            return self._from_entry(entry, name, 0, 0)
        key = name.strip()
        if key in self.people:
            return self.people[key]
        parts = key.replace("-", " ").split()
        for part in (parts[-1], parts[0]) if parts else ():
            if part in self.people:
                return self.people[part]
        return None

    def _register(self, name: str, actor: Actor) -> None:
        names = [name, *name.split()]
        for n in names:
            if n and n[0].isupper() and len(n) > 1:
                self.people.setdefault(n, actor)

    def _is_person(self, h: Token, actor: Actor) -> bool:
        if h.ent_type_ == "PERSON" or (actor.kind == "person" and actor.table is not None):
            return True
        role = self._role(h)
        return bool(role and role.kind == "person" and h.tag_ in ("NN", "NNP"))
