"""Worker processes end when their driver ends, however it ends.

``timeout``, systemd and Kubernetes stop a job with SIGTERM, then SIGKILL, sent to the main
process only; a worker that outlived its driver would hold its memory forever. Each local
worker calls ``exit_with_parent(driver_pid)`` first thing:

- on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` has the kernel kill the worker when the
  driver dies;
- everywhere, a daemon thread checks once a second that the parent is still the driver, and
  ends the process when it is not (the fallback where prctl is unavailable).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 1.0


def _set_pdeathsig(sig: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(driver_pid: int) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        if os.getppid() != driver_pid:
            os._exit(1)  # the driver is gone: nobody will read our results


def exit_with_parent(driver_pid: int) -> None:
    """Make this process end when ``driver_pid`` (its parent) ends."""
    _set_pdeathsig(signal.SIGKILL)
    if os.getppid() != driver_pid:  # the driver died before we got here
        os._exit(1)
    threading.Thread(target=_watch, args=(driver_pid,), name="eventwire-parent-watch",
                     daemon=True).start()
