import type { ChalkInstance } from 'chalk';
import { colourFor } from '../io/colour.js';
import type { Io } from '../io/io.js';
import { checkOpen, writeInTurn } from '../io/output.js';
import { requireNamedFolder, storeLocation, storePath } from '../db/location.js';
import { openStore, openStoreForReading, type Store } from '../db/open.js';

/** What every command gets: the streams, and a way to say how the run ended. */
export class CommandContext {
  exitCode = 0;

  constructor(readonly io: Io) {}

  out(text: string): void {
    this.io.stdout.write(text);
    checkOpen(this.io.stdout);
  }

  /** For output of any length: waits while the reader catches up, so memory stays flat. */
  outInTurn(text: string): Promise<void> {
    return writeInTurn(this.io.stdout, text);
  }

  /** Warnings, progress and summaries: never data. */
  err(text: string): void {
    this.io.stderr.write(text);
  }

  colour(options: { color?: boolean }, stream: 'stdout' | 'stderr' = 'stdout'): ChalkInstance {
    return colourFor(this.io, this.io[stream], options.color);
  }

  /** Table borders only for a person at a terminal; cron mail gets plain columns. */
  borders(): boolean {
    return this.io.stdout.isTTY === true;
  }

  storePath(options: { db?: string }): string {
    return storePath(this.io, options.db);
  }

  /** For commands that only read: never creates a store, and opens one the user may not write read-only. */
  async readStore<T>(options: { db?: string }, work: (db: Store) => T | Promise<T>): Promise<T> {
    const location = storeLocation(this.io, options.db);
    requireNamedFolder(location);
    const db = openStoreForReading(location.file);
    try {
      return await work(db);
    } finally {
      db.close();
    }
  }

  /** Opens the store for the length of `work`, closing it however `work` ends. */
  async withStore<T>(options: { db?: string }, work: (db: Store) => T | Promise<T>): Promise<T> {
    const location = storeLocation(this.io, options.db);
    requireNamedFolder(location);
    const db = openStore(location.file);
    try {
      return await work(db);
    } finally {
      db.close();
    }
  }
}
