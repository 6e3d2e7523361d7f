import { NUMBER, NUMBER_FIELDS, type CallBatch } from '../core/import/call-batch.js';
import { systemTimeZone, Zone } from '../core/time/zone.js';
import { callSumsNamed } from '../core/kpi/sums.js';
import { connection, type Store } from './store.js';
import { aggregateSql } from './rollup-sql.js';
import { GroupedSums } from './grouped-sums.js';
import { QueueAgentPairs } from './queue-agent-pairs.js';
import type { RollupBasis } from './rollups.js';

/** Quarter hours: the finest staffing interval, and every coarser one (30, 60 min) is a sum of them. */
export const QUARTER_S = 900;

/**
 * What interval_rollup keeps per wall-clock quarter hour, queue and agent: a subset of the
 * declared call sums (CALL_SUMS), recounted from calls by undo, back-fill and a change of zone,
 * T or S, and added up by an import as it goes (IntervalAccumulator).
 */
const MEASURES = callSumsNamed(['answered', 'abandoned', 'shortAbandoned', 'answeredWithinSl', 'answeredWaitN', 'answeredWaitSum', 'abandonWaitN', 'abandonWaitSum', 'handleSum']);

const COLUMNS = MEASURES.map((sum) => sum.column).join(', ');
const AGGREGATE = `SELECT wall_quarter(arrival_at), coalesce(queue, ''), coalesce(agent, ''), ${MEASURES.map(aggregateSql).join(', ')} FROM calls`;

/** The store's zone as its settings name it right now (a zone change re-derives the rollups after writing it). */
function storeZone(store: Store): Zone {
  const db = connection(store);
  const row = db.prepare("SELECT value FROM settings WHERE key = 'timezone'").get() as { value: string } | undefined;
  return new Zone(row?.value ?? systemTimeZone());
}

/** wall_quarter(arrival_at): quarter hours since 1970-01-01 00:00 on the store's wall clock. */
function defineWallQuarter(store: Store): void {
  const db = connection(store);
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
export function rebuildIntervalRollups(store: Store, basis: Pick<RollupBasis, 'slThresholdS' | 'shortAbandonS'>, hours?: Iterable<number>): void {
  const db = connection(store);
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

/**
 * The same sums as MEASURES, added up while an import inserts and merged into the table: one
 * pass instead of sorting the new calls again. A test holds both to sums computed independently.
 */
export class IntervalAccumulator {
  private readonly sums: GroupedSums;

  constructor(
    basis: Pick<RollupBasis, 'slThresholdS' | 'shortAbandonS'>,
    private readonly zone: Zone,
    pairs = new QueueAgentPairs(),
  ) {
    this.sums = new GroupedSums({ table: 'interval_rollup', period: 'local_quarter', sums: MEASURES }, basis, pairs);
  }

  get size(): number {
    return this.sums.size;
  }

  add(batch: CallBatch, index: number): void {
    const arrivalAt = batch.numbers[index * NUMBER_FIELDS + NUMBER.arrivalAt]!;
    this.sums.add(batch, index, Math.floor(this.zone.wallSeconds(arrivalAt) / QUARTER_S));
  }

  mergeInto(db: Store): void {
    this.sums.mergeInto(db);
  }
}
