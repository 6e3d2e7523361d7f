import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BatchedInsert } from '../../../src/db/batched-insert.js';
import { connection, storeOf } from '../../../src/db/store.js';

function store() {
  const db = storeOf(new Database(':memory:'));
  connection(db).exec('CREATE TABLE sums (k INTEGER PRIMARY KEY, label TEXT, n INTEGER NOT NULL) STRICT');
  return db;
}

const ADD = 'ON CONFLICT (k) DO UPDATE SET n = n + excluded.n';

describe('BatchedInsert with an ON CONFLICT clause', () => {
  it('inserts new rows and adds to stored ones, the full statements and the rest flushed', () => {
    const db = store();
    // Keys 1..20 are stored with n = 1; the upsert then brings keys 11..80 with n = key.
    connection(db).exec('WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE k < 20) INSERT INTO sums SELECT k, NULL, 1 FROM k');
    const rows = new BatchedInsert(db, 'sums', ['k', 'label', 'n'], ADD);
    // 70 rows: two statements of 32, then 6 left for flush().
    for (let k = 11; k <= 80; k++) rows.addRow([k, `row ${k}`, k]);
    expect(connection(db).prepare('SELECT count(*) FROM sums').pluck().get()).toBe(20 + 64 - 10);
    rows.flush();
    const all = connection(db).prepare('SELECT k, n FROM sums ORDER BY k').raw().all();
    const expected = Array.from({ length: 80 }, (_, i) => {
      const k = i + 1;
      return [k, k <= 10 ? 1 : k <= 20 ? 1 + k : k];
    });
    expect(all).toEqual(expected);
    // A stored row keeps its label: the conflict adds to n only.
    expect(connection(db).prepare('SELECT label FROM sums WHERE k = 15').pluck().get()).toBeNull();
    expect(connection(db).prepare('SELECT label FROM sums WHERE k = 79').pluck().get()).toBe('row 79');
  });

  it('copies each row as it is added, so one array can carry every row', () => {
    const db = store();
    const rows = new BatchedInsert(db, 'sums', ['k', 'label', 'n'], ADD);
    const row: (number | string)[] = [0, '', 0];
    for (let k = 1; k <= 40; k++) {
      row[0] = k;
      row[1] = `row ${k}`;
      row[2] = 2 * k;
      rows.addRow(row);
    }
    rows.flush();
    expect(connection(db).prepare('SELECT sum(n), count(DISTINCT label) FROM sums').raw().get()).toEqual([40 * 41, 40]);
  });
});
