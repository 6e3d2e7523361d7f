import Database from 'better-sqlite3';
import { closeSync, copyFileSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runBin, startBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

/**
 * The built bin/svc (run `npm run build` first) in a temporary folder, as cron runs it: no
 * terminal, its own environment. Small fixtures for the round trips; generated logs of
 * 400,000 calls for the killed import and 150,000 for the import that runs beside readers.
 */
const { dir, cleanup } = tempDir('svc-e2e-import-');
const BIG_ROWS = 400_000;
const BIG = join(dir, 'big.csv');
/** Enough for an import that lasts a few seconds beside the readers. */
const BUSY_ROWS = 150_000;
const BUSY = join(dir, 'busy.csv');

beforeAll(() => {
  for (const name of ['english.csv', 'tabs.tsv', 'bad-rows.csv', 'not-a-call-log.csv']) copyFileSync(join(FIXTURES, 'generic', name), join(dir, name));
  writeCallLog(BIG, BIG_ROWS);
  writeCallLog(BUSY, BUSY_ROWS);
});
afterAll(() => cleanup());

/** A plain call log: one call every 6 s from 5 October 2026, every 17th abandoned. */
function writeCallLog(file: string, rows: number): void {
  const fd = openSync(file, 'w');
  writeSync(fd, 'call_id,arrival,queue,agent,customer,wait,talk,outcome\n');
  const start = Date.parse('2026-10-05T06:00:00Z');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const arrival = new Date(start + i * 6000).toISOString().slice(0, 19).replace('T', ' ');
    const abandoned = i % 17 === 0;
    chunk += `G-${i},${arrival},${['billing', 'support', 'sales'][i % 3]},${abandoned ? '' : `agent${i % 40}`},05${String(i % 99_991).padStart(8, '0')},${i % 60},${abandoned ? '' : 60 + (i % 300)},${abandoned ? 'abandoned' : 'answered'}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

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

/** Characters the process has read so far (Linux): its modules, then the call log. */
function charsRead(pid: number): number {
  try {
    return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

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

  it('an import killed with SIGKILL halfway leaves the store consistent, and running it again completes it', async () => {
    const db = join(dir, 'killed.db');
    const size = readFileSync(BIG).length;
    const child = startBin(['import', 'big.csv', '--db', db], { cwd: dir });
    const exited = once(child, 'exit');
    // Loading node and svc reads a few MB; past that much plus half the file, the import is midway.
    const midway = 8 * 1024 * 1024 + size / 2;
    let read = 0;
    while (child.exitCode === null && (read = charsRead(child.pid!)) < midway) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
    expect(read).toBeGreaterThanOrEqual(midway);

    expect(tableCounts(db)).toMatchObject({ calls: 0, imports: 0, hourly_rollup: 0, import_carry: 0 });
    expect(svc(['imports', '--format', 'json'], db).stdout).toBe('[]\n');

    const rerun = svc(['import', 'big.csv'], db);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(summary('big.csv', `${dataRows(BIG).toLocaleString('en-US')} inserted, 0 duplicates, 0 rejected`, 1));
    expect(tableCounts(db)).toMatchObject({ calls: BIG_ROWS, imports: 1 });
    // Half an import and a whole one of 400,000 calls: on a loaded two-core machine over a minute.
  }, 180_000);

  it('readers of the store keep working while an import writes to it', async () => {
    const db = join(dir, 'busy.db');
    expect(svc(['config', 'set', 'timezone', 'UTC'], db).code).toBe(0);
    const probe = new Database(db, { timeout: 0 });
    /** True while another connection holds the store's write lock: the import's one transaction. */
    const importWriting = () => {
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw error;
      }
    };
    const child = startBin(['import', 'busy.csv', '--db', db], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit');
    while (child.exitCode === null && !importWriting()) await new Promise((resolve) => setTimeout(resolve, 20));

    // Rounds of two readers at once; a round counts when the write lock was held before it
    // started and still after its last reader ended.
    let readsDuringImport = 0;
    while (readsDuringImport < 6 && importWriting()) {
      const reads = await Promise.all([
        read(['db', 'info', '--format', 'json'], db),
        read(['report', '--from', '2026-10-05', '--to', '2026-11-01', '--format', 'json'], db),
      ]);
      const during = importWriting();
      for (const result of reads) {
        expect(result.code, result.stderr).toBe(0);
        const document = JSON.parse(result.stdout) as { tables?: { calls: number }; totals?: { offered: number } };
        const calls = document.tables?.calls ?? document.totals?.offered;
        // One transaction: a reader sees none of the import or all of it, never a part.
        expect(during ? [0] : [0, BUSY_ROWS]).toContain(calls);
      }
      if (during) readsDuringImport += reads.length;
    }
    probe.close();
    expect(readsDuringImport).toBeGreaterThanOrEqual(4);

    const [code] = await exited;
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(summary('busy.csv', `${BUSY_ROWS.toLocaleString('en-US')} inserted, 0 duplicates, 0 rejected`, 1));
    expect(tableCounts(db)).toMatchObject({ calls: BUSY_ROWS });
  });
});
