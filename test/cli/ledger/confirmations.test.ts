import { describe, expect, it } from 'vitest';
import { runCli, storePerTest } from '../../helpers/cli.js';

const { env } = storePerTest({ now: '2026-11-17T08:00:00Z', timezone: 'Asia/Jerusalem' });

const at = (instant: string, args: string[]) => runCli(args, { env: { ...env, SVC_NOW: instant } });
const now = (args: string[]) => at(env.SVC_NOW!, args);

describe('writes say what they did', () => {
  it('a promise: its customer and due with the weekday; the year only when it is not this one', async () => {
    expect((await now(['commit', 'add', '--customer', '+972541234567', '--due', '2026-11-17', 'Call back'])).stdout).toBe('Commitment #1 to +972541234567, due Tue 17 Nov 23:59\n');
    // 1 January 2027 is a Friday.
    expect((await now(['commit', 'add', '--customer', '0501', '--due', '2027-01-01 09:30', 'Visit'])).stdout).toBe('Commitment #2 to 0501, due Fri 1 Jan 2027 09:30\n');
  });

  it('--quiet prints the bare id of a new entry and nothing for a change; --format json the id and the fields', async () => {
    expect(await now(['commit', 'add', '--customer', '0501', '--due', 'tomorrow', '-q', 'Refund'])).toEqual({ code: 0, stdout: '1\n', stderr: '' });
    expect(await now(['complaint', 'add', '--customer', '0501', '--category', 'billing', '--quiet', 'Charged twice'])).toEqual({ code: 0, stdout: '1\n', stderr: '' });
    expect(await now(['commit', 'keep', '1', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await now(['complaint', 'ack', '1', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });

    const added = JSON.parse((await now(['commit', 'add', '--customer', '0502', '--due', '2026-11-20', '--format', 'json', 'Technician'])).stdout);
    expect(added).toMatchObject({ id: 2, customer: '0502', promise: 'Technician', due: '2026-11-20T23:59:59+02:00', status: 'open', events: [] });
    const kept = JSON.parse((await now(['commit', 'keep', '2', '--format', 'json'])).stdout);
    expect(kept).toMatchObject({ id: 2, status: 'kept', kept_on_time: true, events: [{ kind: 'keep', at: '2026-11-17T10:00:00+02:00' }] });
    // JSON is for programs: --quiet does not take it away.
    const complaint = JSON.parse((await now(['complaint', 'add', '--customer', '0503', '--category', 'Delivery', '--severity', 'critical', '--format', 'json', '-q', 'Late'])).stdout);
    expect(complaint).toMatchObject({ id: 2, customer: '0503', category: 'Delivery', severity: 'critical', status: 'received', received_at: '2026-11-17T10:00:00+02:00' });
  });

  it('a complaint that recurs says after which one', async () => {
    await now(['complaint', 'add', '--customer', '0501', '--category', 'Billing', 'Charged twice']);
    expect((await at('2026-11-18T08:00:00Z', ['complaint', 'add', '--customer', '0501', '--category', ' billing ', '--severity', 'low', 'Charged twice again'])).stdout).toBe(
      'Complaint #2 from 0501 (Billing, low), received Wed 18 Nov 10:00; it recurs after #1\n',
    );
  });

  it('what was typed cannot reach the terminal as a control sequence or a second line', async () => {
    const typed = await now(['commit', 'add', '--customer', '05\x1b[2J01\nFAKE', '--due', '2026-11-18', 'x']);
    expect(typed.stdout).toBe('Commitment #1 to 05\\x1b[2J01 FAKE, due Wed 18 Nov 23:59\n');
    expect(JSON.parse((await now(['commit', 'show', '1', '--format', 'json'])).stdout).customer).toBe('05\x1b[2J01\nFAKE');
  });

  it('settings and targets: the sentence, the fields in JSON, nothing with --quiet', async () => {
    expect(await now(['config', 'set', 'week_start', 'sunday'])).toEqual({ code: 0, stdout: 'week_start is now sunday\n', stderr: '' });
    expect(JSON.parse((await now(['config', 'set', 'sl_threshold_s', '30', '--format', 'json'])).stdout)).toEqual({ key: 'sl_threshold_s', value: 30 });
    expect(await now(['config', 'set', 'sl_threshold_s', '20', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse((await now(['target', 'set', 'service_level', '>=80%', '--format', 'json'])).stdout)).toEqual({ kpi: 'service_level', op: '>=', value: 0.8 });
    expect(JSON.parse((await now(['target', 'rm', 'service_level', '--format', 'json'])).stdout)).toEqual({ kpi: 'service_level', removed: true });
  });

  it('an event in the store zone with its weekday, and its instants with offset in JSON', async () => {
    // 2026-11-10 is a Tuesday; Jerusalem is UTC+2 in November.
    expect((await now(['event', 'add', '--from', '2026-11-10 09:00', '--to', '2026-11-10 11:30', '--kind', 'outage', 'Lines down'])).stdout).toBe(
      'Event #1 (outage) from Tue 10 Nov 09:00 to Tue 10 Nov 11:30\n',
    );
    expect(JSON.parse((await now(['event', 'add', '--from', '2026-11-11 08:00', '--to', '2026-11-11 09:00', '--kind', 'system', '--format', 'json', 'CRM down'])).stdout)).toEqual({
      id: 2,
      kind: 'system',
      from: '2026-11-11T08:00:00+02:00',
      to: '2026-11-11T09:00:00+02:00',
      what: 'CRM down',
    });
    expect((await now(['event', 'add', '--from', '2026-11-12', '--to', '2026-11-12', '--kind', 'weather', '-q', 'Storm'])).stdout).toBe('3\n');
  });

  it('a change refused writes nothing and says nothing on stdout', async () => {
    await now(['commit', 'add', '--customer', '0501', '--due', 'tomorrow', '-q', 'Refund']);
    await now(['commit', 'keep', '1']);
    const again = await now(['commit', 'keep', '1']);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
  });
});
