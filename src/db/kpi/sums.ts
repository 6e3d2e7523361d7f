import { CALL_SUMS, emptyCallSums, type CallSums } from '../../core/kpi/sums.js';
import type { GroupKey } from '../../core/report/dimension.js';
import { connection, type Store } from '../store.js';
import { totalSql } from '../rollup-sql.js';
import type { GroupKeyRule, HourRange } from './grouping.js';

const TOTALS = CALL_SUMS.map(totalSql).join(', ');

/**
 * The rollup holding each kind of group's sums (see GroupKeyRule.sums), and its rows of an hour
 * range. Periods are whole days, so a range is read from day_rollup as the days it spans.
 */
const SUMS_SOURCE: Record<GroupKeyRule['sums'], { table: string; within: string }> = {
  hours: { table: 'hour_totals', within: 'local_hour BETWEEN :fromHour AND :toHour' },
  'queues and agents': { table: 'day_rollup', within: 'local_day BETWEEN :fromHour / 24 AND :toHour / 24' },
};

/** The rolled-up sums of a period per group: everything additive, without reading a call. */
export function rollupSums(store: Store, range: HourRange, keySql: string, from: GroupKeyRule['sums']): Map<GroupKey, CallSums> {
  const db = connection(store);
  const rows = db
    .prepare(`SELECT ${keySql} AS key, ${TOTALS} FROM ${SUMS_SOURCE[from].table} WHERE ${SUMS_SOURCE[from].within} GROUP BY 1`)
    .all(range) as ({ key: GroupKey } & CallSums)[];
  const sums = new Map<GroupKey, CallSums>();
  for (const { key, ...row } of rows) sums.set(key, { ...emptyCallSums(), ...row });
  return sums;
}
