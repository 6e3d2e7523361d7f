import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('store location', () => {
  /** A command that only reads names the store it looked for when there is none, so it shows which location won. */
  const lookedAt = async (args: string[], env: Record<string, string>) => (await runCli(args, { env })).stderr.split('\n')[0];
  const noStore = (file: string) => `Error: there is no store at ${file}`;

  it('prefers --db over SVC_DB over XDG_DATA_HOME', async () => {
    const env = { SVC_DB: join(dir, 'env.db'), XDG_DATA_HOME: join(dir, 'xdg') };
    expect(await lookedAt(['db', 'info', '--db', join(dir, 'flag.db')], env)).toBe(noStore(join(dir, 'flag.db')));
    expect(await lookedAt(['db', 'info'], env)).toBe(noStore(join(dir, 'env.db')));
    expect(await lookedAt(['db', 'info'], { XDG_DATA_HOME: join(dir, 'xdg') })).toBe(noStore(join(dir, 'xdg', 'svc', 'svc.db')));
    expect(await lookedAt(['db', 'info'], { HOME: dir })).toBe(noStore(join(dir, '.local', 'share', 'svc', 'svc.db')));
    // Once the store exists, db info names it on stdout.
    expect((await runCli(['config', 'set', 'week_start', 'monday'], { env })).code).toBe(0);
    expect((await runCli(['db', 'info', '--format', 'json'], { env })).stdout).toContain(`"file": "${join(dir, 'env.db')}"`);
  });

  it('takes --db before the command too, the command\'s own --db first', async () => {
    const env = { SVC_DB: join(dir, 'env.db') };
    expect(await lookedAt(['--db', join(dir, 'before.db'), 'db', 'info', '--format', 'json'], env)).toBe(noStore(join(dir, 'before.db')));
    expect(await lookedAt(['--db', join(dir, 'before.db'), 'db', 'info', '--format', 'json', '--db', join(dir, 'after.db')], env)).toBe(noStore(join(dir, 'after.db')));
  });

  it('creates the store owner-only, and the default location’s folders owner-only too', async () => {
    const named = join(dir, 'svc.db');
    expect((await runCli(['config', 'set', 'week_start', 'monday', '--db', named])).code).toBe(0);
    expect(statSync(named).mode & 0o777).toBe(0o600);
    const result = await runCli(['config', 'set', 'week_start', 'monday'], { env: { HOME: dir } });
    expect(result.code).toBe(0);
    expect(statSync(join(dir, '.local', 'share', 'svc')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, '.local', 'share', 'svc', 'svc.db')).mode & 0o777).toBe(0o600);
  });

  it('refuses a store path whose folder does not exist instead of creating it', async () => {
    const missing = join(dir, 'no', 'such');
    const file = join(missing, 'x.db');
    const fromEnv = await runCli(['db', 'info'], { env: { SVC_DB: file } });
    expect(fromEnv).toEqual({
      code: 1,
      stdout: '',
      stderr: `Error: the folder ${missing} does not exist (the store named by SVC_DB is ${file})\nHint: check the path, or create the folder first: mkdir -p ${missing}\n`,
    });
    const fromFlag = await runCli(['report', '--db', file]);
    expect(fromFlag.code).toBe(1);
    expect(fromFlag.stderr.split('\n')[0]).toBe(`Error: the folder ${missing} does not exist (the store named by --db is ${file})`);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('refuses a file that is not a SQLite database with one line', async () => {
    const file = join(dir, 'notes.db');
    (await import('node:fs')).writeFileSync(file, 'this is not a database, just some text that is long enough to have a header'.repeat(10));
    const result = await runCli(['db', 'info', '--db', file]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`Error: ${file} is not an svc store (not a SQLite database)`);
  });
});

describe('svc config', () => {
  it('lists defaults, sets and gets values', async () => {
    const db = join(dir, 's.db');
    const env = { SVC_DB: db };
    expect((await runCli(['config', 'set', 'sl_threshold_s', '20'], { env })).code).toBe(0);
    expect((await runCli(['config', 'get', 'week_start'], { env })).stdout).toBe('monday\n');
    expect((await runCli(['config', 'set', 'week_start', 'Sunday'], { env })).code).toBe(0);
    expect((await runCli(['config', 'get', 'week_start'], { env })).stdout).toBe('sunday\n');
    expect((await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem'], { env })).code).toBe(0);
    const list = JSON.parse((await runCli(['config', 'list', '--format', 'json'], { env })).stdout) as { key: string; value: string; source: string }[];
    expect(list.find((row) => row.key === 'timezone')).toMatchObject({ value: 'Asia/Jerusalem', source: 'set' });
    expect(list.find((row) => row.key === 'sl_threshold_s')).toMatchObject({ value: '20', source: 'set' });
    expect(list.find((row) => row.key === 'repeat_window_h')).toMatchObject({ value: '168', source: 'default' });
  });

  it('refuses invalid values and names the allowed ones', async () => {
    const env = { SVC_DB: join(dir, 's.db') };
    const bad = await runCli(['config', 'set', 'week_start', 'funday'], { env });
    expect(bad).toEqual({ code: 1, stdout: '', stderr: 'Error: week_start must be one of sunday, monday, tuesday, wednesday, thursday, friday, saturday, not "funday"\n' });
    const zone = await runCli(['config', 'set', 'timezone', 'Mars/Olympus'], { env });
    expect(zone.code).toBe(1);
    expect(zone.stderr).toBe('Error: unknown time zone "Mars/Olympus"\nHint: use an IANA name such as Asia/Jerusalem, Europe/London or UTC\n');
    expect((await runCli(['config', 'set', 'sl_threshold_s', '-3'], { env })).stderr).toBe('Error: sl_threshold_s must be a number >= 0, not "-3"\n');
    expect((await runCli(['config', 'set', 'colour', 'red'], { env })).stderr).toMatch(/^Error: unknown setting "colour"\nHint: settings are: timezone, week_start/);
  });

  it('reports an unknown command as a usage error with exit 1', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: unknown command 'frobnicate'/);
  });
});
