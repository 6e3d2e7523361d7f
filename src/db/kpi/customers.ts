import type { GroupKey } from '../../core/report/dimension.js';
import { connection, type Store } from '../store.js';
import type { HourRange } from './grouping.js';

/**
 * Distinct known customers among the period's offered calls, per group. Offered means not a
 * short abandon, with short meaning exactly what src/db/rollups.ts counts: abandoned, wait < S.
 */
export function distinctCustomers(store: Store, range: HourRange, keySql: string, shortAbandonS: number): Map<GroupKey, number> {
  const db = connection(store);
  const rows = db
    .prepare(
      `SELECT ${keySql} AS key, count(DISTINCT customer) AS customers FROM calls
      WHERE local_hour BETWEEN :fromHour AND :toHour AND customer IS NOT NULL
        AND NOT (outcome = 'abandoned' AND coalesce(wait_s < :short, 0))
      GROUP BY 1`,
    )
    .all({ ...range, short: shortAbandonS }) as { key: GroupKey; customers: number }[];
  return new Map(rows.map(({ key, customers }) => [key, customers]));
}

/**
 * The same count for groups that are runs of whole days (the totals, days, weeks, months), from
 * customer_day_count: a customer is counted on its first day with an offered call in the group,
 * the day whose previous such day is before the group's first day (the group key, or the period's
 * first day for a group that starts before it). No call is read.
 */
export function distinctCustomersByDays(store: Store, range: HourRange, keySql: string): Map<GroupKey, number> {
  const db = connection(store);
  const rows = db
    .prepare(
      `SELECT key, sum(customers) AS customers FROM (
        SELECT ${keySql} AS key, previous_day, customers
        FROM (SELECT local_day * 24 AS local_hour, previous_day, customers FROM customer_day_count WHERE local_day BETWEEN :fromDay AND :toDay)
      ) WHERE previous_day < max(key, :fromDay) GROUP BY 1`,
    )
    .all({ fromDay: Math.floor(range.fromHour / 24), toDay: Math.floor(range.toHour / 24) }) as { key: GroupKey; customers: number }[];
  return new Map(rows.map(({ key, customers }) => [key, customers]));
}
