import { connection, type Store } from '../store.js';
import type { HourRange } from './grouping.js';

/**
 * Upper edges, in seconds and inclusive, of the buckets the waits of answered calls are counted
 * in: 0–10 s, over 10 to 20 s, … over 300 s. Inclusive like the service level (answered within
 * T is wait ≤ T), so with T on an edge the buckets up to it add up to the calls answered in time.
 */
export const WAIT_BUCKET_EDGES_S: readonly number[] = [10, 20, 30, 45, 60, 90, 120, 180, 300];

/**
 * How many of the range's answered calls with a known wait fall in each bucket: one count per
 * bucket, the last one for waits over the last edge. Summed from the wait counts kept at import
 * per day and exact wait (day_wait_count; a range is a period's whole days): no call is read.
 */
export function answeredWaitBuckets(store: Store, range: HourRange): number[] {
  const db = connection(store);
  const bucket = `CASE ${WAIT_BUCKET_EDGES_S.map((edge, index) => `WHEN wait_s <= ${edge} THEN ${index}`).join(' ')} ELSE ${WAIT_BUCKET_EDGES_S.length} END`;
  const rows = db
    .prepare(
      `SELECT ${bucket} AS bucket, sum(answered) AS calls FROM day_wait_count
      WHERE local_day BETWEEN :fromHour / 24 AND :toHour / 24
      GROUP BY bucket`,
    )
    .all(range) as { bucket: number; calls: number }[];
  const counts = new Array<number>(WAIT_BUCKET_EDGES_S.length + 1).fill(0);
  for (const row of rows) counts[row.bucket] = row.calls;
  return counts;
}
