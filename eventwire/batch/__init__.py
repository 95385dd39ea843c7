"""Batch coding: the ingest driver and its runners (in process, local process pool, Dask).

    runner = make_runner(CoderSpec(), workers=2)          # or dask="tcp://host:8786"
    summary = run_ingest(con, ["corpus.jsonl"], runner)

Runners only code; the driver alone writes to the store.
"""
