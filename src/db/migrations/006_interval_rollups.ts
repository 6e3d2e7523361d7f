import { rebuildIntervalRollups } from '../interval-rollups.js';
import { readSettings } from '../settings.js';
import type { Migration } from './index.js';

export const intervalRollups: Migration = {
  version: 6,
  name: 'quarter-hour rollups for staffing intervals, and the staffing target of the charter',
  up(db) {
    db.exec(`
      -- Additive sums per wall-clock quarter hour (quarters since 1970-01-01 00:00 on the store's
      -- clock), queue and agent ('' = unknown), kept by import and undo: 15, 30 and 60 minute
      -- staffing intervals are sums of quarters, and agents seen are the agents with answered > 0.
      CREATE TABLE interval_rollup (
        local_quarter      INTEGER NOT NULL,
        queue              TEXT NOT NULL,
        agent              TEXT NOT NULL,
        answered           INTEGER NOT NULL,
        abandoned          INTEGER NOT NULL,
        short_abandoned    INTEGER NOT NULL,
        answered_within_sl INTEGER NOT NULL,
        answered_wait_n    INTEGER NOT NULL,
        answered_wait_sum  REAL NOT NULL,
        abandon_wait_n     INTEGER NOT NULL,
        abandon_wait_sum   REAL NOT NULL,
        handle_sum         REAL NOT NULL,
        PRIMARY KEY (local_quarter, queue, agent)
      ) STRICT, WITHOUT ROWID;

      -- The charter's staffing target, e.g. 'service_level>=0.8@20s': at most one.
      CREATE TABLE staffing_target (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        spec   TEXT NOT NULL,
        set_at TEXT NOT NULL
      ) STRICT;
    `);
    const settings = readSettings(db);
    rebuildIntervalRollups(db, { slThresholdS: settings.sl_threshold_s, shortAbandonS: settings.short_abandon_s });
  },
};
