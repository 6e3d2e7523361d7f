import { callsOfImport, type ImportRow } from './imports.js';
import { connection, type Store } from './store.js';

/**
 * Copies the calls of one import that have a customer to temp.removed_calls before they are
 * deleted: an undo of a few calls works out what they change per customer from them.
 */
export function stageRemovedCalls(store: Store, found: ImportRow): void {
  const db = connection(store);
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS removed_calls (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, source_key TEXT NOT NULL,
       arrival_at INTEGER NOT NULL, local_hour INTEGER NOT NULL, outcome TEXT NOT NULL, wait_s REAL)`,
  );
  const [where, ...params] = callsOfImport(found);
  db.prepare(
    `INSERT INTO temp.removed_calls SELECT id, customer, source_key, arrival_at, local_hour, outcome, wait_s
     FROM calls NOT INDEXED WHERE ${where} AND customer IS NOT NULL`,
  ).run(...params);
}

export function clearRemovedCalls(store: Store): void {
  connection(store).exec('DELETE FROM temp.removed_calls');
}
