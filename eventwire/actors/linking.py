"""In-article linking: pronouns, definite descriptions, "the two countries", roles named
earlier ("the official", "the Russian leader"), and "we" in someone's statement.

A mixin of ``ArticleActors``: it reads the mentions the resolver records in article order.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from eventwire.actors.syntax import (
    clause_subject,
    definite,
    prev_sent_start,
    quoted_speaker,
    span_text,
)
from eventwire.knowledge import words
from eventwire.records import Actor
from eventwire.rules import register

if TYPE_CHECKING:
    from eventwire.actors.kb import Role


PRONOUN = register(
    "actors.pronoun.v2", stage="actor",
    summary="A pronoun links to the latest compatible mention (subjects of the last sentences "
            "first); a subject 'he'/'she' is never the person named as its own verb's object "
            "('He thanked Ouattara').",
    example="Spain's prime minister visited Morocco on Monday. He criticised Algeria.")
FIRST_PERSON_RULE = register(
    "actors.first_person.v1", stage="actor",
    summary="'We', 'our' in a statement stand for the speaker's side.",
    example="Ghana's president said on Monday that we will sanction Togo.")
QUOTED_SPEAKER = register(
    "actors.quoted_speaker.v1", stage="actor",
    summary="'I', 'we' inside quotation marks stand for the quotation's speaker: the subject "
            "of the speech verb outside the marks in its sentences, or of the sentence that "
            "introduces it.",
    example='Chile\'s envoy said on Monday that talks had begun. "We criticised Bolivia."')
RELATIVE = register(
    "actors.relative_pronoun.v2", stage="actor",
    summary="A relative pronoun ('which', 'who') stands for the noun its clause describes; "
            "after an apposition ('X, a Chilean lawyer and judge, whom ...') for X.",
    example="Vietnam, which accused China of piracy on Monday, sent ships to the area.")
DEFINITE = register(
    "actors.definite_anaphor.v1", stage="actor",
    summary="A definite description ('the country', 'the bloc', 'the North') links back.",
    example="Norway sent envoys to Sweden on Monday. The country also criticised Denmark.")
GROUP = register(
    "actors.group.v2", stage="actor",
    summary="'The two countries', 'both sides', 'the pair': the two parties of the last "
            "two-sided act, else the last two actors named together.",
    example="Egypt met Sudan on Monday. The two countries signed a water deal.")
COUNTED_LIST = register(
    "actors.counted_list.v1", stage="actor",
    summary="'A group of 12 nations', 'the five countries': a counted group of states is the "
            "list of exactly that many countries the article names in one list.",
    example="Chile, Peru, Bolivia and Ecuador signed a declaration on Monday. The four "
            "nations urged Venezuela to free its prisoners.")
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve "
                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
CONFLICT_SIDES = register(
    "actors.conflict_sides.v1", stage="actor",
    summary="'The warring parties in X': X's government side and its armed opposition.",
    example="The warring parties in Libya clashed on Monday.")
# Antecedents are looked for among this many latest mentions (a long article's whole mention
# list would make linking quadratic; ordinary articles have far fewer mentions than this).
CANDIDATES = 400


class Linking:
    mentions: list[Any]
    cues: dict[str, Any]
    kb: Any
    _cache: dict[int, Actor | None]
    last_pair: tuple[Actor, ...]
    owners: dict[str, Actor]
    focal: str | None
    when: Any
    doc: Any
    match_at: dict[int, tuple[int, int, Any]]

    def actor(self, head: Token) -> Actor | None:  # provided by ArticleActors
        raise NotImplementedError

    def recent(self) -> list[Any]:
        """The latest ``CANDIDATES`` mentions, latest first."""
        return self.mentions[:-CANDIDATES - 1:-1]

    def _located_in(self, h: Token) -> str | None:  # provided by ArticleActors
        raise NotImplementedError

    def group(self, h: Token) -> list[Actor]:
        """"the two countries", "both sides", "the two leaders": the two parties of the last
        asserted two-sided event (a meeting, talks, a clash, a deal)."""
        sides = self.conflict_sides(h)
        if sides:
            return sides
        listed = self.counted_list(h)
        if listed:
            return listed
        dets = {c.lower_ for c in h.children if c.dep_ in ("det", "predet", "nummod")}
        pair = h.lemma_.lower() in ("pair", "duo") and "the" in dets  # "the pair met ..."
        if not ({"the", "two"} <= dets or "both" in dets or pair) or \
                h.lemma_.lower() not in self.cues["group_nouns"]:
            return []
        pair_actors = list(self.last_pair) or self._last_coordinated_pair(h)
        return [replace(a, resolved_by=GROUP, via=a.text) for a in pair_actors]

    def _last_coordinated_pair(self, h: Token, window: int = 150) -> list[Actor]:
        """With no two-sided act yet, the last two actors named together ("a struggle
        between President X and his deputy Y. The pair ...")."""
        for i in range(h.i - 1, max(-1, h.i - window), -1):
            t = self.doc[i]
            if t.dep_ == "conj" or len(t.conjuncts) != 1:
                continue
            a, b = self.actor(t), self.actor(t.conjuncts[0])
            if a is not None and b is not None and a.key and b.key and a.name != b.name:
                return [a, b]
        return []

    def counted_list(self, h: Token) -> list[Actor]:
        """"a group of 14 nations": the one coordination of exactly 14 countries the article
        names (none if no such list, or more than one)."""
        nouns = self.cues["counted_state_nouns"]
        if h.lemma_.lower() not in nouns:  # "a group of 14 nations"
            h = next((g for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns), h)
        if h.lemma_.lower() not in nouns:
            return []
        number = next((c for c in h.children if c.dep_ == "nummod"), None)
        if number is None:
            return []
        word = number.lower_
        n = int(word) if word.isdigit() else (_NUMBER_WORDS.index(word)
                                                if word in _NUMBER_WORDS else 0)
        if n < 3:
            return []  # two: the story's pair (group)
        found = [run for run in self._country_runs() if len(run) == n]
        if len(found) != 1:
            return []
        return [replace(a, resolved_by=COUNTED_LIST, via=span_text(h)) for a in found[0]]

    def _country_runs(self) -> list[list[Actor]]:
        """Runs of country names joined only by commas, 'and' or 'the' ("Chile, Peru, the
        United States and Bolivia"), read from the text: the parser often breaks such lists."""
        glue = {",", "and", "the"}
        runs: list[list[Actor]] = []
        run: list[Actor] = []
        keys: set[str] = set()
        i, last_end = 0, -1
        while i < len(self.doc):
            hit = self.match_at.get(i)
            if hit is None or hit[2].kind != "country" or not hit[2].country:
                i += 1
                continue
            start, end, entry = hit
            gap = [t.lower_ for t in self.doc[last_end:start]] if last_end >= 0 else None
            if gap is None or any(w not in glue for w in gap) or entry.country in keys:
                runs.append(run)
                run, keys = [], set()
            actor = self.actor(self.doc[end - 1])
            if actor is not None and actor.country == entry.country:
                run.append(actor)
                keys.add(entry.country)
            i, last_end = end, end
        runs.append(run)
        return [r for r in runs if len(r) >= 3]

    def conflict_sides(self, h: Token) -> list[Actor]:
        """"the warring parties in Yemen": the government side and the armed opposition."""
        mods = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound")}
        if h.lemma_.lower() not in self.cues["conflict_party_nouns"] or \
                not mods & set(self.cues["conflict_party_modifiers"]):
            return []
        country = self._located_in(h) or (None if self.last_pair else self.focal)
        if country is None:
            return []
        return self.sides_of(country, h)

    def sides_of(self, country: str, h: Token) -> list[Actor]:
        """The two sides of a civil conflict in ``country``: its government side and its
        armed opposition."""
        text = span_text(h)
        name = self.kb.country_name(country)
        return [Actor(text=text, name=f"{name} government side", country=country,
                      sector="GOV", code=f"{country}GOV", resolved_by=CONFLICT_SIDES),
                Actor(text=text, name=f"{name} armed opposition", country=country,
                      sector="REB", code=f"{country}REB", resolved_by=CONFLICT_SIDES)]

    def note_pair(self, a: Actor, b: Actor) -> None:
        if a.key and b.key and a.key != b.key:
            self.last_pair = (a, b)

    def _link_role(self, h: Token, role: Role) -> Actor | None:
        lemma = h.lemma_.lower()
        bare = not definite(h) and h.tag_ in ("NNS", "NNPS")
        if bare and any(c.dep_ == "nummod" for c in h.children):
            return None  # "150 troops": a counted group is new, not one named before
        if role.leader and definite(h) and not bare:  # "the president": the last person
            for m in self.recent():  # titled so ("US President X"), before any other leader
                if m.token < h.i and m.person and (m.lemma == lemma or
                                                   lemma in self._titles(m)):
                    return m.actor
        for m in self.recent():
            if m.token >= h.i:
                continue
            if bare and h.doc[m.token].tag_ in ("NN", "NNP") and \
                    self._indefinite(h.doc[m.token]):
                continue  # "jihadists" are not "a Malian jihadist" named before
            if bare and _kinds(h) - _kinds(h.doc[m.token]):
                continue  # "religious leaders" are not "the leaders" named before
            if m.lemma == lemma or (role.leader and m.person and m.actor.sector == "GOV"):
                return m.actor
        return None

    def _titles(self, m: Any) -> set[str]:
        """The title words of a person mention: the words before the name in its phrase
        ("US President Donald Trump") and the office of its table row."""
        tok = self.doc[m.token]
        found = {t.lower_ for t in tok.subtree if t.i < m.token}
        entry = self.kb.best(m.actor.name, self.when) if m.actor.table and m.actor.name \
            else None
        if entry is not None and entry.role:
            found.update(entry.role.lower().split())
        return found

    def _definite_anaphor(self, h: Token, text: str, lo: int, hi: int) -> Actor | None:
        lemma = h.lemma_.lower()
        prior = [m for m in self.recent() if m.token < h.i]
        own_subject = clause_subject(h)
        own_actor = self._cache.get(own_subject) if own_subject is not None else None
        own_key = own_actor.key if own_actor is not None and \
            h.dep_ in ("dobj", "pobj", "dative") else None
        prior = [m for m in prior if m.token != own_subject and
                 (m.actor.key != own_key or m.person)]
        if not any(c.dep_ == "compound" for c in h.children):
            for m in prior:  # "the council" after "the Constitutional Council"
                if m.lemma == lemma and not m.person:
                    return self._linked(m.actor, text)
        if lemma in ("north", "south", "east", "west"):
            for m in prior:
                name = self.kb.country_name(m.actor.country) or ""
                if name.lower().startswith(lemma):
                    return self._linked(m.actor, text, sector="GOV")
            return None
        if lemma in self.cues["org_anaphors"]:
            for m in prior:
                if m.actor.org and (lemma in (m.actor.name or "").lower() or m.lemma == lemma):
                    return self._linked(m.actor, text)
            if lemma in self.cues["org_anaphors_any"]:
                for m in prior:
                    if m.actor.org and not m.actor.country:
                        return self._linked(m.actor, text)
            return None
        if lemma in self.cues["country_anaphors"]:
            for m in prior:
                if m.actor.country and not m.person and not self._site(h.doc[m.token], m.actor):
                    return self._linked(m.actor, text, sector="GOV")
        return None

    def _site(self, tok: Token, actor: Actor) -> bool:
        """A capital or town named as where something happens ("talks in Havana"): a site,
        never what "the government" points back to."""
        return actor.kind in ("capital", "gazetteer") and tok.dep_ == "pobj" and \
            tok.head.lower_ in self.cues["site_preps"]

    def _pronoun(self, h: Token) -> Actor | None:
        """The actor a pronoun stands for, traced by the linking rule that found it."""
        got = self._antecedent(h)
        if got is None:
            return None
        low = h.lower_
        how = got.resolved_by if got.resolved_by == QUOTED_SPEAKER else \
            FIRST_PERSON_RULE if low in self.cues["speaker_pronouns"] else \
            RELATIVE if low in self.cues["relative_pronouns"] else PRONOUN
        return replace(got, resolved_by=how, via=got.text)

    def _antecedent(self, h: Token) -> Actor | None:
        low = h.lower_
        c = self.cues
        if low in c["speaker_pronouns"]:
            return self._speaker_of(h)
        prior = [m for m in self.recent() if m.token < h.i]
        if low in c["person_pronouns"]:  # "a citizen journalist" introduces no one to refer to
            prior = [m for m in prior if not self._indefinite(h.doc[m.token])]
        if low in ("him", "her", "himself", "herself") and h.dep_ in ("dobj", "pobj", "dative"):
            own = clause_subject(h)
            for m in prior:  # object pronouns: the most recent other person
                if m.person and m.token != own and (own is None or
                                                    self._cache.get(own) != m.actor):
                    return m.actor
        if low in c["person_pronouns"]:
            if h.dep_ in ("nsubj", "nsubjpass"):  # "He thanked Ouattara": not Ouattara, named
                objects = [self.actor(t) for t in h.head.children  # in the pronoun's clause
                           if t.dep_ in ("dobj", "dative") and t.ent_type_ == "PERSON"]
                bound = {a.name for a in objects if a is not None and a.name}
                keys = {a.key for a in objects if a is not None and a.key}
                prior = [m for m in prior if m.actor.name not in bound and not (
                    m.actor.key in keys and m.actor.kind != "person")]  # "Togo's president"
            sent_start = h.sent.start
            window = [m for m in prior if m.person and m.token >= prev_sent_start(h, sent_start)]
            subj = [m for m in window if m.subject]
            pick = (subj or window or [m for m in prior if m.person] or [None])[0]
            return pick.actor if pick else None
        start = prev_sent_start(h, h.sent.start)
        if low in ("it", "them") and h.dep_ in ("dobj", "pobj"):
            for tok in reversed(h.doc[start:h.i]):  # "approve the resolution ... veto it"
                if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and tok.pos_ == "NOUN" \
                        and tok.lemma_.lower() in self.owners:
                    return self.owners[tok.lemma_.lower()]
        own = clause_subject(h)
        if h.dep_ != "poss":  # "X attacked it": not X; but "X said its embassy": X's
            prior = [m for m in prior if m.token != own]
        if low in c["group_pronouns"] or low in c["thing_pronouns"]:
            prior = [m for m in prior if m.actor.sector != "MED"]  # outlets only report
            if low in c["thing_pronouns"]:  # "it" is never "the officials" (number)
                prior = [m for m in prior if not _plural_noun(h.doc[m.token])]
            for m in prior:  # the subject of this or the previous sentence first
                if m.subject and m.token >= start and not m.person and m.actor.key and \
                        m.actor.sector not in ("CVL", "REB"):
                    return m.actor
            for m in prior:
                if not m.person and (m.actor.country or m.actor.org):
                    if low in c["thing_pronouns"] and m.actor.sector in ("CVL", "REB") and \
                            m.actor.kind != "gazetteer":
                        continue
                    return m.actor
        if low in c["relative_pronouns"] and h.head.dep_ == "relcl":
            ante = h.head.head
            while ante.pos_ == "NOUN" and ante.dep_ == "conj" and \
                    ante.head.dep_ in ("appos", "conj"):
                ante = ante.head
            if ante.dep_ == "appos" and ante.pos_ == "NOUN":  # "X, a Chilean lawyer, whom
                # ...": X, not "a lawyer"
                named = self.actor(ante.head)
                if named is not None:
                    return named
            return self.actor(ante)
        return None

    @staticmethod
    def _linked(antecedent: Actor, text: str, sector: str | None = None) -> Actor:
        return replace(antecedent, text=text, sector=sector or antecedent.sector,
                       resolved_by=DEFINITE, via=antecedent.text)

    @staticmethod
    def _indefinite(tok: Token) -> bool:
        return tok.ent_type_ != "PERSON" and any(
            c.dep_ == "det" and c.lower_ in words()["indefinite_determiners"] for c in tok.children)

    def _speaker_of(self, h: Token) -> Actor | None:
        """"we", "our", "I" in a statement stand for its speaker: the subject of the speech
        verb the clause hangs on, else the speaker of the quotation it stands in."""
        tok = h
        for _ in range(10):
            if tok.head.i == tok.i:
                break
            if tok.dep_ in ("ccomp", "parataxis") and \
                    tok.head.lemma_.lower() in self.cues["speech_verbs"]:
                for child in tok.head.children:
                    if child.dep_ == "nsubj" and \
                            child.lower_ not in self.cues["speaker_pronouns"]:
                        return self.actor(child)
                break
            tok = tok.head
        speaker = quoted_speaker(h, self.cues["speech_verbs"], self.cues["speaker_pronouns"])
        if speaker is None:
            return None
        actor = self.actor(speaker)
        return replace(actor, resolved_by=QUOTED_SPEAKER) if actor is not None else None


def _kinds(h: Token) -> set[str]:
    """The lower-case adjectives and nouns that say which kind of group a noun names
    ("religious leaders", "opposition leaders"); nationality and names are not kinds."""
    return {c.lower_ for c in h.children if c.dep_ in ("amod", "compound") and
            c.pos_ in ("ADJ", "NOUN") and c.ent_type_ not in ("NORP", "GPE")}


def _plural_noun(tok: Token) -> bool:
    """A mention that is, or modifies, a plural common noun ("officials", "Russian officials"):
    no antecedent for "it"."""
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN":
        tok = tok.head
    return tok.tag_ == "NNS"
