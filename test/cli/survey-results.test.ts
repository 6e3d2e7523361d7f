import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { jsonFile, sqlRows } from '../helpers/store-file.js';

let dir: string;
let cleanup: () => void;
let db: string;
const env = (now = '2026-12-02T12:00:00Z') => ({ SVC_DB: db, SVC_NOW: now });
const sql = <T>(query: string, ...params: unknown[]): T[] => sqlRows<T>(db, query, ...params);

/** One respondent per run, each at its own "now". */
async function respond(now: string, instrument: string, respondent: Record<string, unknown>): Promise<void> {
  const result = await runCli(['survey', 'run', instrument, '--answers', jsonFile(dir, respondent), '--lang', 'en'], { env: env(now) });
  expect(result.code, result.stderr).toBe(0);
}

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['config', 'set', 'timezone', 'UTC'], { env: env() })).code).toBe(0);
});
afterEach(() => cleanup());

describe('survey results people see', () => {
  it('svc survey report with no period: the last 30 days including today', async () => {
    // 2026-11-03 is the 30th day back from 2026-12-02 (Dec 2, Dec 1, Nov 30 … Nov 3); 2026-11-02 is one day too old.
    await respond('2026-11-02T23:00:00Z', 'nps', { answers: { nps: 0 } });
    await respond('2026-11-03T00:30:00Z', 'nps', { answers: { nps: 10 } });
    await respond('2026-12-02T09:00:00Z', 'nps', { answers: { nps: 10 } });
    const report = JSON.parse((await runCli(['survey', 'report', '--format', 'json'], { env: env() })).stdout);
    expect(report.period).toEqual({ from: '2026-11-03', to: '2026-12-02', timezone: 'UTC' });
    // Two promoters, no detractor: NPS 100.
    expect(report.instruments.map((instrument: { instrument: string; overall: { n: number; nps: number } }) => [instrument.instrument, instrument.overall.n, instrument.overall.nps])).toEqual([['nps', 2, 100]]);
  });

  it('an empty report says where the answers are', async () => {
    await respond('2026-10-01T10:00:00Z', 'nps', { answers: { nps: 3 } });
    await respond('2026-10-05T10:00:00Z', 'nps', { answers: { nps: 9 } });
    await respond('2026-10-05T11:00:00Z', 'csat', { answers: { csat: 4 } });
    const result = await runCli(['survey', 'report'], { env: env() });
    expect(result.stdout).toBe('Survey report 2026-11-03 to 2026-12-02 (UTC)\n\nNo survey responses in this period.\n');
    expect(result.stderr).toBe(
      'The store has 1 response to csat, on 2026-10-05: svc survey report csat --from 2026-10-05 --to 2026-10-05\n' +
        'The store has 2 responses to nps, from 2026-10-01 to 2026-10-05: svc survey report nps --from 2026-10-01 --to 2026-10-05\n',
    );
  });

  it('svc survey responses lists the answers with their comments, newest first; --comments and --band narrow it', async () => {
    await respond('2026-11-20T10:00:00Z', 'nps', { customer: '0501111111', answers: { nps: 3 }, comment: 'Waited 20 minutes' });
    await respond('2026-11-21T10:00:00Z', 'nps', { customer: '0502222222', answers: { nps: 10 } });
    await respond('2026-11-22T10:00:00Z', 'csat', { answers: { csat: 2 }, comment: 'Rude' });
    const all = JSON.parse((await runCli(['survey', 'responses', '--format', 'json'], { env: env() })).stdout);
    expect(all.map((row: { id: number; score: number; band: string | null; comment: string | null }) => [row.id, row.score, row.band, row.comment])).toEqual([
      [3, 2, null, 'Rude'],
      [2, 10, 'promoter', null],
      [1, 3, 'detractor', 'Waited 20 minutes'],
    ]);
    expect(all[2]).toEqual({ id: 1, responded_at: '2026-11-20T10:00:00+00:00', instrument: 'nps', customer: '0501111111', call: null, score: 3, band: 'detractor', comment: 'Waited 20 minutes', followed_up: null });
    const comments = JSON.parse((await runCli(['survey', 'responses', '--comments', '--format', 'json'], { env: env() })).stdout);
    expect(comments.map((row: { id: number }) => row.id)).toEqual([3, 1]);
    const detractors = await runCli(['survey', 'responses', '--band', 'detractor', '--format', 'csv'], { env: env() });
    expect(detractors.stdout).toBe('id,responded_at,instrument,customer,call,score,band,comment,followed_up\n1,2026-11-20T10:00:00+00:00,nps,0501111111,,3,detractor,Waited 20 minutes,\n');
    expect((await runCli(['survey', 'responses', 'csat', '--format', 'json'], { env: env() })).stdout).toContain('"Rude"');
    expect(await runCli(['survey', 'responses', '--band', 'angry'], { env: env() })).toMatchObject({ code: 1 });
  });

  it('svc survey followups lists detractors to call back; --close records the call back as a kept commitment to the customer', async () => {
    await respond('2026-11-20T10:00:00Z', 'nps', { customer: '0501111111', answers: { nps: 3 }, comment: 'Waited 20 minutes' });
    await respond('2026-11-21T10:00:00Z', 'nps', { answers: { nps: 6 } });
    await respond('2026-11-22T10:00:00Z', 'nps', { customer: '0503333333', answers: { nps: 7 } });
    const open = JSON.parse((await runCli(['survey', 'followups', '--format', 'json'], { env: env() })).stdout);
    // 3 and 6 are detractors (0–6); 7 is a passive.
    expect(open.map((row: { id: number; customer: string | null }) => [row.id, row.customer])).toEqual([
      [1, '0501111111'],
      [2, null],
    ]);
    expect(await runCli(['survey', 'followups', '--close', '1', '--note', 'Apologised; a credit on the next bill', '--by', 'dana'], { env: env() })).toEqual({
      code: 0,
      // Kept now: Wednesday 2 December 2026, 12:00 UTC.
      stdout: 'Survey response 1 followed up: commitment #1, kept Wed 2 Dec 12:00\n',
      stderr: '',
    });
    const now = Date.parse('2026-12-02T12:00:00Z') / 1000;
    expect(sql('SELECT customer, promise, due_at, made_at, made_by, channel FROM commitments')).toEqual([
      { customer: '0501111111', promise: 'Call back about survey response 1 (nps 3): "Waited 20 minutes"', due_at: now, made_at: now, made_by: 'dana', channel: 'phone' },
    ]);
    expect(sql('SELECT commitment_id, kind, at, note FROM commitment_events')).toEqual([{ commitment_id: 1, kind: 'keep', at: now, note: 'Apologised; a credit on the next bill' }]);
    expect(JSON.parse((await runCli(['commit', 'list', '--format', 'json'], { env: env() })).stdout)[0]).toMatchObject({ id: 1, status: 'kept' });
    const after = JSON.parse((await runCli(['survey', 'followups', '--format', 'json'], { env: env() })).stdout);
    expect(after.map((row: { id: number }) => row.id)).toEqual([2]);
    expect(await runCli(['survey', 'followups', '--close', '1'], { env: env() })).toEqual({ code: 1, stdout: '', stderr: 'Error: survey response 1 was already followed up (commitment 1)\n' });
    expect(await runCli(['survey', 'followups', '--close', '2'], { env: env() })).toEqual({ code: 1, stdout: '', stderr: 'Error: survey response 2 has no customer to call back\n' });
    expect((await runCli(['survey', 'followups', '--close', '3'], { env: env() })).stderr).toBe(
      "Error: survey response 3 is not a detractor's answer: only those are followed up\nHint: svc survey followups lists them\n",
    );
    expect(sql('SELECT count(*) AS n FROM commitments')).toEqual([{ n: 1 }]);
  });
});

