import { NUMBER, NUMBER_FIELDS, type CallBatch } from '../core/import/call-batch.js';
import { CALL_SUMS } from '../core/kpi/sums.js';
import type { Settings } from '../core/settings.js';
import { rebuildIntervalRollups } from './interval-rollups.js';
import { rebuildCustomerMonths } from './customer-days.js';
import { rebuildCoarseRollups } from './coarse-rollups.js';
import { connection, type Store } from './store.js';
import { aggregateSql } from './rollup-sql.js';
import { GroupedSums } from './grouped-sums.js';
import { QueueAgentPairs } from './queue-agent-pairs.js';
import { WaitCounter, recountWaits } from './wait-counts.js';
import { rederiveAllNextArrivals } from './next-arrivals.js';

/** The parameters the rollups are counted with: changing one rebuilds them. */
export interface RollupBasis {
  slThresholdS: number;
  shortAbandonS: number;
  repeatWindowS: number;
}

export function rollupBasis(settings: Settings): RollupBasis {
  return { slThresholdS: settings.sl_threshold_s, shortAbandonS: settings.short_abandon_s, repeatWindowS: settings.repeat_window_h * 3600 };
}

const COLUMNS = CALL_SUMS.map((sum) => sum.column).join(', ');

/**
 * The hourly sums recounted from calls. Import, undo and a change of the time zone or of T
 * and S all recompute the touched hours from the calls with this statement, so the rollups can
 * never drift from the calls they summarise.
 */
const AGGREGATE = `SELECT local_hour, coalesce(queue, ''), coalesce(agent, ''), ${CALL_SUMS.map(aggregateSql).join(', ')}
  FROM calls LEFT JOIN next_arrivals ON next_arrivals.call_id = calls.id`;
const INSERT = `INSERT INTO hourly_rollup (local_hour, queue, agent, ${COLUMNS})`;

/**
 * The same sums as AGGREGATE, added up while an import inserts, then merged into the table:
 * one pass instead of re-reading every touched hour's calls. A test holds the two to agreement.
 * Repeat contacts are the exception: whether a call is followed by another is only known once
 * the whole import is in, so they are counted afterwards (applyNextArrivalChanges). The
 * answered calls' waits are counted alongside (WaitCounter).
 */
export class RollupAccumulator {
  private readonly sums: GroupedSums;
  private readonly waits: WaitCounter;
  private readonly pairs: QueueAgentPairs;

  /** `pairs` may be shared with the import's other rollups, so each call's queue and agent are looked up once. */
  constructor(basis: RollupBasis, pairs = new QueueAgentPairs()) {
    this.sums = new GroupedSums({ table: 'hourly_rollup', period: 'local_hour', sums: CALL_SUMS }, basis, pairs);
    this.waits = new WaitCounter(pairs);
    this.pairs = pairs;
  }

  /** Held sums; past a limit they are merged into the table, so memory stays flat however long the file. */
  get size(): number {
    return this.sums.size + this.waits.size;
  }

  /** Adds the batch's call number `index`. */
  add(batch: CallBatch, index: number): void {
    const hour = batch.numbers[index * NUMBER_FIELDS + NUMBER.localHour]!;
    const call = this.sums.add(batch, index, hour);
    if (call.answered && !Number.isNaN(call.waitS)) this.waits.add(hour, this.pairs.queue, this.pairs.agent, call.waitS);
  }

  /** Adds the sums to the stored rows (creating the rows that are new). */
  mergeInto(db: Store): void {
    this.sums.mergeInto(db);
    this.waits.mergeInto(db);
  }
}

