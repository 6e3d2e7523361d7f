import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/** --quiet on the commands that summarise on stderr: silence when all went well, and only then. */
let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-23T08:00:00Z' };
  expect(await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem', '--quiet'], { env })).toEqual({ code: 0, stdout: '', stderr: '' });
});
afterEach(() => cleanup());

const svc = (...args: string[]) => runCli(args, { env, cwd: dir });

describe('--quiet', () => {
  it('a ledger import where every row went in says nothing; one with rejects still shows them and the summary', async () => {
    writeFileSync(join(dir, 'good.csv'), 'external_id,customer,due,promise\nG-1,0501234567,2026-11-30,Refund\nG-2,0502,2026-12-01,Visit\n');
    expect(await svc('commit', 'import', 'good.csv', '--quiet')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await svc('commit', 'list', '--format', 'json')).stdout).toContain('"promise": "Refund"');
    // fixtures/ledger/README.md: lines 4, 5, 6 and 8 are rejected, 2 rows go in.
    const withRejects = await svc('commit', 'import', join(FIXTURES, 'ledger', 'commitments.csv'), '--quiet');
    expect(withRejects.code).toBe(0);
    expect(withRejects.stderr.split('\n').at(-2)).toBe(`${join(FIXTURES, 'ledger', 'commitments.csv')}: 2 inserted, 0 duplicates, 4 rejected`);
    expect(withRejects.stderr.split('\n')).toHaveLength(6);
  });

  it('imports undo and db backup do their work and say nothing', async () => {
    expect(await svc('import', join(FIXTURES, 'generic', 'english.csv'), '--quiet')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await svc('imports', 'undo', '1', '--quiet')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse((await svc('imports', '--format', 'json')).stdout)).toMatchObject([{ id: 1, inserted: 6, status: 'undone' }]);
    expect(await svc('db', 'backup', 'copy.db', '--quiet')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(join(dir, 'copy.db'))).toBe(true);
  });

  it('an error is still said in full', async () => {
    expect(await svc('imports', 'undo', '7', '--quiet')).toMatchObject({ code: 1, stdout: '' });
    expect((await svc('imports', 'undo', '7', '--quiet')).stderr).toMatch(/^Error: /);
  });
});
