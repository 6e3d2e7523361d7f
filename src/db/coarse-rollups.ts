import { CALL_SUMS } from '../core/kpi/sums.js';
import type { HourRange } from './kpi/grouping.js';
import type { RollupBasis } from './rollups.js';
import { connection, type Store } from './store.js';

const COLUMNS = CALL_SUMS.map((sum) => sum.column).join(', ');
const ADDED_UP = CALL_SUMS.map(({ column, take }) => `${take === 'max' ? 'max' : 'sum'}(${column})`).join(', ');

/**
 * A local hour can lie further from another than the instants do when the zone's offset changes
 * between them (a day at most: a zone that skipped a date).
 */
const OFFSET_CHANGE_H = 48;

/** Every hour a store can hold: local hours of calls after 1970 are never negative. */
const ALL_HOURS: HourRange = { fromHour: 0, toHour: Number.MAX_SAFE_INTEGER };

/**
 * Recounts hour_totals (hourly_rollup without queue and agent), day_rollup (hourly_rollup per
 * day) and day_wait_count (wait_count without hour and queue) of the range's whole days from
 * those rollups, so the totals are always the rollups added up. Called once the hourly rollups,
 * wait counts and repeat counts are final.
 */
function recountDays(store: Store, range: HourRange): void {
  const db = connection(store);
  const days = { fromDay: Math.floor(range.fromHour / 24), toDay: Math.floor(range.toHour / 24) };
  const hours = { fromHour: days.fromDay * 24, toHour: range === ALL_HOURS ? range.toHour : days.toDay * 24 + 23 };
  db.prepare('DELETE FROM hour_totals WHERE local_hour BETWEEN :fromHour AND :toHour').run(hours);
  db.prepare(`INSERT INTO hour_totals (local_hour, ${COLUMNS}) SELECT local_hour, ${ADDED_UP} FROM hourly_rollup WHERE local_hour BETWEEN :fromHour AND :toHour GROUP BY local_hour`).run(hours);
  db.prepare('DELETE FROM day_rollup WHERE local_day BETWEEN :fromDay AND :toDay').run(days);
  db.prepare(
    `INSERT INTO day_rollup (local_day, queue, agent, ${COLUMNS})
    SELECT local_hour / 24, queue, agent, ${ADDED_UP} FROM hourly_rollup WHERE local_hour BETWEEN :fromHour AND :toHour GROUP BY 1, 2, 3`,
  ).run(hours);
  db.prepare('DELETE FROM day_wait_count WHERE local_day BETWEEN :fromDay AND :toDay').run(days);
  db.prepare(
    `INSERT INTO day_wait_count (local_day, wait_s, answered)
    SELECT local_hour / 24, wait_s, sum(answered) FROM wait_count WHERE local_hour BETWEEN :fromHour AND :toHour GROUP BY 1, 2`,
  ).run(hours);
}

/** Recounts only the repeat contacts of the range's whole days, the one sum that changes in days without a new or removed call. */
function recountRepeats(store: Store, fromDay: number, toDay: number): void {
  const db = connection(store);
  const hours = { fromHour: fromDay * 24, toHour: toDay * 24 + 23 };
  db.prepare(
    `UPDATE hour_totals SET repeat_yes = counted.repeat_yes
    FROM (SELECT local_hour, sum(repeat_yes) AS repeat_yes FROM hourly_rollup WHERE local_hour BETWEEN :fromHour AND :toHour GROUP BY 1) AS counted
    WHERE hour_totals.local_hour = counted.local_hour AND hour_totals.repeat_yes <> counted.repeat_yes`,
  ).run(hours);
  db.prepare(
    `UPDATE day_rollup SET repeat_yes = counted.repeat_yes
    FROM (SELECT local_hour / 24 AS local_day, queue, agent, sum(repeat_yes) AS repeat_yes FROM hourly_rollup WHERE local_hour BETWEEN :fromHour AND :toHour GROUP BY 1, 2, 3) AS counted
    WHERE day_rollup.local_day = counted.local_day AND day_rollup.queue = counted.queue AND day_rollup.agent = counted.agent AND day_rollup.repeat_yes <> counted.repeat_yes`,
  ).run(hours);
}

/** Recounts the totals of every hour (a new table; a change of the rollups' parameters). */
export function rebuildCoarseRollups(store: Store): void {
  recountDays(store, ALL_HOURS);
}

/**
 * Recounts the totals of the days where calls were added or removed, and the repeat contacts of
 * the repeat window before them: a call whose repeat contact changed arrived at most W before
 * the call that changed it.
 */
export function refreshCoarseRollups(store: Store, basis: RollupBasis, changed: HourRange): void {
  const windowFromHour = Math.max(0, changed.fromHour - Math.ceil(basis.repeatWindowS / 3600) - OFFSET_CHANGE_H);
  const firstChangedDay = Math.floor(changed.fromHour / 24);
  recountRepeats(store, Math.floor(windowFromHour / 24), firstChangedDay - 1);
  recountDays(store, { fromHour: firstChangedDay * 24, toHour: changed.toHour });
}

/** The hours of the calls stored from `firstCallId` on (an import's new calls), or null when there are none. */
function hoursOfNewCalls(store: Store, firstCallId: number): HourRange | null {
  const db = connection(store);
  const row = db.prepare('SELECT min(local_hour) AS fromHour, max(local_hour) AS toHour FROM calls WHERE id >= ?').get(firstCallId) as { fromHour: number | null; toHour: number | null };
  return row.fromHour === null || row.toHour === null ? null : { fromHour: row.fromHour, toHour: row.toHour };
}

/** Keeps the totals after an import: recounts around the hours of its new calls (see refreshCoarseRollups). */
export function refreshCoarseRollupsOfNewCalls(store: Store, basis: RollupBasis, firstCallId: number): void {
  // Into a store that had no call, every hour is new: no need to look for them among the calls.
  if (firstCallId === 1) return rebuildCoarseRollups(store);
  const changed = hoursOfNewCalls(store, firstCallId);
  if (changed !== null) refreshCoarseRollups(store, basis, changed);
}