describe('svc survey show in Hebrew', () => {
  it('heads the columns and names the dimensions in Hebrew, by --lang or by the store’s language setting; JSON keeps keys and ids', async () => {
    const md = (await runCli(['survey', 'show', 'servqual', '--lang', 'he', '--format', 'md'], { env: env() })).stdout.split('\n');
    expect(md[0]).toBe('| עמודה | מפתח תשובה | ממד | סולם | הפוך | לא חובה | נוסח |');
    expect(md[2]).toContain('| E:tan1 | expectations.tan1 | מוחשיות | 1–7 |');
    expect((await runCli(['config', 'set', 'language', 'he'], { env: env() })).code).toBe(0);
    expect((await runCli(['survey', 'show', 'servqual', '--format', 'md'], { env: { ...env(), LANG: 'en_US.UTF-8' } })).stdout.split('\n')[0]).toBe(md[0]);
    expect((await runCli(['survey', 'show', 'servqual', '--lang', 'en', '--format', 'md'], { env: env() })).stdout.split('\n')[0]).toBe('| column | answer | dimension | scale | reverse | optional | text |');
    const json = JSON.parse((await runCli(['survey', 'show', 'servqual', '--format', 'json'], { env: env() })).stdout);
    expect(json[0]).toMatchObject({ column: 'E:tan1', dimension: 'tangibles' });
  });
});
