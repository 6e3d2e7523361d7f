import { connection, type Store } from './store.js';

/** The version that stores the call events as codes and call ids (migration 015). */
const CODED_VERSION = 15;

/**
 * Whether the store still holds its call events as texts (event names, calls' source keys):
 * only while migrations 005 and 012 run, on a store made before migration 015.
 */
export function eventsHeldAsTexts(store: Store): boolean {
  return (connection(store).pragma('user_version', { simple: true }) as number) < CODED_VERSION;
}

const UTC_MONTH_OF = (column: string) =>
  `((CAST(strftime('%Y', ${column}, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', ${column}, 'unixepoch') AS INTEGER) - 1)`;
const STANDING_TEXT = `printf('%012d', at) || event || char(1) || call_key`;
const standingColumns = (text: string, prefix: string) => {
  const rest = `substr(${text}, 13)`;
  return `CAST(substr(${text}, 1, 12) AS INTEGER) AS ${prefix}_at, substr(${rest}, 1, instr(${rest}, char(1)) - 1) AS ${prefix}_event,
    substr(${rest}, instr(${rest}, char(1)) + 1) AS ${prefix}_call`;
};

/** The call events of `callsWhere` as texts, as migration 005 wrote them (see insertEvents for the rules). */
export function insertTextEvents(store: Store, callsWhere: string, windows: { callback: number; longWait: number; repeat: number }): void {
  connection(store)
    .prepare(
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
    )
    .run(windows);
}

/** The event months of text events, as migration 012 folded them (latest by instant, event name, then call id). */
export function insertTextEventMonths(store: Store, scope: string): void {
  connection(store)
    .prepare(
      `WITH folded AS (
         SELECT customer, ${UTC_MONTH_OF('at')} AS month,
           sum(event = 'abandoned_unanswered') AS abandoned_unanswered, sum(event = 'long_wait') AS long_wait,
           sum(event = 'survey_satisfied') AS survey_satisfied, sum(event = 'survey_dissatisfied') AS survey_dissatisfied, sum(event = 'repeat') AS repeats,
           max(CASE WHEN event IN ('abandoned_unanswered', 'survey_dissatisfied', 'repeat') THEN ${STANDING_TEXT} END) AS bad,
           max(CASE WHEN event IN ('survey_satisfied', 'survey_dissatisfied') THEN ${STANDING_TEXT} END) AS signal
         FROM customer_call_events WHERE 1 ${scope} GROUP BY 1, 2
       )
       INSERT INTO customer_event_months (customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
         bad_at, bad_event, bad_call, signal_at, signal_event, signal_call)
       SELECT customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
         ${standingColumns('bad', 'bad')}, ${standingColumns('signal', 'signal')}
       FROM folded`,
    )
    .run();
}
