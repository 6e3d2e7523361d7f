import { BAD_CODES, EVENT_CODE, eventName, PACKED, SIGNAL_CODES, unpack, type CallEventName } from './call-event-codes.js';
import { connection, type Store } from './store.js';

export interface CallEventRow {
  customer: string;
  at: number;
  event: CallEventName;
  /** The call's source key. */
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

/** The projection's call events in (fromAt, toAt] of one customer's ids, by instant, event and call id, each call's source key read by its id. */
export function readCallEvents(store: Store, fromAt: number, toAt: number, customers: readonly string[]): CallEventRow[] {
  const statement = connection(store)
    .prepare(
      `SELECT e.customer, e.at, e.event, calls.source_key FROM customer_call_events AS e CROSS JOIN calls ON calls.id = e.call_id
       WHERE e.customer = ? AND e.at > ? AND e.at <= ? ORDER BY e.at, e.event, calls.source_key`,
    )
    .raw();
  return customers.flatMap((customer) =>
    (statement.all(customer, fromAt, toAt) as [string, number, number, string][]).map(([id, at, code, callKey]) => ({ customer: id, at, event: eventName(code), call_key: callKey })),
  );
}

export interface EventSumsRow {
  customer: string;
  abandoned_unanswered: number;
  long_wait: number;
  survey_satisfied: number;
  survey_dissatisfied: number;
  /**
   * The latest bad experience, its instant and event packed into one number (PACKED; unpack):
   * the call id, the last part of "the latest" order, is never needed to choose between months,
   * since a customer's months hold different instants and each month row holds its own latest.
   */
  bad: number | null;
  /** The latest csat signal, packed the same way; null when none. */
  signal: number | null;
}

/** The instant and event of a packed bad experience. */
export function badOf(packed: number): { at: number; event: CallEventName } {
  return unpack(packed);
}

/** The source key of the call of a customer's folded latest bad experience at an instant (see readEventSums). */
export function badCallOf(store: Store): (customer: string, at: number, event: string) => string {
  const statement = connection(store)
    .prepare(
      `SELECT calls.source_key FROM customer_event_months AS m CROSS JOIN calls ON calls.id = m.bad_call
       WHERE m.customer = ? AND m.bad_at = ? AND m.bad_event = ?`,
    )
    .pluck();
  return (customer, at, event) => statement.get(customer, at, EVENT_CODE[event as CallEventName]) as string;
}

/** The instant and event of a packed csat signal. */
export function signalOf(packed: number): { at: number; event: 'survey_satisfied' | 'survey_dissatisfied' } {
  return unpack(packed) as { at: number; event: 'survey_satisfied' | 'survey_dissatisfied' };
}

/**
 * Every customer's call events over each span of UTC months [from, to): counts per event, the
 * latest bad experience and the latest csat signal, in one pass (two max() would leave SQLite's
 * bare columns undefined, so both are packed into one number each: a text per row cost twice
 * the whole read). Of two csat signals at one instant the satisfied one is the later (the order
 * by event name every reader uses), which the packed number keeps; the bad experience's call
 * id is read only for the customers that need it (badCallOf).
 */
export function readEventSums(store: Store, spans: readonly MonthSpan[]): EventSumsRow[][] {
  const db = connection(store);
  const statement = db.prepare(
    `SELECT customer, sum(abandoned_unanswered), sum(long_wait), sum(survey_satisfied), sum(survey_dissatisfied),
       max(${PACKED('bad_at', 'bad_event')}), max(${PACKED('signal_at', 'signal_event')})
     FROM customer_event_months WHERE month >= ? AND month < ? GROUP BY customer`,
  ).raw();
  const read = (segment: MonthSpan): EventSumsRow[] => {
    const rows: EventSumsRow[] = [];
    // Row by row: a list of the raw rows beside the list of records would double the peak.
    for (const [customer, abandoned, longWait, satisfied, dissatisfied, bad, signal] of statement.iterate(segment.from, segment.to) as Iterable<
      [string, number, number, number, number, number | null, number | null]
    >) {
      rows.push({ customer, abandoned_unanswered: abandoned, long_wait: longWait, survey_satisfied: satisfied, survey_dissatisfied: dissatisfied, bad, signal });
    }
    return rows;
  };
  return bySegments(spans, read, (sum, part) => {
    sum.abandoned_unanswered += part.abandoned_unanswered;
    sum.long_wait += part.long_wait;
    sum.survey_satisfied += part.survey_satisfied;
    sum.survey_dissatisfied += part.survey_dissatisfied;
    sum.bad = later(sum.bad, part.bad);
    sum.signal = later(sum.signal, part.signal);
  });
}

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** UTC or wall-clock months [from, to). */
export interface MonthSpan {
  from: number;
  to: number;
}

/**
 * Per-customer sums over each of several spans of months (the two ends of a movement), each
 * month read once: the spans are cut where any of them starts or ends, each piece is read on
 * its own, and a span spanning several pieces adds them up per customer. One read with a
 * column per span cost more than two reads: SQLite weighs every row by the condition of every column.
 */
function bySegments<T extends { customer: string }>(spans: readonly MonthSpan[], read: (segment: MonthSpan) => T[], add: (sum: T, part: T) => void): T[][] {
  const bounds = [...new Set(spans.flatMap((span) => [span.from, span.to]))].sort((a, b) => a - b);
  const pieces = new Map<number, T[]>();
  const piece = (from: number, to: number) => {
    let rows = pieces.get(from);
    if (!rows) pieces.set(from, (rows = read({ from, to })));
    return rows;
  };
  return spans.map((span) => {
    const parts: T[][] = [];
    for (let index = 0; index + 1 < bounds.length; index++) {
      if (bounds[index]! >= span.from && bounds[index + 1]! <= span.to) parts.push(piece(bounds[index]!, bounds[index + 1]!));
    }
    if (parts.length === 1) return parts[0]!;
    const sums = new Map<string, T>();
    for (const rows of parts) {
      for (const row of rows) {
        const sum = sums.get(row.customer);
        if (sum) add(sum, row);
        else sums.set(row.customer, { ...row });
      }
    }
    return [...sums.values()];
  });
}

/** As EventSumsRow, for the single events at the window's ends. */
export type EventEdgeRow = EventSumsRow;

/**
 * Every customer's call events in (fromAt, toAt] summed like readEventSums, counting an
 * abandoned call only once `asOf` is past its callback window, for the window's partial months.
 * Of several calls with the latest bad experience's instant and event, badEventCallOf names the one.
 */
export function readEventEdges(store: Store, fromAt: number, toAt: number, asOf: number, callbackS: number): EventEdgeRow[] {
  const db = connection(store);
  const counted = `(event <> ${EVENT_CODE.abandoned_unanswered} OR at + :callback <= :asOf)`;
  return db
    .prepare(
      `SELECT customer, sum(event = ${EVENT_CODE.abandoned_unanswered} AND ${counted}) AS abandoned_unanswered, ${COUNTS_BUT_ABANDONED},
         max(CASE WHEN event IN ${BAD_CODES} AND ${counted} THEN ${PACKED('at', 'event')} END) AS bad,
         max(CASE WHEN event IN ${SIGNAL_CODES} THEN ${PACKED('at', 'event')} END) AS signal
       FROM customer_call_events INDEXED BY customer_call_events_by_time WHERE at > :from AND at <= :to GROUP BY customer`,
    )
    .all({ from: fromAt, to: toAt, asOf, callback: callbackS }) as EventEdgeRow[];
}

/** The source key of a customer's call event at an instant: the last in source-key order when several share both. */
export function badEventCallOf(store: Store): (customer: string, at: number, event: string) => string {
  const statement = connection(store)
    .prepare('SELECT max(calls.source_key) FROM customer_call_events AS e CROSS JOIN calls ON calls.id = e.call_id WHERE e.customer = ? AND e.at = ? AND e.event = ?')
    .pluck();
  return (customer, at, event) => statement.get(customer, at, EVENT_CODE[event as CallEventName]) as string;
}

/**
 * Every customer's call events in (fromAt, toAt] that do not count at `asOf`: after it, or an
 * abandoned call whose callback window has not passed. What the folded months hold beyond
 * what counts, for the month `asOf` falls in.
 */
export function readUncountedEvents(store: Store, fromAt: number, toAt: number, asOf: number, callbackS: number): Counts[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT customer, ${COUNTS}
       FROM customer_call_events INDEXED BY customer_call_events_by_time
       WHERE at > :from AND at <= :to AND (at > :asOf OR (event = ${EVENT_CODE.abandoned_unanswered} AND at + :callback > :asOf)) GROUP BY customer`,
    )
    .all({ from: fromAt, to: toAt, asOf, callback: callbackS }) as Counts[];
}

/**
 * Every customer's call events in (fromAt, toAt] counted per event, without their latest: the
 * part before the window of the month the window starts in, taken from that whole month.
 */
export function readEventCounts(store: Store, fromAt: number, toAt: number): Counts[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT customer, ${COUNTS} FROM customer_call_events INDEXED BY customer_call_events_by_time WHERE at > ? AND at <= ? GROUP BY customer`,
    )
    .all(fromAt, toAt) as Counts[];
}

