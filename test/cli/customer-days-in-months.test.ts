import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { migrations, latestVersion, schemaVersion } from '../../src/db/migrations/index.js';
import { customerDaysInMonths } from '../../src/db/migrations/016_customer_days_in_months.js';
import { openStore } from '../../src/db/open.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** S for these stores: an abandoned call that waited under 30 s is not offered and makes no customer day. */
const SHORT_ABANDON_S = 30;

interface Call {
  arrivalS: number;
  customer: string;
  abandoned: boolean;
  waitS: number;
}

const offered = (call: Call, shortAbandonS: number) => !call.abandoned || call.waitS >= shortAbandonS;

/** A small linear congruential generator, so the file is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** 400 calls of 12 customers over 70 days from 2026-01-20 (three months' ends), a third of them abandoned. */
function writeCalls(): { file: string; calls: Call[] } {
  const next = random(16);
  const calls: Call[] = [];
  const lines = ['call_id,arrival,customer,wait,talk,outcome'];
  for (let index = 0; index < 400; index++) {
    const arrivalS = Date.UTC(2026, 0, 20) / 1000 + Math.floor(next() * 70 * 86_400);
    const customer = `c${Math.floor(next() * 12)}`;
    const abandoned = next() < 0.33;
    const wait = Math.floor(next() * 60);
    calls.push({ arrivalS, customer, abandoned, waitS: wait });
    const arrival = new Date(arrivalS * 1000).toISOString().slice(0, 19).replace('T', ' ');
    lines.push(`k${index},${arrival},${customer},${wait},${abandoned ? '' : 60},${abandoned ? 'abandoned' : 'answered'}`);
  }
  const file = join(dir, 'calls.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, calls };
}

/** Each customer's offered days (days since 1970-01-01, UTC) and the chains they make, worked out from the calls themselves. */
function expectedFrom(calls: Call[], shortAbandonS = SHORT_ABANDON_S) {
  const days = new Map<string, Set<number>>();
  for (const call of calls.filter((c) => offered(c, shortAbandonS))) {
    const held = days.get(call.customer) ?? new Set<number>();
    held.add(Math.floor(call.arrivalS / 86_400));
    days.set(call.customer, held);
  }
  const monthBits = new Map<string, number>();
  const chains = new Map<string, number>();
  for (const [customer, set] of days) {
    let previous = -1;
    for (const day of [...set].sort((a, b) => a - b)) {
      const date = new Date(day * 86_400_000);
      const key = `${customer} ${(date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth()}`;
      monthBits.set(key, (monthBits.get(key) ?? 0) | (1 << (date.getUTCDate() - 1)));
      chains.set(`${day} ${previous}`, (chains.get(`${day} ${previous}`) ?? 0) + 1);
      previous = day;
    }
  }
  return { monthBits, chains };
}

function keptIn(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const months = db.prepare('SELECT customer, month, days FROM customer_months WHERE days <> 0').raw().all() as [string, number, number][];
    const chains = db.prepare('SELECT local_day, previous_day, customers FROM customer_day_count').raw().all() as [number, number, number][];
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    return {
      monthBits: new Map(months.map(([customer, month, days]) => [`${customer} ${month}`, days])),
      chains: new Map(chains.map(([day, previous, customers]) => [`${day} ${previous}`, customers])),
      tables,
    };
  } finally {
    db.close();
  }
}

describe("customers' days kept in their months", () => {
  it('are the offered days of the calls, a bit per day of the month, and chain each day to the previous one', async () => {
    const { file, calls } = writeCalls();
    const db = join(dir, 'svc.db');
    for (const [key, value] of [['timezone', 'UTC'], ['short_abandon_s', String(SHORT_ABANDON_S)]]) {
      expect((await runCli(['config', 'set', key!, value!, '--db', db])).code).toBe(0);
    }
    expect((await runCli(['import', file, '--db', db, '--quiet'])).code).toBe(0);
    const expected = expectedFrom(calls);
    // Some month holds a call that is not offered on a day without an offered one, so S is seen.
    expect(calls.some((c) => !offered(c, SHORT_ABANDON_S))).toBe(true);
    const kept = keptIn(db);
    expect(kept.monthBits).toEqual(expected.monthBits);
    expect(kept.chains).toEqual(expected.chains);
    expect(kept.tables).not.toContain('customer_day');
    // A new S counts every day again.
    expect((await runCli(['config', 'set', 'short_abandon_s', '10', '--db', db])).code).toBe(0);
    const recounted = keptIn(db);
    expect(recounted.monthBits).toEqual(expectedFrom(calls, 10).monthBits);
    expect(recounted.chains).toEqual(expectedFrom(calls, 10).chains);
    expect(recounted.monthBits).not.toEqual(expected.monthBits);
  });

  it('are filled by migration 016 from the customer days of a store written before it', async () => {
    const { file, calls } = writeCalls();
    const db = join(dir, 'released.db');
    for (const [key, value] of [['timezone', 'UTC'], ['short_abandon_s', String(SHORT_ABANDON_S)]]) {
      expect((await runCli(['config', 'set', key!, value!, '--db', db])).code).toBe(0);
    }
    expect((await runCli(['import', file, '--db', db, '--quiet'])).code).toBe(0);
    // A store written before 016: a row per customer and offered day in customer_day (filled here
    // from the calls, by the definition that release used), no days in customer_months.
    const raw = new Database(db);
    raw.exec(`
      CREATE TABLE customer_day (customer TEXT NOT NULL, local_day INTEGER NOT NULL, PRIMARY KEY (customer, local_day)) STRICT, WITHOUT ROWID;
      INSERT INTO customer_day SELECT DISTINCT customer, local_hour / 24 FROM calls
        WHERE customer IS NOT NULL AND NOT (outcome = 'abandoned' AND coalesce(wait_s < ${SHORT_ABANDON_S}, 0));
      ALTER TABLE customer_months DROP COLUMN days;
    `);
    const before = migrations[migrations.indexOf(customerDaysInMonths) - 1]!.version;
    raw.pragma(`user_version = ${before}`);
    const chainsBefore = raw.prepare('SELECT * FROM customer_day_count ORDER BY 1, 2').raw().all();
    raw.close();
    const store = openStore(db);
    expect(schemaVersion(store)).toBe(latestVersion());
    store.close();
    const kept = keptIn(db);
    expect(kept.monthBits).toEqual(expectedFrom(calls).monthBits);
    expect(kept.tables).not.toContain('customer_day');
    const after = new Database(db, { readonly: true });
    expect(after.prepare('SELECT * FROM customer_day_count ORDER BY 1, 2').raw().all()).toEqual(chainsBefore);
    after.close();
    // Opened again, the store is not migrated again (adding the column a second time would fail).
    openStore(db).close();
    expect(keptIn(db).monthBits).toEqual(expectedFrom(calls).monthBits);
  });
});
