"""Read inputs into Articles: .txt stories, .html pages, .jsonl and .csv corpora, folders, stdin.

Every record that cannot be read becomes a ``Rejection`` naming the record and the cause;
the rest of the input is still read.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest.html import article_from_html
from eventwire.records import Article, Rejection
from eventwire.timeplace.published import normalise_date

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")
csv.field_size_limit(64 * 1024 * 1024)


def read_inputs(paths: list[str], published: str | None = None) -> Iterator[Article | Rejection]:
    for p in paths:
        if p == "-":
            yield from isolated(_read_stdin(published), "stdin", "<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield from isolated(read_path(child, published), child.stem, str(child))
        elif path.exists():
            yield from isolated(read_path(path, published), path.stem, str(path))
        else:
            yield Rejection(path.name, f"input not found: {p}", str(p))


def isolated(records: Iterator[Article | Rejection], id: str, origin: str
             ) -> Iterator[Article | Rejection]:
    """The records of one input; a failure while reading it (a broken HTML parser, a missing
    optional package, an I/O error half-way) becomes a rejection of that input only, so the
    other inputs are still read and coded."""
    try:
        yield from records
    except Exception as exc:  # noqa: BLE001 - any failure: report it, go on with the rest
        yield Rejection(id, f"cannot read input: {_one_line(exc)}", origin)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:300]


def read_path(path: Path, published: str | None = None) -> Iterator[Article | Rejection]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":  # streamed line by line: memory stays bounded
            with path.open("rb") as fh:
                yield from read_jsonl(fh, str(path), published)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Rejection(path.stem, f"cannot read file: {exc.strerror}", str(path))
        return
    if suffix == ".csv":
        yield from read_csv(raw, str(path), published)
    else:
        text = _decode(raw, path.stem, str(path))
        if isinstance(text, Rejection):
            yield text
        elif suffix in (".html", ".htm"):
            yield article_from_html(text, path.stem, str(path), published)
        else:
            yield Article(id=path.stem, text=text, published=published, origin=str(path),
                          published_basis="option" if published else None)


def _decode(raw: bytes, id: str, origin: str) -> str | Rejection:
    if b"\x00" in raw[:8192]:
        return Rejection(id, "binary file (NUL bytes), not text", origin)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(id, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start});"
                         " re-encode the file as UTF-8", origin)


def _record(rec: dict, origin: str, published: str | None) -> Article | Rejection:
    rid = str(rec.get("id") or "").strip()
    if not rid:
        return Rejection(origin, "record has no 'id' field", origin)
    text = rec.get("text")
    if not isinstance(text, str):
        return Rejection(rid, "record has no 'text' string field", origin)
    own = rec.get("published")
    if own is not None and str(own).strip():
        try:
            own = normalise_date(own)
        except ValueError as exc:
            return Rejection(rid, f"unreadable published date: {exc}", origin)
    else:
        own = None
    return Article(
        id=rid, text=text, title=rec.get("title") or None, published=own or published,
        url=rec.get("url") or None, source=rec.get("source") or None, origin=origin,
        published_basis="given" if own else "option" if published else None,
    )


def read_jsonl(lines: Iterable[bytes], name: str, published: str | None = None
               ) -> Iterator[Article | Rejection]:
    for n, line in enumerate(lines, start=1):
        origin = f"{name}:{n}"
        if not line.strip():
            continue
        text = _decode(line, origin, origin)
        if isinstance(text, Rejection):
            yield text
            continue
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(origin, f"malformed JSON: {exc.msg} at column {exc.colno}", origin)
            continue
        if not isinstance(rec, dict):
            yield Rejection(origin, "JSON line is not an object", origin)
            continue
        yield _record(rec, origin, published)


def read_csv(raw: bytes, name: str, published: str | None = None
             ) -> Iterator[Article | Rejection]:
    text = _decode(raw, name, name)
    if isinstance(text, Rejection):
        yield text
        return
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in reader.fieldnames or "id" not in reader.fieldnames:
        yield Rejection(name, "CSV needs 'id' and 'text' columns", name)
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(f"{name}:{reader.line_num}", f"malformed CSV: {exc}",
                            f"{name}:{reader.line_num}")
            continue
        origin = f"{name}:{reader.line_num}"
        if None in row:
            yield Rejection(str(row.get("id") or origin), "malformed CSV row (extra fields)",
                            origin)
            continue
        yield _record(row, origin, published)


def _read_stdin(published: str | None) -> Iterator[Article | Rejection]:
    raw = sys.stdin.buffer.read()
    if raw.lstrip()[:1] == b"{":
        yield from read_jsonl(raw.split(b"\n"), "<stdin>", published)
        return
    text = _decode(raw, "stdin", "<stdin>")
    if isinstance(text, Rejection):
        yield text
    elif text.lstrip()[:1] == "<":
        yield article_from_html(text, "stdin", "<stdin>", published)
    else:
        yield Article(id="stdin", text=text, published=published, origin="<stdin>",
                      published_basis="option" if published else None)
