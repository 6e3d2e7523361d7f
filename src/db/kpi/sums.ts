import { emptyCallSums, type CallSums } from '../../core/kpi/sums.js';
import type { GroupKey } from '../../core/report/dimension.js';
import type { Store } from '../open.js';
import type { HourRange } from './grouping.js';

/** The hourly_rollup sums of a period per group: everything additive, without reading a call. */
export function rollupSums(db: Store, range: HourRange, keySql: string): Map<GroupKey, CallSums> {
  const rows = db
    .prepare(
      `SELECT ${keySql} AS key,
        sum(answered) AS answered, sum(abandoned) AS abandoned, sum(short_abandoned) AS shortAbandoned,
        sum(answered_wait_n) AS answeredWaitN, sum(answered_wait_sum) AS answeredWaitSum, max(answered_wait_max) AS answeredWaitMax,
        sum(answered_within_sl) AS answeredWithinSl, sum(abandon_wait_n) AS abandonWaitN, sum(abandon_wait_sum) AS abandonWaitSum,
        sum(handle_sum) AS handleSum, sum(talk_n) AS talkN, sum(talk_sum) AS talkSum,
        sum(resolved_n) AS resolvedN, sum(resolved_yes) AS resolvedYes,
        sum(csat_n) AS csatN, sum(csat_sum) AS csatSum, sum(csat_top2) AS csatTop2,
        sum(repeat_base) AS repeatBase, sum(repeat_yes) AS repeatYes
      FROM hourly_rollup
      WHERE local_hour BETWEEN :fromHour AND :toHour
      GROUP BY 1`,
    )
    .all(range) as ({ key: GroupKey } & CallSums)[];
  const sums = new Map<GroupKey, CallSums>();
  for (const { key, ...row } of rows) sums.set(key, { ...emptyCallSums(), ...row });
  return sums;
}
