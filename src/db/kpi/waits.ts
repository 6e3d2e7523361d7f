import type { GroupKey } from '../../core/report/dimension.js';
import type { Store } from '../open.js';
import type { HourRange } from './grouping.js';

/** The known waits of the period's answered calls per group, ascending (for the quantiles). Reads calls through calls_by_hour. */
export function answeredWaits(db: Store, range: HourRange, keySql: string): Map<GroupKey, Float64Array> {
  const statement = db
    .prepare(
      `SELECT ${keySql}, wait_s FROM calls
      WHERE local_hour BETWEEN :fromHour AND :toHour AND outcome = 'answered' AND wait_s IS NOT NULL`,
    )
    .raw(true);
  const collected = new Map<GroupKey, number[]>();
  for (const [key, wait] of statement.iterate(range) as Iterable<[GroupKey, number]>) {
    let list = collected.get(key);
    if (list === undefined) collected.set(key, (list = []));
    list.push(wait);
  }
  const waits = new Map<GroupKey, Float64Array>();
  // A Float64Array sorts numerically; a plain array would sort as text.
  for (const [key, list] of collected) waits.set(key, Float64Array.from(list).sort());
  return waits;
}