/** The counts of Counts, summed in SQL over call events. */
const COUNTS_BUT_ABANDONED = `sum(event = ${EVENT_CODE.long_wait}) AS long_wait, sum(event = ${EVENT_CODE.survey_satisfied}) AS survey_satisfied,
  sum(event = ${EVENT_CODE.survey_dissatisfied}) AS survey_dissatisfied`;
const COUNTS = `sum(event = ${EVENT_CODE.abandoned_unanswered}) AS abandoned_unanswered, ${COUNTS_BUT_ABANDONED}`;

/** Per-event counts of one customer's call events. */
export type Counts = Pick<EventSumsRow, 'customer' | 'abandoned_unanswered' | 'long_wait' | 'survey_satisfied' | 'survey_dissatisfied'>;

/**
 * A call event's place in "the latest" order as one text (instant, fixed width; event code; the
 * call's source key), so max() picks the latest: for one customer's few events, read with their calls.
 */
const STANDING_TEXT = (at: string, event: string, call: string) => `printf('%012d%d', ${at}, ${event}) || (SELECT source_key FROM calls WHERE id = ${call})`;

/**
 * One customer's latest bad experience and csat signal (as STANDING_TEXT) among the folded
 * months [fromMonth, toMonth) after `afterAt`, and among its single events in (fromAt, toAt]
 * that count at `asOf`: for the few customers whose folded latest does not count yet.
 */
