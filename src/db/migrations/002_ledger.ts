import type { Migration } from './index.js';

const CHANNELS = "('phone', 'email', 'chat', 'visit', 'other')";

/** Both ledgers are append-only: what was said is never changed or deleted, not even by hand. */
function appendOnly(table: string): string {
  return `
    CREATE TRIGGER ${table}_never_changed BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is an append-only ledger: an entry is never changed; add an event instead'); END;
    CREATE TRIGGER ${table}_never_deleted BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is an append-only ledger: an entry is never deleted'); END;`;
}

export const ledger: Migration = {
  version: 2,
  name: 'commitments and complaints ledgers',
  up(db) {
    db.exec(`
      CREATE TABLE commitments (
        id           INTEGER PRIMARY KEY,
        external_id  TEXT UNIQUE,              -- the id in an imported file, for idempotent re-imports
        customer     TEXT,                     -- NULL for a commitment of the organisation itself
        promise      TEXT NOT NULL CHECK (trim(promise) <> ''),  -- verbatim
        due_at       INTEGER NOT NULL,         -- unix seconds UTC: the original due, the one measured
        owner        TEXT,
        call_id      TEXT,
        channel      TEXT CHECK (channel IN ${CHANNELS}),
        made_at      INTEGER NOT NULL,         -- when it was promised
        made_by      TEXT NOT NULL,
        recorded_at  INTEGER NOT NULL,         -- when it was written here
        CHECK (due_at >= made_at)
      ) STRICT;
      CREATE INDEX commitments_by_due ON commitments (due_at);
      CREATE INDEX commitments_by_customer ON commitments (customer) WHERE customer IS NOT NULL;

      CREATE TABLE commitment_events (
        id             INTEGER PRIMARY KEY,
        commitment_id  INTEGER NOT NULL REFERENCES commitments (id),
        kind           TEXT NOT NULL CHECK (kind IN ('keep', 'break', 'cancel', 'extend', 'note')),
        at             INTEGER NOT NULL,       -- unix seconds UTC
        by             TEXT NOT NULL,
        note           TEXT,
        due_at         INTEGER,                -- the new due of an extension
        CHECK ((kind = 'extend') = (due_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX commitment_events_by_commitment ON commitment_events (commitment_id, id);

      CREATE TABLE complaints (
        id            INTEGER PRIMARY KEY,
        external_id   TEXT UNIQUE,
        customer      TEXT NOT NULL,
        category      TEXT NOT NULL CHECK (trim(category) <> ''),   -- as written
        category_key  TEXT NOT NULL,           -- lower case, single spaces: how categories are matched
        severity      TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
        channel       TEXT CHECK (channel IN ${CHANNELS}),
        call_id       TEXT,
        remedy        TEXT,                    -- what the customer asks for, verbatim
        description   TEXT NOT NULL CHECK (trim(description) <> ''),  -- verbatim
        received_at   INTEGER NOT NULL,        -- unix seconds UTC
        recorded_by   TEXT NOT NULL,
        recorded_at   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX complaints_by_customer_category ON complaints (customer, category_key, received_at);
      CREATE INDEX complaints_by_category ON complaints (category_key, received_at);
      CREATE INDEX complaints_by_received ON complaints (received_at);

      CREATE TABLE complaint_events (
        id            INTEGER PRIMARY KEY,
        complaint_id  INTEGER NOT NULL REFERENCES complaints (id),
        kind          TEXT NOT NULL CHECK (kind IN ('ack', 'assign', 'resolve', 'reopen', 'close', 'note')),
        at            INTEGER NOT NULL,
        by            TEXT NOT NULL,
        note          TEXT,
        assignee      TEXT,
        resolution    TEXT,
        root_cause    TEXT,
        CHECK ((kind = 'assign') = (assignee IS NOT NULL)),
        CHECK ((kind = 'resolve') = (resolution IS NOT NULL))
      ) STRICT;
      CREATE INDEX complaint_events_by_complaint ON complaint_events (complaint_id, id);
      ${appendOnly('commitments')}
      ${appendOnly('commitment_events')}
      ${appendOnly('complaints')}
      ${appendOnly('complaint_events')}
    `);
  },
};
