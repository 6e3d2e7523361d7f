import {
  badCallOf,
  badOf,
  latestOfCustomer,
  readEventCounts,
  readEventEdges,
  badEventCallOf,
  readEventSums,
  readUncountedEvents,
  type EventSumsRow,
  signalOf,
  standingOf,
  type CallEventRow,
  type Counts,
} from '../../db/customer-facts.js';
import type { Store } from '../../db/open.js';
import { callTie, FROM_CALL } from './latest.js';
import { utcMonthOf, utcMonthStart } from './months.js';
import { noteBad, noteSignal, type CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';

type CallOf = (customer: string, at: number, event: string) => string;

const COUNTED = ['abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied'] as const;

/** UTC months [from, to). */
export interface MonthSpan {
  from: number;
  to: number;
}

interface FoldPlan {
  firstMonth: number;
  toMonth: number;
  lastMonth: number;
  tailFrom: number;
  subtractStart: boolean;
  subtractEnd: boolean;
  /** The months read folded. */
  folded: MonthSpan;
}

/**
 * The end is taken away from the whole month only when the part of asOf's month after asOf is at
 * most a quarter of the part before it: measured at ten million calls, taking away cost about a
 * fifth more CPU at ten days after asOf (against nineteen before), about the same at three days
 * against twenty-seven, and a third less at a month's end.
 */
const AFTER_AS_OF_SHARE = 4;

/**
 * Which months the window (windowFrom, asOf] reads folded, and how each end is read (see
 * foldCallEvents); undefined when the window is read event by event (it spans two months or fewer).
 */
export function foldPlan(windowFrom: number, asOf: number, callbackS: number): FoldPlan | undefined {
  const firstMonth = utcMonthOf(windowFrom);
  const toMonth = utcMonthOf(asOf - callbackS + 1);
  if (firstMonth + 1 >= toMonth) return undefined;
  // The start: the month windowFrom falls in, whole less what precedes windowFrom, or its part after windowFrom.
  const subtractStart = windowFrom - utcMonthStart(firstMonth) < utcMonthStart(firstMonth + 1) - windowFrom;
  // The end: the months up to asOf's whole less the events that do not count yet, or the events from toMonth's start.
  const lastMonth = utcMonthOf(asOf);
  const tailFrom = Math.max(asOf - callbackS, utcMonthStart(toMonth) - 1);
  const head = asOf - utcMonthStart(toMonth);
  // Taking away also reads again, alone, each customer whose latest falls after asOf: worth it only
  // when little of the month lies after asOf (a month's end, or now), not for an instant inside a past month.
  const subtractEnd = utcMonthStart(lastMonth + 1) - 1 - tailFrom < head && utcMonthStart(lastMonth + 1) - 1 - asOf <= head / AFTER_AS_OF_SHARE;
  return {
    firstMonth,
    toMonth,
    lastMonth,
    tailFrom,
    subtractStart,
    subtractEnd,
    folded: { from: subtractStart ? firstMonth : firstMonth + 1, to: subtractEnd ? lastMonth + 1 : toMonth },
  };
}

/**
 * Adds every customer's call events in (windowFrom, asOf] to their records as sums: the balance,
 * the number of entries, the latest bad experience and csat signal. Folded months give whole
 * months; at each end of the window the shorter side of the month it cuts is read event by event
 * in the database, summed per customer: the part inside the window, added, or the part outside
 * it, taken from the whole month. So no event is read one by one, and as of now (the window's
 * end after every call) the end costs the events of the last callback window, not of a month.
 * `recordOf` gives the record of a customer in contact by `asOf`: only they can have events that count.
 * `folded` reads the folded months foldPlan names (a caller reading several instants reads them in one pass).
 */
export function foldCallEvents(
  db: Store,
  windowFrom: number,
  asOf: number,
  rules: CustomerRules,
  recordOf: (id: string) => CustomerRecord | undefined,
  folded: (span: MonthSpan) => EventSumsRow[] = (span) => readEventSums(db, [span])[0]!,
): void {
  const add = (row: Counts, sign: 1 | -1): CustomerRecord | undefined => {
    const found = recordOf(row.customer);
    if (!found) return undefined;
    for (const event of COUNTED) {
      found.trustBalance += sign * row[event] * rules.amounts[event];
      found.trustEvents += sign * row[event];
    }
    return found;
  };
  const bad = (found: CustomerRecord, at: number, event: CallEventRow['event'], callKey: string) =>
    noteBad(found, { at, source: FROM_CALL, tie: callTie(event, callKey), kind: event as 'repeat', ref: `call ${callKey}` });
  const signal = (found: CustomerRecord, at: number, event: CallEventRow['event'], callKey: string) =>
    noteSignal(found, { at, source: FROM_CALL, tie: callTie(event, callKey), event: event as 'survey_satisfied' });
  const noteStandings = (found: CustomerRecord | undefined, latest: { bad: string | null; signal: string | null }) => {
    if (!found) return;
    if (latest.bad !== null) {
      const { at, event, callKey } = standingOf(latest.bad);
      bad(found, at, event, callKey);
    }
    if (latest.signal !== null) {
      const { at, event, callKey } = standingOf(latest.signal);
      signal(found, at, event, callKey);
    }
  };
  // A latest bad experience names its call only when asked (a defector's reason): reading it for
  // every customer would cost a lookup each; its place among the same instant's facts needs no call id.
  const lazyBad = (found: CustomerRecord, customer: string, at: number, event: CallEventRow['event'], callOf: CallOf) => {
    const held = found.lastBad;
    // Two ids merged into one customer can hold calls of one instant: only then is the call id needed to choose.
    if (held !== null && held.at === at) {
      if (held.source === FROM_CALL) held.tie = callTie(held.kind, held.ref.slice('call '.length));
      bad(found, at, event, callOf(customer, at, event));
      return;
    }
    noteBad(found, {
      at,
      source: FROM_CALL,
      tie: callTie(event, ''),
      kind: event as 'repeat',
      get ref() {
        return `call ${callOf(customer, at, event)}`;
      },
    });
  };
  const packedSignal = (found: CustomerRecord, packed: number | null) => {
    if (packed === null) return;
    // Which call gave it does not matter: only its instant and whether it was satisfied do.
    const latest = signalOf(packed);
    signal(found, latest.at, latest.event, '');
  };
  const eventCallOf = badEventCallOf(db);
  const edge = (fromAt: number, toAt: number) => {
    for (const row of readEventEdges(db, fromAt, toAt, asOf, rules.callbackS)) {
      const found = add(row, 1);
      if (!found) continue;
      if (row.bad !== null) {
        const { at, event } = badOf(row.bad);
        lazyBad(found, row.customer, at, event, eventCallOf);
      }
      packedSignal(found, row.signal);
    }
  };

  // Months before toMonth hold only events that count at asOf (an abandoned call's callback window included).
  const plan = foldPlan(windowFrom, asOf, rules.callbackS);
  if (plan === undefined) {
    edge(windowFrom, asOf);
    return;
  }
  const { firstMonth, toMonth, lastMonth, tailFrom, subtractStart, subtractEnd } = plan;
  const fromMonth = plan.folded.from;
  // Months are folded only when the window outlasts the callback window, so before it every abandoned call counts: plain counts.
  if (subtractStart) for (const row of readEventCounts(db, utcMonthStart(firstMonth) - 1, windowFrom)) add(row, -1);
  else edge(windowFrom, utcMonthStart(fromMonth) - 1);
  const callOf = badCallOf(db);
  const counts = (at: number, event: string) => at > windowFrom && at <= asOf && (event !== 'abandoned_unanswered' || at + rules.callbackS <= asOf);
  // Customers whose folded latest bad experience or signal does not count yet: read again, alone.
  const recheck = new Set<string>();
  for (const row of folded(plan.folded)) {
    const found = add(row, 1);
    if (!found) continue;
    const latestBad = row.bad === null ? undefined : badOf(row.bad);
    if (latestBad && latestBad.at > windowFrom) {
      if (counts(latestBad.at, latestBad.event)) lazyBad(found, row.customer, latestBad.at, latestBad.event, callOf);
      else recheck.add(row.customer);
    }
    const latest = row.signal === null ? undefined : signalOf(row.signal);
    if (latest && latest.at > windowFrom) {
      // Which call gave it does not matter: only its instant and whether it was satisfied do.
      if (latest.at <= asOf) signal(found, latest.at, latest.event, '');
      else recheck.add(row.customer);
    }
  }
  if (!subtractEnd) {
    edge(utcMonthStart(toMonth) - 1, asOf);
    return;
  }
  for (const row of readUncountedEvents(db, tailFrom, utcMonthStart(lastMonth + 1) - 1, asOf, rules.callbackS)) add(row, -1);
  const latestOf = latestOfCustomer(db);
  for (const customer of recheck) {
    const found = recordOf(customer);
    for (const latest of latestOf(customer, { from: fromMonth, to: toMonth, afterAt: windowFrom }, { fromAt: utcMonthStart(toMonth) - 1, toAt: asOf, asOf, callbackS: rules.callbackS })) {
      noteStandings(found, latest);
    }
  }
}