export function latestOfCustomer(store: Store): (customer: string, months: { from: number; to: number; afterAt: number }, events: { fromAt: number; toAt: number; asOf: number; callbackS: number }) => { bad: string | null; signal: string | null }[] {
  const db = connection(store);
  const folded = db.prepare(
    `SELECT (SELECT ${STANDING_TEXT('bad_at', 'bad_event', 'bad_call')} FROM customer_event_months
        WHERE customer = :customer AND month >= :from AND month < :to AND bad_at > :after ORDER BY bad_at DESC LIMIT 1) AS bad,
      (SELECT ${STANDING_TEXT('signal_at', 'signal_event', 'signal_call')} FROM customer_event_months
        WHERE customer = :customer AND month >= :from AND month < :to AND signal_at > :after ORDER BY signal_at DESC LIMIT 1) AS signal`,
  );
  const counted = `(e.event <> ${EVENT_CODE.abandoned_unanswered} OR e.at + :callback <= :asOf)`;
  const single = db.prepare(
    `SELECT max(CASE WHEN e.event IN ${BAD_CODES} AND ${counted} THEN ${STANDING_TEXT('e.at', 'e.event', 'e.call_id')} END) AS bad,
       max(CASE WHEN e.event IN ${SIGNAL_CODES} THEN ${STANDING_TEXT('e.at', 'e.event', 'e.call_id')} END) AS signal
     FROM customer_call_events AS e WHERE e.customer = :customer AND e.at > :fromAt AND e.at <= :toAt`,
  );
  return (customer, months, events) => [
    folded.get({ customer, from: months.from, to: months.to, after: months.afterAt }) as { bad: string | null; signal: string | null },
    single.get({ customer, ...events, callback: events.callbackS }) as { bad: string | null; signal: string | null },
  ];
}

/** The instant, event and call id a STANDING_TEXT holds. */
export function standingOf(text: string): { at: number; event: CallEventName; callKey: string } {
  return { at: Number(text.slice(0, 12)), event: eventName(Number(text[12])), callKey: text.slice(13) };
}

export interface ContactMonthsRow extends ContactSpanRow {
  /** The months from the loyalty span's first on, comma-separated; null when none. */
  active_months: string | null;
}

/** The whole months before `to` a customer's contacts are counted over, and the loyalty span's first month. */
export interface ContactSpan {
  activeFrom: number;
  to: number;
}

