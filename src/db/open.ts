import Database from 'better-sqlite3';
import { accessSync, chmodSync, closeSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { attachLedger, ledgerFileHoldsLedgers, ledgerFileOf } from './ledger-file.js';
import { ledgerFile as ledgerFileMigration } from './migrations/004_ledger_file.js';
import { latestVersion, migrate, schemaVersion, storeIsBehind } from './migrations/index.js';
import { registerCustomerKey } from './customer-keys.js';
import { nativeBinding } from './native-binding.js';
import { storeOf, type Connection, type Store } from './store.js';

export type { Store } from './store.js';

/** A cron job and a person may use the file at once: wait this long for the other's lock. */
const BUSY_TIMEOUT_MS = 30_000;

/** Opens (creating owner-only if new) and migrates the store. */
export function openStore(file: string, options: { readonly?: boolean } = {}): Store {
  const ledgerWasThere = file === ':memory:' || existsSync(ledgerFileOf(file));
  if (file !== ':memory:') {
    createOwnerOnly(file);
    createOwnerOnly(ledgerFileOf(file));
    if (!writable(file)) {
      throw new UserError(`the store ${file} is read-only to you, and this command changes it`, 'commands that only read (report, calls, check, db info …) work on it; to change it, use an account that may write it and its folder');
    }
  }
  return openExisting(file, options, ledgerWasThere);
}

/**
 * Opens an existing store for a command that only reads: never creates one, and a store the
 * user may read but not write is opened read-only instead of failing.
 */
export function openStoreForReading(file: string): Store {
  if (!existsSync(file)) {
    throw new UserError(`there is no store at ${file}`, `svc import FILE creates it (with --db ${file} or SVC_DB=${file}); if the store is elsewhere, name it with --db or SVC_DB`);
  }
  if (writable(file)) return openExisting(file, {}, existsSync(ledgerFileOf(file)));
  const db = openReadOnly(file);
  if (storeIsBehind(db)) {
    db.close();
    throw new UserError(`the store ${file} is read-only and older than this svc (schema ${latestVersion()})`, 'run any svc command on it once as a user who may write it, to bring it up to date');
  }
  return db;
}

function openReadOnly(file: string): Store {
  // A WAL store is read through its -shm file; in a folder nobody may write, SQLite cannot make one.
  if (!existsSync(`${file}-shm`) && !writableFolder(file)) return openCopy(file);
  try {
    const db = storeOf(new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding: nativeBinding() }));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    attachLedgerForReading(db, file);
    db.prepare('SELECT count(*) FROM ledger.sqlite_master').get();
    return db;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new UserError(`${file} is not an svc store (not a SQLite database)`, 'choose another file with --db or SVC_DB');
    return openCopy(file);
  }
}

/** The store's file read into memory, marked as a rollback-journal database so SQLite needs no -shm for it. */
function openCopy(file: string): Store {
  try {
    const db = storeOf(new Database(rollbackImage(file), { readonly: true, nativeBinding: nativeBinding() }));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    attachLedgerCopy(db, ledgerFileOf(file));
    return db;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new UserError(`${file} is not an svc store (not a SQLite database)`, 'choose another file with --db or SVC_DB');
    throw new UserError(`cannot read the store ${file}: ${(error as Error).message}`);
  }
}

function writableFolder(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A file's bytes marked as a rollback-journal database, so SQLite needs no -shm to read them. */
function rollbackImage(file: string): Buffer {
  const image = readFileSync(file);
  // Bytes 18 and 19 of the header are the read and write format versions: 2 means WAL, 1 a rollback journal.
  if (image.length >= 20) image[18] = image[19] = 1;
  return image;
}

/**
 * The ledger file beside a store read as a copy: SQLite attaches only files, so the copy is
 * written to a private temporary folder, attached, and unlinked at once (the open handle keeps it).
 */
function attachLedgerCopy(db: Connection, ledgerFile: string): void {
  if (!existsSync(ledgerFile)) return;
  const folder = mkdtempSync(join(tmpdir(), 'svc-ledger-'));
  const copy = join(folder, 'ledger.db');
  try {
    writeFileSync(copy, rollbackImage(ledgerFile), { mode: 0o600 });
    db.prepare('ATTACH DATABASE ? AS ledger').run(copy);
    db.prepare('SELECT count(*) FROM ledger.sqlite_master').get();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A read-only connection attaches its ledger file read-only too (ATTACH inherits the connection's flags). */
function attachLedgerForReading(db: Connection, file: string): void {
  const ledgerFile = ledgerFileOf(file);
  if (existsSync(ledgerFile)) db.prepare('ATTACH DATABASE ? AS ledger').run(ledgerFile);
}

function openExisting(file: string, options: { readonly?: boolean }, ledgerWasThere: boolean): Store {
  const ledgerFile = ledgerFileOf(file);
  if (file !== ':memory:') createOwnerOnly(ledgerFile);
  let db: Connection;
  try {
    db = storeOf(new Database(file, { timeout: BUSY_TIMEOUT_MS, nativeBinding: nativeBinding() }));
  } catch (error) {
    throw new UserError(`cannot open the store ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Bulk imports update four B-tree indexes; a small page cache makes each insert a disk read.
    db.pragma('cache_size = -16384');
    attachLedger(db, ledgerFile);
    if (!options.readonly) migrate(db);
    if (schemaVersion(db) >= ledgerFileMigration.version && !ledgerFileHoldsLedgers(db)) throw missingLedger(file, ledgerFile, ledgerWasThere);
    registerCustomerKey(db);
  } catch (error) {
    db.close();
    if (error instanceof UserError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new UserError(`${file} is not an svc store (not a SQLite database)`, 'choose another file with --db or SVC_DB');
    }
    throw error;
  }
  return db;
}

function missingLedger(file: string, ledgerFile: string, wasThere: boolean): UserError {
  if (!wasThere) rmSync(ledgerFile, { force: true });
  return new UserError(
    `the ledger file ${ledgerFile} of the store ${file} is ${wasThere ? 'not a ledger file' : 'missing'}`,
    'the commitments and complaints live in that file beside the store: restore it from the same backup (svc db backup copies both)',
  );
}

function createOwnerOnly(file: string): void {
  refuseNonFile(file);
  if (existsSync(file)) {
    // An empty file named as the store becomes one: owner-only, like a store svc creates.
    if (statSync(file).size === 0) tryChmod(file);
    return;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // SQLite gives the -wal and -shm files the permissions of the database file.
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') {
      throw new UserError(`cannot create the store ${file}: ${(error as Error).message}`);
    }
  }
}

/** A device, a folder or a symlink to nothing is no place for a store. */
function refuseNonFile(file: string): void {
  let own;
  try {
    own = lstatSync(file);
  } catch {
    return;
  }
  if (own.isSymbolicLink() && !existsSync(file)) {
    throw new UserError(`the store ${file} is a symbolic link to a file that does not exist`, 'name the store file itself with --db or SVC_DB, or remove the link');
  }
  const target = statSync(file);
  if (target.isDirectory()) throw new UserError(`the store ${file} is a folder`, 'name a file, e.g. --db ~/svc.db');
  if (!target.isFile()) throw new UserError(`the store ${file} is not a file (a device or a pipe)`, 'name a file, e.g. --db ~/svc.db');
}

function tryChmod(file: string): void {
  try {
    chmodSync(file, 0o600);
  } catch {
    // Someone else's empty file: SQLite will say whether it can use it.
  }
}
