"""Exceptions raised by eventwire.

    EventwireError                 base class; message says cause and fix
    +-- InputError                 a record or file cannot be read (bad encoding, binary, malformed)
    +-- ModelError                 the spaCy model cannot be loaded
    +-- DataFileError              a knowledge file has bad lines (all listed at once)
    +-- StoreError                 the event store cannot be opened, migrated or queried
    +-- MissingExtraError          an optional part needs an extra that is not installed
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class for all eventwire errors."""


class InputError(EventwireError):
    """A record or input file cannot be read."""


class ModelError(EventwireError):
    """The spaCy model cannot be loaded."""


class DataFileError(EventwireError):
    """A knowledge file has problems; ``problems`` lists every one with file and line."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{path}: {len(problems)} bad line(s):\n  {shown}{more}")


class StoreError(EventwireError):
    """The DuckDB event store cannot be opened, migrated or queried."""


class MissingExtraError(EventwireError):
    """An optional feature needs a package from an extra that is not installed."""
