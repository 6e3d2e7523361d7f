import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS, type CallBatch } from '../core/import/call-batch.js';
import type { Settings } from '../core/settings.js';
import { rebuildIntervalRollups } from './interval-rollups.js';
import type { Store } from './open.js';

/** The parameters the rollups are counted with: changing one rebuilds them. */
export interface RollupBasis {
  slThresholdS: number;
  shortAbandonS: number;
  repeatWindowS: number;
}

export function rollupBasis(settings: Settings): RollupBasis {
  return { slThresholdS: settings.sl_threshold_s, shortAbandonS: settings.short_abandon_s, repeatWindowS: settings.repeat_window_h * 3600 };
}

/**
 * The one definition of the hourly sums. Import, undo and a change of the time zone or of T
 * and S all recompute the touched hours from the calls with this statement, so the rollups can
 * never drift from the calls they summarise.
 */
const AGGREGATE = `
  SELECT local_hour, coalesce(queue, ''), coalesce(agent, ''),
    count(CASE WHEN outcome = 'answered' THEN 1 END),
    count(CASE WHEN outcome = 'abandoned' THEN 1 END),
    count(CASE WHEN outcome = 'abandoned' AND wait_s < :short THEN 1 END),
    count(CASE WHEN outcome = 'answered' AND wait_s IS NOT NULL THEN 1 END),
    total(CASE WHEN outcome = 'answered' THEN wait_s END),
    max(CASE WHEN outcome = 'answered' THEN wait_s END),
    count(CASE WHEN outcome = 'answered' AND wait_s <= :sl THEN 1 END),
    count(CASE WHEN outcome = 'abandoned' AND wait_s >= :short THEN 1 END),
    total(CASE WHEN outcome = 'abandoned' AND wait_s >= :short THEN wait_s END),
    total(CASE WHEN outcome = 'answered' THEN coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(wrap_s, 0) END),
    count(CASE WHEN outcome = 'answered' AND talk_s IS NOT NULL THEN 1 END),
    total(CASE WHEN outcome = 'answered' THEN talk_s END),
    count(CASE WHEN outcome = 'answered' AND resolved IS NOT NULL THEN 1 END),
    count(CASE WHEN outcome = 'answered' AND resolved = 1 THEN 1 END),
    count(csat),
    coalesce(sum(csat), 0),
    count(CASE WHEN csat >= 4 THEN 1 END),
    count(CASE WHEN outcome = 'answered' AND customer IS NOT NULL THEN 1 END),
    count(CASE WHEN outcome = 'answered' AND customer IS NOT NULL AND next_arrival_at - arrival_at <= :window THEN 1 END)
  FROM calls`;

/** One hourly_rollup row's sums, in the column order of the table. */
type Sums = [
  answered: number, abandoned: number, shortAbandoned: number,
  answeredWaitN: number, answeredWaitSum: number, answeredWaitMax: number | null, answeredWithinSl: number,
  abandonWaitN: number, abandonWaitSum: number, handleSum: number, talkN: number, talkSum: number,
  resolvedN: number, resolvedYes: number, csatN: number, csatSum: number, csatTop2: number,
  repeatBase: number, repeatYes: number,
];

/**
 * The same sums as AGGREGATE, added up while an import inserts, then merged into the table:
 * one pass instead of re-reading every touched hour's calls. A test holds the two to agreement.
 * Repeat contacts are the exception: whether a call is followed by another is only known once
 * the whole import is in, so refreshRepeats() counts them afterwards.
 */
export class RollupAccumulator {
  /** Sums by queue, then agent, then hour: lookups of the values as they come, no key to build per call. */
  private readonly rows = new Map<string, Map<string, Map<number, Sums>>>();
  private held = 0;

  constructor(private readonly basis: RollupBasis) {}

  /** Held sums; past a limit they are merged into the table, so memory stays flat however long the file. */
  get size(): number {
    return this.held;
  }

