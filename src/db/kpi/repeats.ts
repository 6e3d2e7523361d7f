import { repeatWindowSeconds, type RepeatCounts } from '../../core/kpi/repeat.js';
import type { GroupKey } from '../../core/report/dimension.js';
import type { Store } from '../open.js';
import type { HourRange } from './grouping.js';

/**
 * Per group, the period's answered calls with a known customer, and those whose customer
 * calls again (any outcome, in or after the period) within (0, W] after the call's arrival.
 * The outer scan uses calls_by_hour, each look-ahead one seek in calls_by_customer.
 */
export function repeatCounts(db: Store, range: HourRange, keySql: string, repeatWindowH: number): Map<GroupKey, RepeatCounts> {
  const rows = db
    .prepare(
      `SELECT ${keySql} AS key, count(*) AS base,
        count(CASE WHEN EXISTS (
          SELECT 1 FROM calls AS later
          WHERE later.customer = calls.customer AND later.arrival_at > calls.arrival_at AND later.arrival_at <= calls.arrival_at + :window
        ) THEN 1 END) AS repeats
      FROM calls
      WHERE local_hour BETWEEN :fromHour AND :toHour AND outcome = 'answered' AND customer IS NOT NULL
      GROUP BY 1`,
    )
    .all({ ...range, window: repeatWindowSeconds(repeatWindowH) }) as ({ key: GroupKey } & RepeatCounts)[];
  return new Map(rows.map(({ key, base, repeats }) => [key, { base, repeats }]));
}
