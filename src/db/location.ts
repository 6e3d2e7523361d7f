import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Io } from '../io/io.js';

export interface StoreLocation {
  file: string;
  /** Who named the file; none for the default location. */
  namedBy?: '--db' | 'SVC_DB';
}

/** `--db PATH` > `SVC_DB` > `$XDG_DATA_HOME/svc/svc.db` > `~/.local/share/svc/svc.db`. */
export function storeLocation(io: Io, dbOption: string | undefined): StoreLocation {
  // An empty SVC_DB is unset, as shells treat empty variables; an empty --db is a mistake.
  const namedBy = dbOption !== undefined ? '--db' : io.env.SVC_DB ? 'SVC_DB' : undefined;
  const chosen = dbOption ?? io.env.SVC_DB;
  if (namedBy !== undefined && chosen !== undefined) {
    if (chosen.trim() === '') throw new UserError('--db is empty', 'name the store file, e.g. --db ~/svc.db, or leave --db out to use $SVC_DB or the default store');
    if (chosen === ':memory:') throw new UserError(`${namedBy} :memory: would keep nothing: the store is a file`, 'name a file, e.g. --db /tmp/scratch.db, for a store to throw away later');
    return { file: resolve(io.cwd, chosen), namedBy };
  }
  const dataHome = io.env.XDG_DATA_HOME && isAbsolute(io.env.XDG_DATA_HOME) ? io.env.XDG_DATA_HOME : join(io.env.HOME ?? homedir(), '.local', 'share');
  return { file: join(dataHome, 'svc', 'svc.db') };
}

export function storePath(io: Io, dbOption: string | undefined): string {
  return storeLocation(io, dbOption).file;
}

/** A folder missing from a path someone typed is a typo: creating it would start an empty store beside the real one. */
export function requireNamedFolder(location: StoreLocation): void {
  if (!location.namedBy) return;
  const folder = dirname(location.file);
  if (!existsSync(folder)) {
    throw new UserError(`the folder ${folder} does not exist (the store named by ${location.namedBy} is ${location.file})`, `check the path, or create the folder first: mkdir -p ${folder}`);
  }
}
