import { connection, type Store } from './store.js';

/** Which file of the store a write goes to: the calls' (main) or the ledgers'. */
export type StoreFile = 'main' | 'ledger';

/**
 * A statement that changes nothing but takes the file's write lock (waiting for it like any
 * write). BEGIN IMMEDIATE would lock every attached file, so an import would hold the ledgers too.
 */
const TAKE_LOCK: Record<StoreFile, string> = {
  main: 'DELETE FROM main.settings WHERE 0',
  ledger: 'DELETE FROM ledger.commitments WHERE 0',
};

/** Starts a write transaction holding the lock of one file only, taken before anything is read. */
export function beginWrite(store: Store, file: StoreFile): void {
  const db = connection(store);
  db.exec('BEGIN');
  try {
    db.exec(TAKE_LOCK[file]);
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Runs `work` in one write transaction on one file (a savepoint inside a transaction already open). */
export function writeTransaction<T>(store: Store, file: StoreFile, work: () => T): T {
  const db = connection(store);
  if (db.inTransaction) return db.transaction(work)();
  beginWrite(db, file);
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
