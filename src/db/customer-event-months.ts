import { BAD_CODES, EVENT_CODE, PACKED, SIGNAL_CODES } from './call-event-codes.js';
import { eventsHeldAsTexts, insertTextEventMonths } from './text-call-events.js';
import { connection, type Store } from './store.js';

/** UTC calendar months since 1970-01 of an instant column. */
const UTC_MONTH_OF = (column: string) =>
  `((CAST(strftime('%Y', ${column}, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', ${column}, 'unixepoch') AS INTEGER) - 1)`;

const COUNTS = ['abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied', 'repeats'] as const;
const CODE_OF_COUNT: Record<(typeof COUNTS)[number], number> = {
  abandoned_unanswered: EVENT_CODE.abandoned_unanswered,
  long_wait: EVENT_CODE.long_wait,
  survey_satisfied: EVENT_CODE.survey_satisfied,
  survey_dissatisfied: EVENT_CODE.survey_dissatisfied,
  repeats: EVENT_CODE.repeat,
};

/**
 * The call of the latest event `packed` names (its instant and code) among the rows of `events`
 * (customer, at, event, call_id) of `customer`: the only one, or of several at that instant
 * and event the last in the order of the calls' source keys (the call id a person sees), which
 * only then are read.
 */
export function latestCallOf(events: string, customer: string, packed: string, where = ''): string {
  const same = `tie.customer = ${customer} AND tie.at = ${packed} / 8 AND tie.event = ${packed} % 8 ${where}`;
  return `CASE WHEN ${packed} IS NOT NULL THEN coalesce(
      (SELECT CASE WHEN count(*) = 1 THEN min(tie.call_id) END FROM ${events} AS tie WHERE ${same}),
      (SELECT tie.call_id FROM ${events} AS tie CROSS JOIN calls ON calls.id = tie.call_id WHERE ${same} ORDER BY calls.source_key DESC LIMIT 1)) END`;
}

/**
 * Folds the call events `from` reads (a FROM clause naming the events `e`) into one row per
 * customer and UTC month: a count per event, and the month's latest bad experience and latest
 * csat signal (latest by instant, then event name, then call id: the order every reader uses).
 */
function foldEventMonths(store: Store, from: string): void {
  connection(store)
    .prepare(
      `WITH folded AS (
         SELECT e.customer, ${UTC_MONTH_OF('e.at')} AS month,
           ${COUNTS.map((count) => `sum(e.event = ${CODE_OF_COUNT[count]}) AS ${count}`).join(', ')},
           max(CASE WHEN e.event IN ${BAD_CODES} THEN ${PACKED('e.at', 'e.event')} END) AS bad,
           max(CASE WHEN e.event IN ${SIGNAL_CODES} THEN ${PACKED('e.at', 'e.event')} END) AS signal
         FROM ${from} GROUP BY 1, 2
       )
       INSERT INTO customer_event_months (customer, month, ${COUNTS.join(', ')}, bad_at, bad_event, bad_call, signal_at, signal_event, signal_call)
       SELECT customer, month, ${COUNTS.join(', ')},
         bad / 8, bad % 8, ${latestCallOf('customer_call_events', 'folded.customer', 'folded.bad')},
         signal / 8, signal % 8, ${latestCallOf('customer_call_events', 'folded.customer', 'folded.signal')}
       FROM folded`,
    )
    .run();
}

/** Folds every customer's call events (migration 012 folds the texts a store held before migration 015). */
export function insertEventMonths(store: Store, scope = ''): void {
  if (eventsHeldAsTexts(store)) insertTextEventMonths(store, scope);
  else foldEventMonths(store, `customer_call_events AS e WHERE 1 ${scope}`);
}

/**
 * Whether the month row's held latest of `prefix` is to give way to the one `excluded` brings: a
 * later instant or event, or at the same one a call later in source-key order (read only then).
 */
