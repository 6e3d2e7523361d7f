import {
  latestOfCustomer,
  readEventEdges,
  readEventSums,
  readUncountedEvents,
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

const COUNTED = ['abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied'] as const;

/**
 * Adds every customer's call events in (windowFrom, asOf] to their records as sums: the balance,
 * the number of entries, the latest bad experience and csat signal. Folded months give whole
 * months; at each end of the window the shorter side of the month it cuts is read event by event
 * in the database, summed per customer: the part inside the window, added, or the part outside
 * it, taken from the whole month. So no event is read one by one, and as of now (the window's
 * end after every call) the end costs the events of the last callback window, not of a month.
 * `recordOf` gives the record of a customer in contact by `asOf`: only they can have events that count.
 */
export function foldCallEvents(db: Store, windowFrom: number, asOf: number, rules: CustomerRules, recordOf: (id: string) => CustomerRecord | undefined): void {
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
  const edge = (fromAt: number, toAt: number) => {
    for (const row of readEventEdges(db, fromAt, toAt, asOf, rules.callbackS)) noteStandings(add(row, 1), row);
  };

  // Months before toMonth hold only events that count at asOf (an abandoned call's callback window included).
  const firstMonth = utcMonthOf(windowFrom);
  const toMonth = utcMonthOf(asOf - rules.callbackS + 1);
  if (firstMonth + 1 >= toMonth) {
    edge(windowFrom, asOf);
    return;
  }
  // The start: the month windowFrom falls in, whole less what precedes windowFrom, or its part after windowFrom.
  const subtractStart = windowFrom - utcMonthStart(firstMonth) < utcMonthStart(firstMonth + 1) - windowFrom;
  const fromMonth = subtractStart ? firstMonth : firstMonth + 1;
  if (subtractStart) for (const row of readEventEdges(db, utcMonthStart(firstMonth) - 1, windowFrom, asOf, rules.callbackS)) add(row, -1);
  else edge(windowFrom, utcMonthStart(fromMonth) - 1);
  // The end: the months up to asOf's whole less the events that do not count yet, or the events from toMonth's start.
  const lastMonth = utcMonthOf(asOf);
  const tailFrom = Math.max(asOf - rules.callbackS, utcMonthStart(toMonth) - 1);
  const subtractEnd = utcMonthStart(lastMonth + 1) - 1 - tailFrom < asOf - utcMonthStart(toMonth);
  const foldTo = subtractEnd ? lastMonth + 1 : toMonth;
  const counts = (at: number, event: string) => at > windowFrom && at <= asOf && (event !== 'abandoned_unanswered' || at + rules.callbackS <= asOf);
  // Customers whose folded latest bad experience or signal does not count yet: read again, alone.
  const recheck = new Set<string>();
  for (const row of readEventSums(db, fromMonth, foldTo)) {
    const found = add(row, 1);
    if (!found) continue;
    const latestBad = row.bad === null ? undefined : standingOf(row.bad);
    if (latestBad && latestBad.at > windowFrom) {
      if (counts(latestBad.at, latestBad.event)) bad(found, latestBad.at, latestBad.event, latestBad.callKey);
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
