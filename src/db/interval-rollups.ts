import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS, type CallBatch } from '../core/import/call-batch.js';
import { systemTimeZone, Zone } from '../core/time/zone.js';
import type { Store } from './open.js';
import type { RollupBasis } from './rollups.js';

/** Quarter hours: the finest staffing interval, and every coarser one (30, 60 min) is a sum of them. */
export const QUARTER_S = 900;

/**
 * The one declaration of what interval_rollup keeps per wall-clock quarter hour, queue and agent:
 * its columns, how each is counted from calls, and how two counts combine. Undo, back-fill and a
 * change of zone, T or S recount from calls with it; an import adds its calls' sums as it goes
 * (IntervalAccumulator, which follows this order).
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

/** One interval_rollup row's sums, in the order of MEASURES. */
type Sums = number[];

/**
 * The same sums as MEASURES, added up while an import inserts and merged into the table: one
 * pass instead of sorting the new calls again. A test holds both to sums computed independently.
 */
export class IntervalAccumulator {
  private readonly rows = new Map<string, Map<string, Map<number, Sums>>>();
  private held = 0;

  constructor(
    private readonly basis: Pick<RollupBasis, 'slThresholdS' | 'shortAbandonS'>,
    private readonly zone: Zone,
  ) {}

  get size(): number {
    return this.held;
  }

  add(batch: CallBatch, index: number): void {
    const t = index * TEXT_FIELDS;
    const n = index * NUMBER_FIELDS;
    const numbers = batch.numbers;
    const queue = batch.texts[t + TEXT.queue] ?? '';
    const agent = batch.texts[t + TEXT.agent] ?? '';
    const quarter = Math.floor(this.zone.wallSeconds(numbers[n + NUMBER.arrivalAt]!) / QUARTER_S);
    let byAgent = this.rows.get(queue);
    if (!byAgent) this.rows.set(queue, (byAgent = new Map()));
    let byQuarter = byAgent.get(agent);
    if (!byQuarter) byAgent.set(agent, (byQuarter = new Map()));
    let sums = byQuarter.get(quarter);
    if (!sums) {
      byQuarter.set(quarter, (sums = new Array<number>(MEASURES.length).fill(0)));
      this.held++;
    }
    const wait = numbers[n + NUMBER.waitS]!;
    const hasWait = !Number.isNaN(wait);
    if (numbers[n + NUMBER.answered] === 1) {
      const part = (value: number) => (Number.isNaN(value) ? 0 : value);
      sums[0]!++;
      if (hasWait && wait <= this.basis.slThresholdS) sums[3]!++;
      if (hasWait) {
        sums[4]!++;
        sums[5]! += wait;
      }
      sums[8]! += part(numbers[n + NUMBER.talkS]!) + part(numbers[n + NUMBER.holdS]!) + part(numbers[n + NUMBER.wrapS]!);
    } else {
      sums[1]!++;
      if (hasWait && wait < this.basis.shortAbandonS) sums[2]!++;
      if (hasWait && wait >= this.basis.shortAbandonS) {
        sums[6]!++;
        sums[7]! += wait;
      }
    }
  }

  mergeInto(db: Store): void {
    const merge = db.prepare(
      `INSERT INTO interval_rollup (local_quarter, queue, agent, ${COLUMNS}) VALUES (${['?', '?', '?', ...MEASURES.map(() => '?')].join(', ')})
      ON CONFLICT (local_quarter, queue, agent) DO UPDATE SET ${ADD}`,
    );
    for (const [queue, byAgent] of this.rows) {
      for (const [agent, byQuarter] of byAgent) {
        for (const [quarter, sums] of byQuarter) merge.run(quarter, queue, agent, ...sums);
      }
    }
    this.rows.clear();
    this.held = 0;
  }
}