/** Recomputes the rollups of the given wall-clock hours (all hours when omitted). */
export function rebuildRollups(store: Store, basis: RollupBasis, hours?: Iterable<number>): void {
  const db = connection(store);
  const params = { sl: basis.slThresholdS, short: basis.shortAbandonS, window: basis.repeatWindowS };
  db.transaction(() => {
    if (hours === undefined) {
      rederiveAllNextArrivals(db);
      db.exec('DELETE FROM hourly_rollup');
      db.prepare(`${INSERT} ${AGGREGATE} GROUP BY 1, 2, 3`).run(params);
      recountWaits(db);
      rebuildCustomerMonths(db, basis.shortAbandonS);
      rebuildIntervalRollups(db, basis);
      rebuildCoarseRollups(db);
      return;
    }
    db.exec('CREATE TEMP TABLE IF NOT EXISTS touched_hours (hour INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.touched_hours');
    const add = db.prepare('INSERT OR IGNORE INTO temp.touched_hours (hour) VALUES (?)');
    for (const hour of hours) add.run(hour);
    db.exec('DELETE FROM hourly_rollup WHERE local_hour IN (SELECT hour FROM temp.touched_hours)');
    db.prepare(`${INSERT} ${AGGREGATE} WHERE local_hour IN (SELECT hour FROM temp.touched_hours) GROUP BY 1, 2, 3`).run(params);
    recountWaits(db, 'temp.touched_hours');
    rebuildIntervalRollups(db, basis, db.prepare('SELECT hour FROM temp.touched_hours').pluck().all() as number[]);
    db.exec('DELETE FROM temp.touched_hours');
  })();
}

/**
 * Marks customers whose repeat contacts must be re-derived (those of an import, before an
 * undo deletes their calls, …); refreshRepeats() then works on them.
 */
export function stageCustomers(store: Store, selectCustomers: string, ...params: unknown[]): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS repeat_customers (customer TEXT PRIMARY KEY)');
  db.prepare(`INSERT OR IGNORE INTO temp.repeat_customers ${selectCustomers}`).run(...params);
}

/**
 * Each staged customer's calls learn the arrival of that customer's next call (strictly later),
 * in the column calls held before migration 013 (only migration 005 still runs this).
 * The new values are put in order of the table's rows first, so the update walks the table
 * instead of jumping around it.
 */
function updateNextArrivals(store: Store): void {
  const db = connection(store);
  db.prepare(
    `UPDATE calls SET next_arrival_at = following.next_arrival_at
    FROM (
      SELECT id, first_value(arrival_at) OVER (
        PARTITION BY customer ORDER BY arrival_at RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING
      ) AS next_arrival_at
      FROM calls WHERE customer IN (SELECT customer FROM temp.repeat_customers)
      ORDER BY id
    ) AS following
    WHERE calls.id = following.id AND calls.next_arrival_at IS NOT following.next_arrival_at`,
  ).run();
}

/**
 * While next arrivals change, a call that becomes (or stops being) a repeat contact moves its
 * hour's count by one: only those few calls touch the rollups, instead of every call of every
 * hour where a next arrival changed being counted again. The window is written into the
 * trigger because a trigger takes no parameters.
 */
function repeatFlipTrigger(windowS: number): string {
  if (!Number.isFinite(windowS)) throw new Error(`repeat window ${windowS} is not a number`);
  const isRepeat = (row: 'OLD' | 'NEW') => `coalesce(${row}.next_arrival_at - ${row}.arrival_at <= ${windowS}, 0)`;
  return `
    DROP TRIGGER IF EXISTS temp.repeat_flips;
    CREATE TEMP TRIGGER repeat_flips AFTER UPDATE OF next_arrival_at ON main.calls
    WHEN NEW.outcome = 'answered' AND NEW.customer IS NOT NULL AND ${isRepeat('OLD')} <> ${isRepeat('NEW')}
    BEGIN
      UPDATE hourly_rollup SET repeat_yes = repeat_yes + ${isRepeat('NEW')} - ${isRepeat('OLD')}
      WHERE local_hour = NEW.local_hour AND queue = coalesce(NEW.queue, '') AND agent = coalesce(NEW.agent, '');
    END;`;
}

/**
 * Re-derives the staged customers' next arrivals in the column calls held before migration 013
 * (for migration 005), moving the repeat-contact counts of the rollups with them; then clears
 * the stage. The rollups of the calls' hours must already exist.
 */
export function refreshRepeats(store: Store, basis: RollupBasis): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS repeat_customers (customer TEXT PRIMARY KEY)');
  db.transaction(() => {
    db.exec(repeatFlipTrigger(basis.repeatWindowS));
    updateNextArrivals(db);
    db.exec('DROP TRIGGER temp.repeat_flips');
    db.exec('DELETE FROM temp.repeat_customers');
  })();
}