/**
 * Calls per customer over whole months before each span's `to`, with the months from the
 * earliest span's `activeFrom` on that had one: one pass over the projection in key order, no sort; for several
 * spans (the two ends of a movement), the months between their ends are read apart and added.
 */
export function readContactMonths(store: Store, spans: readonly ContactSpan[], customers?: readonly string[]): ContactMonthsRow[][] {
  const db = connection(store);
  if (customers) {
    const statement = db.prepare(
      `SELECT customer, sum(contacts) AS contacts, min(first_at) AS first_at, max(last_at) AS last_at,
         group_concat(CASE WHEN month >= :active THEN month END) AS active_months
       FROM customer_months WHERE customer = :customer AND month < :to GROUP BY customer`,
    );
    return spans.map((span) => customers.flatMap((customer) => statement.all({ customer, active: span.activeFrom, to: span.to }) as ContactMonthsRow[]));
  }
  // Active months from the earliest loyalty span's first on: a reader of a later span skips the earlier ones.
  const activeFrom = Math.min(...spans.map((span) => span.activeFrom));
  const columns = `customer, sum(contacts), min(first_at), max(last_at), group_concat(CASE WHEN month >= :active THEN month END)`;
  // From the first month on, the primary key's order (customer, month) groups without sorting; the month index would sort every row.
  const fromStart = db.prepare(`SELECT ${columns} FROM customer_months WHERE +month < :to GROUP BY customer`).raw();
  const between = db.prepare(`SELECT ${columns} FROM customer_months WHERE month >= :from AND month < :to GROUP BY customer`).raw();
  const read = (segment: MonthSpan): ContactMonthsRow[] => {
    const rows: ContactMonthsRow[] = [];
    const statement = segment.from === FIRST_MONTH ? fromStart : between;
    for (const [customer, contacts, firstAt, lastAt, active] of statement.iterate({ from: segment.from, to: segment.to, active: activeFrom }) as Iterable<
      [string, number, number, number, string | null]
    >) {
      rows.push({ customer, contacts, first_at: firstAt, last_at: lastAt, active_months: active });
    }
    return rows;
  };
  return bySegments(
    spans.map((span) => ({ from: FIRST_MONTH, to: span.to })),
    read,
    (sum, part) => {
      sum.contacts += part.contacts;
      sum.first_at = Math.min(sum.first_at, part.first_at);
      sum.last_at = Math.max(sum.last_at, part.last_at);
      sum.active_months = sum.active_months === null ? part.active_months : part.active_months === null ? sum.active_months : `${sum.active_months},${part.active_months}`;
    },
  );
}

/** Before every month a store can hold. */
const FIRST_MONTH = -1;

/**
 * Calls per customer in the wall-clock month `asOf` falls in, up to `asOf`, from the projection:
 * a month row whose last call is at or before `asOf` counts whole; one that spans `asOf` is
 * counted again from its customer's calls, through calls_by_customer. When `asOf` is after the
 * store's calls (the usual "now"), no call is read at all.
 */
export function readContactMonthAsOf(store: Store, month: number, asOf: number, customers?: readonly string[]): ContactSpanRow[] {
  const db = connection(store);
  const sql = (where: string) =>
    `SELECT customer, contacts, first_at, last_at FROM customer_months AS m WHERE ${where} AND first_at <= :asOf AND last_at <= :asOf
     UNION ALL
     SELECT m.customer, count(*), min(call.arrival_at), max(call.arrival_at)
     FROM customer_months AS m CROSS JOIN calls AS call ON call.customer = m.customer AND call.arrival_at >= m.first_at AND call.arrival_at <= :asOf
     WHERE ${where} AND m.first_at <= :asOf AND m.last_at > :asOf GROUP BY m.customer`;
  if (customers) {
    const statement = db.prepare(sql('m.customer = :customer AND m.month = :month'));
    return customers.flatMap((customer) => statement.all({ customer, month, asOf }) as ContactSpanRow[]);
  }
  return db.prepare(sql('m.month = :month')).all({ month, asOf }) as ContactSpanRow[];
}

/**
 * Calls per customer arriving in wall-clock hours from `fromHour` and at or before `toAt`:
 * read from calls_by_hour alone, for the part of a month the projection cannot split.
 */
export function readCallSpans(store: Store, fromHour: number, toHour: number, toAt: number): ContactSpanRow[] {
  const db = connection(store);
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
