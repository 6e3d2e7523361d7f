import { connection, type Store } from '../store.js';
import type { HourRange } from './grouping.js';

/** The arrivals of the first and last call (unix seconds), or null without calls. */
export interface CallSpan {
  first: number;
  last: number;
}

/**
 * The first and last arrival among the calls of the hour range (the whole store without one).
 * Local hours never run backwards as time goes on, so the first and last call are in the first
 * and last hour that has calls: both are found in the index calls_by_hour, without a scan.
 */
export function callSpan(store: Store, range?: HourRange): CallSpan | null {
  const db = connection(store);
  const bounds = { fromHour: range?.fromHour ?? Number.MIN_SAFE_INTEGER, toHour: range?.toHour ?? Number.MAX_SAFE_INTEGER };
  const row = db
    .prepare(
      `SELECT
        (SELECT min(arrival_at) FROM calls WHERE local_hour = (SELECT min(local_hour) FROM calls WHERE local_hour BETWEEN :fromHour AND :toHour)) AS first,
        (SELECT max(arrival_at) FROM calls WHERE local_hour = (SELECT max(local_hour) FROM calls WHERE local_hour BETWEEN :fromHour AND :toHour)) AS last`,
    )
    .get(bounds) as { first: number | null; last: number | null };
  return row.first === null || row.last === null ? null : { first: row.first, last: row.last };
}

/** The wall-clock days of the range that have at least one call, ascending, from the hours' totals. */
export function daysWithCalls(store: Store, range: HourRange): number[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT DISTINCT local_hour / 24 FROM hour_totals
      WHERE local_hour BETWEEN :fromHour AND :toHour AND answered + abandoned > 0 ORDER BY 1`,
    )
    .pluck()
    .all(range) as number[];
}
