import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS, type CallBatch } from '../core/import/call-batch.js';
import { CallSummer, type SummedCall } from '../core/kpi/sum-calls.js';
import type { SumDeclaration } from '../core/kpi/sums.js';
import { mergeSql } from './rollup-sql.js';
import { connection, type Store } from './store.js';

/** A rollup table kept per wall-clock period (hour or quarter hour), queue and agent. */
export interface RollupTable {
  table: 'hourly_rollup' | 'interval_rollup';
  period: 'local_hour' | 'local_quarter';
  sums: readonly SumDeclaration[];
}

/**
 * A rollup's sums added up while an import inserts, then merged into its table by one upsert
 * derived from the declared sums: one pass instead of re-reading the touched periods' calls.
 */
export class GroupedSums {
  /** Sums by queue, then agent, then period: lookups of the values as they come, no key to build per call. */
  private readonly rows = new Map<string, Map<string, Map<number, Float64Array>>>();
  private held = 0;
  private readonly summer: CallSummer;
  private readonly call: SummedCall = { answered: false, waitS: NaN, talkS: NaN, holdS: NaN, wrapS: NaN, resolved: NaN, csat: NaN, customerKnown: false };

  constructor(
    private readonly rollup: RollupTable,
    basis: ConstructorParameters<typeof CallSummer>[1],
  ) {
    this.summer = new CallSummer(rollup.sums, basis);
  }

  /** Periods held, queue and agent each counted: past a limit they are merged, so memory stays flat. */
  get size(): number {
    return this.held;
  }

  /** Adds the batch's call number `index` to `period`; returns the call as summed (valid until the next add). */
  add(batch: CallBatch, index: number, period: number): Readonly<SummedCall> {
    const t = index * TEXT_FIELDS;
    const n = index * NUMBER_FIELDS;
    const numbers = batch.numbers;
    const queue = batch.texts[t + TEXT.queue] ?? '';
    const agent = batch.texts[t + TEXT.agent] ?? '';
    let byAgent = this.rows.get(queue);
    if (!byAgent) this.rows.set(queue, (byAgent = new Map()));
    let byPeriod = byAgent.get(agent);
    if (!byPeriod) byAgent.set(agent, (byPeriod = new Map()));
    let sums = byPeriod.get(period);
    if (!sums) {
      byPeriod.set(period, (sums = this.summer.empty()));
      this.held++;
    }
    const call = this.call;
    call.answered = numbers[n + NUMBER.answered] === 1;
    call.waitS = numbers[n + NUMBER.waitS]!;
    call.talkS = numbers[n + NUMBER.talkS]!;
    call.holdS = numbers[n + NUMBER.holdS]!;
    call.wrapS = numbers[n + NUMBER.wrapS]!;
    call.resolved = numbers[n + NUMBER.resolved]!;
    call.csat = numbers[n + NUMBER.csat]!;
    call.customerKnown = batch.texts[t + TEXT.customer] !== null;
    this.summer.add(sums, call);
    return call;
  }

  /** Adds the sums to the stored rows (creating the rows that are new). */
  mergeInto(store: Store): void {
    const { table, period, sums } = this.rollup;
    const merge = connection(store).prepare(`
      INSERT INTO ${table} (${period}, queue, agent, ${sums.map((sum) => sum.column).join(', ')}) VALUES (?, ?, ?, ${sums.map(() => '?').join(', ')})
      ON CONFLICT (${period}, queue, agent) DO UPDATE SET ${sums.map(mergeSql).join(', ')}`);
    const row: (number | string | null)[] = new Array(3 + sums.length);
    for (const [queue, byAgent] of this.rows) {
      row[1] = queue;
      for (const [agent, byPeriod] of byAgent) {
        row[2] = agent;
        for (const [key, values] of byPeriod) {
          row[0] = key;
          // NaN is a maximum no call had: NULL in the table.
          for (let index = 0; index < values.length; index++) row[3 + index] = Number.isNaN(values[index]!) ? null : values[index]!;
          merge.run(row);
        }
      }
    }
    this.rows.clear();
    this.held = 0;
  }
}
