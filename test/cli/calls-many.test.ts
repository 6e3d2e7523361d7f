import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeManyCalls } from '../helpers/many-calls.js';

/**
 * `svc calls` over 50,000 calls (test/helpers/many-calls.ts says what call i is). They arrive
 * every 10 s from Monday 2026-03-02 00:00 UTC, the last (i = 49,999, 499,990 s later) on
 * Saturday 2026-03-07 18:53:10: all in last week for SVC_NOW Tuesday 2026-03-10.
 */
const COUNT = 50_000;
const { dir, cleanup } = tempDir();
const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z' };
const svc = (...args: string[]) => runCli(['calls', ...args], { env });
const PERIOD = '2026-03-02 to 2026-03-08 (times in UTC)';

beforeAll(async () => {
  const csv = join(dir, 'many.csv');
  writeManyCalls(csv, COUNT);
  expect((await runCli(['config', 'set', 'timezone', 'UTC'], { env })).code).toBe(0);
  expect((await runCli(['import', csv, '--quiet'], { env })).code).toBe(0);
}, 60_000);
afterAll(() => cleanup());

const lines = (stdout: string) => stdout.trimEnd().split('\n');
const cells = (line: string) => line.trim().split(/\s{2,}/);

describe('svc calls with many calls', () => {
  it('shows the first 100 in a table and says how to get them all', async () => {
    const result = await svc();
    expect(result.code).toBe(0);
    const rows = lines(result.stdout);
    expect(rows).toHaveLength(1 + 100);
    // An abandoned call has no talk time: "-", as every table shows a missing number.
    expect(cells(rows[1]!)).toEqual(['2026-03-02 00:00:00', 'support', 'a0', '0500000000', 'abandoned', 'abandoned', '0', '-']);
    // Call 99: 990 s in, agent 99 mod 7 = 1, answered (99 mod 5 = 4), waited 99 mod 60 = 39 s.
    expect(cells(rows[100]!)).toEqual(['2026-03-02 00:16:30', 'support', 'a1', '0500000099', 'answered', 'answered', '39', '100']);
    expect(result.stderr).toBe(
      `100 of 50000 calls, ${PERIOD}\nThe table shows the first 100: --limit 0 lists all 50000, --format csv > calls.csv saves them for a spreadsheet\n`,
    );
  });

  it('draws all 50,000 in a table with --limit 0', async () => {
    const result = await svc('--limit', '0');
    expect(result.code).toBe(0);
    const rows = lines(result.stdout);
    expect(rows).toHaveLength(1 + COUNT);
    // Call 49,999: agent 49,999 mod 7 = 5, answered (mod 5 = 4), waited 49,999 mod 60 = 19 s.
    expect(cells(rows[COUNT]!)).toEqual(['2026-03-07 18:53:10', 'support', 'a5', '0500049999', 'answered', 'answered', '19', '100']);
    // Fixed columns: every row is as wide as the header line's columns make it.
    expect(rows[COUNT]!.indexOf('support')).toBe(rows[0]!.indexOf('queue'));
    expect(result.stderr).toBe(`50000 calls, ${PERIOD}\n`);
  });

  it('writes every call in CSV and JSON unless --limit says otherwise', async () => {
    const csv = await svc('--format', 'csv');
    expect(csv.code).toBe(0);
    const csvLines = lines(csv.stdout);
    expect(csvLines).toHaveLength(1 + COUNT);
    // No answer or end time in the file; the ending is the outcome word as written; import #1.
    expect(csvLines[COUNT]).toBe('C-49999,2026-03-07T18:53:10+00:00,,,support,a5,0500049999,answered,answered,19,100,,,,,1');
    expect(csv.stderr).toBe(`50000 calls, ${PERIOD}\n`);

    const json = await svc('--format', 'json');
    const calls = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(calls).toHaveLength(COUNT);
    // Call 12,345: 123,450 s in = 1 day 10:17:30; abandoned (mod 5 = 0), waited 45 s, agent a4.
    expect(calls[12_345]).toMatchObject({ arrival: '2026-03-03T10:17:30+00:00', agent: 'a4', customer: '0500012345', outcome: 'abandoned', wait_s: 45, talk_s: null });
    expect(json.stdout).toBe(`${JSON.stringify(calls, null, 2)}\n`);

    const few = await svc('--format', 'json', '--limit', '2');
    expect((JSON.parse(few.stdout) as { customer: string }[]).map((call) => call.customer)).toEqual(['0500000000', '0500000001']);
    expect(few.stderr).toBe(`2 of 50000 calls, ${PERIOD}\n`);
  });
});
