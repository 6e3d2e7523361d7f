import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document, DocumentFormat } from '../io/render/document/index.js';
import { escapeControls, oneLineSafe } from '../io/render/document/sanitize.js';
import { renderJson } from '../io/render/json.js';
import type { Confirmation } from '../io/render/views/confirmations/confirmation.js';
import type { TerminalOptions } from '../io/render/document/terminal.js';
import type { Paint } from '../io/render/document/terminal-table.js';
import { paintFor } from '../io/colour.js';
import type { Io } from '../io/io.js';
import { checkOpen, writeInTurn } from '../io/output.js';
import { requireNamedFolder, storeLocation, storePath } from '../db/location.js';
import type { Store } from '../db/open.js';
import type { Session } from './session.js';

/**
 * What every command gets: the streams, and a way to say how the run ended. Built for every run,
 * `svc --help` included, so the store and the renderers are loaded only when a command asks.
 */
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

  /** Warnings and summaries: never data. They may quote imported text, so control characters are shown escaped. */
  err(text: string): void {
    // Nothing to say (a report without notes): stderr is not even built.
    if (text !== '') this.io.stderr.write(escapeControls(text));
  }

  /** What a write did: the sentence, the bare id under --quiet, the object under --format json (for programs, so --quiet keeps it). */
  confirm(options: { format?: string; quiet?: boolean }, confirmation: Confirmation): void {
    if (options.format === 'json') this.out(renderJson(confirmation.json));
    else if (options.quiet) this.out(confirmation.id === null ? '' : `${confirmation.id}\n`);
    else this.out(`${oneLineSafe(confirmation.text)}\n`);
  }

  colour(options: { color?: boolean }, stream: 'stdout' | 'stderr' = 'stdout'): Paint {
    return paintFor(this.io, this.io[stream], options.color);
  }

  /** Table borders only for a person at a terminal; cron mail gets plain columns. */
  borders(): boolean {
    return this.io.stdout.isTTY === true;
  }

  /** How wide and how marked a terminal table may be: stdout's columns, else COLUMNS, else 80. */
  terminal(options: { color?: boolean }): TerminalOptions {
    const fromEnv = Number(this.io.env.COLUMNS);
    const width = this.io.stdout.columns ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
    return { width, borders: this.borders(), paint: this.colour(options) };
  }

  /** A result's document in the asked format: to stdout, or with `out` to that file, owner-only (it may hold customers' numbers). */
  async print(document: Document, format: DocumentFormat, options: { color?: boolean; out?: string }): Promise<void> {
    const { renderDocument } = await import('../io/render/document/index.js');
    this.deliver(await renderDocument(document, format, this.terminal(options)), options);
  }

  /** Output to stdout, or with `out` to that file, owner-only (it may hold customers' numbers). */
  deliver(text: string, options: { out?: string }): void {
    if (options.out === undefined) this.out(text);
    else writeFileSync(resolve(this.io.cwd, options.out), text, { mode: 0o600 });
  }

  storePath(options: { db?: string }): string {
    return storePath(this.io, options.db);
  }

  /** For commands that only read: never creates a store, and opens one the user may not write read-only. */
  async readStore<T>(options: { db?: string }, work: (db: Store) => T | Promise<T>): Promise<T> {
    const location = storeLocation(this.io, options.db);
    requireNamedFolder(location);
    const { openStoreForReading } = await import('../db/open.js');
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
    const { openStore } = await import('../db/open.js');
    const db = openStore(location.file);
    try {
      return await work(db);
    } finally {
      db.close();
    }
  }

  /** A read-only command's session: the store opened for reading, "now", the zone and the settings, built once. */
  readSession<T>(options: { db?: string }, work: (session: Session) => T | Promise<T>): Promise<T> {
    return this.readStore(options, async (db) => work((await import('./session.js')).openSession(db, this.io)));
  }

  /** A command that writes: the store opened for writing, with the same session. */
  withSession<T>(options: { db?: string }, work: (session: Session) => T | Promise<T>): Promise<T> {
    return this.withStore(options, async (db) => work((await import('./session.js')).openSession(db, this.io)));
  }
}
