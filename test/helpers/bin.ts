import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/svc', import.meta.url));
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface BinResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as cron would: no terminal, no colour, its own environment. */
export function runBin(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string | Buffer; user?: { uid: number; gid: number } }): BinResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    ...options.user,
    env: { PATH: process.env.PATH ?? '', HOME: options.cwd, NO_COLOR: '1', TZ: 'UTC', ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the binary without waiting, for tests that kill it or run two at once. */
export function startBin(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: options.cwd, NO_COLOR: '1', TZ: 'UTC', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
