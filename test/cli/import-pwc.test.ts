import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * The PwC "Call Centre Trends" CSV imported with no --map: its header ("Call Id", "Answered (Y/N)",
 * "Speed of answer in seconds", "AvgTalkDuration", …) must be placed by the aliases alone. Every
 * count is recomputed here by a plain loop over the raw file (it has no quoted fields).
 */
const FILE = join(SHARED_DATA, 'pwc-call-centre-trends', 'call-center-dataset.csv');

interface RawRow {
  id: string;
  agent: string;
  answered: boolean;
  speed: number | null;
  talk: number | null;
}

function rawRows(): RawRow[] {
  const [, ...lines] = readFileSync(FILE, 'utf8').split('\r\n').filter((line) => line !== '');
  return lines.map((line) => {
    const cells = line.split(',');
    const talk = cells[8] ? cells[8].split(':').map(Number) : null;
    return {
      id: cells[0]!,
      agent: cells[1]!,
      answered: cells[5] === 'Y',
      speed: cells[7] ? Number(cells[7]) : null,
      talk: talk ? talk[0]! * 3600 + talk[1]! * 60 + talk[2]! : null,
    };
  });
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('svc import on the PwC call-centre CSV', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'svc.db');
  let stderr = '';
  let store: Database.Database;
  beforeAll(async () => {
    expect((await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem', '--db', db])).code).toBe(0);
    const result = await runCli(['import', FILE, '--db', db]);
    expect(result.code).toBe(0);
    stderr = result.stderr;
    store = new Database(db, { readonly: true });
  });
  afterAll(() => {
    store.close();
    cleanup();
  });

  const rows = rawRows();

  it('imports every row, none rejected', () => {
    expect(rows).toHaveLength(5000);
    expect(stderr).toMatch(new RegExp(`^${FILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 5,000 inserted, 0 duplicates, 0 rejected in \\d+\\.\\d s \\(import #1\\)\\n$`));
    expect(store.prepare('SELECT count(*) AS n FROM calls').get()).toEqual({ n: rows.length });
  });

  it('answered is "Answered (Y/N)" = Y', () => {
    const stored = store.prepare("SELECT count(*) AS n FROM calls WHERE outcome = 'answered'").get() as { n: number };
    expect(stored.n).toBe(rows.filter((row) => row.answered).length);
  });

  it('each agent has the calls the file gives them, answered or not', () => {
    const stored = store.prepare('SELECT agent, count(*) AS n FROM calls GROUP BY agent').all() as { agent: string; n: number }[];
    expect(Object.fromEntries(stored.map((row) => [row.agent, row.n]))).toEqual(countBy(rows, (row) => row.agent));
    const answered = store.prepare("SELECT agent, count(*) AS n FROM calls WHERE outcome = 'answered' GROUP BY agent").all() as { agent: string; n: number }[];
    expect(Object.fromEntries(answered.map((row) => [row.agent, row.n]))).toEqual(countBy(rows.filter((row) => row.answered), (row) => row.agent));
  });

  it('the speed of answer is the wait, and AvgTalkDuration (H:MM:SS) the talk time, call by call', () => {
    const stored = new Map(
      (store.prepare('SELECT source_key, wait_s, talk_s FROM calls').all() as { source_key: string; wait_s: number | null; talk_s: number | null }[]).map((row) => [
        row.source_key,
        [row.wait_s, row.talk_s],
      ]),
    );
    for (const row of rows) expect(stored.get(row.id), row.id).toEqual([row.speed, row.talk]);
  });
});
