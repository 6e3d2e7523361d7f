import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HEADER = 'call_id,arrival,queue,agent,customer,wait,talk,outcome,csat';
const HISTORY_CALLS = 480;
// A quarter of the history or less: the daily import brings next arrivals and the projection up to date from its own calls.
const DAY_CALLS = 120;
// The history crosses a month's end, so the day's calls change some customers' last month and leave their earlier ones.
const FIRST_MS = Date.UTC(2026, 9, 20);

interface Row {
  key: string;
  arrivalS: number;
  customer: string;
  line: string;
}

/** A small linear congruential generator, so the files are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

function callRow(key: string, arrivalS: number, customer: string, next: () => number): Row {
  const arrival = new Date(arrivalS * 1000).toISOString().slice(0, 19).replace('T', ' ');
  const abandoned = next() < 0.3;
  const wait = Math.floor(next() * 120);
  const csat = abandoned || next() < 0.5 ? '' : String(1 + Math.floor(next() * 5));
  const line = `${key},${arrival},q${Math.floor(next() * 2)},${abandoned ? '' : `a${Math.floor(next() * 3)}`},${customer},${wait},${abandoned ? '' : 90},${abandoned ? 'abandoned' : 'answered'},${csat}`;
  return { key, arrivalS, customer, line };
}

/**
 * 480 calls of 31 customers over 20 days, on 10-minute marks so that calls share arrivals; then
 * a day's 120 calls that fall between stored calls of the last three days (some at the very same
 * second as a stored call), after them, and from customers never seen before.
 */
function writeFiles(): { history: string; day: string; both: string; later: string; rows: Row[] } {
  const next = random(11);
  const history: Row[] = [];
  for (let i = 0; i < HISTORY_CALLS - 2; i++) {
    const arrivalS = FIRST_MS / 1000 + Math.floor(next() * 20 * 144) * 600;
    history.push(callRow(`H${i}`, arrivalS, `0500000${Math.floor(next() * 30)}`.slice(-8), next));
  }
  const day: Row[] = [];
  for (let i = 0; i < DAY_CALLS - 1; i++) {
    const shape = i % 4;
    const arrivalS =
      shape === 0
        ? history[Math.floor(next() * (HISTORY_CALLS - 2))]!.arrivalS
        : FIRST_MS / 1000 + 17 * 86400 + Math.floor(next() * 4 * 86400);
    const customer = shape === 3 ? `0600000${i % 7}` : `0500000${Math.floor(next() * 30)}`.slice(-8);
    day.push(callRow(`D${i}`, arrivalS, customer, next));
  }
  // A customer who gave up twice, two hours apart, and whose answered call of the day comes 23 hours after the
  // first: within the default callback window of the first abandoned call, though the second lies between them.
  const dayOne = FIRST_MS / 1000 + 15 * 86400;
  const fixed = (key: string, arrivalS: number, outcome: string): Row => {
    const arrival = new Date(arrivalS * 1000).toISOString().slice(0, 19).replace('T', ' ');
    return { key, arrivalS, customer: '07000001', line: `${key},${arrival},q0,${outcome === 'answered' ? 'a0' : ''},07000001,30,${outcome === 'answered' ? 90 : ''},${outcome},` };
  };
  history.push(fixed('HA1', dayOne + 10 * 3600, 'abandoned'), fixed('HA2', dayOne + 12 * 3600, 'abandoned'));
  day.push(fixed('DA1', dayOne + 33 * 3600, 'answered'));
  const write = (name: string, rows: Row[]) => {
    const file = join(dir, name);
    writeFileSync(file, `${HEADER}\n${rows.map((row) => row.line).join('\n')}\n`);
    return file;
  };
  // A few calls of the days after, imported after the day: undoing the day then takes calls out from between stored ones.
  const later: Row[] = [];
  for (let i = 0; i < 20; i++) {
    later.push(callRow(`L${i}`, FIRST_MS / 1000 + 21 * 86400 + Math.floor(next() * 86400), `0500000${Math.floor(next() * 30)}`.slice(-8), next));
  }
  later.push(fixed('LA1', dayOne + 40 * 3600, 'abandoned'));
  return {
    history: write('history.csv', history),
    day: write('day.csv', day),
    both: write('both.csv', [...history, ...day]),
    later: write('later.csv', later),
    rows: [...history, ...day],
  };
}

/** Settings beside the defaults: how far back a day's calls change stored events depends on both windows. */
let windows: Record<string, string> = {};

async function storeOf(name: string, ...files: string[]): Promise<string> {
  const db = join(dir, name);
  expect((await runCli(['config', 'set', 'timezone', 'UTC', '--db', db])).code).toBe(0);
  for (const [key, value] of Object.entries(windows)) expect((await runCli(['config', 'set', key, value, '--db', db])).code).toBe(0);
  for (const file of files) expect((await runCli(['import', file, '--db', db, '--quiet'])).code).toBe(0);
  return db;
}

