import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCallReport } from '../../../src/core/report/build.js';
import { reportPeriod } from '../../../src/core/report/period.js';
import { attachLedger, ledgerFileOf } from '../../../src/db/ledger-file.js';
import { migrations, schemaVersion } from '../../../src/db/migrations/index.js';
import { openStore } from '../../../src/db/open.js';
import { readSettings } from '../../../src/db/settings.js';
import { FIXTURES } from '../../helpers/bin.js';
import { tempDir } from '../../helpers/cli.js';
import { readCallFixture } from '../../helpers/report-calls.js';
import { connection, storeOf } from '../../../src/db/store.js';

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

const WEEK = readCallFixture(join(FIXTURES, 'report', 'week.csv'));

/**
 * A store as the release before migration 010 wrote it: migrations 001–009 (released, never
 * changed), the week fixture's calls, and hourly rollups as that release summed them (its
 * statement, copied here as it was): no hold sums, no wait counts. Zone UTC, T 20, S 5.
 */
function releasedStore(file: string): void {
  const raw = storeOf(new Database(file));
  attachLedger(raw, ledgerFileOf(file));
  for (const migration of migrations.filter((m) => m.version <= 9)) {
    migration.stage?.(raw);
    migration.up(raw);
    raw.pragma(`user_version = ${migration.version}`);
  }
  raw.exec("INSERT INTO settings (key, value) VALUES ('timezone', 'UTC'), ('short_abandon_s', '5'); INSERT INTO imports (id, source, format, started_at) VALUES (1, 'week.csv', 'generic', '2026-11-10T00:00:00Z')");
  const insert = raw.prepare(
    `INSERT INTO calls (source_key, import_id, queue, agent, customer, arrival_at, local_hour, wait_s, talk_s, hold_s, wrap_s, outcome, resolved, csat)
    VALUES (:id, 1, :queue, :agent, :customer, :at, CAST(:at / 3600 AS INTEGER), :wait, :talk, :hold, :wrap, :outcome, :resolved, :csat)`,
  );
  for (const call of WEEK) insert.run({ wait: null, talk: null, hold: null, wrap: null, resolved: null, csat: null, ...call, at: Date.parse(call.at) / 1000 });
  raw.exec(`
    UPDATE calls SET next_arrival_at = (SELECT min(later.arrival_at) FROM calls AS later WHERE later.customer = calls.customer AND later.arrival_at > calls.arrival_at);
    INSERT INTO hourly_rollup
    SELECT local_hour, coalesce(queue, ''), coalesce(agent, ''),
      count(CASE WHEN outcome = 'answered' THEN 1 END),
      count(CASE WHEN outcome = 'abandoned' THEN 1 END),
      count(CASE WHEN outcome = 'abandoned' AND wait_s < 5 THEN 1 END),
      count(CASE WHEN outcome = 'answered' AND wait_s IS NOT NULL THEN 1 END),
      total(CASE WHEN outcome = 'answered' THEN wait_s END),
      max(CASE WHEN outcome = 'answered' THEN wait_s END),
      count(CASE WHEN outcome = 'answered' AND wait_s <= 20 THEN 1 END),
      count(CASE WHEN outcome = 'abandoned' AND wait_s >= 5 THEN 1 END),
      total(CASE WHEN outcome = 'abandoned' AND wait_s >= 5 THEN wait_s END),
      total(CASE WHEN outcome = 'answered' THEN coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(wrap_s, 0) END),
      count(CASE WHEN outcome = 'answered' AND talk_s IS NOT NULL THEN 1 END),
      total(CASE WHEN outcome = 'answered' THEN talk_s END),
      count(CASE WHEN outcome = 'answered' AND resolved IS NOT NULL THEN 1 END),
      count(CASE WHEN outcome = 'answered' AND resolved = 1 THEN 1 END),
      count(csat), coalesce(sum(csat), 0), count(CASE WHEN csat >= 4 THEN 1 END),
      count(CASE WHEN outcome = 'answered' AND customer IS NOT NULL THEN 1 END),
      count(CASE WHEN outcome = 'answered' AND customer IS NOT NULL AND next_arrival_at - arrival_at <= 168 * 3600 THEN 1 END)
    FROM calls GROUP BY 1, 2, 3;
  `);
  raw.close();
}

