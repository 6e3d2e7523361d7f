import type { Settings } from '../core/settings.js';
import { rebuildEventMonths, refreshEventMonths } from './customer-event-months.js';
import { connection, type Store } from './store.js';

/** The settings the projection is counted with. */
export type ProjectionBasis = Pick<Settings, 'sl_threshold_s' | 'repeat_window_h' | 'callback_window_h'>;

/** How far over T a wait must be to count against trust: the projection counts those calls per customer. */
export const LONG_WAIT_FACTOR = 3;

const MONTH_OF_HOUR = `((CAST(strftime('%Y', local_hour * 3600, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', local_hour * 3600, 'unixepoch') AS INTEGER) - 1)`;

/**
 * The projection's rows of the customers `scope` selects, from their calls. `wholeTable` reads
 * the calls in table order instead of through calls_by_customer: for most of the customers, one
 * pass over the table costs less than a jump into it for every call.
 */
function insertProjection(store: Store, scope: string, basis: ProjectionBasis, wholeTable: boolean): void {
  const db = connection(store);
  const calls = wholeTable ? 'calls NOT INDEXED' : 'calls';
  db.prepare(
    `INSERT INTO customer_months (customer, month, contacts, first_at, last_at)
     SELECT customer, ${MONTH_OF_HOUR}, count(*), min(arrival_at), max(arrival_at)
     FROM ${calls} WHERE customer IS NOT NULL ${scope} GROUP BY 1, 2`,
  ).run();
  insertEvents(db, `${calls} WHERE customer IS NOT NULL ${scope}`, basis);
}

/** The call events of the calls `callsWhere` selects (a FROM … WHERE … over calls, without FROM). */
function insertEvents(store: Store, callsWhere: string, basis: ProjectionBasis): void {
  const db = connection(store);
  db.prepare(
    `WITH ordered AS (
       SELECT calls.customer, source_key, arrival_at, outcome, wait_s, csat,
         min(CASE WHEN outcome = 'answered' THEN arrival_at END) OVER (
           PARTITION BY calls.customer ORDER BY arrival_at, calls.id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_answered_at,
         lead(arrival_at) OVER (PARTITION BY calls.customer ORDER BY arrival_at, calls.id) AS next_at
       FROM ${callsWhere}
     )
     INSERT INTO customer_call_events (customer, at, event, call_key)
     SELECT customer, arrival_at, 'abandoned_unanswered', source_key FROM ordered
       WHERE outcome = 'abandoned' AND (next_answered_at IS NULL OR next_answered_at - arrival_at > :callback)
     UNION ALL
     SELECT customer, arrival_at, 'long_wait', source_key FROM ordered WHERE outcome = 'answered' AND wait_s > :longWait
     UNION ALL
     SELECT customer, arrival_at, 'survey_satisfied', source_key FROM ordered WHERE csat >= 4
     UNION ALL
     SELECT customer, arrival_at, 'survey_dissatisfied', source_key FROM ordered WHERE csat <= 2
     UNION ALL
     SELECT customer, next_at, 'repeat', source_key FROM ordered
       WHERE outcome = 'answered' AND next_at - arrival_at > 0 AND next_at - arrival_at <= :repeat`,
  ).run({ callback: basis.callback_window_h * 3600, longWait: LONG_WAIT_FACTOR * basis.sl_threshold_s, repeat: basis.repeat_window_h * 3600 });
}

/** Recomputes the whole projection (a new time zone, T, W, callback window or phone region), event months included. */
export function rebuildCustomerProjectionAndMonths(store: Store, basis: ProjectionBasis): void {
  const db = connection(store);
  db.transaction(() => {
    rebuildCustomerProjection(db, basis);
    rebuildEventMonths(db);
  })();
}

/** The calls' part of the projection, as migration 005 built it (before event months existed). */
export function rebuildCustomerProjection(store: Store, basis: ProjectionBasis): void {
  const db = connection(store);
  db.transaction(() => {
    db.exec('DELETE FROM customer_months');
    db.exec('DELETE FROM customer_call_events');
    insertProjection(db, '', basis, true);
  })();
}

/**
 * Brings the projection up to date after an import that only added calls (those from
 * `firstCallId` on), touching what those calls can change and nothing else: a month's counts
 * only grow, and a stored call's events depend only on the calls after it within the callback
 * or repeat window, so each customer's calls from that far before their first new call are
 * counted again, found through calls_by_customer.
 */
export function extendCustomerProjection(store: Store, basis: ProjectionBasis, firstCallId: number): void {
  const db = connection(store);
  db.prepare(
    `INSERT INTO customer_months (customer, month, contacts, first_at, last_at)
     SELECT customer, ${MONTH_OF_HOUR}, count(*), min(arrival_at), max(arrival_at)
     FROM calls WHERE id >= ? AND customer IS NOT NULL GROUP BY 1, 2
     ON CONFLICT (customer, month) DO UPDATE SET
       contacts = contacts + excluded.contacts, first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)`,
  ).run(firstCallId);
  const reachS = Math.max(basis.callback_window_h, basis.repeat_window_h) * 3600;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS projection_cutoffs (customer TEXT PRIMARY KEY, cutoff INTEGER NOT NULL)');
  db.prepare('INSERT INTO temp.projection_cutoffs SELECT customer, min(arrival_at) - ? FROM calls WHERE id >= ? AND customer IS NOT NULL GROUP BY customer').run(reachS, firstCallId);
  db.exec(
    `DELETE FROM customer_call_events WHERE rowid IN (
       SELECT event.rowid FROM temp.projection_cutoffs AS since
       CROSS JOIN customer_call_events AS event ON event.customer = since.customer AND event.at >= since.cutoff
       CROSS JOIN calls AS call ON call.source_key = event.call_key
       WHERE call.arrival_at >= since.cutoff)`,
  );
  insertEvents(db, 'temp.projection_cutoffs AS since CROSS JOIN calls ON calls.customer = since.customer AND calls.arrival_at >= since.cutoff', basis);
  refreshEventMonths(db, 'temp.projection_cutoffs');
  db.exec('DELETE FROM temp.projection_cutoffs');
}
