import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { importCounts } from '../helpers/import-counts.js';

/**
 * `svc import` on the telephony fixtures, format detected from the content. Every count below
 * is worked out in the fixture folder's expected.md.
 */
let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z' };
  expect((await runCli(['config', 'set', 'timezone', 'UTC'], { env })).code).toBe(0);
});
afterEach(() => cleanup());

const svc = (...args: string[]) => runCli(args, { env });
const kpis = async (from: string, to: string) => JSON.parse((await svc('report', '--from', from, '--to', to, '--format', 'json')).stdout).totals as Record<string, number | null>;

describe('asterisk-queue-log', () => {
  const LOGS = join(FIXTURES, 'asterisk-queue-log');

  it('completes the calls open at the end of one day from the next day’s log; a second import adds nothing', async () => {
    const day1 = await svc('import', join(LOGS, 'day1.log'));
    expect(day1.code).toBe(0);
    expect(day1.stderr.split('\n').slice(0, 2)).toEqual([
      `${join(LOGS, 'day1.log')}:23: expected at least 5 fields separated by "|" (time|callid|queue|agent|event), found 1`,
      `${join(LOGS, 'day1.log')}:24: data1: "soon" is not a number of seconds (COMPLETECALLER)`,
    ]);
    // Skipped: JOINEMPTY and the six lines about no call (expected.md).
    expect(importCounts(day1.stderr)).toEqual({ inserted: 10, duplicates: 0, rejected: 2, skipped: 7 });
    // The two calls still open at midnight are not counted yet.
    expect(await kpis('2026-03-02', '2026-03-02')).toMatchObject({ answered: 5, abandoned: 5 });

    expect(importCounts((await svc('import', join(LOGS, 'day2.log'))).stderr)).toEqual({ inserted: 3, duplicates: 0, rejected: 0, skipped: 1 });
    // The carried calls belong to the day they arrived: +1 answered (wait 60), +1 abandoned.
    const monday = await kpis('2026-03-02', '2026-03-02');
    expect(monday).toMatchObject({ offered: 12, answered: 6, abandoned: 6 });
    expect(monday.asa_s).toBeCloseTo((12 + 30 + 9 + 10 + 10 + 60) / 6, 9);
    expect(monday.avg_abandon_wait_s).toBeCloseTo((45 + 300 + 8 + 20 + 60 + 70) / 6, 9);

    expect(importCounts((await svc('import', join(LOGS, 'day1.log'))).stderr)).toEqual({ inserted: 0, duplicates: 10, rejected: 2, skipped: 7 });
    expect(await kpis('2026-03-02', '2026-03-03')).toMatchObject({ answered: 7, abandoned: 6 });
  });

  it('reads the logs oldest first when they are given newest first, as a shell lists rotated logs', async () => {
    const result = await svc('import', join(LOGS, 'day2.log'), join(LOGS, 'day1.log'));
    expect(result.code).toBe(0);
    const summaries = result.stderr.split('\n').filter((line) => / inserted, /.test(line));
    expect(summaries.map((line) => line.slice(0, line.indexOf(':')))).toEqual([join(LOGS, 'day1.log'), join(LOGS, 'day2.log')]);
    // expected.md: the two calls carried from day1 into day2 keep the callers day1 gave them.
    const calls = JSON.parse((await svc('calls', '--from', '2026-03-02', '--to', '2026-03-02', '--format', 'json')).stdout) as { source_key: string; customer: string | null }[];
    expect(calls.filter((call) => /1772495970\.19|1772495880\.17/.test(call.source_key)).map((call) => call.customer).sort()).toEqual(['0501234567', '0522222222']);
  });

  it('a log imported again after it has grown adds only the new calls', async () => {
    const log = join(dir, 'queue_log');
    const full = readFileSync(join(LOGS, 'day1.log'), 'utf8');
    writeFileSync(log, full.split('\n').slice(0, 20).join('\n') + '\n');
    // Lines 1–20: QUEUESTART, ADDMEMBER, AGENTLOGIN and PAUSEALL are about no call.
    expect(importCounts((await svc('import', log)).stderr)).toEqual({ inserted: 5, duplicates: 0, rejected: 0, skipped: 4 });
    writeFileSync(log, full);
    expect(importCounts((await svc('import', log)).stderr)).toEqual({ inserted: 5, duplicates: 5, rejected: 2, skipped: 7 });
    expect(await kpis('2026-03-02', '2026-03-02')).toMatchObject({ answered: 5, abandoned: 5 });
  });

  it('--strict refuses the file with its bad lines and stores nothing', async () => {
    const result = await svc('import', '--strict', join(LOGS, 'day1.log'));
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(await kpis('2026-03-02', '2026-03-02')).toMatchObject({ answered: 0, abandoned: 0 });
  });
});

