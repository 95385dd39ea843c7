"""Readers while an ingest holds the store: one clear line (issue 11, point 13)."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app


@pytest.mark.parametrize("command", [["stats"], ["events"], ["rejects"],
                                     ["export", "--format", "csv", "--out", "x.csv"]])
def test_issue11_p13_readers_during_an_ingest_get_one_line(tmp_path, command):
    db = tmp_path / "busy.duckdb"
    duckdb.connect(str(db)).close()
    holder = subprocess.Popen(  # a writer holding the lock, as `eventwire ingest` does
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('locked', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = CliRunner().invoke(app, [*command, "--db", str(db)])
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "in use by another process" in result.stderr and "ingest" in result.stderr
