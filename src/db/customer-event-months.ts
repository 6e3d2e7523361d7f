import type { Store } from './open.js';

/** UTC calendar months since 1970-01 of an instant column. */
const UTC_MONTH_OF = (column: string) =>
  `((CAST(strftime('%Y', ${column}, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', ${column}, 'unixepoch') AS INTEGER) - 1)`;

const BAD = `event IN ('abandoned_unanswered', 'survey_dissatisfied', 'repeat')`;
const SIGNAL = `event IN ('survey_satisfied', 'survey_dissatisfied')`;

/**
 * Folds the call events of the customers `scope` selects into one row per customer and UTC
 * month: a count per event, and the month's latest bad experience and latest survey signal
 * (latest by instant, then event name, then call id: the order every reader uses).
 */
export function insertEventMonths(db: Store, scope: string): void {
  db.prepare(
    `WITH ranked AS (
       SELECT customer, ${UTC_MONTH_OF('at')} AS month, at, event, call_key,
         ${BAD} AS bad, ${SIGNAL} AS signal,
         row_number() OVER (PARTITION BY customer, ${UTC_MONTH_OF('at')}, ${BAD} ORDER BY at DESC, event DESC, call_key DESC) AS bad_rank,
         row_number() OVER (PARTITION BY customer, ${UTC_MONTH_OF('at')}, ${SIGNAL} ORDER BY at DESC, event DESC, call_key DESC) AS signal_rank
       FROM customer_call_events WHERE 1 ${scope}
     )
     INSERT INTO customer_event_months (customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
       bad_at, bad_event, bad_call, signal_at, signal_event, signal_call)
     SELECT customer, month,
       sum(event = 'abandoned_unanswered'), sum(event = 'long_wait'), sum(event = 'survey_satisfied'), sum(event = 'survey_dissatisfied'), sum(event = 'repeat'),
       max(CASE WHEN bad AND bad_rank = 1 THEN at END), max(CASE WHEN bad AND bad_rank = 1 THEN event END), max(CASE WHEN bad AND bad_rank = 1 THEN call_key END),
       max(CASE WHEN signal AND signal_rank = 1 THEN at END), max(CASE WHEN signal AND signal_rank = 1 THEN event END), max(CASE WHEN signal AND signal_rank = 1 THEN call_key END)
     FROM ranked GROUP BY customer, month`,
  ).run();
}

/** Recomputes the event months of the customers staged in temp.repeat_customers. */
export function refreshEventMonths(db: Store): void {
  const staged = 'AND customer IN (SELECT customer FROM temp.repeat_customers)';
  db.exec(`DELETE FROM customer_event_months WHERE 1 ${staged}`);
  insertEventMonths(db, staged);
}

/** Recomputes every customer's event months from the call events. */
export function rebuildEventMonths(db: Store): void {
  db.transaction(() => {
    db.exec('DELETE FROM customer_event_months');
    insertEventMonths(db, '');
  })();
}
