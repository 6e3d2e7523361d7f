import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runBin, startBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';
import { heldImport, lockWatcher, waitFor, writeCallLog } from '../helpers/held-import.js';
import { sqlRows } from '../helpers/store-file.js';

/**
 * The built bin/svc (built by the tests' global set-up) in a temporary folder, as cron runs it:
 * no terminal, its own environment. Small fixtures for the round trips; a generated log of
 * 100,000 calls (enough to outgrow SQLite's page cache) for the killed import; imports held open
 * mid-write by feeding their standard input, for the readers beside a writer.
 */
const { dir, cleanup } = tempDir('svc-e2e-import-');
const BIG_ROWS = 100_000;
const BIG = join(dir, 'big.csv');
/** Killing and re-running imports takes a minute or more on a busy two-core machine. */
const LONG_IMPORT_MS = 240_000;

beforeAll(() => {
  for (const name of ['english.csv', 'tabs.tsv', 'bad-rows.csv', 'not-a-call-log.csv']) copyFileSync(join(FIXTURES, 'generic', name), join(dir, name));
  writeCallLog(BIG, BIG_ROWS);
});
afterAll(() => cleanup());

/** Rows of a CSV with a header and no quoted newlines, counted a second way: its line ends. */
function dataRows(file: string): number {
  const bytes = readFileSync(file);
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  return lines - 1;
}

function svc(args: string[], db: string, input?: string) {
  return runBin([...args, '--db', db], { cwd: dir, input });
}

function tableCounts(db: string): Record<string, number> {
  const result = svc(['db', 'info', '--format', 'json'], db);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { tables: Record<string, number> }).tables;
}

