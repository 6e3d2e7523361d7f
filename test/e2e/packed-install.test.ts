import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

// What `npm pack` makes is what people install: packed, installed globally into a temporary
// prefix, and run from a folder that is not the checkout.
const root = fileURLToPath(new URL('../..', import.meta.url));
const ourAddon = join(root, 'node_modules', 'better-sqlite3');
let dir: string;
let cleanup: () => void;
let prefix: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('svc-packed-'));
  prefix = join(dir, 'prefix');
  // dist/ is built by the test set-up; --ignore-scripts keeps pack from building it again.
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', join(dir, packed)], { cwd: dir, stdio: 'ignore' });
  // The native SQLite binding takes minutes to compile; the one this checkout compiled serves when the versions agree.
  const installed = join(prefix, 'lib', 'node_modules', 'svc-quality', 'node_modules', 'better-sqlite3');
  if (version(installed) === version(ourAddon)) {
    execFileSync('mkdir', ['-p', join(installed, 'build', 'Release')]);
    copyFileSync(join(ourAddon, 'build', 'Release', 'better_sqlite3.node'), join(installed, 'build', 'Release', 'better_sqlite3.node'));
  } else {
    execFileSync('npm', ['rebuild'], { cwd: installed, stdio: 'ignore' });
  }
}, 600_000);
afterAll(() => cleanup());

function version(packageFolder: string): string {
  return (JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as { version: string }).version;
}

function svc(...args: string[]) {
  const result = spawnSync(join(prefix, 'bin', 'svc'), args, {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1', TZ: 'UTC', SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-10T12:00:00Z' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed tarball, installed globally', () => {
  it('installs under its own name and runs svc from any folder', () => {
    const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(ours.name).toBe('svc-quality');
    expect(svc('--version')).toEqual({ code: 0, stdout: `${ours.version}\n`, stderr: '' });
  });

  it('imports and reports from the installed copy', () => {
    expect(svc('config', 'set', 'timezone', 'UTC').code).toBe(0);
    expect(svc('import', join(FIXTURES, 'report', 'week.csv'), '--quiet').code).toBe(0);
    const report = svc('report', '--format', 'json');
    expect(report.code).toBe(0);
    // fixtures/report/week.md: 7 of the week's 12 calls were answered.
    expect(JSON.parse(report.stdout).totals).toMatchObject({ answered: 7, abandoned: 5 });
  });
});
