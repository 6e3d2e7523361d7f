import Database from 'better-sqlite3';
import { once } from 'node:events';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, startBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';
import { sqlRows } from '../helpers/store-file.js';

/**
 * People write promises and complaints while the nightly import runs: the built binary, a long
 * import of a generated log, and a loop of `svc commit add` beside it.
 */
const { dir, cleanup } = tempDir('svc-e2e-ledger-');
/** A busy two-core machine needs minutes for the import and the binaries started beside it. */
const LONG_TEST_MS = 240_000;
/** Long enough for several adds beside it on a busy machine. */
const ROWS = 200_000;
const LOG = join(dir, 'night.csv');
/** Short enough to end well within the 30 s a writer waits for the store. */
const SHORT_ROWS = 50_000;
const SHORT_LOG = join(dir, 'short.csv');

beforeAll(() => {
  writeCallLog(LOG, ROWS);
  writeCallLog(SHORT_LOG, SHORT_ROWS);
});
afterAll(() => cleanup());

/** One call every 6 s from 5 October 2026, every 17th abandoned; each row a call of its own. */
function writeCallLog(file: string, rows: number): void {
  const fd = openSync(file, 'w');
  writeSync(fd, 'call_id,arrival,queue,agent,customer,wait,talk,outcome\n');
  const start = Date.parse('2026-10-05T06:00:00Z');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const arrival = new Date(start + i * 6000).toISOString().slice(0, 19).replace('T', ' ');
    const abandoned = i % 17 === 0;
    chunk += `N-${i},${arrival},support,${abandoned ? '' : `agent${i % 40}`},05${String(i % 99_991).padStart(8, '0')},${i % 60},${abandoned ? '' : 90},${abandoned ? 'abandoned' : 'answered'}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

async function run(args: string[], db: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startBin([...args, '--db', db], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

/** True while another connection holds the calls file's write lock: the import's one transaction. */
function lockWatcher(db: string) {
  const probe = new Database(db, { timeout: 0 });
  return {
    held(): boolean {
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw error;
      }
    },
    close: () => probe.close(),
  };
}

describe('ledger entries beside a long import', () => {
  it('every commit add succeeds while the import holds the store, and the import still counts every call exactly', async () => {
    const db = join(dir, 'store.db');
    expect(runBin(['config', 'set', 'timezone', 'UTC', '--db', db], { cwd: dir }).code).toBe(0);
    const lock = lockWatcher(db);
    const importing = startBin(['import', 'night.csv', '--db', db], { cwd: dir });
    let importErr = '';
    importing.stderr.on('data', (chunk: Buffer) => (importErr += chunk.toString()));
    const exited = once(importing, 'exit');
    while (importing.exitCode === null && !lock.held()) await new Promise((resolve) => setTimeout(resolve, 20));

    // Rounds of two adds at once; a round counts when the import held its lock before the round
    // started and still after its last add ended: those adds did not wait for the import.
    const ids: string[] = [];
    let addsDuringImport = 0;
    while (addsDuringImport < 4 && lock.held()) {
      const round = await Promise.all(
        [0, 1].map((n) => run(['commit', 'add', '--quiet', '--customer', `0500000${ids.length + n}`, '--due', 'tomorrow', `Call back about order ${ids.length + n}`], db)),
      );
      const during = lock.held();
      for (const added of round) {
        expect(added.code, added.stderr).toBe(0);
        ids.push(added.stdout.trim());
      }
      if (during) addsDuringImport += round.length;
    }
    lock.close();
    expect(addsDuringImport).toBeGreaterThanOrEqual(4);

    const [code] = await exited;
    expect(code, importErr).toBe(0);
    expect(importErr).toMatch(new RegExp(`^night\\.csv: ${ROWS.toLocaleString('en-US')} inserted, 0 duplicates, 0 rejected in \\d+\\.\\d s \\(import #1\\)\\n$`));
    expect(ids.map(Number).sort((a, b) => a - b)).toEqual(ids.map((_, index) => index + 1));
    expect(sqlRows(db, 'SELECT count(*) AS n FROM calls')).toEqual([{ n: ROWS }]);
    // Offered over the rollups, a second way to count the import: every call, once.
    expect(sqlRows(db, 'SELECT sum(answered) + sum(abandoned) AS n FROM hourly_rollup')).toEqual([{ n: ROWS }]);
    expect(sqlRows(`${db}-ledger`, 'SELECT count(*) AS n FROM commitments')).toEqual([{ n: ids.length }]);
  }, LONG_TEST_MS);

  it('config set waits for a running import and then succeeds, instead of failing at once with a wrong reason', async () => {
    const db = join(dir, 'settings.db');
    expect(runBin(['config', 'set', 'timezone', 'UTC', '--db', db], { cwd: dir }).code).toBe(0);
    const lock = lockWatcher(db);
    const importing = startBin(['import', 'short.csv', '--db', db], { cwd: dir });
    const exited = once(importing, 'exit');
    while (importing.exitCode === null && !lock.held()) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lock.held()).toBe(true);
    const set = await run(['config', 'set', 'week_start', 'sunday'], db);
    // It could only write once the import had committed.
    expect(lock.held()).toBe(false);
    lock.close();
    expect(set).toEqual({ code: 0, stdout: 'week_start is now sunday\n', stderr: '' });
    expect((await exited)[0]).toBe(0);
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
