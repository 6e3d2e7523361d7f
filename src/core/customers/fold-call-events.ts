import { readEventEdges, readEventSignals, readEventSums, standingOf, type CallEventRow, type EventSumsRow } from '../../db/customer-facts.js';
import type { Store } from '../../db/open.js';
import { callTie, FROM_CALL } from './latest.js';
import { utcMonthOf, utcMonthStart } from './months.js';
import { noteBad, noteSignal, type CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';

type Counts = Pick<EventSumsRow, 'customer' | 'abandoned_unanswered' | 'long_wait' | 'survey_satisfied' | 'survey_dissatisfied'>;

/**
 * Adds every customer's call events in (windowFrom, asOf] to their records as sums: the balance,
 * the number of entries, the latest bad experience and csat signal. The UTC months wholly inside
 * the window come from the folded months; the two months it cuts are summed from their events
 * in the database, so no event is read one by one.
 */
export function foldCallEvents(db: Store, windowFrom: number, asOf: number, rules: CustomerRules, record: (id: string) => CustomerRecord): void {
  const add = (row: Counts): CustomerRecord => {
    const found = record(row.customer);
    for (const event of ['abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied'] as const) {
      found.trustBalance += row[event] * rules.amounts[event];
      found.trustEvents += row[event];
    }
    return found;
  };
  const bad = (found: CustomerRecord, at: number, event: CallEventRow['event'], callKey: string) =>
    noteBad(found, { at, source: FROM_CALL, tie: callTie(event, callKey), kind: event as 'repeat', ref: `call ${callKey}` });
  const signal = (found: CustomerRecord, at: number, event: CallEventRow['event'], callKey: string) =>
    noteSignal(found, { at, source: FROM_CALL, tie: callTie(event, callKey), event: event as 'survey_satisfied' });
  const edge = (fromAt: number, toAt: number) => {
    for (const row of readEventEdges(db, fromAt, toAt, asOf, rules.callbackS)) {
      const found = add(row);
      if (row.bad !== null) {
        const latest = standingOf(row.bad);
        bad(found, latest.at, latest.event, latest.callKey);
      }
      if (row.signal !== null) {
        const latest = standingOf(row.signal);
        signal(found, latest.at, latest.event, latest.callKey);
      }
    }
  };

  // The UTC months whose every event, an abandoned call's callback window included, lies inside the window.
  const fromMonth = utcMonthOf(windowFrom) + 1;
  const toMonth = utcMonthOf(asOf - rules.callbackS + 1);
  if (fromMonth >= toMonth) {
    edge(windowFrom, asOf);
    return;
  }
  edge(windowFrom, utcMonthStart(fromMonth) - 1);
  for (const row of readEventSums(db, fromMonth, toMonth)) {
    const found = add(row);
    if (row.bad_at !== null) bad(found, row.bad_at, row.bad_event!, row.bad_call!);
  }
  for (const row of readEventSignals(db, fromMonth, toMonth)) signal(record(row.customer), row.signal_at, row.signal_event, row.signal_call);
  edge(utcMonthStart(toMonth) - 1, asOf);
}
