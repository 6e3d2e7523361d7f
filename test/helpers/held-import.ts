import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, writeSync } from 'node:fs';
import { BIN } from './bin.js';

export const CALL_LOG_HEADER = 'call_id,arrival,queue,agent,customer,wait,talk,outcome\n';

/** Calls `first` … `first + count - 1` of a plain log: one every 6 s from 5 October 2026, every 17th abandoned. */
export function callLogRows(first: number, count: number): string {
  const start = Date.parse('2026-10-05T06:00:00Z');
  let rows = '';
  for (let i = first; i < first + count; i++) {
    const arrival = new Date(start + i * 6000).toISOString().slice(0, 19).replace('T', ' ');
    const abandoned = i % 17 === 0;
    rows += `G-${i},${arrival},${['billing', 'support', 'sales'][i % 3]},${abandoned ? '' : `agent${i % 40}`},05${String(i % 99_991).padStart(8, '0')},${i % 60},${abandoned ? '' : 60 + (i % 300)},${abandoned ? 'abandoned' : 'answered'}\n`;
  }
  return rows;
}

export function writeCallLog(file: string, rows: number): void {
  const fd = openSync(file, 'w');
  writeSync(fd, CALL_LOG_HEADER);
  for (let first = 0; first < rows; first += 10_000) writeSync(fd, callLogRows(first, Math.min(10_000, rows - first)));
  closeSync(fd);
}

/** Whether another connection holds the store's write lock (the calls file's): an import's one transaction. */
export function lockWatcher(db: string) {
  const probe = new Database(db, { timeout: 0 });
  return {
    held(): boolean {
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw error;
      }
    },
    close: () => probe.close(),
  };
}

/**
 * `svc import -` of the built binary, fed by the test: the import streams its input in one
 * transaction, so between feeds it sits mid-write, holding the store's write lock, for as long
 * as the test needs (no file large enough to outlast a busy machine).
 */
export function heldImport(db: string, cwd: string) {
  // As startBin runs the binary, with standard input a pipe.
  const child = spawn(process.execPath, [BIN, 'import', '-', '--db', db], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1', TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let fed = 0;
  return {
    child,
    exited,
    stderr: () => stderr,
    get fed() {
      return fed;
    },
    /** Writes the next `count` calls (the header first), resolving once the pipe took them. */
    async feed(count: number): Promise<void> {
      const text = (fed === 0 ? CALL_LOG_HEADER : '') + callLogRows(fed, count);
      fed += count;
      await new Promise<void>((resolve, reject) => child.stdin.write(text, (error) => (error ? reject(error) : resolve())));
    },
    /** Ends the input: the import commits and exits. */
    finish(): Promise<[number | null, NodeJS.Signals | null]> {
      child.stdin.end();
      return exited;
    },
  };
}

/** Waits until `condition` holds, checking every few milliseconds, or the process has exited. */
export async function waitFor(condition: () => boolean, child: { exitCode: number | null; signalCode: NodeJS.Signals | null }): Promise<boolean> {
  while (!condition()) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}
