import type { GroupKey } from '../../core/report/dimension.js';
import type { Store } from '../open.js';
import type { HourRange } from './grouping.js';

/**
 * Distinct known customers among the period's offered calls, per group. Offered means not a
 * short abandon, with short meaning exactly what src/db/rollups.ts counts: abandoned, wait < S.
 */
export function distinctCustomers(db: Store, range: HourRange, keySql: string, shortAbandonS: number): Map<GroupKey, number> {
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