function laterThanHeld(prefix: 'bad' | 'signal'): string {
  const [at, event, call] = [`${prefix}_at`, `${prefix}_event`, `${prefix}_call`];
  const held = (column: string) => `customer_event_months.${column}`;
  return `CASE WHEN excluded.${at} IS NULL THEN 0 WHEN ${held(at)} IS NULL THEN 1
    WHEN ${PACKED(`excluded.${at}`, `excluded.${event}`)} <> ${PACKED(held(at), held(event))}
      THEN ${PACKED(`excluded.${at}`, `excluded.${event}`)} > ${PACKED(held(at), held(event))}
    ELSE (SELECT source_key FROM calls WHERE id = excluded.${call}) > (SELECT source_key FROM calls WHERE id = ${held(call)}) END`;
}

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
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS refolded_event_months (customer TEXT NOT NULL, month INTEGER NOT NULL, from_at INTEGER NOT NULL, to_at INTEGER NOT NULL,
       PRIMARY KEY (customer, month)) WITHOUT ROWID;
     INSERT OR IGNORE INTO temp.refolded_event_months
       SELECT gone.customer, held.month, CAST(strftime('%s', gone.at, 'unixepoch', 'start of month') AS INTEGER),
         CAST(strftime('%s', gone.at, 'unixepoch', 'start of month', '+1 month') AS INTEGER)
       FROM temp.changed_events AS gone
       CROSS JOIN customer_event_months AS held ON held.customer = gone.customer AND held.month = ${UTC_MONTH_OF('gone.at')}
       WHERE gone.change < 0 AND (gone.at, gone.event, gone.call_id) IN (VALUES (held.bad_at, held.bad_event, held.bad_call), (held.signal_at, held.signal_event, held.signal_call));`,
  );
  const takeLater = (prefix: 'bad' | 'signal') =>
    ['at', 'event', 'call'].map((part) => `${prefix}_${part} = CASE WHEN ${laterThanHeld(prefix)} THEN excluded.${prefix}_${part} ELSE ${prefix}_${part} END`).join(', ');
  const added = (packed: string) => latestCallOf('temp.changed_events', 'moved.customer', packed, 'AND tie.change > 0');
  db.exec(
    `WITH moved AS (
       SELECT customer, ${UTC_MONTH_OF('at')} AS month,
         ${COUNTS.map((count) => `sum(change * (event = ${CODE_OF_COUNT[count]})) AS ${count}`).join(', ')},
         max(CASE WHEN change > 0 AND event IN ${BAD_CODES} THEN ${PACKED('at', 'event')} END) AS bad,
         max(CASE WHEN change > 0 AND event IN ${SIGNAL_CODES} THEN ${PACKED('at', 'event')} END) AS signal
       FROM temp.changed_events GROUP BY 1, 2
     )
     INSERT INTO customer_event_months (customer, month, ${COUNTS.join(', ')}, bad_at, bad_event, bad_call, signal_at, signal_event, signal_call)
     SELECT customer, month, ${COUNTS.join(', ')}, bad / 8, bad % 8, ${added('moved.bad')}, signal / 8, signal % 8, ${added('moved.signal')}
     FROM moved WHERE (customer, month) NOT IN (SELECT customer, month FROM temp.refolded_event_months)
     ON CONFLICT (customer, month) DO UPDATE SET
       ${COUNTS.map((count) => `${count} = ${count} + excluded.${count}`).join(', ')}, ${takeLater('bad')}, ${takeLater('signal')};
     DELETE FROM customer_event_months WHERE (customer, month) IN (SELECT DISTINCT customer, ${UTC_MONTH_OF('at')} FROM temp.changed_events)
       AND ${COUNTS.map((count) => `${count} = 0`).join(' AND ')};
     DELETE FROM customer_event_months WHERE (customer, month) IN (SELECT customer, month FROM temp.refolded_event_months);`,
  );
  foldEventMonths(
    db,
    `temp.refolded_event_months AS refolded
     CROSS JOIN customer_call_events AS e ON e.customer = refolded.customer AND e.at >= refolded.from_at AND e.at < refolded.to_at`,
  );
  db.exec('DELETE FROM temp.refolded_event_months; DELETE FROM temp.changed_events');
}

/** Recomputes every customer's event months from the call events. */
export function rebuildEventMonths(store: Store): void {
  const db = connection(store);
  db.transaction(() => {
    db.exec('DELETE FROM customer_event_months');
    insertEventMonths(db);
  })();
}
