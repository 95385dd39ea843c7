"""Named, ordered, recorded, transactional schema migrations (the sqlite-utils pattern).

    migrations = Migrations("eventwire")

    @migrations()
    def m001_articles(con): con.execute("CREATE TABLE ...")

    migrations.apply(con)     # runs, in order, each migration not yet in the `migrations` table

Each migration runs in its own transaction together with the row that records it, so a crash
leaves the store either before or after a migration, never half-way. A migration is never
edited once released: a schema change is a new migration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb

from eventwire.errors import StoreError

Migration = Callable[[duckdb.DuckDBPyConnection], None]


@dataclass
class Migrations:
    name: str
    _steps: list[tuple[str, Migration]] = field(default_factory=list)

    def __call__(self, *, name: str | None = None) -> Callable[[Migration], Migration]:
        def register(fn: Migration) -> Migration:
            step = name or fn.__name__
            if step in self.names:
                raise ValueError(f"migration {step!r} registered twice")
            self._steps.append((step, fn))
            return fn

        return register

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self._steps]

    @staticmethod
    def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(
            "CREATE TABLE IF NOT EXISTS migrations ("
            " migration_set VARCHAR NOT NULL, name VARCHAR NOT NULL,"
            " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp,"
            " PRIMARY KEY (migration_set, name))"
        )

    def applied(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        exists = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations'"
        ).fetchall()[0][0]
        if not exists:
            return []
        rows = con.execute("SELECT name FROM migrations WHERE migration_set = ?",
                           [self.name]).fetchall()
        return [r[0] for r in rows]

    def pending(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        done = set(self.applied(con))
        return [n for n in self.names if n not in done]

    def apply(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        """Apply the pending migrations in order; return their names."""
        done = set(self.applied(con))
        unknown = done - set(self.names)
        if unknown:
            raise StoreError(
                f"the store was migrated by a newer eventwire ({', '.join(sorted(unknown))}); "
                "upgrade eventwire to use it")
        ran = []
        for step, fn in self._steps:
            if step in done:
                continue
            con.execute("BEGIN TRANSACTION")
            try:
                self.ensure_table(con)
                fn(con)
                con.execute("INSERT INTO migrations (migration_set, name) VALUES (?, ?)",
                            [self.name, step])
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
            ran.append(step)
        return ran
