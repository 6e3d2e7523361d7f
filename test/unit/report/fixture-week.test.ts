import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCallReport } from '../../../src/core/report/build.js';
import { reportPeriod } from '../../../src/core/report/period.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { readSettings, writeSetting } from '../../../src/db/settings.js';
import { FIXTURES } from '../../helpers/bin.js';
import { readCallFixture, storeCalls } from '../../helpers/report-calls.js';

// Every expected number is worked out by hand in fixtures/report/week.md.
const NOW = new Date('2026-11-10T12:00:00Z');
let db: Store;

beforeEach(() => {
  db = openStore(':memory:');
  writeSetting(db, 'timezone', 'UTC');
  writeSetting(db, 'short_abandon_s', '5');
  storeCalls(db, readCallFixture(join(FIXTURES, 'report', 'week.csv')));
});
afterEach(() => db.close());

const weekly = () => reportPeriod({}, readSettings(db), NOW);

describe('the week fixture', () => {
  it('gives every KPI of the hand-worked totals', () => {
    const report = buildCallReport(db, { period: weekly(), now: NOW });
    expect(report.period).toEqual({ from: '2026-11-02', to: '2026-11-08', timezone: 'UTC' });
    expect(report.params).toEqual({ sl_threshold_s: 20, short_abandon_s: 5, repeat_window_h: 168, stale_after_hours: 36 });
    expect(report.totals).toEqual({
      offered: 10,
      answered: 7,
      abandoned: 5,
      short_abandoned: 2,
      abandon_rate: 0.3,
      asa_s: 125 / 6,
      wait_median_s: 15,
      wait_p90_s: 45,
      max_wait_s: 60,
      avg_abandon_wait_s: 22.5,
      service_level: 0.4,
      service_level_answered: 4 / 7,
      aht_s: 1185 / 7,
      talk_avg_s: 175,
      // Known holds of answered calls: c01 20, c05 0, c07 10, c09 30 → 60 / 4.
      hold_avg_s: 15,
      repeat_rate: 4 / 6,
      fcr_rate: 4 / 6,
      csat_avg: 23 / 6,
      csat_top2: 4 / 6,
      customers: 6,
    });
    expect(report.groups).toEqual([]);
    expect(report.previous).toBeNull();
    expect(report).not.toHaveProperty('change');
  });

  it('groups by agent, unknown last', () => {
    const { groups } = buildCallReport(db, { period: weekly(), by: 'agent', now: NOW });
    expect(groups.map((group) => group.key)).toEqual([{ agent: 'alice' }, { agent: 'bob' }, { agent: null }]);
    const [alice, bob, unknown] = groups.map((group) => group.kpis);
    expect(alice).toEqual({
      offered: 6, answered: 4, abandoned: 2, short_abandoned: 0, abandon_rate: 2 / 6,
      asa_s: 26.25, wait_median_s: 20, wait_p90_s: expect.closeTo(51, 9), max_wait_s: 60, avg_abandon_wait_s: 40,
      service_level: 2 / 6, service_level_answered: 0.5, aht_s: 191.25, talk_avg_s: 640 / 3, hold_avg_s: 15,
      repeat_rate: 1, fcr_rate: 0.75, csat_avg: 3.75, csat_top2: 0.75, customers: 5,
    });
    expect(bob).toEqual({
      offered: 4, answered: 3, abandoned: 1, short_abandoned: 0, abandon_rate: 0.25,
      asa_s: 10, wait_median_s: 10, wait_p90_s: 18, max_wait_s: 20, avg_abandon_wait_s: 5,
      service_level: 0.5, service_level_answered: 2 / 3, aht_s: 140, talk_avg_s: 410 / 3, hold_avg_s: null, // c02 c06 c10: no hold given
      repeat_rate: 1 / 3, fcr_rate: 0.5, csat_avg: 4, csat_top2: 0.5, customers: 3,
    });
    expect(unknown).toEqual({
      offered: 0, answered: 0, abandoned: 2, short_abandoned: 2, abandon_rate: null,
      asa_s: null, wait_median_s: null, wait_p90_s: null, max_wait_s: null, avg_abandon_wait_s: null,
      service_level: null, service_level_answered: null, aht_s: null, talk_avg_s: null, hold_avg_s: null,
      repeat_rate: null, fcr_rate: null, csat_avg: null, csat_top2: null, customers: 0,
    });
  });

  it('compares with the previous week', () => {
    const report = buildCallReport(db, { period: weekly(), compare: true, now: NOW });
    expect(report.previous).toEqual({
      offered: 1, answered: 1, abandoned: 0, short_abandoned: 0, abandon_rate: 0,
      asa_s: 15, wait_median_s: 15, wait_p90_s: 15, max_wait_s: 15, avg_abandon_wait_s: null,
      service_level: 1, service_level_answered: 1, aht_s: 120, talk_avg_s: 120, hold_avg_s: null,
      repeat_rate: 1, fcr_rate: 1, csat_avg: 4, csat_top2: 1, customers: 1,
    });
    // The store's first call, p01, is on 10-30: the week 10-26 … 11-01 is only partly covered, so no change.
    expect(report.comparable).toBe(false);
    expect(Object.values(report.change ?? {}).filter((change) => change !== null)).toEqual([]);
  });

  it('compares when the store covers both periods: 11-02 … 11-08 against p01 alone, from 10-30', () => {
    // Shift the store's first call back to the previous week's first day with one more call, 10-26 00:00.
    storeCalls(db, [{ id: 'p00', at: '2026-10-26T00:00:00Z', outcome: 'abandoned', wait: 30 }]);
    const report = buildCallReport(db, { period: weekly(), compare: true, now: NOW });
    expect(report.comparable).toBe(true);
    // Previous: p01 answered in 15 s, p00 abandoned after 30 s: offered 2, abandon 1/2, SL 1/2.
    expect(report.change).toMatchObject({ offered: 8, answered: 6, abandon_rate: 0.3 - 0.5, asa_s: 125 / 6 - 15, service_level: 0.4 - 0.5, customers: 5 });
    // The week's repeat rate is provisional (no call of its base is 168 h before n01), so it has no change.
    expect(report.change?.repeat_rate).toBeNull();
  });

  it('counts days in the store zone: 22:00 and 23:30 UTC are the next day in Jerusalem', () => {
    writeSetting(db, 'timezone', 'Asia/Jerusalem');
    const report = buildCallReport(db, { period: weekly(), by: 'day', now: NOW });
    expect(report.period).toEqual({ from: '2026-11-02', to: '2026-11-08', timezone: 'Asia/Jerusalem' });
    expect(report.totals).toMatchObject({ answered: 6, abandoned: 4, short_abandoned: 2, offered: 8 });
    expect(report.groups.map((group) => [group.key.day, group.kpis.answered + group.kpis.abandoned])).toEqual([
      ['2026-11-02', 3],
      ['2026-11-03', 2],
      ['2026-11-04', 2],
      ['2026-11-05', 1],
      ['2026-11-06', 1],
      ['2026-11-07', 1],
    ]);
  });

  it('takes the week from the configured week start', () => {
    writeSetting(db, 'week_start', 'sunday');
    const report = buildCallReport(db, { period: weekly(), now: NOW });
    // Tuesday 11-10: this week began on Sunday 11-08, so the last complete one is 11-01 … 11-07 (c10, c11 fall out).
    expect(report.period).toMatchObject({ from: '2026-11-01', to: '2026-11-07' });
    expect(report.totals).toMatchObject({ answered: 6, abandoned: 4, offered: 8 });
  });
});
