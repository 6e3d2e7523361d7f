import { describe, expect, it } from 'vitest';
import { CustomerFold, type CustomerFoldSink, type FoldedCall } from '../../../src/core/import/customer-fold.js';

// Windows for the fixture: called back within 1 h, a repeat within 1 day, a long wait over 60 s, a short abandon under 5 s.
const BASIS = { callbackS: 3600, repeatS: 86_400, longWaitS: 60, shortAbandonS: 5 };

/** Everything the fold hands over, as plain rows. */
function folded(calls: FoldedCall[]) {
  const rows = { months: [] as unknown[], events: [] as unknown[], eventMonths: [] as unknown[], nextArrivals: [] as unknown[] };
  const sink: CustomerFoldSink = {
    month: (customer, month) => rows.months.push({ customer, ...month }),
    event: (customer, at, event, callId) => rows.events.push({ customer, at, event, callId }),
    eventMonth: (customer, month) => rows.eventMonths.push({ customer, ...month }),
    nextArrival: (id, at) => rows.nextArrivals.push({ id, at }),
  };
  const fold = new CustomerFold(BASIS, sink);
  for (const call of calls) fold.add(call);
  fold.finish();
  return { ...rows, chains: [...fold.dayChains.values()] };
}

type Event = { customer: string; at: number; event: string; callId: number };
const byEvent = (a: Event, b: Event) => a.customer.localeCompare(b.customer) || a.at - b.at || a.event.localeCompare(b.event) || a.callId - b.callId;

describe('CustomerFold', () => {
  // Customer A, in arrival order: 1 and 2 at the same second (1 answered after a 70 s wait,
  // csat 5; 2 abandoned after 3 s), 3 abandoned at 5,000 s, 4 answered at 9,000 s with csat 1,
  // 5 answered at 50,000 s. Customer B: 6 answered on day 40, 7 abandoned (no wait recorded)
  // 86,300 s later, on day 41. Local hours are UTC hours. Handed over newest first.
  const A = (id: number, at: number, outcome: string, wait: number | null, csat: number | null, stored: number | null): FoldedCall =>
    [id, 'A', at, Math.floor(at / 3600), outcome, wait, csat, `k${id}`, stored];
  const B = (id: number, at: number, outcome: string, wait: number | null, stored: number | null): FoldedCall =>
    [id, 'B', at, Math.floor(at / 3600), outcome, wait, null, `k${id}`, stored];
  const calls: FoldedCall[] = [
    A(5, 50_000, 'answered', 0, null, null),
    A(4, 9_000, 'answered', 10, 1, null),
    A(3, 5_000, 'abandoned', 30, null, null),
    A(2, 1_000, 'abandoned', 3, null, null),
    A(1, 1_000, 'answered', 70, 5, 5_000),
    B(7, 41 * 86_400, 'abandoned', null, 999),
    B(6, 40 * 86_400 + 100, 'answered', 5, null),
  ];
  const result = folded(calls);

  it('finds each call its next strictly later arrival, and hands over only those that changed', () => {
    // 1's stored 5,000 is right and 5 has none after it; 7's stored 999 is wrong (nothing after it).
    expect(result.nextArrivals).toEqual([
      { id: 4, at: 50_000 },
      { id: 3, at: 9_000 },
      { id: 2, at: 5_000 },
      { id: 7, at: null },
      { id: 6, at: 41 * 86_400 },
    ]);
  });

  it('gives the call events by the rules (callback, long wait, surveys, and repeats by the next call even at the same second), each customer\'s in key order', () => {
    // Handed over as the table keys them (customer, instant, event name, call id), not in the order the calls were read.
    expect(result.events).toEqual([...result.events].sort(byEvent as never));
    expect(result.events).toEqual([
      // 2 and 3: the next answered call (4, at 9,000) is 8,000 s and 4,000 s later, over the hour.
      { customer: 'A', at: 1_000, event: 'abandoned_unanswered', callId: 2 },
      { customer: 'A', at: 1_000, event: 'long_wait', callId: 1 },
      { customer: 'A', at: 1_000, event: 'survey_satisfied', callId: 1 },
      { customer: 'A', at: 5_000, event: 'abandoned_unanswered', callId: 3 },
      { customer: 'A', at: 9_000, event: 'survey_dissatisfied', callId: 4 },
      // 4's next call (5) is 41,000 s later; 1's next call (2) is at the same second: no repeat.
      { customer: 'A', at: 50_000, event: 'repeat', callId: 4 },
      { customer: 'B', at: 41 * 86_400, event: 'abandoned_unanswered', callId: 7 },
      // 6's next call is 86,300 s later, within the day.
      { customer: 'B', at: 41 * 86_400, event: 'repeat', callId: 6 },
    ]);
  });

  it('counts months by the wall-clock hour, folds the events per UTC month with their latest bad event and signal', () => {
    expect(result.months).toEqual([
      // Every call of A is on 1970-01-01, day 1 of its month: bit 0.
      { customer: 'A', month: 0, contacts: 5, firstAt: 1_000, lastAt: 50_000, days: 1 },
      // Days 40 and 41 since 1970-01-01 are February 10 and 11, 1970: bits 9 and 10, 512 + 1024.
      { customer: 'B', month: 1, contacts: 2, firstAt: 40 * 86_400 + 100, lastAt: 41 * 86_400, days: 1536 },
    ]);
    expect(result.eventMonths).toEqual([
      {
        customer: 'A', month: 0, abandonedUnanswered: 2, longWait: 1, surveySatisfied: 1, surveyDissatisfied: 1, repeats: 1,
        bad: { at: 50_000, event: 'repeat', callId: 4, callKey: 'k4' },
        signal: { at: 9_000, event: 'survey_dissatisfied', callId: 4, callKey: 'k4' },
      },
      {
        // Two bad events at one instant: 'repeat' comes after 'abandoned_unanswered'.
        customer: 'B', month: 1, abandonedUnanswered: 1, longWait: 0, surveySatisfied: 0, surveyDissatisfied: 0, repeats: 1,
        bad: { at: 41 * 86_400, event: 'repeat', callId: 6, callKey: 'k6' },
        signal: undefined,
      },
    ]);
  });

  it('keeps the days of offered calls in their months and chains each to the customer’s previous one', () => {
    // A short abandon alone on its day (3 s, under S = 5) gives the month no day.
    const { months } = folded([[1, 'D', 5 * 86_400, 5 * 24, 'abandoned', 3, null, 'd1', null]]);
    expect(months).toEqual([{ customer: 'D', month: 0, contacts: 1, firstAt: 5 * 86_400, lastAt: 5 * 86_400, days: 0 }]);
    expect(result.chains).toEqual([
      { localDay: 0, previousDay: -1, customers: 1 },
      { localDay: 40, previousDay: -1, customers: 1 },
      { localDay: 41, previousDay: 40, customers: 1 },
    ]);
  });

  it('breaks a tie of instant and event by the call ids people see (source keys), ordered as SQLite does (by code point), not by UTF-16 units nor by calls.id', () => {
    // U+1F600 sorts after U+E000 in UTF-8 and by code point, before it in UTF-16 units; its call is the earlier by calls.id.
    const { eventMonths } = folded([
      [2, 'C', 7_200, 2, 'abandoned', 30, null, 'x\uE000', null],
      [1, 'C', 7_200, 2, 'abandoned', 30, null, 'x\u{1F600}', null],
    ]);
    expect((eventMonths[0] as { bad: unknown }).bad).toEqual({ at: 7_200, event: 'abandoned_unanswered', callId: 1, callKey: 'x\u{1F600}' });
  });
});