describe('migration 010 on a store written by the release before it', () => {
  it('counts every answered wait, finds each customer\'s days and sums the holds of the calls already stored', () => {
    const file = join(dir, 'released.db');
    releasedStore(file);
    const db = openStore(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(10);

    // The answered calls with a known wait, by hand from week.csv (all UTC, so hour = arrival hour):
    // p01 10-30 10:00 billing alice 15; c01 11-02 09:00 billing alice 10; c02 11-02 09:30 billing bob 20;
    // c05 11-03 11:05 support alice 30; c07 11-04 08:10 billing alice 5; c09 11-06 16:00 billing alice 60;
    // c10 11-08 22:00 support bob 0; n01 11-09 08:00 support alice 25. (c06 has no wait.)
    const hourOf = (iso: string) => Date.parse(iso) / 3_600_000;
    expect(connection(db).prepare('SELECT local_hour, queue, wait_s, answered FROM wait_count ORDER BY local_hour, wait_s').all()).toEqual([
      { local_hour: hourOf('2026-10-30T10:00Z'), queue: 'billing', wait_s: 15, answered: 1 },
      { local_hour: hourOf('2026-11-02T09:00Z'), queue: 'billing', wait_s: 10, answered: 1 },
      { local_hour: hourOf('2026-11-02T09:00Z'), queue: 'billing', wait_s: 20, answered: 1 },
      { local_hour: hourOf('2026-11-03T11:00Z'), queue: 'support', wait_s: 30, answered: 1 },
      { local_hour: hourOf('2026-11-04T08:00Z'), queue: 'billing', wait_s: 5, answered: 1 },
      { local_hour: hourOf('2026-11-06T16:00Z'), queue: 'billing', wait_s: 60, answered: 1 },
      { local_hour: hourOf('2026-11-08T22:00Z'), queue: 'support', wait_s: 0, answered: 1 },
      { local_hour: hourOf('2026-11-09T08:00Z'), queue: 'support', wait_s: 25, answered: 1 },
    ]);
    // alice's waits in the week 11-02 … 11-08: 10, 30, 5, 60; bob's: 20, 0.
    const week = (agent: string) =>
      connection(db).prepare("SELECT wait_s FROM agent_wait_count WHERE agent = ? AND local_day BETWEEN ? AND ? ORDER BY wait_s").pluck().all(agent, Date.parse('2026-11-02') / 86_400_000, Date.parse('2026-11-08') / 86_400_000);
    expect(week('alice')).toEqual([5, 10, 30, 60]);
    expect(week('bob')).toEqual([0, 20]);
    // Known holds of answered calls: c01 20, c05 0, c07 10, c09 30 (all alice); bob's calls and p01, n01 give none.
    expect(connection(db).prepare('SELECT agent, sum(hold_n) AS n, sum(hold_sum) AS total FROM hourly_rollup GROUP BY agent ORDER BY agent').all()).toEqual([
      { agent: '', n: 0, total: 0 },
      { agent: 'alice', n: 4, total: 60 },
      { agent: 'bob', n: 0, total: 0 },
    ]);

    // The week's report from the migrated rollups, as fixtures/report/week.md works it out by hand.
    const now = new Date('2026-11-10T12:00:00Z');
    const report = buildCallReport(db, { period: reportPeriod({}, readSettings(db), now), by: 'agent', now });
    // Customers of offered calls: +97250001, 0501, 0502, 0503, 0504, 0505 (c03 and c12 are short abandons).
    expect(report.totals).toMatchObject({ wait_median_s: 15, wait_p90_s: 45, hold_avg_s: 15, customers: 6 });
    // alice 5 10 30 60: median h = 1.5 → 20, p90 h = 2.7 → 30 + 0.7 × 30 = 51; bob 0 20: median 10, p90 18.
    expect(report.groups.map((group) => [group.key.agent, group.kpis.wait_median_s, group.kpis.wait_p90_s, group.kpis.hold_avg_s])).toEqual([
      ['alice', 20, expect.closeTo(51, 9), 15],
      ['bob', 10, 18, null],
      [null, null, null, null],
    ]);
    // Per day: 11-02 +97250001 0501; 11-03 0502; 11-04 0501 0503; 11-05 0502 (wait = S: offered);
    // 11-06 0504; 11-07 only a short abandon; 11-08 0504 0505.
    const byDay = buildCallReport(db, { period: reportPeriod({}, readSettings(db), now), by: 'day', now });
    expect(byDay.groups.map((group) => [group.key.day, group.kpis.customers])).toEqual([
      ['2026-11-02', 2], ['2026-11-03', 1], ['2026-11-04', 2], ['2026-11-05', 1], ['2026-11-06', 1], ['2026-11-07', 0], ['2026-11-08', 2],
    ]);
    db.close();
  });
});
