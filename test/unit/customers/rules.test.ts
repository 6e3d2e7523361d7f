import { describe, expect, it } from 'vitest';
import { assess, kindOf } from '../../../src/core/customers/assess.js';
import { defectionRate, defectorOf } from '../../../src/core/customers/defectors.js';
import { outreachList } from '../../../src/core/customers/outreach.js';
import { emptyRecord, type CustomerRecord, type TrustEntry } from '../../../src/core/customers/record.js';
import { customerRules } from '../../../src/core/customers/rules.js';
import { readSettings } from '../../../src/db/settings.js';
import { openStore } from '../../../src/db/open.js';

const DAY = 86400;
const db = openStore(':memory:');
const rules = customerRules(readSettings(db));
db.close();
const NOW = 1_800_000_000;

type Bad = { at: number; kind: 'abandoned_unanswered'; ref: string };

/** A record as the loader leaves it: the balance, count and latest signal follow from the entries given. */
function record(changes: Partial<CustomerRecord> & { months?: number[]; bad?: Bad[] } = {}): CustomerRecord {
  const base = emptyRecord('c');
  const { months, bad, ...rest } = changes;
  const entries = rest.entries ?? [];
  const signal = entries.filter((entry) => entry.event === 'survey_satisfied' || entry.event === 'survey_dissatisfied').at(-1);
  return {
    ...base,
    ...rest,
    trustBalance: entries.reduce((sum, entry) => sum + entry.amount, 0),
    trustEvents: entries.length,
    lastSignal: signal ? { at: signal.at, source: 0, tie: '', event: signal.event as 'survey_satisfied' | 'survey_dissatisfied' } : null,
    lastBad: bad?.length ? { ...bad.at(-1)!, source: 0, tie: '' } : null,
    activeMonths: new Set(months ?? []),
  };
}
const entry = (event: TrustEntry['event'], amount: number, at = NOW - DAY): TrustEntry => ({ at, event, amount, ref: 'x' });

describe('the four kinds (defaults: loyal = 3 of 6 months and silent at most 90 days)', () => {
  const loyal = { months: [1, 2, 3], lastContactAt: NOW - 90 * DAY, contacts: 3 };
  it('ambassador: balance +2 (one kept promise), loyal', () => {
    expect(assess(record({ ...loyal, entries: [entry('promise_kept', 2)] }), rules, NOW)).toEqual({ satisfaction: 'satisfied', loyalty: 'loyal', kind: 'ambassador', trustBalance: 2 });
  });
  it('butterfly: satisfied, only 2 active months (just under K = 3)', () => {
    expect(assess(record({ ...loyal, months: [1, 2], entries: [entry('wow', 3)] }), rules, NOW).kind).toBe('butterfly');
  });
  it('butterfly: satisfied, 3 months but silent 90 days and 1 second (just over L)', () => {
    expect(assess(record({ ...loyal, lastContactAt: NOW - 90 * DAY - 1, entries: [entry('wow', 3)] }), rules, NOW).kind).toBe('butterfly');
  });
  it('hostage: balance −1 (one long wait), loyal', () => {
    expect(assess(record({ ...loyal, entries: [entry('long_wait', -1)] }), rules, NOW)).toMatchObject({ satisfaction: 'dissatisfied', kind: 'hostage', trustBalance: -1 });
  });
  it('hostage: dissatisfied, not loyal, but flagged bound', () => {
    expect(assess(record({ months: [1], lastContactAt: NOW, entries: [entry('abandoned_unanswered', -2)], flags: new Set(['bound']) }), rules, NOW).kind).toBe('hostage');
  });
  it('dissatisfied: one contact that went badly (−2), none since', () => {
    expect(assess(record({ months: [1], lastContactAt: NOW - 5 * DAY, entries: [entry('abandoned_unanswered', -2)] }), rules, NOW).kind).toBe('dissatisfied');
  });
  it('dissatisfied at balance 0 when a complaint is still open, satisfied at balance 0 once it is not', () => {
    const even = [entry('complaint_received', -2), entry('complaint_resolved', 2)];
    expect(assess(record({ months: [1], lastContactAt: NOW, entries: even, openComplaints: 1 }), rules, NOW).satisfaction).toBe('dissatisfied');
    expect(assess(record({ months: [1], lastContactAt: NOW, entries: even }), rules, NOW).satisfaction).toBe('satisfied');
  });
  it('a recurring complaint makes dissatisfied even with a positive balance (+3 −2 −3 +2 +2 +2 = +4)', () => {
    const entries = [entry('wow', 3), entry('complaint_received', -2), entry('complaint_recurring', -3), entry('complaint_resolved', 2), entry('promise_kept', 2), entry('promise_kept', 2)];
    expect(assess(record({ ...loyal, entries, recurringComplaints: 1 }), rules, NOW)).toMatchObject({ trustBalance: 4, kind: 'hostage' });
  });
  it('unknown without any signal, never guessed, however loyal', () => {
    expect(assess(record(loyal), rules, NOW).kind).toBe('unknown');
  });
  it('the grid itself', () => {
    expect(kindOf('satisfied', 'not_loyal', true)).toBe('butterfly');
    expect(kindOf('dissatisfied', 'not_loyal', false)).toBe('dissatisfied');
  });
});

