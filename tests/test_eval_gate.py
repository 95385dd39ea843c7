"""Accuracy gate: code the dev and train gold sets, score them, and hold the pinned floors
(per file, tests/eval_baseline.json).

The gold files are read at run time from ../shared (never copied into the repository); set
EVENTWIRE_DEV_GOLD / EVENTWIRE_TRAIN_GOLD to point elsewhere; a file that is absent skips its
checks. The seed article's key events (dev) are checked too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_file, load_jsonl
from tests.shared import SHARED

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(os.environ.get("EVENTWIRE_DEV_GOLD", SHARED / "corpus" / "dev.jsonl"))
TRAIN = Path(os.environ.get("EVENTWIRE_TRAIN_GOLD", SHARED / "corpus" / "train.jsonl"))
SCORER = SHARED / "tools" / "score_events.py"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason=f"dev gold set not found at {GOLD}")


@pytest.fixture(scope="module")
def run(coder, tmp_path_factory):
    out = tmp_path_factory.mktemp("eval") / "system.jsonl"
    report = evaluate_file(coder, GOLD, out)
    return report, out


def _hold_floors(report, name: str) -> None:
    floors = json.loads((ROOT / "tests" / "eval_baseline.json").read_text())[name]
    for view in ("dyad+root", "dyad+root+date"):
        got = report.views[view].f1
        assert got >= floors[view], \
            f"{name}: {view} F1 {got:.3f} fell below the floor {floors[view]}"


def test_accuracy_floors(run):
    report, _ = run
    _hold_floors(report, "dev")


@pytest.mark.skipif(not TRAIN.exists(), reason=f"train gold set not found at {TRAIN}")
def test_accuracy_floors_on_train(coder, tmp_path):
    report = evaluate_file(coder, TRAIN, tmp_path / "train.jsonl")
    _hold_floors(report, "train")


def test_our_scores_equal_the_shared_scorer(run):
    if not SCORER.exists():
        pytest.skip("shared scorer not found")
    report, out = run
    shared = json.loads(subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(out), "--json"],
        capture_output=True, text=True, check=True).stdout)
    for view in ("dyad", "dyad+root", "dyad+root+plover", "dyad+root+date"):
        assert report.views[view].as_dict() == shared[view]


def test_seed_article_key_events(run):
    _, out = run
    seed = next(iter(load_jsonl(GOLD).values()))  # record 0: the story eventwire started from
    coded = load_jsonl(out)[seed["id"]]["events"]

    def find(src, root, tgt, modality="asserted"):
        def key(a):
            return a and (a.get("country") or a.get("org"))
        return [e for e in coded if key(e["source"]) == src and e["cameo"][:2] == root
                and key(e["target"]) == tgt and e["modality"] == modality]

    assert find("PRK", "02", "RUS"), "Kim asks Putin (REQUEST)"
    meeting = find("PRK", "04", "RUS")
    assert any(e["date"] == "2014-11-18" and (e["location"] or {}).get("country") == "RUS"
               and (e["location"] or {}).get("place") == "Moscow" for e in meeting)
    lavrov = find("RUS", "11", "UNGA")
    assert any(e["date"] == "2014-11-20" for e in lavrov), "Lavrov: resolution counterproductive"
    assert find("CHN", "12", "UNGA", "hypothetical") and find("RUS", "12", "UNGA", "hypothetical")
    assert find("PRK", "04", None, "negated"), "Kim has not met any foreign leaders"
    assert not find("CHN", "12", "UNGA") and not find("PRK", "04", None)
