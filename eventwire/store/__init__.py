"""The event store: mentions in DuckDB, deduplicated events, and exports."""
