"""kill -9 in the middle of an ingest, rerun the same command: the store equals a clean run's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb

from tests.corpus import snapshot


def _ingest_cmd(corpus, db) -> list[str]:
    return [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db", str(db),
            "--batch-size", "3"]


def test_kill_9_mid_run_then_rerun_equals_a_clean_run(corpus_file, clean_db, tmp_path):
    db = tmp_path / "crashed.duckdb"
    with subprocess.Popen(_ingest_cmd(corpus_file, db), cwd=tmp_path, text=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        deadline = time.monotonic() + 120
        assert proc.stderr is not None
        for line in proc.stderr:  # the first progress line follows the first committed batch
            if line.startswith("eventwire: ingest:") or time.monotonic() > deadline:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"

    total = len(snapshot(clean_db)["articles"])
    con = duckdb.connect(str(db), read_only=True)
    partial = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    con.close()
    assert 0 < partial < total, f"kill -9 did not land mid-run ({partial} of {total} articles)"

    rerun = subprocess.run(_ingest_cmd(corpus_file, db), cwd=tmp_path, text=True,
                           capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped   {partial} already present" in rerun.stdout
    assert snapshot(db) == snapshot(clean_db)
