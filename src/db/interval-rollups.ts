import { systemTimeZone, Zone } from '../core/time/zone.js';
import type { Store } from './open.js';
import type { RollupBasis } from './rollups.js';

/** Quarter hours: the finest staffing interval, and every coarser one (30, 60 min) is a sum of them. */
export const QUARTER_S = 900;

/**
 * The one declaration of what interval_rollup keeps per wall-clock quarter hour, queue and agent:
 * its columns, how each is counted from calls, and how two counts combine. Import, undo, back-fill
 * and a change of zone, T or S all go through it, so the sums cannot drift from the calls.
 */
const MEASURES = [
  ['answered', "count(CASE WHEN outcome = 'answered' THEN 1 END)"],
  ['abandoned', "count(CASE WHEN outcome = 'abandoned' THEN 1 END)"],
  ['short_abandoned', "count(CASE WHEN outcome = 'abandoned' AND wait_s < :short THEN 1 END)"],
  ['answered_within_sl', "count(CASE WHEN outcome = 'answered' AND wait_s <= :sl THEN 1 END)"],
  ['answered_wait_n', "count(CASE WHEN outcome = 'answered' AND wait_s IS NOT NULL THEN 1 END)"],
  ['answered_wait_sum', "total(CASE WHEN outcome = 'answered' THEN wait_s END)"],
  ['abandon_wait_n', "count(CASE WHEN outcome = 'abandoned' AND wait_s >= :short THEN 1 END)"],
  ['abandon_wait_sum', "total(CASE WHEN outcome = 'abandoned' AND wait_s >= :short THEN wait_s END)"],
  ['handle_sum', "total(CASE WHEN outcome = 'answered' THEN coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(wrap_s, 0) END)"],
] as const;

export type IntervalMeasure = (typeof MEASURES)[number][0];
export const INTERVAL_MEASURES: readonly IntervalMeasure[] = MEASURES.map(([column]) => column);

const COLUMNS = MEASURES.map(([column]) => column).join(', ');
const AGGREGATE = `SELECT wall_quarter(arrival_at), coalesce(queue, ''), coalesce(agent, ''), ${MEASURES.map(([, sql]) => sql).join(', ')} FROM calls`;
const ADD = MEASURES.map(([column]) => `${column} = ${column} + excluded.${column}`).join(', ');

/** The store's zone as its settings name it right now (a zone change re-derives the rollups after writing it). */
function storeZone(db: Store): Zone {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'timezone'").get() as { value: string } | undefined;
  return new Zone(row?.value ?? systemTimeZone());
}

/** wall_quarter(arrival_at): quarter hours since 1970-01-01 00:00 on the store's wall clock. */
function defineWallQuarter(db: Store): void {
  const zone = storeZone(db);
  db.function('wall_quarter', { deterministic: true }, (arrivalAt: unknown) => Math.floor(zone.wallSeconds(Number(arrivalAt)) / QUARTER_S));
}

function params(basis: Pick<RollupBasis, 'slThresholdS' | 'shortAbandonS'>) {
  return { sl: basis.slThresholdS, short: basis.shortAbandonS };
}

/** Adds the calls with ids from `firstCallId` on (an import's new calls) to the interval sums. */
export function addIntervalRollups(db: Store, basis: RollupBasis, firstCallId: number): void {
  defineWallQuarter(db);
  db.prepare(
    `INSERT INTO interval_rollup (local_quarter, queue, agent, ${COLUMNS})
    ${AGGREGATE} WHERE id >= :first GROUP BY 1, 2, 3
    ON CONFLICT (local_quarter, queue, agent) DO UPDATE SET ${ADD}`,
  ).run({ ...params(basis), first: firstCallId });
}

/**
 * Recomputes the quarters of the given wall-clock hours from their calls (every quarter when
 * omitted). A quarter lies inside its hour on the same wall clock, so an hour's calls are found
 * through the hour index.
 */
export function rebuildIntervalRollups(db: Store, basis: Pick<RollupBasis, 'slThresholdS' | 'shortAbandonS'>, hours?: Iterable<number>): void {
  defineWallQuarter(db);
  if (hours === undefined) {
    db.exec('DELETE FROM interval_rollup');
    db.prepare(`INSERT INTO interval_rollup (local_quarter, queue, agent, ${COLUMNS}) ${AGGREGATE} GROUP BY 1, 2, 3`).run(params(basis));
    return;
  }
  const forget = db.prepare('DELETE FROM interval_rollup WHERE local_quarter BETWEEN :hour * 4 AND :hour * 4 + 3');
  const recount = db.prepare(`INSERT INTO interval_rollup (local_quarter, queue, agent, ${COLUMNS}) ${AGGREGATE} WHERE local_hour = :hour GROUP BY 1, 2, 3`);
  for (const hour of hours) {
    forget.run({ hour });
    recount.run({ ...params(basis), hour });
  }
}
