import { connection, type Store } from './store.js';

/** UTC calendar months since 1970-01 of an instant column. */
const UTC_MONTH_OF = (column: string) =>
  `((CAST(strftime('%Y', ${column}, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', ${column}, 'unixepoch') AS INTEGER) - 1)`;

/**
 * A call event's place in "the latest" order as one text: instant (fixed width), event name,
 * then call id, so max() over it picks the latest event without a sort.
 */
export const STANDING_TEXT = `printf('%012d', at) || event || char(1) || call_key`;

export const BAD_EVENTS = `('abandoned_unanswered', 'survey_dissatisfied', 'repeat')`;
export const SIGNAL_EVENTS = `('survey_satisfied', 'survey_dissatisfied')`;

/** The instant, event and call id of a STANDING_TEXT column, as three columns. */
const standingColumns = (text: string, prefix: string) => {
  const rest = `substr(${text}, 13)`;
  return `CAST(substr(${text}, 1, 12) AS INTEGER) AS ${prefix}_at, substr(${rest}, 1, instr(${rest}, char(1)) - 1) AS ${prefix}_event,
    substr(${rest}, instr(${rest}, char(1)) + 1) AS ${prefix}_call`;
};

/**
 * Folds the call events of the customers `scope` selects into one row per customer and UTC
 * month: a count per event, and the month's latest bad experience and latest survey signal
 * (latest by instant, then event name, then call id: the order every reader uses).
 */
export function insertEventMonths(store: Store, scope: string): void {
  const db = connection(store);
  db.prepare(
    `WITH folded AS (
       SELECT customer, ${UTC_MONTH_OF('at')} AS month,
         sum(event = 'abandoned_unanswered') AS abandoned_unanswered, sum(event = 'long_wait') AS long_wait,
         sum(event = 'survey_satisfied') AS survey_satisfied, sum(event = 'survey_dissatisfied') AS survey_dissatisfied, sum(event = 'repeat') AS repeats,
         max(CASE WHEN event IN ${BAD_EVENTS} THEN ${STANDING_TEXT} END) AS bad,
         max(CASE WHEN event IN ${SIGNAL_EVENTS} THEN ${STANDING_TEXT} END) AS signal
       FROM customer_call_events WHERE 1 ${scope} GROUP BY 1, 2
     )
     INSERT INTO customer_event_months (customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
       bad_at, bad_event, bad_call, signal_at, signal_event, signal_call)
     SELECT customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
       ${standingColumns('bad', 'bad')}, ${standingColumns('signal', 'signal')}
     FROM folded`,
  ).run();
}

/**
 * Re-folds the months of the events an import added or removed (temp.changed_events, emptied
 * here): a month's counts and latest events come from its own events alone, so the customer's
 * other months stand and the work follows the changes, not each customer's history.
 */
export function refoldEventMonthsOfChanges(store: Store): void {
  const db = connection(store);
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS changed_event_months (customer TEXT NOT NULL, month INTEGER NOT NULL, from_at INTEGER NOT NULL, to_at INTEGER NOT NULL,
       PRIMARY KEY (customer, month)) WITHOUT ROWID;
     INSERT OR IGNORE INTO temp.changed_event_months
       SELECT customer, ${UTC_MONTH_OF('at')}, CAST(strftime('%s', at, 'unixepoch', 'start of month') AS INTEGER),
         CAST(strftime('%s', at, 'unixepoch', 'start of month', '+1 month') AS INTEGER)
       FROM temp.changed_events;
     DELETE FROM customer_event_months WHERE (customer, month) IN (SELECT customer, month FROM temp.changed_event_months);`,
  );
  insertEventMonths(
    db,
    `AND rowid IN (SELECT event.rowid FROM temp.changed_event_months AS changed
       CROSS JOIN customer_call_events AS event ON event.customer = changed.customer AND event.at >= changed.from_at AND event.at < changed.to_at)`,
  );
  db.exec('DELETE FROM temp.changed_event_months; DELETE FROM temp.changed_events');
}

/** Recomputes every customer's event months from the call events. */
export function rebuildEventMonths(store: Store): void {
  const db = connection(store);
  db.transaction(() => {
    db.exec('DELETE FROM customer_event_months');
    insertEventMonths(db, '');
  })();
}
