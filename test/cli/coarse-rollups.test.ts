import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { latestVersion, schemaVersion } from '../../src/db/migrations/index.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { windBackToTextEvents } from '../helpers/text-call-events.js';

/**
 * The hour totals, the day rollup and the day wait counts are the hourly rollups added up; this
 * holds them to the calls themselves, recounted here with the KPI definitions written out
 * (T = 20 s, S = 0 s, W = 168 h, the defaults), after each way the store changes.
 */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HEADER = 'call_id,arrival,queue,agent,customer,wait,talk,hold,outcome,resolved,csat';
const HISTORY_CALLS = 480;
// A quarter of the history or less, and a file small against the store: the daily path of the import's end.
const DAY_CALLS = 120;
// Israel moves to summer time on 2026-03-27: the history crosses it.
const FIRST_MS = Date.UTC(2026, 2, 15);
const ZONE = 'Asia/Jerusalem';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

function callLine(key: string, arrivalS: number, customer: string, next: () => number): string {
  const arrival = new Date(arrivalS * 1000).toISOString().slice(0, 19).replace('T', ' ');
  const abandoned = next() < 0.3;
  const wait = next() < 0.1 ? '' : String(Math.floor(next() * 60));
  const answered = (value: string) => (abandoned ? '' : value);
  const csat = abandoned || next() < 0.5 ? '' : String(1 + Math.floor(next() * 5));
  const agent = next() < 0.1 ? '' : `a${Math.floor(next() * 3)}`;
  const resolved = next() < 0.3 ? '' : next() < 0.6 ? 'Y' : 'N';
  return `${key},${arrival},${next() < 0.1 ? '' : `q${Math.floor(next() * 2)}`},${answered(agent)},${customer},${wait},${answered(String(30 + Math.floor(next() * 300)))},${answered(next() < 0.5 ? '' : String(Math.floor(next() * 40)))},${abandoned ? 'abandoned' : 'answered'},${answered(resolved)},${csat}`;
}

/** 480 calls of 30 customers over 20 days; then a day's 120 calls among the last days' and after them, some from new customers. */
function writeFiles(): { history: string; day: string } {
  const next = random(14);
  const start = FIRST_MS / 1000;
  const history = Array.from({ length: HISTORY_CALLS }, (_, i) => callLine(`H${i}`, start + Math.floor(next() * 20 * 144) * 600, `0500000${Math.floor(next() * 30)}`.slice(-8), next));
  const day = Array.from({ length: DAY_CALLS }, (_, i) =>
    callLine(`D${i}`, start + 17 * 86400 + Math.floor(next() * 4 * 144) * 600, i % 4 === 3 ? `0600000${i % 7}` : `0500000${Math.floor(next() * 30)}`.slice(-8), next),
  );
  const write = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, `${HEADER}\n${lines.join('\n')}\n`);
    return file;
  };
  return { history: write('history.csv', history), day: write('day.csv', day) };
}

/** Each kept sum, counted from the calls of a group as docs/kpis.md defines it. */
const SUMS_FROM_CALLS = `
  count(CASE WHEN outcome = 'answered' THEN 1 END) AS answered,
  count(CASE WHEN outcome = 'abandoned' THEN 1 END) AS abandoned,
  count(CASE WHEN outcome = 'abandoned' AND wait_s < 0 THEN 1 END) AS short_abandoned,
  count(CASE WHEN outcome = 'answered' AND wait_s IS NOT NULL THEN 1 END) AS answered_wait_n,
  total(CASE WHEN outcome = 'answered' THEN wait_s END) AS answered_wait_sum,
  max(CASE WHEN outcome = 'answered' THEN wait_s END) AS answered_wait_max,
  count(CASE WHEN outcome = 'answered' AND wait_s <= 20 THEN 1 END) AS answered_within_sl,
  count(CASE WHEN outcome = 'abandoned' AND wait_s >= 0 THEN 1 END) AS abandon_wait_n,
  total(CASE WHEN outcome = 'abandoned' AND wait_s >= 0 THEN wait_s END) AS abandon_wait_sum,
  total(CASE WHEN outcome = 'answered' THEN coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(wrap_s, 0) END) AS handle_sum,
  count(CASE WHEN outcome = 'answered' AND talk_s IS NOT NULL THEN 1 END) AS talk_n,
  total(CASE WHEN outcome = 'answered' THEN talk_s END) AS talk_sum,
  count(CASE WHEN outcome = 'answered' AND hold_s IS NOT NULL THEN 1 END) AS hold_n,
  total(CASE WHEN outcome = 'answered' THEN hold_s END) AS hold_sum,
  count(CASE WHEN outcome = 'answered' AND resolved IS NOT NULL THEN 1 END) AS resolved_n,
  count(CASE WHEN outcome = 'answered' AND resolved = 1 THEN 1 END) AS resolved_yes,
  count(csat) AS csat_n,
  total(csat) AS csat_sum,
  count(CASE WHEN csat >= 4 THEN 1 END) AS csat_top2,
  count(CASE WHEN outcome = 'answered' AND customer IS NOT NULL THEN 1 END) AS repeat_base,
  count(CASE WHEN outcome = 'answered' AND customer IS NOT NULL AND EXISTS (
    SELECT 1 FROM calls AS later WHERE later.customer = calls.customer AND later.arrival_at > calls.arrival_at AND later.arrival_at - calls.arrival_at <= 168 * 3600
  ) THEN 1 END) AS repeat_yes`;

