import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/** Files svc writes beside the store hold the same customers' phone numbers: owner-only, like the store. */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const mode = (file: string) => statSync(file).mode & 0o777;

describe('files holding customers’ data', () => {
  it('svc db backup writes the copy owner-only', async () => {
    const db = join(dir, 'svc.db');
    expect((await runCli(['import', join(FIXTURES, 'generic', 'english.csv'), '--quiet', '--db', db])).code).toBe(0);
    expect((await runCli(['commit', 'add', '--customer', '0501234567', '--due', 'tomorrow', 'Refund', '--db', db])).code).toBe(0);
    const copy = join(dir, 'copy.db');
    const result = await runCli(['db', 'backup', copy, '--db', db]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: `Backed up ${db} to ${copy} (the ledgers to ${copy}-ledger)\n` });
    expect(mode(copy)).toBe(0o600);
    expect(mode(`${copy}-ledger`)).toBe(0o600);
    // The copy is a whole store: the six calls of english.csv, and the one promise in its ledger file.
    const info = JSON.parse((await runCli(['db', 'info', '--format', 'json', '--db', copy])).stdout) as { ledger_file: string; tables: Record<string, number> };
    expect(info.ledger_file).toBe(`${copy}-ledger`);
    expect(info.tables).toMatchObject({ calls: 6, commitments: 1 });
  });

  it('svc db backup still refuses an existing file and leaves it as it was', async () => {
    const db = join(dir, 'svc.db');
    expect((await runCli(['config', 'set', 'week_start', 'monday', '--db', db])).code).toBe(0);
    const result = await runCli(['db', 'backup', db, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: ${db} already exists\nHint: choose a new file name; a backup never overwrites\n`);
  });

  it('svc import --rejects writes the rejected rows owner-only', async () => {
    const rejects = join(dir, 'rejects.csv');
    const result = await runCli(['import', 'bad-rows.csv', '--rejects', rejects, '--db', join(dir, 'svc.db')], { cwd: join(FIXTURES, 'generic') });
    expect(result.code).toBe(0);
    expect(mode(rejects)).toBe(0o600);
  });

  it('the --rejects files of svc commit import and svc survey import are owner-only', async () => {
    const db = join(dir, 'svc.db');
    const commitments = join(dir, 'commitments-rejects.csv');
    expect((await runCli(['commit', 'import', 'ledger/commitments.csv', '--rejects', commitments, '--db', db], { cwd: FIXTURES })).code).toBe(0);
    expect(mode(commitments)).toBe(0o600);
    const answers = join(dir, 'survey-rejects.csv');
    const survey = ['survey', 'import', 'reviews/nps-web-form.csv', '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?'];
    expect((await runCli([...survey, '--rejects', answers, '--db', db], { cwd: FIXTURES })).code).toBe(0);
    expect(mode(answers)).toBe(0o600);
  });
});
