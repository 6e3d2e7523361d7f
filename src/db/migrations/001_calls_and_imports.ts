import type { Migration } from './index.js';

export const callsAndImports: Migration = {
  version: 1,
  name: 'calls, imports, hourly rollups, import carry, settings, targets',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE imports (
        id           INTEGER PRIMARY KEY,
        source       TEXT NOT NULL,            -- file path as given, '-' for standard input
        format       TEXT NOT NULL,
        content_hash TEXT,                     -- sha256 of the bytes read
        started_at   TEXT NOT NULL,            -- ISO 8601 UTC
        finished_at  TEXT,
        inserted     INTEGER NOT NULL DEFAULT 0,
        duplicates   INTEGER NOT NULL DEFAULT 0,
        rejected     INTEGER NOT NULL DEFAULT 0,
        skipped      INTEGER NOT NULL DEFAULT 0, -- records that are not calls for the KPIs
        -- The calls an import inserted hold the ids first_call_id..last_call_id (an import is one
        -- transaction, and new rows take ids above every existing one): undo needs no index.
        first_call_id INTEGER,
        last_call_id  INTEGER,
        undone_at    TEXT
      ) STRICT;

      CREATE TABLE calls (
        id          INTEGER PRIMARY KEY,
        source_key  TEXT NOT NULL UNIQUE,
        import_id   INTEGER NOT NULL REFERENCES imports(id),
        queue       TEXT,
        agent       TEXT,
        customer    TEXT,
        arrival_at  INTEGER NOT NULL,          -- unix seconds, UTC
        answer_at   INTEGER,
        end_at      INTEGER,
        local_hour  INTEGER NOT NULL,          -- hours since 1970-01-01 00:00 on the store's wall clock
        wait_s      REAL,
        talk_s      REAL,
        hold_s      REAL,
        wrap_s      REAL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('answered', 'abandoned')),
        ending      TEXT,                      -- the source's own ending before mapping
        resolved    INTEGER CHECK (resolved IN (0, 1)),
        csat        INTEGER CHECK (csat BETWEEN 1 AND 5),
        -- Arrival of the same customer's next call (strictly later), kept by import and undo,
        -- so repeat contacts are counted into the rollups instead of searched for per report.
        next_arrival_at INTEGER
      ) STRICT;
      -- Covers what reports read per call (quantiles of waits, distinct customers, repeat
      -- contacts) so a period's calls are read from the index alone, never from the table.
      CREATE INDEX calls_by_hour ON calls (local_hour, outcome, wait_s, customer, arrival_at);
      CREATE INDEX calls_by_customer ON calls (customer, arrival_at) WHERE customer IS NOT NULL;

      -- Additive sums per wall-clock hour, queue and agent ('' = unknown), kept by import and undo.
      CREATE TABLE hourly_rollup (
        local_hour         INTEGER NOT NULL,
        queue              TEXT NOT NULL,
        agent              TEXT NOT NULL,
        answered           INTEGER NOT NULL,
        abandoned          INTEGER NOT NULL,
        short_abandoned    INTEGER NOT NULL,
        answered_wait_n    INTEGER NOT NULL,
        answered_wait_sum  REAL NOT NULL,
        answered_wait_max  REAL,
        answered_within_sl INTEGER NOT NULL,
        abandon_wait_n     INTEGER NOT NULL,
        abandon_wait_sum   REAL NOT NULL,
        handle_sum         REAL NOT NULL,
        talk_n             INTEGER NOT NULL,
        talk_sum           REAL NOT NULL,
        resolved_n         INTEGER NOT NULL,
        resolved_yes       INTEGER NOT NULL,
        csat_n             INTEGER NOT NULL,
        csat_sum           INTEGER NOT NULL,
        csat_top2          INTEGER NOT NULL,
        repeat_base        INTEGER NOT NULL,   -- answered calls with a known customer
        repeat_yes         INTEGER NOT NULL,   -- … whose customer called again within (0, W]
        PRIMARY KEY (local_hour, queue, agent)
      ) STRICT, WITHOUT ROWID;

      -- What a format reader carries from one import to the next (e.g. calls still open at a file's end).
      CREATE TABLE import_carry (
        format TEXT NOT NULL,
        key    TEXT NOT NULL,
        value  TEXT NOT NULL,
        PRIMARY KEY (format, key)
      ) STRICT;

      CREATE TABLE targets (
        kpi       TEXT PRIMARY KEY,
        op        TEXT NOT NULL CHECK (op IN ('<', '<=', '>', '>=', '=')),
        value     REAL NOT NULL,
        set_at    TEXT NOT NULL
      ) STRICT;
    `);
  },
};
