import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachLedger, ledgerFileOf } from '../../../src/db/ledger-file.js';
import { migrations, schemaVersion } from '../../../src/db/migrations/index.js';
import { openStore } from '../../../src/db/open.js';
import { connection, storeOf } from '../../../src/db/store.js';
import { runCli, tempDir } from '../../helpers/cli.js';

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());
const at = (iso: string) => Date.parse(iso) / 1000;

/**
 * A store as the current release writes it (migrations up to 012, next arrivals in calls), zone
 * UTC: customer 0501 answered at 09:00 and 12:00 on 2 November (the first followed by the second),
 * 0502 answered at 10:00 on 3 November (followed by nothing), and an abandoned call without a
 * customer. Its one hour with a repeat contact is 2 November 09:00.
 */
function releasedStore(file: string): void {
  const raw = storeOf(new Database(file));
  attachLedger(raw, ledgerFileOf(file));
  for (const migration of migrations.filter((m) => m.version <= 12)) {
    migration.stage?.(raw);
    migration.up(raw);
    raw.pragma(`user_version = ${migration.version}`);
  }
  raw.exec("INSERT INTO settings (key, value) VALUES ('timezone', 'UTC'); INSERT INTO imports (id, source, format, started_at, first_call_id, last_call_id) VALUES (1, 'old.csv', 'generic', '2026-11-04T00:00:00Z', 1, 4)");
  const insert = raw.prepare(
    `INSERT INTO calls (id, source_key, import_id, customer, arrival_at, local_hour, wait_s, outcome, next_arrival_at)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const calls: [number, string, string | null, string, number, string, string | null][] = [
    [1, 'O1', '0501', '2026-11-02T09:00:00Z', 10, 'answered', '2026-11-02T12:00:00Z'],
    [2, 'O2', '0501', '2026-11-02T12:00:00Z', 10, 'answered', null],
    [3, 'O3', '0502', '2026-11-03T10:00:00Z', 10, 'answered', null],
    [4, 'O4', null, '2026-11-03T11:00:00Z', 30, 'abandoned', null],
  ];
  for (const [id, key, customer, arrival, wait, outcome, next] of calls) {
    insert.run(id, key, customer, at(arrival), at(arrival) / 3600, wait, outcome, next === null ? null : at(next));
  }
  // The rollups as that release counted them: one row per call's hour, the repeat in O1's.
  const rollup = raw.prepare(
    `INSERT INTO hourly_rollup (local_hour, queue, agent, answered, abandoned, short_abandoned, answered_wait_n, answered_wait_sum, answered_wait_max,
       answered_within_sl, abandon_wait_n, abandon_wait_sum, handle_sum, talk_n, talk_sum, resolved_n, resolved_yes, csat_n, csat_sum, csat_top2, repeat_base, repeat_yes)
     VALUES (?, '', '', ?, ?, 0, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?, ?)`,
  );
  rollup.run(at('2026-11-02T09:00:00Z') / 3600, 1, 0, 1, 10, 10, 1, 0, 0, 1, 1);
  rollup.run(at('2026-11-02T12:00:00Z') / 3600, 1, 0, 1, 10, 10, 1, 0, 0, 1, 0);
  rollup.run(at('2026-11-03T10:00:00Z') / 3600, 1, 0, 1, 10, 10, 1, 0, 0, 1, 0);
  rollup.run(at('2026-11-03T11:00:00Z') / 3600, 0, 1, 0, 0, null, 0, 1, 30, 0, 0);
  raw.close();
}

async function weekRepeats(db: string): Promise<unknown> {
  const result = await runCli(['report', '--from', '2026-11-02', '--to', '2026-11-08', '--format', 'json', '--db', db]);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { totals: { repeat_rate: unknown } }).totals.repeat_rate;
}

describe('migration 013 on a store written by the current release', () => {
  it('moves next arrivals out of calls, and later imports and undo keep them and the repeat counts', async () => {
    const file = join(dir, 'released.db');
    releasedStore(file);
    const db = openStore(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(13);
    expect(connection(db).prepare('SELECT call_id, next_arrival_at FROM next_arrivals ORDER BY call_id').raw().all()).toEqual([[1, at('2026-11-02T12:00:00Z')]]);
    const columns = connection(db).prepare("SELECT name FROM pragma_table_info('calls')").pluck().all();
    expect(columns).not.toContain('next_arrival_at');
    db.close();
    // Answered calls of known customers: O1, O2, O3; O1 alone is followed within W = 168 h.
    expect(await weekRepeats(file)).toBeCloseTo(1 / 3, 12);

    // 0502 calls again a day after O3: O3 becomes a repeat contact, 2 of 4 (N1 itself is followed by nothing).
    const day = join(dir, 'day.csv');
    writeFileSync(day, 'call_id,arrival,customer,wait,outcome\nN1,2026-11-04 10:00:00,0502,5,answered\n');
    expect((await runCli(['import', day, '--db', file, '--quiet'])).code).toBe(0);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare('SELECT c.source_key, n.next_arrival_at FROM next_arrivals AS n JOIN calls AS c ON c.id = n.call_id ORDER BY c.source_key').raw().all()).toEqual([
      ['O1', at('2026-11-02T12:00:00Z')],
      ['O3', at('2026-11-04T10:00:00Z')],
    ]);
    reopened.close();
    expect(await weekRepeats(file)).toBeCloseTo(2 / 4, 12);

    expect((await runCli(['imports', 'undo', '2', '--db', file, '--quiet'])).code).toBe(0);
    const undone = new Database(file, { readonly: true });
    expect(undone.prepare('SELECT call_id, next_arrival_at FROM next_arrivals ORDER BY call_id').raw().all()).toEqual([[1, at('2026-11-02T12:00:00Z')]]);
    undone.close();
    expect(await weekRepeats(file)).toBeCloseTo(1 / 3, 12);
  });
});
