import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { sqlRows } from '../helpers/store-file.js';

/** Times and durations no phone system writes are bad rows, not calls that bend every KPI. */
let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['config', 'set', 'timezone', 'UTC', '--db', db])).code).toBe(0);
});
afterEach(() => cleanup());

const aheadYear = new Date().getUTCFullYear() + 11;

describe('implausible arrivals', () => {
  it('before 1990 or over ten years ahead are rejected with the reason; the rest are imported', async () => {
    const file = join(dir, 'calls.csv');
    writeFileSync(
      file,
      [
        'call_id,arrival,wait,talk,outcome',
        'OK-1,2026-11-02 09:00:00,10,100,answered',
        'OLD-1,1969-12-31 23:00:00,10,100,answered',
        'OLD-2,0001-01-01 09:00:00,10,100,answered',
        'OLD-3,1989-12-31 23:59:59,10,100,answered',
        `NEW-1,${aheadYear}-01-01 00:00:00,10,100,answered`,
        'OK-2,1990-01-01 00:00:00,10,100,answered',
      ].join('\n'),
    );
    const result = await runCli(['import', 'calls.csv', '--db', db], { cwd: dir });
    expect(result.code).toBe(0);
    const range = '(1990 to 10 years from today)';
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      `calls.csv:3: arrival: "1969-12-31 23:00:00" is outside the plausible range ${range}`,
      `calls.csv:4: arrival: "0001-01-01 09:00:00" is outside the plausible range ${range}`,
      `calls.csv:5: arrival: "1989-12-31 23:59:59" is outside the plausible range ${range}`,
      `calls.csv:6: arrival: "${aheadYear}-01-01 00:00:00" is outside the plausible range ${range}`,
    ]);
    expect(sqlRows<{ source_key: string }>(db, 'SELECT source_key FROM calls ORDER BY id').map((row) => row.source_key)).toEqual(['OK-1', 'OK-2']);
  });

  it('a queue_log time of 13 or more digits is a rejected line, not a crash', async () => {
    const file = join(dir, 'queue_log');
    // 2026-03-02 09:00:00 UTC is 1772442000; the second call's times have three digits too many.
    writeFileSync(
      file,
      [
        '1772442000|c1|support|NONE|ENTERQUEUE||0501234567|1',
        '1772442010|c1|support|SIP/7|CONNECT|10|x|1',
        '1772442070|c1|support|SIP/7|COMPLETECALLER|10|60|1',
        '1772442100000|c2|support|NONE|ENTERQUEUE||0502222222|1',
        '17724421000000000|c2|support|NONE|ABANDON|1|1|5',
      ].join('\n') + '\n',
    );
    const result = await runCli(['import', file, '--format', 'asterisk-queue-log', '--db', db], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      `${file}:4: time: "1772442100000" is outside the plausible range (1990 to 10 years from today)`,
      `${file}:5: time: "17724421000000000" is outside the plausible range (1990 to 10 years from today)`,
    ]);
    expect(sqlRows(db, 'SELECT wait_s, talk_s FROM calls')).toEqual([{ wait_s: 10, talk_s: 60 }]);
  });
});

describe('implausible durations', () => {
  it('a wait or talk over 24 hours is rejected: ASA stays a number', async () => {
    const file = join(dir, 'calls.csv');
    writeFileSync(
      file,
      [
        'call_id,arrival,wait,talk,outcome',
        'OK-1,2026-11-02 09:00:00,10,100,answered',
        'W-1,2026-11-02 09:01:00,1e308,100,answered',
        'W-2,2026-11-02 09:02:00,25:00:00,100,answered',
        'T-1,2026-11-02 09:03:00,10,86401,answered',
        'OK-2,2026-11-02 09:04:00,86400,100,answered',
      ].join('\n'),
    );
    const result = await runCli(['import', 'calls.csv', '--db', db], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').slice(0, 3)).toEqual([
      'calls.csv:3: wait: "1e308" is longer than the longest plausible duration (24 hours)',
      'calls.csv:4: wait: "25:00:00" is longer than the longest plausible duration (24 hours)',
      'calls.csv:5: talk: "86401" is longer than the longest plausible duration (24 hours)',
    ]);
    // The two calls kept waited 10 s and exactly 24 h: ASA (10 + 86400) / 2.
    const report = await runCli(['report', '--from', '2026-11-02', '--to', '2026-11-02', '--format', 'json', '--db', db]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('"asa_s": 43205');
  });
});
