import type { Settings } from '../core/settings.js';
import { EVENT_CODE } from './call-event-codes.js';
import { rebuildEventMonths, applyEventChangesToMonths } from './customer-event-months.js';
import { rebuildCustomerMonths } from './customer-days.js';
import { eventsHeldAsTexts, insertTextEvents } from './text-call-events.js';
import { connection, type Store } from './store.js';
import { FAIL_WHOLE_IMPORT } from './fail-whole-import.js';

/** The settings the projection is counted with. */
export type ProjectionBasis = Pick<Settings, 'sl_threshold_s' | 'short_abandon_s' | 'repeat_window_h' | 'callback_window_h'>;

/** How far over T a wait must be to count against trust: the projection counts those calls per customer. */
export const LONG_WAIT_FACTOR = 3;

const monthOfHour = (hour: string) =>
  `((CAST(strftime('%Y', ${hour} * 3600, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', ${hour} * 3600, 'unixepoch') AS INTEGER) - 1)`;
const MONTH_OF_HOUR = monthOfHour('local_hour');

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

/**
 * The call events of the calls `callsWhere` selects (a FROM … WHERE … over calls, or over rows
 * with the same columns, without FROM), into customer_call_events or a table of its shape: each
 * names its call by calls.id and its event by code; a repeat is dated at the next call and names
 * the answered call before it.
 */
function insertEvents(store: Store, callsWhere: string, basis: ProjectionBasis, into = 'customer_call_events'): void {
  const db = connection(store);
  const windows = { callback: basis.callback_window_h * 3600, longWait: LONG_WAIT_FACTOR * basis.sl_threshold_s, repeat: basis.repeat_window_h * 3600 };
  if (eventsHeldAsTexts(db)) return insertTextEvents(db, callsWhere, windows);
  db.prepare(
    `WITH ordered AS (
       SELECT calls.customer, calls.id, arrival_at, outcome, wait_s, csat,
         min(CASE WHEN outcome = 'answered' THEN arrival_at END) OVER (
           PARTITION BY calls.customer ORDER BY arrival_at, calls.id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_answered_at,
         lead(arrival_at) OVER (PARTITION BY calls.customer ORDER BY arrival_at, calls.id) AS next_at
       FROM ${callsWhere}
     )
     INSERT INTO ${into} (customer, at, event, call_id)
     SELECT customer, arrival_at, ${EVENT_CODE.abandoned_unanswered}, id FROM ordered
       WHERE outcome = 'abandoned' AND (next_answered_at IS NULL OR next_answered_at - arrival_at > :callback)
     UNION ALL
     SELECT customer, arrival_at, ${EVENT_CODE.long_wait}, id FROM ordered WHERE outcome = 'answered' AND wait_s > :longWait
     UNION ALL
     SELECT customer, arrival_at, ${EVENT_CODE.survey_satisfied}, id FROM ordered WHERE csat >= 4
     UNION ALL
     SELECT customer, arrival_at, ${EVENT_CODE.survey_dissatisfied}, id FROM ordered WHERE csat <= 2
     UNION ALL
     SELECT customer, next_at, ${EVENT_CODE.repeat}, id FROM ordered
       WHERE outcome = 'answered' AND next_at - arrival_at > 0 AND next_at - arrival_at <= :repeat
     ORDER BY 1, 2, 3, 4`,
  ).run(windows);
}

