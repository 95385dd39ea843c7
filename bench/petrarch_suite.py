"""The PETRARCH-2 unit-test suite, coded by eventwire with the suite's own dictionaries.

    python bench/petrarch_suite.py [--shared ../shared] [--show FAILS] [--json]

Reads ``reference/petrarch/PETR.UnitTest.records.xml`` at run time (never copied), codes every
sentence with ``PETR.Validate.actors.txt``, ``.agents.txt`` and ``.verbs.txt`` and, as
PETRARCH does, skips the sentences (or stories) that hold a phrase of
``PETR.Validate.discards.txt``. Prints strict P/R/F1 (source, target and event code exactly as
expected), lenient P/R/F1 (first three letters of each actor code, CAMEO root) and both per
category of the suite (DEMO, PARSING, AGENT, VERB, ...).

An expected coding is (source code, target code, event code); a missing target is ``---``.
PETRARCH has no modality, so events of every modality count (negated, hypothetical), but not
the asserted intent events eventwire adds for a future act ("intent rule ..."), which
PETRARCH would not write. Records whose expected result is ``error="bad_input_parse"`` test
PETRARCH's reading of a broken Treebank parse in the input, which eventwire does not read:
they are left out; other ``error`` records (dateline, discards) expect no event.
eventwire's actor code is the dictionary code (``Actor.code``, agents composed: ``ARNGOV``),
else its key. The event code is the verb pattern's own code as written in the dictionary
(the suite's dictionary still holds WEIS-era codes such as 903 that are not CAMEO).
"""

from __future__ import annotations

import argparse
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SHARED = HERE.parent / "shared"
Coding = tuple[str, str, str]


@dataclass
class Record:
    id: str
    category: str
    date: str  # ISO
    text: str
    expected: list[Coding] = field(default_factory=list)


def petrarch_dir(shared: Path = SHARED) -> Path:
    return shared / "reference" / "petrarch"


def load_records(path: Path) -> list[Record]:
    root = ET.parse(path).getroot()
    out = []
    seen: dict[str, int] = {}
    for s in root.iter("Sentence"):
        d = s.get("date", "")
        iso = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else ""
        text = " ".join((s.findtext("Text") or "").split())
        rid = s.get("id", "?")
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:  # the suite reuses a few ids (AGENTS-18): keep both records apart
            rid = f"{rid}#{seen[rid]}"
        rec = Record(rid, s.get("category", "?"), iso, text)
        if any(ec.get("error") == "bad_input_parse" for ec in s.iter("EventCoding")):
            continue  # a broken Treebank parse in the input: eventwire parses the text itself
        for ec in s.iter("EventCoding"):
            if (ec.get("noevents") or "").strip().lower() == "true" or ec.get("error"):
                continue  # no event expected (a dateline, a discarded sentence or story)
            rec.expected.append((ec.get("sourcecode", "").strip('"'),
                                 ec.get("targetcode", "").strip('"'),
                                 ec.get("eventcode", "")))
        out.append(rec)
    return out


def load_discards(path: Path) -> list[tuple[re.Pattern[str], bool]]:
    """(pattern, whole story) for each discard line; a trailing ``_`` asks for a word end."""
    out = []
    if not path.exists():
        return out
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = re.sub(r"<!--.*?-->", "", raw).split("#", 1)[0].split(";", 1)[0].strip()
        if not line:
            continue
        story = line.startswith("+")
        phrase = line.lstrip("+").strip()
        word_end = phrase.endswith("_")
        phrase = phrase.rstrip("_").replace("_", " ")
        rx = r"(?<![A-Za-z])" + re.escape(phrase) + (r"(?![A-Za-z])" if word_end else "")
        out.append((re.compile(rx, re.IGNORECASE), story))
    return out


def _code(actor) -> str:  # type: ignore[no-untyped-def]
    if actor is None:
        return "---"
    return actor.code or actor.key or "---"


_PATTERN_CODE = re.compile(r"\[([0-9A-Za-z]*)(?::([0-9A-Za-z]*))?\]")


def event_code(ev) -> str:  # type: ignore[no-untyped-def]
    """The verb dictionary's code for this event when a pattern made it, else the CAMEO code."""
    return getattr(ev, "dictionary_code", None) or ev.cameo


