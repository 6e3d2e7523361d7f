import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/bin.js';
import { runCli, storePerTest } from '../../helpers/cli.js';

const { env } = storePerTest({ timezone: 'Asia/Jerusalem' });

/** Runs at an instant; the store's zone is Asia/Jerusalem (UTC+2 in November). */
const at = (instant: string, args: string[]) => runCli(args, { env: { ...env, SVC_NOW: instant } });
const json = async (instant: string, args: string[]) => JSON.parse((await at(instant, [...args, '--format', 'json'])).stdout);

describe('svc complaint: the ISO 10002 path', () => {
  it('records, acknowledges, assigns, resolves, reopens, resolves and closes, and shows it all in order', async () => {
    const add = await at('2026-11-16T07:00:00Z', [
      'complaint', 'add', '--customer', '0501234567', '--category', 'Billing', '--severity', 'high', '--channel', 'phone',
      '--remedy', 'refund the second charge', '--by', 'ruth', 'I was charged twice for November',
    ]);
    // Received 07:00 UTC = 09:00 in Jerusalem on Monday 16 November 2026.
    expect(add).toEqual({ code: 0, stdout: 'Complaint #1 from 0501234567 (Billing, high), received Mon 16 Nov 09:00\n', stderr: '' });
    const steps: [string, string[], string][] = [
      ['2026-11-16T09:00:00Z', ['ack', '1', '--by', 'ruth'], 'Complaint #1 acknowledged after 2 h\n'],
      ['2026-11-16T09:05:00Z', ['assign', '1', '--to', 'dana', '--by', 'ruth'], 'Complaint #1 assigned to dana\n'],
      // 16th 07:00 to 17th 12:00 UTC: 29 h.
      ['2026-11-17T12:00:00Z', ['resolve', '1', '--resolution', 'second charge refunded', '--root-cause', 'double posting', '--by', 'dana'], 'Complaint #1 resolved after 1 d 5 h\n'],
      ['2026-11-18T08:00:00Z', ['reopen', '1', '--note', 'refund not received', '--by', 'ruth'], 'Complaint #1 reopened\n'],
      // 16th 07:00 to 18th 10:00 UTC: 51 h, always counted from receipt.
      ['2026-11-18T10:00:00Z', ['resolve', '1', '--resolution', 'refund re-sent by transfer', '--by', 'dana'], 'Complaint #1 resolved after 2 d 3 h\n'],
      ['2026-11-19T10:00:00Z', ['close', '1', '--note', 'customer confirmed', '--by', 'dana'], 'Complaint #1 closed\n'],
      ['2026-11-19T10:01:00Z', ['note', '1', 'thanked us', '--by', 'ruth'], 'Note added to complaint #1\n'],
    ];
    for (const [instant, args, stdout] of steps) expect(await at(instant, ['complaint', ...args])).toEqual({ code: 0, stdout, stderr: '' });
    expect((await at('2026-11-20T08:00:00Z', ['complaint', 'show', '1'])).stdout).toBe(
      [
        'Complaint #1 from customer 0501234567: closed',
        '',
        'Category    Billing (high)',
        'Complaint   I was charged twice for November',
        'Asks for    refund the second charge',
        'Received    2026-11-16 09:00 (phone), recorded by ruth',
        'Owner       dana',
        'Resolution  refund re-sent by transfer',
        '',
        'History',
        'when                by      what',
        '2026-11-16 09:00    ruth    received',
        '2026-11-16 11:00    ruth    acknowledged',
        '2026-11-16 11:05    ruth    assigned to dana',
        '2026-11-17 14:00    dana    resolved: second charge refunded (root cause: double posting)',
        '2026-11-18 10:00    ruth    reopened: refund not received',
        '2026-11-18 12:00    dana    resolved: refund re-sent by transfer',
        '2026-11-19 12:00    dana    closed: customer confirmed',
        '2026-11-19 12:01    ruth    note: thanked us',
        '',
      ].join('\n'),
    );
    const shown = await json('2026-11-20T08:00:00Z', ['complaint', 'show', '1']);
    expect(shown).toMatchObject({ status: 'closed', acknowledged_at: '2026-11-16T11:00:00+02:00', resolved_at: '2026-11-18T12:00:00+02:00', closed_at: '2026-11-19T12:00:00+02:00', root_cause: null });
  });

  it('refuses a change dated before the complaint was received (a clock set back), and writes nothing', async () => {
    await at('2026-11-20T08:00:00Z', ['complaint', 'add', '--customer', '1', '--category', 'Billing', 'x']);
    expect(await at('2026-11-19T08:00:00Z', ['complaint', 'ack', '1'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "Error: complaint 1 already has an entry at 2026-11-20 10:00, after this computer's clock (2026-11-19 10:00)\n" +
        'Hint: check the system clock (or SVC_NOW); a ledger entry cannot be dated before the ones it follows\n',
    });
    expect((await json('2026-11-20T08:00:00Z', ['complaint', 'show', '1'])).events).toEqual([]);
  });

  it('refuses what does not fit or is not valid with one line, exit 1, nothing written', async () => {
    await at('2026-11-16T07:00:00Z', ['complaint', 'add', '--customer', '1', '--category', 'Billing', 'x']);
    await at('2026-11-16T08:00:00Z', ['complaint', 'resolve', '1', '--resolution', 'done']);
    await at('2026-11-16T09:00:00Z', ['complaint', 'close', '1']);
    const cases: [string[], string][] = [
      [['ack', '1'], 'Error: complaint 1 is closed: it cannot be acknowledged\nHint: a closed complaint is final; if the customer complains again, add a new complaint (it is flagged as recurring)\n'],
      [['reopen', '1', '--note', 'x'], 'Error: complaint 1 is closed: it cannot be reopened\nHint: a closed complaint is final; if the customer complains again, add a new complaint (it is flagged as recurring)\n'],
      [['ack', '9'], 'Error: no complaint 9\nHint: svc complaint list shows the ids\n'],
      [['add', '--customer', '1', '--category', 'x', '--severity', 'urgent', 'y'], "Error: option '--severity <severity>' argument 'urgent' is invalid. Allowed choices are low, medium, high, critical.\nHint: usage: svc complaint add [options] <description> (`svc complaint add --help` for more)\n"],
      [['add', '--customer', '1', '--category', 'x', '--channel', 'pigeon', 'y'], "Error: option '--channel <channel>' argument 'pigeon' is invalid. Allowed choices are phone, email, chat, visit, other.\nHint: usage: svc complaint add [options] <description> (`svc complaint add --help` for more)\n"],
      [['add', '--customer', '1', '--category', 'x', ''], 'Error: the description is empty\n'],
      [['add', '--customer', '1', '--category', '  ', 'y'], 'Error: --category is missing\n'],
      [['resolve', '1', '--resolution', ' '], 'Error: --resolution is empty\n'],
    ];
    for (const [args, stderr] of cases) expect(await at('2026-11-16T10:00:00Z', ['complaint', ...args])).toEqual({ code: 1, stdout: '', stderr });
    const list = await json('2026-11-16T10:00:00Z', ['complaint', 'list']);
    expect(list).toHaveLength(1);
    expect((await json('2026-11-16T10:00:00Z', ['complaint', 'show', '1'])).events.map((event: { kind: string }) => event.kind)).toEqual(['resolve', 'close']);
  });
});

describe('svc complaint add --help', () => {
  it('says which options must be given', async () => {
    const help = (await runCli(['complaint', 'add', '--help'], { env })).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--customer <id> who complained (required)');
    expect(help).toContain('--category <category> what it is about (required; matched case- and space-insensitively)');
    expect(help).toContain('--remedy <text> what the customer asks for --at <when> when it was received, if before now');
  });
});

describe('svc complaint list, categories, recurring and import', () => {
  const importFixture = () => runCli(['complaint', 'import', 'ledger/complaints.csv'], { env: { ...env, SVC_NOW: '2026-11-23T08:00:00Z' }, cwd: FIXTURES });

  it('imports with file:line rejects and idempotence on external_id', async () => {
    const reasons = [
      'ledger/complaints.csv:4: unknown severity "urgent": use one of low, medium, high, critical',
      'ledger/complaints.csv:5: description is empty',
      'ledger/complaints.csv:6: received_at "2026-11-30 12:00" is in the future',
    ];
    expect(await importFixture()).toEqual({ code: 0, stdout: '', stderr: [...reasons, 'ledger/complaints.csv: 2 inserted, 0 duplicates, 3 rejected', ''].join('\n') });
    expect((await importFixture()).stderr).toContain('ledger/complaints.csv: 0 inserted, 2 duplicates, 3 rejected\n');
  });

  it('flags the recurring complaint and filters by status, category, severity, period and recurrence', async () => {
    await importFixture();
    await at('2026-11-23T08:00:00Z', ['complaint', 'add', '--customer', '0599', '--category', 'DELIVERY', '--severity', 'low', 'late']);
    const ids = async (...filters: string[]) => (await json('2026-11-23T08:00:00Z', ['complaint', 'list', ...filters])).map((row: { id: number }) => row.id);
    expect(await ids()).toEqual([1, 2, 3]);
    expect(await ids('--recurring')).toEqual([2]);
    expect(await ids('--category', 'billing')).toEqual([1, 2]);
    expect(await ids('--category', '  Delivery ')).toEqual([3]);
    expect(await ids('--severity', 'critical')).toEqual([2]);
    expect(await ids('--status', 'open', '--from', '2026-11-17', '--to', '2026-11-22')).toEqual([2]);
    expect(await ids('--from', '2026-11-23')).toEqual([3]);
    const [recurring] = await json('2026-11-23T08:00:00Z', ['complaint', 'list', '--recurring']);
    // Written "billing", shown as its category was first written (#1: "Billing"), as categories and stats show it.
    expect(recurring).toMatchObject({ recurring: true, previous: 1, category: 'Billing', severity: 'critical', received_at: '2026-11-18T10:00:00+02:00' });
    const shown = await at('2026-11-23T08:00:00Z', ['complaint', 'show', '2']);
    expect(shown.stdout.split('\n')[2]).toBe('Category   Billing (critical; written "billing")');
    expect(await json('2026-11-23T08:00:00Z', ['complaint', 'show', '2'])).toMatchObject({ category: 'Billing', category_as_written: 'billing' });
  });

  it('counts categories case- and space-insensitively, named as first written', async () => {
    await importFixture();
    await at('2026-11-23T08:00:00Z', ['complaint', 'add', '--customer', '0599', '--category', 'DELIVERY', 'late']);
    expect(await json('2026-11-23T08:00:00Z', ['complaint', 'categories'])).toEqual([
      { category: 'Billing', complaints: 2, open: 2, last_received: '2026-11-18T10:00:00+02:00' },
      { category: 'DELIVERY', complaints: 1, open: 1, last_received: '2026-11-23T10:00:00+02:00' },
    ]);
  });

  it('lists recurring complaints and surging categories', async () => {
    await importFixture();
    // The ledger begins with the fixture, on the 16th: no history, so two Billing complaints are no surge.
    const young = await json('2026-11-22T08:00:00Z', ['complaint', 'recurring']);
    expect(young.complaints.map((c: { id: number }) => c.id)).toEqual([2]);
    expect(young.surging).toEqual([]);
    // A complaint of another category on 1 September starts the ledger 10 weeks earlier: 8 whole weeks of history.
    await at('2026-09-01T07:00:00Z', ['complaint', 'add', '--customer', '0509', '--category', 'Delivery', 'Late parcel']);
    // On Sunday 22nd 10:00 Billing has 2 in the last 7 days (16th 09:00, 18th 10:00) and none in
    // the 8 weeks before: λ read as 1/8, P(X ≥ 2) = 1 − e^−0.125 · 1.125 = 0.0072 < 0.01.
    const recurring = await json('2026-11-22T08:00:00Z', ['complaint', 'recurring']);
    expect(recurring.recurring_days).toBe(30);
    expect(recurring.complaints.map((c: { id: number }) => c.id)).toEqual([2]);
    expect(recurring.surging).toHaveLength(1);
    expect(recurring.surging[0]).toMatchObject({ category: 'Billing', last_7_days: 2, weekly_mean: 0, history_weeks: 8 });
    // svc check names the weeks: 8 weeks back from the start of the last 7 days (15th 10:00:01 local),
    // so from 20 September 11:00 (UTC+3 until late October).
    const check = (await at('2026-11-22T08:00:00Z', ['check'])).stdout.replace(/\n {2}/g, ' ');
    expect(check).toContain('- Billing: 2 in the last 7 days against 0.00 a week in the 8 weeks from 2026-09-20 11:00 to 2026-11-15 10:00, P = 0.0072\n');
    expect(recurring.surging[0].p_value).toBeCloseTo(1 - Math.exp(-0.125) * 1.125, 12);
    // A day later the 16th is more than 7 days back: one in the week, one in the baseline → P(X ≥ 1 | 1/8) = 0.1175.
    expect((await json('2026-11-23T08:00:00Z', ['complaint', 'recurring'])).surging).toEqual([]);
  });

  it('gives the list, the categories and the recurring ones as Markdown too', async () => {
    await importFixture();
    const recurringRow = '| 2 | 2026-11-18 10:00 | 0501234567 | Billing | critical | received | after #1 |  | Charged twice again, after the refund |';
    expect((await at('2026-11-22T08:00:00Z', ['complaint', 'recurring', '--format', 'md'])).stdout).toBe(
      [
        '## Recurring complaints (same customer, same category within 30 days)',
        '',
        '| id | received | customer | category | severity | status | recurring | owner | description |',
        '| ---: | --- | --- | --- | --- | --- | --- | --- | --- |',
        recurringRow,
        '',
        // The document's Markdown escapes < so that no viewer takes it for markup.
        '## Surging categories (last 7 days; Poisson upper tail against up to 8 weeks before, P \\< 0.01)',
        '',
        // The ledger begins on the 16th: no weeks of history to surge against.
        '_None._',
        '',
      ].join('\n'),
    );
    expect((await at('2026-11-22T08:00:00Z', ['complaint', 'list', '--recurring', '--format', 'md'])).stdout.split('\n')[2]).toBe(recurringRow);
    expect((await at('2026-11-22T08:00:00Z', ['complaint', 'categories', '--format', 'md'])).stdout).toBe(
      ['| category | complaints | open | last received |', '| --- | ---: | ---: | --- |', '| Billing | 2 | 2 | 2026-11-18 10:00 |', ''].join('\n'),
    );
  });

  it('gives the recurring complaints as CSV, one per row, and as a table', async () => {
    await importFixture();
    const csv = await at('2026-11-22T08:00:00Z', ['complaint', 'recurring', '--format', 'csv']);
    // K-2 (line 3 of the fixture) follows K-1 for the same customer and category; recorded by whoever imported it.
    expect(csv).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'id,received_at,customer,category,severity,status,recurring,owner,previous,channel,call,acknowledged_at,resolved_at,closed_at,description,remedy,recorded_by,external_id',
        `2,2026-11-18T10:00:00+02:00,0501234567,Billing,critical,received,yes,,1,email,,,,,"Charged twice again, after the refund",,${userInfo().username},K-2`,
        '',
      ].join('\n'),
    });
    const table = (await at('2026-11-22T08:00:00Z', ['complaint', 'recurring'])).stdout.split('\n');
    expect(table[0]).toBe('Recurring complaints (same customer, same category within 30 days)');
    expect(table[2]!.trim().split(/\s{2,}/)).toEqual(['id', 'received', 'customer', 'category', 'severity', 'status', 'recurring', 'owner', 'description']);
    expect(table[3]!.trim().split(/\s{2,}/).slice(0, 7)).toEqual(['2', '2026-11-18 10:00', '0501234567', 'Billing', 'critical', 'received', 'after #1']);
    expect(table.slice(-4)).toEqual(['Surging categories (last 7 days; Poisson upper tail against up to 8 weeks before, P < 0.01)', '', 'None.', '']);
  });

  it('gives the stats of the last complete week with the Pareto of categories', async () => {
    await importFixture();
    // K-1 received Mon 16th 09:00, acknowledged Mon 16th 21:00 (12 h), resolved Tue 17th 09:00 (24 h).
    // K-2 received Wed 18th 10:00, still open at the week's end (Sun 22nd 24:00): backlog 1, age 110 h.
    await at('2026-11-16T19:00:00Z', ['complaint', 'ack', '1']);
    await at('2026-11-17T07:00:00Z', ['complaint', 'resolve', '1', '--resolution', 'refunded']);
    await runCli(['target', 'set', 'complaint_ack_h', '<=24'], { env });
    const stats = await json('2026-11-23T08:00:00Z', ['complaint', 'stats']);
    expect(stats.totals).toMatchObject({
      received: 2, acknowledged: 1, resolved: 1, open: 1, recurring: 1,
      ack_mean_h: 12, ack_median_h: 12, resolve_mean_h: 24,
      // K-1 met (12 h); K-2 not acknowledged after 118 h by now: missed → 1/2.
      ack_within_target: 0.5, resolve_within_target: null,
      backlog: 1, backlog_age_mean_h: 110, backlog_age_max_h: 110,
    });
    expect(stats.categories).toEqual([{ category: 'Billing', count: 2, share: 1, cumulative_share: 1 }]);
  });
});
