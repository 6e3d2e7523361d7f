import { existsSync, readdirSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const ENGLISH = join(FIXTURES, 'generic', 'english.csv');

describe('--db names a file, or is refused', () => {
  it("--db '' is refused instead of silently using the default store", async () => {
    const result = await runCli(['import', ENGLISH, '--db', ''], { env: { HOME: dir } });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: --db is empty\nHint: name the store file, e.g. --db ~/svc.db, or leave --db out to use $SVC_DB or the default store\n',
    });
    expect(existsSync(join(dir, '.local'))).toBe(false);
  });

  it('--db :memory: is refused: an import there would keep nothing', async () => {
    const result = await runCli(['import', ENGLISH, '--db', ':memory:']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: --db :memory: would keep nothing: the store is a file\nHint: name a file, e.g. --db /tmp/scratch.db, for a store to throw away later\n');
  });

  it('--db /dev/null is refused with one line', async () => {
    const result = await runCli(['import', ENGLISH, '--db', '/dev/null']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'Error: the store /dev/null is not a file (a device or a pipe)\nHint: name a file, e.g. --db ~/svc.db\n' });
  });

  it('a dangling symlink is refused, and nothing is created where it points', async () => {
    const link = join(dir, 'svc.db');
    symlinkSync(join(dir, 'target.db'), link);
    const result = await runCli(['import', ENGLISH, '--db', link]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`Error: the store ${link} is a symbolic link to a file that does not exist`);
    expect(readdirSync(dir)).toEqual(['svc.db']);
  });

  it('an existing empty file becomes an owner-only store', async () => {
    const file = join(dir, 'svc.db');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    expect((await runCli(['import', ENGLISH, '--db', file])).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('commands that only read never create a store', () => {
  const READERS = [
    ['report'],
    ['calls'],
    ['check'],
    ['callbacks'],
    ['db', 'info'],
    ['imports'],
    ['commit', 'list'],
    ['complaint', 'list'],
    ['config', 'list'],
    ['target', 'list'],
    ['survey', 'list'],
    ['swot', 'list'],
  ];
  for (const command of READERS) {
    it(`svc ${command.join(' ')} with no store names the path it looked at, exit 1, and creates nothing`, async () => {
      const file = join(dir, 'svc.db');
      const result = await runCli([...command, '--db', file]);
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: `Error: there is no store at ${file}\nHint: svc import FILE creates it (with --db ${file} or SVC_DB=${file}); if the store is elsewhere, name it with --db or SVC_DB\n`,
      });
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('the default location is not created either', async () => {
    const result = await runCli(['report'], { env: { HOME: dir } });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`Error: there is no store at ${join(dir, '.local', 'share', 'svc', 'svc.db')}`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
