import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

// Five customers over June–September 2026, worked by hand with the default rules (UTC, US numbers):
//   101 ambassador: a call in June, July and August, a promise kept on time in August (+2).
//   102 hostage: calls in June, July and August, a complaint on 5 August still open (−2).
//   103 silent defector: one abandoned call on 10 July, never again (−2).
//   104 detractor: an NPS 3 on 25 August (−3), flagged do-not-contact.
//   105 new butterfly: one call on 10 August with CSAT 5 (+2).
const CALLS = `call_id,arrival,queue,agent,customer,wait,talk,hold,wrap,outcome,resolved,csat
J1,2026-06-03 10:00:00,q,ann,(201) 555-0101,5,60,0,0,answered,,
J2,2026-06-05 10:00:00,q,ann,201-555-0102,5,60,0,0,answered,,
L1,2026-07-03 10:00:00,q,ann,2015550101,5,60,0,0,answered,,
L2,2026-07-05 10:00:00,q,bob,+1 201 555 0102,5,60,0,0,answered,,
L3,2026-07-10 10:00:00,q,,201.555.0103,40,,,,abandoned,,
A1,2026-08-01 10:00:00,q,bob,2015550102,5,60,0,0,answered,,
A2,2026-08-03 10:00:00,q,ann,2015550101,5,60,0,0,answered,,
A3,2026-08-10 10:00:00,q,bob,2015550105,5,60,0,0,answered,,5
`;

let dir: string;
let cleanup: () => void;
const env = (now: string) => ({ SVC_DB: join(dir, 'svc.db'), SVC_NOW: now });
const svc = (now: string, ...args: string[]) => runBin(args, { cwd: dir, env: env(now) });
const NOW = '2026-09-15T12:00:00Z';
function ok(now: string, ...args: string[]): string {
  const result = svc(now, ...args);
  expect({ args, code: result.code, stderr: result.code === 0 ? '' : result.stderr }).toEqual({ args, code: 0, stderr: '' });
  return result.stdout;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir('svc-e2e-customers-'));
  ok(NOW, 'config', 'set', 'timezone', 'UTC');
  ok(NOW, 'config', 'set', 'phone_region', 'US');
  writeFileSync(join(dir, 'calls.csv'), CALLS);
  ok(NOW, 'import', join(dir, 'calls.csv'), '--quiet');
  const promise = ok('2026-08-03T11:00:00Z', 'commit', 'add', '--quiet', '--customer', '201 555 0101', '--due', '2026-08-10', 'Replacement router').trim();
  ok('2026-08-08T09:00:00Z', 'commit', 'keep', promise);
  ok('2026-08-05T10:00:00Z', 'complaint', 'add', '--customer', '(201) 555-0102', '--category', 'billing', 'Charged twice');
  writeFileSync(join(dir, 'nps.csv'), 'responded_at,customer,nps,comment\n2026-08-25 10:00,201-555-0104,3,Nobody called back\n');
  ok(NOW, 'survey', 'import', join(dir, 'nps.csv'), '--instrument', 'nps');
  ok(NOW, 'customer', 'flag', '2015550104', 'do-not-contact', '--reason', 'asked not to be called');
}, 60_000);
afterAll(() => cleanup());

describe('the customer layer, built binary', () => {
  it('customer show: kind, balance, contacts and the timeline oldest first', () => {
    const view = JSON.parse(ok(NOW, 'customer', 'show', '201-555-0102', '--format', 'json'));
    expect(view).toMatchObject({
      customer: '+12015550102',
      kind: 'hostage',
      satisfaction: 'dissatisfied',
      loyalty: 'loyal',
      trust: { balance: -2, entries: [{ at: '2026-08-05T10:00:00+00:00', event: 'complaint_received', amount: -2, ref: 'complaint 1' }] },
      first_contact: '2026-06-05T10:00:00+00:00',
      last_contact: '2026-08-05T10:00:00+00:00',
      flags: [],
    });
    expect(view.timeline.map((item: { type: string; at: string }) => `${item.at.slice(0, 10)} ${item.type}`)).toEqual([
      '2026-06-05 call',
      '2026-07-05 call',
      '2026-08-01 call',
      '2026-08-05 complaint',
    ]);
  });

  it('customers: every kind, lowest trust first (ties by id)', () => {
    const list = JSON.parse(ok(NOW, 'customers', '--format', 'json'));
    expect(list.map((row: Record<string, unknown>) => [row.customer, row.kind, row.trust_balance, row.contacts])).toEqual([
      ['+12015550104', 'dissatisfied', -3, 1],
      ['+12015550102', 'hostage', -2, 4],
      ['+12015550103', 'dissatisfied', -2, 1],
      ['+12015550101', 'ambassador', 2, 3],
      ['+12015550105', 'butterfly', 2, 1],
    ]);
    expect(JSON.parse(ok(NOW, 'customers', '--kind', 'ambassador', '--format', 'json')).map((row: { customer: string }) => row.customer)).toEqual(['+12015550101']);
  });

  it('movement, July against August: unknown became ambassador and hostage, two new, the dissatisfied stayed', () => {
    const rows = JSON.parse(ok(NOW, 'customers', 'movement', '--monthly', '--format', 'json'));
    const moved = rows.flatMap((row: Record<string, string | number>) =>
      Object.entries(row).filter(([key, value]) => key !== 'from' && value !== 0).map(([key, value]) => `${row.from}→${key}: ${value}`),
    );
    expect(moved).toEqual(['dissatisfied→dissatisfied: 1', 'unknown→ambassador: 1', 'unknown→hostage: 1', 'new→butterfly: 1', 'new→dissatisfied: 1']);
  });

  it('pillars of August: 2 new, 2 retained, 1 lost, none of the 1 dissatisfied won back, 1 defector of 1', () => {
    expect(JSON.parse(ok(NOW, 'customers', 'pillars', '--monthly', '--format', 'json'))).toEqual([
      { new: 2, retained: 2, lost: 1, won_back: 0, dissatisfied_at_start: 1, service_recovery_rate: 0, defectors: 1, defection_rate: 1 },
    ]);
    const report = JSON.parse(ok(NOW, 'report', '--monthly', '--customers', '--format', 'json'));
    expect(report.customers).toMatchObject({ new: 2, retained: 2, lost: 1, defectors: 1 });
  });

  it('defectors and the outreach CSV, without the do-not-contact detractor', () => {
    expect(ok(NOW, 'customers', 'defectors', '--format', 'csv')).toBe(
      'customer,bad_experience,at,ref,silent_days\n+12015550103,abandoned unanswered,2026-07-10T10:00:00+00:00,call L3,67\n',
    );
    expect(ok(NOW, 'customers', 'outreach')).toBe(
      'customer,reason,trust_balance,kind,last_contact\n' +
        '+12015550102,hostage with a negative balance,-2,hostage,2026-08-05T10:00:00+00:00\n' +
        '+12015550103,silent defector (abandoned unanswered),-2,dissatisfied,2026-07-10T10:00:00+00:00\n',
    );
  });
});
