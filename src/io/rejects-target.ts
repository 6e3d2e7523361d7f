import { lstatSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';

export interface RejectsTarget {
  /** The --rejects path, resolved. */
  path: string;
  /** The store's files (its file, its ledger file, and their -wal and -shm companions): the rejects must never land on one. */
  storeFiles: string[];
  /** The files being imported, resolved (`-` for standard input is left out). */
  inputs: string[];
  /** `--force`: an existing file may be replaced (atomically, never through a symlink). */
  force: boolean;
}

/**
 * Refuses a --rejects path that would destroy something: the store, an input, an existing file
 * without --force, or anything that is not a plain file. Checked before any file is read.
 */
export function checkRejectsTarget(target: RejectsTarget): void {
  const { path, storeFiles, inputs, force } = target;
  const own = lstatOrUndefined(path);
  const reached = statOrUndefined(path);
  if (storeFiles.includes(path) || (reached && storeFiles.some((file) => sameFile(reached, file)))) {
    throw new UserError(`--rejects ${path} is the store (or its ledger file, or a journal of either); writing there would destroy it`, 'name a new file for the rejected rows, e.g. --rejects rejects.csv');
  }
  if (inputs.includes(path) || (reached && inputs.some((file) => sameFile(reached, file)))) {
    throw new UserError(`--rejects ${path} is one of the files being imported`, 'name a new file for the rejected rows, e.g. --rejects rejects.csv');
  }
  if (own === undefined) {
    if (statOrUndefined(dirname(path))?.isDirectory() !== true) throw new UserError(`--rejects ${path}: the folder ${dirname(path)} does not exist`);
    return;
  }
  if (!own.isFile() && !own.isSymbolicLink()) throw new UserError(`--rejects ${path} exists and is not a plain file`, 'name a new file for the rejected rows');
  if (!force) throw new UserError(`--rejects ${path} already exists`, 'name a new file, or add --force to replace it');
}

function sameFile(stats: Stats, other: string): boolean {
  const otherStats = statOrUndefined(other);
  return otherStats !== undefined && otherStats.dev === stats.dev && otherStats.ino === stats.ino;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
