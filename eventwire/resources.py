"""Load the package's data files (eventwire/data/) by name, and validate CSV tables.

Every table is read through ``read_table``, which checks the header and collects every bad
line before raising one ``DataFileError`` that lists them all, with file and line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

from eventwire.errors import DataFileError

Row = dict[str, str]
Check = Callable[[Row], str | None]


def data_path(name: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("countries.csv")``."""
    return Path(str(resources.files("eventwire") / "data" / name))


def read_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


def pattern_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a bundled text file."""
    return [
        line.strip()
        for line in read_text(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def read_table(
    path: str | Path,
    required: tuple[str, ...],
    check: Check | None = None,
) -> list[Row]:
    """Read a CSV table; every row must have the ``required`` columns.

    ``check(row)`` returns a problem description or None. All problems are reported at once.
    """
    p = Path(path) if not isinstance(path, Path) else path
    if not p.is_absolute() and not p.exists():
        p = data_path(str(path))
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(p), [f"cannot read: {exc}"]) from exc
    rows, problems = [], []
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise DataFileError(str(p), [f"line 1: missing column(s) {', '.join(missing)}"])
    for row in reader:
        line = reader.line_num
        clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
        problem = check(clean) if check else None
        if problem:
            problems.append(f"line {line}: {problem}")
            continue
        rows.append(clean)
    if problems:
        raise DataFileError(str(p), problems)
    return rows


def split_list(value: str) -> list[str]:
    """Split a ``|``-separated cell into its non-empty parts."""
    return [v.strip() for v in value.split("|") if v.strip()]


def iter_officeholder_files() -> Iterator[Path]:
    folder = data_path("officeholders")
    yield from sorted(folder.glob("*.csv"))
