"""The knowledge loader: every bundled table validates against its schema, every word list is
read by some code, problems are all reported with file and line, and the package's stages
import only downward."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from eventwire import knowledge
from eventwire.errors import DataFileError
from eventwire.resources import read_table

PACKAGE = Path(knowledge.__file__).parent

# the package's floors, lowest first: a module may import its own floor and those below it
LAYERS = [
    {"errors", "rules", "limits"}, {"resources"}, {"knowledge", "records"}, {"codebook", "nlp"},
    {"timeplace"}, {"ingest", "actors"}, {"events"}, {"pipeline", "output", "evaluate"},
    {"component", "store"}, {"batch"}, {"api", "web"}, {"cli", "__main__", "eventwire"},
]


def _floor(name: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if name in layer)


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and \
                node.module.startswith("eventwire") and \
                [a.name for a in node.names] != ["__version__"]:  # the version is no stage
            parts = node.module.split(".")
            out.add(parts[1] if len(parts) > 1 else "eventwire")
    return out


def _stage(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("").parts
    return "eventwire" if rel == ("__init__",) else rel[0]


def test_the_bundled_knowledge_has_no_problem():
    assert knowledge.validate() == []


def test_no_stage_imports_a_higher_one():
    wrong = [f"{p.relative_to(PACKAGE)} imports eventwire.{target}"
             for p in PACKAGE.rglob("*.py") for target in _imports(p)
             if _floor(target) > _floor(_stage(p))]
    assert wrong == []


def test_the_knowledge_loader_imports_only_resources_and_errors():
    assert _imports(PACKAGE / "knowledge.py") == {"resources", "errors"}


def test_every_word_list_is_read_by_some_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")
                     if p.name != "knowledge.py")
    code += (PACKAGE / "data" / "recodes.csv").read_text(encoding="utf-8")
    unread = [f"{file}: {key}" for key, file in knowledge.word_keys().items()
              if f'"{key}"' not in code and f"@{key}" not in code]
    assert unread == []


def test_word_file_problems_are_all_reported_with_file_and_line():
    text = json.dumps({"good": ["a"], "bad": [1, ""], "worse": 3.5, "good2": ["b"]}, indent=1)
    seen = {"good2": "other.json"}
    problems = knowledge._check_words("mine.json", json.loads(text), text, seen)
    assert problems == [
        "mine.json:5: 'bad' must list non-empty strings, not [1, '']",
        "mine.json:9: 'worse' must be a list of words, a map, a word or a number",
        "mine.json:10: key 'good2' is also in other.json",
    ]


def test_table_problems_are_all_reported_with_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("code,label\n01,ok\nx,bad\n99,bad too\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_table(path, ("code", "label"),
                   lambda r: None if r["code"] in ("01",) else f"bad code {r['code']!r}")
    assert err.value.problems == ["line 3: bad code 'x'", "line 4: bad code '99'"]


def test_every_table_has_a_schema_and_unknown_columns_are_refused(monkeypatch, tmp_path):
    tables = {p.name for p in (PACKAGE / "data").glob("*.csv")}
    assert tables <= set(knowledge.TABLES)
    bad = tmp_path / "roles.csv"
    bad.write_text("term,sector,kind,leader,colour\npilot,MIL,person,0,red\n",
                   encoding="utf-8")
    monkeypatch.setattr(knowledge, "data_path", lambda name: bad)
    with pytest.raises(DataFileError, match="unknown column"):
        knowledge.table("roles.csv")
