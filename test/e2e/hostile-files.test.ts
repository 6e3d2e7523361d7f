import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';
import { dumpStore } from '../helpers/store-dump.js';

/**
 * The built bin/svc against files that are not what they seem: a named pipe, a file it may not
 * read, a store it may read but not write, an output on a full disk. Permissions mean nothing
 * to root, so as root the runs that need them are made as the unprivileged user `nobody`.
 */
const { dir, cleanup } = tempDir('svc-e2e-hostile-');
const asRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const other = asRoot ? NOBODY : undefined;
const ENGLISH = join(FIXTURES, 'generic', 'english.csv');

beforeAll(() => chmodSync(dir, 0o755));
afterAll(() => cleanup());

describe('svc import of a named pipe', () => {
  it('reads what the writer sends, once: the six calls of english.csv', async () => {
    const fifo = join(dir, 'calls.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `cat "${ENGLISH}" > "${fifo}"`]);
    const writerDone = new Promise<number | null>((resolve) => writer.on('exit', (code) => resolve(code)));
    const db = join(dir, 'pipe.db');
    // Run asynchronously: a hang would fail the test by its timeout instead of blocking the writer.
    const child = spawn(process.execPath, [join(FIXTURES, '..', 'bin', 'svc'), 'import', fifo, '--db', db], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, TZ: 'UTC' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)));
    expect(await writerDone).toBe(0);
    expect(code).toBe(0);
    expect(stderr).toMatch(/: 6 inserted, 0 duplicates, 0 rejected/);
  }, 20_000);
});

describe('a field of 50 MB', () => {
  it('is one rejected row, read in the worker thread (a file over 8 MiB), and the rows around it are imported', () => {
    const file = join(dir, 'huge-field.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'call_id,arrival,wait,talk,outcome,note\nH-1,2026-11-02 09:00:00,10,100,answered,fine\nH-2,2026-11-02 09:01:00,10,100,answered,');
    const block = 'x'.repeat(1 << 20);
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    writeSync(fd, '\nH-3,2026-11-02 09:02:00,10,100,answered,fine\n');
    closeSync(fd);
    const result = runBin(['import', 'huge-field.csv', '--db', join(dir, 'huge.db')], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('huge-field.csv:3: (row): longer than 1,048,576 characters, the most a row may hold (its fields are not kept)');
    expect(result.stderr).toMatch(/huge-field\.csv: 2 inserted, 0 duplicates, 1 rejected/);
  }, 60_000);
});

describe('an input file svc may not read', () => {
  it('is one Error line naming the file, exit 1, and the store is unchanged', () => {
    const work = join(dir, 'unreadable');
    spawnSync('mkdir', ['-m', '0777', work]);
    const secret = join(work, 'secret.csv');
    copyFileSync(ENGLISH, secret);
    chmodSync(secret, 0o000);
    const db = join(work, 'svc.db');
    expect(runBin(['import', ENGLISH, '--db', db], { cwd: work, user: other }).code).toBe(0);
    const before = dumpStore(db);
    const result = runBin(['import', 'secret.csv', '--db', db], { cwd: work, user: other });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'Error: cannot read secret.csv: permission denied\n' });
    expect(dumpStore(db)).toEqual(before);
  });
});

describe('a store svc may read but not write', () => {
  let db: string;
  let folder: string;
  beforeAll(() => {
    folder = join(dir, 'readonly');
    spawnSync('mkdir', ['-m', '0755', folder]);
    db = join(folder, 'svc.db');
    expect(runBin(['import', ENGLISH, '--db', db], { cwd: dir }).code).toBe(0);
    chmodSync(db, 0o444);
    // The ledgers' file beside it, readable the same way.
    chmodSync(`${db}-ledger`, 0o444);
    // Its folder closed to writes too: the hardest case, with no room for SQLite's -shm file.
    if (!asRoot) chmodSync(folder, 0o555);
  });
  afterAll(() => chmodSync(folder, 0o755));

  it('reading commands open it read-only and work: db info counts the six calls of english.csv', () => {
    const result = runBin(['db', 'info', '--format', 'json', '--db', db], { cwd: dir, user: other });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { tables: Record<string, number> }).tables.calls).toBe(6);
  });

  it('svc report works on it', () => {
    const result = runBin(['report', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'json', '--db', db], { cwd: dir, user: other });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('an import into it is one Error line, exit 1, and the store is unchanged', () => {
    const before = readFileSync(db);
    const result = runBin(['import', join(FIXTURES, 'generic', 'tabs.tsv'), '--db', db], { cwd: dir, user: other });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: [^\n]*\n(Hint: [^\n]*\n)?$/);
    expect(readFileSync(db)).toEqual(before);
  });
});

describe('stdout on a full disk', () => {
  it('is one Error line, exit 1, no stack trace', () => {
    const db = join(dir, 'full.db');
    expect(runBin(['import', ENGLISH, '--db', db], { cwd: dir }).code).toBe(0);
    const out = spawnSync('sh', ['-c', `"${process.execPath}" "${join(FIXTURES, '..', 'bin', 'svc')}" calls --from 2026-11-01 --to 2026-11-30 --db "${db}" > /dev/full`], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, TZ: 'UTC', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(out.stderr).toBe('Error: cannot write the output: no space left on device\n');
    expect(out.status).toBe(1);
  });
});

describe('--rejects onto a device', () => {
  it('--rejects /dev/full is refused before anything is read, and the store is unchanged', () => {
    const db = join(dir, 'rejects-full.db');
    expect(runBin(['import', ENGLISH, '--db', db], { cwd: dir }).code).toBe(0);
    const before = dumpStore(db);
    // /dev/full is not a plain file, so it is refused before anything is read.
    const result = runBin(['import', join(FIXTURES, 'generic', 'bad-rows.csv'), '--rejects', '/dev/full', '--force', '--db', db], { cwd: dir });
    expect(result.code).toBe(1);
    expect(dumpStore(db)).toEqual(before);
  });
});
