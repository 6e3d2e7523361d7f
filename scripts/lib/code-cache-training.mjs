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
  const recorder = join(root, 'scripts', 'lib', 'record-code-cache.mjs');
  const folder = mkdtempSync(join(tmpdir(), 'svc-code-cache-'));
  const db = join(folder, 'svc.db');
  // The sample's three weeks of calls; the weekly report reads the last complete one, 2026-11-09 to 15.
  const sample = join(root, 'fixtures', 'sample', 'calls.csv');
  const week = ['report', '--weekly', '--db', db];
  // The store is made without recording: a cache holds every function its runs compiled, and the
  // import's share of the chunks it has in common with the report made the report's start about
  // 5 ms slower to read.
  const setUp = existsSync(sample) ? [['config', 'set', 'timezone', 'UTC', '--db', db], ['import', sample, '--db', db, '--quiet']] : [];
  const recorded = [['--help'], ['report', '--help'], ...(setUp.length > 0 ? [week, [...week, '--by', 'agent'], [...week, '--by', 'hour'], [...week, '--compare']] : [])];
  const env = { ...process.env, NO_COLOR: '1', SVC_NOW: '2026-11-16T00:00:00Z', HOME: folder };
  delete env.SVC_DB;
  // V8 flags given through NODE_OPTIONS would be part of the caches' flags, and an installed svc runs without them.
  delete env.NODE_OPTIONS;
  const run = (script, args) => {
    const result = spawnSync(process.execPath, [...nodeFlags, script, ...args], { cwd: folder, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`svc ${args.join(' ')}, run to train the code cache, exited ${result.status}:\n${result.stderr}`);
  };
  try {
    for (const args of setUp) run(join(root, 'bin', 'svc'), args);
    for (const args of recorded) run(recorder, args);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
