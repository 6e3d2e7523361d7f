import { rebuildCoarseRollups } from '../coarse-rollups.js';
import type { Migration } from './index.js';

export const coarseRollups: Migration = {
  version: 14,
  name: 'the hourly rollups added up per hour over every queue and agent and per day, queue and agent; the answered waits per day',
  up(db) {
    db.exec(`
      -- hourly_rollup's sums per wall-clock hour over every queue and agent, and per wall-clock
      -- day, queue and agent; wait_count's per wall-clock day over every hour and queue: what
      -- reports read. Kept by import and undo, recounted from those two.
      CREATE TABLE hour_totals (
        local_hour         INTEGER PRIMARY KEY,
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
        hold_n             INTEGER NOT NULL,
        hold_sum           REAL NOT NULL,
        resolved_n         INTEGER NOT NULL,
        resolved_yes       INTEGER NOT NULL,
        csat_n             INTEGER NOT NULL,
        csat_sum           INTEGER NOT NULL,
        csat_top2          INTEGER NOT NULL,
        repeat_base        INTEGER NOT NULL,
        repeat_yes         INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE day_rollup (
        local_day          INTEGER NOT NULL,   -- local_hour / 24
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
        hold_n             INTEGER NOT NULL,
        hold_sum           REAL NOT NULL,
        resolved_n         INTEGER NOT NULL,
        resolved_yes       INTEGER NOT NULL,
        csat_n             INTEGER NOT NULL,
        csat_sum           INTEGER NOT NULL,
        csat_top2          INTEGER NOT NULL,
        repeat_base        INTEGER NOT NULL,
        repeat_yes         INTEGER NOT NULL,
        PRIMARY KEY (local_day, queue, agent)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE day_wait_count (
        local_day INTEGER NOT NULL,          -- local_hour / 24
        wait_s    REAL NOT NULL,
        answered  INTEGER NOT NULL,
        PRIMARY KEY (local_day, wait_s)
      ) STRICT, WITHOUT ROWID;
    `);
    rebuildCoarseRollups(db);
  },
};
