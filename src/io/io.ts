import type { Readable } from 'node:stream';
import { watchReader } from './output.js';

export interface OutputStream {
  /** `false` when the reader has not caught up yet. */
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** Set once a write has failed, e.g. EPIPE when the reader has gone. */
  errored?: (Error & { code?: string }) | null;
  on?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
}

/**
 * Everything a command may touch outside the store. The binary passes the process's own
 * streams; tests pass captured ones, so the CLI runs in-process with exact assertions.
 */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** The computer's clock; the binary reads the system's, tests may read another. */
  clock?: () => Date;
}

/** The computer's clock: when a ledger entry is really written. SVC_NOW never moves it. */
export function wallClock(io: Io): Date {
  return io.clock ? io.clock() : new Date();
}

/**
 * "Now" for everything a command computes: `SVC_NOW` (an ISO instant) pins it, a testing aid
 * so that a report of "last week" can be reproduced; else the computer's clock.
 */
export function now(io: Io): Date {
  const pinned = io.env.SVC_NOW;
  if (pinned) {
    const at = new Date(pinned);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return wallClock(io);
}

export function processIo(): Io {
  watchReader(process.stdout);
  let stderr: NodeJS.WriteStream | undefined;
  // Node builds process.stderr and process.stdin when first read (for a pipe or a terminal, with
  // its stream and socket modules), and most commands write nothing to one and read nothing from the other.
  return {
    stdout: process.stdout,
    get stderr() {
      if (stderr === undefined) watchReader((stderr = process.stderr));
      return stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
