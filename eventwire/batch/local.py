"""Runners on this machine: in the driver process, or a pool of worker processes."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Protocol

from eventwire.batch.work import CoderSpec, code_batch, code_in_worker, init_worker
from eventwire.errors import EventwireError
from eventwire.store.writer import Payload

if TYPE_CHECKING:
    from eventwire.pipeline import Coder

Results = list[dict[str, Any]]


class Runner(Protocol):
    """Codes batches; results come back in submission order through ``result``."""

    max_inflight: int  # batches submitted and not yet collected, at most (>= 1)

    def submit(self, payload: list[Payload]) -> Any: ...

    def result(self, handle: Any) -> Results: ...

    def close(self) -> None: ...


class InlineRunner:
    """Code in the driver process (``--workers 1``): no pool, no pickling."""

    max_inflight = 1

    def __init__(self, coder: Coder) -> None:
        self.coder = coder

    def submit(self, payload: list[Payload]) -> Results:
        return code_batch(self.coder, payload)

    def result(self, handle: Results) -> Results:
        return handle

    def close(self) -> None:
        pass


class PoolRunner:
    """``--workers N``: N spawned processes, each loading the model once (pool initializer)."""

    def __init__(self, spec: CoderSpec, workers: int) -> None:
        self.spec = spec
        self.max_inflight = 2 * workers + 1  # every worker busy, one more batch queued each
        self.pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker, initargs=(spec, os.getpid()),  # workers end with us
        )

    def submit(self, payload: list[Payload]) -> Future[Results]:
        return self.pool.submit(code_in_worker, self.spec, payload)

    def result(self, handle: Future[Results]) -> Results:
        try:
            return handle.result()
        except BrokenProcessPool as exc:
            raise EventwireError(
                "a worker process died (out of memory, or the model or an actor table failed "
                "to load); lower --workers or run with --workers 1 to see the error") from exc

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
