"""Docs stay true: every CLI command is documented; the README test command is what CI runs."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli.main import actors_app, app

ROOT = Path(__file__).resolve().parents[1]


def _docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8")
                     for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def test_every_command_is_documented():
    docs = _docs()
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [f"actors {c.name}" for c in actors_app.registered_commands]
    for name in names:
        assert f"eventwire {name}" in docs, f"`eventwire {name}` is not in README.md or docs/"


INSTALL = "python3.11 -m venv .venv && . .venv/bin/activate && pip install . && eventwire demo"
TEST = 'pip install -c requirements.lock -e ".[dev]" && python -m pytest -q'


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST in readme and TEST in ci


def test_issue11_ci_installs_as_a_newcomer_does():
    """.ci/run runs the README's two Quick start commands as written, in the README's order,
    as lines of their own (not commented out), in a fresh copy of the tree."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_lines = [line.strip() for line in
                (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert readme.index(INSTALL) < readme.index(TEST)
    assert INSTALL in ci_lines and TEST in ci_lines
    assert ci_lines.index(INSTALL) < ci_lines.index(TEST)
    assert "git ls-files" in "\n".join(ci_lines)  # a fresh tree: no stale build/ or .venv


def test_changelog_and_sources_exist():
    assert (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog")
    assert (ROOT / "eventwire" / "data" / "SOURCES.md").exists()


def _python_blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [b.split("```", 1)[0] for b in text.split("```python\n")[1:]]


def test_issue11_p14_readme_example_runs_and_handles_rejections(capsys):
    block = next(b for b in _python_blocks(ROOT / "README.md") if "eventwire.code(" in b)
    assert "Rejection" in block
    exec(compile(block, "README.md", "exec"), {})
    assert "04" in capsys.readouterr().out


def test_issue11_p14_store_example_has_a_main_guard_and_package_is_typed():
    block = next(b for b in _python_blocks(ROOT / "docs" / "store.md") if "workers=2" in b)
    assert 'if __name__ == "__main__":' in block
    compile(block, "store.md", "exec")
    import importlib.resources

    assert importlib.resources.files("eventwire").joinpath("py.typed").is_file()
    schema = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert "`Evidence` object" in schema
