import type { Migration } from './index.js';

export const waitsAndHolds: Migration = {
  version: 10,
  name: 'answered waits counted per hour and queue and per day and agent; hold sums in the hourly rollups',
  up(db) {
    db.exec(`
      -- How many answered calls waited exactly wait_s seconds, per wall-clock hour and queue
      -- ('' = unknown), and per wall-clock day and agent: exact quantiles of waits without
      -- reading calls. Kept by import and undo, like hourly_rollup.
      CREATE TABLE wait_count (
        local_hour INTEGER NOT NULL,
        queue      TEXT NOT NULL,
        wait_s     REAL NOT NULL,
        answered   INTEGER NOT NULL,
        PRIMARY KEY (local_hour, queue, wait_s)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE agent_wait_count (
        local_day INTEGER NOT NULL,          -- local_hour / 24
        agent     TEXT NOT NULL,
        wait_s    REAL NOT NULL,
        answered  INTEGER NOT NULL,
        PRIMARY KEY (local_day, agent, wait_s)
      ) STRICT, WITHOUT ROWID;

      -- Answered calls whose hold time is known, and the sum of those holds.
      ALTER TABLE hourly_rollup ADD COLUMN hold_n INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE hourly_rollup ADD COLUMN hold_sum REAL NOT NULL DEFAULT 0;

      INSERT INTO wait_count (local_hour, queue, wait_s, answered)
      SELECT local_hour, coalesce(queue, ''), wait_s, count(*) FROM calls
      WHERE outcome = 'answered' AND wait_s IS NOT NULL GROUP BY 1, 2, 3;
      INSERT INTO agent_wait_count (local_day, agent, wait_s, answered)
      SELECT local_hour / 24, coalesce(agent, ''), wait_s, count(*) FROM calls
      WHERE outcome = 'answered' AND wait_s IS NOT NULL GROUP BY 1, 2, 3;

      UPDATE hourly_rollup SET hold_n = held.n, hold_sum = held.total
      FROM (
        SELECT local_hour, coalesce(queue, '') AS queue, coalesce(agent, '') AS agent,
          count(CASE WHEN hold_s IS NOT NULL THEN 1 END) AS n, total(hold_s) AS total
        FROM calls WHERE outcome = 'answered' GROUP BY 1, 2, 3
      ) AS held
      WHERE hourly_rollup.local_hour = held.local_hour AND hourly_rollup.queue = held.queue AND hourly_rollup.agent = held.agent;
    `);
  },
};