def code_records(coder, records: Iterable[Record],  # type: ignore[no-untyped-def]
                 discards: list[tuple[re.Pattern[str], bool]]) -> dict[str, list[Coding]]:
    from eventwire.records import Article, CodedArticle

    out: dict[str, list[Coding]] = {}
    for rec in records:
        if any(rx.search(rec.text) for rx, _story in discards):
            out[rec.id] = []
            continue
        text = rec.text if rec.text[-1:] in ".!?\"'" else rec.text + "."  # a sentence, not
        # a page leftover (eventwire drops unterminated lines of wire text)
        got = coder.code_article(Article(id=rec.id, text=text, published=rec.date or None))
        codings = []
        if isinstance(got, CodedArticle):
            for ev in got.events:
                if ev.evidence.rule.startswith("intent rule"):
                    continue  # eventwire's own reading of a future act: PETRARCH has none
                codings.append((_code(ev.source), _code(ev.target), event_code(ev)))
        out[rec.id] = list(dict.fromkeys(codings))
    return out


def _lenient(c: Coding) -> Coding:
    return (c[0][:3], c[1][:3], c[2][:2])


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: list[Coding], got: list[Coding]) -> None:
        e, g = Counter(expected), Counter(got)
        hit = sum((e & g).values())
        self.tp += hit
        self.fp += sum(g.values()) - hit
        self.fn += sum(e.values()) - hit

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.p, 3), "r": round(self.r, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def score(records: list[Record], got: dict[str, list[Coding]]) -> dict[str, dict[str, Score]]:
    """{"strict"|"lenient": {"ALL"|category: Score}}."""
    out: dict[str, dict[str, Score]] = {"strict": defaultdict(Score),
                                        "lenient": defaultdict(Score)}
    for rec in records:
        mine = got.get(rec.id, [])
        for key in ("ALL", rec.category):
            out["strict"][key].add(rec.expected, mine)
            out["lenient"][key].add([_lenient(c) for c in rec.expected],
                                    [_lenient(c) for c in mine])
    return out


def make_coder(folder: Path):  # type: ignore[no-untyped-def]
    from eventwire.pipeline import Coder

    return Coder(actors=[folder / "PETR.Validate.actors.txt"],
                 agents=[folder / "PETR.Validate.agents.txt"],
                 verbs=[folder / "PETR.Validate.verbs.txt"])


def run_suite(folder: Path, coder=None):  # type: ignore[no-untyped-def]
    records = load_records(folder / "PETR.UnitTest.records.xml")
    coder = coder or make_coder(folder)
    got = code_records(coder, records, load_discards(folder / "PETR.Validate.discards.txt"))
    return records, got, score(records, got)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--show", type=Path, help="write every record that is not exactly right here")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    folder = petrarch_dir(args.shared)
    if not (folder / "PETR.UnitTest.records.xml").exists():
        print(f"{folder}: PETRARCH unit-test records not found; nothing to do")
        return 0
    records, got, scores = run_suite(folder)
    if args.json:
        print(json.dumps({k: {c: s.as_dict() for c, s in v.items()} for k, v in scores.items()},
                         indent=2))
    else:
        print(f"{len(records)} sentences, {sum(len(r.expected) for r in records)} expected codings")
        cats = ["ALL", *sorted(k for k in scores["strict"] if k != "ALL")]
        print(f"{'category':<10} {'strict P':>8} {'R':>6} {'F1':>6}   {'lenient P':>9} {'R':>6} "
              f"{'F1':>6}   n")
        for cat in cats:
            s, le = scores["strict"][cat], scores["lenient"][cat]
            print(f"{cat:<10} {s.p:8.3f} {s.r:6.3f} {s.f1:6.3f}   {le.p:9.3f} {le.r:6.3f} "
                  f"{le.f1:6.3f}   {s.tp + s.fn}")
    if args.show:
        lines = []
        for rec in records:
            mine = got.get(rec.id, [])
            if Counter(mine) != Counter(rec.expected):
                lines.append(f"{rec.id}: {rec.text}\n  want {sorted(rec.expected)}\n"
                             f"  got  {sorted(mine)}\n")
        args.show.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
