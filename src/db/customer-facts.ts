import type { Store } from './open.js';

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

/** The projection's call events in (fromAt, toAt], of one customer's ids or of everyone. */
export function readCallEvents(db: Store, fromAt: number, toAt: number, customers?: readonly string[]): CallEventRow[] {
  if (customers) {
    const statement = db.prepare('SELECT customer, at, event, call_key FROM customer_call_events WHERE customer = ? AND at > ? AND at <= ? ORDER BY at');
    return customers.flatMap((customer) => statement.all(customer, fromAt, toAt) as CallEventRow[]);
  }
  return db.prepare('SELECT customer, at, event, call_key FROM customer_call_events WHERE at > ? AND at <= ?').all(fromAt, toAt) as CallEventRow[];
}

/** Calls per customer over whole months from `fromMonth` up to (not including) `toMonth`. */
export function readMonthSpans(db: Store, fromMonth: number, toMonth: number, customers?: readonly string[]): ContactSpanRow[] {
  if (customers) {
    const statement = db.prepare(
      `SELECT customer, sum(contacts) AS contacts, min(first_at) AS first_at, max(last_at) AS last_at
       FROM customer_months WHERE customer = ? AND month >= ? AND month < ? GROUP BY customer`,
    );
    return customers.flatMap((customer) => statement.all(customer, fromMonth, toMonth) as ContactSpanRow[]);
  }
  return db
    .prepare(
      `SELECT customer, sum(contacts) AS contacts, min(first_at) AS first_at, max(last_at) AS last_at
       FROM customer_months WHERE month >= ? AND month < ? GROUP BY customer`,
    )
    .all(fromMonth, toMonth) as ContactSpanRow[];
}

/** Which of the months in [fromMonth, toMonth) each customer called in. */
export function readActiveMonths(db: Store, fromMonth: number, toMonth: number, customers?: readonly string[]): { customer: string; month: number }[] {
  if (customers) {
    const statement = db.prepare('SELECT customer, month FROM customer_months WHERE customer = ? AND month >= ? AND month < ?');
    return customers.flatMap((customer) => statement.all(customer, fromMonth, toMonth) as { customer: string; month: number }[]);
  }
  return db.prepare('SELECT customer, month FROM customer_months WHERE month >= ? AND month < ?').all(fromMonth, toMonth) as { customer: string; month: number }[];
}

/**
 * Calls per customer arriving in wall-clock hours from `fromHour` and at or before `toAt`:
 * read from calls_by_hour alone, for the part of a month the projection cannot split.
 */
export function readCallSpans(db: Store, fromHour: number, toHour: number, toAt: number, customers?: readonly string[]): ContactSpanRow[] {
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

/** CSAT and NPS answers with a customer, answered at or before `toAt`. */
export function readSurveySignals(db: Store, toAt: number, customers?: readonly string[]): SurveySignalRow[] {
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
export function readCustomerCalls(db: Store, customers: readonly string[], toAt: number): CustomerCallRow[] {
  const statement = db.prepare(
    'SELECT source_key, customer, arrival_at, queue, agent, outcome, wait_s, talk_s, csat FROM calls WHERE customer = ? AND arrival_at <= ? ORDER BY arrival_at, id',
  );
  return customers.flatMap((customer) => statement.all(customer, toAt) as CustomerCallRow[]).sort((a, b) => a.arrival_at - b.arrival_at);
}

/** Whether the store knows the id at all, in any table that holds customers. */
export function customerKnown(db: Store, customer: string): boolean {
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
export function customerKeyOf(db: Store, given: string): string | null {
  return (db.prepare('SELECT svc_customer_key(?) AS key').get(given) as { key: string | null }).key;
}
