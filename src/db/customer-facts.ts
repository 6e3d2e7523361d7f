import { BAD_EVENTS, SIGNAL_EVENTS, STANDING_TEXT } from './customer-event-months.js';
import { connection, type Store } from './store.js';

export interface CallEventRow {
  customer: string;
  at: number;
  event: 'abandoned_unanswered' | 'long_wait' | 'survey_satisfied' | 'survey_dissatisfied' | 'repeat';
  call_key: string;
}

export interface ContactSpanRow {
  customer: string;
  contacts: number;
  first_at: number;
  last_at: number;
}

export interface SurveySignalRow {
  id: number;
  customer: string;
  instrument: string;
  at: number;
  value: number | null;
  comment: string | null;
}

/** The projection's call events in (fromAt, toAt], of one customer's ids or of everyone, by instant, event and call id. */
export function readCallEvents(store: Store, fromAt: number, toAt: number, customers?: readonly string[]): CallEventRow[] {
  const db = connection(store);
  if (customers) {
    const statement = db.prepare('SELECT customer, at, event, call_key FROM customer_call_events WHERE customer = ? AND at > ? AND at <= ? ORDER BY at, event, call_key');
    return customers.flatMap((customer) => statement.all(customer, fromAt, toAt) as CallEventRow[]);
  }
  return db
    .prepare('SELECT customer, at, event, call_key FROM customer_call_events INDEXED BY customer_call_events_by_time WHERE at > ? AND at <= ? ORDER BY at, event, call_key')
    .all(fromAt, toAt) as CallEventRow[];
}

export interface EventSumsRow {
  customer: string;
  abandoned_unanswered: number;
  long_wait: number;
  survey_satisfied: number;
  survey_dissatisfied: number;
  bad_at: number | null;
  bad_event: CallEventRow['event'] | null;
  bad_call: string | null;
}

export interface EventSignalRow {
  customer: string;
  signal_at: number;
  signal_event: 'survey_satisfied' | 'survey_dissatisfied';
  signal_call: string;
}

/**
 * Every customer's call events over the UTC months [fromMonth, toMonth): counts per event and
 * the latest bad experience. A month's latest is unique in its instant among the months, so
 * max() names the row its other columns come from (SQLite's bare columns).
 */
export function readEventSums(store: Store, fromMonth: number, toMonth: number): EventSumsRow[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT customer, sum(abandoned_unanswered) AS abandoned_unanswered, sum(long_wait) AS long_wait,
         sum(survey_satisfied) AS survey_satisfied, sum(survey_dissatisfied) AS survey_dissatisfied,
         max(bad_at) AS bad_at, bad_event, bad_call
       FROM customer_event_months WHERE month >= ? AND month < ? GROUP BY customer`,
    )
    .all(fromMonth, toMonth) as EventSumsRow[];
}

/** Every customer's latest csat signal over the UTC months [fromMonth, toMonth), as readEventSums does the bad experience. */
export function readEventSignals(store: Store, fromMonth: number, toMonth: number): EventSignalRow[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT customer, max(signal_at) AS signal_at, signal_event, signal_call
       FROM customer_event_months WHERE month >= ? AND month < ? AND signal_at IS NOT NULL GROUP BY customer`,
    )
    .all(fromMonth, toMonth) as EventSignalRow[];
}

export interface EventEdgeRow {
  customer: string;
  abandoned_unanswered: number;
  long_wait: number;
  survey_satisfied: number;
  survey_dissatisfied: number;
  /** The latest bad experience and csat signal as STANDING_TEXT, null when none. */
  bad: string | null;
  signal: string | null;
}

/**
 * Every customer's call events in (fromAt, toAt] summed like readEventSums, counting an
 * abandoned call only once `asOf` is past its callback window, for the window's partial months.
 */
export function readEventEdges(store: Store, fromAt: number, toAt: number, asOf: number, callbackS: number): EventEdgeRow[] {
  const db = connection(store);
  const counted = `(event <> 'abandoned_unanswered' OR at + :callback <= :asOf)`;
  return db
    .prepare(
      `SELECT customer, sum(event = 'abandoned_unanswered' AND ${counted}) AS abandoned_unanswered, sum(event = 'long_wait') AS long_wait,
         sum(event = 'survey_satisfied') AS survey_satisfied, sum(event = 'survey_dissatisfied') AS survey_dissatisfied,
         max(CASE WHEN event IN ${BAD_EVENTS} AND ${counted} THEN ${STANDING_TEXT} END) AS bad,
         max(CASE WHEN event IN ${SIGNAL_EVENTS} THEN ${STANDING_TEXT} END) AS signal
       FROM customer_call_events INDEXED BY customer_call_events_by_time WHERE at > :from AND at <= :to GROUP BY customer`,
    )
    .all({ from: fromAt, to: toAt, asOf, callback: callbackS }) as EventEdgeRow[];
}

/** The instant, event and call id a STANDING_TEXT holds. */
export function standingOf(text: string): { at: number; event: CallEventRow['event']; callKey: string } {
  const separator = text.indexOf('\u0001', 12);
  return { at: Number(text.slice(0, 12)), event: text.slice(12, separator) as CallEventRow['event'], callKey: text.slice(separator + 1) };
}

export interface ContactMonthsRow extends ContactSpanRow {
  /** The months from the loyalty span's first on, comma-separated; null when none. */
  active_months: string | null;
}

