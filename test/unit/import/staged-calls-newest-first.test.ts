import { describe, expect, it } from 'vitest';
import { stagedCallsNewestFirst } from '../../../src/db/customer-pass.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { stageCustomers } from '../../../src/db/rollups.js';
import { connection } from '../../../src/db/store.js';

type Row = [id: number, customer: string, arrivalAt: number, localHour: number, outcome: string, waitS: number | null, csat: number | null, sourceKey: string, next: number | null];

/** 40 customers (c00…c39), 25 calls each in shuffled arrival order, each at the same second as its customer’s call 200 ids away, every third with a stored next arrival. */
function storeOfCalls(): { db: Store; rows: Row[] } {
  const db = openStore(':memory:');
  const sql = connection(db);
  sql.prepare("INSERT INTO imports (id, source, format, started_at) VALUES (1, 'f', 'generic', 'now')").run();
  const insert = sql.prepare(
    'INSERT INTO calls (id, source_key, import_id, customer, arrival_at, local_hour, outcome, wait_s, csat) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)',
  );
  const next = sql.prepare('INSERT INTO next_arrivals (call_id, next_arrival_at) VALUES (?, ?)');
  const rows: Row[] = [];
  for (let id = 1; id <= 1000; id++) {
    const customer = `c${String((id * 7) % 40).padStart(2, '0')}`;
    const arrivalAt = 1_790_000_000 + ((id * 7919) % 200) * 600;
    const outcome = id % 3 === 0 ? 'abandoned' : 'answered';
    const waitS = id % 5 === 0 ? null : id % 90;
    const csat = id % 4 === 0 ? 1 + (id % 5) : null;
    const stored = id % 3 === 1 ? arrivalAt + 60 : null;
    insert.run(id, `k${id}`, customer, arrivalAt, Math.floor(arrivalAt / 3600), outcome, waitS, csat);
    if (stored !== null) next.run(id, stored);
    rows.push([id, customer, arrivalAt, Math.floor(arrivalAt / 3600), outcome, waitS, csat, `k${id}`, stored]);
  }
  return { db, rows };
}

/** The staged customers' rows sorted here: customer, then arrival and id, both newest first. */
const expectedOrder = (rows: Row[], staged: (customer: string) => boolean) =>
  rows.filter((row) => staged(row[1])).sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : b[2] - a[2] || b[0] - a[0]));

describe('the staged customers’ calls, newest first', () => {
  it('come in order when the staged customers own fewer than one in twenty of the calls (read through calls_by_customer)', () => {
    const { db, rows } = storeOfCalls();
    stageCustomers(db, "SELECT 'c31'");
    const read = [...stagedCallsNewestFirst(db)];
    expect(read).toHaveLength(25);
    expect(read).toEqual(expectedOrder(rows, (customer) => customer === 'c31'));
    db.close();
  });

  it('come in the same order when the staged customers own most of the calls (the table read and sorted)', () => {
    const { db, rows } = storeOfCalls();
    stageCustomers(db, 'SELECT DISTINCT customer FROM calls WHERE customer <> ?', 'c05');
    const read = [...stagedCallsNewestFirst(db)];
    expect(read).toHaveLength(975);
    expect(read).toEqual(expectedOrder(rows, (customer) => customer !== 'c05'));
    db.close();
  });
});
