"""The store's schema, as migrations (docs/store.md describes each table).

Released migrations are history: never edit one, add the next.
"""

from __future__ import annotations

import duckdb

from eventwire.store.migrations import Migrations

migrations = Migrations("eventwire")

_ACTOR_COLUMNS = ",\n".join(
    f"  {side}_{f} VARCHAR" for side in ("source", "target")
    for f in ("text", "name", "country", "org", "sector", "code", "key")
)
_MENTION_COLUMNS = f"""
  article_id VARCHAR NOT NULL,
  outlet VARCHAR,
  published VARCHAR,
  url VARCHAR,
{_ACTOR_COLUMNS},
  cameo VARCHAR NOT NULL,
  root VARCHAR NOT NULL,
  plover VARCHAR,
  goldstein DOUBLE,
  quad_class INTEGER,
  modality VARCHAR NOT NULL,
  date VARCHAR,
  date_precision VARCHAR,
  place VARCHAR,
  place_country VARCHAR,
  lat DOUBLE,
  lon DOUBLE,
  attribution VARCHAR,
  trigger VARCHAR,
  sentence INTEGER,
  evidence VARCHAR,
  rule VARCHAR,
  confidence DOUBLE"""


@migrations()
def m001_articles_and_rejects(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
CREATE TABLE articles (
  article_id VARCHAR PRIMARY KEY,
  text_sha256 VARCHAR NOT NULL UNIQUE,
  title VARCHAR,
  published VARCHAR,
  url VARCHAR,
  source VARCHAR,
  outlet VARCHAR,
  dateline_place VARCHAR,
  dateline_date VARCHAR,
  dateline_agency VARCHAR,
  byline VARCHAR,
  origin_file VARCHAR,
  origin_line INTEGER,
  num_chars INTEGER,
  num_words INTEGER,
  num_events INTEGER,
  coded_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)""")
    con.execute("""
CREATE TABLE rejects (
  record_id VARCHAR NOT NULL,
  origin_file VARCHAR,
  origin_line INTEGER,
  reason VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  text_sha256 VARCHAR,
  rejected_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)""")


@migrations()
def m002_mentions(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"""
CREATE TABLE mentions (
  mention_id VARCHAR PRIMARY KEY,{_MENTION_COLUMNS},
  date_basis VARCHAR
)""")
    con.execute("""
CREATE TABLE actor_mentions (
  mention_id VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  text VARCHAR,
  name VARCHAR,
  country VARCHAR,
  org VARCHAR,
  sector VARCHAR,
  code VARCHAR,
  key VARCHAR,
  resolved_by VARCHAR,
  start_char INTEGER,
  end_char INTEGER
)""")


@migrations()
def m003_events(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"""
CREATE TABLE events (
  event_id VARCHAR NOT NULL,{_MENTION_COLUMNS},
  num_mentions INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  first_seen VARCHAR,
  last_seen VARCHAR,
  mention_ids VARCHAR[] NOT NULL
)""")
    con.execute("""
CREATE TABLE store_state (
  key VARCHAR PRIMARY KEY,
  value VARCHAR
)""")


@migrations()
def m004_article_texts(con: duckdb.DuckDBPyConnection) -> None:
    """The cleaned text of each coded article and its coded JSON (events with spans, quotes),
    for the web explorer's article page. Stores made before this hold no row for old articles."""
    con.execute("""
CREATE TABLE article_texts (
  article_id VARCHAR PRIMARY KEY,
  body VARCHAR NOT NULL,
  coded VARCHAR NOT NULL
)""")


@migrations()
def m005_event_trace(con: duckdb.DuckDBPyConnection) -> None:
    """Why each mention was coded (the rule book's trace, JSON) and how each actor resolved."""
    con.execute("ALTER TABLE mentions ADD COLUMN why VARCHAR")
    con.execute("ALTER TABLE actor_mentions ADD COLUMN via VARCHAR")
