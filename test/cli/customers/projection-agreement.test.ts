import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCustomerRecords, loadCustomerRecordsAt } from '../../../src/core/customers/load-records.js';
import { customerPillars } from '../../../src/core/customers/pillars.js';
import { customerRules } from '../../../src/core/customers/rules.js';
import { Zone } from '../../../src/core/time/zone.js';
import { openStore } from '../../../src/db/open.js';
import { readSettings } from '../../../src/db/settings.js';
import { runCli, tempDir } from '../../helpers/cli.js';
import { connection } from '../../../src/db/store.js';

// Defaults in force: T = 20 s (a long wait is over 60 s), W = 168 h, callback window 24 h.
const LONG_WAIT_S = 60;
const REPEAT_S = 168 * 3600;
const CALLBACK_S = 24 * 3600;
const ZONE = 'Asia/Jerusalem';

/** A seeded call log: few customers calling often over fourteen months, some at the same second. */
function callLog(seed: number, calls: number, customers: number, firstCall: number): string {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  const lines = ['call_id,arrival,queue,agent,customer,wait,talk,hold,wrap,outcome,resolved,csat'];
  let at = Date.UTC(2025, 8, 1, 6) / 1000;
  let customer = '';
  for (let i = 0; i < calls; i++) {
    // One call in eight shares its second with the call before, most often of the same customer: ties in every reader's order.
    const tie = next() < 0.125;
    if (!tie) at += Math.floor(next() * 2.5 * 86400 * (400 / calls));
    const arrival = new Date(at * 1000).toISOString().slice(0, 19).replace('T', ' ');
    const abandoned = next() < 0.2;
    const wait = Math.floor(next() * 90);
    const csat = abandoned || next() < 0.5 ? '' : String(1 + Math.floor(next() * 5));
    if (!tie || next() < 0.3) customer = `05${String(4000000 + Math.floor(next() * customers)).padStart(8, '0')}`;
    lines.push(`S${seed}-${firstCall + i},${arrival},q,${abandoned ? '' : 'ag'},${customer},${wait},${abandoned ? '' : 60},,,${abandoned ? 'abandoned' : 'answered'},,${csat}`);
  }
  return `${lines.join('\n')}\n`;
}

interface CallRow {
  id: number;
  source_key: string;
  customer: string;
  arrival_at: number;
  local_hour: number;
  outcome: string;
  wait_s: number | null;
  csat: number | null;
}
type Event = { customer: string; at: number; event: string; call_key: string };
/** The stored codes of the events (docs/store.md): the names in alphabetical order. */
const EVENT_NAMES = ['abandoned_unanswered', 'long_wait', 'repeat', 'survey_dissatisfied', 'survey_satisfied'];

const utcMonth = (at: number) => new Date(at * 1000).getUTCFullYear() * 12 - 1970 * 12 + new Date(at * 1000).getUTCMonth();
const wallMonth = (localHour: number) => utcMonth(localHour * 3600);
const later = (a: Event, b: Event) => a.at - b.at || (a.event < b.event ? -1 : a.event > b.event ? 1 : 0) || (a.call_key < b.call_key ? -1 : 1);

