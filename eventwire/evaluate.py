"""Score coded events against gold (docs/evaluation.md).

Matching follows the project's annotation guide: a system event matches a gold event of the
same article when the source key, target key (country, else org; no target matches no target)
and CAMEO root agree, one-to-one, over asserted events only. Views add date agreement (to the
gold's precision) or PLOVER agreement; ``dyad`` ignores the code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.records import Article, CodedArticle

Ev = dict[str, Any]
VIEWS = ("dyad", "dyad+root", "dyad+root+plover", "dyad+root+date")


def actor_key(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return (actor.get("country") or "").strip().upper() or (
        actor.get("org") or "").strip().upper() or None


def _root(code: Any) -> str | None:
    code = str(code or "").strip()
    return code[:2] if len(code) >= 2 else None


def _date_ok(gold: Ev, sys: Ev) -> bool:
    g = gold.get("date")
    if not g:
        return True
    return bool(sys.get("date")) and str(sys["date"]).startswith(str(g)[:10])


def _asserted(events: list[Ev] | None) -> list[Ev]:
    return [e for e in events or [] if (e.get("modality") or "asserted") == "asserted"]


EXTRA: dict[str, Callable[[Ev, Ev], bool]] = {
    "dyad": lambda g, s: True,
    "dyad+root": lambda g, s: True,
    "dyad+root+plover": lambda g, s: (
        (g.get("plover") or "").upper() == (s.get("plover") or "").upper()),
    "dyad+root+date": _date_ok,
}


def count_matches(gold: list[Ev], system: list[Ev], view: str) -> list[tuple[Ev, Ev]]:
    use_root = view != "dyad"
    extra = EXTRA[view]
    used: set[int] = set()
    pairs = []
    for g in gold:
        gk = (actor_key(g.get("source")), actor_key(g.get("target")),
              _root(g.get("cameo")) if use_root else None)
        for i, s in enumerate(system):
            if i in used:
                continue
            sk = (actor_key(s.get("source")), actor_key(s.get("target")),
                  _root(s.get("cameo")) if use_root else None)
            if gk == sk and extra(g, s):
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


@dataclass
class Score:
    tp: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "system": self.system, "gold": self.gold}


@dataclass
class Report:
    views: dict[str, Score] = field(default_factory=lambda: {v: Score() for v in VIEWS})
    by_root: dict[str, Score] = field(default_factory=dict)
    articles: list[tuple[str, Score]] = field(default_factory=list)
    missing: int = 0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {v: s.as_dict() for v, s in self.views.items()}
        out["by_root"] = {r: s.as_dict() for r, s in sorted(self.by_root.items())}
        out["articles"] = len(self.articles)
        out["articles_missing_in_system"] = self.missing
        return out


def score(gold: dict[str, dict[str, Any]], system: dict[str, dict[str, Any]]) -> Report:
    report = Report()
    for aid, grec in gold.items():
        if aid not in system:
            report.missing += 1
        g = _asserted(grec.get("events"))
        s = _asserted((system.get(aid) or {}).get("events"))
        for view in VIEWS:
            t = report.views[view]
            t.tp += len(count_matches(g, s, view))
            t.system += len(s)
            t.gold += len(g)
        matched = count_matches(g, s, "dyad+root")
        report.articles.append((aid, Score(len(matched), len(s), len(g))))
        for ev in g:
            report.by_root.setdefault(_root(ev.get("cameo")) or "??", Score()).gold += 1
        for ev in s:
            report.by_root.setdefault(_root(ev.get("cameo")) or "??", Score()).system += 1
        for ge, _se in matched:
            report.by_root[_root(ge.get("cameo")) or "??"].tp += 1
    return report


def load_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON ({exc.msg} at column "
                                     f"{exc.colno}); a gold file has one JSON object a line"
                                     ) from exc
                if not isinstance(rec, dict) or not rec.get("id"):
                    raise ValueError(f"{path}:{n}: not a gold record (a JSON object with "
                                     "'id', 'text' and 'events')")
                out[str(rec.get("id"))] = rec
    return out


def evaluate_file(coder: Any, gold_path: Path, output: Path | None = None) -> Report:
    gold = load_jsonl(gold_path)
    articles = [Article(id=aid, text=rec.get("text") or "", title=rec.get("title"),
                        published=rec.get("published"), url=rec.get("url"),
                        source=rec.get("source")) for aid, rec in gold.items()]
    system: dict[str, dict[str, Any]] = {}
    for result in coder.code_many(articles):
        if isinstance(result, CodedArticle):
            system[result.id] = result.to_dict()
    if output is not None:
        with output.open("w", encoding="utf-8") as fh:
            for rec in system.values():
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return score(gold, system)


def render_report(report: Report, worst: int = 5) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for view in ("dyad", "dyad+root", "dyad+root+plover", "dyad+root+date"):
        s = report.views[view]
        console.print(f"{view:18s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  "
                      f"tp={s.tp} system={s.system} gold={s.gold}", highlight=False)
    table = Table(title="dyad+root by CAMEO root")
    for col in ("root", "gold", "system", "tp", "P", "R", "F1"):
        table.add_column(col, justify="right")
    for root, s in sorted(report.by_root.items()):
        table.add_row(root, str(s.gold), str(s.system), str(s.tp), f"{s.precision:.2f}",
                      f"{s.recall:.2f}", f"{s.f1:.2f}")
    console.print(table)
    ranked = sorted(report.articles, key=lambda t: (t[1].f1, -t[1].gold))[:worst]
    wt = Table(title=f"{worst} worst articles (dyad+root)")
    for col in ("article", "F1", "tp", "system", "gold"):
        wt.add_column(col)
    for aid, s in ranked:
        wt.add_row(aid, f"{s.f1:.2f}", str(s.tp), str(s.system), str(s.gold))
    console.print(wt)
    if report.missing:
        console.print(f"[yellow]{report.missing} gold articles produced no output[/]")

