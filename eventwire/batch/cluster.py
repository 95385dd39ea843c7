"""``--dask ADDRESS|local``: code on a Dask distributed cluster; the driver still writes.

Each worker loads the model once: a worker plugin builds the Coder when the worker joins
(``coder_for`` keeps it per process), and every batch task reuses it. Batches are submitted
with a bounded number of futures in flight, so memory stays bounded, and collected in order.
Workers need eventwire installed (and the ``--actors``/``--agents`` files at the same paths);
docs/dask.md shows how to start a cluster.
"""

from __future__ import annotations

from typing import Any

from distributed import Client, Future, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from eventwire.batch.work import CoderSpec, code_in_worker, coder_for
from eventwire.store.writer import Payload

Results = list[dict[str, Any]]


class LoadCoder(WorkerPlugin):
    """Build the worker's Coder once, when the worker starts (or when the plugin arrives)."""

    name = "eventwire-coder"

    def __init__(self, spec: CoderSpec) -> None:
        self.spec = spec

    def setup(self, worker: Any) -> None:
        coder_for(self.spec)


class DaskRunner:
    def __init__(self, spec: CoderSpec, address: str, workers: int = 1,
                 connect_timeout: float = 30) -> None:
        self.spec = spec
        self.cluster: LocalCluster | None = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                        processes=True, dashboard_address=":0")
            # ":0": a free port; None still binds the scheduler's web server to 8787, so a
            # second cluster (or any program on 8787) made the first fail to start
            self.client = Client(self.cluster)
        else:
            self.client = Client(address, timeout=connect_timeout)
        try:
            self.client.wait_for_workers(1, timeout=connect_timeout)
            self.client.register_plugin(LoadCoder(spec))
        except Exception:
            self.close()
            raise
        threads = sum(w["nthreads"] for w in self.client.scheduler_info()["workers"].values())
        self.max_inflight = 2 * max(1, threads) + 1

    def submit(self, payload: list[Payload]) -> Future:
        return self.client.submit(code_in_worker, self.spec, payload, pure=False)

    def result(self, handle: Future) -> Results:
        try:
            return handle.result()
        finally:
            handle.release()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
