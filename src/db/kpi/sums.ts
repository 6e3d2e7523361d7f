import { CALL_SUMS, emptyCallSums, type CallSums } from '../../core/kpi/sums.js';
import type { GroupKey } from '../../core/report/dimension.js';
import { connection, type Store } from '../store.js';
import { totalSql } from '../rollup-sql.js';
import type { HourRange } from './grouping.js';

const TOTALS = CALL_SUMS.map(totalSql).join(', ');

/** The hourly_rollup sums of a period per group: everything additive, without reading a call. */
export function rollupSums(store: Store, range: HourRange, keySql: string): Map<GroupKey, CallSums> {
  const db = connection(store);
  const rows = db
    .prepare(`SELECT ${keySql} AS key, ${TOTALS} FROM hourly_rollup WHERE local_hour BETWEEN :fromHour AND :toHour GROUP BY 1`)
    .all(range) as ({ key: GroupKey } & CallSums)[];
  const sums = new Map<GroupKey, CallSums>();
  for (const { key, ...row } of rows) sums.set(key, { ...emptyCallSums(), ...row });
  return sums;
}
