import type { Migration } from './index.js';

export const nextArrivals: Migration = {
  version: 13,
  name: "each call's next arrival in a narrow table of its own, so storing them never rewrites the calls",
  up(db) {
    db.exec(`
      -- Arrival of the same customer's next call (strictly later), kept by import and undo, so
      -- repeat contacts are counted into the rollups instead of searched for per report. A call
      -- with no later call of its customer (or no customer) has no row. Kept beside calls, not
      -- in them: an import stores a next arrival for almost every call, and an update of calls
      -- would rewrite every page of the table a second time.
      CREATE TABLE next_arrivals (
        call_id         INTEGER PRIMARY KEY,   -- calls.id
        next_arrival_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO next_arrivals (call_id, next_arrival_at)
        SELECT id, next_arrival_at FROM calls WHERE next_arrival_at IS NOT NULL ORDER BY id;
      ALTER TABLE calls DROP COLUMN next_arrival_at;
    `);
  },
};
