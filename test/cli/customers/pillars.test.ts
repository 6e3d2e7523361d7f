import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';

// September against August, worked by hand (defaults; UTC):
//   W1 abandoned 10 Aug (−2: dissatisfied on 1 Sep), answered 5 Sep with CSAT 5 (+2) and a WOW (+3): won back.
//   W2 abandoned 10 Aug (−2), answered 5 Sep with CSAT 1 (−3): still dissatisfied, retained, not won back.
//   W3 abandoned 12 Aug (−2), silent since: lost, and a silent defector at the end of September (49 days).
//   N1 first call 1 Sep 00:00:00 (just inside September): new.
//   N2 only call 31 Aug 23:59:59 (just outside): not new, lost; no signal, so not dissatisfied at the start.
// New 1; retained W1, W2 = 2; lost W3, N2 = 2; dissatisfied at the start W1, W2, W3 = 3; won back W1 = 1.
// Defection: base W1 (latest bad 10 Aug) and W3; W2's latest bad (5 Sep) is 25 days old: 1 of 2.
const CALLS = `call_id,arrival,customer,wait,talk,outcome,csat
a1,2026-08-10 10:00:00,W1,30,,abandoned,
a2,2026-08-10 11:00:00,W2,30,,abandoned,
a3,2026-08-12 10:00:00,W3,30,,abandoned,
a4,2026-08-31 23:59:59,N2,5,60,answered,
s1,2026-09-01 00:00:00,N1,5,60,answered,
s2,2026-09-05 10:00:00,W1,5,60,answered,5
s3,2026-09-05 11:00:00,W2,5,60,answered,1
`;

let dir: string;
let cleanup: () => void;
const env = (now: string) => ({ env: { SVC_DB: join(dir, 'svc.db'), SVC_NOW: now } });
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  await runCli(['config', 'set', 'timezone', 'UTC'], env('2026-10-05T12:00:00Z'));
  writeFileSync(join(dir, 'calls.csv'), CALLS);
  expect((await runCli(['import', join(dir, 'calls.csv')], env('2026-10-05T12:00:00Z'))).code).toBe(0);
  expect((await runCli(['customer', 'wow', 'W1', 'Called back within the hour'], env('2026-09-05T12:00:00Z'))).code).toBe(0);
});
afterAll(() => cleanup());

describe('the three pillars', () => {
  it('counts new, retained, lost, won back, service recovery and defection for September', async () => {
    const result = await runCli(['customers', 'pillars', '--monthly', '--format', 'json'], env('2026-10-05T12:00:00Z'));
    expect(JSON.parse(result.stdout)).toEqual([
      { new: 1, retained: 2, lost: 2, won_back: 1, dissatisfied_at_start: 3, service_recovery_rate: 1 / 3, defectors: 1, defection_rate: 0.5 },
    ]);
  });

  it('puts the same section in svc report --customers, and in the table below the KPIs', async () => {
    const json = JSON.parse((await runCli(['report', '--monthly', '--customers', '--format', 'json'], env('2026-10-05T12:00:00Z'))).stdout);
    expect(json.customers).toEqual({ new: 1, retained: 2, lost: 2, won_back: 1, dissatisfied_at_start: 3, service_recovery_rate: 1 / 3, defectors: 1, defection_rate: 0.5 });
    const table = (await runCli(['report', '--monthly', '--customers'], env('2026-10-05T12:00:00Z'))).stdout;
    // Its headers take 104 columns with two spaces between them: at the test's 100 the widest wraps at a word.
    expect(table).toMatch(/\nCustomers \(against the period before\)\nnew +retained +lost +won back +dissatisfied at +service recovery +silent defectors +defection rate\n +start\n +1 +2 +2 +1 +3 +33\.3% +1 +50\.0%\n$/);
  });

  it('movement, August against September', async () => {
    const rows = JSON.parse((await runCli(['customers', 'movement', '--monthly', '--format', 'json'], env('2026-10-05T12:00:00Z'))).stdout) as Record<string, string | number>[];
    const moved = rows.flatMap((row) => Object.entries(row).filter(([key, value]) => key !== 'from' && value !== 0).map(([key, value]) => `${row.from}→${key}: ${value}`));
    // End of August: W1, W2, W3 dissatisfied; N2 unknown. End of September: W1 butterfly, W2 and W3 dissatisfied, N2 unknown, N1 new and unknown.
    expect(moved).toEqual(['dissatisfied→butterfly: 1', 'dissatisfied→dissatisfied: 2', 'unknown→unknown: 1', 'new→unknown: 1']);
  });

  it('defectors: W3 at the end of September; none when asked from 13 August on', async () => {
    const found = await runCli(['customers', 'defectors', '--as-of', '2026-09-30', '--format', 'csv'], env('2026-10-05T12:00:00Z'));
    expect(found.stdout).toBe('customer,bad_experience,at,ref,silent_days\nW3,abandoned unanswered,2026-08-12T10:00:00+00:00,call a3,49\n');
    const since = await runCli(['customers', 'defectors', '--as-of', '2026-09-30', '--since', '2026-08-13'], env('2026-10-05T12:00:00Z'));
    expect(since.stdout).toBe('No silent defectors.\n');
  });
});
