import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-launch-')));
afterEach(() => cleanup());

describe('bin/svc run as a program (as npm installs it)', () => {
  it('starts node with a small young generation, so an import needs no NODE_OPTIONS to stay small', () => {
    // A module preloaded through NODE_OPTIONS reports the flags node was started with.
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(JSON.stringify(process.execArgv) + '\\n'));\n");
    const run = spawnSync(BIN, ['--version'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, NODE_OPTIONS: `--require ${probe}` }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stderr.trim()) as string[]).toContain('--max-semi-space-size=2');
  });
});