describe('silent defectors (default: 30 days of silence)', () => {
  const abandoned = (at: number) => record({ lastContactAt: at, contacts: 1, bad: [{ at, kind: 'abandoned_unanswered', ref: 'call A' }] });
  it('exactly 30 days after the bad experience: a defector', () => {
    expect(defectorOf(abandoned(NOW - 30 * DAY), rules, NOW)).toMatchObject({ silentDays: 30 });
  });
  it('one second short of 30 days: not yet', () => {
    expect(defectorOf(abandoned(NOW - 30 * DAY + 1), rules, NOW)).toBeUndefined();
  });
  it('any contact after the bad experience clears it', () => {
    const later = { ...abandoned(NOW - 40 * DAY), lastContactAt: NOW - 40 * DAY + 1 };
    expect(defectorOf(later, rules, NOW)).toBeUndefined();
  });
  it('--since: a bad experience before it does not count', () => {
    expect(defectorOf(abandoned(NOW - 40 * DAY), rules, NOW, NOW - 40 * DAY + 1)).toBeUndefined();
    expect(defectorOf(abandoned(NOW - 40 * DAY), rules, NOW, NOW - 40 * DAY)).toBeDefined();
  });
  it('defection rate: 1 defector of the 2 whose bad experience is 30 days old or more (the 10-day-old one is not judged yet)', () => {
    const cleared = { ...abandoned(NOW - 50 * DAY), lastContactAt: NOW - 45 * DAY };
    expect(defectionRate([abandoned(NOW - 31 * DAY), cleared, abandoned(NOW - 10 * DAY)], rules, NOW)).toEqual({ defectors: 1, base: 2, rate: 0.5 });
  });
});

describe('outreach', () => {
  const defector = record({
    lastContactAt: NOW - 40 * DAY,
    contacts: 1,
    months: [1],
    entries: [entry('abandoned_unanswered', -2, NOW - 40 * DAY)],
    bad: [{ at: NOW - 40 * DAY, kind: 'abandoned_unanswered', ref: 'call A' }],
  });
  it('lists defectors, detractors and hostages in debit, lowest balance first, and never do-not-contact or fired', () => {
    const hostage = { ...record({ months: [1, 2, 3], lastContactAt: NOW, contacts: 3, entries: [entry('long_wait', -1)] }), customer: 'h' };
    const detractor = { ...record({ months: [1], lastContactAt: NOW, contacts: 1, entries: [entry('wow', 3), entry('survey_dissatisfied', -3)] }), customer: 'd' };
    const barred = { ...defector, customer: 'x', flags: new Set(['do-not-contact' as const]) };
    const fired = { ...defector, customer: 'y', flags: new Set(['fired' as const]) };
    const rows = outreachList([hostage, detractor, barred, fired, { ...defector, customer: 'a' }], rules, NOW);
    expect(rows.map((row) => [row.customer, row.trustBalance, row.reasons])).toEqual([
      ['a', -2, ['silent defector (abandoned unanswered)']],
      ['h', -1, ['hostage with a negative balance']],
      ['d', 0, ['detractor']],
    ]);
  });
});
