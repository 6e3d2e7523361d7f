import { connection, type Store } from './store.js';

export interface CallbackRow {
  customer: string;
  /** Abandoned calls since the customer's last answered call (all of them when never answered). */
  attempts: number;
  first_attempt_at: number;
  last_attempt_at: number;
  longest_wait_s: number | null;
  total_wait_s: number;
  /** Null when the customer was never answered. */
  last_answered_at: number | null;
}

/**
 * Customers whose latest call was abandoned with no answered call since. Candidates come from
 * the calls since `fromHour` through calls_by_hour; each one's history is then read through
 * calls_by_customer, so the cost follows the recent calls, not the whole table.
 */
export function readCallbacks(store: Store, fromHour: number): CallbackRow[] {
  const db = connection(store);
  return db
    .prepare(
      `WITH candidates AS (
         SELECT DISTINCT customer FROM calls INDEXED BY calls_by_hour
         WHERE local_hour >= :fromHour AND outcome = 'abandoned' AND customer IS NOT NULL
       ),
       answered AS (
         SELECT customer, (
           SELECT max(arrival_at) FROM calls c
           WHERE c.customer = candidates.customer AND c.outcome = 'answered'
         ) AS last_answered_at
         FROM candidates
       )
       SELECT a.customer, count(*) AS attempts, min(c.arrival_at) AS first_attempt_at, max(c.arrival_at) AS last_attempt_at,
              max(c.wait_s) AS longest_wait_s, total(c.wait_s) AS total_wait_s, a.last_answered_at
       FROM answered a JOIN calls c ON c.customer = a.customer AND c.arrival_at > coalesce(a.last_answered_at, -1)
       GROUP BY a.customer
       ORDER BY attempts DESC, first_attempt_at, a.customer`,
    )
    .all({ fromHour }) as CallbackRow[];
}