const SUM_COLUMNS = SUMS_FROM_CALLS.split('\n').flatMap((line) => /AS (\w+),?$/.exec(line.trim())?.[1] ?? []);
const AS_REALS = SUM_COLUMNS.map((column) => `${column} * 1.0 AS ${column}`).join(', ');

/** The three kept tables as stored, and as the calls give them; sums as reals, so 3 and 3.0 compare equal. */
function keptAndCounted(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return {
      kept: {
        hours: all(`SELECT local_hour, ${AS_REALS} FROM hour_totals WHERE answered + abandoned > 0 ORDER BY 1`),
        days: all(`SELECT local_day, queue, agent, ${AS_REALS} FROM day_rollup WHERE answered + abandoned > 0 ORDER BY 1, 2, 3`),
        waits: all('SELECT local_day, wait_s, answered FROM day_wait_count WHERE answered > 0 ORDER BY 1, 2'),
      },
      counted: {
        hours: all(`SELECT local_hour, ${AS_REALS} FROM (SELECT local_hour, ${SUMS_FROM_CALLS} FROM calls GROUP BY 1) ORDER BY 1`),
        days: all(`SELECT local_day, queue, agent, ${AS_REALS} FROM (SELECT local_hour / 24 AS local_day, coalesce(queue, '') AS queue, coalesce(agent, '') AS agent, ${SUMS_FROM_CALLS} FROM calls GROUP BY 1, 2, 3) ORDER BY 1, 2, 3`),
        waits: all("SELECT local_hour / 24 AS local_day, wait_s, count(*) AS answered FROM calls WHERE outcome = 'answered' AND wait_s IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"),
      },
    };
  } finally {
    db.close();
  }
}

function expectKeptAsCounted(file: string, calls: number): void {
  const { kept, counted } = keptAndCounted(file);
  expect(counted.hours.reduce((sum: number, row) => sum + (row as { answered: number; abandoned: number }).answered + (row as { abandoned: number }).abandoned, 0)).toBe(calls);
  expect(kept).toEqual(counted);
}

const svc = (db: string, ...args: string[]) => runCli([...args, '--db', db, '--quiet']);

describe('hour totals, day rollup and day wait counts equal a straight count over the calls', () => {
  it('after an import into a new store, a daily import, an undo of each, and a change of T', async () => {
    const { history, day } = writeFiles();
    const db = join(dir, 'svc.db');
    expect((await runCli(['config', 'set', 'timezone', ZONE, '--db', db])).code).toBe(0);
    expect((await svc(db, 'import', history)).code).toBe(0);
    expectKeptAsCounted(db, HISTORY_CALLS);
    // The day's calls are followed by, and follow, history calls of the same customers: repeats move on both sides.
    expect((await svc(db, 'import', day)).code).toBe(0);
    expectKeptAsCounted(db, HISTORY_CALLS + DAY_CALLS);
    expect((await svc(db, 'imports', 'undo', '2')).code).toBe(0);
    expectKeptAsCounted(db, HISTORY_CALLS);
    expect((await svc(db, 'import', day)).code).toBe(0);
    expect((await svc(db, 'imports', 'undo', '1')).code).toBe(0);
    expectKeptAsCounted(db, DAY_CALLS);
    // T shapes answered_within_sl: the rollups are recounted, and with them the totals.
    expect((await svc(db, 'config', 'set', 'sl_threshold_s', '30')).code).toBe(0);
    const { kept } = keptAndCounted(db);
    const within = (kept.hours as { answered_within_sl: number }[]).reduce((sum, row) => sum + row.answered_within_sl, 0);
    const fromCalls = new Database(db, { readonly: true });
    expect(within).toBe(fromCalls.prepare("SELECT count(*) FROM calls WHERE outcome = 'answered' AND wait_s <= 30").pluck().get());
    fromCalls.close();
  });

  it('after migration 014 fills them in a store written before it', async () => {
    const { history, day } = writeFiles();
    const db = join(dir, 'released.db');
    expect((await runCli(['config', 'set', 'timezone', ZONE, '--db', db])).code).toBe(0);
    expect((await svc(db, 'import', history)).code).toBe(0);
    expect((await svc(db, 'import', day)).code).toBe(0);
    // A store written before 014 has everything but its three tables, its customer days in a table of their own (before 016) and the call events as texts (before 015), at version 13.
    const raw = new Database(db);
    raw.exec('DROP TABLE hour_totals; DROP TABLE day_rollup; DROP TABLE day_wait_count');
    raw.exec(`CREATE TABLE customer_day (customer TEXT NOT NULL, local_day INTEGER NOT NULL, PRIMARY KEY (customer, local_day)) STRICT, WITHOUT ROWID;
      INSERT INTO customer_day SELECT DISTINCT customer, local_hour / 24 FROM calls WHERE customer IS NOT NULL AND NOT (outcome = 'abandoned' AND coalesce(wait_s < 0, 0));
      ALTER TABLE customer_months DROP COLUMN days`);
    windBackToTextEvents(raw);
    raw.pragma('user_version = 13');
    raw.close();
    const store = openStore(db);
    expect(schemaVersion(store)).toBe(latestVersion());
    store.close();
    expectKeptAsCounted(db, HISTORY_CALLS + DAY_CALLS);
    // Opened again, the store is not migrated again (creating the tables a second time would fail).
    const again = openStore(db);
    expect(schemaVersion(again)).toBe(latestVersion());
    again.close();
    expectKeptAsCounted(db, HISTORY_CALLS + DAY_CALLS);
  });
});
