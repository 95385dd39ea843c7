"""--workers N and --dask: the same store as one process, written once by the driver."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app
from tests.corpus import snapshot

runner = CliRunner()


def _ingest(corpus, db, *extra: str):
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--batch-size", "8",
                                 *extra])
    assert result.exit_code == 0, result.output
    return result


def test_two_local_worker_processes_store_what_one_process_stores(corpus_file, clean_db,
                                                                   tmp_path):
    db = tmp_path / "w2.duckdb"
    result = _ingest(corpus_file, db, "--workers", "2")
    assert "coded     90 articles" in result.stdout
    assert snapshot(db) == snapshot(clean_db)


def test_dask_local_cluster_stores_what_one_process_stores(corpus_file, clean_db, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as cluster:
        db = tmp_path / "dask.duckdb"
        result = _ingest(corpus_file, db, "--dask", cluster.scheduler_address)
        with distributed.Client(cluster) as client:
            loaded = client.run(_coders_loaded)  # the model was loaded on each worker, once
    assert "coded     90 articles" in result.stdout
    assert snapshot(db) == snapshot(clean_db)
    assert sorted(loaded.values()) == [1, 1]


def _coders_loaded() -> int:
    from eventwire.batch import work

    return len(work._CODERS)