/** Recomputes the whole projection (a new time zone, T, W, callback window or phone region), event months and days included. */
export function rebuildCustomerProjectionAndMonths(store: Store, basis: ProjectionBasis): void {
  const db = connection(store);
  db.transaction(() => {
    rebuildCustomerProjection(db, basis);
    rebuildEventMonths(db);
    rebuildCustomerMonths(db, basis.short_abandon_s);
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
 * Brings the call events up to date after an import that only added calls (those from
 * `firstCallId` on), touching what those calls can change and nothing else (the months:
 * extendCustomerMonths). A stored call's events depend only on the calls after it: its repeat on the next
 * arrival, which a new call can change only for the customer's latest call before it, and an
 * abandoned call's on the next answered call within the callback window. So each customer's
 * calls are counted again from the earlier of those two bounds before its first new call, and
 * only the events that differ are removed or added; the event months they fall in move by
 * them. The new calls are read by id, never through calls_by_customer, whose order a GROUP BY
 * customer would otherwise have SQLite walk whole.
 */
export function extendCustomerProjection(store: Store, basis: ProjectionBasis, firstCallId: number): void {
  const db = connection(store);
  insertCutoffs(db, basis, 'calls NOT INDEXED WHERE id >= :first AND customer IS NOT NULL', { first: firstCallId });
  recountEventsSinceCutoffs(db, basis, false);
  applyEventChangesToMonths(db);
  db.exec('DELETE FROM temp.projection_cutoffs');
}

/**
 * Brings the call events up to date once the calls of temp.removed_calls are gone (an undo of a
 * few calls), by the same bounds as extendCustomerProjection (the months:
 * withdrawFromCustomerMonths): the events are recounted from each customer's cutoff before its
 * first removed call, the removed calls' own events going with them.
 */
export function withdrawFromCustomerProjection(store: Store, basis: ProjectionBasis): void {
  const db = connection(store);
  insertCutoffs(db, basis, 'temp.removed_calls', {});
  recountEventsSinceCutoffs(db, basis, true);
  applyEventChangesToMonths(db);
  db.exec('DELETE FROM temp.projection_cutoffs');
}

/**
 * Where each customer's events are counted again from (temp.projection_cutoffs), for the calls
 * `changedCalls` selects (a FROM … WHERE … without FROM, added or removed): the earlier of the
 * customer's latest call before its first changed one and the callback window before that
 * call. A stored call's repeat depends on its next arrival, which only the latest call before a
 * changed one has among the changed; an abandoned call's event on the answered calls within
 * the callback window after it.
 */
function insertCutoffs(store: Store, basis: ProjectionBasis, changedCalls: string, params: Record<string, number>): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS projection_cutoffs (customer TEXT PRIMARY KEY, cutoff INTEGER NOT NULL)');
  db.prepare(
    `INSERT INTO temp.projection_cutoffs
     SELECT customer, min(first_at - :callback, coalesce(
       (SELECT max(arrival_at) FROM calls AS stored WHERE stored.customer = first.customer AND stored.arrival_at < first.first_at), first_at))
     FROM (SELECT customer, min(arrival_at) AS first_at FROM ${changedCalls} GROUP BY customer) AS first`,
  ).run({ callback: basis.callback_window_h * 3600, ...params });
}

/**
 * Counts again the events of each customer's calls from its cutoff on (temp.projection_cutoffs)
 * and brings customer_call_events to that count by removing and adding only the events that
 * differ (with `withRemovedCalls`, the events of the calls of temp.removed_calls, gone from
 * calls, are removed too); those go to temp.changed_events, for the event months.
 */
function recountEventsSinceCutoffs(store: Store, basis: ProjectionBasis, withRemovedCalls: boolean): void {
  const db = connection(store);
  const eventColumns = 'customer TEXT NOT NULL, at INTEGER NOT NULL, event INTEGER NOT NULL, call_id INTEGER NOT NULL';
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS recounted_calls (id INTEGER PRIMARY KEY, customer TEXT NOT NULL,
       arrival_at INTEGER NOT NULL, outcome TEXT NOT NULL, wait_s REAL, csat INTEGER);
     CREATE TEMP TABLE IF NOT EXISTS recounted_events (${eventColumns}, PRIMARY KEY (call_id, event)) WITHOUT ROWID;
     CREATE TEMP TABLE IF NOT EXISTS changed_events (${eventColumns}, change INTEGER NOT NULL, PRIMARY KEY (customer, at, event, call_id)) WITHOUT ROWID;
     INSERT INTO temp.recounted_calls
       SELECT calls.id, calls.customer, arrival_at, outcome, wait_s, csat
       FROM temp.projection_cutoffs AS since CROSS JOIN calls ON calls.customer = since.customer AND calls.arrival_at >= since.cutoff;`,
  );
  insertEvents(db, 'temp.recounted_calls AS calls', basis, 'temp.recounted_events');
  // The stored events of the recounted calls (a repeat's instant is the next call's, so the cutoff alone does not tell them).
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS counted_events (${eventColumns}, PRIMARY KEY (call_id, event)) WITHOUT ROWID;
     CREATE TEMP TABLE IF NOT EXISTS gone_events (${eventColumns}, PRIMARY KEY (customer, at, event, call_id)) WITHOUT ROWID`,
  );
  db.exec(
    `INSERT INTO temp.counted_events
     SELECT event.customer, event.at, event.event, event.call_id
     FROM temp.projection_cutoffs AS since
     CROSS JOIN customer_call_events AS event ON event.customer = since.customer AND event.at >= since.cutoff
     WHERE event.call_id IN (SELECT id FROM temp.recounted_calls)
       ${withRemovedCalls ? 'OR event.call_id IN (SELECT id FROM temp.removed_calls)' : ''}`,
  );
  // An event is the same when its call, kind and instant are (the customer goes with the call).
  const same = (a: string, b: string) => `${a}.call_id = ${b}.call_id AND ${a}.event = ${b}.event AND ${a}.at = ${b}.at`;
  db.exec(
    `INSERT INTO temp.gone_events SELECT customer, at, event, call_id FROM temp.counted_events AS counted
     WHERE NOT EXISTS (SELECT 1 FROM temp.recounted_events AS recounted WHERE ${same('recounted', 'counted')})`,
  );
  db.exec(
    `DELETE FROM temp.recounted_events AS recounted
     WHERE EXISTS (SELECT 1 FROM temp.counted_events AS counted WHERE ${same('counted', 'recounted')})`,
  );
  db.exec(
    `DELETE FROM customer_call_events WHERE (customer, at, event, call_id) IN (SELECT customer, at, event, call_id FROM temp.gone_events);
     INSERT ${FAIL_WHOLE_IMPORT} INTO customer_call_events (customer, at, event, call_id) SELECT customer, at, event, call_id FROM temp.recounted_events ORDER BY 1, 2, 3, 4;
     INSERT INTO temp.changed_events SELECT customer, at, event, call_id, -1 FROM temp.gone_events
       UNION ALL SELECT customer, at, event, call_id, 1 FROM temp.recounted_events;`,
  );
  db.exec('DELETE FROM temp.recounted_calls; DELETE FROM temp.recounted_events; DELETE FROM temp.counted_events; DELETE FROM temp.gone_events');
}
