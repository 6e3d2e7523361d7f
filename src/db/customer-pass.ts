import type { CustomerFoldSink, EventMonth, FoldedCall, LatestEvent } from '../core/import/customer-fold.js';
import { connection, type Store } from './store.js';
import { startNextArrivalChanges } from './next-arrivals.js';
import { BatchedInsert } from './batched-insert.js';
import { EVENT_CODE } from './call-event-codes.js';

const codeOf = (latest: LatestEvent | undefined) => (latest === undefined ? null : EVENT_CODE[latest.event]);

const STAGED = 'customer IN (SELECT customer FROM temp.repeat_customers)';

/**
 * The staged customers' calls, customer by customer (in order, so the per-customer tables grow
 * at their end) and each customer's newest first, in one sorted read. When they own more than
 * one in twenty of the calls the table is read in its own order and sorted, which costs less
 * than a jump into it for every call through calls_by_customer.
 *
 * The fold writes the customers' other tables while this read is open: SQLite allows that on
 * one connection (the read never sees those tables), better-sqlite3 only in its unsafe mode.
 */
export function* stagedCallsNewestFirst(store: Store): Generator<FoldedCall> {
  const db = connection(store);
  const read = db
    .prepare(
      `SELECT id, customer, arrival_at, local_hour, outcome, wait_s, csat, source_key, next_arrival_at
       FROM ${stagedOwnManyCalls(store) ? 'calls NOT INDEXED' : 'calls'} LEFT JOIN next_arrivals ON next_arrivals.call_id = calls.id
       WHERE ${STAGED}
       ORDER BY customer, arrival_at DESC, id DESC`,
    )
    .raw();
  db.unsafeMode(true);
  try {
    yield* read.iterate() as IterableIterator<FoldedCall>;
  } finally {
    db.unsafeMode(false);
  }
}

/**
 * Whether the staged customers own more than one in twenty of the store's calls (its last id,
 * at least their number), counted no further. Deciding by how many customers are staged misjudged a large import: its 100,000
 * customers of 10 million calls went through calls_by_customer, a jump into the table for each
 * of their calls (62 s of CPU against 37 s for the sorted read alone, more inside the import).
 */
function stagedOwnManyCalls(store: Store): boolean {
  const db = connection(store);
  const calls = db.prepare('SELECT coalesce(max(id), 0) FROM calls').pluck().get() as number;
  const enough = Math.ceil(calls / 20);
  const owned = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM calls WHERE ${STAGED} LIMIT ?)`).pluck().get(enough) as number;
  return owned >= enough;
}

/**
 * Writes what the fold hands over, many rows per statement; next arrivals wait in a temporary
 * table for applyNextArrivalChanges(). The rows are all in once the fold has finished.
 */
export function customerPassWriter(store: Store): CustomerFoldSink {
  startNextArrivalChanges(store);
  const month = new BatchedInsert(store, 'customer_months', ['customer', 'month', 'contacts', 'first_at', 'last_at', 'days']);
  const event = new BatchedInsert(store, 'customer_call_events', ['customer', 'at', 'event', 'call_id']);
  const eventMonth = new BatchedInsert(store, 'customer_event_months', [
    'customer', 'month', 'abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied', 'repeats',
    'bad_at', 'bad_event', 'bad_call', 'signal_at', 'signal_event', 'signal_call',
  ]);
  const nextArrival = new BatchedInsert(store, 'temp.next_arrival_changes', ['id', 'next_arrival_at', 'repeat_move']);
  return {
    month: (customer, row) => month.add(customer, row.month, row.contacts, row.firstAt, row.lastAt, row.days),
    event: (customer, at, name, callId) => event.add(customer, at, EVENT_CODE[name], callId),
    eventMonth: (customer, row: EventMonth) =>
      eventMonth.add(
        customer, row.month, row.abandonedUnanswered, row.longWait, row.surveySatisfied, row.surveyDissatisfied, row.repeats,
        row.bad?.at ?? null, codeOf(row.bad), row.bad?.callId ?? null,
        row.signal?.at ?? null, codeOf(row.signal), row.signal?.callId ?? null,
      ),
    nextArrival: (id, at, repeatMove) => nextArrival.add(id, at, repeatMove),
    finish: () => {
      for (const rows of [month, event, eventMonth, nextArrival]) rows.flush();
    },
  };
}
/** Takes the staged customers' rows out of the projection's tables the fold writes (their day chains: forgetStagedCustomerDays). */
export function forgetStagedProjection(store: Store): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS repeat_customers (customer TEXT PRIMARY KEY)');
  for (const table of ['customer_months', 'customer_call_events', 'customer_event_months']) {
    db.exec(`DELETE FROM ${table} WHERE ${STAGED}`);
  }
}
