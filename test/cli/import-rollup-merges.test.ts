import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { sqlRows } from '../helpers/store-file.js';

/**
 * An import sums its rollups in memory and merges them into the store whenever it holds more
 * than a few thousand rows. Here calls 0..5,999 each fall in an hour of their own (call i at
 * 2026-03-02 00:00 UTC + i hours), so the sums are merged in the middle of the file; the last
 * call comes back to the first hour, a minute in, after its row was stored: it must add to that
 * row, not replace it or stand beside it.
 */
const HOURS = 6_000;
const FIRST_HOUR = Date.UTC(2026, 2, 2) / 3_600_000;
const { dir, cleanup } = tempDir();
const db = join(dir, 'svc.db');

/** A query's rows as arrays of their values, in the order the query names them. */
const rows = (sql: string): unknown[][] => sqlRows<Record<string, unknown>>(db, sql).map((row) => Object.values(row));

beforeAll(async () => {
  const lines = ['call_id,arrival,queue,agent,customer,wait,talk,outcome'];
  for (let i = 0; i < HOURS; i++) {
    const arrival = new Date((FIRST_HOUR + i) * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    lines.push(`C-${i},${arrival},support,a1,,10,100,answered`);
  }
  lines.push('C-back,2026-03-02 00:01:00,support,a1,,30,200,answered');
  const csv = join(dir, 'hours.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  expect((await runCli(['config', 'set', 'timezone', 'UTC', '--db', db])).code).toBe(0);
  expect((await runCli(['import', csv, '--quiet', '--db', db])).code).toBe(0);
}, 60_000);
afterAll(() => cleanup());

describe('rollup sums merged in the middle of a file', () => {
  it('the first hour holds both of its calls: 10 s and 30 s waits, 100 s and 200 s talks', () => {
    // answered, answered_wait_n, answered_wait_sum, answered_wait_max, answered_within_sl (T = 20: only the 10 s wait), talk_sum, handle_sum
    expect(rows(`SELECT answered, answered_wait_n, answered_wait_sum, answered_wait_max, answered_within_sl, talk_sum, handle_sum FROM hourly_rollup WHERE local_hour = ${FIRST_HOUR}`)).toEqual([[2, 2, 40, 30, 1, 300, 300]]);
    // Both arrivals are in the hour's first quarter.
    expect(rows(`SELECT answered, answered_wait_n, answered_wait_sum, handle_sum FROM interval_rollup WHERE local_quarter = ${FIRST_HOUR * 4}`)).toEqual([[2, 2, 40, 300]]);
    expect(rows(`SELECT wait_s, answered FROM wait_count WHERE local_hour = ${FIRST_HOUR} ORDER BY wait_s`)).toEqual([[10, 1], [30, 1]]);
    // The agent's first day: the 10 s waits of its 24 hours and the 30 s wait of the call that came back.
    expect(rows(`SELECT wait_s, answered FROM agent_wait_count WHERE local_day = ${FIRST_HOUR / 24} ORDER BY wait_s`)).toEqual([[10, 24], [30, 1]]);
  });

  it('every other hour holds its one call, and no row stands twice', () => {
    expect(rows('SELECT count(*), sum(answered), sum(answered_wait_sum) FROM hourly_rollup')).toEqual([[HOURS, HOURS + 1, HOURS * 10 + 30]]);
    expect(rows(`SELECT count(*) FROM hourly_rollup WHERE local_hour <> ${FIRST_HOUR} AND answered <> 1`)).toEqual([[0]]);
    expect(rows('SELECT count(*), sum(answered) FROM interval_rollup')).toEqual([[HOURS, HOURS + 1]]);
    expect(rows('SELECT count(*), sum(answered) FROM wait_count')).toEqual([[HOURS + 1, HOURS + 1]]);
  });
});
