import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intervalRollups } from '../../src/db/migrations/006_interval_rollups.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { sqlRows } from '../helpers/store-file.js';
import { storeOf } from '../../src/db/store.js';

/**
 * interval_rollup kept by import, undo, a change of zone or T, and the back-fill of a store made
 * before it existed — each time held against sums worked out here from the generated calls with
 * Intl's own reading of the zone. St John's is 3 h 30 min behind UTC and changes to summer time
 * on 2026-03-08, so a wrong quarter shows at once; Kolkata is 5 h 30 min ahead, without DST.
 */
interface Call {
  id: string;
  at: number;
  queue: string;
  agent: string;
  outcome: 'answered' | 'abandoned';
  wait: number;
  talk: number;
  wrap: number;
}

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(count: number, seed: number, prefix: string): Call[] {
  const next = random(seed);
  const start = Date.parse('2026-03-05T00:00:00Z') / 1000;
  return Array.from({ length: count }, (_, index) => {
    const answered = next() < 0.75;
    return {
      id: `${prefix}${index}`,
      at: start + Math.floor(next() * 8 * 86400),
      queue: ['billing', 'support'][Math.floor(next() * 2)]!,
      agent: answered ? ['dana', 'eli', 'noa'][Math.floor(next() * 3)]! : '',
      outcome: answered ? 'answered' : 'abandoned',
      wait: Math.floor(next() * 60),
      talk: answered ? 30 + Math.floor(next() * 400) : 0,
      wrap: answered ? Math.floor(next() * 30) : 0,
    };
  });
}

function csv(calls: Call[]): string {
  const rows = calls.map((c) => [c.id, new Date(c.at * 1000).toISOString(), c.queue, c.agent, c.wait, c.outcome === 'answered' ? c.talk : '', c.outcome === 'answered' ? c.wrap : '', c.outcome].join(','));
  return `call_id,arrival,queue,agent,wait,talk,wrap,outcome\n${rows.join('\n')}\n`;
}

function wallQuarter(at: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(at * 1000))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Math.floor(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) / 1000 / 900);
}

/** The rows interval_rollup must hold, summed with plain loops. */
function expectedRows(calls: Call[], zone: string, t: number) {
  const rows = new Map<string, Record<string, number | string>>();
  for (const call of calls) {
    const quarter = wallQuarter(call.at, zone);
    const key = `${quarter}|${call.queue}|${call.agent}`;
    const row = rows.get(key) ?? { local_quarter: quarter, queue: call.queue, agent: call.agent, answered: 0, abandoned: 0, answered_within_sl: 0, handle_sum: 0, wait_sum: 0 };
    const answered = call.outcome === 'answered';
    (row.answered as number) += answered ? 1 : 0;
    (row.abandoned as number) += answered ? 0 : 1;
    (row.answered_within_sl as number) += answered && call.wait <= t ? 1 : 0;
    (row.handle_sum as number) += answered ? call.talk + call.wrap : 0;
    (row.wait_sum as number) += call.wait;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (a.local_quarter as number) - (b.local_quarter as number) || String(a.queue).localeCompare(String(b.queue)) || String(a.agent).localeCompare(String(b.agent)));
}

const STORED = `SELECT local_quarter, queue, agent, answered, abandoned, answered_within_sl, handle_sum, answered_wait_sum + abandon_wait_sum AS wait_sum
  FROM interval_rollup ORDER BY local_quarter, queue, agent`;

const first = generate(500, 11, 'a');
const second = generate(150, 12, 'b');
let dir: string;
let cleanup: () => void;
let db: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  writeFileSync(join(dir, 'first.csv'), csv(first));
  writeFileSync(join(dir, 'second.csv'), csv(second));
});
afterAll(() => cleanup());

const svc = (...args: string[]) => runCli([...args, '--db', db], { cwd: dir });

describe('interval rollups', () => {
  it('are kept by import and undo, and follow a change of zone and of T', async () => {
    expect((await svc('config', 'set', 'timezone', 'America/St_Johns')).code).toBe(0);
    expect((await svc('import', 'first.csv', '--quiet')).code).toBe(0);
    expect(sqlRows(db, STORED)).toEqual(expectedRows(first, 'America/St_Johns', 20));
    expect((await svc('import', 'second.csv', '--quiet')).code).toBe(0);
    expect(sqlRows(db, STORED)).toEqual(expectedRows([...first, ...second], 'America/St_Johns', 20));
    expect((await svc('imports', 'undo', '2')).code).toBe(0);
    expect(sqlRows(db, STORED)).toEqual(expectedRows(first, 'America/St_Johns', 20));
    expect((await svc('config', 'set', 'timezone', 'Asia/Kolkata')).code).toBe(0);
    expect(sqlRows(db, STORED)).toEqual(expectedRows(first, 'Asia/Kolkata', 20));
    expect((await svc('config', 'set', 'sl_threshold_s', '7')).code).toBe(0);
    expect(sqlRows(db, STORED)).toEqual(expectedRows(first, 'Asia/Kolkata', 7));
  });

  it('are back-filled by their migration in a store made before them', () => {
    const old = storeOf(new Database(db));
    old.exec('DROP TABLE interval_rollup; DROP TABLE staffing_target');
    intervalRollups.up(old);
    old.close();
    expect(sqlRows(db, STORED)).toEqual(expectedRows(first, 'Asia/Kolkata', 7));
  });
});
