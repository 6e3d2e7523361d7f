import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BatchedInsert } from '../../../src/db/batched-insert.js';
import { connection, storeOf } from '../../../src/db/store.js';

function store() {
  const db = storeOf(new Database(':memory:'));
  connection(db).exec('CREATE TABLE sums (k INTEGER PRIMARY KEY, label TEXT, n INTEGER NOT NULL) STRICT');
  return db;
}

describe('BatchedInsert', () => {
  it('inserts every row, the full statements and the rest flushed, in the order given', () => {
    const db = store();
    const rows = new BatchedInsert(db, 'sums', ['k', 'label', 'n']);
    // 70 rows: two statements of 32, then 6 left for flush().
    for (let k = 1; k <= 70; k++) rows.add(k, `row ${k}`, k * 10);
    expect(connection(db).prepare('SELECT count(*) FROM sums').pluck().get()).toBe(64);
    rows.flush();
    const all = connection(db).prepare('SELECT k, label, n FROM sums ORDER BY rowid').raw().all();
    expect(all).toEqual(Array.from({ length: 70 }, (_, i) => [i + 1, `row ${i + 1}`, (i + 1) * 10]));
  });
});
