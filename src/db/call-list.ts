import type { Outcome } from '../core/call.js';
import type { CallFilter } from '../core/calls/call-filter.js';
import { connection, type Store } from './store.js';

/** A stored call as the drill-down lists it. */
export interface CallRow {
  id: number;
  source_key: string;
  import_id: number;
  queue: string | null;
  agent: string | null;
  customer: string | null;
  arrival_at: number;
  answer_at: number | null;
  end_at: number | null;
  wait_s: number | null;
  talk_s: number | null;
  hold_s: number | null;
  wrap_s: number | null;
  outcome: Outcome;
  ending: string | null;
  resolved: 0 | 1 | null;
  csat: number | null;
}

function whereClause(filter: CallFilter): { where: string; params: Record<string, string | number> } {
  const conditions = ['local_hour BETWEEN :fromHour AND :toHour'];
  const params: Record<string, string | number> = { fromHour: filter.fromHour, toHour: filter.toHour };
  for (const column of ['agent', 'queue', 'customer'] as const) {
    const value = filter[column];
    if (value === undefined) continue;
    if (value === null) {
      conditions.push(`${column} IS NULL`);
    } else {
      conditions.push(column === 'customer' ? 'customer = svc_customer_key(:customer)' : `${column} = :${column}`);
      params[column] = value;
    }
  }
  if (filter.outcome !== undefined) {
    conditions.push('outcome = :outcome');
    params.outcome = filter.outcome;
  }
  if (filter.minWaitS !== undefined) {
    conditions.push('wait_s >= :minWait');
    params.minWait = filter.minWaitS;
  }
  return { where: conditions.join(' AND '), params };
}

/** How many calls a filter selects, whatever its limit. */
export function countCalls(store: Store, filter: CallFilter): number {
  const db = connection(store);
  const { where, params } = whereClause(filter);
  return (db.prepare(`SELECT count(*) AS n FROM calls INDEXED BY calls_by_hour WHERE ${where}`).get(params) as { n: number }).n;
}

/**
 * The calls a filter selects, in order of arrival, read through calls_by_hour one at a time:
 * a list of any length never sits in memory. The store must not be used until the loop ends.
 */
export function eachCall(store: Store, filter: CallFilter): IterableIterator<CallRow> {
  const db = connection(store);
  const { where, params } = whereClause(filter);
  const limit = filter.limit === undefined ? '' : ` LIMIT ${Math.trunc(filter.limit)}`;
  return db
    .prepare(
      `SELECT id, source_key, import_id, queue, agent, customer, arrival_at, answer_at, end_at, wait_s, talk_s, hold_s, wrap_s,
        outcome, ending, resolved, csat
      FROM calls INDEXED BY calls_by_hour WHERE ${where} ORDER BY arrival_at, id${limit}`,
    )
    .iterate(params) as IterableIterator<CallRow>;
}
