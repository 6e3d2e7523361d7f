import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, startBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';
import { heldImport, lockWatcher, waitFor } from '../helpers/held-import.js';
import { sqlRows } from '../helpers/store-file.js';

/**
 * People write promises and complaints while the nightly import runs: the built binary, an
 * import held open mid-write (fed its standard input by the test), and `svc commit add` beside it.
 */
const { dir, cleanup } = tempDir('svc-e2e-ledger-');
/** A busy two-core machine needs a minute for the binaries started beside the import. */
const LONG_TEST_MS = 240_000;

afterAll(() => cleanup());

async function run(args: string[], db: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startBin([...args, '--db', db], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

describe('ledger entries beside a long import', () => {
  it('every commit add succeeds while the import holds the store, and the import still counts every call exactly', async () => {
    const db = join(dir, 'store.db');
    expect(runBin(['config', 'set', 'timezone', 'UTC', '--db', db], { cwd: dir }).code).toBe(0);
    const lock = lockWatcher(db);
    const importing = heldImport(db, dir);
    await importing.feed(5_000);
    expect(await waitFor(lock.held, importing.child)).toBe(true);

    // Two adds at once, twice, with more calls fed between: each add ends while the import still
    // holds its lock, so none waited for the import.
    const ids: string[] = [];
    for (let round = 0; round < 2; round++) {
      const added = await Promise.all(
        [0, 1].map((n) => run(['commit', 'add', '--quiet', '--customer', `0500000${ids.length + n}`, '--due', 'tomorrow', `Call back about order ${ids.length + n}`], db)),
      );
      expect(lock.held()).toBe(true);
      for (const result of added) {
        expect(result.code, result.stderr).toBe(0);
        ids.push(result.stdout.trim());
      }
      await importing.feed(5_000);
    }
    lock.close();

    const [code] = await importing.finish();
    const rows = importing.fed;
    expect(rows).toBe(15_000);
    expect(code, importing.stderr()).toBe(0);
    expect(importing.stderr()).toMatch(/^-: 15,000 inserted, 0 duplicates, 0 rejected in \d+\.\d s \(import #1\)\n$/);
    expect(ids.map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    expect(sqlRows(db, 'SELECT count(*) AS n FROM calls')).toEqual([{ n: rows }]);
    // Offered over the rollups, a second way to count the import: every call, once.
    expect(sqlRows(db, 'SELECT sum(answered) + sum(abandoned) AS n FROM hourly_rollup')).toEqual([{ n: rows }]);
    expect(sqlRows(`${db}-ledger`, 'SELECT count(*) AS n FROM commitments')).toEqual([{ n: ids.length }]);
  }, LONG_TEST_MS);

  it('config set waits for a running import and then succeeds, instead of failing at once with a wrong reason', async () => {
    const db = join(dir, 'settings.db');
    expect(runBin(['config', 'set', 'timezone', 'UTC', '--db', db], { cwd: dir }).code).toBe(0);
    const lock = lockWatcher(db);
    const importing = heldImport(db, dir);
    await importing.feed(2_000);
    expect(await waitFor(lock.held, importing.child)).toBe(true);
    let setEnded = false;
    const set = run(['config', 'set', 'week_start', 'sunday'], db).finally(() => (setEnded = true));
    // It waits for the lock (the import holds it while its input stays open) …
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(setEnded).toBe(false);
    expect(lock.held()).toBe(true);
    // … and writes once the import has committed.
    expect((await importing.finish())[0]).toBe(0);
    expect(await set).toEqual({ code: 0, stdout: 'week_start is now sunday\n', stderr: '' });
    lock.close();
    expect(sqlRows(db, "SELECT value FROM settings WHERE key = 'week_start'")).toEqual([{ value: 'sunday' }]);
  }, LONG_TEST_MS);
});

describe('the built binary records the computer’s clock, whatever SVC_NOW says', () => {
  it('a promise and its keeping dated by SVC_NOW last year are recorded at the real time and shown as back-dated', () => {
    const db = join(dir, 'clock.db');
    const env = { SVC_NOW: '2025-11-17T08:00:00Z' };
    const before = Math.floor(Date.now() / 1000);
    expect(runBin(['commit', 'add', '--customer', '0501', '--due', '2025-11-19', '--by', 'ruth', 'Refund', '--db', db], { cwd: dir, env }).code).toBe(0);
    expect(runBin(['commit', 'keep', '1', '--by', 'dana', '--db', db], { cwd: dir, env: { SVC_NOW: '2025-11-18T08:00:00Z' } }).code).toBe(0);
    const after = Math.floor(Date.now() / 1000);
    const [promise] = sqlRows<{ made_at: number; recorded_at: number }>(db, 'SELECT made_at, recorded_at FROM commitments');
    const [kept] = sqlRows<{ at: number; recorded_at: number }>(db, 'SELECT at, recorded_at FROM commitment_events');
    expect(promise!.made_at).toBe(Date.parse(env.SVC_NOW) / 1000);
    expect(kept!.at).toBe(Date.parse('2025-11-18T08:00:00Z') / 1000);
    for (const recorded of [promise!.recorded_at, kept!.recorded_at]) {
      expect(recorded).toBeGreaterThanOrEqual(before);
      expect(recorded).toBeLessThanOrEqual(after);
    }
    const show = runBin(['commit', 'show', '1', '--db', db], { cwd: dir, env });
    expect(show.stdout).toMatch(/^2025-11-18 08:00 +dana +kept \(back-dated: written \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/m);
  });
});
