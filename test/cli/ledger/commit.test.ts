import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/bin.js';
import { runCli, storePerTest } from '../../helpers/cli.js';

const scratch = storePerTest({ now: '2026-11-17T08:00:00Z', timezone: 'Asia/Jerusalem' });
const { env } = scratch;

/** Runs at a given instant (the store's zone is Asia/Jerusalem: UTC+2 in November). */
const at = (instant: string, args: string[]) => runCli(args, { env: { ...env, SVC_NOW: instant } });
const json = async (args: string[], instant = env.SVC_NOW!) => JSON.parse((await at(instant, [...args, '--format', 'json'])).stdout);

async function addRefund() {
  return at('2026-11-17T08:00:00Z', [
    'commit', 'add', '--customer', '0501234567', '--due', '2026-11-19', '--owner', 'dana', '--channel', 'phone', '--call', 'CALL-77', '--by', 'ruth',
    'Refund 120 ILS to the card',
  ]);
}

describe('svc commit add, list and show', () => {
  it('says what it wrote (only the id with --quiet); --by defaults to the operating-system user', async () => {
    // Due by the end of Thursday 19 November 2026, on Jerusalem's clock.
    expect(await addRefund()).toEqual({ code: 0, stdout: 'Commitment #1 to 0501234567, due Thu 19 Nov 23:59\n', stderr: '' });
    expect(await at('2026-11-17T08:00:00Z', ['commit', 'add', '--customer', '0522222222', '--due', '+48h', '--quiet', 'Technician visit'])).toEqual({ code: 0, stdout: '2\n', stderr: '' });
    const list = await json(['commit', 'list']);
    expect(list).toEqual([
      {
        id: 1, customer: '0501234567', due: '2026-11-19T23:59:59+02:00', status: 'open', owner: 'dana', promise: 'Refund 120 ILS to the card',
        original_due: '2026-11-19T23:59:59+02:00', channel: 'phone', call: 'CALL-77', made_at: '2026-11-17T10:00:00+02:00', made_by: 'ruth', ended_at: null, external_id: null,
      },
      {
        // +48h from 10:00 on the 17th
        id: 2, customer: '0522222222', due: '2026-11-19T10:00:00+02:00', status: 'open', owner: null, promise: 'Technician visit',
        original_due: '2026-11-19T10:00:00+02:00', channel: null, call: null, made_at: '2026-11-17T10:00:00+02:00', made_by: userInfo().username, ended_at: null, external_id: null,
      },
    ]);
  });

  it('tells the whole story in order, the original due kept beside the extended one', async () => {
    await addRefund();
    expect((await at('2026-11-18T07:00:00Z', ['commit', 'extend', '1', '--due', '2026-11-21 12:00', '--note', 'waiting for finance', '--by', 'dana'])).stdout).toBe(
      'Commitment #1 extended to Sat 21 Nov 12:00 (originally due Thu 19 Nov 23:59)\n',
    );
    expect((await at('2026-11-18T09:30:00Z', ['commit', 'note', '1', 'customer called to ask', '--by', 'ruth'])).stdout).toBe('Note added to commitment #1\n');
    // 12:00 on the 22nd against the original due, 23:59:59 on the 19th: 2 d 12 h (and a second) late.
    expect((await at('2026-11-22T10:00:00Z', ['commit', 'keep', '1', '--note', 'refund sent', '--by', 'dana'])).stdout).toBe('Commitment #1 kept 2 d 12 h late\n');
    // Kept 2026-11-22 12:00 local; the original due was 2026-11-19 23:59:59: 2 d 12 h late.
    const show = await at('2026-11-23T08:00:00Z', ['commit', 'show', '1']);
    expect(show).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Commitment #1 to customer 0501234567: kept late',
        '',
        'Promised  Refund 120 ILS to the card',
        'Made      2026-11-17 10:00 by ruth (phone, call CALL-77)',
        'Due       2026-11-21 12:00 (originally 2026-11-19 23:59)',
        'Owner     dana',
        '',
        'History',
        'when                by      what',
        '2026-11-17 10:00    ruth    promised, due 2026-11-19 23:59',
        '2026-11-18 09:00    dana    extended to 2026-11-21 12:00: waiting for finance',
        '2026-11-18 11:30    ruth    note: customer called to ask',
        '2026-11-22 12:00    dana    kept 2 d 12 h late: refund sent',
        '',
      ].join('\n'),
    });
    const story = await json(['commit', 'show', '1'], '2026-11-23T08:00:00Z');
    expect(story).toMatchObject({ status: 'kept', kept_on_time: false, late_by_s: 2 * 86400 + 12 * 3600 + 1, due: '2026-11-19T23:59:59+02:00', current_due: '2026-11-21T12:00:00+02:00' });
    expect(story.events.map((event: { kind: string }) => event.kind)).toEqual(['extend', 'note', 'keep']);
  });

  it('shows a table for people', async () => {
    await addRefund();
    const table = await at('2026-11-20T08:00:00Z', ['commit', 'list']);
    const rows = table.stdout.trimEnd().split('\n').map((line) => line.trim().split(/\s{2,}/));
    expect(rows).toEqual([
      ['id', 'customer', 'due', 'status', 'owner', 'promise'],
      ['1', '0501234567', '2026-11-19 23:59', 'overdue', 'dana', 'Refund 120 ILS to the card'],
    ]);
  });
  it('gives the list and the overdue ones as Markdown too, like the other lists', async () => {
    await addRefund();
    const md = [
      '| id | customer | due | status | owner | promise |',
      '| ---: | --- | --- | --- | --- | --- |',
      '| 1 | 0501234567 | 2026-11-19 23:59 | overdue | dana | Refund 120 ILS to the card |',
      '',
    ].join('\n');
    expect(await at('2026-11-20T08:00:00Z', ['commit', 'list', '--format', 'md'])).toEqual({ code: 0, stdout: md, stderr: '' });
    expect(await at('2026-11-20T08:00:00Z', ['commit', 'overdue', '--format', 'md'])).toEqual({ code: 0, stdout: md, stderr: '' });
  });

  it('filters by state, due, customer and owner', async () => {
    await addRefund(); // #1 due Thu 19th 23:59:59, dana
    await at('2026-11-17T08:00:00Z', ['commit', 'add', '--customer', '0522222222', '--due', '2026-11-25', '--owner', 'eli', 'Visit']); // #2
    await at('2026-11-17T08:00:00Z', ['commit', 'add', '--customer', '0501234567', '--due', '2026-11-18 09:00', 'Quote']); // #3
    await at('2026-11-17T09:00:00Z', ['commit', 'cancel', '3', '--note', 'customer bought elsewhere']);
    const ids = async (...filters: string[]) => (await json(['commit', 'list', ...filters], '2026-11-20T08:00:00Z')).map((row: { id: number }) => row.id);
    expect(await ids()).toEqual([1, 2, 3]);
    expect(await ids('--open')).toEqual([1, 2]);
    expect(await ids('--overdue')).toEqual([1]);
    // Before Monday 23rd 00:00 (3 days after Friday 20th): #1 and the cancelled #3.
    expect(await ids('--due-before', '+3d')).toEqual([1, 3]);
    expect(await ids('--due-before', '2026-11-26')).toEqual([1, 2, 3]);
    expect(await ids('--customer', '0501234567', '--open')).toEqual([1]);
    expect(await ids('--owner', 'eli')).toEqual([2]);
  });
});

