import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * `svc calls` over the queue_log fixtures (fixtures/asterisk-queue-log/expected.md lists every
 * call by hand). SVC_NOW is Tuesday 2026-03-10, so the default period, last week, is
 * Monday 2026-03-02 … Sunday 2026-03-08.
 */
const LOGS = join(FIXTURES, 'asterisk-queue-log');
const { dir, cleanup } = tempDir();
const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z' };
const svc = (...args: string[]) => runCli(args, { env });

/** A borderless table's rows as cells (columns are two or more spaces apart). */
const cells = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/));

beforeAll(async () => {
  expect((await svc('config', 'set', 'timezone', 'UTC')).code).toBe(0);
  expect((await svc('import', join(LOGS, 'day1.log'), '--quiet')).code).toBe(0);
  expect((await svc('import', join(LOGS, 'day2.log'), '--quiet')).code).toBe(0);
});
afterAll(() => cleanup());

describe('svc calls', () => {
  it('lists last week’s calls in order of arrival, in the store’s zone, with a count on stderr', async () => {
    const result = await svc('calls');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('13 calls, 2026-03-02 to 2026-03-08 (times in UTC)\n');
    const rows = cells(result.stdout);
    expect(rows[0]).toEqual(['arrival', 'queue', 'agent', 'customer', 'outcome', 'ending', 'wait s', 'talk s']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      '2026-03-02 09:00:05',
      '2026-03-02 09:01:40',
      '2026-03-02 09:03:20',
      '2026-03-02 09:05:00',
      '2026-03-02 09:08:20',
      '2026-03-02 09:11:40',
      '2026-03-02 09:15:00',
      '2026-03-02 09:15:21',
      '2026-03-02 09:18:20',
      '2026-03-02 09:19:30',
      '2026-03-02 23:58:00',
      '2026-03-02 23:59:30',
      '2026-03-03 00:10:00',
    ]);
    expect(rows[1]).toEqual(['2026-03-02 09:00:05', 'support', '1001', '0501234567', 'answered', 'COMPLETECALLER', '12', '120']);
  });

  it('filters by queue, agent, customer, outcome and wait', async () => {
    const keys = async (...args: string[]) => {
      const result = await svc('calls', '--format', 'json', ...args);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as { source_key: string }[]).map((call) => call.source_key.split(':')[1]);
    };
    expect(await keys('--queue', 'sales')).toEqual(['1772442200.5', '1772442300.7', '1772443100.15', '1772443100.15', '1772495970.19']);
    expect(await keys('--agent', '1001')).toEqual(['1772442005.1', '1772496600.20']);
    expect(await keys('--customer', '0501234567')).toEqual(['1772442005.1', '1772442500.8', '1772495880.17', '1772496600.20']);
    // Abandoned after waiting at least 50 s: 300, 60 and 70 s; 45, 8 and 20 s are shorter.
    expect(await keys('--outcome', 'abandoned', '--min-wait', '50')).toEqual(['1772442300.7', '1772443100.15', '1772495970.19']);
    // '' picks the calls nobody answered: no agent.
    expect(await keys('--agent', '', '--outcome', 'answered')).toEqual([]);
    expect(await keys('--from', '2026-03-03', '--to', '2026-03-03')).toEqual(['1772496600.20']);
  });

  it('gives every field in JSON and CSV, times as exact local instants', async () => {
    const json = await svc('calls', '--format', 'json', '--customer', '+97231234567');
    expect(JSON.parse(json.stdout)).toEqual([
      {
        source_key: 'aql:1772442100.3:support:1772442100',
        arrival: '2026-03-02T09:01:40+00:00',
        answer: null,
        end: '2026-03-02T09:02:25+00:00',
        queue: 'support',
        agent: null,
        customer: '+97231234567',
        outcome: 'abandoned',
        ending: 'ABANDON',
        wait_s: 45,
        talk_s: null,
        hold_s: null,
        wrap_s: null,
        resolved: null,
        csat: null,
        import_id: 1,
      },
    ]);
    const csv = await svc('calls', '--format', 'csv', '--agent', 'alice');
    expect(csv.stdout).toBe(
      'source_key,arrival,answer,end,queue,agent,customer,outcome,ending,wait_s,talk_s,hold_s,wrap_s,resolved,csat,import_id\n' +
        'aql:1772442200.5:sales:1772442200,2026-03-02T09:03:20+00:00,2026-03-02T09:03:50+00:00,2026-03-02T09:06:40+00:00,sales,alice,0529876543,answered,COMPLETEAGENT,30,170,,,,,1\n',
    );
  });

  it('stops at --limit and says how many there were', async () => {
    const result = await svc('calls', '--limit', '2', '--format', 'csv');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(result.stderr).toBe('2 of 13 calls, 2026-03-02 to 2026-03-08 (times in UTC)\n');
  });

  it('follows the store’s time zone for days and times', async () => {
    const zoned = { ...env, SVC_DB: join(dir, 'zoned.db') };
    await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem'], { env: zoned });
    await runCli(['import', join(LOGS, 'day1.log'), '--quiet'], { env: zoned });
    await runCli(['import', join(LOGS, 'day2.log'), '--quiet'], { env: zoned });
    // Jerusalem is UTC+2 in March 2026: the calls at 23:58 and 23:59:30 UTC fall on 3 March.
    const result = await runCli(['calls', '--from', '2026-03-03', '--to', '2026-03-03'], { env: zoned });
    expect(cells(result.stdout).slice(1).map((row) => row[0])).toEqual(['2026-03-03 01:58:00', '2026-03-03 01:59:30', '2026-03-03 02:10:00']);
    expect(result.stderr).toBe('3 calls, 2026-03-03 to 2026-03-03 (times in Asia/Jerusalem)\n');
  });

  it('gives Markdown for a page: every call unless --limit says otherwise, the empty case in words', async () => {
    // The first call of fixtures/asterisk-queue-log/day1.log, as the table above shows it.
    expect(await svc('calls', '--format', 'md', '--limit', '1')).toEqual({
      code: 0,
      stdout: [
        '| arrival | queue | agent | customer | outcome | ending | wait s | talk s |',
        '| --- | --- | --- | --- | --- | --- | ---: | ---: |',
        '| 2026-03-02 09:00:05 | support | 1001 | 0501234567 | answered | COMPLETECALLER | 12 | 120 |',
        '',
      ].join('\n'),
      stderr: '1 of 13 calls, 2026-03-02 to 2026-03-08 (times in UTC)\n',
    });
    // Header and rule, then the week's 13 calls.
    expect((await svc('calls', '--format', 'md')).stdout.trimEnd().split('\n')).toHaveLength(2 + 13);
    expect((await svc('calls', '--format', 'md', '--queue', 'nowhere')).stdout).toBe('_No calls match._\n');
  });

  it('says so when nothing matches', async () => {
    const table = await svc('calls', '--from', '2025-01-01', '--to', '2025-01-31');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('No calls match.');
    expect(table.stderr).toBe('0 calls, 2025-01-01 to 2025-01-31 (times in UTC)\n');
    expect((await svc('calls', '--from', '2025-01-01', '--to', '2025-01-31', '--format', 'json')).stdout).toBe('[]\n');
  });

  it('refuses bad options with one line and exit 1', async () => {
    expect(await svc('calls', '--min-wait', 'long')).toEqual({ code: 1, stdout: '', stderr: 'Error: --min-wait must be seconds >= 0, not "long"\n' });
    expect(await svc('calls', '--limit', 'ten')).toEqual({ code: 1, stdout: '', stderr: 'Error: --limit must be a whole number (0 for all), not "ten"\n' });
    const outcome = await svc('calls', '--outcome', 'lost');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^Error: option '--outcome <outcome>' argument 'lost' is invalid\. Allowed choices are answered, abandoned\.\n/);
    expect((await svc('calls', '--daily', '--monthly')).stderr).toBe('Error: choose one period: --daily, --weekly, --monthly or --from/--to\n');
  });
});
