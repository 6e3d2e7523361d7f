import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { importCounts } from '../helpers/import-counts.js';

/** What a generic import makes of rows with no call id, and of logs that give timestamps instead of durations. */
let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z' };
  expect((await svc('config', 'set', 'timezone', 'UTC')).code).toBe(0);
});
afterEach(() => cleanup());

const svc = (...args: string[]) => runCli(args, { env, cwd: dir });
const totals = async () => JSON.parse((await svc('report', '--from', '2026-03-02', '--to', '2026-03-02', '--format', 'json')).stdout).totals as Record<string, number | null>;
const file = (name: string, lines: string[]) => writeFileSync(join(dir, name), `${lines.join('\n')}\n`);

describe('rows without a call id', () => {
  const HEADER = 'date,time,queue,wait,answered';
  const HANG_UP = '2026-03-02,09:00,sales,,N';
  const ANSWERED = '2026-03-02,09:01,sales,12,Y';

  it('are each a call, identical ones too, and importing them again adds nothing', async () => {
    // Three anonymous callers hung up in the same minute.
    file('monday.csv', [HEADER, HANG_UP, HANG_UP, HANG_UP, ANSWERED]);
    expect(importCounts((await svc('import', 'monday.csv')).stderr)).toEqual({ inserted: 4, duplicates: 0, rejected: 0, skipped: 0 });
    expect(await totals()).toMatchObject({ offered: 4, abandoned: 3, answered: 1 });
    expect(importCounts((await svc('import', 'monday.csv')).stderr)).toEqual({ inserted: 0, duplicates: 4, rejected: 0, skipped: 0 });

    // A later export of the same minute with a fourth hang-up in it, in another order.
    file('monday-later.csv', [HEADER, ANSWERED, HANG_UP, HANG_UP, HANG_UP, HANG_UP]);
    expect(importCounts((await svc('import', 'monday-later.csv')).stderr)).toEqual({ inserted: 1, duplicates: 4, rejected: 0, skipped: 0 });
    expect(await totals()).toMatchObject({ offered: 5, abandoned: 4, answered: 1 });
  });
});

describe('a log of timestamps', () => {
  it('gives each call its wait and talk from its arrival, answer and end, and refuses times out of order', async () => {
    file('stamps.csv', [
      'call_id,arrival,answer time,end time,outcome',
      // Waits 21 s and 10 s; talks 39 s and 120 s.
      'f5,2026-03-02 09:04:00,2026-03-02 09:04:21,2026-03-02 09:05:00,answered',
      'f7,2026-03-02 09:06:00,2026-03-02 09:06:10,2026-03-02 09:08:10,answered',
      'f6,2026-03-02 09:05:00,2026-03-02 09:04:00,,answered',
      'f8,2026-03-02 09:07:00,2026-03-02 09:07:30,2026-03-02 09:07:20,answered',
      'f9,2026-03-02 09:09:00,,2026-03-02 09:08:00,abandoned',
    ]);
    const result = await svc('import', 'stamps.csv');
    expect(result.stderr.split('\n').slice(0, 3)).toEqual([
      'stamps.csv:4: answer time: the call is answered before it arrives',
      'stamps.csv:5: end time: the call ends before it is answered',
      'stamps.csv:6: end time: the call ends before it arrives',
    ]);
    expect(importCounts(result.stderr)).toEqual({ inserted: 2, duplicates: 0, rejected: 3, skipped: 0 });
    // AHT = (39 + 120) / 2 = 79.5; ASA = (21 + 10) / 2 = 15.5.
    expect(await totals()).toMatchObject({ answered: 2, aht_s: 79.5, talk_avg_s: 79.5, asa_s: 15.5 });
  });
});
