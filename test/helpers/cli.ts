import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, expect } from 'vitest';
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

export interface StorePerTest {
  /** The scratch folder of the running test. */
  readonly dir: string;
  /** The running test's store, in its folder. */
  readonly db: string;
  /** SVC_DB naming that store (and SVC_NOW when given): one object, refilled before each test, so it may be destructured once. */
  readonly env: Record<string, string>;
}

/**
 * A fresh store for every test of the file: a scratch folder made before each test (the store's
 * time zone set there when given) and removed after it.
 */
export function storePerTest(options: { now?: string; timezone?: string } = {}): StorePerTest {
  const env: Record<string, string> = {};
  let scratch: { dir: string; cleanup: () => void } | undefined;
  const current = () => scratch ?? expect.fail('storePerTest: read inside a test or a hook');
  beforeEach(async () => {
    scratch = tempDir();
    for (const key of Object.keys(env)) delete env[key];
    Object.assign(env, { SVC_DB: join(scratch.dir, 'svc.db') }, options.now === undefined ? {} : { SVC_NOW: options.now });
    if (options.timezone !== undefined) expect(await runCli(['config', 'set', 'timezone', options.timezone, '--quiet'], { env })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  afterEach(() => {
    scratch?.cleanup();
    scratch = undefined;
  });
  return {
    get dir() {
      return current().dir;
    },
    get db() {
      return join(current().dir, 'svc.db');
    },
    env,
  };
}
