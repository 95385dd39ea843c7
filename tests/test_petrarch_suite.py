"""The PETRARCH-2 unit-test suite with its own actor, agent and verb dictionaries: a floor.

Reads ../shared/reference/petrarch at run time (never copied); skipped when absent. The
figures and how they are counted: bench/petrarch_suite.py.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from eventwire.pipeline import Coder
from tests.shared import SHARED

ROOT = Path(__file__).resolve().parents[1]
FOLDER = SHARED / "reference" / "petrarch"
FLOORS = json.loads((ROOT / "tests" / "petrarch_baseline.json").read_text())

pytestmark = pytest.mark.skipif(not (FOLDER / "PETR.UnitTest.records.xml").exists(),
                                reason=f"PETRARCH unit-test records not found in {FOLDER}")


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("petrarch_suite",
                                                  ROOT / "bench" / "petrarch_suite.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["petrarch_suite"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_petrarch_suite_floor(coder: Coder) -> None:
    bench = _bench()
    own = Coder(nlp=coder.nlp, lexicon=coder.lexicon,
                actors=[FOLDER / "PETR.Validate.actors.txt"],
                agents=[FOLDER / "PETR.Validate.agents.txt"],
                verbs=[FOLDER / "PETR.Validate.verbs.txt"])
    records, _got, scores = bench.run_suite(FOLDER, own)
    assert len(records) == 282  # 284 less the two broken-parse records
    strict, lenient = scores["strict"]["ALL"].f1, scores["lenient"]["ALL"].f1
    assert strict >= FLOORS["petrarch_strict"], f"strict F1 {strict:.3f} below the floor"
    assert lenient >= FLOORS["petrarch_lenient"], f"lenient F1 {lenient:.3f} below the floor"
