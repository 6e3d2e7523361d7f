import { connection, type Store } from './store.js';

/** The schema name the ledger file is attached under. */
export const LEDGER = 'ledger';

/**
 * The commitments and complaints ledgers live in a file of their own beside the store, so a
 * person writing down a promise never waits for a call import holding the store's write lock.
 */
export function ledgerFileOf(storeFile: string): string {
  return storeFile === ':memory:' ? ':memory:' : `${storeFile}-ledger`;
}

export function attachLedger(store: Store, ledgerFile: string): void {
  const db = connection(store);
  db.prepare(`ATTACH DATABASE ? AS ${LEDGER}`).run(ledgerFile);
  db.pragma(`${LEDGER}.journal_mode = WAL`);
  db.pragma(`${LEDGER}.synchronous = NORMAL`);
}

/** Whether the attached ledger file holds the ledgers (false for a new, empty file). */
export function ledgerFileHoldsLedgers(store: Store): boolean {
  const db = connection(store);
  return db.prepare(`SELECT 1 FROM ${LEDGER}.sqlite_schema WHERE type = 'table' AND name = 'commitments'`).get() !== undefined;
}

/** Every file a store is made of: its own, its ledger file, and the -wal and -shm of each. */
export function storeFilesOf(storeFile: string): string[] {
  return [storeFile, ledgerFileOf(storeFile)].flatMap((file) => [file, `${file}-wal`, `${file}-shm`]);
}
