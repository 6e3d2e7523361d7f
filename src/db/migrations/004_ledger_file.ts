import type { Migration } from './index.js';

const CHANNELS = "('phone', 'email', 'chat', 'visit', 'other')";
const TABLES = ['commitments', 'commitment_events', 'complaints', 'complaint_events'] as const;

/** What is written is never changed or deleted, not even by hand. */
function appendOnly(table: string): string {
  return `
    CREATE TRIGGER IF NOT EXISTS ledger.${table}_never_changed BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is an append-only ledger: an entry is never changed; add an event instead'); END;
    CREATE TRIGGER IF NOT EXISTS ledger.${table}_never_deleted BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is an append-only ledger: an entry is never deleted'); END;`;
}

/** The ledgers as they are in their own file: as before, and every event knows when it was written. */
const LEDGER_SCHEMA = `
  CREATE TABLE IF NOT EXISTS ledger.commitments (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT UNIQUE,
    customer     TEXT,
    promise      TEXT NOT NULL CHECK (trim(promise) <> ''),
    due_at       INTEGER NOT NULL,
    owner        TEXT,
    call_id      TEXT,
    channel      TEXT CHECK (channel IN ${CHANNELS}),
    made_at      INTEGER NOT NULL,         -- when it was promised (the business time)
    made_by      TEXT NOT NULL,
    recorded_at  INTEGER NOT NULL,         -- when it was written here: the computer's clock, never SVC_NOW
    CHECK (due_at >= made_at)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS ledger.commitments_by_due ON commitments (due_at);
  CREATE INDEX IF NOT EXISTS ledger.commitments_by_customer ON commitments (customer) WHERE customer IS NOT NULL;

  CREATE TABLE IF NOT EXISTS ledger.commitment_events (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitments (id),
    kind           TEXT NOT NULL CHECK (kind IN ('keep', 'break', 'cancel', 'extend', 'note')),
    at             INTEGER NOT NULL,       -- when it happened (the business time)
    by             TEXT NOT NULL,
    note           TEXT,
    due_at         INTEGER,
    recorded_at    INTEGER,                -- when it was written; NULL for entries written before svc kept it
    CHECK ((kind = 'extend') = (due_at IS NOT NULL))
  ) STRICT;
  CREATE INDEX IF NOT EXISTS ledger.commitment_events_by_commitment ON commitment_events (commitment_id, id);

  CREATE TABLE IF NOT EXISTS ledger.complaints (
    id            INTEGER PRIMARY KEY,
    external_id   TEXT UNIQUE,
    customer      TEXT NOT NULL,
    category      TEXT NOT NULL CHECK (trim(category) <> ''),
    category_key  TEXT NOT NULL,
    severity      TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    channel       TEXT CHECK (channel IN ${CHANNELS}),
    call_id       TEXT,
    remedy        TEXT,
    description   TEXT NOT NULL CHECK (trim(description) <> ''),
    received_at   INTEGER NOT NULL,        -- the business time
    recorded_by   TEXT NOT NULL,
    recorded_at   INTEGER NOT NULL         -- the computer's clock, never SVC_NOW
  ) STRICT;
  CREATE INDEX IF NOT EXISTS ledger.complaints_by_customer_category ON complaints (customer, category_key, received_at);
  CREATE INDEX IF NOT EXISTS ledger.complaints_by_category ON complaints (category_key, received_at);
  CREATE INDEX IF NOT EXISTS ledger.complaints_by_received ON complaints (received_at);

  CREATE TABLE IF NOT EXISTS ledger.complaint_events (
    id            INTEGER PRIMARY KEY,
    complaint_id  INTEGER NOT NULL REFERENCES complaints (id),
    kind          TEXT NOT NULL CHECK (kind IN ('ack', 'assign', 'resolve', 'reopen', 'close', 'note')),
    at            INTEGER NOT NULL,
    by            TEXT NOT NULL,
    note          TEXT,
    assignee      TEXT,
    resolution    TEXT,
    root_cause    TEXT,
    recorded_at   INTEGER,
    CHECK ((kind = 'assign') = (assignee IS NOT NULL)),
    CHECK ((kind = 'resolve') = (resolution IS NOT NULL))
  ) STRICT;
  CREATE INDEX IF NOT EXISTS ledger.complaint_events_by_complaint ON complaint_events (complaint_id, id);
  ${TABLES.map(appendOnly).join('\n')}`;

/** Columns copied from the store's own ledger tables (the new recorded_at of events stays NULL: unknown). */
const COPIED: Record<(typeof TABLES)[number], string> = {
  commitments: 'id, external_id, customer, promise, due_at, owner, call_id, channel, made_at, made_by, recorded_at',
  commitment_events: 'id, commitment_id, kind, at, by, note, due_at',
  complaints: 'id, external_id, customer, category, category_key, severity, channel, call_id, remedy, description, received_at, recorded_by, recorded_at',
  complaint_events: 'id, complaint_id, kind, at, by, note, assignee, resolution, root_cause',
};

export const ledgerFile: Migration = {
  version: 4,
  name: 'the ledgers move to their own file; ledger events record when they were written',
  // Committed before the old tables are dropped, and safe to repeat: a kill between the two
  // steps (which commit in different files) loses nothing, and the next open finishes the move.
  stage(db) {
    db.exec(LEDGER_SCHEMA);
    for (const table of TABLES) db.exec(`INSERT OR IGNORE INTO ledger.${table} (${COPIED[table]}) SELECT ${COPIED[table]} FROM main.${table}`);
  },
  up(db) {
    for (const table of ['commitment_events', 'complaint_events', 'commitments', 'complaints']) db.exec(`DROP TABLE main.${table}`);
  },
};
