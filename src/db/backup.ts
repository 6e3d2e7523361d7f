import { LEDGER, ledgerFileOf } from './ledger-file.js';
import { connection, type Store } from './store.js';

/** better-sqlite3 backs up an attached file when asked by name; its type declarations omit the option. */
type BackupOf = (destination: string, options?: { attached?: string }) => Promise<unknown>;

/** Copies the store and its ledger file with SQLite's online backup: each consistent, safe while in use. */
export async function backupStore(store: Store, target: string): Promise<void> {
  const db = connection(store);
  const backup = db.backup.bind(db) as BackupOf;
  await backup(target);
  await backup(ledgerFileOf(target), { attached: LEDGER });
}
