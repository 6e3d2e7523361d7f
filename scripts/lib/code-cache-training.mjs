// The last step of `npm run build`: runs the command lines whose start matters most, so that V8's
// code cache of every chunk they compile is kept beside it (src/start/code-cache.ts). Each run
// reads the caches the runs before it wrote and writes them back with what it compiled too.
// V8 accepts a cache only for the same node and the same V8 flags, so the runs use the flags of
// bin/svc's #! line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binNodeFlags } from './start-up.mjs';

export function trainCodeCache(root) {
  const nodeFlags = binNodeFlags(join(root, 'bin', 'svc'));
  const runner = join(root, 'scripts', 'lib', 'record-code-cache.mjs');
  const folder = mkdtempSync(join(tmpdir(), 'svc-code-cache-'));
  const db = join(folder, 'svc.db');
  // The sample's three weeks of calls; the weekly report reads the last complete one, 2026-11-09 to 15.
  const sample = join(root, 'fixtures', 'sample', 'calls.csv');
  const commandLines = [
    ['--help'],
    ['report', '--help'],
    ...(existsSync(sample)
      ? [
          ['config', 'set', 'timezone', 'UTC', '--db', db],
          ['import', sample, '--db', db, '--quiet'],
          ['report', '--weekly', '--db', db],
          ['report', '--weekly', '--by', 'agent', '--db', db],
          ['report', '--weekly', '--by', 'hour', '--db', db],
          ['report', '--weekly', '--compare', '--db', db],
        ]
      : []),
  ];
  const env = { ...process.env, NO_COLOR: '1', SVC_NOW: '2026-11-16T00:00:00Z', HOME: folder };
  delete env.SVC_DB;
  // V8 flags given through NODE_OPTIONS would be part of the caches' flags, and an installed svc runs without them.
  delete env.NODE_OPTIONS;
  try {
    for (const args of commandLines) {
      const run = spawnSync(process.execPath, [...nodeFlags, runner, ...args], { cwd: folder, env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`training run svc ${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
