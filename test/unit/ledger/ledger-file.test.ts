import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, migrations, schemaVersion } from '../../../src/db/migrations/index.js';
import { openStore } from '../../../src/db/open.js';
import { UserError } from '../../../src/errors.js';
import { sqlRows } from '../../helpers/store-file.js';
import { tempDir } from '../../helpers/cli.js';
import { connection, storeOf, type Connection } from '../../../src/db/store.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** A store as svc left it before the ledgers had a file of their own (schema 3), with one entry of each kind. */
function storeAtVersion3(file: string): Connection {
  const db = storeOf(new Database(file));
  db.pragma('journal_mode = WAL');
  for (const migration of migrations.filter((m) => m.version <= 3)) {
    migration.up(db);
    db.pragma(`user_version = ${migration.version}`);
  }
  db.exec(`
    INSERT INTO commitments (id, customer, promise, due_at, made_at, made_by, recorded_at) VALUES (1, '0501', 'Refund', 2000, 1000, 'ruth', 1000);
    INSERT INTO commitment_events (commitment_id, kind, at, by, note) VALUES (1, 'keep', 1500, 'dana', 'sent');
    INSERT INTO complaints (id, customer, category, category_key, severity, description, received_at, recorded_by, recorded_at)
      VALUES (7, '0502', 'Billing', 'billing', 'high', 'Charged twice', 1100, 'ruth', 1100);
    INSERT INTO complaint_events (complaint_id, kind, at, by) VALUES (7, 'ack', 1200, 'eli');`);
  return db;
}

const tablesIn = (file: string) => sqlRows<{ name: string }>(file, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map((row) => row.name);
const LEDGER_TABLES = ['commitment_events', 'commitments', 'complaint_events', 'complaints'];

describe('the ledgers in a file of their own beside the store', () => {
  it('moves the entries of an older store into the ledger file, unchanged; events written before keep no recording time', () => {
    const file = join(dir, 'svc.db');
    storeAtVersion3(file).close();
    const db = openStore(file);
    expect(schemaVersion(db)).toBe(latestVersion());
    db.close();
    expect(tablesIn(file).filter((name) => LEDGER_TABLES.includes(name))).toEqual([]);
    expect(tablesIn(`${file}-ledger`)).toEqual(LEDGER_TABLES);
    const ledger = `${file}-ledger`;
    expect(sqlRows(ledger, 'SELECT id, customer, promise, due_at, made_at, made_by, recorded_at FROM commitments')).toEqual([
      { id: 1, customer: '0501', promise: 'Refund', due_at: 2000, made_at: 1000, made_by: 'ruth', recorded_at: 1000 },
    ]);
    expect(sqlRows(ledger, 'SELECT commitment_id, kind, at, by, note, recorded_at FROM commitment_events')).toEqual([
      { commitment_id: 1, kind: 'keep', at: 1500, by: 'dana', note: 'sent', recorded_at: null },
    ]);
    expect(sqlRows(ledger, 'SELECT id, category, received_at FROM complaints')).toEqual([{ id: 7, category: 'Billing', received_at: 1100 }]);
    expect(sqlRows(ledger, 'SELECT complaint_id, kind, at, recorded_at FROM complaint_events')).toEqual([{ complaint_id: 7, kind: 'ack', at: 1200, recorded_at: null }]);
  });

  it('finishes a move killed between its two steps without losing or doubling an entry', () => {
    const file = join(dir, 'svc.db');
    const db = storeAtVersion3(file);
    // The first step (copy into the ledger file) committed; the second (drop, version 4) never ran.
    db.prepare('ATTACH DATABASE ? AS ledger').run(`${file}-ledger`);
    db.transaction(() => migrations[3]!.stage!(db)).immediate();
    db.close();
    openStore(file).close();
    expect(sqlRows(`${file}-ledger`, 'SELECT count(*) AS n FROM commitments')).toEqual([{ n: 1 }]);
    expect(sqlRows(`${file}-ledger`, 'SELECT count(*) AS n FROM complaint_events')).toEqual([{ n: 1 }]);
    expect(tablesIn(file)).not.toContain('commitments');
  });

  it('keeps the ledgers append-only in their new file', () => {
    const db = openStore(':memory:');
    connection(db).exec("INSERT INTO commitments (customer, promise, due_at, made_at, made_by, recorded_at) VALUES ('1', 'x', 10, 1, 'x', 1)");
    expect(() => connection(db).exec("UPDATE commitments SET promise = 'y'")).toThrow(/append-only/);
    expect(() => connection(db).exec('DELETE FROM commitments')).toThrow(/append-only/);
    db.close();
  });

  it('refuses a store whose ledger file is gone, naming it, and leaves no empty one in its place', () => {
    const file = join(dir, 'svc.db');
    openStore(file).close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}-ledger${suffix}`, { force: true });
    expect(() => openStore(file)).toThrow(UserError);
    expect(() => openStore(file)).toThrow(`the ledger file ${file}-ledger of the store ${file} is missing`);
    expect(existsSync(`${file}-ledger`)).toBe(false);
  });
});