/** The projection worked out again from the stored calls, in plain loops over each customer's calls. */
function recompute(calls: CallRow[]): { months: unknown[]; events: unknown[]; eventMonths: unknown[] } {
  const byCustomer = new Map<string, CallRow[]>();
  for (const call of calls) byCustomer.set(call.customer, [...(byCustomer.get(call.customer) ?? []), call]);
  const months = new Map<string, { customer: string; month: number; contacts: number; first_at: number; last_at: number; days: number }>();
  const events: Event[] = [];
  for (const [customer, own] of byCustomer) {
    own.sort((a, b) => a.arrival_at - b.arrival_at || a.id - b.id);
    own.forEach((call, index) => {
      const key = `${customer} ${wallMonth(call.local_hour)}`;
      const month = months.get(key) ?? { customer, month: wallMonth(call.local_hour), contacts: 0, first_at: call.arrival_at, last_at: call.arrival_at, days: 0 };
      month.contacts++;
      // With S = 0 every call is offered: its wall-clock day of the month is bit day − 1 of the month's days.
      month.days |= 1 << (new Date(call.local_hour * 3600 * 1000).getUTCDate() - 1);
      month.first_at = Math.min(month.first_at, call.arrival_at);
      month.last_at = Math.max(month.last_at, call.arrival_at);
      months.set(key, month);
      const after = own.slice(index + 1);
      const answer = after.find((other) => other.outcome === 'answered');
      if (call.outcome === 'abandoned' && (answer === undefined || answer.arrival_at - call.arrival_at > CALLBACK_S)) events.push({ customer, at: call.arrival_at, event: 'abandoned_unanswered', call_key: call.source_key });
      if (call.outcome === 'answered' && (call.wait_s ?? 0) > LONG_WAIT_S) events.push({ customer, at: call.arrival_at, event: 'long_wait', call_key: call.source_key });
      if (call.csat !== null && call.csat >= 4) events.push({ customer, at: call.arrival_at, event: 'survey_satisfied', call_key: call.source_key });
      if (call.csat !== null && call.csat <= 2) events.push({ customer, at: call.arrival_at, event: 'survey_dissatisfied', call_key: call.source_key });
      const gap = after.length > 0 ? after[0]!.arrival_at - call.arrival_at : 0;
      if (call.outcome === 'answered' && gap > 0 && gap <= REPEAT_S) events.push({ customer, at: after[0]!.arrival_at, event: 'repeat', call_key: call.source_key });
    });
  }
  const eventMonths = new Map<string, Record<string, string | number | null>>();
  const latest = new Map<string, Event>();
  for (const event of [...events].sort(later)) {
    const key = `${event.customer} ${utcMonth(event.at)}`;
    const row = eventMonths.get(key) ?? { customer: event.customer, month: utcMonth(event.at), abandoned_unanswered: 0, long_wait: 0, survey_satisfied: 0, survey_dissatisfied: 0, repeats: 0 };
    row[event.event === 'repeat' ? 'repeats' : event.event] = (row[event.event === 'repeat' ? 'repeats' : event.event] as number) + 1;
    eventMonths.set(key, row);
    if (['abandoned_unanswered', 'survey_dissatisfied', 'repeat'].includes(event.event)) latest.set(`bad ${key}`, event);
    if (event.event.startsWith('survey_')) latest.set(`signal ${key}`, event);
  }
  for (const [key, row] of eventMonths) {
    const bad = latest.get(`bad ${key}`);
    const signal = latest.get(`signal ${key}`);
    Object.assign(row, { bad_at: bad?.at ?? null, bad_event: bad?.event ?? null, bad_call: bad?.call_key ?? null });
    Object.assign(row, { signal_at: signal?.at ?? null, signal_event: signal?.event ?? null, signal_call: signal?.call_key ?? null });
  }
  const order = (a: { customer: string }, b: { customer: string }) => (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0);
  return {
    months: [...months.values()].sort((a, b) => order(a, b) || a.month - b.month),
    events: events.sort((a, b) => order(a, b) || later(a, b)),
    eventMonths: [...eventMonths.values()].sort((a, b) => order(a as { customer: string }, b as { customer: string }) || (a.month as number) - (b.month as number)),
  };
}

