import Database from 'better-sqlite3';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { runBin } from '../helpers/bin.js';
import { WORKER_MIN_BYTES } from '../../src/io/read-source.js';

// A file over the threshold (WORKER_MIN_BYTES) is parsed in a worker thread by the built binary, while the
// in-process CLI (running the TypeScript sources) parses in its own thread: the two must agree.
/**
 * Each test imports a file large enough for a worker thread twice (built binary and in-process):
 * 15–20 s alone, past the suite's 60 s on a loaded machine.
 */
const TWO_LARGE_IMPORTS_MS = 180_000;
let dir: string;
let cleanup: () => void;
let file: string;
const ROWS = 120_000;
/** The last thousand rows' ids repeat earlier ones: duplicates. */
const DISTINCT_IDS = ROWS - 1000;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  file = join(dir, 'large.csv');
  const lines = ['מזהה,start time,queue,agent,customer,wait,talk,outcome,csat'];
  for (let i = 0; i < ROWS; i++) {
    const day = 1 + (i % 28);
    const bad = i % 997 === 5;
    lines.push(
      [
        `L${i % DISTINCT_IDS}`,
        `${String(day).padStart(2, '0')}/11/2026 ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`,
        i % 3 === 0 ? 'חיובים' : 'support',
        i % 4 === 0 ? '' : `"נציג ${i % 7}, צוות"`,
        `0${500000 + (i % 900)}`,
        bad ? '-4' : String(i % 45),
        i % 4 === 0 ? '' : String(60 + (i % 300)),
        i % 4 === 0 ? 'abandoned' : 'answered',
        i % 5 === 0 ? String(1 + (i % 5)) : '',
      ].join(','),
    );
  }
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  expect(statSync(file).size).toBeGreaterThan(WORKER_MIN_BYTES);
});
afterAll(() => cleanup());

function dump(path: string) {
  const db = new Database(path, { readonly: true });
  const calls = db.prepare('SELECT source_key, queue, agent, customer, arrival_at, local_hour, wait_s, talk_s, outcome, csat FROM calls ORDER BY source_key').all();
  const rollups = db.prepare('SELECT * FROM hourly_rollup ORDER BY local_hour, queue, agent').all();
  const imports = db.prepare('SELECT content_hash, inserted, duplicates, rejected FROM imports').all();
  db.close();
  return { calls, rollups, imports };
}

describe('parsing in a worker thread', () => {
  it('stores exactly what parsing in the importing thread stores', async () => {
    const inWorker = join(dir, 'worker.db');
    const inThread = join(dir, 'thread.db');
    for (const db of [inWorker, inThread]) expect((await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem', '--db', db])).code).toBe(0);
    const binary = runBin(['import', file, '--db', inWorker], { cwd: dir });
    const inProcess = await runCli(['import', file, '--db', inThread]);
    expect(binary.code).toBe(0);
    expect(inProcess.code).toBe(0);
    const strip = (text: string) => text.replace(/ in \d+\.\d s /, ' in … ');
    expect(strip(binary.stderr)).toBe(strip(inProcess.stderr));
    // Ids repeat after DISTINCT_IDS rows; rows with i % 997 = 5 have a negative wait and are rejected,
    // so a repeated id whose first row was rejected is new the second time.
    const stored = new Set<string>();
    let rejected = 0;
    let duplicates = 0;
    for (let i = 0; i < ROWS; i++) {
      const id = `L${i % DISTINCT_IDS}`;
      if (i % 997 === 5) rejected++;
      else if (stored.has(id)) duplicates++;
      else stored.add(id);
    }
    expect(binary.stderr).toMatch(new RegExp(`: ${stored.size.toLocaleString('en-US')} inserted, ${duplicates} duplicates, ${rejected} rejected in`));
    const a = dump(inWorker);
    const b = dump(inThread);
    expect(a.calls.length).toBe(stored.size);
    expect(a).toEqual(b);
  }, TWO_LARGE_IMPORTS_MS);
});

describe('customer ids keyed where the file is read', () => {
  it('are normalised to the phone region and counted the same in a worker thread as in the importing thread', async () => {
    // Over the threshold: every third row's customer is 3 digits, not a possible Israeli number; the others are Israeli mobiles.
    const rows = 200_000;
    const regional = join(dir, 'regional.csv');
    const lines = ['call_id,arrival,customer,wait,outcome'];
    for (let i = 0; i < rows; i++) {
      const customer = i % 3 === 0 ? `05${i % 10}` : `054-${String(1_000_000 + (i % 5000))}`;
      lines.push(`R${i},2026-11-${String(1 + (i % 28)).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}:00,${customer},${i % 50},answered`);
    }
    writeFileSync(regional, `${lines.join('\n')}\n`);
    expect(statSync(regional).size).toBeGreaterThan(WORKER_MIN_BYTES);
    const inWorker = join(dir, 'regional-worker.db');
    const inThread = join(dir, 'regional-thread.db');
    for (const db of [inWorker, inThread]) {
      expect((await runCli(['config', 'set', 'timezone', 'UTC', '--db', db])).code).toBe(0);
      expect((await runCli(['config', 'set', 'phone_region', 'IL', '--db', db])).code).toBe(0);
    }
    const binary = runBin(['import', regional, '--db', inWorker], { cwd: dir });
    const inProcess = await runCli(['import', regional, '--db', inThread]);
    expect(binary.code).toBe(0);
    expect(inProcess.code).toBe(0);
    const impossible = Math.ceil(rows / 3);
    expect(binary.stderr).toMatch(new RegExp(`: ${rows.toLocaleString('en-US')} inserted, 0 duplicates, 0 rejected, ${impossible.toLocaleString('en-US')} customer ids not normalised`));
    const strip = (text: string) => text.replace(/ in \d+\.\d s /, ' in … ');
    expect(strip(binary.stderr)).toBe(strip(inProcess.stderr));
    const customers = (path: string) => {
      const db = new Database(path, { readonly: true });
      const found = db.prepare('SELECT source_key, customer FROM calls ORDER BY source_key').raw().all() as [string, string][];
      db.close();
      return found;
    };
    const stored = customers(inWorker);
    expect(stored).toEqual(customers(inThread));
    // 054-1000007 written nationally is +972541000007.
    expect(new Map(stored).get('R7')).toBe('+972541000007');
    expect(new Map(stored).get('R6')).toBe('056');
  }, TWO_LARGE_IMPORTS_MS);
});
