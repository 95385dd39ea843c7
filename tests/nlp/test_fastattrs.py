"""The memoised ruler + lemmatizer gives exactly the model's own POS, morphology and lemmas."""

from __future__ import annotations

import spacy

from eventwire.nlp import DEFAULT_MODEL, fastattrs, load_model

TEXTS = [
    "The ministers were meeting in Geneva when the rebels ain't gonna stop, she said.",
    "There is no reason to doubt it. There are talks, and there were clashes on Tuesday.",
    "I told them I would go; they told me they'd gone. Let's see whether y'all agree.",
    "Ain't nothin' gonna change, he said. C'mon, we got ta go; y'all wait here.",
    "Protesters have been marching since Monday, but police haven't arrested anybody.",
    "The armies fought fiercely; the generals' plans failed and the women fled north.",
    "Its foreign minister said it  was ready to talk.\n\nDo the talks matter? It does.",
]


def test_fast_attrs_installed_in_the_pipeline() -> None:
    nlp = load_model()
    assert fastattrs.FAST_ATTRS in nlp.pipe_names
    assert "lemmatizer" in nlp.disabled and "attribute_ruler" in nlp.disabled


def test_fast_attrs_match_the_model_components_exactly() -> None:
    plain = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    assert fastattrs.install(fast)
    assert not fastattrs.install(fast)  # installing twice is a no-op
    # twice over: the first pass fills the memo, the second replays it
    for _ in range(2):
        for want, got in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            expected = [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in want]
            actual = [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in got]
            assert actual == expected
    memo = fast.get_pipe(fastattrs.FAST_ATTRS)
    assert memo.lemmas and memo.attrs


def test_lemmas_the_coder_relies_on() -> None:
    doc = load_model()("Troops fired shells and the ministers were meeting; talks began.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["fired"] == "fire" and lemmas["were"] == "be"
    assert lemmas["meeting"] == "meet" and lemmas["talks"] == "talk"
    assert lemmas["began"] == "begin" and lemmas["shells"] == "shell"



def test_a_ruler_the_memo_cannot_key_on_runs_as_shipped() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})
    assert not fastattrs.install(nlp)
    assert fastattrs.FAST_ATTRS not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names
