import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';
import { writeManyCalls } from '../helpers/many-calls.js';

// A really full disk: a tmpfs of a few KiB mounted in a mount namespace of the test's own
// (unshare maps the user to root inside it, so no privilege is needed), holding the store or
// the --rejects file. Each run prints its exit code, stderr and the store's imports afterwards.
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-full-')));
afterEach(() => cleanup());

function onSmallDisk(size: string, script: string): { stdout: string; stderr: string; status: number | null } {
  mkdirSync(join(dir, 'small'));
  const svc = `"${process.execPath}" "${BIN}"`;
  const result = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', `mount -t tmpfs -o size=${size} tmpfs small && ${script.replaceAll('svc ', `${svc} `)}`], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1', TZ: 'UTC' },
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('a full disk', () => {
  it('under the store: one Error line, exit 1, and the store as it was', () => {
    writeManyCalls(join(dir, 'big.csv'), 40_000);
    const english = join(FIXTURES, 'generic', 'english.csv');
    const result = onSmallDisk('1m', [
      `SVC_DB=small/svc.db svc import -q ${english} >/dev/null 2>&1`,
      'SVC_DB=small/svc.db svc import -q big.csv 2>err.txt; echo "exit $?"; cat err.txt',
      "SVC_DB=small/svc.db svc imports --format json",
    ].join('; '));
    expect(result.status).toBe(0);
    const [exit, error, hint, ...imports] = result.stdout.split('\n');
    expect(exit).toBe('exit 1');
    expect(`${error}\n${hint}`).toBe('Error: the disk holding the store is full: the change in progress was not written, the store is as it was before it\nHint: free some space and run the command again');
    // The six calls of english.csv, imported before the disk filled, and nothing of big.csv.
    expect(JSON.parse(imports.join('\n')).map((entry: { inserted: number }) => entry.inserted)).toEqual([6]);
  });

  it('under the --rejects file: one Error line, exit 1, and nothing imported', () => {
    const bad = join(FIXTURES, 'generic', 'bad-rows.csv');
    const result = onSmallDisk('64k', [
      'head -c 65536 /dev/zero > small/fill 2>/dev/null',
      `SVC_DB=store.db svc import -q ${bad} --rejects small/rejects.csv 2>err.txt; echo "exit $?"; tail -n 1 err.txt`,
      'SVC_DB=store.db svc imports --format json',
    ].join('; '));
    const [exit, error, ...imports] = result.stdout.split('\n');
    expect(exit).toBe('exit 1');
    expect(error).toBe(`Error: cannot write ${join(dir, 'small', 'rejects.csv')}: ENOSPC: no space left on device, write`);
    expect(imports.join('\n').trim()).toBe('[]');
    expect(runBin(['imports', '--format', 'json'], { cwd: dir, env: { SVC_DB: join(dir, 'store.db') } }).stdout).toBe('[]\n');
  });
});
