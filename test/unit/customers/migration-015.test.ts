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
const NOVEMBER = (2026 - 1970) * 12 + 10;

const O1 = at('2026-11-02T09:00:00Z');
const O2 = at('2026-11-02T12:00:00Z');
const O3 = at('2026-11-03T10:00:00Z');
const TWIN = at('2026-11-04T08:00:00Z');

/**
 * A store as the current release writes it (migrations up to 014, the call events as texts),
 * zone UTC. Customer 0501: O1 answered at 09:00 on 2 November and O2 answered at 12:00 with
 * csat 1 (O1's repeat, dated at O2, and O2's dissatisfied answer), O3 abandoned at 10:00 on
 * 3 November and never answered again. Customer 0502: two abandoned calls at one second on
 * 4 November, Z9 inserted before A1 (ids 4 and 5): by source key Z9 is the later, by id A1.
 */
function releasedStore(file: string): void {
  const raw = storeOf(new Database(file));
  attachLedger(raw, ledgerFileOf(file));
  for (const migration of migrations.filter((m) => m.version <= 14)) {
    migration.stage?.(raw);
    migration.up(raw);
    raw.pragma(`user_version = ${migration.version}`);
  }
  raw.exec("INSERT INTO settings (key, value) VALUES ('timezone', 'UTC'); INSERT INTO imports (id, source, format, started_at, first_call_id, last_call_id) VALUES (1, 'old.csv', 'generic', '2026-11-05T00:00:00Z', 1, 5)");
  const insert = raw.prepare('INSERT INTO calls (id, source_key, import_id, customer, arrival_at, local_hour, wait_s, outcome, csat) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)');
  const calls: [number, string, string, number, number, string, number | null][] = [
    [1, 'O1', '0501', O1, 10, 'answered', null],
    [2, 'O2', '0501', O2, 10, 'answered', 1],
    [3, 'O3', '0501', O3, 30, 'abandoned', null],
    [4, 'Z9', '0502', TWIN, 40, 'abandoned', null],
    [5, 'A1', '0502', TWIN, 50, 'abandoned', null],
  ];
  for (const [id, key, customer, arrival, wait, outcome, csat] of calls) insert.run(id, key, customer, arrival, arrival / 3600, wait, outcome, csat);
  raw.exec(`INSERT INTO next_arrivals (call_id, next_arrival_at) VALUES (1, ${O2}), (2, ${O3})`);
  const month = raw.prepare('INSERT INTO customer_months (customer, month, contacts, first_at, last_at) VALUES (?, ?, ?, ?, ?)');
  month.run('0501', NOVEMBER, 3, O1, O3);
  month.run('0502', NOVEMBER, 2, TWIN, TWIN);
  const event = raw.prepare('INSERT INTO customer_call_events (customer, at, event, call_key) VALUES (?, ?, ?, ?)');
  event.run('0501', O2, 'repeat', 'O1');
  event.run('0501', O2, 'survey_dissatisfied', 'O2');
  event.run('0501', O3, 'abandoned_unanswered', 'O3');
  event.run('0502', TWIN, 'abandoned_unanswered', 'Z9');
  event.run('0502', TWIN, 'abandoned_unanswered', 'A1');
  raw.exec(
    `INSERT INTO customer_event_months VALUES
       ('0501', ${NOVEMBER}, 1, 0, 0, 1, 1, ${O3}, 'abandoned_unanswered', 'O3', ${O2}, 'survey_dissatisfied', 'O2'),
       ('0502', ${NOVEMBER}, 2, 0, 0, 0, 0, ${TWIN}, 'abandoned_unanswered', 'Z9', NULL, NULL, NULL)`,
  );
  raw.close();
}

function projection(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      events: db.prepare('SELECT * FROM customer_call_events').raw().all(),
      months: db.prepare('SELECT * FROM customer_event_months').raw().all(),
    };
  } finally {
    db.close();
  }
}

// Codes: 0 abandoned_unanswered, 1 long_wait, 2 repeat, 3 survey_dissatisfied, 4 survey_satisfied.
const MIGRATED = {
  // In key order: customer, instant, code, call id.
  events: [
    ['0501', O2, 2, 1],
    ['0501', O2, 3, 2],
    ['0501', O3, 0, 3],
    ['0502', TWIN, 0, 4],
    ['0502', TWIN, 0, 5],
  ],
  months: [
    ['0501', NOVEMBER, 1, 0, 0, 1, 1, O3, 0, 3, O2, 3, 2],
    ['0502', NOVEMBER, 2, 0, 0, 0, 0, TWIN, 0, 4, null, null, null],
  ],
};

describe('migration 015 on a store written by the current release', () => {
  it('rewrites the call events and their months with codes and call ids, clustered by customer and time, and later imports, undo and the lists keep their meaning', async () => {
    const file = join(dir, 'released.db');
    releasedStore(file);
    const db = openStore(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(15);
    const schema = connection(db)
      .prepare("SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'customer_call_events' AND sql IS NOT NULL ORDER BY type DESC, name")
      .raw()
      .all() as [string, string][];
    expect(schema.map(([name]) => name)).toEqual(['customer_call_events', 'customer_call_events_by_time']);
    expect(schema[0]![1]).toMatch(/WITHOUT ROWID/);
    db.close();
    expect(projection(file)).toEqual(MIGRATED);

    const env = { env: { SVC_NOW: '2026-12-31T00:00:00Z', NO_COLOR: '1' } };
    // Silent for 30 days after its latest bad experience: 0501's is O3, 0502's the later of its twins by call id, Z9.
    const defectors = await runCli(['customers', 'defectors', '--format', 'csv', '--db', file], env);
    expect(defectors.code).toBe(0);
    expect(defectors.stdout).toMatch(/^0501,.*call O3/m);
    expect(defectors.stdout).toMatch(/^0502,.*call Z9/m);
    const shown = await runCli(['customer', 'show', '0502', '--format', 'json', '--db', file], env);
    const refs = (JSON.parse(shown.stdout) as { trust: { entries: { ref: string }[] } }).trust.entries.map((entry) => entry.ref);
    expect(refs).toEqual(['call A1', 'call Z9']);

    // 0502 is answered an hour after its twins: neither is abandoned unanswered any more, and its month goes.
    const day = join(dir, 'day.csv');
    writeFileSync(day, 'call_id,arrival,customer,wait,outcome\nN1,2026-11-04 09:00:00,0502,5,answered\n');
    expect((await runCli(['import', day, '--db', file, '--quiet'])).code).toBe(0);
    expect(projection(file)).toEqual({ events: MIGRATED.events.slice(0, 3), months: MIGRATED.months.slice(0, 1) });

    // Undone, the twins are abandoned unanswered again, and the month names Z9 (call 4) again.
    expect((await runCli(['imports', 'undo', '2', '--db', file, '--quiet'])).code).toBe(0);
    expect(projection(file)).toEqual(MIGRATED);
  });
});
