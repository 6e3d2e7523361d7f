import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/db/open.js';
import { rebuildRollups } from '../../../src/db/rollups.js';
import { Zone } from '../../../src/core/time/zone.js';
import { runCli, tempDir } from '../../helpers/cli.js';
import { connection } from '../../../src/db/store.js';

let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db') };
  await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem'], { env });
});
afterEach(() => cleanup());

const at = (instant: string, args: string[]) => runCli(args, { env: { ...env, SVC_NOW: instant } });
/** Monday 2026-11-23 06:00 in Jerusalem: the week checked is 2026-11-16 to 2026-11-22. */
const MONDAY = '2026-11-23T04:00:00Z';

/** Calls written straight into the store (local times in Jerusalem, UTC+2), with their rollups. */
function addCalls(calls: [customer: string, local: string, outcome: 'answered' | 'abandoned', wait: number][]): void {
  const db = openStore(env.SVC_DB!);
  const zone = new Zone('Asia/Jerusalem');
  connection(db).prepare("INSERT INTO imports (id, source, format, started_at) VALUES (1, 'test', 'generic', '2026-11-23T00:00:00Z')").run();
  const insert = connection(db).prepare('INSERT INTO calls (source_key, import_id, customer, arrival_at, local_hour, wait_s, outcome) VALUES (?, 1, ?, ?, ?, ?, ?)');
  calls.forEach(([customer, local, outcome, wait], index) => {
    const arrival = Date.parse(`${local}:00+02:00`) / 1000;
    insert.run(`t${index}`, customer, arrival, zone.localHour(arrival), wait, outcome);
  });
  rebuildRollups(db, { slThresholdS: 20, shortAbandonS: 0, repeatWindowS: 168 * 3600 });
  db.close();
}

async function troubledWeek(): Promise<void> {
  // Calls: answered 2, abandoned 3 → abandon rate 3/5 = 60%. 0501111111 was answered on the
  // 20th, then gave up twice (95 s, 250 s): 2 attempts, last 22nd 18:03, longest 4 min 10 s.
  // 0502222222 gave up, then was answered: nobody to call back.
  addCalls([
    ['0501111111', '2026-11-20T09:00', 'answered', 10],
    ['0501111111', '2026-11-21T18:00', 'abandoned', 95],
    ['0501111111', '2026-11-22T18:03', 'abandoned', 250],
    ['0502222222', '2026-11-21T10:00', 'abandoned', 30],
    ['0502222222', '2026-11-21T11:00', 'answered', 5],
  ]);
  // Commitments due in the week: #1 kept on time, #2 open since its due (20th 23:59:59) → kept rate 1/2;
  // overdue by 2 d 6 h 0 min 1 s at Monday 06:00.
  await at('2026-11-16T08:00:00Z', ['commit', 'add', '--customer', '0505', '--due', '2026-11-19', 'Call back with the quote']);
  await at('2026-11-16T08:00:00Z', ['commit', 'add', '--customer', '0504', '--due', '2026-11-20', 'Replace the router']);
  await at('2026-11-18T08:00:00Z', ['commit', 'keep', '1']);
  // A complaint received Saturday 08:00, never acknowledged: 46 h by Monday 06:00.
  await at('2026-11-21T06:00:00Z', ['complaint', 'add', '--customer', '0503', '--category', 'Delivery', 'Parcel never arrived']);
  for (const [kpi, target] of [['abandon_rate', '<=0.05'], ['complaint_ack_h', '<=24'], ['commit_kept_rate', '>=0.95']]) {
    await runCli(['target', 'set', kpi!, target!], { env });
  }
}

