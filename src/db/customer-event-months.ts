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

const COUNTS = ['abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied', 'repeats'] as const;
const EVENT_OF_COUNT: Record<(typeof COUNTS)[number], string> = {
  abandoned_unanswered: 'abandoned_unanswered',
  long_wait: 'long_wait',
  survey_satisfied: 'survey_satisfied',
  survey_dissatisfied: 'survey_dissatisfied',
  repeats: 'repeat',
};

/** The STANDING_TEXT of a month row's latest bad experience or survey signal. */
const heldStanding = (row: string, prefix: 'bad' | 'signal') => `printf('%012d', ${row}${prefix}_at) || ${row}${prefix}_event || char(1) || ${row}${prefix}_call`;

/**
 * Brings the event months up to date with the events an import or undo added or removed
 * (temp.changed_events, each with change 1 or -1; emptied here). A month's counts move by the
 * changes, and its latest bad experience and survey signal become the later of the held one
 * and the latest added; a month whose held latest event was removed is folded again from its
 * events, and a month left with no event goes. The other months, and the events of the
 * month that are not changed, are not read.
 */
export function applyEventChangesToMonths(store: Store): void {
  const db = connection(store);
  const month = UTC_MONTH_OF('at');
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS refolded_event_months (customer TEXT NOT NULL, month INTEGER NOT NULL, from_at INTEGER NOT NULL, to_at INTEGER NOT NULL,
       PRIMARY KEY (customer, month)) WITHOUT ROWID;
     INSERT OR IGNORE INTO temp.refolded_event_months
       SELECT gone.customer, held.month, CAST(strftime('%s', gone.at, 'unixepoch', 'start of month') AS INTEGER),
         CAST(strftime('%s', gone.at, 'unixepoch', 'start of month', '+1 month') AS INTEGER)
       FROM temp.changed_events AS gone
       CROSS JOIN customer_event_months AS held ON held.customer = gone.customer AND held.month = ${UTC_MONTH_OF('gone.at')}
       WHERE gone.change < 0 AND (gone.at, gone.event, gone.call_key) IN (VALUES (held.bad_at, held.bad_event, held.bad_call), (held.signal_at, held.signal_event, held.signal_call));`,
  );
  // A later standing text is a later event; a month without one has NULL, which any event follows.
  const later = (prefix: 'bad' | 'signal') =>
    `excluded.${prefix}_at IS NOT NULL AND (${prefix}_at IS NULL OR ${heldStanding('excluded.', prefix)} > ${heldStanding('', prefix)})`;
  const takeLater = (prefix: 'bad' | 'signal') =>
    ['at', 'event', 'call'].map((part) => `${prefix}_${part} = CASE WHEN ${later(prefix)} THEN excluded.${prefix}_${part} ELSE ${prefix}_${part} END`).join(', ');
  db.exec(
    `WITH moved AS (
       SELECT customer, ${month} AS month,
         ${COUNTS.map((count) => `sum(change * (event = '${EVENT_OF_COUNT[count]}')) AS ${count}`).join(', ')},
         max(CASE WHEN change > 0 AND event IN ${BAD_EVENTS} THEN ${STANDING_TEXT} END) AS bad,
         max(CASE WHEN change > 0 AND event IN ${SIGNAL_EVENTS} THEN ${STANDING_TEXT} END) AS signal
       FROM temp.changed_events GROUP BY 1, 2
     )
     INSERT INTO customer_event_months (customer, month, ${COUNTS.join(', ')}, bad_at, bad_event, bad_call, signal_at, signal_event, signal_call)
     SELECT customer, month, ${COUNTS.join(', ')}, ${standingColumns('bad', 'bad')}, ${standingColumns('signal', 'signal')}
     FROM moved WHERE (customer, month) NOT IN (SELECT customer, month FROM temp.refolded_event_months)
     ON CONFLICT (customer, month) DO UPDATE SET
       ${COUNTS.map((count) => `${count} = ${count} + excluded.${count}`).join(', ')}, ${takeLater('bad')}, ${takeLater('signal')};
     DELETE FROM customer_event_months WHERE (customer, month) IN (SELECT DISTINCT customer, ${month} FROM temp.changed_events)
       AND ${COUNTS.map((count) => `${count} = 0`).join(' AND ')};
     DELETE FROM customer_event_months WHERE (customer, month) IN (SELECT customer, month FROM temp.refolded_event_months);`,
  );
  insertEventMonths(
    db,
    `AND rowid IN (SELECT event.rowid FROM temp.refolded_event_months AS refolded
       CROSS JOIN customer_call_events AS event ON event.customer = refolded.customer AND event.at >= refolded.from_at AND event.at < refolded.to_at)`,
  );
  db.exec('DELETE FROM temp.refolded_event_months; DELETE FROM temp.changed_events');
}

/** Recomputes every customer's event months from the call events. */
export function rebuildEventMonths(store: Store): void {
  const db = connection(store);
  db.transaction(() => {
    db.exec('DELETE FROM customer_event_months');
    insertEventMonths(db, '');
  })();
}
