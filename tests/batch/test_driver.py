"""The ingest driver: bounded in-flight batches, results written in input order, extras."""

from __future__ import annotations

import builtins
import json

import pytest

from eventwire.batch import driver
from eventwire.batch.driver import chunked, count_records, make_runner, run_ingest
from eventwire.batch.work import CoderSpec
from eventwire.errors import MissingExtraError
from eventwire.records import Article
from eventwire.store.db import connect


class FakeRunner:
    """Completes batches out of order; records how far ahead of the writer the input ran."""

    def __init__(self, max_inflight: int, produced: list[int]) -> None:
        self.max_inflight = max_inflight
        self.produced = produced
        self.outstanding = 0
        self.peak = 0
        self.read_ahead: list[int] = []

    def submit(self, payload):
        self.outstanding += 1
        self.peak = max(self.peak, self.outstanding)
        return payload

    def result(self, payload):
        self.outstanding -= 1
        # records read but not yet written (this batch included)
        self.read_ahead.append(self.produced[0] - 10 * len(self.read_ahead))
        return [{"article": {"article_id": p[0], "text_sha256": p[7]}, "mentions": [],
                 "actors": []} for p in payload]

    def close(self):
        pass


def test_input_is_read_only_a_bounded_way_ahead_and_written_in_order(tmp_path, monkeypatch):
    produced = [0]

    def endless_corpus(inputs, published=None, stdin_id=None):
        for i in range(400):
            produced[0] += 1
            yield Article(id=f"a{i:04d}", text=f"Article number {i}.")

    monkeypatch.setattr(driver, "read_inputs", endless_corpus)
    runner = FakeRunner(max_inflight=3, produced=produced)
    con = connect(tmp_path / "d.duckdb")
    summary = run_ingest(con, ["ignored"], runner, batch_size=10)
    assert summary.coded == 400 and summary.records == 400
    assert runner.peak == 3
    assert max(runner.read_ahead) == 10 * runner.max_inflight
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY rowid").fetchall()]
    assert ids == [f"a{i:04d}" for i in range(400)]


def test_chunked():
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_count_records_for_the_progress_bar(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt").write_text("story")
    (tmp_path / "d" / "two.html").write_text("<p>story</p>")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"id": i}) for i in range(5)) + "\n\n")
    (tmp_path / "c.csv").write_text("id,text\n1,a\n2,b\n")
    inputs = [str(tmp_path / "d"), str(tmp_path / "c.jsonl"), str(tmp_path / "c.csv")]
    assert count_records(inputs) == 2 + 5 + 2
    assert count_records(["-"]) is None


def test_dask_missing_gives_the_install_hint(monkeypatch):
    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.split(".")[0] in ("distributed", "dask"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "eventwire.batch.cluster", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(MissingExtraError, match=r'pip install "eventwire\[dask\]"'):
        make_runner(CoderSpec(), workers=2, dask="local")
