import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';

// One customer per trust event, each just inside and just outside its threshold, worked by hand
// with the defaults: T = 20 s (a long wait is over 60 s), callback window 24 h, window 365 days.
const CALLS = `call_id,arrival,queue,agent,customer,wait,talk,hold,wrap,outcome,resolved,csat
A1,2026-10-01 10:00:00,q,,054-100-0001,30,,,,abandoned,,
A2,2026-10-02 10:00:00,q,ag1,0541000001,5,60,0,0,answered,,
B1,2026-10-01 10:00:00,q,,054-100-0002,30,,,,abandoned,,
B2,2026-10-02 10:00:01,q,ag1,0541000002,5,60,0,0,answered,,
C1,2026-10-03 10:00:00,q,ag1,0541000003,60,60,0,0,answered,,3
C2,2026-10-04 10:00:00,q,ag1,0541000003,61,60,0,0,answered,,4
C3,2026-10-05 10:00:00,q,ag1,0541000003,1,60,0,0,answered,,2
H1,2025-11-01 00:00:00,q,ag1,0541000008,1,60,0,0,answered,,5
I1,2025-11-01 00:00:01,q,ag1,0541000009,1,60,0,0,answered,,5
`;
const AS_OF = '2026-11-01T00:00:00Z';

let dir: string;
let cleanup: () => void;
let db: string;
const at = (iso: string) => ({ env: { SVC_DB: db, SVC_NOW: iso } });
async function ok(args: string[], iso = AS_OF): Promise<string> {
  const result = await runCli(args, at(iso));
  expect(result.stderr.startsWith('Error') ? result.stderr : '', args.join(' ')).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.trim();
}
async function entries(customer: string): Promise<[string, number][]> {
  const view = JSON.parse(await ok(['customer', 'show', customer, '--format', 'json'])) as { trust: { entries: { event: string; amount: number }[] } };
  return view.trust.entries.map((entry) => [entry.event, entry.amount]);
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  await ok(['config', 'set', 'timezone', 'UTC']);
  await ok(['config', 'set', 'phone_region', 'IL']);
  await ok(['target', 'set', 'complaint_resolve_h', '<=48']);
  writeFileSync(join(dir, 'calls.csv'), CALLS);
  await ok(['import', join(dir, 'calls.csv')]);
  // D: kept at the due (on time), kept one second late, broken, left open past its due.
  const promise = async (text: string) => ok(['commit', 'add', '--quiet', '--customer', '+972 54-100-0004', '--due', '2026-10-05 12:00', text], '2026-10-01T09:00:00Z');
  const kept = await promise('refund');
  const late = await promise('visit');
  const broken = await promise('call back');
  await promise('letter');
  await ok(['commit', 'keep', kept], '2026-10-05T12:00:00Z');
  await ok(['commit', 'keep', late], '2026-10-05T12:00:01Z');
  await ok(['commit', 'break', broken, '--note', 'no technician'], '2026-10-06T09:00:00Z');
  // E: resolved in 48 h exactly (within the target); a second one in the category 19 days later, still open.
  const first = await ok(['complaint', 'add', '--quiet', '--customer', '0541000005', '--category', 'billing', 'charged twice'], '2026-10-01T10:00:00Z');
  await ok(['complaint', 'resolve', first, '--resolution', 'refunded'], '2026-10-03T10:00:00Z');
  await ok(['complaint', 'add', '--customer', '0541000005', '--category', 'Billing', 'charged twice again'], '2026-10-20T10:00:00Z');
  // E2: resolved in 48 h and 1 s: outside the target, no credit.
  const slow = await ok(['complaint', 'add', '--quiet', '--customer', '0541000007', '--category', 'delivery', 'late parcel'], '2026-10-01T10:00:00Z');
  await ok(['complaint', 'resolve', slow, '--resolution', 'sent again'], '2026-10-03T10:00:01Z');
  // F: NPS 9 (promoter), 7 (passive: nothing), 6 (detractor); CSAT 3 (nothing) and 4.
  writeFileSync(join(dir, 'nps.csv'), 'responded_at,customer,nps\n2026-10-10 10:00,0541000006,9\n2026-10-11 10:00,0541000006,7\n2026-10-12 10:00,0541000006,6\n');
  await ok(['survey', 'import', join(dir, 'nps.csv'), '--instrument', 'nps']);
  writeFileSync(join(dir, 'csat.csv'), 'responded_at,customer,csat\n2026-10-13 10:00,0541000006,3\n2026-10-14 10:00,0541000006,4\n');
  await ok(['survey', 'import', join(dir, 'csat.csv'), '--instrument', 'csat']);
  await ok(['customer', 'wow', '0541000006', 'Fixed the router on the spot', '--agent', 'ag1'], '2026-10-15T10:00:00Z');
}, 60_000);
afterAll(() => cleanup());

