import type { GroupKey } from '../../core/report/dimension.js';
import { connection, type Store } from '../store.js';
import type { GroupKeyRule, HourRange } from './grouping.js';
import { SUMS_TABLE } from './sums.js';

/** The last arrival whose repeat window has fully passed, and its wall-clock hour. */
export interface RepeatHorizon {
  at: number;
  localHour: number;
}

/**
 * Per group, the answered calls with a known customer (the repeat base) that arrived at or
 * before the horizon. Local hours never run backwards as time goes on, so every hour before
 * the horizon's hour is wholly before it (its rollups count), every hour after wholly after;
 * only the horizon's own hour reads calls.
 */
export function repeatsSeen(store: Store, range: HourRange, keySql: string, from: GroupKeyRule['sums'], horizon: RepeatHorizon | null): Map<GroupKey, number> {
  const db = connection(store);
  const seen = new Map<GroupKey, number>();
  if (horizon === null) return seen;
  const add = (rows: { key: GroupKey; seen: number }[]) => {
    for (const row of rows) seen.set(row.key, (seen.get(row.key) ?? 0) + row.seen);
  };
  const before = Math.min(range.toHour, horizon.localHour - 1);
  add(
    db
      .prepare(`SELECT ${keySql} AS key, sum(repeat_base) AS seen FROM ${SUMS_TABLE[from]} WHERE local_hour BETWEEN :fromHour AND :before GROUP BY 1`)
      .all({ fromHour: range.fromHour, before }) as { key: GroupKey; seen: number }[],
  );
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
