"""Workers end with their driver: SIGKILL or SIGTERM on `ingest --workers 2` (issue 11, p6)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import psutil
import pytest


def _workers(driver: psutil.Process) -> list[psutil.Process]:
    found = []
    for child in driver.children(recursive=True):
        try:
            if "spawn_main" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_issue11_p06_workers_exit_when_the_driver_dies(corpus_file, tmp_path, sig):
    big = tmp_path / "big.jsonl"  # long enough to still run when killed
    with big.open("w", encoding="utf-8") as out:
        for n in range(40):
            for line in corpus_file.read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                    rec["id"], rec["text"] = f"{rec['id']}-{n}", f"{rec['text']} ({n})"
                except (ValueError, KeyError, TypeError):
                    continue
                out.write(json.dumps(rec) + "\n")
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(big), "--db",
           str(tmp_path / "s.duckdb"), "--workers", "2", "--batch-size", "2"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    workers: list[psutil.Process] = []
    try:
        driver = psutil.Process(proc.pid)
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            workers = _workers(driver)
        assert len(workers) == 2, "the workers did not start"
        time.sleep(2)  # the workers are loading the model or coding
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        gone, alive = psutil.wait_procs(workers, timeout=10)
        assert not alive, f"workers {[p.pid for p in alive]} outlived their driver"
    finally:
        if proc.poll() is None:
            proc.kill()
        for w in workers:  # only the processes this test started
            with contextlib.suppress(psutil.Error):
                w.kill()
