"""The unit of work every runner executes: code one batch of articles into store rows.

Workers (local processes or Dask workers) build one ``Coder`` per process from a
``CoderSpec`` and keep it for every later batch; they return plain dicts, and only the driver
writes to the store.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventwire.limits import MAX_CHARS
from eventwire.records import Rejection
from eventwire.store.rows import coded_rows, reject_row, text_row
from eventwire.store.writer import Payload, from_payload

if TYPE_CHECKING:
    from eventwire.pipeline import Coder


@dataclass(frozen=True)
class CoderSpec:
    """How to build the Coder: picklable, so it travels to worker processes."""

    model: str | None = None
    actors: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    max_chars: int | None = None  # None: the default limit (pipeline.MAX_CHARS)
    verbs: tuple[str, ...] = ()

    def build(self) -> Coder:
        from eventwire.pipeline import Coder

        return Coder(model=self.model, actors=list(self.actors), agents=list(self.agents),
                     max_chars=self.max_chars or MAX_CHARS,
                     verbs=list(self.verbs))


# One Coder per worker process, built on the first batch (or by a pool initializer).
_CODERS: dict[CoderSpec, Coder] = {}
_LOCK = threading.Lock()


def coder_for(spec: CoderSpec) -> Coder:
    with _LOCK:
        coder = _CODERS.get(spec)
        if coder is None:
            coder = _CODERS[spec] = spec.build()
        return coder


def code_batch(coder: Coder, payload: list[Payload]) -> list[dict[str, Any]]:
    """One result dict per article, in order: coded rows, or the rejection's row."""
    pairs = [from_payload(p) for p in payload]
    out: list[dict[str, Any]] = []
    for (article, sha), result in zip(pairs, coder.code_many(a for a, _ in pairs), strict=True):
        if isinstance(result, Rejection):
            out.append({"reject": reject_row(result, sha)})
        else:
            art, mentions, actors = coded_rows(result, article, sha)
            out.append({"article": art, "mentions": mentions, "actors": actors,
                        "text": text_row(result)})
    return out


def init_worker(spec: CoderSpec, driver_pid: int | None = None) -> None:
    """Process-pool initializer: end with the driver, then load the model once, before the
    first batch arrives."""
    if driver_pid is not None:
        from eventwire.batch.orphans import exit_with_parent

        exit_with_parent(driver_pid)
    coder_for(spec)


def code_in_worker(spec: CoderSpec, payload: list[Payload]) -> list[dict[str, Any]]:
    """Entry point run inside a worker process (pool or Dask)."""
    return code_batch(coder_for(spec), payload)
