import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';

/**
 * A file written beside its final name and renamed over it once complete: a reader never sees
 * half of it, a file already there is replaced whole (a symlink is replaced, never followed),
 * and the new file is owner-only whatever the old one's mode was.
 */
export class AtomicFile {
  private readonly temp: string;
  private readonly fd: number;
  private pending = '';

  constructor(readonly path: string) {
    this.temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      this.fd = openSync(this.temp, 'wx', 0o600);
    } catch (error) {
      throw new UserError(`cannot write ${path}: ${(error as Error).message}`);
    }
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length > 1 << 16) this.flush();
  }

  /** Puts everything written so far on the disk, so a full disk is found now rather than at the end. */
  flush(): void {
    try {
      if (this.pending) writeSync(this.fd, this.pending);
      this.pending = '';
      fsyncSync(this.fd);
    } catch (error) {
      throw new UserError(`cannot write ${this.path}: ${(error as Error).message}`);
    }
  }

  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, this.path);
  }

  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed by a commit that failed at its rename.
    }
    try {
      unlinkSync(this.temp);
    } catch {
      // Nothing left to remove.
    }
  }
}

/** Writes a whole text to PATH atomically and owner-only. */
export function writeFileAtomically(path: string, text: string): void {
  const file = new AtomicFile(path);
  try {
    file.write(text);
    file.commit();
  } catch (error) {
    file.discard();
    throw error;
  }
}