  /** Adds the batch's call number `index`. */
  add(batch: CallBatch, index: number): void {
    const t = index * TEXT_FIELDS;
    const n = index * NUMBER_FIELDS;
    const numbers = batch.numbers;
    const queue = batch.texts[t + TEXT.queue] ?? '';
    const agent = batch.texts[t + TEXT.agent] ?? '';
    const hour = numbers[n + NUMBER.localHour]!;
    let byAgent = this.rows.get(queue);
    if (!byAgent) this.rows.set(queue, (byAgent = new Map()));
    let byHour = byAgent.get(agent);
    if (!byHour) byAgent.set(agent, (byHour = new Map()));
    let sums = byHour.get(hour);
    if (!sums) {
      sums = [0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
      byHour.set(hour, sums);
      this.held++;
    }
    const wait = numbers[n + NUMBER.waitS]!;
    const hasWait = !Number.isNaN(wait);
    if (numbers[n + NUMBER.answered] === 1) {
      const talk = numbers[n + NUMBER.talkS]!;
      const hold = numbers[n + NUMBER.holdS]!;
      const wrap = numbers[n + NUMBER.wrapS]!;
      const resolved = numbers[n + NUMBER.resolved]!;
      sums[0]++;
      if (hasWait) {
        sums[3]++;
        sums[4] += wait;
        sums[5] = sums[5] === null ? wait : Math.max(sums[5], wait);
        if (wait <= this.basis.slThresholdS) sums[6]++;
      }
      sums[9] += (Number.isNaN(talk) ? 0 : talk) + (Number.isNaN(hold) ? 0 : hold) + (Number.isNaN(wrap) ? 0 : wrap);
      if (!Number.isNaN(talk)) {
        sums[10]++;
        sums[11] += talk;
      }
      if (!Number.isNaN(resolved)) {
        sums[12]++;
        if (resolved === 1) sums[13]++;
      }
      if (batch.texts[t + TEXT.customer] !== null) sums[17]++;
    } else {
      sums[1]++;
      if (hasWait && wait < this.basis.shortAbandonS) sums[2]++;
      if (hasWait && wait >= this.basis.shortAbandonS) {
        sums[7]++;
        sums[8] += wait;
      }
    }
    const csat = numbers[n + NUMBER.csat]!;
    if (!Number.isNaN(csat)) {
      sums[14]++;
      sums[15] += csat;
      if (csat >= 4) sums[16]++;
    }
  }

  /** Adds the sums to the stored rows (creating the rows that are new). */
  mergeInto(db: Store): void {
    const merge = db.prepare(`
      INSERT INTO hourly_rollup VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (local_hour, queue, agent) DO UPDATE SET
        answered = answered + excluded.answered,
        abandoned = abandoned + excluded.abandoned,
        short_abandoned = short_abandoned + excluded.short_abandoned,
        answered_wait_n = answered_wait_n + excluded.answered_wait_n,
        answered_wait_sum = answered_wait_sum + excluded.answered_wait_sum,
        answered_wait_max = CASE
          WHEN answered_wait_max IS NULL THEN excluded.answered_wait_max
          WHEN excluded.answered_wait_max IS NULL THEN answered_wait_max
          ELSE max(answered_wait_max, excluded.answered_wait_max) END,
        answered_within_sl = answered_within_sl + excluded.answered_within_sl,
        abandon_wait_n = abandon_wait_n + excluded.abandon_wait_n,
        abandon_wait_sum = abandon_wait_sum + excluded.abandon_wait_sum,
        handle_sum = handle_sum + excluded.handle_sum,
        talk_n = talk_n + excluded.talk_n,
        talk_sum = talk_sum + excluded.talk_sum,
        resolved_n = resolved_n + excluded.resolved_n,
        resolved_yes = resolved_yes + excluded.resolved_yes,
        csat_n = csat_n + excluded.csat_n,
        csat_sum = csat_sum + excluded.csat_sum,
        csat_top2 = csat_top2 + excluded.csat_top2,
        repeat_base = repeat_base + excluded.repeat_base,
        repeat_yes = repeat_yes + excluded.repeat_yes`);
    for (const [queue, byAgent] of this.rows) {
      for (const [agent, byHour] of byAgent) {
        for (const [hour, sums] of byHour) merge.run(hour, queue, agent, ...sums);
      }
    }
    this.rows.clear();
    this.held = 0;
  }
}

/** Recomputes the rollups of the given wall-clock hours (all hours when omitted). */
export function rebuildRollups(db: Store, basis: RollupBasis, hours?: Iterable<number>): void {
  const params = { sl: basis.slThresholdS, short: basis.shortAbandonS, window: basis.repeatWindowS };
  db.transaction(() => {
    if (hours === undefined) {
      stageCustomers(db, 'SELECT DISTINCT customer FROM calls WHERE customer IS NOT NULL');
      updateNextArrivals(db);
      db.exec('DELETE FROM hourly_rollup');
      db.prepare(`INSERT INTO hourly_rollup ${AGGREGATE} GROUP BY 1, 2, 3`).run(params);
      db.exec('DELETE FROM temp.repeat_customers');
      rebuildIntervalRollups(db, basis);
      return;
    }
    db.exec('CREATE TEMP TABLE IF NOT EXISTS touched_hours (hour INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.touched_hours');
    const add = db.prepare('INSERT OR IGNORE INTO temp.touched_hours (hour) VALUES (?)');
    for (const hour of hours) add.run(hour);
    db.exec('DELETE FROM hourly_rollup WHERE local_hour IN (SELECT hour FROM temp.touched_hours)');
    db.prepare(`INSERT INTO hourly_rollup ${AGGREGATE} WHERE local_hour IN (SELECT hour FROM temp.touched_hours) GROUP BY 1, 2, 3`).run(params);
    rebuildIntervalRollups(db, basis, db.prepare('SELECT hour FROM temp.touched_hours').pluck().all() as number[]);
    db.exec('DELETE FROM temp.touched_hours');
  })();
}

/**
 * Marks customers whose repeat contacts must be re-derived (those of an import, before an
 * undo deletes their calls, …); refreshRepeats() then works on them.
 */
export function stageCustomers(db: Store, selectCustomers: string, ...params: unknown[]): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS repeat_customers (customer TEXT PRIMARY KEY)');
  db.prepare(`INSERT OR IGNORE INTO temp.repeat_customers ${selectCustomers}`).run(...params);
}

/**
 * Each staged customer's calls learn the arrival of that customer's next call (strictly later).
 * The new values are put in order of the table's rows first, so the update walks the table
 * instead of jumping around it.
 */
function updateNextArrivals(db: Store): void {
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
export function repeatFlipTrigger(windowS: number): string {
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
 * Re-derives the staged customers' next arrivals, moving the repeat-contact counts of the
 * rollups with them; then clears the stage. The rollups of the calls' hours must already exist.
 */
export function refreshRepeats(db: Store, basis: RollupBasis): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS repeat_customers (customer TEXT PRIMARY KEY)');
  db.transaction(() => {
    db.exec(repeatFlipTrigger(basis.repeatWindowS));
    updateNextArrivals(db);
    db.exec('DROP TRIGGER temp.repeat_flips');
    db.exec('DELETE FROM temp.repeat_customers');
  })();
}