describe('see', () => {
  it('imports the SEE fixture: AGENT answered, queued HANG abandoned, the rest skipped or rejected', async () => {
    const file = join(FIXTURES, 'see', 'february-15.txt');
    const result = await svc('import', file);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').slice(0, 3)).toEqual([
      `${file}:12: outcome: "TRANSFER" is not AGENT, HANG or PHANTOM`,
      `${file}:13: expected 15 tab-separated fields, found 8`,
      `${file}:14: q_start: "25:00:00" is not H:MM:SS`,
    ]);
    // Line 15 repeats line 2: the same call, stored once.
    expect(importCounts(result.stderr)).toEqual({ inserted: 8, duplicates: 1, rejected: 3, skipped: 2 });
    const day = await kpis('1999-02-15', '1999-02-15');
    expect(day).toMatchObject({ offered: 6, answered: 5, abandoned: 1, service_level: 0.5 });
    expect(day.asa_s).toBeCloseTo(129 / 5, 9);
    const next = await kpis('1999-02-16', '1999-02-16');
    expect(next).toMatchObject({ answered: 2, asa_s: 13.5 });
  });

  it('refuses an option the format has no use for', async () => {
    const result = await svc('import', '--columns', 'a,b', join(FIXTURES, 'see', 'february-15.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('Error: the see format takes no --columns');
    expect(await kpis('1999-02-15', '1999-02-16')).toMatchObject({ offered: 0 });
  });
});

describe('asterisk-cdr and freeswitch-cdr', () => {
  it('imports Master.csv with its parallel legs as one call each', async () => {
    const result = await svc('import', join(FIXTURES, 'asterisk-cdr', 'Master.csv'));
    expect(importCounts(result.stderr)).toEqual({ inserted: 5, duplicates: 0, rejected: 3, skipped: 0 });
    const totals = await kpis('2026-03-02', '2026-03-02');
    expect(totals).toMatchObject({ answered: 3, abandoned: 2, asa_s: 8 });
  });

  it('reads a layout it cannot recognise with --columns', async () => {
    const file = join(dir, 'custom.csv');
    writeFileSync(file, '0501234567,2026-03-02 11:00:00,2026-03-02 11:00:04,2026-03-02 11:01:04,64,60,ANSWERED,1772449200.3\n');
    const refused = await svc('import', '--format', 'asterisk-cdr', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe(`Error: ${file}: the rows (8 fields) match no known Asterisk CDR layout`);
    const read = await svc('import', '--format', 'asterisk-cdr', '--columns', 'src,start,answer,end,duration,billsec,disposition,uniqueid', file);
    expect(importCounts(read.stderr)).toEqual({ inserted: 1, duplicates: 0, rejected: 0, skipped: 0 });
    expect(JSON.parse((await svc('calls', '--from', '2026-03-02', '--to', '2026-03-02', '--format', 'json')).stdout)).toMatchObject([
      { source_key: 'acdr:1772449200.3', customer: '0501234567', wait_s: 4, talk_s: 60, outcome: 'answered' },
    ]);
  });

  it('imports FreeSWITCH CDRs re-saved by a spreadsheet, in the zone --tz names', async () => {
    const result = await svc('import', '--tz', 'Asia/Jerusalem', join(FIXTURES, 'freeswitch-cdr', 'Master.csv'));
    expect(importCounts(result.stderr)).toEqual({ inserted: 5, duplicates: 0, rejected: 2, skipped: 0 });
    const calls = JSON.parse((await svc('calls', '--from', '2026-03-02', '--to', '2026-03-02', '--format', 'json')).stdout) as { arrival: string; talk_s: number | null }[];
    // 09:00 in Jerusalem (UTC+2) is 07:00 in the store's zone, UTC.
    expect(calls.map((call) => call.arrival)).toEqual([
      '2026-03-02T07:00:00+00:00',
      '2026-03-02T07:10:00+00:00',
      '2026-03-02T07:20:00+00:00',
      '2026-03-02T07:30:00+00:00',
      '2026-03-02T07:40:00+00:00',
    ]);
    expect(calls.reduce((sum, call) => sum + (call.talk_s ?? 0), 0)).toBe(380);
  });
});

describe('xlsx', () => {
  it('imports the first sheet, or the one --sheet names', async () => {
    const workbook = join(dir, 'calls.xlsx');
    copyFileSync(join(FIXTURES, 'xlsx', 'calls.xlsx'), workbook);
    const first = await svc('import', workbook);
    expect(first.code).toBe(0);
    expect(importCounts(first.stderr)).toEqual({ inserted: 4, duplicates: 0, rejected: 2, skipped: 0 });
    expect(await kpis('2026-03-02', '2026-03-02')).toMatchObject({ answered: 2, abandoned: 2, asa_s: 18.5 });
    expect(importCounts((await svc('import', '--sheet', 'Archive', workbook)).stderr)).toEqual({ inserted: 1, duplicates: 0, rejected: 0, skipped: 0 });
    const missing = await svc('import', '--sheet', 'Summary', workbook);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: `Error: ${workbook} has no sheet "Summary"\nHint: its sheets are: Calls, Archive\n` });
  });
});
