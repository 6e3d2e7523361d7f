import type Database from 'better-sqlite3';

declare const opaque: unique symbol;

/**
 * An open store. Outside src/db it is opaque: it can be passed to src/db's functions and
 * closed, nothing more, so core, commands and the edges cannot come to depend on the storage
 * engine (a second backend can be added behind src/db alone).
 */
export interface Store {
  readonly [opaque]: 'svc store';
  close(): void;
}

/** The SQLite connection behind a store: src/db's alone (the lint keeps this module's values inside src/db and the tests). */
export type Connection = Database.Database & Store;

export function connection(store: Store): Connection {
  return store as Connection;
}

/** A connection handed out as a store. */
export function storeOf(database: Database.Database): Connection {
  return database as Connection;
}
