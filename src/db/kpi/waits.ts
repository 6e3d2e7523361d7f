import type { CountedValues } from '../../core/kpi/quantile.js';
import type { GroupKey } from '../../core/report/dimension.js';
import { connection, type Store } from '../store.js';
import type { GroupKeyRule, HourRange } from './grouping.js';

const BY_DAY = (keySql: string) =>
  `SELECT ${keySql}, wait_s, sum(answered) FROM (SELECT local_day * 24 AS local_hour, wait_s, answered FROM day_wait_count WHERE local_day BETWEEN :fromDay AND :toDay) GROUP BY 1, 2 ORDER BY 1, 2`;
const BY_AGENT = (keySql: string) => `SELECT ${keySql}, wait_s, sum(answered) FROM agent_wait_count WHERE local_day BETWEEN :fromDay AND :toDay GROUP BY 1, 2 ORDER BY 1, 2`;
const BY_QUEUE = (keySql: string) => `SELECT ${keySql}, wait_s, sum(answered) FROM wait_count WHERE local_hour BETWEEN :fromHour AND :toHour GROUP BY 1, 2 ORDER BY 1, 2`;

/**
 * The known waits of the period's answered calls per group, counted by value in ascending order
 * (for the quantiles), from the wait counts kept at import (src/db/wait-counts.ts, and their
 * per-day totals in src/db/coarse-rollups.ts): per day for groups of whole days, per hour and queue,
 * or per day and agent when the groups are agents. No call is read.
 */
export function answeredWaits(store: Store, range: HourRange, keySql: string, countedBy: GroupKeyRule['waits']): Map<GroupKey, CountedValues> {
  const db = connection(store);
  const sql = countedBy === 'day' ? BY_DAY(keySql) : countedBy === 'agent' ? BY_AGENT(keySql) : BY_QUEUE(keySql);
  const params = countedBy === 'queue' ? range : { fromDay: Math.floor(range.fromHour / 24), toDay: Math.floor(range.toHour / 24) };
  const collected = new Map<GroupKey, { values: number[]; counts: number[] }>();
  for (const [key, wait, answered] of db.prepare(sql).raw(true).iterate(params) as Iterable<[GroupKey, number, number]>) {
    let list = collected.get(key);
    if (list === undefined) collected.set(key, (list = { values: [], counts: [] }));
    list.values.push(wait);
    list.counts.push(answered);
  }
  return collected;
}
