"""`eventwire serve`: start-up messages, the missing-extra hint, and one writer per store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.errors import MissingExtraError

STORY = "Germany criticized Iran on Monday for the missile test."


def test_missing_web_extra_gives_the_install_line(monkeypatch):
    from eventwire.api import require_web

    monkeypatch.setitem(sys.modules, "fastapi", None)
    with pytest.raises(MissingExtraError, match=r'pip install "eventwire\[web\]"'):
        require_web()
    result = CliRunner().invoke(app, ["serve", "--db", "x.duckdb"])
    assert result.exit_code == 2
    assert 'pip install "eventwire[web]"' in result.stderr


def _serve_without_running(monkeypatch, coder, *args: str, token: str | None = None):
    import uvicorn

    import eventwire.cli.serve as serve_module

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.setattr(serve_module, "_coder", lambda *a, **k: coder)
    if token:
        monkeypatch.setenv("EVENTWIRE_TOKEN", token)
    else:
        monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", *args])
    for served, _ in calls:  # release the store the app opened
        served.state.ew.store.close()
    return result, calls


def test_serve_says_writes_are_off_without_a_token(monkeypatch, coder, nk_db, tmp_path):
    db = tmp_path / "s.duckdb"
    db.write_bytes(Path(nk_db).read_bytes())
    result, calls = _serve_without_running(monkeypatch, coder, "--db", str(db), "--port", "8123")
    assert result.exit_code == 0, result.stderr
    assert "write endpoints are off (EVENTWIRE_TOKEN is not set)" in result.stderr
    assert calls[0][1] == {"host": "127.0.0.1", "port": 8123, "log_level": "warning"}
    result, _ = _serve_without_running(monkeypatch, coder, "--db", str(db), token="t0k")
    assert result.exit_code == 0 and "write endpoints are off" not in result.stderr


def test_serve_migrates_a_store_from_an_older_eventwire(monkeypatch, coder, nk_db, tmp_path):
    import duckdb

    from eventwire.store.queries import article

    db = tmp_path / "old.duckdb"
    db.write_bytes(Path(nk_db).read_bytes())
    con = duckdb.connect(str(db))  # as a store made before the article texts were kept
    con.execute("DROP TABLE article_texts")
    con.execute("DELETE FROM migrations WHERE name = 'm004_article_texts'")
    con.close()
    result, calls = _serve_without_running(monkeypatch, coder, "--db", str(db))
    assert result.exit_code == 0 and calls, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = article(con, "nk-missile")
    finally:
        con.close()
    assert found is not None and found["text"] is None and found["events"]


def test_serve_on_a_missing_store_without_token_is_one_line(monkeypatch, coder, tmp_path):
    result, calls = _serve_without_running(monkeypatch, coder, "--db", str(tmp_path / "no.db"))
    assert result.exit_code == 2 and not calls
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no event store at" in lines[0]


def _hold(db: Path) -> subprocess.Popen:
    """Another process holding the store for writing, as `eventwire ingest` does."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom eventwire.store.db import connect\n"
         "con = connect(sys.argv[1])\nprint('held', flush=True)\ntime.sleep(120)", str(db)],
        stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_serve_on_a_store_an_ingest_holds_is_one_line(monkeypatch, coder, nk_db, tmp_path):
    db = tmp_path / "held.duckdb"
    db.write_bytes(Path(nk_db).read_bytes())
    holder = _hold(db)
    try:
        result, calls = _serve_without_running(monkeypatch, coder, "--db", str(db))
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    assert result.exit_code == 2 and not calls
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert f"the store {db} is in use by another process (PID {holder.pid}" in lines[0]


def test_ingest_on_a_store_the_server_holds_is_one_line(api_server, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", "ingest", str(story), "--db", str(api_server.db)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "is in use by another process" in lines[0] and "DuckDB allows one writer" in lines[0]


def test_browser_tests_fail_without_chromium_in_ci_and_skip_elsewhere(tmp_path):
    from tests.api.server import chromium_gate

    missing = tmp_path / "no-chromium"
    with pytest.raises(pytest.fail.Exception, match="missing in CI"):
        chromium_gate(missing, ci=True)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        chromium_gate(missing, ci=False)
    present = tmp_path / "chromium"
    present.write_text("", encoding="utf-8")
    assert chromium_gate(present, ci=True) is None
