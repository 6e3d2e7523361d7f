import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * An import at least as large as the store drops the read indexes of calls and of the customer
 * projection and builds them again
 * at its end; a smaller one updates them as it goes. Either way the store must end with the same
 * indexes, each holding exactly the table's rows, and a refused import must leave them untouched.
 */
let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
});
afterEach(() => cleanup());

function svc(args: string[]) {
  return runCli([...args, '--db', db], { cwd: join(FIXTURES, 'generic') });
}

function inspect(): { indexes: unknown[]; integrity: unknown; calls: unknown } {
  const store = new Database(db, { readonly: true });
  const indexes = store.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('calls', 'customer_months', 'customer_call_events') ORDER BY name").all();
  const integrity = store.pragma('integrity_check', { simple: true });
  const calls = store.prepare('SELECT count(*) FROM calls').pluck().get();
  store.close();
  return { indexes, integrity, calls };
}

describe('the indexes of calls and the customer projection around an import', () => {
  it('are the same after an import into an empty store, after a small import into a larger one, and after a refused one', async () => {
    expect((await svc(['config', 'set', 'timezone', 'UTC'])).code).toBe(0);
    const before = inspect();
    expect(before.indexes.map((index) => (index as { name: string }).name)).toEqual([
      'calls_by_customer',
      'calls_by_hour',
      'customer_call_events_by_time',
      'customer_months_by_month',
      'sqlite_autoindex_calls_1',
    ]);

    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    const afterFirst = inspect();
    expect(afterFirst).toMatchObject({ indexes: before.indexes, integrity: 'ok' });
    expect(afterFirst.calls).toBeGreaterThan(0);

    expect((await svc(['import', 'bad-rows.csv', '--strict'])).code).toBe(3);
    expect(inspect()).toEqual(afterFirst);

    expect((await svc(['import', 'tabs.tsv'])).code).toBe(0);
    const afterSecond = inspect();
    expect(afterSecond).toMatchObject({ indexes: before.indexes, integrity: 'ok' });
    expect(afterSecond.calls).toBeGreaterThan(afterFirst.calls as number);
  });
});
