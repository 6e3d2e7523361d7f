import { connection, type Store } from './store.js';

/**
 * Runs `work` as one all-or-nothing unit that reads one consistent state of the store (a
 * savepoint inside a transaction already open). `work` must be synchronous.
 */
export function atomically<T>(store: Store, work: () => T): T {
  const db = connection(store);
  return db.transaction(work)();
}

/** The same for a read-then-write: the write lock is taken before anything is read, so no other writer slips in between. */
export function atomicallyWriting<T>(store: Store, work: () => T): T {
  const db = connection(store);
  return db.transaction(work).immediate();
}

/** Whether a transaction is open on the store (so a new unit of work nests in it). */
export function inTransaction(store: Store): boolean {
  const db = connection(store);
  return db.inTransaction;
}

export function commit(store: Store): void {
  const db = connection(store);
  db.exec('COMMIT');
}

/** Rolls back the open transaction, if one is still open (SQLite may have ended it on an error). */
export function rollback(store: Store): void {
  const db = connection(store);
  if (db.inTransaction) db.exec('ROLLBACK');
}

/**
 * A named savepoint: a unit of work with its own all-or-nothing inside a larger transaction
 * (one file of several imported under --strict).
 */
export interface Savepoint {
  release(): void;
  rollback(): void;
}

export function savepoint(store: Store, name: string): Savepoint {
  const db = connection(store);
  if (!/^[a-z_]+$/.test(name)) throw new Error(`savepoint name ${name} is not a plain identifier`);
  db.exec(`SAVEPOINT ${name}`);
  return {
    release: () => db.exec(`RELEASE ${name}`),
    rollback: () => db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`),
  };
}
