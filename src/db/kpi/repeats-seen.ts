import type { GroupKey } from '../../core/report/dimension.js';
import { connection, type Store } from '../store.js';
import type { GroupKeyRule, HourRange } from './grouping.js';

/** The last arrival whose repeat window has fully passed, and its wall-clock hour. */
export interface RepeatHorizon {
  at: number;
  localHour: number;
}

/**
 * Per group, the answered calls with a known customer (the repeat base) that arrived at or
 * before the horizon. Local hours never run backwards as time goes on, so every hour before
 * the horizon's hour is wholly before it (its rollups count), every hour after wholly after;
 * only the horizon's own hour reads calls. Groups of queues or agents read the whole days
 * before the horizon's day from day_rollup, and that day's hours from hourly_rollup.
 */
export function repeatsSeen(store: Store, range: HourRange, keySql: string, from: GroupKeyRule['sums'], horizon: RepeatHorizon | null): Map<GroupKey, number> {
  const db = connection(store);
  const seen = new Map<GroupKey, number>();
  if (horizon === null) return seen;
  const add = (rows: { key: GroupKey; seen: number }[]) => {
    for (const row of rows) seen.set(row.key, (seen.get(row.key) ?? 0) + row.seen);
  };
  const sumBase = (table: string, within: string, params: Record<string, number>) =>
    add(db.prepare(`SELECT ${keySql} AS key, sum(repeat_base) AS seen FROM ${table} WHERE ${within} GROUP BY 1`).all(params) as { key: GroupKey; seen: number }[]);
  const hours = (table: string, fromHour: number, toHour: number) => {
    if (fromHour <= toHour) sumBase(table, 'local_hour BETWEEN :fromHour AND :toHour', { fromHour, toHour });
  };
  const before = Math.min(range.toHour, horizon.localHour - 1);
  if (from === 'hours') hours('hour_totals', range.fromHour, before);
  else {
    const firstDay = Math.ceil(range.fromHour / 24);
    const lastDay = Math.floor((before + 1) / 24) - 1;
    if (lastDay < firstDay) hours('hourly_rollup', range.fromHour, before);
    else {
      sumBase('day_rollup', 'local_day BETWEEN :firstDay AND :lastDay', { firstDay, lastDay });
      hours('hourly_rollup', range.fromHour, firstDay * 24 - 1);
      hours('hourly_rollup', (lastDay + 1) * 24, before);
    }
  }
  if (horizon.localHour >= range.fromHour && horizon.localHour <= range.toHour) {
    add(
      db
        .prepare(
          `SELECT ${keySql} AS key, count(*) AS seen FROM calls
          WHERE local_hour = :hour AND outcome = 'answered' AND customer IS NOT NULL AND arrival_at <= :at GROUP BY 1`,
        )
        .all({ hour: horizon.localHour, at: horizon.at }) as { key: GroupKey; seen: number }[],
    );
  }
  return seen;
}