/**
 * Calls per customer over whole months before `toMonth`, with the months from `fromActiveMonth`
 * on that had one: one pass over the projection in key order, no sort.
 */
export function readContactMonths(store: Store, fromActiveMonth: number, toMonth: number, customers?: readonly string[]): ContactMonthsRow[] {
  const db = connection(store);
  const sql = (where: string) =>
    `SELECT customer, sum(contacts) AS contacts, min(first_at) AS first_at, max(last_at) AS last_at,
       group_concat(CASE WHEN month >= :active THEN month END) AS active_months
     FROM customer_months WHERE ${where} < :to GROUP BY customer`;
  if (customers) {
    const statement = db.prepare(sql('customer = :customer AND month'));
    return customers.flatMap((customer) => statement.all({ customer, active: fromActiveMonth, to: toMonth }) as ContactMonthsRow[]);
  }
  // The primary key's order (customer, month) groups without sorting; the month index would sort every row.
  return db.prepare(sql('+month')).all({ active: fromActiveMonth, to: toMonth }) as ContactMonthsRow[];
}

/**
 * Calls per customer arriving in wall-clock hours from `fromHour` and at or before `toAt`:
 * read from calls_by_hour alone, for the part of a month the projection cannot split.
 */
export function readCallSpans(store: Store, fromHour: number, toHour: number, toAt: number, customers?: readonly string[]): ContactSpanRow[] {
  const db = connection(store);
  if (customers) {
    const statement = db.prepare(
      `SELECT customer, count(*) AS contacts, min(arrival_at) AS first_at, max(arrival_at) AS last_at
       FROM calls WHERE customer = ? AND local_hour >= ? AND local_hour <= ? AND arrival_at <= ? GROUP BY customer`,
    );
    return customers.flatMap((customer) => statement.all(customer, fromHour, toHour, toAt) as ContactSpanRow[]);
  }
  return db
    .prepare(
      `SELECT customer, count(*) AS contacts, min(arrival_at) AS first_at, max(arrival_at) AS last_at
       FROM calls INDEXED BY calls_by_hour
       WHERE local_hour >= ? AND local_hour <= ? AND arrival_at <= ? AND customer IS NOT NULL GROUP BY customer`,
    )
    .all(fromHour, toHour, toAt) as ContactSpanRow[];
}

/** The customers with a call in the wall-clock months [fromMonth, toMonth), from the projection alone. */
export function readMonthCallers(store: Store, fromMonth: number, toMonth: number): string[] {
  const db = connection(store);
  return (db.prepare('SELECT DISTINCT customer FROM customer_months WHERE month >= ? AND month < ?').pluck().all(fromMonth, toMonth) as string[]);
}

/** CSAT and NPS answers with a customer, answered at or before `toAt`. */
export function readSurveySignals(store: Store, toAt: number, customers?: readonly string[]): SurveySignalRow[] {
  const db = connection(store);
  const rows = db
    .prepare(
      `SELECT r.id, r.customer, r.instrument, r.responded_at AS at, a.value, r.comment
       FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id AND a.item = r.instrument AND r.instrument IN ('csat', 'nps')
       WHERE r.customer IS NOT NULL AND r.responded_at <= ? ORDER BY r.responded_at, r.id`,
    )
    .all(toAt) as SurveySignalRow[];
  return customers ? rows.filter((row) => customers.includes(row.customer)) : rows;
}

export interface CustomerCallRow {
  source_key: string;
  customer: string;
  arrival_at: number;
  queue: string | null;
  agent: string | null;
  outcome: 'answered' | 'abandoned';
  wait_s: number | null;
  talk_s: number | null;
  csat: number | null;
}

/** One customer's calls, oldest first, through calls_by_customer. */
export function readCustomerCalls(store: Store, customers: readonly string[], toAt: number): CustomerCallRow[] {
  const db = connection(store);
  const statement = db.prepare(
    'SELECT source_key, customer, arrival_at, queue, agent, outcome, wait_s, talk_s, csat FROM calls WHERE customer = ? AND arrival_at <= ? ORDER BY arrival_at, id',
  );
  return customers.flatMap((customer) => statement.all(customer, toAt) as CustomerCallRow[]).sort((a, b) => a.arrival_at - b.arrival_at);
}

/** Whether the store knows the id at all, in any table that holds customers. */
export function customerKnown(store: Store, customer: string): boolean {
  const db = connection(store);
  return (
    db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM calls WHERE customer = :c) OR EXISTS (SELECT 1 FROM commitments WHERE customer = :c)
           OR EXISTS (SELECT 1 FROM complaints WHERE customer = :c) OR EXISTS (SELECT 1 FROM survey_responses WHERE customer = :c)
           OR EXISTS (SELECT 1 FROM wow_moments WHERE customer = :c) OR EXISTS (SELECT 1 FROM customer_flags WHERE customer = :c)
           OR EXISTS (SELECT 1 FROM customer_merges WHERE customer = :c OR other = :c) AS known`,
      )
      .get({ c: customer }) as { known: number }
  ).known === 1;
}

/** The key the store's phone region gives an id as typed. */
export function customerKeyOf(store: Store, given: string): string | null {
  const db = connection(store);
  return (db.prepare('SELECT svc_customer_key(?) AS key').get(given) as { key: string | null }).key;
}
