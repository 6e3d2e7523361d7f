import { chmodSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { dumpStore } from '../helpers/store-dump.js';

/** --rejects may never destroy what it sits beside: the store, the inputs, a file that is already there. */
let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['import', join(FIXTURES, 'generic', 'english.csv'), '--quiet', '--db', db])).code).toBe(0);
});
afterEach(() => cleanup());

const bytes = (file: string) => readFileSync(file);
const mode = (file: string) => statSync(file).mode & 0o777;

const IMPORTERS: [string, string[]][] = [
  ['svc import', ['import', join(FIXTURES, 'generic', 'bad-rows.csv')]],
  ['svc commit import', ['commit', 'import', join(FIXTURES, 'ledger', 'commitments.csv')]],
  ['svc complaint import', ['complaint', 'import', join(FIXTURES, 'ledger', 'complaints.csv')]],
  ['svc survey import', ['survey', 'import', join(FIXTURES, 'reviews', 'nps-web-form.csv'), '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?']],
];

describe('--rejects never lands on the store', () => {
  for (const [name, args] of IMPORTERS) {
    for (const suffix of ['', '-wal', '-shm', '-ledger', '-ledger-wal', '-ledger-shm']) {
      it(`${name} --rejects STORE${suffix} is refused, even with --force, and the store is unchanged`, async () => {
        const before = dumpStore(db);
        const target = `${db}${suffix}`;
        const result = await runCli([...args, '--rejects', target, '--force', '--db', db]);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(`Error: --rejects ${target} is the store (or its ledger file, or a journal of either); writing there would destroy it\nHint: name a new file for the rejected rows, e.g. --rejects rejects.csv\n`);
        expect(dumpStore(db)).toEqual(before);
      });
    }
  }

  it('a symlink to the store is the store', async () => {
    const link = join(dir, 'link.csv');
    symlinkSync(db, link);
    const before = bytes(db);
    const result = await runCli([...IMPORTERS[0]![1], '--rejects', link, '--force', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: --rejects .*link\.csv is the store/);
    expect(bytes(db)).toEqual(before);
  });
});

describe('--rejects never lands on an input', () => {
  it('naming one of the files being imported is refused, and that file is unchanged', async () => {
    const input = join(dir, 'calls.csv');
    writeFileSync(input, readFileSync(join(FIXTURES, 'generic', 'bad-rows.csv')));
    const before = bytes(input);
    const result = await runCli(['import', join(FIXTURES, 'generic', 'english.csv'), input, '--rejects', input, '--force', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: --rejects ${input} is one of the files being imported\nHint: name a new file for the rejected rows, e.g. --rejects rejects.csv\n`);
    expect(bytes(input)).toEqual(before);
  });

  it('svc commit import --rejects INPUT is refused too', async () => {
    const input = join(dir, 'commitments.csv');
    writeFileSync(input, readFileSync(join(FIXTURES, 'ledger', 'commitments.csv')));
    const before = bytes(input);
    const result = await runCli(['commit', 'import', input, '--rejects', input, '--db', db]);
    expect(result.code).toBe(1);
    expect(bytes(input)).toEqual(before);
  });
});

describe('an existing file, --force, symlinks and modes', () => {
  it('an existing file is refused without --force and left as it was', async () => {
    const existing = join(dir, 'notes.csv');
    writeFileSync(existing, 'keep me\n');
    const result = await runCli([...IMPORTERS[0]![1], '--rejects', existing, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: --rejects ${existing} already exists\nHint: name a new file, or add --force to replace it\n`);
    expect(readFileSync(existing, 'utf8')).toBe('keep me\n');
  });

  it('with --force an existing 0644 file is replaced whole, owner-only, and no temporary file is left', async () => {
    const existing = join(dir, 'rejects.csv');
    writeFileSync(existing, 'old content that is longer than anything the rejects will hold, so a truncation would show\n'.repeat(50));
    chmodSync(existing, 0o644);
    const result = await runCli([...IMPORTERS[0]![1], '--rejects', existing, '--force', '--db', db]);
    expect(result.code).toBe(0);
    expect(mode(existing)).toBe(0o600);
    // bad-rows.csv rejects 7 of its 9 rows (B-2 … B-8): the header plus seven rows.
    const lines = readFileSync(existing, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('call_id,arrival,agent,wait,talk,outcome,csat,reject_reason');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a symlink is replaced by a file, never followed: what it pointed at is untouched', async () => {
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'precious\n');
    const link = join(dir, 'rejects.csv');
    symlinkSync(target, link);
    const refused = await runCli([...IMPORTERS[0]![1], '--rejects', link, '--db', db]);
    expect(refused.code).toBe(1);
    const replaced = await runCli([...IMPORTERS[0]![1], '--rejects', link, '--force', '--db', db]);
    expect(replaced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(mode(link)).toBe(0o600);
  });

  it('a dangling symlink is refused without --force: nothing is created where it points', async () => {
    const link = join(dir, 'rejects.csv');
    symlinkSync(join(dir, 'elsewhere.csv'), link);
    const result = await runCli([...IMPORTERS[0]![1], '--rejects', link, '--db', db]);
    expect(result.code).toBe(1);
    expect(readdirSync(dir)).not.toContain('elsewhere.csv');
  });

  it('something that is not a plain file (/dev/null) is refused even with --force', async () => {
    const result = await runCli([...IMPORTERS[0]![1], '--rejects', '/dev/null', '--force', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: --rejects /dev/null exists and is not a plain file\nHint: name a new file for the rejected rows\n');
  });
});

describe('what the rejects file holds', () => {
  it('the rows of every file, each naming its file', async () => {
    const second = join(dir, 'more.csv');
    // Same columns as bad-rows.csv: one good row, one without an arrival (line 3).
    writeFileSync(second, 'call_id,arrival,agent,wait,talk,outcome,csat\nM-1,2026-11-03 09:00:00,dana,1,10,answered,\nM-2,,dana,1,10,answered,\n');
    const rejects = join(dir, 'rejects.csv');
    const result = await runCli(['import', 'bad-rows.csv', second, '--rejects', rejects, '--db', db], { cwd: join(FIXTURES, 'generic') });
    expect(result.code).toBe(0);
    const lines = readFileSync(rejects, 'utf8').trimEnd().split('\n');
    // One header, bad-rows.csv's seven rejected rows, then more.csv's one.
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines.slice(1, 8).every((line) => line.includes('bad-rows.csv:'))).toBe(true);
    expect(lines[8]).toBe(`M-2,,dana,1,10,answered,,${second}:3: arrival: missing arrival time`);
  });

  it('a file with other columns repeats its own header before its rows', async () => {
    const second = join(dir, 'other.csv');
    writeFileSync(second, 'id,start,outcome\nX-1,,answered\nX-2,2026-11-03 09:00:00,answered\n');
    const rejects = join(dir, 'rejects.csv');
    expect((await runCli(['import', 'bad-rows.csv', second, '--rejects', rejects, '--db', db], { cwd: join(FIXTURES, 'generic') })).code).toBe(0);
    const lines = readFileSync(rejects, 'utf8').trimEnd().split('\n');
    expect(lines.slice(8)).toEqual(['id,start,outcome,reject_reason', `X-1,,answered,${second}:2: start: missing arrival time`]);
  });

  it('--strict --rejects keeps the row that caused the refusal', async () => {
    const rejects = join(dir, 'rejects.csv');
    const before = dumpStore(db);
    const result = await runCli(['import', 'bad-rows.csv', '--strict', '--rejects', rejects, '--db', db], { cwd: join(FIXTURES, 'generic') });
    expect(result.code).toBe(3);
    // The first bad row of bad-rows.csv is B-2 on line 3, which has no arrival.
    expect(readFileSync(rejects, 'utf8')).toBe('call_id,arrival,agent,wait,talk,outcome,csat,reject_reason\nB-2,,dana,10,100,answered,,bad-rows.csv:3: arrival: missing arrival time\n');
    expect(dumpStore(db)).toEqual(before);
  });
});
