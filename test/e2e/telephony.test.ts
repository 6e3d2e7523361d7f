import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

// The built binary as a nightly cron job runs it on the phone system's own files.
// Expected values: fixtures/asterisk-queue-log/expected.md and fixtures/xlsx/expected.md.
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-telephony-')));
afterEach(() => cleanup());

describe('telephony imports, built binary', () => {
  it('imports a growing queue_log night after night, then the next day’s log, and drills down', () => {
    const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z' };
    const svc = (...args: string[]) => runBin(args, { cwd: dir, env });
    expect(svc('config', 'set', 'timezone', 'UTC').code).toBe(0);

    const day1 = readFileSync(join(FIXTURES, 'asterisk-queue-log', 'day1.log'), 'utf8');
    writeFileSync(join(dir, 'queue_log'), day1.split('\n').slice(0, 20).join('\n') + '\n');
    expect(svc('import', 'queue_log', '--quiet').code).toBe(0);
    writeFileSync(join(dir, 'queue_log'), day1);
    const grown = svc('import', 'queue_log', '--quiet');
    expect(grown.code).toBe(0);
    expect(grown.stderr.trimEnd().split('\n').at(-1)).toMatch(/^queue_log: 5 inserted, 5 duplicates, 2 rejected, 7 skipped/);
    copyFileSync(join(FIXTURES, 'asterisk-queue-log', 'day2.log'), join(dir, 'queue_log'));
    expect(svc('import', 'queue_log', '--quiet').code).toBe(0);

    const csv = svc('calls', '--outcome', 'abandoned', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('6 calls, 2026-03-02 to 2026-03-08 (times in UTC)\n');
    const rows = csv.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(','));
    // ending is the 9th column, wait_s the 10th.
    expect(rows.map((fields) => [fields[8], Number(fields[9])])).toEqual([
      ['ABANDON', 45],
      ['EXITWITHTIMEOUT', 300],
      ['EXITWITHKEY', 8],
      ['EXITEMPTY', 20],
      ['EXITWITHTIMEOUT', 60],
      ['ABANDON', 70],
    ]);
  });

  it('imports an Excel workbook and lists its calls', () => {
    const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z' };
    const svc = (...args: string[]) => runBin(args, { cwd: dir, env });
    expect(svc('config', 'set', 'timezone', 'UTC').code).toBe(0);
    copyFileSync(join(FIXTURES, 'xlsx', 'calls.xlsx'), join(dir, 'calls.xlsx'));
    expect(svc('import', 'calls.xlsx', '--quiet').code).toBe(0);
    const json = svc('calls', '--format', 'json');
    expect(JSON.parse(json.stdout).map((call: { source_key: string; arrival: string }) => [call.source_key, call.arrival])).toEqual([
      ['X1', '2026-03-02T09:00:00+00:00'],
      ['X2', '2026-03-02T09:05:30+00:00'],
      ['X3', '2026-03-02T09:11:00+00:00'],
      ['X6', '2026-03-02T09:25:00+00:00'],
    ]);
  });

  it('imports a workbook piped to standard input, the same calls as from the file, and leaves no temporary file', () => {
    const scratch = join(dir, 'tmp');
    mkdirSync(scratch);
    const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z', TMPDIR: scratch };
    const svc = (args: string[], input?: Buffer) => runBin(args, { cwd: dir, env, input });
    expect(svc(['config', 'set', 'timezone', 'UTC']).code).toBe(0);
    const workbook = readFileSync(join(FIXTURES, 'xlsx', 'calls.xlsx'));
    const piped = svc(['import', '-', '--format', 'xlsx'], workbook);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toMatch(/4 inserted, 0 duplicates, 2 rejected/);
    expect(readdirSync(scratch)).toEqual([]);
    copyFileSync(join(FIXTURES, 'xlsx', 'calls.xlsx'), join(dir, 'calls.xlsx'));
    expect(svc(['import', 'calls.xlsx']).stderr).toMatch(/0 inserted, 4 duplicates, 2 rejected/);
  });
});
