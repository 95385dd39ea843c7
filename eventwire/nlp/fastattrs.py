"""Memoised attribute ruler + lemmatizer: the same output as the model's own two components,
at a fraction of their cost.

The English pipelines map each token's fine tag to POS and morphology with an
``attribute_ruler`` and then lemmatize by rule. Both run Python per token and took ~20% of
the parse time on wire text (bench/README.md). Their output is a pure function of a few
token attributes, so this component computes it once per distinct input and replays it:

* the ruler's result (POS, MORPH, a LEMMA some patterns set, a DEP fix on spaces) depends
  on TAG, DEP and IS_SPACE, and for the few words its patterns name (``LOWER``) also on the
  neighbouring words those patterns look at (no pattern is longer than two tokens);
* the lemma depends on the text, POS and morphology (the lemmatizer's own cache key).

A new input is computed by the original components themselves (the ruler on a tiny Doc,
the lemmatizer on the token), so the output is identical; tests/nlp/test_fastattrs.py
checks that on text we wrote.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

FAST_ATTRS = "eventwire_fast_attrs"
_IN = (ORTH, LOWER, TAG, DEP, IS_SPACE)
_OUT = [POS, MORPH, LEMMA]


_KNOWN = {"LOWER", "TAG", "DEP", "IS_SPACE"}  # the token attributes a memo key covers
PLAIN, NAMED, PAIRED = 0, 1, 2  # how much of a word's context its memo key needs


class _Words:
    """The words the ruler's patterns name (by LOWER, IN or REGEX); those named in a
    two-token pattern also depend on their neighbours."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.words: dict[str, int] = {}
        self.regexes: list[tuple[re.Pattern[str], int]] = []
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:  # type: ignore[union-attr]
                kind = PAIRED if len(pattern) > 1 else NAMED  # type: ignore[arg-type]
                for spec in pattern:  # type: ignore[union-attr]
                    if not set(spec) <= _KNOWN:  # type: ignore[arg-type]
                        raise ValueError(f"pattern tests {spec!r}: not memoisable")
                    self._add(spec.get("LOWER"), kind)  # type: ignore[union-attr]

    def _add(self, value: Any, kind: int) -> None:
        if isinstance(value, str):
            self.words[value] = max(kind, self.words.get(value, PLAIN))
        elif isinstance(value, dict):
            if set(value) - {"IN", "REGEX"}:
                raise ValueError(f"LOWER test {sorted(value)}: not memoisable")
            for word in value.get("IN", []):
                self._add(word, kind)
            if "REGEX" in value:
                self.regexes.append((re.compile(value["REGEX"]), kind))

    def kind(self, lower: str) -> int:
        found = [k for rx, k in self.regexes if rx.search(lower)]
        return max([self.words.get(lower, PLAIN), *found])


class FastAttrs:
    """Replays ``attribute_ruler`` + ``lemmatizer`` from memo tables (see module doc)."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.words = _Words(ruler)
        self.kinds: dict[int, int] = {}  # lower-case string hash -> PLAIN/NAMED/PAIRED
        self.attrs: dict[tuple[int, ...], tuple[int, int, int, int]] = {}
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array(list(_IN)).tolist()
        out = doc.to_array(_OUT)
        strings = doc.vocab.strings
        for i, (orth, lower, tag, dep, space) in enumerate(rows):
            kind = self.kinds.get(lower)
            if kind is None:
                kind = self.kinds[lower] = self.words.kind(strings[lower])
            if kind == PAIRED:
                prev = rows[i - 1] if i else (0, 0, 0, 0, 0)
                nxt = rows[i + 1][1] if i + 1 < len(rows) else 0
                key: tuple[int, ...] = (tag, dep, space, lower, prev[3], prev[1], nxt)
            elif kind == NAMED:
                key = (tag, dep, space, lower)
            else:
                key = (tag, dep, space)
            found = self.attrs.get(key)
            if found is None:
                found = self.attrs[key] = self._rule(doc, i)
            pos, morph, lemma, new_dep = found
            if new_dep != dep:
                doc[i].dep = new_dep
            if not lemma:
                lkey = (orth, pos, morph)
                lemma = self.lemmas.get(lkey, 0)
                if not lemma:
                    token = doc[i]
                    token.pos = pos
                    token.set_morph(morph)  # type: ignore[attr-defined]
                    lemma = strings.add(self.lemmatizer.lemmatize(token)[0])
                    self.lemmas[lkey] = lemma
            out[i] = (pos, morph, lemma)
        doc.from_array(_OUT, out)  # type: ignore[arg-type]
        return doc

    def _rule(self, doc: Doc, i: int) -> tuple[int, int, int, int]:
        """Run the real ruler on the token (and the neighbours its patterns may look at)."""
        lo, hi = max(i - 1, 0), min(i + 2, len(doc))
        toks = doc[lo:hi]
        mini = Doc(doc.vocab, words=[t.text for t in toks],
                   spaces=[bool(t.whitespace_) for t in toks],
                   tags=[t.tag_ for t in toks], deps=[t.dep_ or "dep" for t in toks],
                   heads=[0] * len(toks))
        for m, t in zip(mini, toks, strict=True):
            m.dep = t.dep  # keep an unset dep unset, as in the real doc
        self.ruler(mini)
        tok = mini[i - lo]
        return tok.pos, tok.morph.key, tok.lemma, tok.dep  # type: ignore[attr-defined]


@Language.factory(FAST_ATTRS)
def make_fast_attrs(nlp: Language, name: str) -> FastAttrs:
    """Built from the pipeline's own ``attribute_ruler`` and ``lemmatizer`` (see install)."""
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    assert isinstance(ruler, AttributeRuler) and isinstance(lemmatizer, Lemmatizer)
    return FastAttrs(ruler, lemmatizer)


def install(nlp: Language) -> bool:
    """Run the memoised pair in place of the model's attribute_ruler + rule lemmatizer.

    The originals stay in the pipeline, disabled (the memo calls them for new inputs).
    Pipelines without them, or with another lemmatizer mode, are left as they are.
    """
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names or FAST_ATTRS in names:
        return False
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    if not isinstance(ruler, AttributeRuler) or not isinstance(lemmatizer, Lemmatizer):
        return False
    if lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    try:
        nlp.add_pipe(FAST_ATTRS, after="lemmatizer")
    except ValueError:  # a pattern the memo cannot key on: run the ruler as shipped
        return False
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True
