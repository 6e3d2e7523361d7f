import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { rebuildRollups } from '../../src/db/rollups.js';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/** `svc imports` and `svc imports undo`, in-process, on the generic fixtures (see fixtures/generic/EXPECTED.md). */
const GENERIC = join(FIXTURES, 'generic');

let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await svc(['config', 'set', 'timezone', 'Asia/Jerusalem'])).code).toBe(0);
});
afterEach(() => cleanup());

function svc(args: string[], cwd = GENERIC) {
  return runCli([...args, '--db', db], { cwd });
}

function query(sql: string): unknown[] {
  const store = new Database(db, { readonly: true });
  try {
    return store.prepare(sql).all();
  } finally {
    store.close();
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

interface ListedImport {
  id: number;
  source: string;
  format: string;
  content_hash: string;
  started_at: string;
  inserted: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  merged: number;
  carried: number;
  status: string;
  undone_at: string | null;
}

async function listImports(): Promise<ListedImport[]> {
  const result = await svc(['imports', '--format', 'json']);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as ListedImport[];
}

describe('svc imports', () => {
  it('says so when there is nothing yet', async () => {
    expect((await svc(['imports', '--format', 'json'])).stdout).toBe('[]\n');
    expect((await svc(['imports'])).stdout).toBe('No imports yet.\n');
  });

  it('lists each import with its file, the sha256 of its bytes and its counts', async () => {
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    expect((await svc(['import', 'bad-rows.csv'])).code).toBe(0);
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    const listed = await listImports();
    expect(listed.map(({ started_at, ...rest }) => (expect(started_at).toMatch(ISO), rest))).toEqual([
      { id: 1, source: 'english.csv', format: 'generic', content_hash: sha256(join(GENERIC, 'english.csv')), inserted: 6, duplicates: 0, rejected: 0, skipped: 0, merged: 0, carried: 0, status: 'done', undone_at: null },
      { id: 2, source: 'bad-rows.csv', format: 'generic', content_hash: sha256(join(GENERIC, 'bad-rows.csv')), inserted: 2, duplicates: 0, rejected: 7, skipped: 0, merged: 0, carried: 0, status: 'done', undone_at: null },
      { id: 3, source: 'english.csv', format: 'generic', content_hash: sha256(join(GENERIC, 'english.csv')), inserted: 0, duplicates: 6, rejected: 0, skipped: 0, merged: 0, carried: 0, status: 'done', undone_at: null },
    ]);
  });
});

describe('svc imports undo', () => {
  it('removes exactly the calls of that import; the other import’s calls and the rollups stay right', async () => {
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    expect((await svc(['import', 'tabs.tsv'])).code).toBe(0);
    const result = await svc(['imports', 'undo', '1']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'import #1 undone: 6 calls removed\n' });
    expect(query('SELECT source_key, import_id FROM calls ORDER BY id')).toEqual([
      { source_key: 'T-1', import_id: 2 },
      { source_key: 'T-2', import_id: 2 },
    ]);

    // The hourly rollup kept by undo equals one rebuilt from scratch over the remaining calls.
    const rollup = 'SELECT * FROM hourly_rollup ORDER BY local_hour, queue, agent';
    const kept = query(rollup);
    const store = openStore(db);
    try {
      rebuildRollups(store, { slThresholdS: 20, shortAbandonS: 0, repeatWindowS: 168 * 3600 });
    } finally {
      store.close();
    }
    expect(kept).toEqual(query(rollup));
    // …and a third way: T-1 and T-2 share one hour, queue "sales", and two agents ("noa" and none).
    expect(kept).toHaveLength(2);
    expect(query('SELECT sum(answered) AS answered, sum(abandoned) AS abandoned FROM hourly_rollup')).toEqual([{ answered: 1, abandoned: 1 }]);

    const listed = await listImports();
    expect(listed.map((row) => [row.id, row.status])).toEqual([
      [1, 'undone'],
      [2, 'done'],
    ]);
    expect(listed[0]!.undone_at).toMatch(ISO);
  });

  it('leaves the calls a later import only saw as duplicates', async () => {
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    const lines = readFileSync(join(GENERIC, 'english.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'later.csv'), [lines[0], lines[5], lines[6], 'A-7,2026-11-03 09:00:00,billing,dana,0541234567,4,60,0,5,answered,Y,5', ''].join('\n'));
    expect((await svc(['import', 'later.csv'], dir)).code).toBe(0);
    expect(await svc(['imports', 'undo', '2'])).toEqual({ code: 0, stdout: '', stderr: 'import #2 undone: 1 call removed\n' });
    expect(query('SELECT source_key FROM calls ORDER BY id').map((row) => (row as { source_key: string }).source_key)).toEqual(['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'A-6']);
  });

  it('an undone import can be imported again', async () => {
    expect((await svc(['import', 'tabs.tsv'])).code).toBe(0);
    expect((await svc(['imports', 'undo', '1'])).code).toBe(0);
    expect(query('SELECT count(*) AS n FROM calls')).toEqual([{ n: 0 }]);
    const again = await svc(['import', 'tabs.tsv']);
    expect(again.stderr).toMatch(/^tabs\.tsv: 2 inserted, 0 duplicates, 0 rejected in \d+\.\d s \(import #2\)\n$/);
    expect(query('SELECT source_key, import_id FROM calls ORDER BY id')).toEqual([
      { source_key: 'T-1', import_id: 2 },
      { source_key: 'T-2', import_id: 2 },
    ]);
  });

  it('refuses an unknown id, an id already undone, and what is not an id', async () => {
    expect((await svc(['import', 'tabs.tsv'])).code).toBe(0);
    expect(await svc(['imports', 'undo', '99'])).toEqual({ code: 1, stdout: '', stderr: 'Error: no import #99\nHint: svc imports lists them\n' });
    expect(await svc(['imports', 'undo', 'abc'])).toEqual({ code: 1, stdout: '', stderr: 'Error: "abc" is not an import id\nHint: svc imports lists them\n' });
    expect((await svc(['imports', 'undo', '1'])).code).toBe(0);
    const undoneAt = (await listImports())[0]!.undone_at;
    expect(await svc(['imports', 'undo', '1'])).toEqual({ code: 1, stdout: '', stderr: `Error: import #1 was already undone at ${undoneAt}\n` });
    expect(query('SELECT count(*) AS n FROM calls')).toEqual([{ n: 0 }]);
  });
});