describe('svc check', () => {
  it('is never green on an empty store: no calls is a broken import more often than a quiet phone', async () => {
    expect(await at(MONDAY, ['check', '--fail-on-breach'])).toEqual({
      code: 2,
      stdout: [
        '1 thing needs attention (the week 2026-11-16 to 2026-11-22, Asia/Jerusalem).',
        '',
        'Call data',
        '- No calls between 2026-11-16 and 2026-11-22: the store has no calls at all. Is',
        '  the import running, and does it write to this store (SVC_DB)?',
        '',
      ].join('\n'),
      stderr: '',
    });
    const json = JSON.parse((await at(MONDAY, ['check', '--format', 'json'])).stdout);
    expect([json.attention, json.data_attention]).toEqual([1, [{ kind: 'no-calls', newest_call: null }]]);
  });

  it('says all is well in one line when the period has calls and the newest is fresh', async () => {
    addCalls([['0501', '2026-11-22T20:00', 'answered', 5]]);
    expect(await at(MONDAY, ['check', '--fail-on-breach'])).toEqual({ code: 0, stdout: 'All is well for the week 2026-11-16 to 2026-11-22: nothing needs attention.\n', stderr: '' });
    expect((await at(MONDAY, ['check', '--period', 'daily'])).stdout).toBe('All is well for the day 2026-11-22: nothing needs attention.\n');
  });

  it('needs attention when the newest call is older than stale_after_hours, naming it', async () => {
    // Monday 06:00 is 36 h after Saturday 18:00 (fresh) and 36 h 1 min after 17:59 (stale).
    addCalls([['0501', '2026-11-21T17:59', 'answered', 5]]);
    const result = await at(MONDAY, ['check', '--fail-on-breach']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      [
        '1 thing needs attention (the week 2026-11-16 to 2026-11-22, Asia/Jerusalem).',
        '',
        'Call data',
        '- The newest call in the store is from 2026-11-21 17:59, 36 h ago: older than',
        '  stale_after_hours (36 h). Is the import running?',
        '',
      ].join('\n'),
    );
    // The day checked, the 22nd, has no call either.
    const daily = JSON.parse((await at(MONDAY, ['check', '--period', 'daily', '--format', 'json'])).stdout);
    expect(daily.data_attention).toEqual([
      { kind: 'no-calls', newest_call: '2026-11-21T17:59:00+02:00' },
      { kind: 'stale', newest_call: '2026-11-21T17:59:00+02:00', hours_since: 36 + 1 / 60 },
    ]);
    expect((await at('2026-11-23T03:59:00Z', ['check', '--fail-on-breach'])).code).toBe(0);
    await runCli(['config', 'set', 'stale_after_hours', '37'], { env });
    expect((await at(MONDAY, ['check', '--fail-on-breach'])).code).toBe(0);
  });

  it('lists every kind of trouble in plain text no wider than 80 columns, exit 2 with --fail-on-breach', async () => {
    await troubledWeek();
    const result = await at(MONDAY, ['check', '--fail-on-breach']);
    expect(result).toEqual({
      code: 2,
      stderr: '',
      stdout: [
        '6 things need attention (the week 2026-11-16 to 2026-11-22, Asia/Jerusalem).',
        '',
        'Targets missed, 2026-11-16 to 2026-11-22',
        '- abandon_rate 60.0%, target <= 5%',
        '- complaint_ack_h 46.0 h, target <= 24 h',
        '- commit_kept_rate 50.0%, target >= 95%',
        '',
        'Overdue commitments',
        '- #2 to customer 0504, due 2026-11-20 23:59, overdue by 2 d 6 h: "Replace the',
        '  router"',
        '',
        'Complaints past their target',
        '- #1 from customer 0503 (Delivery, medium), received 2026-11-21 08:00: no',
        '  acknowledgement after 1 d 22 h, target <= 24 h',
        '',
        'Customers to call back (abandoned since 2026-11-16, not answered since)',
        '- 0501111111: 2 attempts, last 2026-11-22 18:03, longest wait 4 min 10 s',
        '',
      ].join('\n'),
    });
    expect(Math.max(...result.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    expect((await at(MONDAY, ['check'])).code).toBe(0);
  });

  it('gives the same findings as one JSON document', async () => {
    await troubledWeek();
    const result = await at(MONDAY, ['check', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.period).toEqual({ from: '2026-11-16', to: '2026-11-22', kind: 'weekly', timezone: 'Asia/Jerusalem' });
    expect(report.attention).toBe(6);
    expect(report.targets_missed).toEqual([
      { kpi: 'abandon_rate', op: '<=', target: 0.05, value: 0.6, met: false },
      { kpi: 'complaint_ack_h', op: '<=', target: 24, value: 46, met: false },
      { kpi: 'commit_kept_rate', op: '>=', target: 0.95, value: 0.5, met: false },
    ]);
    expect(report.overdue_commitments).toEqual([
      { id: 2, customer: '0504', owner: null, promise: 'Replace the router', due: '2026-11-20T23:59:59+02:00', original_due: '2026-11-20T23:59:59+02:00', overdue_s: 2 * 86400 + 6 * 3600 + 1 },
    ]);
    expect(report.overdue_complaints).toMatchObject([{ id: 1, waiting_for: 'acknowledgement', hours: 46, target: { kpi: 'complaint_ack_h', op: '<=', value: 24 } }]);
    expect(report.callbacks).toEqual([
      {
        customer: '0501111111', attempts: 2, first_attempt: '2026-11-21T18:00:00+02:00', last_attempt: '2026-11-22T18:03:00+02:00',
        longest_wait_s: 250, total_wait_s: 345, last_answered: '2026-11-20T09:00:00+02:00',
      },
    ]);
    expect([report.open_recurring_complaints, report.surging_categories]).toEqual([[], []]);
  });

  it('writes markdown for a wiki or a mail client that renders it', async () => {
    await troubledWeek();
    const md = (await at(MONDAY, ['check', '--format', 'md'])).stdout;
    expect(md.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Targets missed, 2026-11-16 to 2026-11-22',
      '## Overdue commitments',
      '## Complaints past their target',
      '## Customers to call back (abandoned since 2026-11-16, not answered since)',
    ]);
    expect(md).toContain('- \\#2 to customer 0504, due 2026-11-20 23:59, overdue by 2 d 6 h: "Replace the router"\n');
  });

  it('lists the customers to call back with svc callbacks', async () => {
    await troubledWeek();
    const csv = await at(MONDAY, ['callbacks', '--format', 'csv']);
    expect(csv.stdout).toBe(
      'customer,attempts,first_attempt,last_attempt,longest_wait_s,total_wait_s,last_answered\n0501111111,2,2026-11-21T18:00:00+02:00,2026-11-22T18:03:00+02:00,250,345,2026-11-20T09:00:00+02:00\n',
    );
    const md = await at(MONDAY, ['callbacks', '--format', 'md']);
    expect(md.stdout.split('\n').slice(0, 3)).toEqual([
      '| customer | attempts | first attempt | last attempt | longest wait | total wait | last answered |',
      '| --- | ---: | --- | --- | ---: | ---: | --- |',
      // 250 s and 345 s, as people read a clock.
      '| 0501111111 | 2 | 2026-11-21 18:00 | 2026-11-22 18:03 | 4:10 | 5:45 | 2026-11-20 09:00 |',
    ]);
    // Since today, Monday the 23rd: no abandoned call today, nobody listed.
    expect((await at(MONDAY, ['callbacks', '--since', 'today'])).stdout).toBe('No one to call back.\n');
    // "last sunday" is the 22nd: the second attempt (22 Nov 18:03) is on it, so the caller is listed.
    expect((await at(MONDAY, ['callbacks', '--since', 'last sunday', '--format', 'csv'])).stdout).toMatch(/^customer,.*\n0501111111,2,/);
    expect(await at(MONDAY, ['callbacks', '--since', 'whenever'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: --since "whenever" is not a date\nHint: use YYYY-MM-DD, today, yesterday, -7d ("7d ago"), or a phrase such as "last monday"\n',
    });
    expect((await at(MONDAY, ['callbacks', '--since', '7d'])).stderr).toBe(
      'Error: --since "7d" does not say whether it is ahead or ago\nHint: write -7d or "7d ago" for seven days ago, +3d or "in 3d" for three days from now (h hours, d days, w weeks)\n',
    );
  });
});