/** Runs the binary beside others: resolves with its exit code and output. */
async function read(args: string[], db: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startBin([...args, '--db', db], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

const summary = (file: string, counts: string, id: number) => new RegExp(`^${file.replace('.', '\\.')}: ${counts} in \\d+\\.\\d s \\(import #${id}\\)\\n$`);

describe('svc import, the built binary', () => {
  it('import → report → undo → import again', () => {
    const db = join(dir, 'round-trip.db');
    expect(svc(['config', 'set', 'timezone', 'Asia/Jerusalem'], db).code).toBe(0);
    const first = svc(['import', 'english.csv'], db);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(summary('english.csv', '6 inserted, 0 duplicates, 0 rejected', 1));
    // EXPECTED.md: english.csv has 4 answered and 2 abandoned calls on 2 and 3 November.
    const report = svc(['report', '--from', '2026-11-02', '--to', '2026-11-03', '--format', 'json'], db);
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).totals).toMatchObject({ answered: 4, abandoned: 2 });

    expect(svc(['imports', 'undo', '1'], db)).toMatchObject({ code: 0, stdout: '', stderr: 'import #1 undone: 6 calls removed\n' });
    expect(tableCounts(db)).toMatchObject({ calls: 0, hourly_rollup: 0 });

    const again = svc(['import', 'english.csv'], db);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(summary('english.csv', '6 inserted, 0 duplicates, 0 rejected', 2));
    const twice = svc(['import', 'english.csv'], db);
    expect(twice.stderr).toMatch(summary('english.csv', '0 inserted, 6 duplicates, 0 rejected', 3));
    expect(tableCounts(db)).toMatchObject({ calls: 6, imports: 3 });
  });

  it('reads standard input', () => {
    const db = join(dir, 'stdin.db');
    const result = svc(['import', '-'], db, readFileSync(join(dir, 'tabs.tsv'), 'utf8'));
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/^-: 2 inserted, 0 duplicates, 0 rejected in \d+\.\d s \(import #1\)\n$/);
    expect(tableCounts(db)).toMatchObject({ calls: 2, imports: 1 });
  });

  it('--strict refuses a file with bad rows (exit 3) and --rejects keeps them; a non-call-log is refused (exit 1)', () => {
    const db = join(dir, 'refusals.db');
    const strict = svc(['import', 'bad-rows.csv', '--strict'], db);
    expect(strict).toMatchObject({ code: 3, stdout: '', stderr: 'Error: bad-rows.csv:3: arrival: missing arrival time (--strict: nothing was imported)\n' });
    expect(tableCounts(db)).toMatchObject({ calls: 0, imports: 0 });

    const kept = svc(['import', 'bad-rows.csv', '--rejects', 'rejects.csv'], db);
    expect(kept.code).toBe(0);
    // The header and the 7 rejected rows of EXPECTED.md, B-2 … B-8.
    const rejects = readFileSync(join(dir, 'rejects.csv'), 'utf8').trimEnd().split('\n');
    expect(rejects.map((line) => line.split(',')[0])).toEqual(['call_id', 'B-2', 'B-3', 'B-4', 'B-5', 'B-6', 'B-7', 'B-8']);

    const refused = svc(['import', 'not-a-call-log.csv'], db);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe('Error: not-a-call-log.csv is not a call log: no recognisable columns');
    expect(tableCounts(db)).toMatchObject({ calls: 2, imports: 1 });
  });

  it('an import killed with SIGKILL mid-write (after its first batch, and after spilling into the -wal) leaves the store as it was, and running it again completes it', async () => {
    const db = join(dir, 'killed.db');
    expect(svc(['config', 'set', 'timezone', 'UTC'], db).code).toBe(0);
    const lock = lockWatcher(db);
    const wal = () => statSync(`${db}-wal`).size;
    /** Nothing of a killed import: no call, rollup, carried state or import record, and a sound file. */
    const untouched = () => {
      expect(tableCounts(db)).toMatchObject({ calls: 0, imports: 0, hourly_rollup: 0, interval_rollup: 0, import_carry: 0 });
      expect(sqlRows(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(svc(['imports', '--format', 'json'], db).stdout).toBe('[]\n');
    };
    const killed = async (child: { kill(signal: NodeJS.Signals): boolean }, exited: Promise<unknown[]>) => {
      child.kill('SIGKILL');
      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
    };

    // 1. Just after the write began: its first batch inserted, inside the transaction.
    const early = heldImport(db, dir);
    await early.feed(3_000);
    expect(await waitFor(lock.held, early.child)).toBe(true);
    await killed(early.child, early.exited);
    untouched();

    // 2. A file import, read by the reader thread, well into its file: once its transaction
    // outgrew SQLite's page cache, so uncommitted pages were spilled into the -wal file.
    const child = startBin(['import', 'big.csv', '--db', db], { cwd: dir });
    const exited = once(child, 'exit');
    expect(await waitFor(lock.held, child)).toBe(true);
    const walAtStart = wal();
    expect(await waitFor(() => wal() > walAtStart + 4 * 1024 * 1024, child)).toBe(true);
    expect(lock.held()).toBe(true);
    await killed(child, exited);
    untouched();
    lock.close();

    const rerun = svc(['import', 'big.csv'], db);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(summary('big.csv', `${dataRows(BIG).toLocaleString('en-US')} inserted, 0 duplicates, 0 rejected`, 1));
    expect(tableCounts(db)).toMatchObject({ calls: BIG_ROWS, imports: 1 });
  }, LONG_IMPORT_MS);

  it('readers of the store keep working while an import writes to it', async () => {
    const db = join(dir, 'busy.db');
    expect(svc(['config', 'set', 'timezone', 'UTC'], db).code).toBe(0);
    const lock = lockWatcher(db);
    const importing = heldImport(db, dir);
    await importing.feed(5_000);
    expect(await waitFor(lock.held, importing.child)).toBe(true);

    // The import sits mid-write between feeds: two readers at once, three times, each round
    // between two more feeds, all while the import's transaction holds the write lock.
    let reads = 0;
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([
        read(['db', 'info', '--format', 'json'], db),
        read(['report', '--from', '2026-10-05', '--to', '2026-11-01', '--format', 'json'], db),
      ]);
      expect(lock.held()).toBe(true);
      for (const result of results) {
        expect(result.code, result.stderr).toBe(0);
        const document = JSON.parse(result.stdout) as { tables?: { calls: number }; totals?: { offered: number } };
        // One transaction: a reader sees none of the import, never a part.
        expect(document.tables?.calls ?? document.totals?.offered).toBe(0);
        reads++;
      }
      await importing.feed(5_000);
    }
    lock.close();
    expect(reads).toBe(6);

    const [code] = await importing.finish();
    expect(code, importing.stderr()).toBe(0);
    expect(importing.stderr()).toMatch(/^-: 20,000 inserted, 0 duplicates, 0 rejected in \d+\.\d s \(import #1\)\n$/);
    expect(tableCounts(db)).toMatchObject({ calls: 20_000 });
  });
});
