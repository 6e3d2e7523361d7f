import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/io/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  cwd?: string;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** The terminal's width; null for a stream that has none (a pipe), so COLUMNS or 80 applies. */
  columns?: number | null;
  /**
   * What the computer's clock reads (an ISO instant). By default the clock of a computer whose
   * time is SVC_NOW, so entries are written when they are dated; the built binary always reads
   * the real clock (test/e2e).
   */
  clock?: string;
}

/** Where a command given no --db, SVC_DB or HOME puts its store: a scratch folder, never the user's. */
const defaultHome = mkdtempSync(join(tmpdir(), 'svc-home-'));

/** Runs `svc ARGS` in-process with captured streams; colour off unless a test turns a TTY on. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.stdoutIsTTY ?? false, columns: options.columns === null ? undefined : (options.columns ?? 100) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.stderrIsTTY ?? false },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: { HOME: defaultHome, ...options.env },
    cwd: options.cwd ?? process.cwd(),
    clock: clockReading(options.clock ?? options.env?.SVC_NOW),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function clockReading(instant: string | undefined): (() => Date) | undefined {
  return instant === undefined ? undefined : () => new Date(instant);
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'svc-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
