import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function mondayRepeatRate(db: string): Promise<unknown> {
  const result = await runCli(['report', '--from', '2026-11-02', '--to', '2026-11-02', '--format', 'json', '--db', db]);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { totals: { repeat_rate: unknown } }).totals.repeat_rate;
}

describe('repeat contacts counted at import', () => {
  it('turn an earlier call into a repeat when a later import brings the next call, and back on undo', async () => {
    const db = join(dir, 's.db');
    expect((await runCli(['config', 'set', 'timezone', 'UTC', '--db', db])).code).toBe(0);
    const header = 'call_id,arrival,customer,outcome\n';
    // Monday: 0501 answered twice (09:00 and 17:00), 0502 answered once.
    writeFileSync(join(dir, 'monday.csv'), `${header}M1,2026-11-02 09:00:00,0501,answered\nM2,2026-11-02 17:00:00,0501,answered\nM3,2026-11-02 10:00:00,0502,answered\n`);
    // Tuesday: 0502 calls again (abandoned still counts as calling again), 24 h after M3 exactly.
    writeFileSync(join(dir, 'tuesday.csv'), `${header}T1,2026-11-03 10:00:00,0502,abandoned\n`);
    expect((await runCli(['import', join(dir, 'monday.csv'), '--db', db])).code).toBe(0);
    // M1 is followed by M2 8 h later; M2 and M3 are followed by nothing: 1 of 3.
    expect(await mondayRepeatRate(db)).toBeCloseTo(1 / 3, 12);
    expect((await runCli(['import', join(dir, 'tuesday.csv'), '--db', db])).code).toBe(0);
    // Now M3 is followed by T1 within W = 168 h: 2 of 3.
    expect(await mondayRepeatRate(db)).toBeCloseTo(2 / 3, 12);
    expect((await runCli(['config', 'set', 'repeat_window_h', '12', '--db', db])).code).toBe(0);
    // With W = 12 h, T1 (24 h after M3) no longer counts; M2 (8 h after M1) does: 1 of 3.
    expect(await mondayRepeatRate(db)).toBeCloseTo(1 / 3, 12);
    expect((await runCli(['config', 'set', 'repeat_window_h', '168', '--db', db])).code).toBe(0);
    expect((await runCli(['imports', 'undo', '2', '--db', db])).code).toBe(0);
    expect(await mondayRepeatRate(db)).toBeCloseTo(1 / 3, 12);
  });
});
