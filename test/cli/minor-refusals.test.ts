import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['config', 'set', 'timezone', 'UTC', '--db', db])).code).toBe(0);
});
afterEach(() => cleanup());

describe('small refusals that say what was meant', () => {
  it('svc db backup "" says the name is empty instead of "Error:  already exists"', async () => {
    const result = await runCli(['db', 'backup', '', '--db', db], { cwd: dir });
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'Error: the backup file name is empty\nHint: name the copy, e.g. svc db backup /backups/svc-$(date +%F).db\n' });
  });

  it('a commitment id beyond 2^53 is echoed as typed, not rounded', async () => {
    const result = await runCli(['commit', 'show', '99999999999999999999', '--db', db]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'Error: no commitment 99999999999999999999\nHint: svc commit list shows the ids\n' });
  });

  it('a promise text starting with - gets a hint to put -- before it', async () => {
    const result = await runCli(['commit', 'add', '--customer', '0541234567', '--due', '2026-12-01', '-10% on the next bill', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Error: unknown option \'-10% on the next bill\'\nHint: if "-10% on the next bill" is text rather than an option, put -- before it: svc commit add … -- "-10% on the next bill"\n',
    );
  });
});
