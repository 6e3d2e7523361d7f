import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { dumpStore } from '../helpers/store-dump.js';

let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['config', 'set', 'timezone', 'UTC', '--db', db])).code).toBe(0);
});
afterEach(() => cleanup());

const svc = (args: string[]) => runCli([...args, '--db', db], { cwd: join(FIXTURES, 'generic') });

describe('options that conflict or cannot apply are refused, and nothing is written', () => {
  it('two --map for one field', async () => {
    const before = dumpStore(db);
    const result = await svc(['import', 'english.csv', '--map', 'agent=Agent', '--map', 'agent=Queue']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: --map agent is given twice (agent=Agent and agent=Queue)\nHint: a field is taken from one column; keep one --map for it\n',
    });
    expect(dumpStore(db)).toEqual(before);
  });

  it("--tz ''", async () => {
    const result = await svc(['import', 'english.csv', '--tz', '']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("Error: --tz is empty\nHint: name an IANA zone such as Asia/Jerusalem or UTC, or leave --tz out to use the store's\n");
  });

  it('--sheet on a CSV file', async () => {
    const before = dumpStore(db);
    const result = await svc(['import', 'english.csv', '--sheet', 'Calls']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('Error: the generic format takes no --sheet');
    expect(dumpStore(db)).toEqual(before);
  });
});

describe('several files, one of them bad', () => {
  it('imports the others, then exits 1 naming the file that failed', async () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'name,price\nsoap,3\n');
    const result = await svc(['import', broken, 'english.csv', 'tabs.tsv']);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`${broken}: not imported: ${broken} is not a call log: no recognisable columns`);
    expect(lines[1]).toMatch(/^english\.csv: 6 inserted, 0 duplicates, 0 rejected in [\d.]+ s \(import #1\)$/);
    expect(lines[2]).toMatch(/^tabs\.tsv: \d+ inserted/);
    expect(lines.slice(3)).toEqual([
      `Error: 1 of 3 files not imported: ${broken}`,
      'Hint: the other 2 were imported; fix these and run the same command again (what is already in is not added twice)',
    ]);
  });

  it('under --strict a bad file still refuses them all', async () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'name,price\nsoap,3\n');
    const before = dumpStore(db);
    const result = await svc(['import', 'english.csv', broken, '--strict']);
    expect(result.code).toBe(1);
    expect(dumpStore(db)).toEqual(before);
  });
});