/** What import keeps beside the calls, in an order that does not depend on the order calls were inserted in. */
function derived(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).raw().all();
    return {
      nextArrivals: all('SELECT source_key, next_arrival_at FROM calls LEFT JOIN next_arrivals ON next_arrivals.call_id = calls.id ORDER BY source_key'),
      hourly: all('SELECT * FROM hourly_rollup ORDER BY local_hour, queue, agent'),
      intervals: all('SELECT * FROM interval_rollup ORDER BY local_quarter, queue, agent'),
      months: all('SELECT * FROM customer_months ORDER BY customer, month'),
      // Calls named by their source keys: their ids depend on the order they were inserted in.
      events: all('SELECT e.customer, e.at, e.event, calls.source_key FROM customer_call_events AS e JOIN calls ON calls.id = e.call_id ORDER BY 1, 2, 3, 4'),
      eventMonths: all(
        `SELECT customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
           bad_at, bad_event, (SELECT source_key FROM calls WHERE id = bad_call), signal_at, signal_event, (SELECT source_key FROM calls WHERE id = signal_call)
         FROM customer_event_months ORDER BY customer, month`,
      ),
      customerDayChains: all('SELECT * FROM customer_day_count ORDER BY local_day, previous_day'),
    };
  } finally {
    db.close();
  }
}

describe.each([
  ['the default windows', {}],
  // A callback window longer than the repeat window and than most gaps between a customer's calls.
  ['a callback window of ten days and a repeat window of six hours', { callback_window_h: '240', repeat_window_h: '6' }],
  // A callback window shorter than the gaps: the customer's latest call before the day bounds the recount.
  ['a callback window of one hour', { callback_window_h: '1' }],
])('a daily import into a larger store, with %s', (_name, settings: Record<string, string>) => {
  beforeEach(() => {
    windows = settings;
  });

  it('leaves next arrivals, rollups and the customer projection as one import of all the calls does', async () => {
    const files = writeFiles();
    const daily = await storeOf('daily.db', files.history, files.day);
    const atOnce = await storeOf('at-once.db', files.both);
    const dailyDerived = derived(daily);
    expect(dailyDerived).toEqual(derived(atOnce));
    // Next arrivals worked out here from the rows themselves: the earliest strictly later call of the same customer.
    const byKey = new Map(dailyDerived.nextArrivals as [string, number | null][]);
    const wrong = files.rows.filter((row) => {
      const later = files.rows.filter((other) => other.customer === row.customer && other.arrivalS > row.arrivalS).map((other) => other.arrivalS);
      return byKey.get(row.key) !== (later.length > 0 ? Math.min(...later) : null);
    });
    expect(wrong).toEqual([]);
    // Each month's days worked out from the rows: with S = 0 every call is offered, and in UTC
    // a call's day is its arrival's calendar day (bit day − 1 of its month).
    const expectedDays = new Map<string, number>();
    for (const row of files.rows) {
      const date = new Date(row.arrivalS * 1000);
      const key = `${row.customer} ${(date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth()}`;
      expectedDays.set(key, (expectedDays.get(key) ?? 0) | (1 << (date.getUTCDate() - 1)));
    }
    const keptDays = new Map((dailyDerived.months as [string, number, number, number, number, number][]).map((row) => [`${row[0]} ${row[1]}`, row[5]]));
    expect(keptDays).toEqual(expectedDays);
    // The day changed stored calls' next arrivals and events, so a pass that looked at the new calls alone would fail above.
    const history = derived(await storeOf('history.db', files.history));
    const changed = (history.nextArrivals as [string, number | null][]).filter(([key, at]) => byKey.get(key) !== at);
    expect(changed.length).toBeGreaterThan(10);
    const storedEvents = (events: unknown[]) => (events as string[][]).filter((event) => event[3]!.startsWith('H')).map((event) => event.join());
    expect(storedEvents(dailyDerived.events)).not.toEqual(storedEvents(history.events));
    // Days came in between a customer's stored days, so chains of stored days changed, and some event months were folded again.
    const chainsOf = (derivedStore: typeof history) => (derivedStore.customerDayChains as number[][]).map((row) => row.join());
    expect(chainsOf(history).filter((chain) => !chainsOf(dailyDerived).includes(chain)).length).toBeGreaterThan(0);
    const monthsOf = (derivedStore: typeof history) => (derivedStore.eventMonths as unknown[][]).map((row) => row.join());
    expect(monthsOf(history).filter((month) => monthsOf(dailyDerived).includes(month)).length).toBeGreaterThan(0);
  });

  it('is undone back to the store before it', async () => {
    const files = writeFiles();
    const daily = await storeOf('daily.db', files.history, files.day);
    expect((await runCli(['imports', 'undo', '2', '--db', daily])).code).toBe(0);
    expect(derived(daily)).toEqual(derived(await storeOf('history.db', files.history)));
    // Imported again after the undo, the day gives what one import of all the calls gives.
    expect((await runCli(['import', files.day, '--db', daily, '--quiet'])).code).toBe(0);
    expect(derived(daily)).toEqual(derived(await storeOf('at-once.db', files.both)));
  });

  it('is undone from between the imports before and after it', async () => {
    const files = writeFiles();
    const daily = await storeOf('daily.db', files.history, files.day, files.later);
    expect((await runCli(['imports', 'undo', '2', '--db', daily])).code).toBe(0);
    expect(derived(daily)).toEqual(derived(await storeOf('without-day.db', files.history, files.later)));
  });
});
