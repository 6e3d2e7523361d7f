import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallKpis } from '../../../src/core/kpi/catalogue.js';
import { buildCallReport } from '../../../src/core/report/build.js';
import { dayFromIso } from '../../../src/core/time/calendar.js';
import type { Period } from '../../../src/core/time/period.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { writeSetting } from '../../../src/db/settings.js';
import { storeCalls, type CallSpec } from '../../helpers/report-calls.js';

// Each case is small enough to check by eye; the expected values are in the comments.
let db: Store;
beforeEach(() => {
  db = openStore(':memory:');
  writeSetting(db, 'timezone', 'UTC');
});
afterEach(() => db.close());

const DAY: Period = { fromDay: dayFromIso('2026-03-02'), toDay: dayFromIso('2026-03-02'), kind: 'custom' };
const NOW = new Date('2026-03-10T00:00:00Z');
let serial = 0;
const call = (at: string, outcome: CallSpec['outcome'], fields: Partial<CallSpec> = {}): CallSpec => ({ id: `k${++serial}`, at: `2026-03-${at}Z`, outcome, ...fields });
const totals = (specs: CallSpec[], period = DAY): CallKpis => {
  storeCalls(db, specs);
  return buildCallReport(db, { period, now: NOW }).totals;
};

describe('call KPIs at their edges', () => {
  it('no calls: zero counts, everything else null', () => {
    expect(totals([])).toEqual({
      offered: 0, answered: 0, abandoned: 0, short_abandoned: 0, abandon_rate: null,
      asa_s: null, wait_median_s: null, wait_p90_s: null, max_wait_s: null, avg_abandon_wait_s: null,
      service_level: null, service_level_answered: null, aht_s: null, talk_avg_s: null, hold_avg_s: null,
      repeat_rate: null, fcr_rate: null, csat_avg: null, csat_top2: null, customers: 0,
    });
  });

  it('all abandoned: abandon rate 1, service level 0, answered-call KPIs null', () => {
    const kpis = totals([call('02T09:00:00', 'abandoned', { wait: 30, customer: 'A' }), call('02T10:00:00', 'abandoned', { wait: 50, customer: 'B' })]);
    expect(kpis).toMatchObject({
      offered: 2, answered: 0, abandoned: 2, abandon_rate: 1, avg_abandon_wait_s: 40,
      service_level: 0, service_level_answered: null, asa_s: null, wait_median_s: null, aht_s: null, talk_avg_s: null,
      repeat_rate: null, fcr_rate: null, customers: 2,
    });
  });

  it('short abandons with S = 10: wait < S is short, wait = S is not; short ones are not offered', () => {
    writeSetting(db, 'short_abandon_s', '10');
    const kpis = totals([
      call('02T09:00:00', 'abandoned', { wait: 9.9, customer: 'S1' }), // short
      call('02T09:01:00', 'abandoned', { wait: 10, customer: 'S2' }), // not short
      call('02T09:02:00', 'abandoned', { wait: null, customer: 'S3' }), // unknown wait: not short
      call('02T09:03:00', 'answered', { wait: 4, customer: 'S4' }), // answered quickly: always offered
    ]);
    // offered = 1 + 3 − 1 = 3; abandon rate = (3 − 1) / 3; not-short known abandon waits: 10 → 10.
    expect(kpis).toMatchObject({ answered: 1, abandoned: 3, short_abandoned: 1, offered: 3, abandon_rate: 2 / 3, avg_abandon_wait_s: 10, service_level: 1 / 3, customers: 3 });
  });

  it('a wait exactly at T is within the service level, just above is not', () => {
    const kpis = totals([call('02T09:00:00', 'answered', { wait: 20 }), call('02T09:05:00', 'answered', { wait: 20.5 }), call('02T09:10:00', 'abandoned', { wait: 3 })]);
    // T = 20: 1 of 3 offered, 1 of 2 answered.
    expect(kpis).toMatchObject({ service_level: 1 / 3, service_level_answered: 0.5, max_wait_s: 20.5 });
  });

  it('unknown waits: left out of ASA, quantiles and the SL numerator, kept in the SL denominators', () => {
    const kpis = totals([call('02T09:00:00', 'answered', { wait: 10 }), call('02T09:05:00', 'answered', { wait: null }), call('02T09:10:00', 'answered', { wait: 30 })]);
    // Known waits 10, 30: p90 h = 0.9 → 10 + 0.9 × 20 = 28.
    expect(kpis).toMatchObject({ asa_s: 20, wait_median_s: 20, wait_p90_s: 28, max_wait_s: 30, service_level: 1 / 3, service_level_answered: 1 / 3 });
  });

  it('unknown customers: outside the repeat base and the customer count', () => {
    const kpis = totals([call('02T09:00:00', 'answered'), call('02T09:05:00', 'answered'), call('02T09:10:00', 'answered', { customer: 'C1' })]);
    expect(kpis).toMatchObject({ repeat_rate: 0, customers: 1 });
  });

  it('a missing talk, hold or wrap counts as 0 in AHT, while talk_avg uses known talk only', () => {
    const kpis = totals([call('02T09:00:00', 'answered', { talk: 100, hold: 20 }), call('02T09:05:00', 'answered', { wrap: 30 }), call('02T09:10:00', 'abandoned', { talk: 999 })]);
    // AHT = (120 + 30) / 2; talk = 100 / 1; the abandoned call's talk counts nowhere.
    expect(kpis).toMatchObject({ aht_s: 75, talk_avg_s: 100 });
  });

  it('FCR over answered calls with a known flag; CSAT over calls with a score', () => {
    const kpis = totals([
      call('02T09:00:00', 'answered', { resolved: 1, csat: 5 }),
      call('02T09:05:00', 'answered', { resolved: 0, csat: 3 }),
      call('02T09:10:00', 'answered', { resolved: null, csat: 4 }),
      call('02T09:15:00', 'answered', { resolved: 1 }),
    ]);
    expect(kpis).toMatchObject({ fcr_rate: 2 / 3, csat_avg: 4, csat_top2: 2 / 3 });
  });
});

