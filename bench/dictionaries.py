"""Phoenix/PETRARCH dictionaries: load time and counts, a dated lookup, and dev-set F1 with and
without them (they must not fight the built-in knowledge).

    python bench/dictionaries.py [--shared ../shared]

Reads the dictionaries and the dev gold set from ../shared at run time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from eventwire.actors.dictionaries import load_actor_dictionary, load_agent_dictionary
from eventwire.actors.lookup import lookup_name
from eventwire.evaluate import evaluate_file
from eventwire.pipeline import Coder

HERE = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=HERE.parent / "shared")
    args = ap.parse_args()
    phoenix = args.shared / "reference" / "phoenix"
    countries = phoenix / "Phoenix.Countries.actors.txt"
    agents = phoenix / "Phoenix.agents.txt"

    t0 = time.perf_counter()
    d = load_actor_dictionary(countries)
    t1 = time.perf_counter()
    found, bad = load_agent_dictionary(agents)
    t2 = time.perf_counter()
    report = {
        "countries_entries": len(d.entries), "countries_phrases": d.n_phrases,
        "countries_bad_lines": len(d.problems), "countries_load_s": round(t1 - t0, 3),
        "agents": len(found), "agents_bad_lines": len(bad), "agents_load_s": round(t2 - t1, 3),
    }
    with_dicts = Coder(actors=[countries], agents=[agents])
    report["zahir_shah_1950"] = lookup_name(with_dicts, "Mohammad Zahir Shah", "1950-01-01")
    report["zahir_shah_1980"] = lookup_name(with_dicts, "Mohammad Zahir Shah", "1980-01-01")
    gold = args.shared / "corpus" / "dev.jsonl"
    builtin = evaluate_file(Coder(), gold)
    phoenix_run = evaluate_file(with_dicts, gold)
    report["dev_dyad_root_f1_builtin"] = round(builtin.views["dyad+root"].f1, 3)
    report["dev_dyad_root_f1_with_phoenix"] = round(phoenix_run.views["dyad+root"].f1, 3)
    report["difference"] = round(report["dev_dyad_root_f1_with_phoenix"] -
                                 report["dev_dyad_root_f1_builtin"], 3)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