describe('the trust account, one event at a time', () => {
  it('an abandoned call answered 24 h later exactly is no debit', async () => {
    expect(await entries('0541000001')).toEqual([]);
  });
  it('an abandoned call answered 24 h and 1 s later debits 2', async () => {
    expect(await entries('0541000002')).toEqual([['abandoned_unanswered', -2]]);
  });
  it('a wait of 60 s (3 × T) is no debit, 61 s debits 1; call csat 3 nothing, 4 credits 2, 2 debits 3', async () => {
    expect(await entries('0541000003')).toEqual([
      ['long_wait', -1],
      ['survey_satisfied', 2],
      ['survey_dissatisfied', -3],
    ]);
  });
  it('promises: kept at the due +2, kept a second late −1, broken −3, open past its due −3 (dated at its due)', async () => {
    // In time order: kept 12:00:00, the open one's due 12:00:00, kept late 12:00:01, broken the next day.
    expect(await entries('0541000004')).toEqual([
      ['promise_kept', 2],
      ['promise_broken', -3],
      ['promise_kept_late', -1],
      ['promise_broken', -3],
    ]);
  });
  it('complaints: received −2, resolved within the target +2, recurring −2 and −3', async () => {
    expect(await entries('0541000005')).toEqual([
      ['complaint_received', -2],
      ['complaint_resolved', 2],
      ['complaint_received', -2],
      ['complaint_recurring', -3],
    ]);
  });
  it('a resolution 1 s over the target earns nothing', async () => {
    expect(await entries('0541000007')).toEqual([['complaint_received', -2]]);
  });
  it('surveys: NPS 9 +2, 7 nothing, 6 −3; CSAT 3 nothing, 4 +2; a WOW moment +3', async () => {
    expect(await entries('0541000006')).toEqual([
      ['survey_satisfied', 2],
      ['survey_dissatisfied', -3],
      ['survey_satisfied', 2],
      ['wow', 3],
    ]);
  });
  it('the window: an event exactly 365 days old is out, one a second younger is in', async () => {
    expect(await entries('0541000008')).toEqual([]);
    expect(await entries('0541000009')).toEqual([['survey_satisfied', 2]]);
  });
  it('svc config set trust.EVENT N changes the amount, and the balance with it', async () => {
    await ok(['config', 'set', 'trust.long_wait', '-5']);
    const view = JSON.parse(await ok(['customer', 'show', '0541000003', '--format', 'json'])) as { trust: { balance: number } };
    // −5 + 2 − 3
    expect(view.trust.balance).toBe(-6);
    await ok(['config', 'set', 'trust.long_wait', '-1']);
  });
  it('entries follow undo: the calls of the import gone, so are their entries', async () => {
    expect(await entries('0541000003')).toHaveLength(3);
    await ok(['imports', 'undo', '1']);
    // Customer 3 was known only by its calls: with them gone, the store no longer knows it.
    expect(await runCli(['customer', 'show', '054-100-0003'], at(AS_OF))).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: no customer "054-100-0003" in the store\nHint: svc customers lists them; with a phone number, check phone_region (svc config get phone_region)\n',
    });
    expect(await entries('0541000004')).toHaveLength(4);
  });
});