describe('repeat contacts', () => {
  const W = 168 * 3600;
  const at = (seconds: number) => new Date(Date.parse('2026-03-02T08:00:00Z') + seconds * 1000).toISOString();
  const spec = (seconds: number, customer: string, outcome: CallSpec['outcome'] = 'answered'): CallSpec => ({ id: `r${++serial}`, at: at(seconds), outcome, customer });

  it('counts a next call exactly W after, not one a second later, nor one in the same second', () => {
    const kpis = totals([
      spec(0, 'AT_W'), spec(W, 'AT_W'), // repeat at exactly W
      spec(0, 'AFTER_W'), spec(W + 1, 'AFTER_W'), // just after: no
      spec(0, 'SAME_SECOND'), spec(0, 'SAME_SECOND', 'abandoned'), // (0, W] excludes 0
      spec(0, 'ALONE'),
    ]);
    // Base: the four answered calls of 03-02 (the later calls fall outside the one-day period). Repeats: AT_W only.
    expect(kpis.repeat_rate).toBe(1 / 4);
  });

  it('counts a next call after the period end and of any outcome', () => {
    const kpis = totals([spec(3600, 'LATE'), spec(3 * 86400, 'LATE', 'abandoned')]);
    expect(kpis.repeat_rate).toBe(1);
  });

  it('follows the configured window and ignores other customers', () => {
    writeSetting(db, 'repeat_window_h', '1.5');
    const kpis = totals([spec(0, 'P'), spec(5400, 'P'), spec(60, 'Q'), spec(60 + 5401, 'Q'), spec(120, 'R'), spec(180, 'S')]);
    // P again after exactly 1.5 h: repeat; Q after 1.5 h + 1 s: no; R and S are different customers.
    // Base: P(0), P(5400), Q(60), Q(5461), R, S = 6 answered with a customer, 1 repeat.
    expect(kpis.repeat_rate).toBe(1 / 6);
  });
});
