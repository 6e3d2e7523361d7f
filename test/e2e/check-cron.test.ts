import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-check-')));
afterEach(() => cleanup());

/** The built binary as cron runs it: no terminal, NO_COLOR, the store named by SVC_DB. */
function svc(now: string, ...args: string[]) {
  return runBin(args, { cwd: dir, env: { SVC_DB: 'svc.db', SVC_NOW: now } });
}

describe('svc check --fail-on-breach from cron (built binary)', () => {
  it('reports an overdue promise and a recurring complaint with exit 2, then all is well with exit 0', () => {
    expect(svc('2026-11-10T08:00:00Z', 'config', 'set', 'timezone', 'Asia/Jerusalem').code).toBe(0);
    // The night's calls: the last one Sunday 22nd 20:00 local, 10 h before the check, so the store is fresh.
    writeFileSync(join(dir, 'calls.csv'), 'call_id,arrival,customer,outcome,wait\nk1,2026-11-22T20:00:00+02:00,0509999999,answered,12\n');
    expect(svc('2026-11-23T03:00:00Z', 'import', 'calls.csv', '--quiet').code).toBe(0);
    // A promise made Tuesday 17th 10:00, due by the end of Thursday 19th.
    expect(svc('2026-11-17T08:00:00Z', 'commit', 'add', '--quiet', '--customer', '0501234567', '--due', '2026-11-19', '--owner', 'dana', 'Refund 120 ILS to the card').stdout).toBe('1\n');
    // The same customer complains about billing on the 10th (resolved) and again on the 19th:
    // 9 days apart, within the 30-day window, so the second recurs. One a week: no surge
    // (last 7 days 1, the week before 1: λ = 1/8, P(X ≥ 1) = 0.1175).
    expect(svc('2026-11-10T08:00:00Z', 'complaint', 'add', '--quiet', '--customer', '0522222222', '--category', 'Billing', 'Charged twice').stdout).toBe('1\n');
    expect(svc('2026-11-10T10:00:00Z', 'complaint', 'resolve', '1', '--resolution', 'refunded').code).toBe(0);
    expect(svc('2026-11-19T13:00:00Z', 'complaint', 'add', '--quiet', '--customer', '0522222222', '--category', 'billing', 'Charged twice again').stdout).toBe('2\n');

    // Monday 23rd 06:00 local: the promise is 3 d 6 h (and 1 s) past its due.
    const breach = svc('2026-11-23T04:00:00Z', 'check', '--fail-on-breach');
    expect(breach).toEqual({
      code: 2,
      signal: null,
      stderr: '',
      stdout: [
        '2 things need attention (the week 2026-11-16 to 2026-11-22, Asia/Jerusalem).',
        '',
        'Overdue commitments',
        '- #1 to customer 0501234567, due 2026-11-19 23:59, overdue by 3 d 6 h, owner',
        '  dana: "Refund 120 ILS to the card"',
        '',
        'Recurring complaints not yet resolved',
        '- #2 from customer 0522222222 (billing), received 2026-11-19 15:00, again after',
        '  #1: not yet acknowledged',
        '',
      ].join('\n'),
    });

    expect(svc('2026-11-23T04:10:00Z', 'commit', 'keep', '1', '--note', 'refund sent').code).toBe(0);
    expect(svc('2026-11-23T04:20:00Z', 'complaint', 'resolve', '2', '--resolution', 'duplicate charge reversed').code).toBe(0);
    const fine = svc('2026-11-23T04:30:00Z', 'check', '--fail-on-breach');
    expect(fine).toEqual({ code: 0, signal: null, stderr: '', stdout: 'All is well for the week 2026-11-16 to 2026-11-22: nothing needs attention.\n' });
    // Two days on with no import: the newest call is 58 h old.
    const stale = svc('2026-11-25T04:00:00Z', 'check', '--period', 'daily', '--fail-on-breach');
    expect(stale.code).toBe(2);
    expect(stale.stdout).toContain('- No calls on 2026-11-24; the newest call in the store is from 2026-11-22 20:00.\n');
    expect(stale.stdout).toContain('- The newest call in the store is from 2026-11-22 20:00, 58 h ago: older than\n');
  });
});
