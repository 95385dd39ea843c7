"""Read inputs into Articles: .txt stories, .html pages, .jsonl and .csv corpora, folders, stdin.

Every record that cannot be read becomes a ``Rejection`` naming the record and the cause;
the rest of the input is still read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from eventwire.ingest.html import article_from_html
from eventwire.records import Article, Rejection
from eventwire.timeplace.published import normalise_date

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")
csv.field_size_limit(64 * 1024 * 1024)


def read_inputs(paths: list[str], published: str | None = None, stdin_id: str | None = None
                ) -> Iterator[Article | Rejection]:
    """The records of every input, streamed; ``stdin_id`` names a single story read from
    standard input (default: ``stdin-`` and the first 12 hex digits of its text's SHA-256)."""
    for p in paths:
        if p == "-":
            yield from isolated(_read_stdin(published, stdin_id), "stdin", "<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            for child in folder_files(path):
                if isinstance(child, Rejection):
                    yield child
                elif child.suffix.lower() in SUFFIXES:
                    yield from isolated(read_path(child, published), child.stem, str(child))
                else:
                    yield Rejection(child.name, f"skipped: unknown suffix {child.suffix!r} "
                                    f"(read: {', '.join(SUFFIXES)})", str(child))
        elif path.exists():
            yield from isolated(read_path(path, published), path.stem, str(path))
        else:
            yield Rejection(path.name, f"input not found: {p}", str(p))


def folder_files(folder: Path) -> Iterator[Path | Rejection]:
    """The files under a folder, sorted, hidden ones left out; a sub-folder that cannot be
    read becomes a rejection naming it."""
    problems: list[OSError] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    for err in problems:
        where = err.filename or str(folder)
        yield Rejection(Path(where).name, f"cannot read folder: {err.strerror}", str(where))
    yield from sorted(found)


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
        if suffix in (".jsonl", ".csv"):  # streamed record by record: memory stays bounded
            with path.open("rb") as fh:
                reader = read_jsonl if suffix == ".jsonl" else read_csv
                yield from reader(fh, str(path), published)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Rejection(path.stem, f"cannot read file: {exc.strerror}", str(path))
        return
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


def read_csv(source: bytes | BinaryIO, name: str, published: str | None = None
             ) -> Iterator[Article | Rejection]:
    """CSV records, streamed from a binary file (or read from bytes)."""
    raw = io.BytesIO(source) if isinstance(source, bytes) else source
    head = raw.peek(8192)[:8192] if isinstance(raw, io.BufferedReader) else b""
    if isinstance(raw, io.BytesIO):
        head = raw.getvalue()[:8192]
    if b"\x00" in head:
        yield Rejection(name, "binary file (NUL bytes), not text", name)
        return
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    try:
        yield from _csv_rows(text, name, published)
    except UnicodeDecodeError as exc:
        yield Rejection(name, f"not UTF-8 (byte 0x{exc.object[exc.start]:02x}); re-encode the "
                        "file as UTF-8 (records before it were read)", name)
    finally:
        text.detach()


def _csv_rows(text: IO[str], name: str, published: str | None
              ) -> Iterator[Article | Rejection]:
    reader = csv.DictReader(text)
    if not reader.fieldnames or "text" not in reader.fieldnames or "id" not in reader.fieldnames:
        yield Rejection(name, "CSV needs 'id' and 'text' columns", name)
        return
    width = len(reader.fieldnames)
    last = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(f"{name}:{reader.line_num}", f"malformed CSV: {exc}",
                            f"{name}:{reader.line_num}")
            last = reader.line_num
            continue
        first, last = last + 1, reader.line_num
        origin = f"{name}:{reader.line_num}"
        if None in row:
            yield Rejection(str(row.get("id") or origin), "malformed CSV row (extra fields)",
                            origin)
            continue
        if last > first and any(_swallowed(v, width) for v in row.values()):
            yield Rejection(str(row.get("id") or origin),
                            f"malformed CSV: an unterminated quote makes this record swallow "
                            f"the records after it (lines {first}-{last}); fix the quoting",
                            origin)
            continue
        yield _record(row, origin, published)


def _swallowed(value: str | None, width: int) -> bool:
    """A field spanning lines holds a line that starts like a record of its own (an id such
    as 'a2' or 'wire-17', a comma, more text): a quote left open earlier swallowed it."""
    if not value or "\n" not in value or width < 2:
        return False
    for line in value.split("\n")[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) >= 2 and _ID_LIKE.fullmatch(fields[0]) and fields[1].strip():
            return True
    return False


_ID_LIKE = re.compile(r"(?=[\w.:/\-]*[\d_\-])[\w.:/\-]{1,64}")


def _read_stdin(published: str | None, stdin_id: str | None = None
                ) -> Iterator[Article | Rejection]:
    """JSONL from standard input is streamed line by line; anything else is one story (or
    page) whose id is ``stdin_id``, else derived from its content."""
    stream = sys.stdin.buffer
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    first = _first_byte(stream)
    if first == b"{":
        yield from read_jsonl(stream, "<stdin>", published)
        return
    raw = stream.read()
    text = _decode(raw, stdin_id or "stdin", "<stdin>")
    if isinstance(text, Rejection):
        yield text
        return
    rid = stdin_id or "stdin-" + hashlib.sha256(raw).hexdigest()[:12]
    if first == b"<":
        yield article_from_html(text, rid, "<stdin>", published)
    else:
        yield Article(id=rid, text=text, published=published, origin="<stdin>",
                      published_basis="option" if published else None)


def _first_byte(stream: BinaryIO) -> bytes:
    """The first non-blank byte of a stream, without consuming anything but leading blanks."""
    while True:
        peek = stream.peek(1)[:64] if hasattr(stream, "peek") else b""
        if not peek:
            return b""
        stripped = peek.lstrip(b" \t\r\n\xef\xbb\xbf")
        if stripped:
            return stripped[:1]
        stream.read(len(peek))
