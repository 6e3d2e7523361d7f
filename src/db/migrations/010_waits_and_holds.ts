import type { Migration } from './index.js';

export const waitsAndHolds: Migration = {
  version: 10,
  name: 'answered waits counted per hour and queue and per day and agent; customer days; hold sums in the hourly rollups',
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

      -- The days on which each customer had an offered call, and per day how many customers'
      -- previous such day was which (-1: none): the distinct customers of a run of days [a, b]
      -- are the sum over its days of the customers whose previous day is before a.
      CREATE TABLE customer_day (
        customer  TEXT NOT NULL,
        local_day INTEGER NOT NULL,
        PRIMARY KEY (customer, local_day)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE customer_day_count (
        local_day    INTEGER NOT NULL,
        previous_day INTEGER NOT NULL,
        customers    INTEGER NOT NULL,
        PRIMARY KEY (local_day, previous_day)
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

      INSERT INTO customer_day (customer, local_day)
      SELECT DISTINCT customer, local_hour / 24 FROM calls
      WHERE customer IS NOT NULL
        AND NOT (outcome = 'abandoned' AND coalesce(wait_s < (SELECT coalesce(max(CAST(value AS REAL)), 0) FROM settings WHERE key = 'short_abandon_s'), 0));
      INSERT INTO customer_day_count (local_day, previous_day, customers)
      SELECT local_day, previous_day, count(*) FROM (
        SELECT local_day, coalesce(lag(local_day) OVER (PARTITION BY customer ORDER BY local_day), -1) AS previous_day FROM customer_day
      ) GROUP BY 1, 2;

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
