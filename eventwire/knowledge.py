"""The one loader of eventwire's bundled knowledge (eventwire/data/), with its schema.

Ground floor: imports only ``resources`` and ``errors``; ``actors/``, ``events/``,
``timeplace/`` and ``codebook/`` read their tables through it.

- ``words()``: every word list, small map and setting, from the word files (``words.json``,
  ``cues.json``, ``evaluative.json``, ``context.json``, ``open_acts.json``) merged by key;
  lists become frozensets. A key starting
  with ``_`` is a note for readers. A key appears in one file only.
- ``table(name)``: a CSV table, checked against ``TABLES`` (required and known columns).
- ``validate()``: every problem of every file at once, as ``file:line: cause``.

The schema test (tests/test_knowledge.py) fails on a word key that no code reads.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from eventwire.errors import DataFileError
from eventwire.resources import Row, data_path, read_table

WORD_FILES = ("words.json", "cues.json", "evaluative.json", "context.json", "open_acts.json")

# CSV tables: required columns, then optional ones. No other column is allowed.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "countries.csv": (("iso3", "name", "aliases", "demonyms", "capitals", "gov_metonyms"), ()),
    "regions.csv": (("name", "country", "aliases", "kind"), ()),
    "orgs.csv": (("key", "name", "aliases", "country", "sector", "parent", "code"), ()),
    "roles.csv": (("term", "sector", "kind", "leader"), ()),
    "lexicon.csv": (("lemma", "pos", "particle", "object", "cameo", "mutual"), ("note",)),
    "lexicon_petrarch.csv": (("lemma", "pos", "particle", "object", "cameo", "mutual"),
                             ("note",)),
    "cameo.csv": (("code", "label", "goldstein", "quad_class", "plover"),
                  ("joint", "reaction", "force", "open_target", "passive_source",
                   "passive_state", "noun_state", "intent", "actor_target", "request",
                   "protest", "posture", "crowd_target", "counterpart")),
    "recodes.csv": (("id", "roots", "code", "example"),
                    ("lemmas", "source_sectors", "source_words", "target_words", "note")),
}


def _line_of(text: str, key: str) -> int:
    needle = f'"{key}"'
    for n, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(needle):
            return n
    return 1


def _check_words(name: str, raw: Any, text: str, seen: dict[str, str]) -> list[str]:
    problems: list[str] = []
    if not isinstance(raw, dict):
        return [f"{name}:1: the file must hold one JSON object of named word lists"]
    for key, value in raw.items():
        where = f"{name}:{_line_of(text, key)}"
        if key.startswith("_"):
            if not isinstance(value, str):
                problems.append(f"{where}: note {key!r} must be a string")
            continue
        if key in seen:
            problems.append(f"{where}: key {key!r} is also in {seen[key]}")
        seen[key] = name
        if isinstance(value, list):
            bad = [v for v in value if not isinstance(v, str) or not v.strip()]
            if bad:
                problems.append(f"{where}: {key!r} must list non-empty strings, not {bad[:3]}")
        elif isinstance(value, dict):
            for k, v in value.items():
                ok = isinstance(v, str) or (isinstance(v, list) and
                                            all(isinstance(x, str) for x in v))
                if not ok:
                    problems.append(f"{where}: {key!r}[{k!r}] must be a string or a list of "
                                    "strings")
        elif not isinstance(value, (str, int)) or isinstance(value, bool):
            problems.append(f"{where}: {key!r} must be a list of words, a map, a word or a "
                            "number")
    return problems


def _read_words() -> tuple[dict[str, Any], list[str]]:
    merged: dict[str, Any] = {}
    problems: list[str] = []
    seen: dict[str, str] = {}
    for name in WORD_FILES:
        path = data_path(name)
        try:
            text = path.read_text(encoding="utf-8")
            raw = json.loads(text)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{name}:1: cannot read: {exc}")
            continue
        except json.JSONDecodeError as exc:
            problems.append(f"{name}:{exc.lineno}: not valid JSON: {exc.msg}")
            continue
        problems.extend(_check_words(name, raw, text, seen))
        for key, value in raw.items():
            if key.startswith("_"):
                continue
            if isinstance(value, list):
                merged[key] = frozenset(value)
            elif isinstance(value, dict):
                merged[key] = {k: tuple(v) if isinstance(v, list) else v
                               for k, v in value.items()}
            else:
                merged[key] = value
    return merged, problems


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """All word lists (frozensets) and small maps, by key; raises on any schema problem."""
    merged, problems = _read_words()
    if problems:
        raise DataFileError("eventwire/data word files", problems)
    return merged


def word_keys() -> dict[str, str]:
    """Each word key and the file that holds it (for the schema test)."""
    out: dict[str, str] = {}
    for name in WORD_FILES:
        raw = json.loads(data_path(name).read_text(encoding="utf-8"))
        out.update({k: name for k in raw if not k.startswith("_")})
    return out


def table(name: str) -> list[Row]:
    """A bundled CSV table, checked against its schema in ``TABLES``."""
    required, optional = TABLES[name]
    rows = read_table(data_path(name), required)
    if rows:
        unknown = sorted(set(rows[0]) - set(required) - set(optional))
        if unknown:
            raise DataFileError(name, [f"line 1: unknown column(s) {', '.join(unknown)}"])
    return rows


def validate() -> list[str]:
    """Every problem in the bundled knowledge, as ``file:line: cause`` (empty when sound)."""
    problems = _read_words()[1]
    for name in TABLES:
        try:
            table(name)
        except DataFileError as exc:
            problems.extend(f"{name}: {p}" for p in exc.problems)
    return problems