describe('svc commit: changes that do not fit, and bad input', () => {
  const eventCount = async () => (await json(['commit', 'show', '1'])).events.length;

  it('refuses a change dated before the entries it follows (a clock set back), and writes nothing', async () => {
    await addRefund();
    await at('2026-11-18T08:00:00Z', ['commit', 'note', '1', 'customer called']);
    // The note is at 10:00 Jerusalem time on the 18th; a clock showing the 17th, 12:00 is behind it.
    expect(await at('2026-11-17T10:00:00Z', ['commit', 'keep', '1'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "Error: commitment 1 already has an entry at 2026-11-18 10:00, after this computer's clock (2026-11-17 12:00)\n" +
        'Hint: check the system clock (or SVC_NOW); a ledger entry cannot be dated before the ones it follows\n',
    });
    expect(await eventCount()).toBe(1);
    expect((await at('2026-11-18T08:00:00Z', ['commit', 'keep', '1'])).code).toBe(0);
  });

  it('refuses with one line, exit 1, and writes nothing', async () => {
    await addRefund();
    await at('2026-11-18T08:00:00Z', ['commit', 'break', '1', '--note', 'bank refused']);
    const cases: [string[], string][] = [
      [['commit', 'keep', '1'], 'Error: commitment 1 is broken: it cannot be kept now\nHint: a broken commitment is final; add a note instead: svc commit note 1 TEXT\n'],
      [['commit', 'extend', '1', '--due', '+3d', '--note', 'x'], 'Error: commitment 1 is broken: it cannot be extended now\nHint: a broken commitment is final; add a note instead: svc commit note 1 TEXT\n'],
      [['commit', 'keep', '7'], 'Error: no commitment 7\nHint: svc commit list shows the ids\n'],
      [['commit', 'keep', 'abc'], 'Error: "abc" is not a commitment id\nHint: ids are whole numbers; svc commit list shows them\n'],
      [['commit', 'break', '1', '--note', '   '], 'Error: --note is empty\n'],
    ];
    for (const [args, stderr] of cases) expect(await at('2026-11-18T09:00:00Z', args)).toEqual({ code: 1, stdout: '', stderr });
    expect(await eventCount()).toBe(1);
  });

  it('refuses a bad new commitment and stores nothing', async () => {
    const cases: [string[], string][] = [
      [['--customer', '1', '--due', 'tomorrow', '  '], 'Error: the promise is empty\n'],
      [['--customer', '1', '--due', 'someday', 'x'], 'Error: --due "someday" is not a date or time\nHint: use YYYY-MM-DD, YYYY-MM-DD HH:MM, an ISO instant, today, tomorrow, yesterday, +3d ("in 3d"), -2w ("2w ago"), +48h, or a phrase such as "next friday 17:00"\n'],
      [['--customer', '1', '--due', '2026-11-16', 'x'], 'Error: --due "2026-11-16" is before the promise was made\n'],
      [['--customer', ' ', '--due', 'tomorrow', 'x'], 'Error: --customer is missing\n'],
      [['--customer', '1', '--due', 'tomorrow', '--channel', 'fax', 'x'], "Error: option '--channel <channel>' argument 'fax' is invalid. Allowed choices are phone, email, chat, visit, other.\nHint: usage: svc commit add [options] <promise> (`svc commit add --help` for more)\n"],
      [['--due', 'tomorrow', 'x'], "Error: required option '--customer <id>' not specified\nHint: usage: svc commit add [options] <promise> (`svc commit add --help` for more)\n"],
    ];
    for (const [args, stderr] of cases) expect(await runCli(['commit', 'add', ...args], { env })).toEqual({ code: 1, stdout: '', stderr });
    expect(await json(['commit', 'list'])).toEqual([]);
  });
});

describe('svc commit overdue and stats', () => {
  it('exits 2 with --fail-on-breach only while something is overdue', async () => {
    await addRefund();
    expect(await at('2026-11-19T08:00:00Z', ['commit', 'overdue', '--fail-on-breach'])).toEqual({ code: 0, stdout: 'No overdue commitments.\n', stderr: '' });
    const late = await at('2026-11-20T08:00:00Z', ['commit', 'overdue', '--fail-on-breach', '--format', 'csv']);
    expect(late.code).toBe(2);
    expect(late.stdout.split('\n')[1]).toBe('1,0501234567,2026-11-19T23:59:59+02:00,overdue,dana,Refund 120 ILS to the card,2026-11-19T23:59:59+02:00,phone,CALL-77,2026-11-17T10:00:00+02:00,ruth,,');
    expect((await at('2026-11-20T08:00:00Z', ['commit', 'overdue'])).code).toBe(0);
  });

  it('measures the last complete week', async () => {
    // Week 2026-11-16..22 local. #1 due 19th 23:59:59, kept 21st 10:00 (34 h 0 min 1 s late);
    // #2 due 18th 12:00, kept 18th 11:00 (on time); #3 due 20th, broken; #4 due 30th (next week).
    await addRefund();
    await at('2026-11-17T08:00:00Z', ['commit', 'add', '--customer', '2', '--due', '2026-11-18 12:00', '--owner', 'eli', 'b']);
    await at('2026-11-17T08:00:00Z', ['commit', 'add', '--customer', '3', '--due', '2026-11-20', '--owner', 'eli', 'c']);
    await at('2026-11-17T08:00:00Z', ['commit', 'add', '--customer', '4', '--due', '2026-11-30', 'd']);
    await at('2026-11-18T09:00:00Z', ['commit', 'keep', '2']);
    await at('2026-11-20T09:00:00Z', ['commit', 'break', '3', '--note', 'no stock']);
    await at('2026-11-21T08:00:00Z', ['commit', 'keep', '1']);
    const stats = await json(['commit', 'stats', '--by', 'owner'], '2026-11-23T08:00:00Z');
    expect(stats.period).toEqual({ from: '2026-11-16', to: '2026-11-22', timezone: 'Asia/Jerusalem' });
    expect(stats.totals).toEqual({
      made: 4, due: 3, kept_on_time: 1, kept_late: 1, broken: 1, cancelled: 0, open: 0, overdue: 0,
      kept_rate: 1 / 3, lateness_mean_h: 34 + 1 / 3600, lateness_median_h: 34 + 1 / 3600,
      // Every entry was written when it is dated (this computer's clock reads SVC_NOW).
      back_dated: 0,
    });
    // #4 has no owner: its group is keyed null (unknown), last, as in svc report --by.
    expect(stats.groups.map((group: { key: { owner: string | null }; values: { due: number } }) => [group.key.owner, group.values.due])).toEqual([
      ['dana', 1],
      ['eli', 2],
      [null, 0],
    ]);
    const byOwner = await at('2026-11-23T08:00:00Z', ['commit', 'stats', '--by', 'owner']);
    expect(byOwner.stdout.split('\n')[0]!.trim().split(/\s+/)).toEqual(['measure', 'dana', 'eli', '(unknown)', 'all']);
    const csv = await at('2026-11-23T08:00:00Z', ['commit', 'stats', '--by', 'owner', '--format', 'csv']);
    // due: dana #1, eli #2 and #3, no owner none (#4 is due next week); all 3.
    expect(csv.stdout.split('\n').slice(0, 3)).toEqual(['measure,dana,eli,,all', 'made,1,2,1,4', 'due,1,2,0,3']);
    const table = await at('2026-11-23T08:00:00Z', ['commit', 'stats']);
    expect(table.stderr).toBe('Commitments due 2026-11-16 to 2026-11-22 (Asia/Jerusalem); "made" counts those made in the period\n');
    expect(table.stdout.split('\n').map((line) => line.trim().split(/\s+/))).toContainEqual(['kept_rate', '0.333']);
  });
});

describe('svc commit import', () => {
  const file = 'ledger/commitments.csv';
  const importIt = (...extra: string[]) => runCli(['commit', 'import', file, ...extra], { env: { ...env, SVC_NOW: '2026-11-23T08:00:00Z' }, cwd: FIXTURES });
  const rejected = [
    'ledger/commitments.csv:4: due "next week" is not a date or time',
    'ledger/commitments.csv:5: customer is missing',
    'ledger/commitments.csv:6: unknown channel "fax": use one of phone, email, chat, visit, other',
    'ledger/commitments.csv:8: due "2026-11-16" is before the promise was made',
  ];

  it('keeps good rows, reports bad ones with file:line, and adds nothing the second time', async () => {
    expect(await importIt()).toEqual({ code: 0, stdout: '', stderr: [...rejected, 'ledger/commitments.csv: 2 inserted, 0 duplicates, 4 rejected', ''].join('\n') });
    expect(await importIt()).toEqual({ code: 0, stdout: '', stderr: [...rejected, 'ledger/commitments.csv: 0 inserted, 2 duplicates, 4 rejected', ''].join('\n') });
    const list = await json(['commit', 'list'], '2026-11-23T08:00:00Z');
    expect(list.map((row: Record<string, string>) => [row.external_id, row.promise, row.due, row.made_at, row.status])).toEqual([
      ['P-1', 'Refund 120 ILS, to the card', '2026-11-20T23:59:59+02:00', '2026-11-17T09:30:00+02:00', 'overdue'],
      ['P-2', 'Technician visit between 14:00 and 17:00', '2026-11-19T17:00:00+02:00', '2026-11-17T11:00:00+02:00', 'overdue'],
    ]);
  });

  it('writes the rejected rows to --rejects as svc import does: each row as it came, then file:line and the reason', async () => {
    const rejects = join(scratch.dir, 'rejects.csv');
    await importIt('--rejects', rejects);
    expect(readFileSync(rejects, 'utf8')).toBe(
      [
        'external_id,customer,due,promise,owner,channel,made_at,reject_reason',
        'P-3,0533333333,next week,Call back with the quote,dana,phone,2026-11-17 12:00,"ledger/commitments.csv:4: due ""next week"" is not a date or time"',
        'P-4,,2026-11-21,Send the contract,dana,email,2026-11-17 12:30,ledger/commitments.csv:5: customer is missing',
        'P-5,0544444444,2026-11-21,"Replace the router\nand check the line",eli,fax,2026-11-17 13:00,"ledger/commitments.csv:6: unknown channel ""fax"": use one of phone, email, chat, visit, other"',
        'P-6,0555555555,2026-11-16,Deliver the form,eli,email,2026-11-17 14:00,"ledger/commitments.csv:8: due ""2026-11-16"" is before the promise was made"',
        '',
      ].join('\n'),
    );
  });

  it('refuses the whole file with --strict: exit 3, nothing written', async () => {
    const rejects = join(scratch.dir, 'none.csv');
    expect(await importIt('--strict')).toEqual({ code: 3, stdout: '', stderr: 'Error: ledger/commitments.csv:4: due "next week" is not a date or time (--strict: nothing imported)\n' });
    expect(await json(['commit', 'list'])).toEqual([]);
    expect(existsSync(rejects)).toBe(false);
  });

  it('warns that a file without external_id would be recorded again if imported again', async () => {
    writeFileSync(join(scratch.dir, 'promises.csv'), 'customer,due,promise\n0501,2026-11-30,Call back with the quote\n');
    const warning = 'Warning: promises.csv has no external_id column, so importing it again would record its rows again; add one to make imports safe to repeat\n';
    expect(await runCli(['commit', 'import', 'promises.csv'], { env, cwd: scratch.dir })).toEqual({ code: 0, stdout: '', stderr: `promises.csv: 1 inserted, 0 duplicates, 0 rejected\n${warning}` });
    expect((await runCli(['complaint', 'import', 'promises.csv'], { env, cwd: scratch.dir })).stderr).not.toContain('Warning');
    writeFileSync(join(scratch.dir, 'complaints.csv'), 'customer,category,description\n0501,Billing,Charged twice\n');
    expect((await runCli(['complaint', 'import', 'complaints.csv'], { env, cwd: scratch.dir })).stderr).toBe(`complaints.csv: 1 inserted, 0 duplicates, 0 rejected\n${warning.replace('promises.csv', 'complaints.csv')}`);
  });

  it('reads a ledger file as svc import reads a call log: its delimiter found, headers folded, a row with a broken quote rejected alone', async () => {
    // Line 1 the header (semicolons, "External ID" for external_id); line 2 good; line 3 a quote
    // that never closes on its line, read up to the end of the file as svc import does.
    writeFileSync(join(scratch.dir, 'promises.csv'), 'External ID;Customer;Due;Promise\nP-1;0501;2026-11-30;Call back\nP-2;0502;2026-11-30;"Send the form\n');
    const result = await runCli(['commit', 'import', 'promises.csv'], { env, cwd: scratch.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^promises\.csv:3: not valid CSV: .*\npromises\.csv: 1 inserted, 0 duplicates, 1 rejected\n$/);
    expect((await json(['commit', 'list'])).map((row: Record<string, string>) => [row.external_id, row.promise])).toEqual([['P-1', 'Call back']]);
  });

  it('refuses a file without the needed columns, or no file at all', async () => {
    const result = await runCli(['commit', 'import', 'ledger/complaints.csv'], { env, cwd: FIXTURES });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: ledger/complaints.csv: no "due", "promise" column\nHint: the header must name customer, due, promise; it may also name external_id, owner, call, channel, by, made_at\n',
    });
    expect(await runCli(['commit', 'import', 'nope.csv'], { env, cwd: scratch.dir })).toEqual({ code: 1, stdout: '', stderr: 'Error: cannot read nope.csv: no such file\n' });
  });
});
