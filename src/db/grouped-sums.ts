import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS, type CallBatch } from '../core/import/call-batch.js';
import { CallSummer, type SummedCall } from '../core/kpi/sum-calls.js';
import type { SumDeclaration } from '../core/kpi/sums.js';
import type { QueueAgentPairs } from './queue-agent-pairs.js';
import { mergeSql } from './rollup-sql.js';
import type { Store } from './store.js';
import { BatchedInsert } from './batched-insert.js';

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
  private readonly summer: CallSummer;
  private readonly width: number;
  private readonly blank: Float64Array;
  /** The held rows' sums, one row after another: no array to allocate per row. */
  private values: Float64Array;
  private held = 0;
  /** Row numbers by period, then queue–agent pair; a file in time order asks for the same period call after call. */
  private readonly rowsByPeriod = new Map<number, number[]>();
  private lastPeriod = NaN;
  private lastRows: number[] = [];
  private upsert: { store: Store; upsert: BatchedInsert } | undefined;
  private readonly call: SummedCall = { answered: false, waitS: NaN, talkS: NaN, holdS: NaN, wrapS: NaN, resolved: NaN, csat: NaN, customerKnown: false };

  constructor(
    private readonly rollup: RollupTable,
    basis: ConstructorParameters<typeof CallSummer>[1],
    private readonly pairs: QueueAgentPairs,
  ) {
    this.summer = new CallSummer(rollup.sums, basis);
    this.width = this.summer.width;
    this.blank = this.summer.empty();
    this.values = new Float64Array(this.width * 1024);
  }

  /** Periods held, queue and agent each counted: past a limit they are merged, so memory stays flat. */
  get size(): number {
    return this.held;
  }

  /** Adds the batch's call number `index` to `period`; returns the call as summed (valid until the next add). */
  add(batch: CallBatch, index: number, period: number): Readonly<SummedCall> {
    const pair = this.pairs.name(batch, index).pair;
    let rows = this.lastRows;
    if (period !== this.lastPeriod) {
      let found = this.rowsByPeriod.get(period);
      if (found === undefined) this.rowsByPeriod.set(period, (found = []));
      rows = found;
      this.lastPeriod = period;
      this.lastRows = rows;
    }
    let row = rows[pair];
    if (row === undefined) row = rows[pair] = this.newRow();
    const n = index * NUMBER_FIELDS;
    const numbers = batch.numbers;
    const call = this.call;
    call.answered = numbers[n + NUMBER.answered] === 1;
    call.waitS = numbers[n + NUMBER.waitS]!;
    call.talkS = numbers[n + NUMBER.talkS]!;
    call.holdS = numbers[n + NUMBER.holdS]!;
    call.wrapS = numbers[n + NUMBER.wrapS]!;
    call.resolved = numbers[n + NUMBER.resolved]!;
    call.csat = numbers[n + NUMBER.csat]!;
    call.customerKnown = batch.texts[index * TEXT_FIELDS + TEXT.customer] !== null;
    this.summer.add(this.values, row * this.width, call);
    return call;
  }

  private newRow(): number {
    const at = this.held * this.width;
    if (at + this.width > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values.set(this.blank, at);
    return this.held++;
  }

  /** Adds the sums to the stored rows (creating the rows that are new), in the order of the table's key. */
  mergeInto(store: Store): void {
    const { table, period, sums } = this.rollup;
    // Prepared once per store: an import merges a thousand times at ten million calls.
    if (this.upsert?.store !== store) {
      const upsert = new BatchedInsert(store, table, [period, 'queue', 'agent', ...sums.map((sum) => sum.column)], `ON CONFLICT (${period}, queue, agent) DO UPDATE SET ${sums.map(mergeSql).join(', ')}`);
      this.upsert = { store, upsert };
    }
    const merge = this.upsert.upsert;
    const { queues, agents, queueOfPair, agentOfPair } = this.pairs;
    const width = this.width;
    const values = this.values;
    const row: (number | string | null)[] = new Array(3 + width);
    const periods = [...this.rowsByPeriod.keys()].sort((a, b) => a - b);
    for (const key of periods) {
      row[0] = key;
      const rows = this.rowsByPeriod.get(key)!;
      for (let pair = 0; pair < rows.length; pair++) {
        const at = rows[pair];
        if (at === undefined) continue;
        row[1] = queues[queueOfPair[pair]!]!;
        row[2] = agents[agentOfPair[pair]!]!;
        // NaN is a maximum no call had: NULL in the table.
        for (let index = 0; index < width; index++) {
          const value = values[at * width + index]!;
          row[3 + index] = Number.isNaN(value) ? null : value;
        }
        merge.addRow(row);
      }
    }
    merge.flush();
    this.rowsByPeriod.clear();
    this.lastPeriod = NaN;
    this.held = 0;
  }
}
