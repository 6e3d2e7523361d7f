import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin, startBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';
import { writeManyCalls } from '../helpers/many-calls.js';

/**
 * The built bin/svc whose reader closes stdout early, as `svc … | head -1` does: svc stops
 * quietly with exit 0. 20,000 calls make about 1.7 MB of CSV, far more than a pipe holds, so
 * svc is still writing when the reader goes.
 */
const { dir, cleanup } = tempDir('svc-e2e-stdout-');
const env = { SVC_DB: join(dir, 'svc.db') };

beforeAll(() => {
  writeManyCalls(join(dir, 'calls.csv'), 20_000);
  expect(runBin(['import', 'calls.csv', '--quiet'], { cwd: dir, env }).code).toBe(0);
});
afterAll(() => cleanup());

async function firstChunkThenClose(args: string[]): Promise<{ code: number | null; first: string; stderr: string }> {
  const child = startBin(args, { cwd: dir, env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  child.stdout.destroy();
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, first: chunk.toString(), stderr };
}

describe('stdout closed by its reader', () => {
  it('svc calls --format csv stops quietly with exit 0', async () => {
    const result = await firstChunkThenClose(['calls', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'csv']);
    expect(result.first.startsWith('source_key,arrival,')).toBe(true);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('svc calls --format json and a long table stop the same way', async () => {
    for (const format of [['--format', 'json'], ['--limit', '0']]) {
      const result = await firstChunkThenClose(['calls', '--from', '2026-03-01', '--to', '2026-03-31', ...format]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });

  it('| head -1 leaves only the first line, nothing on stderr', () => {
    const svc = `"${process.execPath}" "${BIN}"`;
    const result = spawnSync('sh', ['-c', `${svc} calls --from 2026-03-01 --to 2026-03-31 --format csv | head -1; ${svc} db info | head -1`], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, TZ: 'UTC', ...env },
      encoding: 'utf8',
    });
    expect(result.stdout).toBe(`source_key,arrival,answer,end,queue,agent,customer,outcome,ending,wait_s,talk_s,hold_s,wrap_s,resolved,csat,import_id\nfile            ${env.SVC_DB}\n`);
    expect(result.stderr).toBe('');
  });
});