let dir: string;
let cleanup: () => void;
let db: string;
const env = () => ({ env: { SVC_DB: db, SVC_NOW: '2026-12-01T00:00:00Z' } });
async function ok(args: string[]): Promise<string> {
  const result = await runCli(args, env());
  expect(result.stderr.startsWith('Error') ? result.stderr : '', args.join(' ')).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

function stored(): { months: unknown[]; events: unknown[]; eventMonths: unknown[]; calls: CallRow[] } {
  const store = openStore(db, { readonly: true });
  try {
    return {
      calls: connection(store).prepare('SELECT id, source_key, customer, arrival_at, local_hour, outcome, wait_s, csat FROM calls WHERE customer IS NOT NULL').all() as CallRow[],
      months: connection(store).prepare('SELECT * FROM customer_months ORDER BY customer, month').all(),
      events: (
        connection(store)
          .prepare('SELECT e.customer, e.at, e.event, calls.source_key AS call_key FROM customer_call_events AS e JOIN calls ON calls.id = e.call_id')
          .all() as (Omit<Event, 'event'> & { event: number })[]
      )
        .map((row) => ({ ...row, event: EVENT_NAMES[row.event]! }))
        .sort((a, b) => (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : later(a, b))),
      eventMonths: (
        connection(store)
          .prepare(
            `SELECT m.*, (SELECT source_key FROM calls WHERE id = bad_call) AS bad_key, (SELECT source_key FROM calls WHERE id = signal_call) AS signal_key
             FROM customer_event_months AS m ORDER BY customer, month`,
          )
          .all() as Record<string, string | number | null>[]
      ).map(({ bad_key, signal_key, ...row }) => ({
        ...row,
        bad_event: row.bad_event === null ? null : EVENT_NAMES[row.bad_event as number],
        bad_call: bad_key,
        signal_event: row.signal_event === null ? null : EVENT_NAMES[row.signal_event as number],
        signal_call: signal_key,
      })),
    };
  } finally {
    store.close();
  }
}

function expectProjectionAgrees(): void {
  const { calls, ...projection } = stored();
  expect(calls.length).toBeGreaterThan(0);
  expect(projection).toEqual(recompute(calls));
}

/**
 * Every customer read with the lists' method (months folded, single events at the window's
 * ends) against the same customer read alone, event by event.
 */
function expectListsAgreeWithDetail(asOfIso: string): void {
  const store = openStore(db, { readonly: true });
  try {
    const settings = readSettings(store);
    const request = { asOf: Date.parse(asOfIso) / 1000, zone: new Zone(settings.timezone), rules: customerRules(settings) };
    const all = loadCustomerRecords(store, request);
    expect(all.size).toBeGreaterThan(10);
    const summary = (record: NonNullable<ReturnType<typeof all.get>>) => ({
      balance: record.trustBalance,
      events: record.trustEvents,
      bad: record.lastBad && { at: record.lastBad.at, kind: record.lastBad.kind, ref: record.lastBad.ref },
      signal: record.lastSignal?.event ?? null,
      contacts: record.contacts,
      first: record.firstContactAt,
      last: record.lastContactAt,
      months: [...record.activeMonths].sort(),
    });
    // Contacts as the calls themselves give them (no ledger entries here), merges applied.
    const canonical = (id: string) => (id === '0504000004' ? '0504000003' : id);
    const zone = request.zone;
    const month = (at: number) => {
      const date = new Date(zone.wallSeconds(at) * 1000);
      return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
    };
    const calls = connection(store).prepare('SELECT customer, arrival_at FROM calls WHERE customer IS NOT NULL AND arrival_at <= ?').all(request.asOf) as { customer: string; arrival_at: number }[];
    const counted = new Map<string, { contacts: number; first: number; last: number; months: Set<number> }>();
    for (const call of calls) {
      const found = counted.get(canonical(call.customer)) ?? { contacts: 0, first: Infinity, last: -Infinity, months: new Set<number>() };
      found.contacts++;
      found.first = Math.min(found.first, call.arrival_at);
      found.last = Math.max(found.last, call.arrival_at);
      if (month(call.arrival_at) > month(request.asOf) - settings.loyal_of_months) found.months.add(month(call.arrival_at));
      counted.set(canonical(call.customer), found);
    }
    expect([...all.values()].filter((record) => record.contacts > 0).length).toBe(counted.size);
    let withBad = 0;
    for (const [customer, record] of all) {
      const own = counted.get(customer)!;
      expect({ contacts: record.contacts, first: record.firstContactAt, last: record.lastContactAt, months: [...record.activeMonths].sort() }).toEqual({
        contacts: own.contacts,
        first: own.first,
        last: own.last,
        months: [...own.months].sort(),
      });
      const alone = loadCustomerRecords(store, { ...request, only: customer }).get(customer)!;
      expect(summary(record), `${customer} at ${asOfIso}`).toEqual(summary(alone));
      // The detail read keeps its entries, and they add up to the balance.
      expect(alone.entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(record.trustBalance);
      if (record.lastBad) withBad++;
    }
    expect(withBad).toBeGreaterThan(0);
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  await ok(['config', 'set', 'timezone', ZONE]);
  writeFileSync(join(dir, 'first.csv'), callLog(11, 1500, 40, 0));
  writeFileSync(join(dir, 'second.csv'), callLog(29, 700, 60, 0));
});
afterAll(() => cleanup());

describe('the per-customer projection against a recomputation from the calls', () => {
  it('after an import, a repeated import, a second import, its undo, and a merge and unmerge', async () => {
    await ok(['import', join(dir, 'first.csv'), '--quiet']);
    expectProjectionAgrees();
    await ok(['import', join(dir, 'first.csv'), '--quiet']);
    expectProjectionAgrees();
    await ok(['import', join(dir, 'second.csv'), '--quiet']);
    const both = stored();
    expectProjectionAgrees();
    await ok(['imports', 'undo', '3']);
    expectProjectionAgrees();
    expect(stored().calls.length).toBeLessThan(both.calls.length);
    await ok(['customer', 'merge', '0504000001', '0504000002', '--reason', 'one household']);
    expectProjectionAgrees();
    await ok(['customer', 'unmerge', '0504000001', '0504000002']);
    expectProjectionAgrees();
    // A new threshold T rebuilds it whole.
    await ok(['config', 'set', 'sl_threshold_s', '15']);
    const { calls, ...projection } = stored();
    expect(projection.eventMonths).toEqual(recomputeWithLongWait(calls, 45));
  });

  it('the lists read the same customers as each one read alone and as the calls give them, at as-of instants that cut months and callback windows or end a month, near either end of a month', async () => {
    await ok(['config', 'set', 'sl_threshold_s', '20']);
    await ok(['import', join(dir, 'second.csv'), '--quiet']);
    await ok(['customer', 'merge', '0504000003', '0504000004', '--reason', 'same person']);
    for (const asOf of ['2026-06-15T13:30:00Z', '2026-07-01T10:00:00Z', '2026-06-30T20:59:59Z', '2026-09-30T23:59:59Z', '2025-10-20T00:00:00Z', '2026-03-03T12:00:00Z', '2026-05-28T18:00:00Z']) expectListsAgreeWithDetail(asOf);
  });

  it('reads several instants at once (the ends of a movement) as it reads each one alone', () => {
    const store = openStore(db, { readonly: true });
    try {
      const settings = readSettings(store);
      const request = { zone: new Zone(settings.timezone), rules: customerRules(settings) };
      const at = (iso: string) => Date.parse(iso) / 1000;
      // Month ends a month apart, a week apart inside one month, three instants cutting months and callback windows, and one instant alone.
      const sets = [
        ['2026-05-31T20:59:59Z', '2026-06-30T20:59:59Z'],
        ['2026-04-05T21:59:59Z', '2026-04-12T21:59:59Z'],
        ['2026-06-15T13:30:00Z', '2025-10-20T00:00:00Z', '2026-03-03T12:00:00Z'],
        ['2026-07-01T10:00:00Z'],
      ];
      const plain = (records: ReturnType<typeof loadCustomerRecords>) =>
        // In customer order: the lists order their rows themselves, whichever order the records come in.
        [...records.values()].sort((a, b) => (a.customer < b.customer ? -1 : 1)).map((record) => ({ ...record, activeMonths: [...record.activeMonths].sort(), flags: [...record.flags], lastBad: record.lastBad && { ...record.lastBad } }));
      for (const instants of sets) {
        const together = loadCustomerRecordsAt(store, request, instants.map(at));
        expect(together).toHaveLength(instants.length);
        instants.forEach((iso, index) => {
          const alone = loadCustomerRecords(store, { ...request, asOf: at(iso) });
          expect(alone.size).toBeGreaterThan(10);
          expect(plain(together[index]!), iso).toEqual(plain(alone));
        });
      }
    } finally {
      store.close();
    }
  });
});

describe('the pillars read from whole months and from the calls of cut ones', () => {
  it('count new, retained and lost customers as the calls themselves do', () => {
    const store = openStore(db, { readonly: true });
    try {
      const settings = readSettings(store);
      const zone = new Zone(settings.timezone);
      const calls = connection(store).prepare('SELECT customer, arrival_at FROM calls WHERE customer IS NOT NULL').all() as { customer: string; arrival_at: number }[];
      // 0504000004 has been merged into 0504000003 above.
      const canonical = (id: string) => (id === '0504000004' ? '0504000003' : id);
      const first = new Map<string, number>();
      for (const call of calls) first.set(canonical(call.customer), Math.min(first.get(canonical(call.customer)) ?? Infinity, call.arrival_at));
      const callers = (span: { fromAt: number; toAt: number }) =>
        new Set(calls.filter((call) => call.arrival_at >= span.fromAt && call.arrival_at <= span.toAt).map((call) => canonical(call.customer)));
      const wall = (y: number, m: number, d: number) => zone.utcFromWall(Date.UTC(y, m - 1, d) / 1000);
      const spans = [
        // February against January, whole wall-clock months in Jerusalem.
        { period: { fromAt: wall(2026, 2, 1), toAt: wall(2026, 3, 1) - 1 }, previous: { fromAt: wall(2026, 1, 1), toAt: wall(2026, 2, 1) - 1 } },
        // Spans that cut months at both ends, and a week inside one month.
        { period: { fromAt: wall(2026, 3, 10), toAt: wall(2026, 5, 21) - 1 }, previous: { fromAt: wall(2025, 12, 28), toAt: wall(2026, 3, 10) - 1 } },
        { period: { fromAt: wall(2026, 4, 6), toAt: wall(2026, 4, 13) - 1 }, previous: { fromAt: wall(2026, 3, 30), toAt: wall(2026, 4, 6) - 1 } },
      ];
      for (const { period, previous } of spans) {
        const now = callers(period);
        const before = callers(previous);
        const pillars = customerPillars(store, { period, previous, zone, rules: customerRules(settings) });
        expect(now.size).toBeGreaterThan(0);
        expect({ new: pillars.new, retained: pillars.retained, lost: pillars.lost }).toEqual({
          new: [...first.values()].filter((at) => at >= period.fromAt && at <= period.toAt).length,
          retained: [...now].filter((customer) => before.has(customer)).length,
          lost: [...before].filter((customer) => !now.has(customer)).length,
        });
      }
    } finally {
      store.close();
    }
  });
});

function recomputeWithLongWait(calls: CallRow[], longWait: number): unknown[] {
  // Only the long-wait threshold moves: recount with it by shifting the waits it compares.
  return recompute(calls.map((call) => ({ ...call, wait_s: call.wait_s === null ? null : call.wait_s + LONG_WAIT_S - longWait }))).eventMonths;
}
