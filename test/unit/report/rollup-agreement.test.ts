import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_KPI_KEYS, type CallKpis } from '../../../src/core/kpi/catalogue.js';
import { buildCallReport } from '../../../src/core/report/build.js';
import { buildKpiTrend } from '../../../src/core/report/trend.js';
import { DIMENSIONS, type Dimension } from '../../../src/core/report/dimension.js';
import { dayFromIso, isoFromDay } from '../../../src/core/time/calendar.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { writeSetting } from '../../../src/db/settings.js';
import { storeCalls, type CallSpec } from '../../helpers/report-calls.js';

/**
 * The report reads hourly rollups and indexed look-ups; this recomputes every KPI straight from
 * the generated calls with plain loops and Intl's own time-zone reading, for every grouping.
 */
const ZONE = 'Asia/Jerusalem';
const T = 15;
const S = 4;
const W_HOURS = 48;
const FROM = '2026-03-09';
const TO = '2026-04-05'; // four weeks across Israel's change to summer time (2026-03-27)

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCalls(count: number): CallSpec[] {
  const next = random(20260309);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const maybe = <T>(value: T, unknownShare = 0.15): T | null => (next() < unknownShare ? null : value);
  const start = Date.parse('2026-03-05T00:00:00Z');
  const span = Date.parse('2026-04-09T00:00:00Z') - start;
  return Array.from({ length: count }, (_, index) => {
    const outcome = next() < 0.7 ? 'answered' : 'abandoned';
    const answered = outcome === 'answered';
    return {
      id: `g${index}`,
      at: new Date(start + Math.floor(next() * span / 1000) * 1000).toISOString(),
      outcome,
      queue: maybe(pick(['billing', 'support', 'sales']), 0.1),
      agent: answered ? maybe(pick(['dana', 'eli', 'noa', 'yossi']), 0.1) : null,
      customer: maybe(`05${pick(['0', '1', '2'])}${String(Math.floor(next() * 25)).padStart(3, '0')}`, 0.2),
      wait: maybe(next() < 0.3 ? Math.floor(next() * 10) : Math.round(next() * 900) / 10),
      talk: answered ? maybe(Math.floor(next() * 600)) : null,
      hold: answered ? maybe(Math.floor(next() * 60), 0.5) : null,
      wrap: answered ? maybe(Math.floor(next() * 90), 0.3) : null,
      resolved: answered ? (pick([0, 1, null]) as 0 | 1 | null) : null,
      csat: maybe(1 + Math.floor(next() * 5), 0.6),
    };
  });
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const wall = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });

function localParts(at: string) {
  const parts = Object.fromEntries(wall.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  // Weeks start on Sunday in this test's store.
  const weekStart = new Date(Date.parse(`${date}T00:00:00Z`) - weekday * 86_400_000).toISOString().slice(0, 10);
  return { date, hour: Number(parts.hour), weekday, weekStart, month: date.slice(0, 7) };
}

function keyOf(call: CallSpec, dimension: Dimension): string | number | null {
  const local = localParts(call.at);
  switch (dimension) {
    case 'day':
      return local.date;
    case 'week':
      return local.weekStart;
    case 'month':
      return local.month;
    case 'hour':
      return local.hour;
    case 'weekday':
      return WEEKDAY_NAMES[local.weekday] ?? null;
    case 'agent':
      return call.agent ?? null;
    case 'queue':
      return call.queue ?? null;
  }
}

function linearQuantile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = sorted[Math.floor(position)] as number;
  const high = sorted[Math.ceil(position)] as number;
  return low + (high - low) * (position - Math.floor(position));
}

function straightKpis(group: CallSpec[], all: CallSpec[]): CallKpis {
  const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const answered = group.filter((call) => call.outcome === 'answered');
  const abandoned = group.filter((call) => call.outcome === 'abandoned');
  const isShort = (call: CallSpec) => call.outcome === 'abandoned' && call.wait != null && call.wait < S;
  const offered = group.filter((call) => !isShort(call));
  const waits = answered.flatMap((call) => (call.wait == null ? [] : [call.wait]));
  const withCustomer = answered.filter((call) => call.customer != null);
  const repeats = withCustomer.filter((call) =>
    all.some((later) => later.customer === call.customer && Date.parse(later.at) > Date.parse(call.at) && Date.parse(later.at) - Date.parse(call.at) <= W_HOURS * 3_600_000),
  );
  const flagged = answered.filter((call) => call.resolved != null);
  const scores = group.flatMap((call) => (call.csat == null ? [] : [call.csat]));
  const shortCount = group.filter(isShort).length;
  return {
    offered: offered.length,
    answered: answered.length,
    abandoned: abandoned.length,
    short_abandoned: shortCount,
    abandon_rate: share(abandoned.length - shortCount, offered.length),
    asa_s: mean(waits),
    wait_median_s: linearQuantile(waits, 0.5),
    wait_p90_s: linearQuantile(waits, 0.9),
    max_wait_s: waits.length === 0 ? null : Math.max(...waits),
    avg_abandon_wait_s: mean(abandoned.filter((call) => !isShort(call) && call.wait != null).map((call) => call.wait as number)),
    service_level: share(waits.filter((wait) => wait <= T).length, offered.length),
    service_level_answered: share(waits.filter((wait) => wait <= T).length, answered.length),
    aht_s: mean(answered.map((call) => (call.talk ?? 0) + (call.hold ?? 0) + (call.wrap ?? 0))),
    talk_avg_s: mean(answered.flatMap((call) => (call.talk == null ? [] : [call.talk]))),
    hold_avg_s: mean(answered.flatMap((call) => (call.hold == null ? [] : [call.hold]))),
    repeat_rate: share(repeats.length, withCustomer.length),
    fcr_rate: share(flagged.filter((call) => call.resolved === 1).length, flagged.length),
    csat_avg: mean(scores),
    csat_top2: share(scores.filter((score) => score >= 4).length, scores.length),
    customers: new Set(offered.flatMap((call) => (call.customer == null ? [] : [call.customer]))).size,
  };
}

function expectSameKpis(actual: CallKpis, expected: CallKpis, where: string): void {
  for (const key of CALL_KPI_KEYS) {
    const [got, want] = [actual[key], expected[key]];
    if (want === null || got === null) expect(got, `${where} ${key}`).toBe(want);
    else expect(got, `${where} ${key}`).toBeCloseTo(want, 9);
  }
}

describe('the rollup path agrees with a straight computation over the calls', () => {
  const calls = generateCalls(400);
  const inPeriod = calls.filter((call) => {
    const { date } = localParts(call.at);
    return date >= FROM && date <= TO;
  });
  let db: Store;
  beforeAll(() => {
    db = openStore(':memory:');
    writeSetting(db, 'timezone', ZONE);
    writeSetting(db, 'week_start', 'sunday');
    writeSetting(db, 'sl_threshold_s', String(T));
    writeSetting(db, 'short_abandon_s', String(S));
    writeSetting(db, 'repeat_window_h', String(W_HOURS));
    storeCalls(db, calls);
  });
  afterAll(() => db.close());
  const period = { fromDay: dayFromIso(FROM), toDay: dayFromIso(TO), kind: 'custom' as const };

  it('for the totals', () => {
    expect(inPeriod.length).toBeGreaterThan(250);
    expectSameKpis(buildCallReport(db, { period, now: new Date() }).totals, straightKpis(inPeriod, calls), 'totals');
  });

  it.each(DIMENSIONS)('for each group by %s, and the totals put together from the groups', (dimension) => {
    const report = buildCallReport(db, { period, by: dimension, now: new Date() });
    expectSameKpis(report.totals, straightKpis(inPeriod, calls), `totals with --by ${dimension}`);
    const expectedKeys = [...new Set(inPeriod.map((call) => keyOf(call, dimension)))];
    expect(report.groups.map((group) => group.key[dimension]).sort()).toEqual(expectedKeys.sort());
    for (const group of report.groups) {
      const key = group.key[dimension] ?? null;
      expectSameKpis(group.kpis, straightKpis(inPeriod.filter((call) => keyOf(call, dimension) === key), calls), `${dimension}=${String(key)}`);
    }
  });

  it.each(DIMENSIONS)('for the tables people read by %s, which read no call: every KPI but the distinct customers and wait quantiles of groups that are not runs of days', (dimension) => {
    const report = buildCallReport(db, { period, by: dimension, now: new Date(), groupCustomers: false });
    expectSameKpis(report.totals, straightKpis(inPeriod, calls), `totals with --by ${dimension}`);
    const runsOfDays = ['day', 'week', 'month'].includes(dimension);
    for (const group of report.groups) {
      const key = group.key[dimension] ?? null;
      const expected = straightKpis(inPeriod.filter((call) => keyOf(call, dimension) === key), calls);
      expectSameKpis(group.kpis, runsOfDays ? expected : { ...expected, customers: 0, wait_median_s: null, wait_p90_s: null }, `${dimension}=${String(key)}`);
    }
  });

  it('for each of the eight periods a sparkline draws, measured together', () => {
    // Eight runs of four days ending 2026-04-05: 2026-03-09 … 2026-04-05, the same length each.
    const fourDays = { fromDay: dayFromIso('2026-04-02'), toDay: dayFromIso('2026-04-05'), kind: 'custom' as const };
    const report = buildCallReport(db, { period: fourDays, compare: true, now: new Date() });
    const trend = buildKpiTrend(db, fourDays, 8, { previous: report.previous!, current: report.totals });
    expect(trend).toHaveLength(8);
    trend.forEach((kpis, index) => {
      const from = isoFromDay(fourDays.fromDay - 4 * (7 - index));
      const to = isoFromDay(fourDays.toDay - 4 * (7 - index));
      const expected = straightKpis(calls.filter((call) => localParts(call.at).date >= from && localParts(call.at).date <= to), calls);
      expect(expected.offered, `${from} has calls`).toBeGreaterThan(0);
      expectSameKpis(kpis!, expected, `${from}–${to}`);
    });
  });

  it('for calendar months of different lengths; months before the first call are unknown, not zero', () => {
    const april = { fromDay: dayFromIso('2026-04-01'), toDay: dayFromIso('2026-04-30'), kind: 'monthly' as const };
    const report = buildCallReport(db, { period: april, compare: true, now: new Date() });
    const trend = buildKpiTrend(db, april, 8, { previous: report.previous!, current: report.totals });
    // The calls run from 2026-03-05 to 2026-04-09: September to February hold none of them.
    expect(trend.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expectSameKpis(trend[6]!, straightKpis(calls.filter((call) => localParts(call.at).month === '2026-03'), calls), '2026-03');
    expectSameKpis(trend[7]!, straightKpis(calls.filter((call) => localParts(call.at).month === '2026-04'), calls), '2026-04');
  });
});
